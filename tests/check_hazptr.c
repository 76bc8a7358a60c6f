// SPDX-License-Identifier: LGPL-2.1-or-later
// SPDX-FileCopyrightText: 2026 The lazymb authors

/*
 * Hazard pointers: a torture (readers protect and dereference the nodes of
 * a shared array, a writer replaces and retires them, deleters poison)
 * under each heavy-fence strategy, with its negative controls (protect
 * without re-validation here; the scan without its heavy fence in
 * tests/check_hazptr_nofence, this file built with lib/hazptr.c included):
 * each must see poisoned reads. Then thread exit with hazards held, fork,
 * deleters that retire, the bound, barrier and the API's rules. Each test
 * runs in a fresh fork, so it can still choose the heavy-fence strategy.
 */
#ifdef LAZYMB_HAZPTR_NOFENCE_CONTROL
/* The control build: the library's scan, compiled here without its heavy
 * fence. This program's definitions take the place of liblazymb's. */
#define LAZYMB__HAZPTR_SCAN_FENCE() ((void)0)
#include "lib/hazptr.c"
#include <stdarg.h>
#include <stdio.h>
/* Hidden in liblazymb.so: the included file needs its own. Weak: a static
 * liblazymb.a brings the library's, which then wins. */
__attribute__((weak)) void lazymb__die_at(const char *file, int line, const char *func, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	fprintf(stderr, "%s:%d: %s: ", file, line, func);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	abort();
}
#endif

#include <errno.h>
#include <pthread.h>
#include <sys/wait.h>
#include <time.h>

#include <lazymb/lazymb.h>
#include "tests/testutil.h"

/* ---- the torture ------------------------------------------------------------ */

struct tnode {
	atomic_int poison;
	int val;
	struct lazymb_hazptr_head head;
	char pad[64 - 2 * sizeof(int) - sizeof(struct lazymb_hazptr_head) % 64];
};

#define NSRC 4
static struct tnode *_Atomic shared[NSRC];
static atomic_int stop;
static atomic_long reads, bad;
/* Lines both sides write: the reader's stores to them miss, and its
 * hazard store waits behind them in the store buffer, which widens the
 * window the heavy fence closes (and the controls need to see). */
#define NOISE 16
static struct {
	_Alignas(64) atomic_long v;
} noise[NOISE];

static void make_noise(long v)
{
	for (int k = 0; k < NOISE; k++)
		atomic_store_explicit(&noise[k].v, v, memory_order_relaxed);
}

enum reader_kind { PROTECT, NO_REVALIDATION };

/*
 * Lockstep: the writer bumps go, then unlinks, retires and scans at once;
 * the reader, spinning on go, protects shared[0] at the same moment and
 * acknowledges when done. Aligned in time like a litmus test, the two
 * sides meet in the window the heavy fence closes far more often than
 * free-running ones do.
 */
static atomic_uint go, ack;
static int lockstep;

static void *torture_reader(void *arg)
{
	enum reader_kind kind = (enum reader_kind)(long)arg;
	struct lazymb_hazptr *h;
	unsigned int i = 0, seen = 0;

	ck_assert_int_eq(lazymb_hazptr_make(&h), 0);
	while (!atomic_load_explicit(&stop, memory_order_relaxed)) {
		struct tnode *_Atomic *src = &shared[lockstep ? 0 : i % NSRC];
		struct tnode *p;

		i++;
		if (lockstep) {
			unsigned int g;

			while ((g = atomic_load_explicit(&go, memory_order_relaxed)) == seen &&
			       !atomic_load_explicit(&stop, memory_order_relaxed))
				;
			seen = g;
		}
		make_noise(i);
		if (kind == PROTECT) {
			p = lazymb_hazptr_protect(h, src);
		} else {
			/* The control: publish what was read, never check it is
			 * still there. The spin stands for a preemption between
			 * the load and the store. */
			p = atomic_load_explicit(src, memory_order_acquire);
			for (volatile int k = 0; k < (int)(i % 32); k++)
				;
			lazymb_hazptr_reset_protection(h, p);
		}
		if (atomic_load_explicit(&p->poison, memory_order_relaxed))
			atomic_fetch_add(&bad, 1);
		for (volatile int k = 0; k < 20; k++)
			;
		if (atomic_load_explicit(&p->poison, memory_order_relaxed))
			atomic_fetch_add(&bad, 1);
		lazymb_hazptr_reset(h);
		atomic_fetch_add_explicit(&reads, 1, memory_order_relaxed);
		if (lockstep)
			atomic_store_explicit(&ack, seen, memory_order_release);
	}
	ck_assert_int_eq(lazymb_hazptr_drop(h), 0);
	return NULL;
}

