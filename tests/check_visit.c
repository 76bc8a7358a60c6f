// SPDX-License-Identifier: LGPL-2.1-or-later
// SPDX-FileCopyrightText: 2026 The lazymb authors

/*
 * The sched strategy (lib/visit.c): helper threads visit every CPU.
 *
 * Check runs each test in a fresh fork that never ran lazymb_init(), so
 * each test forces the strategy itself. Assertions are on counts, never
 * on times.
 */
#include <errno.h>
#include <poll.h>
#include <pthread.h>
#include <sched.h>
#include <signal.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <time.h>

#include <lazymb/lazymb.h>
#include "tests/testutil.h"
#include "tools/litmus.h"

#define FORCE_SCHED()                                                           \
	do {                                                                    \
		int r_ = lazymb_set_strategy(LAZYMB_OP_FENCE, LAZYMB_STRATEGY_SCHED); \
		if (r_ != 0)                                                    \
			LZ_SKIP("strategy sched refused here: %s", lazymb_strerror(r_)); \
		ck_assert_int_eq(lazymb_init(), 0);                             \
	} while (0)

/* ---- the litmus and its control --------------------------------------------- */

/* Even rounds with the sched heavy fence (none may reorder), odd rounds
 * with no fence at all (the control: some must, or the test proves
 * nothing), interleaved so both see the same load. */
START_TEST(test_visit_litmus_with_control)
{
	struct lazymb_caps c;
	struct lazymb_stats st;
	long ran = 0, bad, control = 0, total = 0, rounds = lz_scale(lz_long() ? 200000 : 20000);
	uint64_t end;

	FORCE_SCHED();
	lazymb_get_caps(&c);
	ck_assert_int_eq(c.fence, LAZYMB_STRATEGY_SCHED);
	printf("sched: %s\n", c.fence_reason);
	bad = lz_litmus_run(rounds, lazymb_fence_heavy, lz_litmus_no_fence,
			    40ull * 1000000000u, &ran, &control);
	printf("litmus sched: %ld pairs, %ld forbidden with the fence, %ld without\n", ran,
	       bad, control);
	ck_assert_int_ge(ran, rounds / 10);
	ck_assert_int_eq(bad, 0);
	lazymb_get_stats(&st);
	ck_assert_uint_ge(st.fallback_rounds, (unsigned long long)ran);
	if (lz_valgrind())
		return;
	/* The control had few chances while the fence ran; give it its own
	 * rounds if it has not reordered yet. */
	end = lz_litmus_now() + 40ull * 1000000000u;
	while (control == 0 && lz_litmus_now() < end) {
		control = lz_litmus_sb(20000, lz_litmus_no_fence, end - lz_litmus_now(), &ran);
		total += ran;
	}
	printf("control: %ld more rounds, %ld forbidden\n", total, control);
	ck_assert_msg(control > 0, "the control never reordered: the litmus cannot fail here");
}
END_TEST

/* ---- every CPU is visited: a spinner pinned on each one is switched out ------ */

struct spinner {
	pthread_t th;
	int cpu;
	_Atomic int tid;
	_Atomic int stop;
};

static void *spin_main(void *arg)
{
	struct spinner *s = arg;

	atomic_store(&s->tid, (int)syscall(SYS_gettid));
	while (!atomic_load_explicit(&s->stop, memory_order_relaxed))
		lazymb_fence_light();
	return NULL;
}

static long involuntary(int tid)
{
	char path[64], line[256];
	long n = -1;
	FILE *f;

	snprintf(path, sizeof(path), "/proc/self/task/%d/status", tid);
	f = fopen(path, "r");
	if (!f)
		return -1;
	while (fgets(line, sizeof(line), f))
		if (sscanf(line, "nonvoluntary_ctxt_switches: %ld", &n) == 1)
			break;
	fclose(f);
	return n;
}

/* Start a spinner pinned to each CPU of ours; run @fences heavy fences
 * from the first CPU (pinned there: the caller's own sleeps and wake-ups
 * switch out the spinner it shares a CPU with, and that spinner yields to
 * the helper whenever the caller sleeps); put in @delta[i] how often
 * spinner i (on CPU @cpus[i]) was preempted meanwhile. Returns the number
 * of spinners; spinner 0 shares the caller's CPU. */
