#!/bin/sh
# SPDX-License-Identifier: LGPL-2.1-or-later
# Every public header compiles alone, warning-free (-Wall -Wextra -pedantic
# -Werror), as C (C11, C17, C2x) and as C++ (C++11 through C++23), with the
# configured compilers and with gcc/g++ and clang/clang++ where installed.
# A standard a compiler does not know is reported and skipped; a header
# that does not compile fails the test. Negative control: a header with an
# error must fail the same compile line.
set -eu
s=${LAZYMB_TEST_SRCDIR:-.}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
flags="-Wall -Wextra -pedantic -Werror -I$s/include"
ccs="${CC:-cc} gcc clang"
cxxs="${CXX:-c++} g++ clang++"
if [ "${LAZYMB_CROSS:-no}" = yes ]; then ccs=${CC:-cc}; cxxs=${CXX:-c++}; fi

# compile LANG COMPILER STD HEADER: 0 if the header compiles alone.
compile() {
	printf '#include <%s>\nint lz_header_test_unit;\n' "$4" >"$tmp/t.$1"
	$2 -x "$([ "$1" = c ] && echo c || echo c++)" -std="$3" $flags \
		-fsyntax-only "$tmp/t.$1" >"$tmp/err" 2>&1
}
# Does COMPILER take -std=STD? (checked on an empty unit)
knows() {
	echo 'int lz_x;' >"$tmp/k.$1"
	$2 -x "$([ "$1" = c ] && echo c || echo c++)" -std="$3" -fsyntax-only "$tmp/k.$1" >/dev/null 2>&1
}

headers=""
for h in "$s"/include/lazymb/*.h; do
	h=lazymb/$(basename "$h")
	# urcu-flavor.h needs liburcu's headers: only where they are installed.
	if [ "$h" = lazymb/urcu-flavor.h ] && ! printf '#include <urcu/flavor.h>\n' | ${CC:-cc} -x c -fsyntax-only - >/dev/null 2>&1; then
		echo "skip: $h (no liburcu headers)"; continue
	fi
	headers="$headers $h"
done

fail=0 runs=0 seen=""
check_lang() { # LANG "COMPILERS" "STANDARDS"
	for comp in $2; do
		command -v "${comp%% *}" >/dev/null 2>&1 || { echo "skip: $comp (not installed)"; continue; }
		real=$(readlink -f "$(command -v "${comp%% *}")" || echo "$comp")
		case " $seen " in *" $1:$real "*) continue ;; esac # cc is gcc, ...
		seen="$seen $1:$real"
		for std in $3; do
			if ! knows "$1" "$comp" "$std"; then
				# C++23 was c++2b before compilers knew its name.
				[ "$std" = c++23 ] && knows "$1" "$comp" c++2b && std=c++2b || {
					echo "skip: $comp -std=$std (unknown to this compiler)"; continue; }
			fi
			bad=0
			for h in $headers; do
				runs=$((runs + 1))
				if ! compile "$1" "$comp" "$std" "$h"; then
					echo "FAIL: $comp -std=$std: <$h>"; sed 's/^/  /' "$tmp/err" | head -n 20; bad=1
				fi
			done
			[ $bad -eq 0 ] && echo "ok: $comp -std=$std: every header" || fail=1
		done
	done
}
check_lang c "$ccs" "c11 c17 c2x"
check_lang cxx "$cxxs" "c++11 c++14 c++17 c++20 c++23"

# Negative control: a header that uses _Atomic as rcu.h did before it had
# a C++ view must fail as C++ with the same flags.
mkdir -p "$tmp/inc/lazymb"
printf '#include <stdint.h>\nstruct lz_bad { _Atomic uint64_t x; };\n' >"$tmp/inc/lazymb/bad.h"
printf '#include <lazymb/bad.h>\nint lz_header_test_unit;\n' >"$tmp/bad.cpp"
if ${CXX:-c++} -x c++ -std=c++17 $flags -I"$tmp/inc" -fsyntax-only "$tmp/bad.cpp" >/dev/null 2>&1; then
	echo "FAIL: the control (a C-only header) compiled as C++: the check cannot fail"; fail=1
fi

echo "headers-c-cxx: $runs header compiles"
[ $fail -eq 0 ] && echo "headers-c-cxx: 1 passed, 0 failed" || echo "headers-c-cxx: 0 passed, 1 failed"
exit $fail
