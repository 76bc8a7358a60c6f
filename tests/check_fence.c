// SPDX-License-Identifier: LGPL-2.1-or-later
// SPDX-FileCopyrightText: 2026 The lazymb authors

/*
 * The asymmetric fences and sync_core, for every strategy valid here.
 *
 * Check runs each test in a fresh fork of a process that never ran
 * lazymb_init(), so a test can still choose its strategy with
 * lazymb_set_strategy(). Tests that need the environment in place before
 * the library's constructor (seccomp filters, fake CPU features, bad
 * overrides) run this program again as a child: `check_fence --child MODE`.
 *
 * Every assertion is on counts, never on times.
 */
#include <errno.h>
#include <fcntl.h>
#include <linux/audit.h>
#include <linux/filter.h>
#include <linux/seccomp.h>
#include <pthread.h>
#include <sched.h>
#include <signal.h>
#include <stddef.h>
#include <sys/mman.h>
#include <sys/prctl.h>
#include <sys/syscall.h>
#include <sys/wait.h>

#include <lazymb/lazymb.h>
#include "tests/testutil.h"
#include "tools/litmus.h"
#include "tools/rewrite.h"

static const char *self_exe;

static long litmus_rounds(enum lazymb_strategy s)
{
	long n = s == LAZYMB_STRATEGY_GLOBAL ? 300 : 20000;

	return lz_scale(lz_long() ? n * 20 : n);
}

/*
 * The litmus with the real heavy fence, for at most @rounds rounds and
 * @seconds (a fallback fence waits for every thread to run: on a machine
 * busy with the rest of the suite a round may cost a time slice). Returns
 * the forbidden outcomes, or -1 if fewer than a tenth of the rounds ran
 * (too weak to count as a test).
 */
static long litmus_bounded(long rounds, unsigned seconds, long *ran)
{
	long bad = lz_litmus_sb(rounds, lazymb_fence_heavy, seconds * 1000000000ull, ran);

	return *ran >= rounds / 10 ? bad : -1;
}

/* Force @s for the heavy fence in this (fresh) process, or skip. */
#define FORCE_FENCE(s)                                                          \
	do {                                                                    \
		int r_ = lazymb_set_strategy(LAZYMB_OP_FENCE, (s));              \
		if (r_ != 0)                                                    \
			LZ_SKIP("strategy %s refused here: %s",                 \
				lazymb_strategy_name(s), lazymb_strerror(r_));  \
		ck_assert_int_eq(lazymb_init(), 0);                             \
	} while (0)

static void check_litmus(enum lazymb_strategy s)
{
	struct lazymb_caps c;
	struct lazymb_stats st;
	long ran = 0, bad;

	ck_assert_int_eq(lazymb_get_caps(&c), 0);
	ck_assert_int_eq(c.fence, s);
	/* At most 40 s of the case's 120. */
	bad = litmus_bounded(litmus_rounds(s), 40, &ran);
	printf("litmus %s: %ld rounds, %ld forbidden\n", lazymb_strategy_name(s), ran, bad);
	ck_assert_int_ge(ran, litmus_rounds(s) / 10);
	ck_assert_int_eq(bad, 0);
	lazymb_get_stats(&st);
	ck_assert_uint_ge(st.heavy_issued, (unsigned long long)ran);
	if (s != LAZYMB_STRATEGY_MEMBARRIER)
		ck_assert_uint_ge(st.fallback_rounds, (unsigned long long)ran);
}

START_TEST(test_fence_litmus_membarrier)
{
	FORCE_FENCE(LAZYMB_STRATEGY_MEMBARRIER);
	check_litmus(LAZYMB_STRATEGY_MEMBARRIER);
}
END_TEST

START_TEST(test_fence_litmus_signal)
{
	FORCE_FENCE(LAZYMB_STRATEGY_SIGNAL);
	check_litmus(LAZYMB_STRATEGY_SIGNAL);
}
END_TEST

