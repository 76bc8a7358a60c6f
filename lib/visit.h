// SPDX-License-Identifier: LGPL-2.1-or-later
// SPDX-FileCopyrightText: 2026 The lazymb authors

/*
 * CPU visits (lib/visit.c): the "sched" strategy of the heavy fence. One
 * helper thread per CPU the process may run on, each pinned to its CPU; a
 * visit wakes them all and returns once each one has run on its own CPU
 * after the caller's full fence. Every thread of the process that ran on
 * that CPU was switched out through the scheduler's full barrier before
 * the helper ran there, or is switched in through it after: a heavy fence
 * with no signal and no IPI of our own (doc/guarantees.md, section 2.2,
 * "sched"). Ordering only, never sync_core. Private: never installed.
 */
#ifndef LAZYMB_LIB_VISIT_H
#define LAZYMB_LIB_VISIT_H

#include <stddef.h>
#include <stdint.h>

#include "lib/base.h"

/*
 * Set up (once per process; again on demand after fork()): checks that the
 * CPUs the helpers can reach cover every thread of the process (cgroups),
 * and starts the helpers. 0, or -errno with the reason in @why.
 */
LAZYMB_HIDDEN int lazymb__visit_setup(char *why, size_t len);

/*
 * One visit: a full fence (F1), every CPU of the current set, a full fence
 * (F3). Returns 0 with the heavy fence's guarantee; otherwise without it,
 * and the caller must fence another way: -ETIMEDOUT (a helper did not run
 * on its CPU within @timeout_ns, a real-time thread may hold that CPU;
 * *@cpu names it), -EAGAIN (a CPU went offline or left the cpuset during
 * the visit), -EPERM (the set no longer covers every CPU a thread of ours
 * may use: cgroups, see lazymb__visit_setup), or a thread-creation errno.
 * Callers are serialized by the fence combiner; a lock makes it safe
 * anyway.
 */
LAZYMB_HIDDEN int lazymb__visit(uint64_t timeout_ns, int *cpu);

/* Visits completed, and visits that failed (the fence fell back). */
LAZYMB_HIDDEN unsigned long long lazymb__visits(void);
LAZYMB_HIDDEN unsigned long long lazymb__visit_failures(void);

#endif /* LAZYMB_LIB_VISIT_H */