static atomic_long poisoned_count;

static void poison(void *obj)
{
	struct tnode *n = obj;

	atomic_store_explicit(&n->poison, 1, memory_order_relaxed);
	atomic_fetch_add_explicit(&poisoned_count, 1, memory_order_relaxed);
}

/*
 * Run the torture with @nreaders readers; returns the number of poisoned
 * reads. Nodes are poisoned, never freed (a use after free is seen, not a
 * crash). @mode: AMORTIZED (the scans of retire), EACH (a reclaim after
 * every retire: a scan right behind each unlink, where a missing fence
 * shows), LOCKSTEP (EACH, in lockstep with one reader, see above).
 */
enum mode { AMORTIZED, EACH, LOCKSTEP };

static long torture(enum reader_kind kind, int nreaders, int updates, enum mode mode)
{
	int each = mode != AMORTIZED;

	struct tnode *pool = calloc((size_t)updates + NSRC, sizeof(*pool));
	struct lazymb_hazptr_stats st;
	pthread_t t[4];

	ck_assert_ptr_nonnull(pool);
	atomic_store(&stop, 0);
	atomic_store(&bad, 0);
	atomic_store(&reads, 0);
	atomic_store(&poisoned_count, 0);
	atomic_store(&go, 0);
	atomic_store(&ack, 0);
	lockstep = mode == LOCKSTEP;
	for (int i = 0; i < NSRC; i++)
		atomic_store(&shared[i], &pool[updates + i]);
	for (int i = 0; i < nreaders; i++)
		pthread_create(&t[i], NULL, torture_reader, (void *)(long)kind);
	while (!lockstep && atomic_load(&reads) < 100)
		;
	for (int i = 0; i < updates; i++) {
		struct tnode *old;

		make_noise(i);
		if (lockstep) {
			/* Acquire: the reader's accesses of the last round are done. */
			while (atomic_load_explicit(&ack, memory_order_acquire) != (unsigned int)i)
				;
			atomic_store_explicit(&go, (unsigned int)i + 1, memory_order_relaxed);
			/* A delay that sweeps the unlink across the reader's
			 * protect, round after round. */
			for (volatile unsigned int k = 0; k < (unsigned int)i * 7 % 64; k++)
				;
		}
		/* Release: the new node's contents before it is seen. */
		old = atomic_exchange_explicit(&shared[lockstep ? 0 : i % NSRC], &pool[i],
					       memory_order_acq_rel);
		ck_assert_int_eq(lazymb_hazptr_retire(old, &old->head, poison), 0);
		if (each)
			ck_assert_int_ge(lazymb_hazptr_reclaim(), 0);
	}
	atomic_store(&stop, 1);
	for (int i = 0; i < nreaders; i++)
		pthread_join(t[i], NULL);
	ck_assert_int_eq(lazymb_hazptr_barrier(), 0);
	lazymb_hazptr_get_stats_in(lazymb_hazptr_domain_default(), &st);
	printf("torture (%s, %s): %d updates, %ld reads, %ld poisoned; %llu scans, peak %llu "
	       "unreclaimed, %llu slots\n", kind == PROTECT ? "protect" : "no re-validation",
	       mode == LOCKSTEP ? "lockstep" : each ? "reclaim each" : "amortized", updates,
	       atomic_load(&reads), atomic_load(&bad),
	       st.scans, st.peak_unreclaimed, st.slots);
	/* Every replaced node was reclaimed, exactly once. */
	ck_assert_int_eq(atomic_load(&poisoned_count), updates);
	ck_assert_uint_eq(st.reclaimed, st.retired);
	free(pool);
	return atomic_load(&bad);
}

#ifndef LAZYMB_HAZPTR_NOFENCE_CONTROL

static int updates_for(enum lazymb_strategy s)
{
	int n = s == LAZYMB_STRATEGY_GLOBAL ? 300 : 20000;

	return (int)lz_scale(lz_long() ? n * 20 : n);
}

