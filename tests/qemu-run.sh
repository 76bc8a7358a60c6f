#!/bin/sh
# SPDX-License-Identifier: LGPL-2.1-or-later
# LOG_COMPILER for the cross suites (./quickstart.sh cross): run one
# cross-built test under qemu-user. LAZYMB_QEMU is the emulator
# (qemu-ppc64le, qemu-aarch64), LAZYMB_QEMU_PREFIX the target's root.
# qemu-user passes membarrier to the host kernel but drops FLAG_CPU's cpu,
# and cannot exec foreign binaries without binfmt_misc: tests that need
# either skip with that reason (LAZYMB_TEST_QEMU).
set -eu
# Check's per-test timeouts, stretched for the slower machine.
CK_TIMEOUT_MULTIPLIER=3
export CK_TIMEOUT_MULTIPLIER
: "${LAZYMB_QEMU:?} ${LAZYMB_QEMU_PREFIX:?}"
LAZYMB_TEST_QEMU=1 LAZYMB_TEST_QUICK=1
# qemu's own helper thread never takes guest signals: keep it out of the
# signal strategy's rounds (lib/signal_round.c).
LAZYMB_TEST_IGNORE_EARLY_THREADS=1
export LAZYMB_TEST_QEMU LAZYMB_TEST_QUICK LAZYMB_TEST_IGNORE_EARLY_THREADS
case $(basename "$1") in
*.sh) exec "${SHELL:-/bin/sh}" "$@" ;;
# It re-executes itself with this set when it can; here it cannot.
check_membarrier) LAZYMB_REGISTER=lazy; export LAZYMB_REGISTER ;;
esac
exec "$LAZYMB_QEMU" -L "$LAZYMB_QEMU_PREFIX" "$@"