static int spin_and_fence(long fences, long *delta, int *cpus, int max)
{
	struct spinner sp[64];
	cpu_set_t set, one;
	long before[64];
	int n = 0;

	sched_getaffinity(0, sizeof(set), &set);
	for (int c = 0; c < CPU_SETSIZE; c++)
		if (CPU_ISSET(c, &set)) {
			CPU_ZERO(&one);
			CPU_SET(c, &one);
			sched_setaffinity(0, sizeof(one), &one);
			break;
		}
	for (int c = 0; c < CPU_SETSIZE && n < max && n < 64; c++) {
		pthread_attr_t a;

		if (!CPU_ISSET(c, &set))
			continue;
		sp[n].cpu = c;
		atomic_init(&sp[n].tid, 0);
		atomic_init(&sp[n].stop, 0);
		CPU_ZERO(&one);
		CPU_SET(c, &one);
		pthread_attr_init(&a);
		pthread_attr_setaffinity_np(&a, sizeof(one), &one);
		ck_assert_int_eq(pthread_create(&sp[n].th, &a, spin_main, &sp[n]), 0);
		pthread_attr_destroy(&a);
		n++;
	}
	for (int i = 0; i < n; i++) {
		while (!atomic_load(&sp[i].tid))
			sched_yield();
		before[i] = involuntary(sp[i].tid);
	}
	for (long i = 0; i < fences; i++)
		lazymb_fence_heavy();
	sched_setaffinity(0, sizeof(set), &set);
	for (int i = 0; i < n; i++) {
		delta[i] = involuntary(sp[i].tid) - before[i];
		cpus[i] = sp[i].cpu;
		atomic_store(&sp[i].stop, 1);
		pthread_join(sp[i].th, NULL);
	}
	return n;
}

START_TEST(test_visit_preempts_thread_on_each_cpu)
{
	long delta[64], fences = lz_scale(400);
	int cpus[64], n;

	FORCE_SCHED();
	n = spin_and_fence(fences, delta, cpus, 64);
	if (n < 2)
		LZ_SKIP("one CPU: no spinner away from the caller's CPU");
	for (int i = 0; i < n; i++) {
		printf("cpu %d%s: spinner preempted %ld times in %ld fences\n", cpus[i],
		       i ? "" : " (the caller's)", delta[i], fences);
		/* Each visit of a CPU switches its spinner out (other load may
		 * share a switch-out: half is the bound). */
		if (i)
			ck_assert_int_ge(delta[i], fences / 2);
	}
}
END_TEST

/* The mechanism's negative control: with a test-only knob that skips one
 * CPU, the spinner pinned there is no longer switched out by fences. */
START_TEST(test_visit_control_skipped_cpu_not_visited)
{
	long delta[64], fences = lz_scale(400);
	int cpus[64], n;
	cpu_set_t set;
	int skip = -1;
	char v[16];

	sched_getaffinity(0, sizeof(set), &set);
	for (int c = CPU_SETSIZE - 1; c >= 0 && skip < 0; c--)
		if (CPU_ISSET(c, &set))
			skip = c;
	snprintf(v, sizeof(v), "%d", skip);
	setenv("LAZYMB_TEST_VISIT_SKIP_CPU", v, 1);
	FORCE_SCHED();
	n = spin_and_fence(fences, delta, cpus, 64);
	if (n < 2)
		LZ_SKIP("one CPU: it cannot be skipped while the caller runs there");
	for (int i = 0; i < n; i++) {
		printf("cpu %d%s: spinner preempted %ld times in %ld fences\n", cpus[i],
		       cpus[i] == skip ? " (skipped)" : i ? "" : " (the caller's)", delta[i], fences);
		if (cpus[i] == skip)
			ck_assert_int_lt(delta[i], fences / 2);
		else if (i)
			ck_assert_int_ge(delta[i], fences / 2);
	}
}
END_TEST

/* ---- no signals: no EINTR, and signal masks do not matter ---------------------- */

static void *block_all_and_spin(void *arg)
{
	sigset_t all;

	sigfillset(&all);
	pthread_sigmask(SIG_BLOCK, &all, NULL);
	while (!atomic_load_explicit((_Atomic int *)arg, memory_order_relaxed))
		;
	return NULL;
}

static void *sleeper_nanosleep(void *arg)
{
	struct timespec ts = { 1, 500000000 };

	(void)arg;
	return (void *)(intptr_t)(nanosleep(&ts, NULL) == 0 ? 0 : errno);
}