/* Amortized, then a scan per update (a heavy fence each: fewer), then
 * the controls' lockstep shape with the fence in place. */
static void run_torture(void)
{
	struct lazymb_caps caps;
	enum lazymb_strategy s;

	ck_assert_int_eq(lazymb_init(), 0);
	ck_assert_int_eq(lazymb_get_caps(&caps), 0);
	s = caps.fence;
	ck_assert_int_eq(torture(PROTECT, 2, updates_for(s), AMORTIZED), 0);
	ck_assert_int_eq(torture(PROTECT, 1, updates_for(s) / 10, EACH), 0);
	ck_assert_int_eq(torture(PROTECT, 1, updates_for(s) / 2, LOCKSTEP), 0);
}

static void run_torture_with(enum lazymb_strategy s)
{
	int r = lazymb_set_strategy(LAZYMB_OP_FENCE, s);

	if (r)
		LZ_SKIP("strategy %s refused here: %s", lazymb_strategy_name(s), lazymb_strerror(r));
	run_torture();
}

START_TEST(test_hazptr_torture_membarrier)
{
	run_torture_with(LAZYMB_STRATEGY_MEMBARRIER);
}
END_TEST

START_TEST(test_hazptr_torture_signal)
{
	run_torture_with(LAZYMB_STRATEGY_SIGNAL);
}
END_TEST

START_TEST(test_hazptr_torture_mprotect)
{
	run_torture_with(LAZYMB_STRATEGY_MPROTECT);
}
END_TEST

START_TEST(test_hazptr_torture_global)
{
	run_torture_with(LAZYMB_STRATEGY_GLOBAL);
}
END_TEST

/* The strategy LAZYMB_FENCE names (or the automatic one): the test below
 * runs this case again with LAZYMB_FENCE set, before the constructor. */
START_TEST(test_hazptr_torture_env)
{
	struct lazymb_caps caps;
	const char *want = getenv("LAZYMB_FENCE");

	ck_assert_int_eq(lazymb_init(), 0);
	lazymb_get_caps(&caps);
	printf("torture_env: LAZYMB_FENCE=%s, strategy %s\n", want ? want : "(unset)",
	       lazymb_strategy_name(caps.fence));
	if (want)
		ck_assert_str_eq(lazymb_strategy_name(caps.fence), want);
	run_torture();
}
END_TEST

static char **saved_argv;

START_TEST(test_hazptr_torture_env_reexec)
{
	static const char *const names[] = { "membarrier", "signal" };

	if (lz_no_reexec())
		LZ_SKIP("cannot re-execute itself under qemu-user or valgrind");
	for (size_t i = 0; i < sizeof(names) / sizeof(names[0]); i++) {
		int status;
		pid_t pid = fork();

		ck_assert_int_ge(pid, 0);
		if (pid == 0) {
			setenv("LAZYMB_FENCE", names[i], 1);
			setenv("CK_RUN_CASE", "env", 1);
			execv("/proc/self/exe", saved_argv);
			_exit(99);
		}
		waitpid(pid, &status, 0);
		/* 77: every test of the case skipped (strategy refused here). */
		ck_assert_msg(WIFEXITED(status) &&
				      (WEXITSTATUS(status) == 0 || WEXITSTATUS(status) == 77),
			      "LAZYMB_FENCE=%s: status %#x", names[i], status);
	}
}
END_TEST

/* Negative control (b): without re-validation the readers use nodes the
 * writer has already reclaimed. */
START_TEST(test_hazptr_control_no_revalidation)
{
	long b = 0;
	time_t t0 = time(NULL);

	LZ_SKIP_CONTROL_UNDER_VALGRIND();
	/* The control is about protect, not the fence: membarrier where it
	 * can be (a signal round runs the reader's handler inside each scan,
	 * which makes the window rarer), else the environment's. */
	lazymb_set_strategy(LAZYMB_OP_FENCE, LAZYMB_STRATEGY_MEMBARRIER);
	ck_assert_int_eq(lazymb_init(), 0);
	for (int tries = 0; tries < 100 && b == 0 && time(NULL) - t0 < 30; tries++)
		b = torture(NO_REVALIDATION, 1, 20000, tries % 2 ? LOCKSTEP : EACH);
	ck_assert_msg(b > 0, "protect without re-validation saw nothing: the torture cannot fail");
}
END_TEST

