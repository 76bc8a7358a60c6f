// SPDX-License-Identifier: LGPL-2.1-or-later
// SPDX-FileCopyrightText: 2026 The lazymb authors

/*
 * RCU's private header: a domain (struct lazymb_rcu) as the three RCU files
 * see it, and what they call in one another. Private: never installed.
 *
 *   lib/rcu.c        the reader registry, grace periods (run, wait, share
 *                    one among concurrent callers, stall warning),
 *                    synchronize, domains, statistics, fork
 *   lib/rcu_share.c  when a caller about to lead a grace period yields
 *                    first, so that updaters on its CPU share it
 *   lib/rcu_call.c   call_rcu's worker, barrier, polling
 *
 * The reader side is inline in include/lazymb/rcu.h; doc/guarantees.md
 * section 3 has the argument.
 */
#ifndef LAZYMB_LIB_RCU_H
#define LAZYMB_LIB_RCU_H

#include <pthread.h>
#include <stdint.h>

#include <lazymb/rcu.h>

#include "lib/base.h"

/* Per-CPU slots of the sharing heuristic, per domain (CPU modulo this). */
#define LAZYMB__RCU_CPUS 64

/* A link of a circular list with a sentinel: an entry leaves whichever
 * list it is on without knowing which. */
struct lazymb__rcu_link {
	struct lazymb__rcu_link *next, *prev;
};

struct lazymb_rcu {
	_Atomic uint64_t gp;           /* readers snapshot it; 64 bits: no wrap */
	char pad0[64 - sizeof(uint64_t)];
	struct lazymb__wait reader_wait; /* updaters asleep on a reader's unlock;
					  * readers see .sleepers as their waiters */
	char pad1[64 - sizeof(struct lazymb__wait)];
	_Atomic uint64_t completed;    /* the gp value of the last finished grace period */
	struct lazymb__wait gp_wait;   /* callers asleep until a grace period ends */
	_Atomic uint64_t gp_ns;        /* a grace period's recent cost (moving average) */
	/* Hints for lazymb__rcu_maybe_yield() (lib/rcu_share.c); inside and
	 * asleep are counted by synchronize and wait_gp (lib/rcu.c). */
	struct {
		_Atomic unsigned long arrivals; /* synchronize calls from here */
		_Atomic uint64_t until;     /* no yield on this CPU before (ns) */
		_Atomic unsigned int level; /* slow, useless yields in a row here */
		_Atomic int inside;         /* callers inside synchronize from here */
		_Atomic int asleep;         /* of those, asleep in wait_gp */
		char pad[64 - 2 * sizeof(uint64_t) - 3 * sizeof(int)];
	} cpu[LAZYMB__RCU_CPUS];
	pthread_mutex_t gp_lock;       /* one grace period at a time */
	/* The registry, under reg_lock: every registered reader is on readers,
	 * or on gp_pending while the running grace period has yet to see it
	 * done (lib/rcu.c, run_gp). reg_lock is never held across a sleep. */
	pthread_mutex_t reg_lock;
	struct lazymb__rcu_link readers, gp_pending;
	int nreaders;

	/* lib/rcu_call.c */
	pthread_mutex_t cb_lock;       /* callbacks, worker, poll */
	pthread_cond_t cb_cond, cb_done_cond;
	struct lazymb_rcu_head *cb_head, **cb_tail;
	uint64_t cb_queued, cb_done;
	uint64_t cb_taken;             /* callbacks in the batch the worker holds */
	uint64_t poll_target;
	int worker_running, stopping;
	pthread_t worker;
	int worker_tid;

	_Atomic unsigned long long st_sync, st_gp, st_heavy, st_sleeps, st_cb, st_stalls;
	_Atomic unsigned long long st_yields, st_gp_waits;
	struct lazymb_rcu *next_domain;
};

/* lib/rcu.c */

/* The default domain. Not exported as data: the public header reaches it
 * through NULL or lazymb_rcu_default(), so its size is not part of the ABI. */
LAZYMB_HIDDEN extern struct lazymb_rcu lazymb__rcu_default;

/* Whether the calling thread is inside a read-side section of @d (then
 * waiting for a grace period of @d would wait for itself: -EDEADLK). */
LAZYMB_HIDDEN int lazymb__rcu_in_section(struct lazymb_rcu *d);

/* Once per process, before any state of a domain is touched: the stall
 * setting and the fork handlers (a fork before them would copy a worker
 * and counts the child cannot use). */
LAZYMB_HIDDEN void lazymb__rcu_init(void);

/* @d, or the default domain for NULL: the rule of every _in function. */
static inline struct lazymb_rcu *lazymb__rcu_domain(struct lazymb_rcu *d)
{
	return d ? d : &lazymb__rcu_default;
}

/* lib/rcu_share.c */

/* The caller's CPU slot (a hint: the thread may migrate). */
LAZYMB_HIDDEN int lazymb__rcu_hint_cpu(void);

/* Before leading a grace period of @d from slot @cpu: maybe yield, so that
 * the updaters on this CPU enter synchronize and share it. A delay only. */
LAZYMB_HIDDEN void lazymb__rcu_maybe_yield(struct lazymb_rcu *d, int cpu);

/* In the forked child: the callers counted in the slots are the parent's. */
LAZYMB_HIDDEN void lazymb__rcu_share_fork_child(struct lazymb_rcu *d);

/* lib/rcu_call.c */

/* For lazymb_rcu_destroy(): run the callbacks queued on @d, then stop its
 * worker and join it. */
LAZYMB_HIDDEN void lazymb__rcu_call_stop(struct lazymb_rcu *d);

/* call_rcu's part of the fork handlers of lib/rcu.c, per domain: take
 * cb_lock before fork, release it in the parent, reset it and the worker
 * in the child (which counts the batch the parent's worker held as done:
 * it runs in the parent only). */
LAZYMB_HIDDEN void lazymb__rcu_call_fork_prepare(struct lazymb_rcu *d);
LAZYMB_HIDDEN void lazymb__rcu_call_fork_parent(struct lazymb_rcu *d);
LAZYMB_HIDDEN void lazymb__rcu_call_fork_child(struct lazymb_rcu *d);

#endif /* LAZYMB_LIB_RCU_H */
