// SPDX-License-Identifier: LGPL-2.1-or-later
// SPDX-FileCopyrightText: 2026 The lazymb authors

/*
 * RCU's lifecycle (issue 14): registration and thread exit during a grace
 * period, fork (during call_rcu, inside a read-side section), the worker's
 * signal mask, cancellation, two domains, and misuse that must abort
 * naming itself. Each case that could hang runs in a child bounded in time
 * (run_bounded), so a regression fails in seconds instead of hanging.
 */
#include <dirent.h>
#include <errno.h>
#include <pthread.h>
#include <signal.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <time.h>

#include <lazymb/lazymb.h>
#ifdef LAZYMB_TEST_URCU
#include <lazymb/urcu-flavor.h>
#endif
#include "tests/testutil.h"

/* Seconds a step may take before it counts as hung (valgrind is slower). */
static int bound_s(int s)
{
	return lz_valgrind() ? 10 * s : s;
}

static int tid(void)
{
	return (int)syscall(SYS_gettid);
}

/* Poll @flag (nonzero) for at most @s seconds. */
static int wait_flag(atomic_int *flag, int s)
{
	for (long i = 0; i < (long)bound_s(s) * 1000 && !atomic_load(flag); i++)
		usleep(1000);
	return atomic_load(flag);
}

/* Until a grace period of the default domain is asleep on a reader. */
static int wait_gp_asleep(unsigned long long sleeps0)
{
	struct lazymb_rcu_stats st;

	for (long i = 0; i < (long)bound_s(10) * 1000; i++) {
		lazymb_rcu_get_stats_in(lazymb_rcu_default(), &st);
		if (st.sleeps > sleeps0)
			return 1;
		usleep(1000);
	}
	return 0;
}

static unsigned long long sleeps_now(void)
{
	struct lazymb_rcu_stats st;

	lazymb_rcu_get_stats_in(lazymb_rcu_default(), &st);
	return st.sleeps;
}

/* In a forked child: die of SIGALRM after @s seconds (Check's own SIGALRM
 * handler, inherited, would kill the whole process group instead). */
static void bounded_child(int s)
{
	signal(SIGALRM, SIG_DFL);
	alarm((unsigned)bound_s(s));
}

/*
 * Run @fn in a child; fail unless it returns 0 within @s seconds (a hang
 * is killed and reported as one).
 */
static void run_bounded(int (*fn)(void), int s, const char *what)
{
	int status = 0;
	pid_t pid, w = 0;

	fflush(NULL);
	pid = fork();
	ck_assert_int_ge(pid, 0);
	if (pid == 0)
		_exit(fn());
	for (long i = 0; i < (long)bound_s(s) * 100; i++) {
		w = waitpid(pid, &status, WNOHANG);
		if (w == pid)
			break;
		usleep(10000);
	}
	if (w != pid) {
		kill(pid, SIGKILL);
		waitpid(pid, &status, 0);
		ck_abort_msg("%s: hung (killed after %d s)", what, bound_s(s));
	}
	ck_assert_msg(WIFEXITED(status) && WEXITSTATUS(status) == 0, "%s: child status %#x",
		      what, status);
}

/*
 * Run @fn in a child with stderr captured; it must die of SIGABRT at once
 * and its message must contain @needle, "misuse" and "thread".
 */
static void expect_abort(void (*fn)(void), const char *needle)
{
	char buf[2048] = "";
	int p[2], status;
	size_t n = 0;
	ssize_t k;
	pid_t pid;

	ck_assert_int_eq(pipe(p), 0);
	fflush(NULL);
	pid = fork();
	ck_assert_int_ge(pid, 0);
	if (pid == 0) {
		dup2(p[1], 2);
		close(p[0]);
		bounded_child(10); /* a hang is a failure too */
		fn();
		_exit(0);
	}
	close(p[1]);
	while (n < sizeof(buf) - 1 && (k = read(p[0], buf + n, sizeof(buf) - 1 - n)) > 0)
		n += (size_t)k;
	buf[n] = 0;
	close(p[0]);
	waitpid(pid, &status, 0);
	printf("stderr: %s", buf);
	ck_assert_msg(WIFSIGNALED(status) && WTERMSIG(status) == SIGABRT,
		      "expected SIGABRT, got status %#x; stderr: %s", status, buf);
	ck_assert_msg(strstr(buf, needle) && strstr(buf, "misuse") && strstr(buf, "thread"),
		      "the message does not name %s, the misuse and the thread: %s", needle, buf);
}

