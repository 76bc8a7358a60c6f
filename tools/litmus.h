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

#include <linux/futex.h>
#include <pthread.h>
#include <sched.h>
#include <stdatomic.h>
#include <stdint.h>
#include <stdlib.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

#include <lazymb/lazymb.h>

struct lz_litmus {
	atomic_int x, y;
	atomic_int go, done;  /* round numbers; go < 0: stop */
	atomic_int sleepers;  /* threads in lz_litmus_wait's futex sleep */
	int r1;
	long rounds;
};

static inline void lz_litmus_spin(unsigned *seed)
{
	for (volatile unsigned i = (unsigned)rand_r(seed) % 512; i; i--)
		;
}

/*
 * Wait until *@w == @want (or < 0); returns the value seen.
 *
 * A side that waits for the other longer than any fence takes sleeps on a
 * futex and is woken by the other's next step. On 2 CPUs shared with other
 * processes (the rest of the test suite), spinning or yielding out whole
 * time slices leaves a few hundred rounds per second: the suite times out
 * and the control may never reorder. A woken thread preempts a CPU hog.
 */
static inline int lz_litmus_wait(struct lz_litmus *l, atomic_int *w, int want)
{
	unsigned spins = 0;
	int g;

	/* Acquire: pairs with lz_litmus_post's store; what the poster wrote
	 * before it (the resets of x and y, or r1) is visible. */
	while ((g = atomic_load_explicit(w, memory_order_acquire)) != want && g >= 0) {
		if (++spins < (1u << 17)) /* ~100 us: longer than any fence */
			continue;
		/* Seq_cst RMW then seq_cst load: pairs with lz_litmus_post's
		 * seq_cst store then load of sleepers (Dekker): either the
		 * poster sees us sleeping and wakes us, or we see its value
		 * and skip the sleep. The futex re-checks the value too, and
		 * 1 ms bounds a miss. */
		atomic_fetch_add(&l->sleepers, 1);
		if (atomic_load(w) == g) {
			struct timespec ts = { 0, 1000000 };

			syscall(SYS_futex, w, FUTEX_WAIT_PRIVATE, g, &ts, NULL, 0);
		}
		atomic_fetch_sub(&l->sleepers, 1);
	}
	return g;
}

/* *@w = @v, and wake a sleeping waiter. */
static inline void lz_litmus_post(struct lz_litmus *l, atomic_int *w, int v)
{
	/* Seq_cst store: a release, and the Dekker pair of lz_litmus_wait. */
	atomic_store(w, v);
	if (atomic_load(&l->sleepers))
		syscall(SYS_futex, w, FUTEX_WAKE_PRIVATE, 1, NULL, NULL, 0);
}

