// SPDX-License-Identifier: LGPL-2.1-or-later
// SPDX-FileCopyrightText: 2026 The lazymb authors

/*
 * RCU: a torture (readers check that what they hold is never poisoned while
 * updaters replace and retire through synchronize and call_rcu) under each
 * heavy-fence strategy, with its negative control (the grace period left
 * out: the torture must see a poisoned object), grace-period sharing by
 * counts, and the API's rules. Each test runs in a fresh fork, so it can
 * still choose the heavy-fence strategy.
 */
#include <errno.h>
#include <pthread.h>
#include <sys/prctl.h>
#include <sys/syscall.h>
#include <sys/wait.h>

#include <lazymb/lazymb.h>
#include "tests/rcu-reader.h"
#include "tests/testutil.h"

struct obj {
	atomic_int poison;
	int val;
	struct lazymb_rcu_head head;
};

static struct obj *cur;
static atomic_int stop;
static atomic_long reads, bad;

static void *torture_reader(void *arg)
{
	(void)arg;
	while (!atomic_load_explicit(&stop, memory_order_relaxed)) {
		struct obj *p;

		lazymb_rcu_read_lock();
		p = lazymb_rcu_dereference(cur);
		if (atomic_load_explicit(&p->poison, memory_order_relaxed))
			atomic_fetch_add(&bad, 1);
		for (volatile int i = 0; i < 50; i++)
			;
		if (atomic_load_explicit(&p->poison, memory_order_relaxed))
			atomic_fetch_add(&bad, 1);
		lazymb_rcu_read_unlock();
		atomic_fetch_add_explicit(&reads, 1, memory_order_relaxed);
	}
	lazymb_rcu_unregister_thread();
	return NULL;
}

static void poison_cb(struct lazymb_rcu_head *h)
{
	struct obj *o = (struct obj *)((char *)h - offsetof(struct obj, head));

	atomic_store_explicit(&o->poison, 1, memory_order_relaxed);
}

enum retire { BY_SYNC, BY_CALL, BY_NOTHING };

/* Run the torture; returns the number of poisoned reads. Objects are never
 * freed (only poisoned), so a broken grace period is seen, not a crash. */
static long torture(enum retire how, int updates)
{
	struct obj *pool = calloc((size_t)updates + 1, sizeof(*pool));
	pthread_t t[2];

	ck_assert_ptr_nonnull(pool);
	atomic_store(&stop, 0);
	atomic_store(&bad, 0);
	atomic_store(&reads, 0);
	cur = &pool[0];
	for (int i = 0; i < 2; i++)
		pthread_create(&t[i], NULL, torture_reader, NULL);
	while (atomic_load(&reads) < 100)
		;
	for (int i = 1; i <= updates; i++) {
		struct obj *old = lazymb_rcu_xchg_pointer(&cur, &pool[i]);

		switch (how) {
		case BY_SYNC:
			ck_assert_int_eq(lazymb_rcu_synchronize(), 0);
			atomic_store_explicit(&old->poison, 1, memory_order_relaxed);
			break;
		case BY_CALL:
			lazymb_rcu_call(&old->head, poison_cb);
			break;
		case BY_NOTHING: /* the control: no grace period */
			atomic_store_explicit(&old->poison, 1, memory_order_relaxed);
			for (volatile int k = 0; k < 200; k++)
				;
			break;
		}
	}
	if (how == BY_CALL)
		ck_assert_int_eq(lazymb_rcu_barrier(), 0);
	atomic_store(&stop, 1);
	for (int i = 0; i < 2; i++)
		pthread_join(t[i], NULL);
	printf("torture: %d updates, %ld reads, %ld poisoned\n", updates, atomic_load(&reads),
	       atomic_load(&bad));
	free(pool); /* the readers are joined: nobody holds it any more */
	return atomic_load(&bad);
}

static int updates_for(enum lazymb_strategy s)
{
	int n = s == LAZYMB_STRATEGY_GLOBAL ? 200 : 3000;

	return (int)lz_scale(lz_long() ? n * 20 : n);
}