START_TEST(test_fence_litmus_mprotect)
{
	FORCE_FENCE(LAZYMB_STRATEGY_MPROTECT);
	check_litmus(LAZYMB_STRATEGY_MPROTECT);
}
END_TEST

START_TEST(test_fence_litmus_global)
{
	FORCE_FENCE(LAZYMB_STRATEGY_GLOBAL);
	check_litmus(LAZYMB_STRATEGY_GLOBAL);
}
END_TEST

/* The negative control: without the heavy fence the forbidden outcome is
 * seen, so the litmus above can fail. */
START_TEST(test_fence_litmus_control_sees_reordering)
{
	long ran = 0, bad = 0, total = 0;
	uint64_t end, now;

	LZ_SKIP_CONTROL_UNDER_VALGRIND();
	/* Chunks of 20000 rounds until one reorders, for at most 60 s (the
	 * case's timeout is 120 s): on a machine busy with the rest of the
	 * suite the two threads may seldom run at once. */
	end = lz_litmus_now() + 60ull * 1000000000u;
	while (bad == 0 && (now = lz_litmus_now()) < end) {
		bad = lz_litmus_sb(20000, lz_litmus_no_fence, end - now, &ran);
		total += ran;
	}
	printf("control: %ld rounds, %ld forbidden\n", total, bad);
	ck_assert_msg(bad > 0, "the control never reordered in %ld rounds: the litmus "
		      "test cannot fail here", total);
}
END_TEST

START_TEST(test_fence_light_is_compiler_barrier_only)
{
	/* The light fence is usable anywhere, before and without init. */
	lazymb_fence_light();
	ck_assert_int_eq(lazymb_init(), 0);
	lazymb_fence_light();
}
END_TEST

/* ---- the API's rules ------------------------------------------------------ */

START_TEST(test_fence_set_strategy_rules)
{
	struct lazymb_caps c;

	ck_assert_int_eq(lazymb_set_strategy((enum lazymb_op)7, LAZYMB_STRATEGY_SIGNAL), -EINVAL);
	ck_assert_int_eq(lazymb_set_strategy(LAZYMB_OP_FENCE, (enum lazymb_strategy)99), -EINVAL);
	/* Never for sync_core: refused, nothing changed. */
	ck_assert_int_eq(lazymb_set_strategy(LAZYMB_OP_SYNC_CORE, LAZYMB_STRATEGY_MPROTECT),
			 -EINVAL);
	ck_assert_int_eq(lazymb_set_strategy(LAZYMB_OP_SYNC_CORE, LAZYMB_STRATEGY_GLOBAL),
			 -EINVAL);
	ck_assert_int_eq(lazymb_set_strategy(LAZYMB_OP_SYNC_CORE, LAZYMB_STRATEGY_SIGNAL), 0);
	ck_assert_int_eq(lazymb_set_strategy(LAZYMB_OP_SYNC_CORE, LAZYMB_STRATEGY_NONE), 0);
	ck_assert_int_eq(lazymb_init(), 0);
	ck_assert_int_eq(lazymb_set_strategy(LAZYMB_OP_FENCE, LAZYMB_STRATEGY_SIGNAL), -EBUSY);
	lazymb_get_caps(&c);
	ck_assert_int_ne(c.sync_core, LAZYMB_STRATEGY_MPROTECT);
	ck_assert_int_ne(c.sync_core, LAZYMB_STRATEGY_GLOBAL);
	ck_assert(c.fence_reason[0] != 0);
}
END_TEST

START_TEST(test_fence_try_uncontended)
{
	struct lazymb_stats st;

	ck_assert_int_eq(lazymb_init(), 0);
	ck_assert_int_eq(lazymb_try_fence_heavy(), 0);
	lazymb_get_stats(&st);
	ck_assert_uint_eq(st.heavy_requested, 1);
	ck_assert_uint_eq(st.heavy_issued, 1);
}
END_TEST

