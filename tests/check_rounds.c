// SPDX-License-Identifier: LGPL-2.1-or-later
// SPDX-FileCopyrightText: 2026 The lazymb authors

/*
 * The signal rounds' own cases: LAZYMB_SIGNAL names and numbers, bad values
 * reported once, /proc from another PID namespace, and a running thread
 * that blocks the signal (a fence waits and warns, never aborts).
 * tests/hostile.sh has the hostile process.
 *
 * The signal machinery is set up once per process: each case runs in a
 * child of its own (run_child) and reports through its exit status and
 * stderr.
 */
#include <errno.h>
#include <pthread.h>
#include <sched.h>
#include <signal.h>
#include <stdatomic.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <time.h>

#include <lazymb/lazymb.h>
#include "tests/testutil.h"

/* Run @fn in a child with stderr into @err (@len): its wait status. */
static int run_child(int (*fn)(const void *), const void *arg, char *err, size_t len)
{
	int p[2], status;
	ssize_t n, got = 0;
	pid_t pid;

	ck_assert_int_eq(pipe(p), 0);
	fflush(stdout);
	pid = fork();
	ck_assert_int_ge(pid, 0);
	if (pid == 0) {
		close(p[0]);
		dup2(p[1], 2);
		_exit(fn(arg));
	}
	close(p[1]);
	while ((n = read(p[0], err + got, len - 1 - (size_t)got)) > 0)
		got += n;
	err[got] = 0;
	close(p[0]);
	ck_assert_int_eq(waitpid(pid, &status, 0), pid);
	return status;
}

static int count(const char *hay, const char *needle)
{
	int n = 0;

	for (const char *p = hay; (p = strstr(p, needle)); p++)
		n++;
	return n;
}

/* ---- LAZYMB_SIGNAL ----------------------------------------------------------- */

struct named {
	const char *value;
	int want;
};

static int take_named(const void *arg)
{
	const struct named *nm = arg;
	struct lazymb_caps c;

	setenv("LAZYMB_SIGNAL", nm->value, 1);
	setenv("LAZYMB_FENCE", "signal", 1);
	if (lazymb_init() != 0)
		return 1;
	lazymb_get_caps(&c);
	if (c.signal_number != nm->want) {
		fprintf(stderr, "LAZYMB_SIGNAL=%s gave %d, want %d\n", nm->value,
			c.signal_number, nm->want);
		return 2;
	}
	lazymb_fence_heavy();
	return 0;
}

START_TEST(test_signal_names_and_numbers)
{
	const struct named v[] = {
		{ "SIGUSR1", SIGUSR1 }, { "USR2", SIGUSR2 }, { "SIGRTMIN+3", SIGRTMIN + 3 },
		{ "SIGRTMAX-1", SIGRTMAX - 1 }, { "RTMIN", SIGRTMIN }, { "SIGRTMAX", SIGRTMAX },
		{ "40", 40 }, { "10", SIGUSR1 },
	};
	char err[4096];

	for (size_t i = 0; i < sizeof(v) / sizeof(v[0]); i++) {
		int st;

		if (lz_valgrind() && v[i].want >= SIGRTMAX - 1) {
			/* valgrind keeps the top real-time signals for itself. */
			printf("LAZYMB_SIGNAL=%s: not tried under valgrind\n", v[i].value);
			continue;
		}
		st = run_child(take_named, &v[i], err, sizeof(err));

		printf("LAZYMB_SIGNAL=%s: status %#x %s", v[i].value, st, err);
		ck_assert_msg(WIFEXITED(st) && WEXITSTATUS(st) == 0, "LAZYMB_SIGNAL=%s refused: %s",
			      v[i].value, err);
	}
}
END_TEST

static int take_bad(const void *arg)
{
	const char *const *kv = arg;
	struct lazymb_caps c;
	struct lazymb_code *code;

	setenv(kv[0], kv[1], 1);
	setenv("LAZYMB_FENCE", "signal", 1);
	if (lazymb_init() != -EINVAL)
		return 1;
	lazymb_get_caps(&c);
	if (!strstr(c.fence_reason, kv[0]))
		return 2;
	/* Asked again (init, quiescence): refused again, not reported again. */
	if (lazymb_init() != -EINVAL)
		return 3;
	if (lazymb_code_create(&code, 4096) == 0 && lazymb_code_quiesce(code, 0, 16) != -EINVAL)
		return 4;
	return 0;
}

