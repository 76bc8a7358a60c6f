#!/bin/sh
# SPDX-License-Identifier: LGPL-2.1-or-later
#
# The ABI of liblazymb.so and liblazymb-urcu.so against the baseline in
# abi/<host_cpu>/ (libabigail's abidiff). Fails on a change that breaks
# programs built against the baseline (a removed symbol, a changed function
# or variable type, a changed struct layout) unless the soname changed with
# it; compatible additions (new functions) are reported and pass.
# How to change the ABI on purpose: doc/release.md, "Checking the ABI".
set -u
b=${LAZYMB_TEST_BUILDDIR:-.}
s=${LAZYMB_TEST_SRCDIR:-..}
skip() { echo "SKIP: abi-check: $*"; exit 77; }

command -v abidiff >/dev/null 2>&1 || skip "abidiff not installed (Debian: abigail-tools)"
[ -e "$b/.libs/liblazymb.so" ] || skip "no shared library (configured with --disable-shared)"
cpu=$(sed -n 's/^host_cpu = //p' "$b/Makefile")
[ -f "$s/abi/$cpu/liblazymb.abi" ] || skip "no ABI baseline for $cpu (abi/update.sh makes one)"

fail=0 checked=0
for lib in liblazymb liblazymb-urcu; do
	so=$b/.libs/$lib.so base=$s/abi/$cpu/$lib.abi
	if [ ! -e "$so" ]; then
		echo "abi: $lib not built here: not checked"
		continue
	fi
	[ -f "$base" ] || { echo "FAIL: $lib is built but has no baseline $base"; fail=1; continue; }
	# abidiff needs the types: without DWARF it sees only symbol names.
	readelf -S "$so" | grep -q '\.debug_info' || skip "$so has no debug info (CFLAGS without -g)"
	now=$(objdump -p "$so" | awk '/SONAME/ {print $2}')
	was=$(sed -n "1s/.* soname='\([^']*\)'.*/\1/p" "$base")
	out=$(abidiff --suppressions "$s/abi/suppressions.txt" --fail-no-debug-info \
		"$base" "$so" 2>&1)
	rc=$?
	checked=$((checked + 1))
	# abidiff's exit bits: 1 error, 2 usage error, 4 ABI change,
	# 8 incompatible ABI change (removed symbols and the like).
	if [ $((rc & 3)) -ne 0 ]; then
		echo "FAIL: abidiff could not compare $lib (exit $rc):"; echo "$out"; fail=1
		continue
	fi
	[ $rc -eq 0 ] && { echo "abi: $lib ($now): same ABI as abi/$cpu/$lib.abi"; continue; }
	echo "$out"
	if [ "$now" != "$was" ]; then
		echo "abi: $lib: the soname changed ($was -> $now): the change is announced;" \
			"regenerate the baseline (abi/update.sh)"
		continue
	fi
	# A change that is not incompatible for sure (bit 4 alone) can still
	# break callers: a changed function or variable (a parameter or struct
	# type) is one. Only added functions and variables pass.
	changed=$(printf '%s\n' "$out" | sed -n \
		-e 's/^Functions changes summary: \([0-9]*\) Removed, \([0-9]*\) Changed.*/\1 \2/p' \
		-e 's/^Variables changes summary: \([0-9]*\) Removed, \([0-9]*\) Changed.*/\1 \2/p' \
		-e 's/^Function symbols changes summary: \([0-9]*\) Removed.*/\1/p' \
		-e 's/^Variable symbols changes summary: \([0-9]*\) Removed.*/\1/p' |
		tr ' ' '\n' | awk '{ n += $1 } END { print n + 0 }')
	if [ $((rc & 8)) -ne 0 ] || [ "$changed" -ne 0 ]; then
		echo "FAIL: $lib: incompatible ABI change with the same soname $now" \
			"(abidiff exit $rc): see doc/release.md, \"Checking the ABI\""
		fail=1
	else
		echo "abi: $lib: compatible additions only (abidiff exit $rc): fine;" \
			"the baseline takes them at the next release (abi/update.sh)"
	fi
done
if [ $fail -ne 0 ]; then
	echo "abi-check: 0 passed, 1 failed"
	exit 1
fi
echo "abi-check: $checked libraries checked"
echo "abi-check: 1 passed, 0 failed"
