#!/bin/sh
# SPDX-License-Identifier: LGPL-2.1-or-later
# Every public function and function-like macro in the headers has a man
# page of its own name in doc/man: the page that documents it, or an alias
# (".so man3/PAGE.3", the man-pages form) pointing at a page that names it
# in NAME and shows it in SYNOPSIS. Every page is installed (listed in a
# dist_man*_MANS list of mk/*.am). tests/install-uninstall.sh checks the
# same names with man -w against the installed tree, where man resolves
# the aliases from the root of the hierarchy (as for man-pages).
set -eu
s=${LAZYMB_TEST_SRCDIR:-.}
fail=0
names=$(grep -hoE '\blazymb_[a-z0-9_]+[[:space:]]*\(' "$s"/include/lazymb/*.h "$s"/include/lazymb/version.h.in | tr -d ' (' | grep -v '^lazymb__' | sort -u)
# The names of a page's NAME section (the lines up to " \- ").
name_section() {
	sed -n '/^\.SH NAME/,/^\.SH/p' "$1" | sed '1d;$d' | sed 's/ \\-.*//' | tr ', ' '\n\n' | grep -v '^$' || true
}
synopsis() { sed -n '/^\.SH SYNOPSIS/,/^\.SH/p' "$1"; }
for fn in $names; do
	page="$s/doc/man/$fn.3"
	[ -e "$page" ] || { echo "FAIL: $fn: no page doc/man/$fn.3"; fail=1; continue; }
	target=$page
	if [ "$(head -c 4 "$page")" = ".so " ]; then
		ref=$(sed -n '1s/^\.so //p' "$page")
		case $ref in man3/*.3) ;; *) echo "FAIL: $fn.3: .so $ref is not the man3/PAGE.3 form"; fail=1; continue ;; esac
		[ "$(wc -l <"$page")" -eq 1 ] || { echo "FAIL: $fn.3: an alias page is one line"; fail=1; }
		target="$s/doc/man/${ref#man3/}"
		[ -e "$target" ] || { echo "FAIL: $fn.3: points at missing $ref"; fail=1; continue; }
	fi
	name_section "$target" | grep -qx "$fn" || { echo "FAIL: $fn: not in the NAME of $(basename "$target")"; fail=1; }
	synopsis "$target" | grep -qE "(^|[^a-z0-9_])$fn\\(" || { echo "FAIL: $fn: not in the SYNOPSIS of $(basename "$target")"; fail=1; }
done
# Every page (and alias) is installed.
for f in "$s"/doc/man/*.[137]; do
	grep -q "doc/man/$(basename "$f")\\b" "$s"/mk/*.am || { echo "FAIL: doc/man/$(basename "$f") is in no dist_man*_MANS list"; fail=1; }
done
echo "man-coverage: $(echo $names | wc -w) names checked"
[ $fail -eq 0 ] && echo "man-coverage: 1 passed, 0 failed" || echo "man-coverage: 0 passed, 1 failed"
exit $fail