START_TEST(test_signal_garbage_refused_once)
{
	static const char *const bad[][2] = {
		{ "LAZYMB_SIGNAL", "garbage" }, { "LAZYMB_SIGNAL", "SIGHUP" },
		{ "LAZYMB_SIGNAL", "SIGRTMIN+99" }, { "LAZYMB_SIGNAL", "RTMAX-" },
		{ "LAZYMB_SIGNAL", "9" }, { "LAZYMB_SIGNAL", "SIG40" },
		{ "LAZYMB_SIGNAL_TIMEOUT_MS", "abc" }, { "LAZYMB_SIGNAL_TIMEOUT_MS", "-5" },
	};
	char err[4096], key[64];

	for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		int st = run_child(take_bad, bad[i], err, sizeof(err));

		printf("%s=%s: status %#x, stderr: %s", bad[i][0], bad[i][1], st, err);
		ck_assert_msg(WIFEXITED(st) && WEXITSTATUS(st) == 0, "%s=%s: step %d failed",
			      bad[i][0], bad[i][1], WIFEXITED(st) ? WEXITSTATUS(st) : -1);
		snprintf(key, sizeof(key), "%s=%s:", bad[i][0], bad[i][1]);
		ck_assert_msg(count(err, key) == 1, "%s reported %d times", key, count(err, key));
	}
}
END_TEST

/* ---- PID namespaces ---------------------------------------------------------- */

/* In a new PID namespace with the parent's /proc. */
static int in_namespace(const void *arg)
{
	int set_up_before = *(const int *)arg;
	struct lazymb_caps c;
	struct lazymb_code *code;
	int r;

	if (getpid() != 1)
		return 10;
	if (lazymb_code_create(&code, 4096) != 0)
		return 11;
	if (set_up_before) {
		/* Set up before unshare: each round must notice. */
		r = lazymb_code_quiesce(code, 0, 16);
		fprintf(stderr, "quiesce after fork into the namespace: %s\n", lazymb_strerror(r));
		return r == -ESRCH ? 0 : 12;
	}
	r = lazymb_init();
	lazymb_get_caps(&c);
	fprintf(stderr, "lazymb_init: %d: %s\n", r, c.fence_reason);
	if (r == 0 || !strstr(c.fence_reason, "PID namespace"))
		return 13;
	r = lazymb_code_quiesce(code, 0, 16);
	fprintf(stderr, "quiesce: %s\n", lazymb_strerror(r));
	return r != 0 ? 0 : 14;
}

static int unshare_and_fork(const void *arg)
{
	int st;
	pid_t pid;

	if (*(const int *)arg) {
		/* Set the machinery up here first (a round that works). */
		if (lazymb_init() != 0)
			return 20;
		lazymb_fence_heavy();
	}
	if (unshare(CLONE_NEWPID) != 0) {
		fprintf(stderr, "SKIP unshare(CLONE_NEWPID): %s\n", strerror(errno));
		return 77;
	}
	pid = fork();
	if (pid == 0)
		_exit(in_namespace(arg));
	if (pid < 0 || waitpid(pid, &st, 0) != pid)
		return 21;
	return WIFEXITED(st) ? WEXITSTATUS(st) : 22;
}

static void check_namespace(int set_up_before)
{
	if (lz_qemu())
		LZ_SKIP("qemu-user: /proc and the PID namespace are the host's view");
	char err[4096];
	int st;

	setenv("LAZYMB_FENCE", "signal", 1);
	st = run_child(unshare_and_fork, &set_up_before, err, sizeof(err));
	printf("namespace (set up %s): status %#x: %s", set_up_before ? "before" : "inside", st,
	       err);
	if (WIFEXITED(st) && WEXITSTATUS(st) == 77)
		LZ_SKIP("%s", err);
	ck_assert_msg(WIFEXITED(st) && WEXITSTATUS(st) == 0, "step %d failed: %s",
		      WIFEXITED(st) ? WEXITSTATUS(st) : -1, err);
}