/* A thread that blocks the round's signal and stays runnable (yields,
 * never sleeps) until released: a fence round must wait for it, since a
 * thread on a run queue may be running (lib/signal_round.c). A blocker
 * asleep in the kernel is served without a signal. */
struct blocker {
	int sig;
	atomic_int ready, release;
};

static void *blocker_thread(void *arg)
{
	struct blocker *b = arg;
	sigset_t set;

	sigemptyset(&set);
	sigaddset(&set, b->sig);
	pthread_sigmask(SIG_BLOCK, &set, NULL);
	atomic_store(&b->ready, 1);
	while (!atomic_load(&b->release))
		sched_yield();
	pthread_sigmask(SIG_UNBLOCK, &set, NULL);
	return NULL;
}

static void *heavy_thread(void *arg)
{
	atomic_int *done = arg;

	lazymb_fence_heavy();
	atomic_store(done, 1);
	return NULL;
}

/* A signal round held up by a thread that blocks the signal: while it is in
 * flight try_fence_heavy answers -EBUSY, and the held-up fence completes
 * once the thread unblocks. */
START_TEST(test_fence_try_returns_ebusy)
{
	struct lazymb_caps c;
	struct lazymb_stats st;
	struct blocker b = { 0, 0, 0 };
	atomic_int done = 0;
	pthread_t tb, th;
	unsigned long long rounds;

	FORCE_FENCE(LAZYMB_STRATEGY_SIGNAL);
	lazymb_get_caps(&c);
	b.sig = c.signal_number;
	ck_assert_int_gt(b.sig, 0);
	pthread_create(&tb, NULL, blocker_thread, &b);
	while (!atomic_load(&b.ready))
		;
	lazymb_get_stats(&st);
	rounds = st.fallback_rounds;
	pthread_create(&th, NULL, heavy_thread, &done);
	/* Wait until the round is under way (it counts itself at its start). */
	do {
		usleep(1000);
		lazymb_get_stats(&st);
	} while (st.fallback_rounds == rounds);
	ck_assert_int_eq(lazymb_try_fence_heavy(), -EBUSY);
	ck_assert_int_eq(atomic_load(&done), 0);
	atomic_store(&b.release, 1);
	pthread_join(th, NULL);
	pthread_join(tb, NULL);
	ck_assert_int_eq(atomic_load(&done), 1);
	ck_assert_int_eq(lazymb_try_fence_heavy(), 0);
}
END_TEST

/* ---- the signal strategy under stress ------------------------------------- */

static void *reader_thread(void *arg)
{
	int *fd = arg;
	char c;
	ssize_t n = read(fd[0], &c, 1);

	return (void *)(intptr_t)(n == 1 ? 0 : errno);
}

START_TEST(test_fence_signal_no_eintr_in_read)
{
	int fd[2];
	pthread_t t[3];
	void *rv;

	FORCE_FENCE(LAZYMB_STRATEGY_SIGNAL);
	ck_assert_int_eq(pipe(fd), 0);
	for (int i = 0; i < 3; i++)
		pthread_create(&t[i], NULL, reader_thread, fd);
	usleep(20000);
	for (int i = 0; i < 200; i++)
		lazymb_fence_heavy();
	ck_assert_int_eq(write(fd[1], "abc", 3), 3);
	for (int i = 0; i < 3; i++) {
		pthread_join(t[i], &rv);
		ck_assert_msg(rv == NULL, "read(2) failed with errno %d", (int)(intptr_t)rv);
	}
}
END_TEST

static atomic_int churn_stop;

static void *nothing(void *arg)
{
	return arg;
}

static void *churn_thread(void *arg)
{
	long *n = arg;

	while (!atomic_load(&churn_stop)) {
		pthread_t t;

		if (pthread_create(&t, NULL, nothing, NULL) == 0) {
			pthread_join(t, NULL);
			(*n)++;
		}
	}
	return NULL;
}