/* ---- the registry lock is not held across a grace period's wait ------------- */

static atomic_int in_section, other_done, sync_done;

static void *sync_thread(void *arg)
{
	(void)arg;
	lazymb_rcu_synchronize();
	atomic_store(&sync_done, 1);
	return NULL;
}

/* A reader that, inside its section, waits for another thread's step. */
static void *waiting_reader(void *arg)
{
	(void)arg;
	lazymb_rcu_read_lock();
	atomic_store(&in_section, 1);
	wait_flag(&other_done, 20);
	lazymb_rcu_read_unlock();
	return NULL;
}

static void *first_lock(void *arg)
{
	(void)arg;
	lazymb_rcu_read_lock(); /* registers */
	lazymb_rcu_read_unlock();
	atomic_store(&other_done, 1);
	return NULL;
}

static int reg_during_gp(void)
{
	unsigned long long s0;
	pthread_t r, u, t;

	pthread_create(&r, NULL, waiting_reader, NULL);
	if (!wait_flag(&in_section, 10))
		return 2;
	s0 = sleeps_now();
	pthread_create(&u, NULL, sync_thread, NULL);
	if (!wait_gp_asleep(s0))
		return 3;
	pthread_create(&t, NULL, first_lock, NULL);
	if (!wait_flag(&sync_done, 5))
		return 4;
	pthread_join(t, NULL);
	pthread_join(r, NULL);
	pthread_join(u, NULL);
	return 0;
}

START_TEST(test_rcu_register_during_grace_period)
{
	run_bounded(reg_during_gp, 15, "a reader waiting inside its section for another "
		    "thread's first read_lock, while a grace period waits for it");
}
END_TEST

static atomic_int exit_go;

static void *registered_then_exit(void *arg)
{
	(void)arg;
	lazymb_rcu_read_lock();
	lazymb_rcu_read_unlock();
	wait_flag(&exit_go, 20);
	return NULL; /* unregistered by its key destructor */
}

static void *reader_joins(void *arg)
{
	pthread_t *t = arg;
	struct timespec ts;

	lazymb_rcu_read_lock();
	atomic_store(&in_section, 1);
	clock_gettime(CLOCK_REALTIME, &ts);
	ts.tv_sec += bound_s(20);
	if (pthread_timedjoin_np(*t, NULL, &ts) == 0)
		atomic_store(&other_done, 1);
	lazymb_rcu_read_unlock();
	return NULL;
}

static int exit_during_gp(void)
{
	unsigned long long s0;
	pthread_t r, u, t;

	pthread_create(&t, NULL, registered_then_exit, NULL);
	pthread_create(&r, NULL, reader_joins, &t);
	if (!wait_flag(&in_section, 10))
		return 2;
	s0 = sleeps_now();
	pthread_create(&u, NULL, sync_thread, NULL);
	if (!wait_gp_asleep(s0))
		return 3;
	atomic_store(&exit_go, 1);
	if (!wait_flag(&sync_done, 5))
		return 4;
	pthread_join(r, NULL);
	pthread_join(u, NULL);
	return atomic_load(&other_done) ? 0 : 5;
}

START_TEST(test_rcu_exit_during_grace_period)
{
	run_bounded(exit_during_gp, 15, "a reader waiting inside its section for a registered "
		    "thread's exit, while a grace period waits for it");
}
END_TEST

/* ---- fork ------------------------------------------------------------------- */

static atomic_int feed_stop, in_flight;

static void free_cb(struct lazymb_rcu_head *h)
{
	atomic_fetch_sub(&in_flight, 1);
	free(h);
}