static void *sleeper_poll(void *arg)
{
	int r;

	(void)arg;
	r = poll(NULL, 0, 1500);
	return (void *)(intptr_t)(r == 0 ? 0 : r < 0 ? errno : -1);
}

START_TEST(test_visit_no_eintr_and_blocked_signals)
{
	pthread_t blk, sl[4];
	_Atomic int stop = 0;
	struct lazymb_stats st;
	uint64_t t0;
	long n = 0;
	void *rv;

	FORCE_SCHED();
	pthread_create(&blk, NULL, block_all_and_spin, (void *)&stop);
	for (int i = 0; i < 4; i++)
		pthread_create(&sl[i], NULL, i & 1 ? sleeper_poll : sleeper_nanosleep, NULL);
	usleep(20000);
	/* Fences for 1 s, while the sleepers sleep 1.5 s. */
	t0 = lz_litmus_now();
	while (lz_litmus_now() - t0 < 1000000000ull && n < lz_scale(20000)) {
		lazymb_fence_heavy();
		n++;
	}
	for (int i = 0; i < 4; i++) {
		pthread_join(sl[i], &rv);
		ck_assert_msg(rv == NULL, "sleeper %d: %s failed: %d", i,
			      i & 1 ? "poll" : "nanosleep", (int)(intptr_t)rv);
	}
	atomic_store(&stop, 1);
	pthread_join(blk, NULL);
	lazymb_get_stats(&st);
	printf("%ld fences with a thread blocking every signal and 4 sleepers: no EINTR; "
	       "%llu rounds\n", n, st.fallback_rounds);
	ck_assert_int_gt(n, 0);
}
END_TEST

/* ---- fork, subsets, combining ---------------------------------------------------- */

START_TEST(test_visit_fork_child)
{
	int status;
	pid_t pid;

	FORCE_SCHED();
	lazymb_fence_heavy();
	pid = fork();
	if (pid == 0) {
		struct lazymb_caps c;
		long ran = 0, bad;

		lazymb_get_caps(&c);
		if (c.fence != LAZYMB_STRATEGY_SCHED)
			_exit(2);
		/* The helpers were the parent's: the child starts its own. */
		lazymb_fence_heavy();
		bad = lz_litmus_sb(lz_scale(2000), lazymb_fence_heavy, 30ull * 1000000000u, &ran);
		_exit(bad == 0 && ran > 0 ? 0 : 3);
	}
	waitpid(pid, &status, 0);
	ck_assert_msg(WIFEXITED(status) && WEXITSTATUS(status) == 0, "child status %#x", status);
	lazymb_fence_heavy();
}
END_TEST

static void *pinned_worker(void *arg)
{
	_Atomic int *stop = arg;

	while (!atomic_load_explicit(stop, memory_order_relaxed))
		usleep(100);
	return NULL;
}

/* Threads pinned to one CPU of the set: the helpers still visit all of
 * them, and the litmus (whose two sides pin themselves) holds. */
START_TEST(test_visit_threads_on_a_subset)
{
	pthread_t t[4];
	pthread_attr_t a;
	cpu_set_t set, one;
	_Atomic int stop = 0;
	long ran = 0, bad;
	int first = -1;

	FORCE_SCHED();
	sched_getaffinity(0, sizeof(set), &set);
	for (int c = 0; c < CPU_SETSIZE && first < 0; c++)
		if (CPU_ISSET(c, &set))
			first = c;
	CPU_ZERO(&one);
	CPU_SET(first, &one);
	pthread_attr_init(&a);
	pthread_attr_setaffinity_np(&a, sizeof(one), &one);
	for (int i = 0; i < 4; i++)
		pthread_create(&t[i], &a, pinned_worker, (void *)&stop);
	pthread_attr_destroy(&a);
	bad = lz_litmus_sb(lz_scale(5000), lazymb_fence_heavy, 30ull * 1000000000u, &ran);
	atomic_store(&stop, 1);
	for (int i = 0; i < 4; i++)
		pthread_join(t[i], NULL);
	printf("subset: litmus %ld rounds, %ld forbidden\n", ran, bad);
	ck_assert_int_gt(ran, 0);
	ck_assert_int_eq(bad, 0);
}
END_TEST

static void *fence_loop(void *arg)
{
	for (long i = 0; i < (long)(intptr_t)arg; i++)
		lazymb_fence_heavy();
	return NULL;
}