START_TEST(test_fence_signal_thread_churn)
{
	pthread_t t[2];
	long made[2] = { 0, 0 };
	long ran = 0, bad;
	struct lazymb_stats st;

	if (lz_valgrind())
		LZ_SKIP("under valgrind's one-thread-at-a-time scheduler, thread churn and "
			"signal rounds take minutes; this runs natively, under ASan and qemu");
	FORCE_FENCE(LAZYMB_STRATEGY_SIGNAL);
	for (int i = 0; i < 2; i++)
		pthread_create(&t[i], NULL, churn_thread, &made[i]);
	for (long i = 0; i < lz_scale(200); i++)
		lazymb_fence_heavy();
	/* The guarantee still holds while threads come and go. */
	bad = litmus_bounded(lz_scale(5000), 30, &ran);
	atomic_store(&churn_stop, 1);
	for (int i = 0; i < 2; i++)
		pthread_join(t[i], NULL);
	lazymb_get_stats(&st);
	printf("churn: %ld + %ld threads created, %llu rounds, litmus %ld rounds\n",
	       made[0], made[1], st.fallback_rounds, ran);
	ck_assert_int_gt(made[0] + made[1], 0);
	ck_assert_int_eq(bad, 0);
}
END_TEST

static atomic_int spin_stop;

static void *spinner(void *arg)
{
	(void)arg;
	while (!atomic_load_explicit(&spin_stop, memory_order_relaxed))
		lazymb_fence_light();
	return NULL;
}

static void *fence_loop(void *arg)
{
	for (long i = 0; i < (long)(intptr_t)arg; i++)
		lazymb_fence_heavy();
	return NULL;
}

static void check_combining(enum lazymb_strategy s)
{
	pthread_t sp, t[4];
	struct lazymb_stats st;

	FORCE_FENCE(s);
	pthread_create(&sp, NULL, spinner, NULL);
	for (int i = 0; i < 4; i++)
		pthread_create(&t[i], NULL, fence_loop, (void *)(intptr_t)lz_scale(300));
	for (int i = 0; i < 4; i++)
		pthread_join(t[i], NULL);
	atomic_store(&spin_stop, 1);
	pthread_join(sp, NULL);
	lazymb_get_stats(&st);
	printf("combining %s: %llu requested, %llu issued\n", lazymb_strategy_name(s),
	       st.heavy_requested, st.heavy_issued);
	ck_assert_uint_eq(st.heavy_requested, 4 * (unsigned long long)lz_scale(300));
	ck_assert_uint_lt(st.heavy_issued, st.heavy_requested);
}

START_TEST(test_fence_signal_concurrent_callers_share)
{
	check_combining(LAZYMB_STRATEGY_SIGNAL);
}
END_TEST

START_TEST(test_fence_signal_number_configurable)
{
	struct lazymb_caps c;
	int want = SIGRTMIN + 3;
	char v[16];

	snprintf(v, sizeof(v), "%d", want);
	setenv("LAZYMB_SIGNAL", v, 1);
	FORCE_FENCE(LAZYMB_STRATEGY_SIGNAL);
	lazymb_get_caps(&c);
	ck_assert_int_eq(c.signal_number, want);
	lazymb_fence_heavy();
}
END_TEST

/* ---- fork ------------------------------------------------------------------ */

START_TEST(test_fence_fork_child_keeps_working)
{
	struct lazymb_caps parent;
	int status;
	pid_t pid;

	ck_assert_int_eq(lazymb_init(), 0);
	lazymb_get_caps(&parent);
	lazymb_fence_heavy();
	pid = fork();
	if (pid == 0) {
		struct lazymb_caps c;
		long ran = 0;

		lazymb_get_caps(&c);
		if (c.fence != parent.fence || c.registered != parent.registered)
			_exit(2);
		lazymb_fence_heavy();
		if (lazymb_sync_core_available() == 0)
			lazymb_sync_core();
		_exit(litmus_bounded(lz_scale(2000), 30, &ran) == 0 ? 0 : 3);
	}
	waitpid(pid, &status, 0);
	ck_assert_msg(WIFEXITED(status) && WEXITSTATUS(status) == 0, "child status %#x", status);
}
END_TEST