/* Queues callbacks all along, at most 1000 outstanding. */
static void *feeder(void *arg)
{
	(void)arg;
	while (!atomic_load(&feed_stop)) {
		struct lazymb_rcu_head *h;

		if (atomic_load(&in_flight) >= 1000) {
			usleep(100);
			continue;
		}
		h = malloc(sizeof(*h));
		if (!h)
			continue;
		atomic_fetch_add(&in_flight, 1);
		lazymb_rcu_call(h, free_cb);
	}
	return NULL;
}

static int forks_during_call_rcu(void)
{
	const int forks = 200;
	pthread_t f;
	int bad = 0;

	pthread_create(&f, NULL, feeder, NULL);
	for (int i = 0; i < forks && !bad; i++) {
		int status;
		pid_t pid = fork();

		if (pid < 0)
			return 2;
		if (pid == 0) {
			bounded_child(5); /* a hung barrier dies of SIGALRM */
			_exit(lazymb_rcu_barrier() == 0 ? 0 : 7);
		}
		waitpid(pid, &status, 0);
		/* Under valgrind (tests/valgrind-run.sh: --error-exitcode=3) the
		 * child's leak check finds its copy of the batch the parent's
		 * worker held, which runs in the parent only: by design. */
		if (lz_valgrind() && WIFEXITED(status) && WEXITSTATUS(status) == 3)
			continue;
		if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
			fprintf(stderr, "fork %d: child status %#x\n", i, status);
			bad = 1;
		}
	}
	atomic_store(&feed_stop, 1);
	pthread_join(f, NULL);
	if (lazymb_rcu_barrier() != 0)
		return 4;
	return bad ? 5 : 0;
}

START_TEST(test_rcu_fork_during_call_rcu)
{
	if (lz_qemu())
		LZ_SKIP("qemu-user 7.2 fails an internal assertion (plugins/core.c) when a "
			"process with several threads forks");
	run_bounded(forks_during_call_rcu, 120, "200 forks while callbacks flow, each child "
		    "calling lazymb_rcu_barrier()");
}
END_TEST

static int fork_in_section(void)
{
	unsigned long long s0;
	int status;
	pthread_t u;
	pid_t pid;

	lazymb_rcu_read_lock();
	s0 = sleeps_now();
	pthread_create(&u, NULL, sync_thread, NULL);
	if (!wait_gp_asleep(s0))
		return 2;
	pid = fork(); /* the fork handlers must not wait for that grace period */
	if (pid < 0)
		return 3;
	if (pid == 0) {
		bounded_child(5);
		lazymb_rcu_read_unlock();
		_exit(lazymb_rcu_synchronize() == 0 && lazymb_rcu_barrier() == 0 ? 0 : 4);
	}
	lazymb_rcu_read_unlock();
	pthread_join(u, NULL);
	waitpid(pid, &status, 0);
	return WIFEXITED(status) && WEXITSTATUS(status) == 0 ? 0 : 5;
}

START_TEST(test_rcu_fork_inside_section_during_gp)
{
	if (lz_qemu())
		LZ_SKIP("qemu-user 7.2 fails an internal assertion (plugins/core.c) when a "
			"process with several threads forks");
	for (int i = 0; i < 200; i++)
		run_bounded(fork_in_section, 10, "fork() inside a read-side section while "
			    "another thread synchronizes");
}
END_TEST

/* ---- the worker's signal mask ------------------------------------------------ */

static atomic_int blocked_tid, blocked_release;

static void *all_blocked(void *arg)
{
	struct lazymb_rcu_head *h = arg;
	sigset_t all;

	sigfillset(&all);
	pthread_sigmask(SIG_BLOCK, &all, NULL);
	lazymb_rcu_call(h, free_cb); /* the first callback: starts the worker */
	atomic_store(&blocked_tid, tid());
	wait_flag(&blocked_release, 20);
	return NULL;
}

