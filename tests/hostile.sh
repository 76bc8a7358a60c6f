#!/bin/sh
# SPDX-License-Identifier: LGPL-2.1-or-later
# SPDX-FileCopyrightText: 2026 The lazymb authors
#
# tests/hostile (a zombie leader, io_uring threads, threads that block every
# signal, a 2 KiB alternate stack, sleepers counting EINTR, RCU readers)
# under each fence strategy, sync_core forced to the same one where it is
# valid here; a strategy refused here is a SKIP. Then the negative controls,
# and sync_core under the signal strategy with a thread that blocks every
# signal, which must abort naming it.
#
# A new strategy is one more word in STRATEGIES.
STRATEGIES="membarrier signal sched"

prog=${LAZYMB_TEST_BUILDDIR:-.}/tests/hostile
if [ "${LAZYMB_CROSS:-no}" = yes ]; then
	echo "SKIP: cross build: tests/hostile runs natively only"
	exit 77
fi
status=0
ran=0

run() {
	echo "== $*"
	env "$@" "$prog" run
}

for s in $STRATEGIES; do
	run LAZYMB_FENCE=$s LAZYMB_SYNC_CORE=$s
	rc=$?
	if [ $rc -eq 78 ]; then
		echo "(LAZYMB_SYNC_CORE=$s refused here: sync_core on its automatic choice)"
		run LAZYMB_FENCE=$s
		rc=$?
	fi
	case $rc in
	0) ran=$((ran + 1)) ;;
	77) echo "SKIP: LAZYMB_FENCE=$s" ;;
	*) echo "FAIL: LAZYMB_FENCE=$s (exit $rc)"; status=1 ;;
	esac
done

echo "== negative controls (LAZYMB_FENCE=signal, sleepers signalled as before 5.16)"
LAZYMB_FENCE=signal LAZYMB_TEST_SIGNAL_SLEEPERS=1 "$prog" control
rc=$?
case $rc in
0) ;;
77) echo "SKIP: controls: the signal strategy is refused here" ;;
*) echo "FAIL: controls (exit $rc)"; status=1 ;;
esac

echo "== sync_core (signal strategy) with a thread that blocks every signal: must abort naming it"
err=$(LAZYMB_FENCE=signal LAZYMB_SYNC_CORE=signal "$prog" sync-blocked 2>&1 >/dev/null)
rc=$?
echo "$err" | tail -n 2
if [ $rc -eq 77 ] || [ $rc -eq 78 ]; then
	echo "SKIP: the signal strategy is refused here"
elif [ $rc -lt 128 ] || ! echo "$err" | grep -q "blocks signal"; then
	echo "FAIL: sync_core did not abort naming the blocking thread (exit $rc)"
	status=1
fi

[ $status -eq 0 ] && [ $ran -eq 0 ] && exit 77
exit $status