#else /* LAZYMB_HAZPTR_NOFENCE_CONTROL */

/* Negative control (a): the scan without its heavy fence. The race is the
 * store-buffering one the fence closes: the reader's hazard store is still
 * in its store buffer when the scan reads the slot, and its re-load saw
 * the node not yet unlinked. */
START_TEST(test_hazptr_control_no_heavy_fence)
{
	long b = 0;
	uint64_t t0 = (uint64_t)time(NULL);
	int tries;

	LZ_SKIP_CONTROL_UNDER_VALGRIND();
	ck_assert_int_eq(lazymb_init(), 0);
	for (tries = 0; tries < 300 && b == 0 && (uint64_t)time(NULL) - t0 < 40; tries++)
		b = torture(PROTECT, 1, (int)lz_scale(100000), LOCKSTEP);
	if (b == 0)
		LZ_SKIP("no store-buffering reordering seen in %d tries (%llu s): this machine "
			"never showed the race the heavy fence closes", tries,
			(unsigned long long)((uint64_t)time(NULL) - t0));
	printf("control: poisoned reads seen after %d tries\n", tries);
}
END_TEST

#endif /* LAZYMB_HAZPTR_NOFENCE_CONTROL */

#ifndef LAZYMB_HAZPTR_NOFENCE_CONTROL

/* ---- threads, fork ----------------------------------------------------------- */

struct obj {
	atomic_int freed;
	struct lazymb_hazptr_head head;
};

static void mark_freed(void *p)
{
	atomic_fetch_add(&((struct obj *)p)->freed, 1);
}

static struct obj *_Atomic held_src;
static atomic_int holder_state;

/* Protects *held_src, then exits without reset or drop. */
static void *exit_holding(void *arg)
{
	struct lazymb_hazptr *h;
	struct obj *o;

	(void)arg;
	ck_assert_int_eq(lazymb_hazptr_make(&h), 0);
	o = lazymb_hazptr_protect(h, &held_src);
	ck_assert_ptr_nonnull(o);
	atomic_store(&holder_state, 1);
	while (atomic_load(&holder_state) != 2)
		usleep(100);
	return NULL; /* hazard still held */
}

START_TEST(test_hazptr_thread_exit_with_hazard_held)
{
	struct obj a = { 0 };
	struct lazymb_hazptr_stats st, st2;
	struct lazymb_hazptr *h;
	pthread_t t;

	ck_assert_int_eq(lazymb_init(), 0);
	atomic_store(&held_src, &a);
	pthread_create(&t, NULL, exit_holding, NULL);
	while (atomic_load(&holder_state) != 1)
		;
	atomic_store(&held_src, NULL); /* unlink, retire: protected */
	ck_assert_int_eq(lazymb_hazptr_retire(&a, &a.head, mark_freed), 0);
	ck_assert_int_eq(lazymb_hazptr_reclaim(), 0);
	ck_assert_int_eq(atomic_load(&a.freed), 0);
	lazymb_hazptr_get_stats_in(lazymb_hazptr_domain_default(), &st);
	ck_assert_uint_eq(st.slots_held, 1);
	atomic_store(&holder_state, 2);
	pthread_join(t, NULL);
	/* Its slot was cleared and given back at exit: a barrier completes. */
	ck_assert_int_eq(lazymb_hazptr_barrier(), 0);
	ck_assert_int_eq(atomic_load(&a.freed), 1);
	lazymb_hazptr_get_stats_in(lazymb_hazptr_domain_default(), &st);
	ck_assert_uint_eq(st.slots_held, 0);
	/* The slot is reused, not a new one. */
	ck_assert_int_eq(lazymb_hazptr_make(&h), 0);
	lazymb_hazptr_get_stats_in(lazymb_hazptr_domain_default(), &st2);
	ck_assert_uint_eq(st2.slots, st.slots);
	ck_assert_int_eq(lazymb_hazptr_drop(h), 0);
}
END_TEST

static struct obj exit_obj;

static void *retire_then_exit(void *arg)
{
	(void)arg;
	ck_assert_int_eq(lazymb_hazptr_retire(&exit_obj, &exit_obj.head, mark_freed), 0);
	return NULL;
}

/* A thread exits with a retired object still protected (by the main
 * thread): the object goes to the domain, and is reclaimed later. */
