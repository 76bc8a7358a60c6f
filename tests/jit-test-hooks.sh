#!/bin/sh
# SPDX-License-Identifier: LGPL-2.1-or-later
# The trap handler's test hooks (arch/patch.h, LAZYMB_TEST_HOOKS) are in
# the test build only: liblazymb.so, the library that is installed, has no
# hook symbol, not even a local one; the test library has them (so this
# check looks for the right names).
set -eu
b=${LAZYMB_TEST_BUILDDIR:-.}
so=$b/.libs/liblazymb.so
[ -e "$so" ] || { echo "SKIP: no shared library built"; exit 77; }
fail=0
if nm -a "$so" 2>/dev/null | grep -q 'lazymb__patch_test_'; then
	echo "FAIL: $so contains a test hook:"; nm -a "$so" | grep 'lazymb__patch_test_'; fail=1
fi
if nm -D "$so" | grep -q 'patch_test'; then
	echo "FAIL: $so exports a test hook"; fail=1
fi
t=$b/.libs/liblazymb-testhooks.a
# Only the x86 protocol has hooks (the breakpoint protocol's handler).
if [ -e "$t" ] && grep -q '^host_cpu = x86_64' "$b/Makefile"; then
	nm "$t" 2>/dev/null | grep -q 'lazymb__patch_test_hook' ||
		{ echo "FAIL: $t has no hook: this check looks for the wrong name"; fail=1; }
fi
[ $fail -eq 0 ] && echo "jit-test-hooks: 1 passed, 0 failed" || echo "jit-test-hooks: 0 passed, 1 failed"
exit $fail
