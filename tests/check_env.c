// SPDX-License-Identifier: LGPL-2.1-or-later
// SPDX-FileCopyrightText: 2026 The lazymb authors

/*
 * The environment (lazymb(7), ENVIRONMENT): each variable affects its own
 * subsystem only, and a bad value is reported once on stderr, naming the
 * variable and the accepted values.
 *
 * The variables are read once per process, by constructors and first
 * uses, so each case runs this program again with the variable set:
 * `check_env --child MODE`. The child's stdout and stderr come back
 * separately; the parent counts the messages on stderr.
 */
#include <errno.h>
#include <pthread.h>
#include <sys/prctl.h>
#include <sys/wait.h>

#include <lazymb/lazymb.h>
#include "tests/testutil.h"

#define CHILD_ARG "--child"

/* The variables this test sets; each child starts without any of them. */
static const char *const vars[] = {
	"LAZYMB_FENCE", "LAZYMB_SYNC_CORE", "LAZYMB_REGISTER", "LAZYMB_RCU_STALL_MS",
};

/* ---- the children ------------------------------------------------------------ */

static atomic_int reader_stop;

/* A registered reader that enters and leaves sections until told to stop. */
static void *busy_reader(void *arg)
{
	(void)arg;
	lazymb_rcu_register_thread();
	while (!atomic_load(&reader_stop)) {
		lazymb_rcu_read_lock();
		lazymb_rcu_read_unlock();
	}
	lazymb_rcu_unregister_thread();
	return NULL;
}

/*
 * "work": report what lazymb_init() chose, then use every operation the
 * program may use: heavy fences, grace periods with a reader, and sync_core
 * if it is available. An abort anywhere fails the test.
 */
static int child_work(void)
{
	struct lazymb_caps c;
	pthread_t t;
	int r = lazymb_init(), sa = lazymb_sync_core_available(), i;

	lazymb_get_caps(&c);
	printf("init=%d sync=%d fence=%s sync_core=%s registered=0x%x late=0x%x\n", r, sa,
	       lazymb_strategy_name(c.fence), lazymb_strategy_name(c.sync_core),
	       c.registered, c.late_registrations);
	printf("fence_reason: %s\nsync_core_reason: %s\n", c.fence_reason, c.sync_core_reason);
	fflush(stdout);
	for (i = 0; i < 100; i++)
		lazymb_fence_heavy();
	if (lazymb_try_fence_heavy() != 0)
		return 2;
	pthread_create(&t, NULL, busy_reader, NULL);
	for (i = 0; i < 20; i++)
		if (lazymb_rcu_synchronize() != 0)
			return 3;
	atomic_store(&reader_stop, 1);
	pthread_join(t, NULL);
	if (sa == 0)
		lazymb_sync_core();
	printf("worked\n");
	return 0;
}

static atomic_int held;

static void *stuck_reader(void *arg)
{
	(void)arg;
	prctl(PR_SET_NAME, "stuckreader");
	lazymb_rcu_register_thread();
	lazymb_rcu_read_lock();
	atomic_store(&held, 1);
	usleep(200 * 1000);
	lazymb_rcu_read_unlock();
	lazymb_rcu_unregister_thread();
	return NULL;
}

/* "stall": one grace period held up 200 ms by a reader. */
static int child_stall(void)
{
	struct lazymb_rcu_stats st;
	pthread_t t;

	pthread_create(&t, NULL, stuck_reader, NULL);
	while (!atomic_load(&held))
		;
	if (lazymb_rcu_synchronize() != 0)
		return 3;
	pthread_join(t, NULL);
	lazymb_rcu_get_stats_in(lazymb_rcu_default(), &st);
	printf("stalls=%llu\n", (unsigned long long)st.stalls);
	return 0;
}

/* ---- the parent's side ----------------------------------------------------------- */

struct run {
	int status;    /* exit status, 128 + signal, or -1 if not run */
	char out[8192];
	char err[8192];
};

static void slurp(int fd, char *buf, size_t len)
{
	size_t got = 0;
	ssize_t n;

	while (got < len - 1 && (n = read(fd, buf + got, len - 1 - got)) > 0)
		got += (size_t)n;
	buf[got] = 0;
	close(fd);
}

/* Run `--child @mode` with @env (NAME=VALUE, or NULL) and none of vars[]
 * otherwise. The outputs are small (well under a pipe's capacity). */
