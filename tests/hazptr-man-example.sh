#!/bin/sh
# SPDX-License-Identifier: LGPL-2.1-or-later
# The EXAMPLE of lazymb_hazptr(3) is examples/hazptr-stack.c, which make
# check builds and runs: the page must show that file unchanged.
set -eu
s=${LAZYMB_TEST_SRCDIR:-.}
page=$s/doc/man/lazymb_hazptr.3
tmp=${TMPDIR:-/tmp}/hazptr-man-example.$$
trap 'rm -f "$tmp"' EXIT
# The lines between .EX and .EE, with the roff escapes undone.
sed -n '/^\.EX$/,/^\.EE$/p' "$page" | sed -e '1d' -e '$d' \
	-e 's/^\\&//' -e 's/\\e/\\/g' > "$tmp"
if ! diff -u "$s/examples/hazptr-stack.c" "$tmp"; then
	echo "FAIL: doc/man/lazymb_hazptr.3's EXAMPLE differs from examples/hazptr-stack.c"
	echo "hazptr-man-example: 0 passed, 1 failed"
	exit 1
fi
echo "hazptr-man-example: 1 passed, 0 failed"