START_TEST(test_pid_namespace_refused_at_init)
{
	check_namespace(0);
}
END_TEST

START_TEST(test_pid_namespace_round_fails)
{
	check_namespace(1);
}
END_TEST

/* ---- a running thread that blocks the signal --------------------------------- */

static atomic_int blocker_ready, blocker_tid;

/* Blocks the signal and stays on the CPU (sched_yield keeps it runnable),
 * for 1.5 s, then unblocks it. */
static void *running_blocker(void *arg)
{
	sigset_t set;
	uint64_t end;
	struct timespec ts;

	sigemptyset(&set);
	sigaddset(&set, *(int *)arg);
	pthread_sigmask(SIG_BLOCK, &set, NULL);
	atomic_store(&blocker_tid, (int)syscall(SYS_gettid));
	atomic_store(&blocker_ready, 1);
	clock_gettime(CLOCK_MONOTONIC, &ts);
	end = (uint64_t)ts.tv_sec * 1000 + (uint64_t)ts.tv_nsec / 1000000 + 1500;
	do {
		sched_yield();
		clock_gettime(CLOCK_MONOTONIC, &ts);
	} while ((uint64_t)ts.tv_sec * 1000 + (uint64_t)ts.tv_nsec / 1000000 < end);
	pthread_sigmask(SIG_UNBLOCK, &set, NULL);
	return NULL;
}

static int fence_with_blocker(const void *arg)
{
	struct lazymb_caps c;
	pthread_t t;
	int sig;

	(void)arg;
	setenv("LAZYMB_SIGNAL_TIMEOUT_MS", "300", 1);
	setenv("LAZYMB_FENCE", "signal", 1);
	if (lazymb_init() != 0)
		return 1;
	lazymb_get_caps(&c);
	sig = c.signal_number;
	pthread_create(&t, NULL, running_blocker, &sig);
	while (!atomic_load(&blocker_ready))
		;
	lazymb_fence_heavy(); /* waits (warning once), completes after the unblock */
	fprintf(stderr, "blocker %d\n", atomic_load(&blocker_tid));
	pthread_join(t, NULL);
	lazymb_fence_heavy();
	return 0;
}

START_TEST(test_fence_waits_for_running_blocker)
{
	if (lz_qemu())
		LZ_SKIP("qemu-user: /proc shows the host's signal masks, not the guest's");
	char err[4096], tid[64];
	int st = run_child(fence_with_blocker, NULL, err, sizeof(err));
	const char *b = strstr(err, "blocker ");

	printf("status %#x: %s", st, err);
	ck_assert_msg(WIFEXITED(st) && WEXITSTATUS(st) == 0, "the fence did not complete");
	ck_assert_int_eq(count(err, "lazymb: warning:"), 1);
	ck_assert_ptr_nonnull(b);
	snprintf(tid, sizeof(tid), "thread %d ", atoi(b + 8));
	ck_assert_msg(strstr(err, tid) && strstr(err, "blocks the signal"),
		      "the warning does not name thread %s", tid);
}
END_TEST

static Suite *rounds_suite(void)
{
	Suite *s = suite_create("rounds");
	TCase *env = tcase_create("env"), *ns = tcase_create("namespace");
	TCase *blk = tcase_create("blocked");

	tcase_add_test(env, test_signal_names_and_numbers);
	tcase_add_test(env, test_signal_garbage_refused_once);
	tcase_add_test(ns, test_pid_namespace_refused_at_init);
	tcase_add_test(ns, test_pid_namespace_round_fails);
	tcase_add_test(blk, test_fence_waits_for_running_blocker);
	suite_add_tcase(s, env);
	suite_add_tcase(s, ns);
	suite_add_tcase(s, blk);
	return s;
}

int main(void)
{
	unsetenv("LAZYMB_FENCE");
	unsetenv("LAZYMB_SYNC_CORE");
	unsetenv("LAZYMB_SIGNAL");
	unsetenv("LAZYMB_SIGNAL_TIMEOUT_MS");
	return lz_run_suite(rounds_suite());
}