static void run_torture(enum lazymb_strategy s)
{
	struct lazymb_rcu_stats st;
	int r = lazymb_set_strategy(LAZYMB_OP_FENCE, s);

	if (r)
		LZ_SKIP("strategy %s refused here: %s", lazymb_strategy_name(s), lazymb_strerror(r));
	ck_assert_int_eq(lazymb_init(), 0);
	ck_assert_int_eq(torture(BY_SYNC, updates_for(s)), 0);
	ck_assert_int_eq(torture(BY_CALL, updates_for(s)), 0);
	lazymb_rcu_get_stats_in(lazymb_rcu_default(), &st);
	printf("%s: %llu grace periods, %llu heavy fences, %llu callbacks\n",
	       lazymb_strategy_name(s), st.grace_periods, st.heavy_fences, st.callbacks);
	ck_assert_uint_eq(st.callbacks, (unsigned long long)updates_for(s));
	ck_assert_uint_gt(st.heavy_fences, 0);
}

START_TEST(test_rcu_torture_membarrier)
{
	run_torture(LAZYMB_STRATEGY_MEMBARRIER);
}
END_TEST

START_TEST(test_rcu_torture_signal)
{
	run_torture(LAZYMB_STRATEGY_SIGNAL);
}
END_TEST

START_TEST(test_rcu_torture_mprotect)
{
	run_torture(LAZYMB_STRATEGY_MPROTECT);
}
END_TEST

START_TEST(test_rcu_torture_global)
{
	run_torture(LAZYMB_STRATEGY_GLOBAL);
}
END_TEST

START_TEST(test_rcu_torture_control_detects_missing_gp)
{
	long b = 0;

	LZ_SKIP_CONTROL_UNDER_VALGRIND();
	for (int tries = 0; tries < 5 && b == 0; tries++)
		b = torture(BY_NOTHING, 20000);
	ck_assert_msg(b > 0, "without grace periods the torture saw nothing: it cannot fail");
}
END_TEST

/* ---- sharing, and no heavy fence when nobody can read ---------------------- */

static void *sync_once(void *arg)
{
	(void)arg;
	lazymb_rcu_synchronize();
	return NULL;
}

static atomic_int hold_release;

static void *hold_reader(void *arg)
{
	atomic_int *in = arg;

	lazymb_rcu_read_lock();
	atomic_store(in, 1);
	while (!atomic_load(&hold_release))
		usleep(100);
	lazymb_rcu_read_unlock();
	lazymb_rcu_unregister_thread();
	return NULL;
}

/*
 * Deterministic sharing: a reader holds grace period 1 open; three more
 * updaters arrive while it runs. When the reader leaves, one grace period
 * (2) serves all three: 2 grace periods for 4 calls, every round.
 */
START_TEST(test_rcu_concurrent_synchronize_share)
{
	struct lazymb_rcu_stats st;
	const int rounds = 10;

	ck_assert_int_eq(lazymb_init(), 0);
	for (int r = 0; r < rounds; r++) {
		atomic_int in = 0;
		pthread_t rd, t[4];
		struct lazymb_rcu_stats s0, s1;

		atomic_store(&hold_release, 0);
		pthread_create(&rd, NULL, hold_reader, &in);
		while (!atomic_load(&in))
			;
		lazymb_rcu_get_stats_in(lazymb_rcu_default(), &s0);
		pthread_create(&t[0], NULL, sync_once, NULL);
		/* Grace period 1 is asleep waiting for the reader (counted, not
		 * timed: a loaded machine may start a thread late). */
		do {
			usleep(1000);
			lazymb_rcu_get_stats_in(lazymb_rcu_default(), &s1);
		} while (s1.sleeps == s0.sleeps);
		for (int i = 1; i < 4; i++)
			pthread_create(&t[i], NULL, sync_once, NULL);
		/* All three have read gp and sleep until grace period 1 ends:
		 * nothing wakes them before (counted, not timed: a thread
		 * counted in sync_requested may still be preempted before its
		 * read of gp, which would make it need a third grace period). */
		do {
			usleep(1000);
			lazymb_rcu_get_stats_in(lazymb_rcu_default(), &s1);
		} while (s1.gp_waits < s0.gp_waits + 3);
		ck_assert_uint_eq(s1.gp_waits, s0.gp_waits + 3);
		ck_assert_uint_eq(s1.sync_requested, s0.sync_requested + 4);
		atomic_store(&hold_release, 1);
		for (int i = 0; i < 4; i++)
			pthread_join(t[i], NULL);
		pthread_join(rd, NULL);
	}
	lazymb_rcu_get_stats_in(lazymb_rcu_default(), &st);
	printf("sharing: %llu synchronize calls, %llu grace periods, %llu heavy fences, "
	       "%llu sleeps\n", st.sync_requested, st.grace_periods, st.heavy_fences, st.sleeps);
	ck_assert_uint_eq(st.sync_requested, 4 * rounds);
	ck_assert_uint_eq(st.grace_periods, 2 * rounds);
	/* One heavy fence per grace period with a reader online, one per
	 * futex sleep: never the two per call of liburcu's membarrier flavor. */
	ck_assert_uint_le(st.heavy_fences, st.grace_periods + st.sleeps);
}
END_TEST

