#!/bin/sh
# SPDX-License-Identifier: LGPL-2.1-or-later
# Every public function and function-like macro in the installed headers has
# a man page in doc/man (its own page, or named in a page's NAME section).
set -eu
s=${LAZYMB_TEST_SRCDIR:-.}
missing=""
names=$(grep -hoE '\blazymb_[a-z0-9_]+[[:space:]]*\(' "$s"/include/lazymb/*.h | tr -d ' (' | sort -u)
for fn in $names; do
	case $fn in lazymb__*) continue ;; esac
	if [ ! -e "$s/doc/man/$fn.3" ] && ! grep -qsE "^\\.Nm $fn\$|^$fn( |,|\$)|\\\\fB$fn\\\\fR" "$s"/doc/man/*.3; then
		missing="$missing $fn"
	fi
done
if [ -n "$missing" ]; then
	echo "FAIL: public functions without a man page:$missing"
	echo "man-coverage: 0 passed, 1 failed"
	exit 1
fi
echo "man-coverage: $(echo $names | wc -w) functions covered"
echo "man-coverage: 1 passed, 0 failed"
