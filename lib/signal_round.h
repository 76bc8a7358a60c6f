// SPDX-License-Identifier: LGPL-2.1-or-later
// SPDX-FileCopyrightText: 2026 The lazymb authors

/*
 * Signal rounds (lib/signal_round.c): deliver the library's signal to every
 * other thread of the process that may need it, and return once each one
 * has run the handler, exited, or been found not to need it (a zombie, an
 * io_uring worker, a thread off-CPU in a fence round, a thread blocked in a
 * system call in a quiesce round). The handler executes a full fence and the arch
 * serializing instruction (every round: it is cheap next to the signal),
 * records its interrupted instruction pointer (from the ucontext), then
 * acknowledges with a release store. Used by the signal strategy of the
 * fences and by JIT quiescence. Private: never installed.
 */
#ifndef LAZYMB_LIB_SIGNAL_ROUND_H
#define LAZYMB_LIB_SIGNAL_ROUND_H

#include <stddef.h>
#include <stdint.h>

#include "lib/base.h"

/*
 * The kind of a round (exactly one in @flags): what its caller needs from
 * each other thread, which decides the threads it may leave unsignalled
 * (lib/signal_round.c, "Who needs a signal").
 *   FENCE      a full fence (the heavy fence of the signal strategy);
 *   SYNC_CORE  a full fence and a serializing instruction before the
 *              thread next runs user code; the caller serializes itself
 *              too at the end;
 *   QUIESCE    each thread's user instruction pointer (JIT quiescence).
 */
#define LAZYMB__ROUND_FENCE     0x1u
#define LAZYMB__ROUND_SYNC_CORE 0x2u
#define LAZYMB__ROUND_QUIESCE   0x4u

struct lazymb__ip_sample {
	int tid;
	uintptr_t ip;
};

/*
 * One round of the kind in @flags. @samples/@max/@n: up to @max (tid, ip)
 * pairs (ip 0 for a thread that runs no user code), *@n set to the number
 * of threads sampled (may exceed @max: the caller retries with more room);
 * @samples and @n may be NULL. Returns 0, -ETIMEDOUT (never for FENCE:
 * that waits, warning once), -ESRCH (/proc shows another PID namespace),
 * or another negative errno; lazymb__signal_stuck() says why.
 */
LAZYMB_HIDDEN int lazymb__signal_round(unsigned int flags, struct lazymb__ip_sample *samples,
				       size_t max, size_t *n);

/* Set-up of the signal machinery (once): 0 or -errno with a reason; the
 * signal chosen (0 before set-up); rounds run so far; and, after a round
 * returned -ETIMEDOUT, which thread held it up and why. */
LAZYMB_HIDDEN int lazymb__signal_setup(void);
LAZYMB_HIDDEN int lazymb__signal_number(void);
LAZYMB_HIDDEN const char *lazymb__signal_setup_reason(void);
LAZYMB_HIDDEN unsigned long long lazymb__signal_rounds(void);
LAZYMB_HIDDEN void lazymb__signal_stuck(char *buf, size_t len);

#endif /* LAZYMB_LIB_SIGNAL_ROUND_H */