START_TEST(test_rcu_no_heavy_fence_alone_or_offline)
{
	struct lazymb_rcu_stats st;
	struct lz_reader rd;

	ck_assert_int_eq(lazymb_init(), 0);
	lazymb_rcu_read_lock();
	lazymb_rcu_read_unlock();
	/* Only the caller is registered: no heavy fence. */
	ck_assert_int_eq(lazymb_rcu_synchronize(), 0);
	lazymb_rcu_get_stats_in(lazymb_rcu_default(), &st);
	ck_assert_uint_eq(st.grace_periods, 1);
	ck_assert_uint_eq(st.heavy_fences, 0);
	/* Another online reader: one heavy fence per grace period. */
	lz_reader_start(&rd, -1);
	ck_assert_int_eq(lazymb_rcu_synchronize(), 0);
	lazymb_rcu_get_stats_in(lazymb_rcu_default(), &st);
	ck_assert_uint_ge(st.heavy_fences, 1);
	lz_reader_stop(&rd);
	/* It exited without unregistering: gone from the registry. */
	{
		unsigned long long before = st.heavy_fences;

		ck_assert_int_eq(lazymb_rcu_synchronize(), 0);
		lazymb_rcu_get_stats_in(lazymb_rcu_default(), &st);
		ck_assert_uint_eq(st.heavy_fences, before);
	}
}
END_TEST

static void *offline_reader(void *arg)
{
	atomic_int *state = arg;

	lazymb_rcu_read_lock();
	lazymb_rcu_read_unlock();
	ck_assert_int_eq(lazymb_rcu_thread_offline(), 0);
	atomic_store(state, 1);
	while (atomic_load(state) != 2)
		;
	ck_assert_int_eq(lazymb_rcu_thread_online(), 0);
	atomic_store(state, 3);
	while (atomic_load(state) != 4)
		;
	return NULL;
}

START_TEST(test_rcu_offline_thread_needs_no_fence)
{
	struct lazymb_rcu_stats st;
	atomic_int state = 0;
	pthread_t t;

	ck_assert_int_eq(lazymb_init(), 0);
	pthread_create(&t, NULL, offline_reader, &state);
	while (atomic_load(&state) != 1)
		;
	ck_assert_int_eq(lazymb_rcu_synchronize(), 0);
	lazymb_rcu_get_stats_in(lazymb_rcu_default(), &st);
	ck_assert_uint_eq(st.heavy_fences, 0);
	atomic_store(&state, 2);
	while (atomic_load(&state) != 3)
		;
	ck_assert_int_eq(lazymb_rcu_synchronize(), 0);
	lazymb_rcu_get_stats_in(lazymb_rcu_default(), &st);
	ck_assert_uint_eq(st.heavy_fences, 1);
	atomic_store(&state, 4);
	pthread_join(t, NULL);
}
END_TEST

/* ---- the API's rules -------------------------------------------------------- */

static void noop_cb(struct lazymb_rcu_head *h)
{
	(void)h;
}

START_TEST(test_rcu_nesting_and_edeadlk)
{
	struct lazymb_rcu_head h;

	ck_assert_int_eq(lazymb_rcu_read_ongoing(), 0);
	lazymb_rcu_read_lock();
	lazymb_rcu_read_lock();
	lazymb_rcu_read_unlock();
	ck_assert_int_eq(lazymb_rcu_read_ongoing(), 1);
	ck_assert_int_eq(lazymb_rcu_synchronize(), -EDEADLK);
	ck_assert_int_eq(lazymb_rcu_barrier(), -EDEADLK);
	ck_assert_int_eq(lazymb_rcu_thread_offline(), -EBUSY);
	ck_assert_int_eq(lazymb_rcu_unregister_thread(), -EBUSY);
	lazymb_rcu_call(&h, noop_cb); /* call_rcu inside a section is allowed */
	lazymb_rcu_read_unlock();
	ck_assert_int_eq(lazymb_rcu_read_ongoing(), 0);
	ck_assert_int_eq(lazymb_rcu_synchronize(), 0);
	ck_assert_int_eq(lazymb_rcu_barrier(), 0);
	ck_assert_int_eq(lazymb_rcu_unregister_thread(), 0);
	ck_assert_int_eq(lazymb_rcu_unregister_thread(), 0);
}
END_TEST