static unsigned long long sigblk_of(int t, char *name, size_t len)
{
	char path[96], line[256];
	unsigned long long v = ~0ull;
	FILE *f;

	snprintf(path, sizeof(path), "/proc/self/task/%d/status", t);
	f = fopen(path, "re");
	if (!f)
		return v;
	while (fgets(line, sizeof(line), f)) {
		if (strncmp(line, "SigBlk:", 7) == 0)
			v = strtoull(line + 7, NULL, 16);
		else if (strncmp(line, "Name:", 5) == 0)
			snprintf(name, len, "%.31s", line + 6);
	}
	fclose(f);
	return v;
}

START_TEST(test_rcu_worker_signal_mask)
{
	if (lz_qemu())
		LZ_SKIP("qemu-user: /proc shows the host's signal masks, not the guest's");
	struct lazymb_rcu_head *h = malloc(sizeof(*h));
	pthread_t t;
	struct dirent *e;
	int workers = 0;
	DIR *dir;

	pthread_create(&t, NULL, all_blocked, h);
	ck_assert(wait_flag(&blocked_tid, 10));
	ck_assert_int_eq(lazymb_rcu_barrier(), 0); /* the worker has run */
	dir = opendir("/proc/self/task");
	ck_assert_ptr_nonnull(dir);
	/* Every thread but this one and the blocking one is the worker. */
	while ((e = readdir(dir))) {
		int id = atoi(e->d_name);
		char name[64] = "";
		unsigned long long m;

		if (id <= 0 || id == tid() || id == atomic_load(&blocked_tid))
			continue;
		m = sigblk_of(id, name, sizeof(name));
		printf("thread %d %s: SigBlk %016llx\n", id, strtok(name, "\n"), m);
		ck_assert_msg(m == 0, "the call_rcu worker (thread %d) blocks signals %llx", id, m);
		workers++;
	}
	closedir(dir);
	ck_assert_int_ge(workers, 1);
	atomic_store(&blocked_release, 1);
	pthread_join(t, NULL);
}
END_TEST

/* ---- cancellation ----------------------------------------------------------- */

static atomic_int cb_started, cb_release, cb_count;

static void blocking_cb(struct lazymb_rcu_head *h)
{
	(void)h;
	atomic_store(&cb_started, 1);
	wait_flag(&cb_release, 20);
}

static void count_cb(struct lazymb_rcu_head *h)
{
	(void)h;
	atomic_fetch_add(&cb_count, 1);
}

static struct lazymb_rcu_head cancel_heads[2];

static void *barrier_thread(void *arg)
{
	(void)arg;
	lazymb_rcu_call(&cancel_heads[0], blocking_cb);
	lazymb_rcu_barrier(); /* a cancellation point */
	return NULL;
}

static int cancel_in_barrier(void)
{
	struct timespec ts;
	void *ret;
	pthread_t t;

	pthread_create(&t, NULL, barrier_thread, NULL);
	if (!wait_flag(&cb_started, 10))
		return 2;
	usleep(50000); /* into the barrier's wait */
	pthread_cancel(t);
	clock_gettime(CLOCK_REALTIME, &ts);
	ts.tv_sec += bound_s(5);
	if (pthread_timedjoin_np(t, &ret, &ts) != 0)
		return 3; /* barrier is a cancellation point: the wait ends */
	if (ret != PTHREAD_CANCELED)
		return 4;
	atomic_store(&cb_release, 1);
	lazymb_rcu_call(&cancel_heads[1], count_cb);
	if (lazymb_rcu_barrier() != 0 || atomic_load(&cb_count) != 1)
		return 5;
	return lazymb_rcu_synchronize() == 0 ? 0 : 6;
}

START_TEST(test_rcu_cancel_in_barrier)
{
	run_bounded(cancel_in_barrier, 20, "lazymb_rcu_call/barrier after a thread was "
		    "cancelled inside lazymb_rcu_barrier()");
}
END_TEST

static atomic_int sync_returned;

static void *cancelled_sync(void *arg)
{
	(void)arg;
	lazymb_rcu_synchronize(); /* not a cancellation point */
	atomic_store(&sync_returned, 1);
	for (;;)
		pthread_testcancel(); /* the first one after it acts */
	return NULL;
}