/* ---- sync_core --------------------------------------------------------------- */

/*
 * A function that returns an immediate, rewritten in place. The immediate
 * is one aligned 4-byte store (x86-64) or one whole instruction word
 * (powerpc64, aarch64), so a concurrent fetch sees the old or the new one.
 */

static void check_sync_core(enum lazymb_strategy s)
{
#if HAVE_CODE
	struct lazymb_stats st;
	struct xmod x = { 0 };
	pthread_t t[2];
	long pg = sysconf(_SC_PAGESIZE);
	/* A signal round waits for each executor to be scheduled: fewer. */
	unsigned v, rounds = (unsigned)lz_scale((s == LAZYMB_STRATEGY_SIGNAL ? 200 : 2000) *
						 (lz_long() ? 10 : 1)) + 1;
	int r = lazymb_set_strategy(LAZYMB_OP_SYNC_CORE, s);

	if (r)
		LZ_SKIP("sync_core by %s refused here: %s", lazymb_strategy_name(s),
			lazymb_strerror(r));
	ck_assert_int_eq(lazymb_sync_core_available(), 0);
	x.code = mmap(NULL, (size_t)pg, PROT_READ | PROT_WRITE | PROT_EXEC,
		      MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	if (x.code == MAP_FAILED)
		LZ_SKIP("no writable and executable mapping here: %s", strerror(errno));
	code_write(x.code, 1, 1);
	__builtin___clear_cache((char *)x.code, (char *)x.code + 16);
	lazymb_sync_core();
	atomic_store(&x.flag, 1);
	for (int i = 0; i < 2; i++)
		pthread_create(&t[i], NULL, executor, &x);
	for (v = 2; v <= rounds; v++) {
		long c0 = atomic_load_explicit(&x.calls, memory_order_relaxed);

		/* Each version is called before the next rewrite: a run in
		 * which the executors never ran proves nothing (on a busy
		 * machine they may not get a CPU for a while). */
		while (atomic_load_explicit(&x.calls, memory_order_relaxed) < c0 + 2)
			sched_yield();
		code_write(x.code, v, 0);
		__builtin___clear_cache((char *)x.code, (char *)x.code + 16);
		lazymb_sync_core();
		/* Release: pairs with the executors' acquire of flag. */
		atomic_store_explicit(&x.flag, v, memory_order_release);
	}
	atomic_store(&x.stop, 1);
	for (int i = 0; i < 2; i++)
		pthread_join(t[i], NULL);
	lazymb_get_stats(&st);
	printf("sync_core %s: %u rewrites, %ld calls, %ld stale\n", lazymb_strategy_name(s),
	       rounds - 1, atomic_load(&x.calls), atomic_load(&x.stale));
	ck_assert_int_eq(atomic_load(&x.stale), 0);
	ck_assert_int_ge(atomic_load(&x.calls), 2 * (long)(rounds - 1));
	ck_assert_uint_ge(st.sync_core_issued, 1);
	munmap(x.code, (size_t)pg);
#else
	(void)s;
	LZ_SKIP("no code generator for this arch in the test");
#endif
}

START_TEST(test_sync_core_rewrite_membarrier)
{
	check_sync_core(LAZYMB_STRATEGY_MEMBARRIER);
}
END_TEST

START_TEST(test_sync_core_rewrite_signal)
{
	check_sync_core(LAZYMB_STRATEGY_SIGNAL);
}
END_TEST

/* ---- fence_heavy_cpu ------------------------------------------------------ */

START_TEST(test_fence_heavy_cpu)
{
	int r;

	ck_assert_int_eq(lazymb_fence_heavy_cpu(-1), -EINVAL);
	if (getenv("LAZYMB_TEST_QEMU"))
		LZ_SKIP("qemu-user drops membarrier's cpu_id argument");
	r = lazymb_fence_heavy_cpu(0);
	if (r == -ENOSYS)
		LZ_SKIP("PRIVATE_EXPEDITED_RSEQ not available here");
	ck_assert_int_eq(r, 0);
	ck_assert_int_eq(lazymb_fence_heavy_cpu(1 << 20), -EINVAL);
}
END_TEST

/* ---- children: environment and seccomp before the constructor -------------- */

/* Run this program as `--child MODE` with @env set (NAME=VALUE or NULL) and,
 * if @filter_errno, a seccomp filter making membarrier commands matching
 * @filter_cmd (-1: all) fail with that errno. Returns the exit status, or -1
 * if the filter could not be installed; the child's output goes to @out. */
static int run_child(const char *mode, const char *env, int filter_errno, long filter_cmd,
		     char *out, size_t outlen)
{
	int p[2], status;
	pid_t pid;
	ssize_t n, got = 0;

	if (lz_no_reexec())
		return -3; /* see testutil.h */
	if (pipe(p))
		return -2;
	pid = fork();
	if (pid == 0) {
		dup2(p[1], 1);
		dup2(p[1], 2);
		if (env)
			putenv((char *)env);
		if (filter_errno) {
#if defined(__x86_64__)
			const unsigned arch = AUDIT_ARCH_X86_64;
#elif defined(__aarch64__)
			const unsigned arch = AUDIT_ARCH_AARCH64;
#elif defined(__powerpc64__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
			const unsigned arch = AUDIT_ARCH_PPC64LE;
#elif defined(__powerpc64__)
			const unsigned arch = AUDIT_ARCH_PPC64;
#else
			const unsigned arch = 0;
#endif
			struct sock_filter f[] = {
				BPF_STMT(BPF_LD | BPF_W | BPF_ABS, offsetof(struct seccomp_data, arch)),
				BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, arch, 1, 0),
				BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ALLOW),
				BPF_STMT(BPF_LD | BPF_W | BPF_ABS, offsetof(struct seccomp_data, nr)),
				BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, SYS_membarrier, 1, 0),
				BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ALLOW),
				BPF_STMT(BPF_LD | BPF_W | BPF_ABS, offsetof(struct seccomp_data, args[0])),
				BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, (unsigned)filter_cmd, 1, 0),
				BPF_STMT(BPF_RET | BPF_K, filter_cmd < 0 ?
					 SECCOMP_RET_ERRNO | (unsigned)filter_errno : SECCOMP_RET_ALLOW),
				BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ERRNO | (unsigned)filter_errno),
			};
			struct sock_fprog prog = { sizeof(f) / sizeof(f[0]), f };

			if (!arch || prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) ||
			    prctl(PR_SET_SECCOMP, SECCOMP_MODE_FILTER, &prog))
				_exit(100);
		}
		execl(self_exe, self_exe, "--child", mode, (char *)NULL);
		_exit(101);
	}
	close(p[1]);
	while ((n = read(p[0], out + got, outlen - 1 - (size_t)got)) > 0)
		got += n;
	out[got] = 0;
	close(p[0]);
	waitpid(pid, &status, 0);
	if (WIFEXITED(status) && WEXITSTATUS(status) == 100)
		return -1;
	return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}