/*
 * The default domain's reader lives in the thread's own storage: the short
 * names and lazymb_rcu_default() reach the same one, and after unregister
 * the next read_lock registers again, so a grace period waits for it.
 */
static atomic_int resync_done;

static void *resync(void *arg)
{
	(void)arg;
	ck_assert_int_eq(lazymb_rcu_synchronize(), 0);
	atomic_store(&resync_done, 1);
	return NULL;
}

START_TEST(test_rcu_default_reader_reregisters)
{
	struct lazymb_rcu *def = lazymb_rcu_default();
	pthread_t t;

	ck_assert_int_eq(lazymb_init(), 0);
	lazymb_rcu_read_lock_in(def);
	ck_assert_int_eq(lazymb_rcu_read_ongoing(), 1);
	ck_assert_int_eq(lazymb_rcu_read_ongoing_in(def), 1);
	lazymb_rcu_read_unlock();
	ck_assert_int_eq(lazymb_rcu_read_ongoing_in(def), 0);
	ck_assert_int_eq(lazymb_rcu_unregister_thread(), 0);
	ck_assert_int_eq(lazymb_rcu_read_ongoing(), 0);
	ck_assert_int_eq(lazymb_rcu_read_ongoing_in(def), 0);
	for (int round = 0; round < 3; round++) {
		lazymb_rcu_read_lock(); /* registers again */
		atomic_store(&resync_done, 0);
		pthread_create(&t, NULL, resync, NULL);
		usleep(20000);
		ck_assert_msg(!atomic_load(&resync_done),
			      "a grace period ended inside the re-registered reader's section");
		lazymb_rcu_read_unlock();
		pthread_join(t, NULL);
		ck_assert_int_eq(atomic_load(&resync_done), 1);
		ck_assert_int_eq(lazymb_rcu_unregister_thread(), 0);
	}
}
END_TEST

struct holder {
	struct lazymb_rcu *d;
	atomic_int state;
	int ms;
	const char *name;
};

static void *hold_section(void *arg)
{
	struct holder *h = arg;

	if (h->name)
		prctl(PR_SET_NAME, h->name);
	lazymb_rcu_read_lock_in(h->d);
	atomic_store(&h->state, 1);
	if (h->ms > 0)
		usleep((useconds_t)h->ms * 1000);
	else
		while (atomic_load(&h->state) != 2)
			;
	lazymb_rcu_read_unlock_in(h->d);
	lazymb_rcu_unregister_thread_in(h->d);
	return NULL;
}

START_TEST(test_rcu_domains_are_isolated)
{
	struct lazymb_rcu *a = lazymb_rcu_create(), *b = lazymb_rcu_create();
	struct holder h = { a, 0, 0, NULL };
	struct lazymb_rcu_stats st;
	pthread_t t;

	ck_assert_ptr_nonnull(a);
	ck_assert_ptr_nonnull(b);
	pthread_create(&t, NULL, hold_section, &h);
	while (atomic_load(&h.state) != 1)
		;
	/* A reader inside a section of A does not hold up B. */
	ck_assert_int_eq(lazymb_rcu_synchronize_in(b), 0);
	ck_assert_int_eq(lazymb_rcu_destroy(a), -EBUSY);
	{
		uint64_t c = lazymb_rcu_poll_start_in(a);

		usleep(50000);
		ck_assert_int_eq(lazymb_rcu_poll_done_in(a, c), 0);
		atomic_store(&h.state, 2);
		pthread_join(t, NULL);
		for (int i = 0; i < 5000 && !lazymb_rcu_poll_done_in(a, c); i++)
			usleep(1000);
		ck_assert_int_eq(lazymb_rcu_poll_done_in(a, c), 1);
	}
	lazymb_rcu_get_stats_in(b, &st);
	ck_assert_uint_eq(st.grace_periods, 1);
	ck_assert_int_eq(lazymb_rcu_destroy(a), 0);
	ck_assert_int_eq(lazymb_rcu_destroy(b), 0);
	ck_assert_int_eq(lazymb_rcu_destroy(lazymb_rcu_default()), -EINVAL);
	ck_assert_int_eq(lazymb_rcu_destroy(NULL), -EINVAL);
}
END_TEST

