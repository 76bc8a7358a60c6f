// SPDX-License-Identifier: LGPL-2.1-or-later
// SPDX-FileCopyrightText: 2026 The lazymb authors

/*
 * The store-buffering litmus test, shared by the test suite and
 * lazymb-probe --verify (header-only, not installed).
 *
 *   fast thread:  x = 1; lazymb_fence_light(); r1 = y;
 *   slow thread:  y = 1; heavy();              r2 = x;
 *
 * r1 == 0 && r2 == 0 is forbidden when heavy() is lazymb_fence_heavy().
 * With heavy() a compiler barrier (the negative control) it must happen,
 * or the test is not testing anything. On a 2-CPU machine the two critical
 * windows overlap only if the thread that leaves the per-round barrier
 * first waits a little: both sides spin a random few hundred iterations.
 */
#ifndef LAZYMB_TOOLS_LITMUS_H
#define LAZYMB_TOOLS_LITMUS_H

#include <pthread.h>
#include <stdatomic.h>
#include <stdint.h>
#include <stdlib.h>
#include <time.h>

#include <lazymb/lazymb.h>

struct lz_litmus {
	atomic_int x, y;
	atomic_long go, done;
	int r1;
	long rounds;
};

static inline void lz_litmus_spin(unsigned *seed)
{
	for (volatile unsigned i = (unsigned)rand_r(seed) % 512; i; i--)
		;
}

static void *lz_litmus_fast(void *arg)
{
	struct lz_litmus *l = arg;
	unsigned seed = 12345;

	for (long i = 1; i <= l->rounds; i++) {
		long g;

		/* Acquire: pairs with the slow side's release of go; the
		 * resets of x and y are visible. */
		while ((g = atomic_load_explicit(&l->go, memory_order_acquire)) != i)
			if (g < 0)
				return NULL;
		lz_litmus_spin(&seed);
		atomic_store_explicit(&l->x, 1, memory_order_relaxed);
		lazymb_fence_light();
		l->r1 = atomic_load_explicit(&l->y, memory_order_relaxed);
		/* Release: publishes r1 to the slow side's acquire of done. */
		atomic_store_explicit(&l->done, i, memory_order_release);
	}
	return NULL;
}

static inline uint64_t lz_litmus_now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
}

/*
 * Run up to @rounds rounds, or until @budget_ns passed (0: no limit), with
 * @heavy on the slow side. Returns the number of forbidden outcomes and
 * sets *@ran to the rounds run; -1 if the thread could not be created.
 */
static inline long lz_litmus_sb(long rounds, void (*heavy)(void), uint64_t budget_ns,
				long *ran)
{
	struct lz_litmus l;
	pthread_t th;
	unsigned seed = 54321;
	long forbidden = 0, i;
	uint64_t end = budget_ns ? lz_litmus_now() + budget_ns : 0;

	atomic_init(&l.x, 0);
	atomic_init(&l.y, 0);
	atomic_init(&l.go, 0);
	atomic_init(&l.done, 0);
	l.r1 = 0;
	l.rounds = rounds;
	if (pthread_create(&th, NULL, lz_litmus_fast, &l) != 0)
		return -1;
	for (i = 1; i <= rounds; i++) {
		int r2;

		if (end && (i & 63) == 0 && lz_litmus_now() > end)
			break;
		atomic_store_explicit(&l.x, 0, memory_order_relaxed);
		atomic_store_explicit(&l.y, 0, memory_order_relaxed);
		/* Release: the resets above before the fast side's round. */
		atomic_store_explicit(&l.go, i, memory_order_release);
		lz_litmus_spin(&seed);
		atomic_store_explicit(&l.y, 1, memory_order_relaxed);
		heavy();
		r2 = atomic_load_explicit(&l.x, memory_order_relaxed);
		/* Acquire: pairs with the fast side's release of done. */
		while (atomic_load_explicit(&l.done, memory_order_acquire) != i)
			;
		forbidden += (l.r1 == 0 && r2 == 0);
	}
	/* Stop the fast side if we left early. */
	atomic_store_explicit(&l.go, -1, memory_order_release);
	pthread_join(th, NULL);
	*ran = i - 1;
	return forbidden;
}

/* The negative control's "heavy fence": a compiler barrier only. */
static void lz_litmus_no_fence(void)
{
	LAZYMB_COMPILER_BARRIER();
}

#endif /* LAZYMB_TOOLS_LITMUS_H */