static void run_child(const char *mode, const char *env, struct run *res)
{
	char *args[] = { "check_env", CHILD_ARG, (char *)mode, NULL };
	int o[2], e[2], status;
	pid_t pid;

	res->status = -1;
	res->out[0] = res->err[0] = 0;
	ck_assert_int_eq(pipe(o), 0);
	ck_assert_int_eq(pipe(e), 0);
	fflush(stdout);
	pid = fork();
	ck_assert_int_ge(pid, 0);
	if (pid == 0) {
		dup2(o[1], 1);
		dup2(e[1], 2);
		for (size_t i = 0; i < sizeof(vars) / sizeof(vars[0]); i++)
			unsetenv(vars[i]);
		if (env)
			putenv((char *)env);
		execv("/proc/self/exe", args);
		_exit(99);
	}
	close(o[1]);
	close(e[1]);
	ck_assert_int_eq(waitpid(pid, &status, 0), pid);
	slurp(o[0], res->out, sizeof(res->out));
	slurp(e[0], res->err, sizeof(res->err));
	res->status = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
	printf("--- %s %s: exit %d\nstdout:\n%sstderr:\n%s", mode, env ? env : "(clean)",
	       res->status, res->out, res->err);
}

static int count(const char *hay, const char *needle)
{
	int n = 0;

	for (const char *p = hay; (p = strstr(p, needle)) != NULL; p += strlen(needle))
		n++;
	return n;
}

/* The line of @buf that starts with @prefix (NULL if none), up to its end. */
static const char *line_of(const char *buf, const char *prefix, char *line, size_t len)
{
	const char *p = strstr(buf, prefix);
	size_t n;

	if (!p)
		return NULL;
	n = strcspn(p, "\n");
	if (n >= len)
		n = len - 1;
	memcpy(line, p, n);
	line[n] = 0;
	return line;
}

static int field(const char *out, const char *name)
{
	const char *p = strstr(out, name);

	ck_assert_msg(p != NULL, "no %s in the child's output", name);
	return atoi(p + strlen(name));
}

#define NEED_REEXEC()                                                                  \
	do {                                                                           \
		if (lz_no_reexec())                                                    \
			LZ_SKIP("cannot re-execute this test here (qemu-user, valgrind)"); \
	} while (0)

/* The bad-value line for @var: exactly one on stderr, listing @n accepted
 * values. */
static void check_reported_once(const struct run *r, const char *var_eq,
				const char *const *accepted, int n)
{
	char prefix[128], line[512];

	snprintf(prefix, sizeof(prefix), "lazymb: %s: ", var_eq);
	ck_assert_msg(count(r->err, var_eq) == 1, "expected one message about %s", var_eq);
	ck_assert_ptr_nonnull(line_of(r->err, prefix, line, sizeof(line)));
	for (int i = 0; i < n; i++)
		ck_assert_msg(strstr(line, accepted[i]) != NULL, "'%s' does not list %s", line,
			      accepted[i]);
}

static const char *const strategies[] = { "membarrier", "signal", "mprotect", "global" };

/* The negative control: nothing set, nothing reported, everything works. */
START_TEST(test_env_clean_reports_nothing)
{
	struct run r;

	NEED_REEXEC();
	run_child("work", NULL, &r);
	ck_assert_int_eq(r.status, 0);
	ck_assert_int_eq(field(r.out, "init="), 0);
	ck_assert_msg(strstr(r.err, "lazymb:") == NULL, "unexpected: %s", r.err);
	ck_assert_ptr_nonnull(strstr(r.out, "worked"));
}
END_TEST

/* A bad LAZYMB_SYNC_CORE leaves sync_core unavailable, and nothing else:
 * heavy fences and grace periods work. */
START_TEST(test_env_bad_sync_core_only_sync_core)
{
	struct run r;

	NEED_REEXEC();
	run_child("work", "LAZYMB_SYNC_CORE=garbage", &r);
	ck_assert_msg(r.status == 0, "child exit %d", r.status);
	ck_assert_ptr_nonnull(strstr(r.out, "worked"));
	ck_assert_int_eq(field(r.out, "init="), -EINVAL);
	ck_assert_int_eq(field(r.out, "sync="), -EINVAL);
	ck_assert_ptr_null(strstr(r.out, "fence=none"));
	ck_assert_ptr_nonnull(strstr(r.out, "sync_core=none"));
	ck_assert_ptr_nonnull(strstr(r.out, "sync_core_reason: LAZYMB_SYNC_CORE=garbage"));
	check_reported_once(&r, "LAZYMB_SYNC_CORE=garbage", strategies, 4);
	ck_assert_ptr_nonnull(strstr(r.err, "not one of"));
}
END_TEST

/* A bad LAZYMB_FENCE: reported, lazymb_init() says -EINVAL, and the fence
 * chooses as if it were unset. sync_core is untouched. */
START_TEST(test_env_bad_fence_chooses_automatically)
{
	struct run clean, r;
	char want[64];
	const char *p;

	NEED_REEXEC();
	run_child("work", NULL, &clean);
	ck_assert_int_eq(clean.status, 0);
	run_child("work", "LAZYMB_FENCE=garbage", &r);
	ck_assert_msg(r.status == 0, "child exit %d", r.status);
	ck_assert_ptr_nonnull(strstr(r.out, "worked"));
	ck_assert_int_eq(field(r.out, "init="), -EINVAL);
	/* The same strategies as with nothing set. */
	p = strstr(clean.out, "fence=");
	ck_assert_ptr_nonnull(p);
	snprintf(want, sizeof(want), "%.*s", (int)strcspn(p, " "), p);
	ck_assert_msg(strstr(r.out, want) != NULL, "expected %s", want);
	ck_assert_int_eq(field(r.out, "sync="), field(clean.out, "sync="));
	ck_assert_ptr_nonnull(strstr(r.out, "fence_reason: LAZYMB_FENCE=garbage"));
	ck_assert_ptr_nonnull(strstr(r.out, "ignored"));
	check_reported_once(&r, "LAZYMB_FENCE=garbage", strategies, 4);
}
END_TEST