static void *exit_inside(void *arg)
{
	(void)arg;
	lazymb_rcu_read_lock();
	return NULL; /* a bug, but the thread's exit must not stall the world */
}

START_TEST(test_rcu_thread_exit_inside_section)
{
	pthread_t t;

	pthread_create(&t, NULL, exit_inside, NULL);
	pthread_join(t, NULL);
	ck_assert_int_eq(lazymb_rcu_synchronize(), 0);
}
END_TEST

static atomic_int cb_count;

static void count_cb(struct lazymb_rcu_head *h)
{
	(void)h;
	atomic_fetch_add(&cb_count, 1);
}

/*
 * A synchronize that finds the domain's grace-period lock held by fork()
 * (the library's prepare handler takes it) must not sleep forever once the
 * parent's handler releases it. A prepare handler registered before the
 * library's runs after it, with the lock held: it starts the updater and
 * gives it time to find the lock taken and go to sleep.
 */
static atomic_int fork_sync_done;

static void *fork_sync(void *arg)
{
	(void)arg;
	lazymb_rcu_synchronize();
	atomic_store(&fork_sync_done, 1);
	return NULL;
}

static pthread_t fork_sync_thread;

static void prepare_start_sync(void)
{
	pthread_create(&fork_sync_thread, NULL, fork_sync, NULL);
	usleep(50000);
}

START_TEST(test_rcu_synchronize_during_fork_wakes)
{
	pid_t pid;
	int status;

	if (lz_qemu())
		LZ_SKIP("qemu-user 7.2 fails an internal assertion (plugins/core.c) when a "
			"process with several threads forks");
	/* Before the library registers its handlers (at first RCU use). */
	pthread_atfork(prepare_start_sync, NULL, NULL);
	lazymb_rcu_read_lock();
	lazymb_rcu_read_unlock();
	pid = fork();
	if (pid == 0)
		_exit(0);
	waitpid(pid, &status, 0);
	for (int i = 0; i < 5000 && !atomic_load(&fork_sync_done); i++)
		usleep(1000);
	ck_assert_msg(atomic_load(&fork_sync_done), "synchronize still asleep 5 s after fork");
	pthread_join(fork_sync_thread, NULL);
}
END_TEST

START_TEST(test_rcu_fork_child_works)
{
	struct lazymb_rcu_head h[2];
	int status;
	pid_t pid;

	if (lz_qemu())
		LZ_SKIP("qemu-user 7.2 fails an internal assertion (plugins/core.c) when a "
			"process with several threads forks");
	lazymb_rcu_read_lock();
	lazymb_rcu_read_unlock();
	lazymb_rcu_call(&h[0], count_cb); /* the parent's worker is running */
	ck_assert_int_eq(lazymb_rcu_barrier(), 0);
	pid = fork();
	if (pid == 0) {
		lazymb_rcu_read_lock();
		lazymb_rcu_read_unlock();
		if (lazymb_rcu_synchronize() != 0)
			_exit(2);
		lazymb_rcu_call(&h[1], count_cb);
		if (lazymb_rcu_barrier() != 0 || atomic_load(&cb_count) != 2)
			_exit(3);
		_exit(0);
	}
	waitpid(pid, &status, 0);
	ck_assert_msg(WIFEXITED(status) && WEXITSTATUS(status) == 0, "child status %#x", status);
}
END_TEST

START_TEST(test_rcu_stall_warning_names_thread)
{
	struct holder h = { NULL, 0, 400, "stuckreader" };
	struct lazymb_rcu_stats st;
	char buf[1024] = "";
	int p[2], saved;
	ssize_t n;
	pthread_t t;

	setenv("LAZYMB_RCU_STALL_MS", "100", 1); /* read once, at first use */
	h.d = lazymb_rcu_default();
	ck_assert_int_eq(pipe(p), 0);
	saved = dup(2);
	dup2(p[1], 2);
	pthread_create(&t, NULL, hold_section, &h);
	while (atomic_load(&h.state) != 1)
		;
	lazymb_rcu_synchronize();
	pthread_join(t, NULL);
	dup2(saved, 2);
	close(p[1]);
	n = read(p[0], buf, sizeof(buf) - 1);
	buf[n > 0 ? n : 0] = 0;
	printf("stderr: %s", buf);
	ck_assert_msg(strstr(buf, "stuckreader") && strstr(buf, "stalled"), "%s", buf);
	lazymb_rcu_get_stats_in(h.d, &st);
	ck_assert_uint_eq(st.stalls, 1);
}
END_TEST

