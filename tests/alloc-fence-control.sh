#!/bin/sh
# SPDX-License-Identifier: LGPL-2.1-or-later
# Negative control for examples/alloc-fence: without the scavenger's heavy
# fence the allocator must be caught handing a block out twice.
set -u
b=${LAZYMB_TEST_BUILDDIR:-.}
${LAZYMB_TEST_WRAPPER:-} "$b/examples/alloc-fence" --control 0.3
rc=$?
[ $rc -eq 0 ] && echo "alloc-fence-control: 1 passed, 0 failed" || echo "alloc-fence-control: 0 passed, 1 failed"
exit $rc
