#!/bin/sh
# SPDX-License-Identifier: LGPL-2.1-or-later
# Every man page passes a lint: mandoc -T lint at warning level (its one
# message on alias pages, ".so is fragile", is the man-pages convention we
# follow and is not counted), groff -man -ww -z (every warning), and no
# request on a text line where it prints literally ("(.BR name ,").
# Negative control: a page with such errors must fail each check used.
# With neither mandoc nor groff installed the test is skipped.
set -eu
s=${LAZYMB_TEST_SRCDIR:-.}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
have_mandoc=no have_groff=no
command -v mandoc >/dev/null 2>&1 && have_mandoc=yes
command -v groff >/dev/null 2>&1 && have_groff=yes
if [ $have_mandoc = no ] && [ $have_groff = no ]; then
	echo "SKIP: neither mandoc nor groff installed"; exit 77
fi

# lint PAGE: the problems found in PAGE, one a line; none: empty.
lint() {
	if [ "$(head -c 4 "$1")" = ".so " ]; then
		return 0 # an alias: its target is linted; man-coverage checks the link
	fi
	if [ $have_mandoc = yes ]; then
		mandoc -T lint -W warning "$1" 2>&1 | grep -v 'is fragile, better use ln' || true
	fi
	if [ $have_groff = yes ]; then
		(cd "$(dirname "$1")" && groff -man -t -ww -z "$(basename "$1")" 2>&1) || true
	fi
	# A request after text on a line is printed, not run.
	grep -nE "^([^.'].*)?[[:space:](]\\.(B|I|BR|BI|IB|IR|RB|RI|SH|SS|PP|TP|IP|nf|fi)([[:space:]]|\$)" "$1" |
		sed 's/^/request inside a text line: /' || true
}

fail=0 n=0
for page in "$s"/doc/man/*.[137]; do
	n=$((n + 1))
	out=$(lint "$page")
	if [ -n "$out" ]; then
		echo "FAIL: $(basename "$page"):"; printf '%s\n' "$out" | sed 's/^/  /'; fail=1
	fi
done

# The control: an unknown macro, a missing .TH argument list, a bad escape,
# and the literal request of issue 16.
cat >"$tmp/bad.3" <<'PAGE'
.TH BAD 3
.SH NAME
bad \- a page with errors
.SH DESCRIPTION
.XX unknown
Text with a bad escape \X.
first
(.BR lazymb_bad ,
or not.
PAGE
out=$(lint "$tmp/bad.3")
if [ -z "$out" ]; then
	echo "FAIL: the control page with errors passed the lint: the check cannot fail"; fail=1
fi
if ! printf '%s\n' "$out" | grep -q 'request inside a text line'; then
	echo "FAIL: the control's literal request was not found"; fail=1
fi

echo "man-lint: $n pages (mandoc: $have_mandoc, groff: $have_groff)"
[ $fail -eq 0 ] && echo "man-lint: 1 passed, 0 failed" || echo "man-lint: 0 passed, 1 failed"
exit $fail