static int cancel_in_synchronize(void)
{
	struct lazymb_rcu_head h;
	struct timespec ts;
	unsigned long long s0;
	void *ret;
	pthread_t t;
	int r;

	/* The signal strategy's round lists threads in /proc (open(), a
	 * cancellation point), as does the stall warning: a grace period
	 * passes cancellation points while it waits. */
	r = lazymb_set_strategy(LAZYMB_OP_FENCE, LAZYMB_STRATEGY_SIGNAL);
	if (r && r != -EBUSY)
		return 0; /* refused here: the stall warning remains */
	lazymb_rcu_read_lock();
	s0 = sleeps_now();
	pthread_create(&t, NULL, cancelled_sync, NULL);
	if (!wait_gp_asleep(s0))
		return 2;
	pthread_cancel(t); /* deferred: acts at a cancellation point */
	usleep(300000);    /* a few more rounds and a stall warning */
	lazymb_rcu_read_unlock();
	clock_gettime(CLOCK_REALTIME, &ts);
	ts.tv_sec += bound_s(5);
	if (pthread_timedjoin_np(t, &ret, &ts) != 0)
		return 3;
	if (ret != PTHREAD_CANCELED || !atomic_load(&sync_returned))
		return 4; /* cancelled inside synchronize */
	if (lazymb_rcu_synchronize() != 0)
		return 5;
	lazymb_rcu_call(&h, count_cb);
	if (lazymb_rcu_barrier() != 0 || atomic_load(&cb_count) != 1)
		return 6;
	return 0;
}

START_TEST(test_rcu_cancel_in_synchronize)
{
	run_bounded(cancel_in_synchronize, 20, "synchronize/call/barrier after a thread was "
		    "cancelled while blocked in lazymb_rcu_synchronize()");
}
END_TEST

/* ---- two domains ------------------------------------------------------------ */

START_TEST(test_rcu_ongoing_two_domains)
{
	struct lazymb_rcu *d1 = lazymb_rcu_create(), *d2 = lazymb_rcu_create();
	struct lazymb_rcu *d3 = lazymb_rcu_create();

	ck_assert_ptr_nonnull(d1);
	ck_assert_ptr_nonnull(d2);
	ck_assert_ptr_nonnull(d3);
	lazymb_rcu_read_lock_in(d1);
	lazymb_rcu_read_lock_in(d2);
	ck_assert_int_eq(lazymb_rcu_read_ongoing_in(d1), 1);
	ck_assert_int_eq(lazymb_rcu_read_ongoing_in(d2), 1);
	ck_assert_int_eq(lazymb_rcu_read_ongoing_in(d3), 0); /* never registered there */
	ck_assert_int_eq(lazymb_rcu_read_ongoing(), 0);
	ck_assert_int_eq(lazymb_rcu_synchronize_in(d1), -EDEADLK);
	lazymb_rcu_read_unlock_in(d2);
	ck_assert_int_eq(lazymb_rcu_read_ongoing_in(d2), 0);
	ck_assert_int_eq(lazymb_rcu_read_ongoing_in(d1), 1);
	lazymb_rcu_read_unlock_in(d1);
	ck_assert_int_eq(lazymb_rcu_read_ongoing_in(d1), 0);
	ck_assert_int_eq(lazymb_rcu_unregister_thread_in(d1), 0);
	ck_assert_int_eq(lazymb_rcu_unregister_thread_in(d2), 0);
	ck_assert_int_eq(lazymb_rcu_destroy(d1), 0);
	ck_assert_int_eq(lazymb_rcu_destroy(d2), 0);
	ck_assert_int_eq(lazymb_rcu_destroy(d3), 0);
}
END_TEST

/* ---- misuse aborts, naming itself ------------------------------------------- */

static void extra_unlock(void)
{
	lazymb_rcu_read_lock();
	lazymb_rcu_read_unlock();
	lazymb_rcu_read_unlock();
}

static void unlock_unregistered(void)
{
	lazymb_rcu_read_unlock();
}

