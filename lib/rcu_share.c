// SPDX-License-Identifier: LGPL-2.1-or-later
// SPDX-FileCopyrightText: 2026 The lazymb authors

/*
 * Sharing grace periods on one CPU: when a caller of synchronize, about to
 * lead a grace period, yields first. Nothing here orders anything; a yield
 * is a delay, and the per-CPU counts it reads are hints. The grace period
 * itself and the callers that wait for one are in lib/rcu.c.
 *
 * The rule. Updaters on one CPU never overlap unless one gives the CPU up:
 * a caller that yields before starting a grace period lets the updaters
 * queued behind it enter synchronize, and the grace period it then runs
 * serves them all (those that arrive while it runs wait in wait_gp and
 * share the next one). So, before leading:
 *  - no yield when a grace period costs less than a context switch (no
 *    heavy fence), or when one is already running (the callers that arrive
 *    during it share the next one anyway);
 *  - with runnable peers on the CPU (callers inside synchronize there and
 *    not asleep in wait_gp: served by the last grace period and about to
 *    call again, or just arrived), yield until as many calls have arrived
 *    on the CPU, at most YIELD_PEER_TRIES times, skipping no call for
 *    back-off. If those yields saw no arrival at all (the peers left
 *    synchronize for good), the thread's next calls go by the next rule
 *    until a yield with peers sees one again;
 *  - otherwise yield once, and judge the yield by the synchronize calls
 *    that arrived on the CPU during it:
 *     - none, and the yield was short: nobody to share with (a wasted
 *       system call, about a microsecond). The thread doubles the number of
 *       its calls that skip the yield, up to YIELD_BACKOFF_MAX (then one
 *       probe in 1025);
 *     - fewer than one per two grace periods' time of a long yield: a busy
 *       thread that is not an updater (a spinning reader) got a whole time
 *       slice, milliseconds. Nobody of the domain yields on that CPU for
 *       the next 10, 100, then 1000 times that long (the 1st, 2nd, 3rd and
 *       later such yields in a row there; callers that come back late
 *       together from one stretch count once, so the tick's housekeeping
 *       that delays three chained yields does not count as three), then
 *       one probes again: the loss stays under 0.1% once a CPU is known to
 *       be shared with a busy thread. Per CPU, not per thread, so that new
 *       threads learn it too;
 *     - else the yield was useful (a long one means the other updaters ran
 *       their grace periods meanwhile): both back-offs reset.
 * Why several yields for peers: one is often not enough. Under EEVDF a
 * yield gives up the rest of the yielder's slice and pushes its deadline
 * back, so a peer that yielded just before may not be picked and the CPU
 * comes straight back. The figures behind this rule are in
 * doc/PERFORMANCE.md, "Why the grace-period yield rule is what it is".
 * The CPU number is a hint: a thread that migrates during its yield only
 * blurs the counts.
 */
#include "config.h"

#include <sched.h>

#include "lib/base.h"
#include "lib/rcu.h"

#define YIELD_BACKOFF_MAX 1024u
#define YIELD_MIN_GP_NS 2000u  /* cheaper grace periods: never worth it */
#define YIELD_SLACK_NS 20000u
#define YIELD_SLOW_LEVELS 3   /* 10x, 100x, 1000x */
#define YIELD_PEER_TRIES 4u

static __thread unsigned int yield_skip, yield_backoff;
static __thread int peers_left; /* the last peer-guided yields saw no arrival */

int lazymb__rcu_hint_cpu(void)
{
	int cpu = sched_getcpu();

	return cpu < 0 ? 0 : cpu % LAZYMB__RCU_CPUS;
}

void lazymb__rcu_maybe_yield(struct lazymb_rcu *d, int cpu)
{
	uint64_t gp_ns = atomic_load_explicit(&d->gp_ns, memory_order_relaxed), t0, dt, per;
	unsigned long a0, got, want = 1;
	unsigned int level, tries = 1;
	int peers;

	if (gp_ns < YIELD_MIN_GP_NS ||
	    atomic_load_explicit(&d->gp, memory_order_relaxed) !=
		    atomic_load_explicit(&d->completed, memory_order_relaxed))
		return;
	/* Relaxed, here and below: hints; racing updates are harmless. */
	peers = atomic_load_explicit(&d->cpu[cpu].inside, memory_order_relaxed) - 1 -
		atomic_load_explicit(&d->cpu[cpu].asleep, memory_order_relaxed);
	if (peers > 0 && !peers_left) {
		tries = YIELD_PEER_TRIES;
		want = (unsigned long)peers;
	} else if (yield_skip) {
		yield_skip--;
		return;
	}
	t0 = lazymb__now_ns();
	if (t0 < atomic_load_explicit(&d->cpu[cpu].until, memory_order_relaxed))
		return;
	a0 = atomic_load_explicit(&d->cpu[cpu].arrivals, memory_order_relaxed);
	per = 2 * gp_ns + YIELD_SLACK_NS;
	for (;;) {
		sched_yield();
		dt = lazymb__now_ns() - t0;
		got = atomic_load_explicit(&d->cpu[cpu].arrivals, memory_order_relaxed) - a0;
		atomic_fetch_add_explicit(&d->st_yields, 1, memory_order_relaxed);
		if (--tries == 0 || got >= want || dt > per)
			break;
	}
	if (peers > 0)
		peers_left = !got;
	if (dt > per && got * per < dt) {
		uint64_t hold = dt;

		/* Callers that yielded one after another return late together
		 * from one stretch: only the first of them counts it. */
		if (atomic_load_explicit(&d->cpu[cpu].until, memory_order_relaxed) > t0)
			return;
		level = atomic_load_explicit(&d->cpu[cpu].level, memory_order_relaxed);
		if (level < YIELD_SLOW_LEVELS)
			atomic_store_explicit(&d->cpu[cpu].level, ++level, memory_order_relaxed);
		for (unsigned int i = 0; i < level; i++)
			hold *= 10;
		atomic_store_explicit(&d->cpu[cpu].until, t0 + hold, memory_order_relaxed);
		return;
	}
	atomic_store_explicit(&d->cpu[cpu].level, 0, memory_order_relaxed);
	if (got) {
		yield_backoff = 0;
		return;
	}
	yield_backoff = yield_backoff ? yield_backoff * 2 : 1;
	if (yield_backoff > YIELD_BACKOFF_MAX)
		yield_backoff = YIELD_BACKOFF_MAX;
	yield_skip = yield_backoff;
}

void lazymb__rcu_share_fork_child(struct lazymb_rcu *d)
{
	for (int c = 0; c < LAZYMB__RCU_CPUS; c++) {
		/* The callers inside synchronize are in the parent. */
		atomic_store_explicit(&d->cpu[c].inside, 0, memory_order_relaxed);
		atomic_store_explicit(&d->cpu[c].asleep, 0, memory_order_relaxed);
	}
}