/* LAZYMB_REGISTER takes eager or lazy; anything else is reported and
 * registration stays eager. */
START_TEST(test_env_bad_register_is_eager)
{
	static const char *const modes[] = { "eager", "lazy" };
	struct run r;
	int reg;

	NEED_REEXEC();
	run_child("work", "LAZYMB_REGISTER=bogus", &r);
	ck_assert_msg(r.status == 0, "child exit %d", r.status);
	ck_assert_ptr_nonnull(strstr(r.out, "worked"));
	ck_assert_int_eq(field(r.out, "init="), -EINVAL);
	check_reported_once(&r, "LAZYMB_REGISTER=bogus", modes, 2);
	/* Eager: PRIVATE_EXPEDITED registered by the constructor, before the
	 * child's threads existed. */
	reg = (int)strtol(strstr(r.out, "registered=") + 11, NULL, 16);
	if (lazymb_membarrier_query() >= 0 &&
	    (lazymb_membarrier_query() & LAZYMB_MEMBARRIER_CMD_PRIVATE_EXPEDITED) && !lz_qemu()) {
		ck_assert(reg & LAZYMB_MEMBARRIER_CMD_REGISTER_PRIVATE_EXPEDITED);
		ck_assert_ptr_nonnull(strstr(r.out, "late=0x0"));
	}
}
END_TEST

/* LAZYMB_RCU_STALL_MS: -5 or abc is reported and the default kept; neither
 * touches lazymb_init() or the grace periods. */
START_TEST(test_env_bad_stall_ms_keeps_default)
{
	static const char *const vals[] = { "LAZYMB_RCU_STALL_MS=-5", "LAZYMB_RCU_STALL_MS=abc",
					    "LAZYMB_RCU_STALL_MS=99999999999999999999999" };
	static const char *const range[] = { "not an integer from 0 to", "using 10000" };
	struct run r;

	NEED_REEXEC();
	for (size_t i = 0; i < sizeof(vals) / sizeof(vals[0]); i++) {
		run_child("work", vals[i], &r);
		ck_assert_msg(r.status == 0, "child exit %d", r.status);
		ck_assert_ptr_nonnull(strstr(r.out, "worked"));
		ck_assert_int_eq(field(r.out, "init="), 0);
		check_reported_once(&r, vals[i], range, 2);
	}
}
END_TEST

/* A valid LAZYMB_RCU_STALL_MS still works: 50 ms against a reader held
 * 200 ms gives one warning; 0 turns warnings off. */
START_TEST(test_env_stall_ms_valid_values)
{
	struct run r;

	NEED_REEXEC();
	run_child("stall", "LAZYMB_RCU_STALL_MS=50", &r);
	ck_assert_int_eq(r.status, 0);
	ck_assert_int_eq(field(r.out, "stalls="), 1);
	ck_assert_int_eq(count(r.err, "stalled"), 1);
	ck_assert_ptr_nonnull(strstr(r.err, "stuckreader"));
	ck_assert_ptr_null(strstr(r.err, "LAZYMB_RCU_STALL_MS="));
	run_child("stall", "LAZYMB_RCU_STALL_MS=0", &r);
	ck_assert_int_eq(r.status, 0);
	ck_assert_int_eq(field(r.out, "stalls="), 0);
	ck_assert_ptr_null(strstr(r.err, "lazymb:"));
}
END_TEST

int main(int argc, char **argv)
{
	Suite *s;
	TCase *tc;

	if (argc == 3 && strcmp(argv[1], CHILD_ARG) == 0) {
		if (strcmp(argv[2], "work") == 0)
			return child_work();
		if (strcmp(argv[2], "stall") == 0)
			return child_stall();
		return 99;
	}
	s = suite_create("env");
	tc = tcase_create("env");
	tcase_set_timeout(tc, 120);
	tcase_add_test(tc, test_env_clean_reports_nothing);
	tcase_add_test(tc, test_env_bad_sync_core_only_sync_core);
	tcase_add_test(tc, test_env_bad_fence_chooses_automatically);
	tcase_add_test(tc, test_env_bad_register_is_eager);
	tcase_add_test(tc, test_env_bad_stall_ms_keeps_default);
	tcase_add_test(tc, test_env_stall_ms_valid_values);
	suite_add_tcase(s, tc);
	return lz_run_suite(s);
}