/* NULL names the default domain wherever a domain is taken (as in
 * read_lock_in); only destroy refuses it, and a NULL stats buffer. */
START_TEST(test_rcu_bad_arguments)
{
	struct lazymb_rcu_stats st, st2;
	struct lazymb_rcu_head h;
	uint64_t c;

	ck_assert_int_eq(lazymb_rcu_register_thread_in(NULL), 0);
	ck_assert_int_eq(lazymb_rcu_read_ongoing_in(NULL), 0);
	lazymb_rcu_read_lock_in(NULL);
	ck_assert_int_eq(lazymb_rcu_read_ongoing_in(lazymb_rcu_default()), 1);
	ck_assert_int_eq(lazymb_rcu_synchronize_in(NULL), -EDEADLK);
	ck_assert_int_eq(lazymb_rcu_barrier_in(NULL), -EDEADLK);
	ck_assert_int_eq(lazymb_rcu_thread_offline_in(NULL), -EBUSY);
	lazymb_rcu_read_unlock_in(NULL);
	ck_assert_int_eq(lazymb_rcu_thread_offline_in(NULL), 0);
	ck_assert_int_eq(lazymb_rcu_thread_online_in(NULL), 0);
	ck_assert_int_eq(lazymb_rcu_synchronize_in(NULL), 0);
	lazymb_rcu_call_in(NULL, &h, count_cb);
	ck_assert_int_eq(lazymb_rcu_barrier_in(NULL), 0);
	ck_assert_int_eq(atomic_load(&cb_count), 1);
	c = lazymb_rcu_poll_start_in(NULL);
	for (int i = 0; i < 5000 && !lazymb_rcu_poll_done_in(NULL, c); i++)
		usleep(1000);
	ck_assert_int_eq(lazymb_rcu_poll_done_in(NULL, c), 1);
	ck_assert_int_eq(lazymb_rcu_get_stats_in(NULL, &st), 0);
	ck_assert_int_eq(lazymb_rcu_get_stats_in(lazymb_rcu_default(), &st2), 0);
	ck_assert_uint_eq(st.sync_requested, st2.sync_requested);
	ck_assert_uint_ge(st.callbacks, 1);
	ck_assert_int_eq(lazymb_rcu_unregister_thread_in(NULL), 0);
	ck_assert_int_eq(lazymb_rcu_get_stats_in(lazymb_rcu_default(), NULL), -EINVAL);
	ck_assert_int_eq(lazymb_rcu_destroy(NULL), -EINVAL);
}
END_TEST

static Suite *rcu_suite(void)
{
	Suite *s = suite_create("rcu");
	TCase *tor = tcase_create("torture"), *gp = tcase_create("grace periods");
	TCase *api = tcase_create("api");

	tcase_set_timeout(tor, 240);
	tcase_set_timeout(gp, 60);
	tcase_set_timeout(api, 60);
	tcase_add_test(tor, test_rcu_torture_control_detects_missing_gp);
	tcase_add_test(tor, test_rcu_torture_membarrier);
	tcase_add_test(tor, test_rcu_torture_signal);
	tcase_add_test(tor, test_rcu_torture_mprotect);
	tcase_add_test(tor, test_rcu_torture_global);
	tcase_add_test(gp, test_rcu_concurrent_synchronize_share);
	tcase_add_test(gp, test_rcu_no_heavy_fence_alone_or_offline);
	tcase_add_test(gp, test_rcu_offline_thread_needs_no_fence);
	tcase_add_test(api, test_rcu_nesting_and_edeadlk);
	tcase_add_test(api, test_rcu_default_reader_reregisters);
	tcase_add_test(api, test_rcu_domains_are_isolated);
	tcase_add_test(api, test_rcu_thread_exit_inside_section);
	tcase_add_test(api, test_rcu_fork_child_works);
	tcase_add_test(api, test_rcu_synchronize_during_fork_wakes);
	tcase_add_test(api, test_rcu_stall_warning_names_thread);
	tcase_add_test(api, test_rcu_bad_arguments);
	suite_add_tcase(s, tor);
	suite_add_tcase(s, gp);
	suite_add_tcase(s, api);
	return s;
}

int main(void)
{
	unsetenv("LAZYMB_FENCE");
	unsetenv("LAZYMB_RCU_STALL_MS");
	return lz_run_suite(rcu_suite());
}
