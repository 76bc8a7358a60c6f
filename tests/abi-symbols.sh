#!/bin/sh
# SPDX-License-Identifier: LGPL-2.1-or-later
# The ABI: liblazymb.so exports only lazymb_* symbols, all in version node
# LAZYMB_1.0, with a versioned soname.
set -eu
b=${LAZYMB_TEST_BUILDDIR:-.}
fail=0
for lib in "$b"/.libs/liblazymb.so "$b"/.libs/liblazymb-urcu.so; do
	[ -e "$lib" ] || continue
	syms=$(nm -D --defined-only "$lib" | awk '$2 != "A" { print $3 }' | sed 's/@.*//')
	bad=$(printf '%s\n' "$syms" | grep -v '^lazymb_' || true)
	if [ -n "$bad" ]; then
		echo "FAIL: $lib exports symbols without the lazymb_ prefix:"; echo "$bad"; fail=1
	fi
	n=$(printf '%s\n' "$syms" | grep -c '^lazymb_' || true)
	[ "$n" -gt 0 ] || { echo "FAIL: $lib exports nothing"; fail=1; }
	case $lib in
	*liblazymb.so)
		unversioned=$(objdump -T "$lib" | awk '/ DF \.text/ && $NF ~ /^lazymb_/ && $(NF-1) != "LAZYMB_1.0"' || true)
		[ -z "$unversioned" ] || { echo "FAIL: symbols outside LAZYMB_1.0:"; echo "$unversioned"; fail=1; }
		soname=$(objdump -p "$lib" | awk '/SONAME/ {print $2}')
		case $soname in liblazymb.so.[0-9]*) ;; *) echo "FAIL: soname '$soname'"; fail=1 ;; esac
		# The internal helpers stay hidden.
		printf '%s\n' "$syms" | grep -q '^lazymb__die_at$' && { echo "FAIL: internal symbol exported"; fail=1; }
		;;
	esac
	echo "abi: $lib: $n exported symbols"
done
[ -e "$b/.libs/liblazymb.so" ] || { echo "SKIP: no shared library built"; exit 77; }
[ $fail -eq 0 ] && echo "abi-symbols: 1 passed, 0 failed" || echo "abi-symbols: 0 passed, 1 failed"
exit $fail