static void extra_unlock_in_domain(void)
{
	struct lazymb_rcu *d = lazymb_rcu_create();

	lazymb_rcu_read_lock_in(d);
	lazymb_rcu_read_unlock_in(d);
	lazymb_rcu_read_unlock_in(d);
}

START_TEST(test_rcu_extra_unlock_aborts)
{
	expect_abort(extra_unlock, "lazymb_rcu_read_unlock");
	expect_abort(unlock_unregistered, "unlock outside");
	expect_abort(extra_unlock_in_domain, "lazymb_rcu_read_unlock");
}
END_TEST

static void nest_too_deep(void)
{
	for (int i = 0; i < 65535; i++)
		lazymb_rcu_read_lock();
	if (!lazymb_rcu_read_ongoing())
		_exit(2);
	lazymb_rcu_read_lock(); /* the 65536th */
}

static int nest_deepest(void)
{
	for (int i = 0; i < 65535; i++)
		lazymb_rcu_read_lock();
	for (int i = 0; i < 65535; i++) {
		if (!lazymb_rcu_read_ongoing())
			return 2;
		lazymb_rcu_read_unlock();
	}
	return lazymb_rcu_read_ongoing() ? 3 : 0;
}

START_TEST(test_rcu_nesting_overflow_aborts)
{
	run_bounded(nest_deepest, 10, "65535 nested sections");
	expect_abort(nest_too_deep, "65535 nested");
}
END_TEST

static void null_func(void)
{
	struct lazymb_rcu_head h;

	lazymb_rcu_call(&h, NULL);
	lazymb_rcu_barrier(); /* where it would crash without the check */
}

START_TEST(test_rcu_call_null_func_aborts)
{
	expect_abort(null_func, "NULL callback function");
}
END_TEST

#ifdef LAZYMB_TEST_URCU
static void flavor_sync_in_section(void)
{
	lazymb_urcu_flavor.read_lock();
	lazymb_urcu_flavor.update_synchronize_rcu();
}

static void noop(void *p)
{
	(void)p;
}

static void flavor_defer_in_section(void)
{
	lazymb_urcu_flavor.read_lock();
	lazymb_urcu_flavor.update_defer_rcu(noop, NULL);
}

START_TEST(test_rcu_urcu_flavor_misuse_aborts)
{
	expect_abort(flavor_sync_in_section, "synchronize_rcu");
	expect_abort(flavor_defer_in_section, "defer_rcu");
}
END_TEST
#endif

static Suite *life_suite(void)
{
	Suite *s = suite_create("rcu-life");
	TCase *hang = tcase_create("never hangs"), *loud = tcase_create("misuse is loud");

	tcase_set_timeout(hang, 240);
	tcase_set_timeout(loud, 60);
	tcase_add_test(hang, test_rcu_register_during_grace_period);
	tcase_add_test(hang, test_rcu_exit_during_grace_period);
	tcase_add_test(hang, test_rcu_fork_during_call_rcu);
	tcase_add_test(hang, test_rcu_fork_inside_section_during_gp);
	tcase_add_test(hang, test_rcu_worker_signal_mask);
	tcase_add_test(hang, test_rcu_cancel_in_barrier);
	tcase_add_test(hang, test_rcu_cancel_in_synchronize);
	tcase_add_test(loud, test_rcu_ongoing_two_domains);
	tcase_add_test(loud, test_rcu_extra_unlock_aborts);
	tcase_add_test(loud, test_rcu_nesting_overflow_aborts);
	tcase_add_test(loud, test_rcu_call_null_func_aborts);
#ifdef LAZYMB_TEST_URCU
	tcase_add_test(loud, test_rcu_urcu_flavor_misuse_aborts);
#endif
	suite_add_tcase(s, hang);
	suite_add_tcase(s, loud);
	return s;
}

int main(void)
{
	unsetenv("LAZYMB_FENCE");
	/* Short, so that a grace period held up by a test's reader passes the
	 * stall warning's /proc read and fprintf (cancellation points). */
	setenv("LAZYMB_RCU_STALL_MS", "100", 1);
	return lz_run_suite(life_suite());
}
