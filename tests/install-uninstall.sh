#!/bin/sh
# SPDX-License-Identifier: LGPL-2.1-or-later
# make install puts every piece where users look for it (headers, the
# library with its soname, pkg-config files, man pages, lazymb-probe), and
# make uninstall takes all of it away again (only empty folders remain).
# `man NAME` finds a page (man -w) and renders it (an alias's .so resolves)
# for every public function and function-like macro of the headers and
# every symbol the installed libraries export.
set -eu
b=${LAZYMB_TEST_BUILDDIR:-.}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
${MAKE:-make} -s -C "$b" install DESTDIR="$tmp" >"$tmp.log" 2>&1 || {
	cat "$tmp.log"; rm -f "$tmp.log"; echo "install-uninstall: 0 passed, 1 failed"; exit 1; }
rm -f "$tmp.log"
fail=0
need() {
	found=$(find "$tmp" -path "*$1" | head -n 1)
	[ -n "$found" ] || { echo "FAIL: not installed: $1"; fail=1; }
}
need /include/lazymb/lazymb.h
need /include/lazymb/fence.h
need /include/lazymb/rcu.h
need /include/lazymb/jit.h
need /pkgconfig/lazymb.pc
need /man/man3/lazymb_fence_heavy.3
need /man/man7/lazymb.7
need /man/man1/lazymb-probe.1
need /bin/lazymb-probe
if grep -q '^#define HAVE_URCU' "$b/config.h" 2>/dev/null || [ -e "$b/liblazymb-urcu.la" ]; then
	need /pkgconfig/lazymb-urcu.pc
	need /include/lazymb/urcu-flavor.h
fi
mandir=$(find "$tmp" -type d -name man3 | head -n 1)
if ! command -v man >/dev/null 2>&1; then
	echo "note: no man(1): installed pages not looked up"
elif [ -n "$mandir" ]; then
	mandir=${mandir%/man3}
	s=${LAZYMB_TEST_SRCDIR:-.}
	names=$(grep -hoE '\blazymb_[a-z0-9_]+[[:space:]]*\(' "$s"/include/lazymb/*.h | tr -d ' (' | grep -v '^lazymb__')
	if command -v nm >/dev/null 2>&1; then
		for lib in $(find "$tmp" -name 'liblazymb*.so.*' -type f); do
			names="$names $(nm -D --defined-only "$lib" | awk '{ sub(/@.*/, "", $3); print $3 }' | grep '^lazymb_[a-z0-9]')"
		done
	fi
	names=$(echo $names | tr ' ' '\n' | sort -u)
	n=0
	for fn in $names; do
		n=$((n + 1))
		# -M: this tree only (stdout is no tty: no pager).
		if ! man -w -M "$mandir" "$fn" >/dev/null 2>&1; then
			echo "FAIL: man -w: no installed page for $fn"; fail=1; continue
		fi
		out=$(MANWIDTH=80 man -M "$mandir" "$fn" 2>&1 </dev/null) || true
		if printf '%s\n' "$out" | grep -q "failed .so\|can't open" ||
		   ! printf '%s\n' "$out" | grep -q "^NAME"; then
			echo "FAIL: man $fn does not render (an alias that does not resolve?):"
			printf '%s\n' "$out" | head -n 3; fail=1
		fi
	done
	echo "man: $n names looked up in the installed pages"
fi
so=$(find "$tmp" -name 'liblazymb.so.*' | head -n 1)
if [ -e "$b/.libs/liblazymb.so" ]; then
	[ -n "$so" ] || { echo "FAIL: liblazymb.so.* not installed"; fail=1; }
fi
${MAKE:-make} -s -C "$b" uninstall DESTDIR="$tmp" >/dev/null 2>&1 || { echo "FAIL: make uninstall"; fail=1; }
left=$(find "$tmp" -type f -o -type l)
[ -z "$left" ] || { echo "FAIL: left after make uninstall:"; echo "$left"; fail=1; }
[ $fail -eq 0 ] && echo "install-uninstall: 1 passed, 0 failed" || echo "install-uninstall: 0 passed, 1 failed"
exit $fail