/* The children's side. */
static int child_main(const char *mode)
{
	struct lazymb_caps c;
	long ran = 0, bad;
	int r = lazymb_init();

	lazymb_get_caps(&c);
	printf("init=%d fence=%s (%s) sync_core=%s (%s)\n", r, lazymb_strategy_name(c.fence),
	       c.fence_reason, lazymb_strategy_name(c.sync_core), c.sync_core_reason);
	if (strcmp(mode, "litmus") == 0) {
		if (r)
			return 2;
		bad = litmus_bounded(5000, 30, &ran);
		if (c.sync_core != LAZYMB_STRATEGY_NONE)
			lazymb_sync_core();
		printf("litmus: %ld rounds, %ld forbidden\n", ran, bad);
		return bad == 0 ? 0 : 3;
	}
	if (strcmp(mode, "init") == 0)
		return r == 0 ? 0 : -r;
	return 99;
}

static void check_fault(int err, long cmd, const char *expect_fence)
{
	char out[4096];
	int r = run_child("litmus", NULL, err, cmd, out, sizeof(out));

	if (r == -3)
		LZ_SKIP("cannot re-execute this test here (qemu-user without binfmt_misc, valgrind)");
	if (r == -1)
		LZ_SKIP("seccomp filters cannot be installed here");
	printf("%s", out);
	ck_assert_msg(r == 0, "child exit %d: %s", r, out);
	ck_assert_msg(strstr(out, expect_fence) != NULL, "expected %s: %s", expect_fence, out);
}