START_TEST(test_visit_concurrent_callers_share)
{
	pthread_t t[4];
	struct lazymb_stats st;

	FORCE_SCHED();
	for (int i = 0; i < 4; i++)
		pthread_create(&t[i], NULL, fence_loop, (void *)(intptr_t)lz_scale(300));
	for (int i = 0; i < 4; i++)
		pthread_join(t[i], NULL);
	lazymb_get_stats(&st);
	printf("combining sched: %llu requested, %llu issued\n", st.heavy_requested,
	       st.heavy_issued);
	ck_assert_uint_eq(st.heavy_requested, 4 * (unsigned long long)lz_scale(300));
	ck_assert_uint_lt(st.heavy_issued, st.heavy_requested);
}
END_TEST

/* ---- the API ------------------------------------------------------------------- */

START_TEST(test_visit_api)
{
	struct lazymb_caps c;

	ck_assert_str_eq(lazymb_strategy_name(LAZYMB_STRATEGY_SCHED), "sched");
	/* Never for sync_core: refused, nothing changed. */
	ck_assert_int_eq(lazymb_set_strategy(LAZYMB_OP_SYNC_CORE, LAZYMB_STRATEGY_SCHED),
			 -EINVAL);
	FORCE_SCHED();
	lazymb_get_caps(&c);
	ck_assert_int_eq(c.fence, LAZYMB_STRATEGY_SCHED);
	ck_assert_int_ne(c.sync_core, LAZYMB_STRATEGY_SCHED);
	ck_assert_msg(strstr(c.fence_reason, "sched") != NULL, "%s", c.fence_reason);
	lazymb_fence_heavy();
	ck_assert_int_eq(lazymb_try_fence_heavy(), 0);
}
END_TEST

START_TEST(test_visit_env)
{
	struct lazymb_caps c;

	setenv("LAZYMB_FENCE", "sched", 1);
	if (lazymb_init() != 0) {
		lazymb_get_caps(&c);
		LZ_SKIP("LAZYMB_FENCE=sched refused here: %s", c.fence_reason);
	}
	lazymb_get_caps(&c);
	ck_assert_int_eq(c.fence, LAZYMB_STRATEGY_SCHED);
	lazymb_fence_heavy();
}
END_TEST

START_TEST(test_visit_env_sync_core_refused)
{
	struct lazymb_caps c;

	setenv("LAZYMB_SYNC_CORE", "sched", 1);
	ck_assert_int_eq(lazymb_init(), -EINVAL);
	lazymb_get_caps(&c);
	printf("sync_core: %s\n", c.sync_core_reason);
	ck_assert_int_eq(c.sync_core, LAZYMB_STRATEGY_NONE);
	ck_assert_msg(strstr(c.sync_core_reason, "sched cannot serve sync_core") != NULL, "%s",
		      c.sync_core_reason);
}
END_TEST

static Suite *visit_suite(void)
{
	Suite *s = suite_create("visit");
	TCase *lit = tcase_create("litmus"), *mech = tcase_create("mechanism");
	TCase *api = tcase_create("api");

	tcase_set_timeout(lit, 120);
	tcase_set_timeout(mech, 120);
	tcase_set_timeout(api, 60);
	tcase_add_test(lit, test_visit_litmus_with_control);
	tcase_add_test(lit, test_visit_threads_on_a_subset);
	tcase_add_test(mech, test_visit_preempts_thread_on_each_cpu);
	tcase_add_test(mech, test_visit_control_skipped_cpu_not_visited);
	tcase_add_test(mech, test_visit_no_eintr_and_blocked_signals);
	tcase_add_test(mech, test_visit_fork_child);
	tcase_add_test(mech, test_visit_concurrent_callers_share);
	tcase_add_test(api, test_visit_api);
	tcase_add_test(api, test_visit_env);
	tcase_add_test(api, test_visit_env_sync_core_refused);
	suite_add_tcase(s, lit);
	suite_add_tcase(s, mech);
	suite_add_tcase(s, api);
	return s;
}

int main(void)
{
	/* The strategy comes from each test, not from the caller's shell. */
	unsetenv("LAZYMB_FENCE");
	unsetenv("LAZYMB_SYNC_CORE");
	unsetenv("LAZYMB_TEST_VISIT_SKIP_CPU");
	return lz_run_suite(visit_suite());
}