START_TEST(test_hazptr_thread_exit_hands_retired_over)
{
	struct lazymb_hazptr *h;
	pthread_t t;

	ck_assert_int_eq(lazymb_init(), 0);
	atomic_store(&held_src, &exit_obj);
	ck_assert_int_eq(lazymb_hazptr_make(&h), 0);
	ck_assert_ptr_eq(lazymb_hazptr_protect(h, &held_src), &exit_obj);
	atomic_store(&held_src, NULL);
	pthread_create(&t, NULL, retire_then_exit, NULL);
	pthread_join(t, NULL);
	ck_assert_int_eq(atomic_load(&exit_obj.freed), 0);
	/* The caller protects it: the barrier says so instead of waiting. */
	ck_assert_int_eq(lazymb_hazptr_barrier(), -EDEADLK);
	ck_assert_int_eq(atomic_load(&exit_obj.freed), 0);
	lazymb_hazptr_reset(h);
	ck_assert_int_eq(lazymb_hazptr_reclaim(), 1); /* adopted from the orphans */
	ck_assert_int_eq(atomic_load(&exit_obj.freed), 1);
	ck_assert_int_eq(lazymb_hazptr_drop(h), 0);
}
END_TEST

static atomic_int churn_stop;

/* Retires continuously (scans take the library's locks) until stopped. */
static void *churn(void *arg)
{
	struct lazymb_hazptr *h;

	(void)arg;
	ck_assert_int_eq(lazymb_hazptr_make(&h), 0);
	while (!atomic_load(&churn_stop)) {
		struct obj *o = calloc(1, sizeof(*o));

		lazymb_hazptr_reset_protection(h, o);
		lazymb_hazptr_reset(h);
		lazymb_hazptr_retire(o, &o->head, free);
	}
	lazymb_hazptr_drop(h);
	return NULL;
}

START_TEST(test_hazptr_fork_child_works)
{
	struct obj a = { 0 }, b = { 0 };
	pthread_t t, c;

	if (lz_qemu())
		LZ_SKIP("qemu-user 7.2 fails an internal assertion (plugins/core.c) when a "
			"process with several threads forks");
	ck_assert_int_eq(lazymb_init(), 0);
	/* Another thread holds a hazard on a, a third scans all the time. */
	atomic_store(&holder_state, 0);
	atomic_store(&held_src, &a);
	pthread_create(&t, NULL, exit_holding, NULL);
	while (atomic_load(&holder_state) != 1)
		;
	atomic_store(&churn_stop, 0);
	pthread_create(&c, NULL, churn, NULL);
	atomic_store(&held_src, NULL);
	ck_assert_int_eq(lazymb_hazptr_retire(&a, &a.head, mark_freed), 0);
	for (int i = 0; i < 20; i++) {
		int status;
		pid_t pid = fork();

		ck_assert_int_ge(pid, 0);
		if (pid == 0) {
			struct lazymb_hazptr *h;

			/* The holder does not exist here: its slot is free, so a
			 * is reclaimed by the barrier; and everything works. */
			alarm(10);
			if (lazymb_hazptr_barrier() != 0 || atomic_load(&a.freed) != 1)
				_exit(2);
			atomic_store(&held_src, &b);
			if (lazymb_hazptr_make(&h) != 0 || lazymb_hazptr_protect(h, &held_src) != &b)
				_exit(3);
			atomic_store(&held_src, NULL);
			lazymb_hazptr_retire(&b, &b.head, mark_freed);
			if (lazymb_hazptr_reclaim() != 0 || atomic_load(&b.freed) != 0)
				_exit(4);
			lazymb_hazptr_reset(h);
			if (lazymb_hazptr_barrier() != 0 || atomic_load(&b.freed) != 1)
				_exit(5);
			_exit(lazymb_hazptr_drop(h) == 0 ? 0 : 6);
		}
		waitpid(pid, &status, 0);
		ck_assert_msg(WIFEXITED(status) && WEXITSTATUS(status) == 0, "child status %#x",
			      status);
	}
	ck_assert_int_eq(atomic_load(&a.freed), 0); /* still held in the parent */
	atomic_store(&churn_stop, 1);
	pthread_join(c, NULL);
	atomic_store(&holder_state, 2);
	pthread_join(t, NULL);
	ck_assert_int_eq(lazymb_hazptr_barrier(), 0);
	ck_assert_int_eq(atomic_load(&a.freed), 1);
}
END_TEST