START_TEST(test_fence_seccomp_enosys_falls_back)
{
	check_fault(ENOSYS, -1, "fence=signal (signal");
}
END_TEST

START_TEST(test_fence_seccomp_eperm_falls_back)
{
	check_fault(EPERM, -1, "fence=signal (signal");
}
END_TEST

START_TEST(test_fence_register_fails_query_works)
{
	/* Only REGISTER_PRIVATE_EXPEDITED is refused: QUERY still answers. */
	check_fault(EPERM, LAZYMB_MEMBARRIER_CMD_REGISTER_PRIVATE_EXPEDITED,
		    "fence=signal (signal");
}
END_TEST

START_TEST(test_fence_command_fails_after_register)
{
	/* A filter that lets REGISTER through but refuses the command: the
	 * trial call at init catches it. */
	check_fault(EPERM, LAZYMB_MEMBARRIER_CMD_PRIVATE_EXPEDITED, "fence=signal (signal");
}
END_TEST

START_TEST(test_fence_mprotect_refused_with_invlpgb)
{
	char out[4096], env[64];
	int r;

	snprintf(env, sizeof(env), "LAZYMB_TEST_CPU_FEATURES=%x", LAZYMB_CPU_INVLPGB);
	/* Putenv needs both variables: run with the fake features and a
	 * forced mprotect strategy through a combined child environment. */
	if (lz_no_reexec())
		LZ_SKIP("cannot re-execute this test here (qemu-user without binfmt_misc, valgrind)");
	setenv("LAZYMB_FENCE", "mprotect", 1);
	r = run_child("init", env, 0, 0, out, sizeof(out));
	unsetenv("LAZYMB_FENCE");
	printf("%s", out);
	ck_assert_int_eq(r, EINVAL);
	ck_assert_msg(strstr(out, "refused") != NULL, "%s", out);
#if defined(__x86_64__)
	ck_assert_msg(strstr(out, "INVLPGB") != NULL, "%s", out);
#endif
}
END_TEST

START_TEST(test_fence_bad_override_refused)
{
	char out[4096];

	if (lz_no_reexec())
		LZ_SKIP("cannot re-execute this test here (qemu-user without binfmt_misc, valgrind)");
	ck_assert_int_eq(run_child("init", "LAZYMB_FENCE=bogus", 0, 0, out, sizeof(out)), EINVAL);
	ck_assert_int_eq(run_child("init", "LAZYMB_SYNC_CORE=mprotect", 0, 0, out, sizeof(out)),
			 EINVAL);
	ck_assert_msg(strstr(out, "sync_core=none (forced mprotect refused") != NULL, "%s", out);
	/* SIGHUP is not a signal lazymb may take. */
	setenv("LAZYMB_FENCE", "signal", 1);
	ck_assert_int_eq(run_child("init", "LAZYMB_SIGNAL=1", 0, 0, out, sizeof(out)), EINVAL);
	ck_assert_msg(strstr(out, "LAZYMB_SIGNAL=1") != NULL, "%s", out);
}
END_TEST

