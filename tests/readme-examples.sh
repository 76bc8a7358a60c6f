#!/bin/sh
# SPDX-License-Identifier: LGPL-2.1-or-later
# Every ```c block of README.md compiles, warning-free (-std=c11 -Wall
# -Wextra -Werror), against the headers of this tree. A block that defines
# main is a whole program: it is linked with liblazymb (through libtool) and
# run, and must exit 0. A block without main is a fragment: file-scope
# declarations and functions, compiled as a translation unit of its own.
# A line `<!-- example: runs on ARCH -->` just before a block runs that
# program only where uname -m is ARCH (it is compiled everywhere).
# Negative control: a block with statements at file scope must fail.
set -eu
s=${LAZYMB_TEST_SRCDIR:-.}
b=${LAZYMB_TEST_BUILDDIR:-.}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cc=${CC:-cc}
flags="-std=c11 -Wall -Wextra -Werror -I$b/include -I$s/include"

# Split README.md into $tmp/exN.c, with $tmp/exN.arch for marked blocks.
awk -v dir="$tmp" '
	/^<!-- example: runs on [A-Za-z0-9_]+ -->$/ { arch = $5; next }
	/^```c[[:space:]]*$/ { n++; f = dir "/ex" n ".c"; inblock = 1
		if (arch != "") print arch > (dir "/ex" n ".arch")
		arch = ""; next }
	inblock && /^```/ { inblock = 0; close(f); next }
	inblock { print > f; next }
	{ if ($0 !~ /^[[:space:]]*$/) arch = "" }
' "$s/README.md"

# check FILE: 0 if it compiles (and, a program, links and runs to exit 0).
check() {
	src=$1 base=${1%.c}
	if grep -qE '^(int|void)[[:space:]]+main[[:space:]]*\(' "$src"; then
		$cc $flags -c "$src" -o "$base.o" >"$base.log" 2>&1 || return 1
		"$b/libtool" --tag=CC --mode=link $cc -o "$base" "$base.o" "$b/liblazymb.la" -pthread >>"$base.log" 2>&1 || return 1
		if [ -e "$base.arch" ] && [ "$(uname -m)" != "$(cat "$base.arch")" ]; then
			echo "  (compiled and linked; runs on $(cat "$base.arch") only)" >"$base.note"; return 0
		fi
		if [ "${LAZYMB_CROSS:-no}" = yes ]; then
			echo "  (compiled and linked; not run in a cross build)" >"$base.note"; return 0
		fi
		"$base" >>"$base.log" 2>&1 || { echo "  exit status $?" >>"$base.log"; return 1; }
	else
		$cc $flags -c "$src" -o "$base.o" >"$base.log" 2>&1 || return 1
	fi
}

fail=0 n=0
for src in $(ls "$tmp"/ex*.c 2>/dev/null | sort -V); do
	n=$((n + 1))
	kind=fragment
	grep -qE '^(int|void)[[:space:]]+main[[:space:]]*\(' "$src" && kind=program
	if check "$src"; then
		echo "ok: README block $n ($kind)"; cat "${src%.c}.note" 2>/dev/null || true
	else
		echo "FAIL: README block $n ($kind):"; sed 's/^/  /' "${src%.c}.log"
		sed 's/^/  | /' "$src"; fail=1
	fi
done
[ $n -gt 0 ] || { echo "FAIL: no C block found in README.md"; fail=1; }

# The control: README's old JIT example (statements at file scope).
printf '#include <lazymb/lazymb.h>\nstruct lazymb_code *c;\nlazymb_code_create(&c, 4096);\n' >"$tmp/bad.c"
if check "$tmp/bad.c"; then
	echo "FAIL: the control (statements at file scope) compiled: the check cannot fail"; fail=1
fi

echo "readme-examples: $n blocks"
[ $fail -eq 0 ] && echo "readme-examples: 1 passed, 0 failed" || echo "readme-examples: 0 passed, 1 failed"
exit $fail