/* ---- deleters, the bound, amortization -------------------------------------- */

static struct obj chain[3];
static atomic_int deleter_reclaim_rc, deleter_barrier_rc;

static void retire_next(void *p)
{
	struct obj *o = p;

	atomic_fetch_add(&o->freed, 1);
	deleter_reclaim_rc = lazymb_hazptr_reclaim();
	deleter_barrier_rc = lazymb_hazptr_barrier();
	if (o < &chain[2]) /* a deleter that retires: no deadlock */
		ck_assert_int_eq(lazymb_hazptr_retire(o + 1, &o[1].head, retire_next), 0);
}

START_TEST(test_hazptr_retire_from_deleter)
{
	ck_assert_int_eq(lazymb_init(), 0);
	ck_assert_int_eq(lazymb_hazptr_retire(&chain[0], &chain[0].head, retire_next), 0);
	/* Each barrier waits for what was retired before it: each deleter
	 * retires the next object during the barrier that runs it. */
	for (int i = 0; i < 3; i++) {
		ck_assert_int_eq(lazymb_hazptr_barrier(), 0);
		ck_assert_int_eq(atomic_load(&chain[i].freed), 1);
	}
	for (int i = 0; i < 3; i++)
		ck_assert_int_eq(atomic_load(&chain[i].freed), 1);
	ck_assert_int_eq(deleter_reclaim_rc, -EDEADLK);
	ck_assert_int_eq(deleter_barrier_rc, -EDEADLK);
}
END_TEST

/* A lone thread holding k hazards: never more than 2 H + 64 retired and
 * unreclaimed, and at least H + 64 objects per scan (per heavy fence). */
START_TEST(test_hazptr_bound_and_amortization)
{
	enum { K = 5, N = 20000 };
	struct lazymb_hazptr_domain *d = lazymb_hazptr_domain_create();
	struct lazymb_hazptr *h[K];
	struct obj *objs = calloc(N, sizeof(*objs));
	struct lazymb_hazptr_stats st;
	unsigned long long max = 0;

	ck_assert_ptr_nonnull(d);
	ck_assert_ptr_nonnull(objs);
	for (int i = 0; i < K; i++) {
		ck_assert_int_eq(lazymb_hazptr_make_in(d, &h[i]), 0);
		lazymb_hazptr_reset_protection(h[i], &objs[i]); /* pinned for good */
	}
	for (int i = 0; i < N; i++) {
		ck_assert_int_eq(lazymb_hazptr_retire_in(d, &objs[i], &objs[i].head, mark_freed), 0);
		lazymb_hazptr_get_stats_in(d, &st);
		if (st.retired - st.reclaimed > max)
			max = st.retired - st.reclaimed;
	}
	printf("bound: H = %llu, max unreclaimed %llu (bound %llu), %llu scans for %d retires\n",
	       st.slots, max, 2 * st.slots + 64, st.scans, N);
	ck_assert_uint_eq(st.slots, K);
	ck_assert_uint_le(max, 2 * st.slots + 64);
	ck_assert_uint_le(st.peak_unreclaimed, 2 * st.slots + 64);
	ck_assert_uint_le(st.scans, N / (st.slots + 64) + 2);
	for (int i = 0; i < K; i++)
		ck_assert_int_eq(atomic_load(&objs[i].freed), 0);
	/* destroy refuses while hazards are held, and changes nothing */
	ck_assert_int_eq(lazymb_hazptr_domain_destroy(d), -EBUSY);
	for (int i = 0; i < K; i++)
		ck_assert_int_eq(lazymb_hazptr_drop(h[i]), 0);
	ck_assert_int_eq(lazymb_hazptr_domain_destroy(d), 0);
	for (int i = 0; i < N; i++)
		ck_assert_int_eq(atomic_load(&objs[i].freed), 1);
	free(objs);
}
END_TEST

/* ---- the API's rules -------------------------------------------------------- */