/* Where TLB invalidation is a hardware broadcast the mprotect strategy is
 * refused, with a reason, and nothing changes. */
START_TEST(test_fence_mprotect_refused_off_x86)
{
#if defined(__x86_64__)
	LZ_SKIP("x86-64: TLB shootdowns may be IPIs here (refusals tested with fake INVLPGB)");
#else
	struct lazymb_caps c;

	ck_assert_int_eq(lazymb_set_strategy(LAZYMB_OP_FENCE, LAZYMB_STRATEGY_MPROTECT), -EINVAL);
	ck_assert_int_eq(lazymb_init(), 0);
	lazymb_get_caps(&c);
	ck_assert_int_ne(c.fence, LAZYMB_STRATEGY_MPROTECT);
#endif
}
END_TEST

static Suite *fence_suite(void)
{
	Suite *s = suite_create("fence");
	TCase *lit = tcase_create("litmus"), *api = tcase_create("api");
	TCase *sig = tcase_create("signal"), *sync = tcase_create("sync_core");
	TCase *fault = tcase_create("faults");

	tcase_set_timeout(lit, 120);
	tcase_set_timeout(sig, 120);
	tcase_set_timeout(sync, 120);
	tcase_set_timeout(fault, 120);
	tcase_set_timeout(api, 60);
	tcase_add_test(lit, test_fence_litmus_control_sees_reordering);
	tcase_add_test(lit, test_fence_litmus_membarrier);
	tcase_add_test(lit, test_fence_litmus_signal);
	tcase_add_test(lit, test_fence_litmus_mprotect);
	tcase_add_test(lit, test_fence_litmus_global);
	tcase_add_test(api, test_fence_light_is_compiler_barrier_only);
	tcase_add_test(api, test_fence_set_strategy_rules);
	tcase_add_test(api, test_fence_try_uncontended);
	tcase_add_test(api, test_fence_try_returns_ebusy);
	tcase_add_test(api, test_fence_fork_child_keeps_working);
	tcase_add_test(api, test_fence_heavy_cpu);
	tcase_add_test(sig, test_fence_signal_no_eintr_in_read);
	tcase_add_test(sig, test_fence_signal_thread_churn);
	tcase_add_test(sig, test_fence_signal_concurrent_callers_share);
	tcase_add_test(sig, test_fence_signal_number_configurable);
	tcase_add_test(sync, test_sync_core_rewrite_membarrier);
	tcase_add_test(sync, test_sync_core_rewrite_signal);
	tcase_add_test(fault, test_fence_seccomp_enosys_falls_back);
	tcase_add_test(fault, test_fence_seccomp_eperm_falls_back);
	tcase_add_test(fault, test_fence_register_fails_query_works);
	tcase_add_test(fault, test_fence_command_fails_after_register);
	tcase_add_test(fault, test_fence_mprotect_refused_with_invlpgb);
	tcase_add_test(fault, test_fence_bad_override_refused);
	tcase_add_test(fault, test_fence_mprotect_refused_off_x86);
	suite_add_tcase(s, lit);
	suite_add_tcase(s, api);
	suite_add_tcase(s, sig);
	suite_add_tcase(s, sync);
	suite_add_tcase(s, fault);
	return s;
}

int main(int argc, char **argv)
{
	static char exe[4096];
	ssize_t n = readlink("/proc/self/exe", exe, sizeof(exe) - 1);

	if (argc == 3 && strcmp(argv[1], "--child") == 0)
		return child_main(argv[2]);
	exe[n > 0 ? n : 0] = 0;
	self_exe = n > 0 ? exe : argv[0];
	/* The strategy comes from each test, not from the caller's shell. */
	unsetenv("LAZYMB_FENCE");
	unsetenv("LAZYMB_SYNC_CORE");
	return lz_run_suite(fence_suite());
}