static void *lz_litmus_fast(void *arg)
{
	struct lz_litmus *l = arg;
	unsigned seed = 12345;

	for (int i = 1; i <= l->rounds; i++) {
		/* The slow side's resets of x and y are visible (the acquire
		 * in lz_litmus_wait). */
		if (lz_litmus_wait(l, &l->go, i) < 0)
			return NULL;
		lz_litmus_spin(&seed);
		atomic_store_explicit(&l->x, 1, memory_order_relaxed);
		/* The light side under test; pairs with heavy() on the slow
		 * side. */
		lazymb_fence_light();
		l->r1 = atomic_load_explicit(&l->y, memory_order_relaxed);
		/* Publishes r1 to the slow side's wait on done. */
		lz_litmus_post(l, &l->done, i);
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
 * Put the two sides on two different CPUs of the caller's set, when it has
 * two: a busy scheduler otherwise often keeps them on one CPU, where they
 * take turns and never overlap (the control then cannot reorder). Saves
 * the caller's set in @saved for lz_litmus_unpin; returns 0 if not pinned.
 */
static inline int lz_litmus_pin(pthread_attr_t *fast_attr, cpu_set_t *saved)
{
	cpu_set_t one;
	int a = -1, b = -1;

	if (pthread_getaffinity_np(pthread_self(), sizeof(*saved), saved) != 0)
		return 0;
	for (int c = 0; c < CPU_SETSIZE && b < 0; c++)
		if (CPU_ISSET(c, saved)) {
			if (a < 0)
				a = c;
			else
				b = c;
		}
	if (b < 0)
		return 0;
	CPU_ZERO(&one);
	CPU_SET(b, &one);
	if (pthread_attr_setaffinity_np(fast_attr, sizeof(one), &one) != 0)
		return 0;
	CPU_ZERO(&one);
	CPU_SET(a, &one);
	return pthread_setaffinity_np(pthread_self(), sizeof(one), &one) == 0;
}

static inline void lz_litmus_unpin(int pinned, const cpu_set_t *saved)
{
	if (pinned)
		pthread_setaffinity_np(pthread_self(), sizeof(*saved), saved);
}

/*
 * Run up to @rounds rounds, or until @budget_ns passed (0: no limit), with
 * @heavy on the slow side. With @odd set, odd rounds use @odd instead (the
 * control, interleaved with the real rounds so both see the same load from
 * the rest of the machine): @rounds then counts pairs, *@odd_forbidden gets
 * the odd rounds' forbidden outcomes and the result counts the even ones.
 * Returns the number of forbidden outcomes and sets *@ran to the rounds (or
 * pairs) run; -1 if the thread could not be created.
 */
static inline long lz_litmus_run(long rounds, void (*heavy)(void), void (*odd)(void),
				 uint64_t budget_ns, long *ran, long *odd_forbidden)
{
	struct lz_litmus l;
	pthread_t th;
	pthread_attr_t attr;
	cpu_set_t saved;
	unsigned seed = 54321;
	long forbidden = 0, per = odd ? 2 : 1;
	int i, pinned, err;
	uint64_t end = budget_ns ? lz_litmus_now() + budget_ns : 0;

	if (rounds > 100000000)
		rounds = 100000000;
	atomic_init(&l.x, 0);
	atomic_init(&l.y, 0);
	atomic_init(&l.go, 0);
	atomic_init(&l.done, 0);
	atomic_init(&l.sleepers, 0);
	l.r1 = 0;
	l.rounds = per * rounds;
	*ran = 0;
	if (odd_forbidden)
		*odd_forbidden = 0;
	pthread_attr_init(&attr);
	pinned = lz_litmus_pin(&attr, &saved);
	err = pthread_create(&th, &attr, lz_litmus_fast, &l);
	pthread_attr_destroy(&attr);
	if (err != 0) {
		lz_litmus_unpin(pinned, &saved);
		return -1;
	}
	for (i = 1; i <= per * rounds; i++) {
		int r2, is_odd = odd && (i & 1);

		if (end && (i & 63) == 1 && i > 1 && lz_litmus_now() > end)
			break;
		atomic_store_explicit(&l.x, 0, memory_order_relaxed);
		atomic_store_explicit(&l.y, 0, memory_order_relaxed);
		/* The resets above before the fast side's round. */
		lz_litmus_post(&l, &l.go, i);
		lz_litmus_spin(&seed);
		atomic_store_explicit(&l.y, 1, memory_order_relaxed);
		if (is_odd)
			odd();
		else
			heavy();
		r2 = atomic_load_explicit(&l.x, memory_order_relaxed);
		/* The fast side's r1 is visible (pairs with its post). */
		lz_litmus_wait(&l, &l.done, i);
		if (l.r1 == 0 && r2 == 0) {
			if (is_odd)
				++*odd_forbidden;
			else
				forbidden++;
		}
	}
	/* Stop the fast side if we left early. */
	lz_litmus_post(&l, &l.go, -1);
	pthread_join(th, NULL);
	lz_litmus_unpin(pinned, &saved);
	*ran = (i - 1) / per;
	return forbidden;
}

/* @rounds rounds of the litmus with @heavy; see lz_litmus_run. */
static inline long lz_litmus_sb(long rounds, void (*heavy)(void), uint64_t budget_ns,
				long *ran)
{
	return lz_litmus_run(rounds, heavy, NULL, budget_ns, ran, NULL);
}

/* The negative control's "heavy fence": a compiler barrier only. */
static void lz_litmus_no_fence(void)
{
	LAZYMB_COMPILER_BARRIER();
}

#endif /* LAZYMB_TOOLS_LITMUS_H */