START_TEST(test_hazptr_try_protect_and_swap)
{
	struct obj a = { 0 }, b = { 0 };
	struct lazymb_hazptr *h1, *h2, *k1, *k2;
	struct obj *p = &a;

	ck_assert_int_eq(lazymb_hazptr_make(&h1), 0);
	ck_assert_int_eq(lazymb_hazptr_make(&h2), 0);
	k1 = h1;
	k2 = h2;
	atomic_store(&held_src, &a);
	ck_assert_int_eq(lazymb_hazptr_try_protect(h1, &p, &held_src), 1);
	ck_assert_ptr_eq(p, &a);
	ck_assert_ptr_eq(atomic_load(&h1->ptr), &a);
	atomic_store(&held_src, &b);
	ck_assert_int_eq(lazymb_hazptr_try_protect(h2, &p, &held_src), 0);
	ck_assert_ptr_eq(p, &b);                     /* the new value */
	ck_assert_ptr_null(atomic_load(&h2->ptr));   /* and h2 reset */
	ck_assert_ptr_eq(lazymb_hazptr_protect(h2, &held_src), &b);
	lazymb_hazptr_swap(&h1, &h2);
	ck_assert_ptr_eq(h1, k2);
	ck_assert_ptr_eq(h2, k1);
	ck_assert_ptr_eq(atomic_load(&h1->ptr), &b);
	ck_assert_ptr_eq(atomic_load(&h2->ptr), &a);
	atomic_store(&held_src, NULL);
	ck_assert_ptr_null(lazymb_hazptr_protect(h1, &held_src));
	ck_assert_int_eq(lazymb_hazptr_drop(h1), 0);
	ck_assert_int_eq(lazymb_hazptr_drop(h2), 0);
}
END_TEST

static void *drop_other(void *h)
{
	return (void *)(long)lazymb_hazptr_drop(h);
}

START_TEST(test_hazptr_bad_arguments)
{
	struct lazymb_hazptr_domain *d;
	struct lazymb_hazptr *h, *keep;
	struct lazymb_hazptr_stats st;
	struct obj o = { 0 };
	void *rc;
	pthread_t t;

	ck_assert_int_eq(lazymb_hazptr_make_in(NULL, &h), -EINVAL);
	ck_assert_int_eq(lazymb_hazptr_make(NULL), -EINVAL);
	ck_assert_int_eq(lazymb_hazptr_drop(NULL), -EINVAL);
	ck_assert_int_eq(lazymb_hazptr_retire_in(NULL, &o, &o.head, mark_freed), -EINVAL);
	ck_assert_int_eq(lazymb_hazptr_retire(NULL, &o.head, mark_freed), -EINVAL);
	ck_assert_int_eq(lazymb_hazptr_retire(&o, NULL, mark_freed), -EINVAL);
	ck_assert_int_eq(lazymb_hazptr_retire(&o, &o.head, NULL), -EINVAL);
	ck_assert_int_eq(lazymb_hazptr_reclaim_in(NULL), -EINVAL);
	ck_assert_int_eq(lazymb_hazptr_barrier_in(NULL), -EINVAL);
	ck_assert_int_eq(lazymb_hazptr_get_stats_in(NULL, &st), -EINVAL);
	ck_assert_int_eq(lazymb_hazptr_get_stats_in(lazymb_hazptr_domain_default(), NULL), -EINVAL);
	ck_assert_int_eq(lazymb_hazptr_domain_destroy(NULL), -EINVAL);
	ck_assert_int_eq(lazymb_hazptr_domain_destroy(lazymb_hazptr_domain_default()), -EINVAL);
	/* Nothing was retired by the refused calls. */
	lazymb_hazptr_get_stats_in(lazymb_hazptr_domain_default(), &st);
	ck_assert_uint_eq(st.retired, 0);
	/* Drop twice; drop from another thread. */
	ck_assert_int_eq(lazymb_hazptr_make(&h), 0);
	ck_assert_int_eq(lazymb_hazptr_drop(h), 0);
	ck_assert_int_eq(lazymb_hazptr_drop(h), -EPERM);
	ck_assert_int_eq(lazymb_hazptr_make(&keep), 0);
	pthread_create(&t, NULL, drop_other, keep);
	pthread_join(t, &rc);
	ck_assert_int_eq((int)(long)rc, -EPERM);
	ck_assert_int_eq(lazymb_hazptr_drop(keep), 0);
	/* A hazard pointer of another domain is not this thread's there. */
	d = lazymb_hazptr_domain_create();
	ck_assert_ptr_nonnull(d);
	ck_assert_int_eq(lazymb_hazptr_make_in(d, &h), 0);
	ck_assert_int_eq(lazymb_hazptr_drop(h), 0);
	ck_assert_int_eq(lazymb_hazptr_domain_destroy(d), 0);
}
END_TEST

/* The sequence of lazymb_hazptr_domain_create(3)'s EXAMPLE. */
START_TEST(test_hazptr_domain_example)
{
	struct lazymb_hazptr_domain *d = lazymb_hazptr_domain_create();
	struct lazymb_hazptr_stats st;
	struct obj *n = calloc(1, sizeof(*n));

	ck_assert_ptr_nonnull(d);
	ck_assert_int_eq(lazymb_hazptr_retire_in(d, n, &n->head, mark_freed), 0);
	ck_assert_int_eq(lazymb_hazptr_get_stats_in(d, &st), 0);
	ck_assert_uint_eq(st.retired, 1);
	ck_assert_uint_eq(st.reclaimed, 0);
	ck_assert_int_eq(lazymb_hazptr_domain_destroy(d), 0); /* runs the deleter */
	ck_assert_int_eq(atomic_load(&n->freed), 1);
	free(n);
}
END_TEST

/* Domains are independent: a hazard in one does not hold up another. */
START_TEST(test_hazptr_domains_isolated)
{
	struct lazymb_hazptr_domain *a = lazymb_hazptr_domain_create();
	struct lazymb_hazptr_domain *b = lazymb_hazptr_domain_create();
	struct lazymb_hazptr *h;
	struct obj o = { 0 };

	ck_assert_int_eq(lazymb_hazptr_make_in(a, &h), 0);
	lazymb_hazptr_reset_protection(h, &o);
	ck_assert_int_eq(lazymb_hazptr_retire_in(b, &o, &o.head, mark_freed), 0);
	ck_assert_int_eq(lazymb_hazptr_barrier_in(b), 0);
	ck_assert_int_eq(atomic_load(&o.freed), 1);
	ck_assert_int_eq(lazymb_hazptr_drop(h), 0);
	ck_assert_int_eq(lazymb_hazptr_domain_destroy(a), 0);
	ck_assert_int_eq(lazymb_hazptr_domain_destroy(b), 0);
}
END_TEST

#endif /* !LAZYMB_HAZPTR_NOFENCE_CONTROL */

static Suite *hazptr_suite(void)
{
	Suite *s = suite_create("hazptr");
	TCase *tor = tcase_create("torture"), *env = tcase_create("env");
	TCase *api = tcase_create("api");

	tcase_set_timeout(tor, 240);
	tcase_set_timeout(env, 240);
	tcase_set_timeout(api, 60);
#ifdef LAZYMB_HAZPTR_NOFENCE_CONTROL
	tcase_add_test(tor, test_hazptr_control_no_heavy_fence);
	(void)env;
	(void)api;
#else
	tcase_add_test(tor, test_hazptr_control_no_revalidation);
	tcase_add_test(tor, test_hazptr_torture_membarrier);
	tcase_add_test(tor, test_hazptr_torture_signal);
	tcase_add_test(tor, test_hazptr_torture_mprotect);
	tcase_add_test(tor, test_hazptr_torture_global);
	tcase_add_test(tor, test_hazptr_torture_env_reexec);
	tcase_add_test(env, test_hazptr_torture_env);
	tcase_add_test(api, test_hazptr_thread_exit_with_hazard_held);
	tcase_add_test(api, test_hazptr_thread_exit_hands_retired_over);
	tcase_add_test(api, test_hazptr_fork_child_works);
	tcase_add_test(api, test_hazptr_retire_from_deleter);
	tcase_add_test(api, test_hazptr_bound_and_amortization);
	tcase_add_test(api, test_hazptr_try_protect_and_swap);
	tcase_add_test(api, test_hazptr_bad_arguments);
	tcase_add_test(api, test_hazptr_domain_example);
	tcase_add_test(api, test_hazptr_domains_isolated);
	suite_add_tcase(s, env);
	suite_add_tcase(s, api);
#endif
	suite_add_tcase(s, tor);
	return s;
}

int main(int argc, char **argv)
{
	(void)argc;
#ifndef LAZYMB_HAZPTR_NOFENCE_CONTROL
	saved_argv = argv;
#else
	(void)argv;
#endif
	return lz_run_suite(hazptr_suite());
}
