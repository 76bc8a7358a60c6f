// SPDX-License-Identifier: LGPL-2.1-or-later
// SPDX-FileCopyrightText: 2026 The lazymb authors

/*
 * The membarrier core: constants, the raw call, QUERY, registration.
 *
 * This program runs with LAZYMB_REGISTER=lazy (it re-execs itself to get it
 * before the library constructor runs), so registration happens in the
 * tests. It interposes libc's syscall() to count the membarrier system calls
 * the library really issues. One test runs it again as
 * `check_membarrier --rseq-first-child` with LZ_TEST_RSEQ_FIRST set, so that
 * the constructor below registers RSEQ before main(), as another library
 * would.
 */
#include <dlfcn.h>
#include <errno.h>
#include <linux/membarrier.h>
#include <pthread.h>
#include <stdarg.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

#include <lazymb/lazymb.h>
#include "tests/testutil.h"

/* ---- syscall() interposition ------------------------------------------------ */

static atomic_int mb_calls[11]; /* index: bit number of cmd + 1; 0 = QUERY */

static int cmd_index(long cmd)
{
	return cmd == 0 ? 0 : (cmd > 0 && (cmd & (cmd - 1)) == 0 && cmd < (1 << 10)) ?
		__builtin_ctzl((unsigned long)cmd) + 1 : -1;
}

long syscall(long n, ...);
long syscall(long n, ...)
{
	static long (*real)(long, ...);
	long a[6];
	va_list ap;
	int i;

	va_start(ap, n);
	for (i = 0; i < 6; i++)
		a[i] = va_arg(ap, long);
	va_end(ap);
	if (!real)
		real = (long (*)(long, ...))dlsym(RTLD_NEXT, "syscall");
	if (n == SYS_membarrier && cmd_index(a[0]) >= 0)
		atomic_fetch_add(&mb_calls[cmd_index(a[0])], 1);
	return real(n, a[0], a[1], a[2], a[3], a[4], a[5]);
}

static int calls(int cmd)
{
	int i = cmd_index(cmd);

	return i < 0 ? 0 : atomic_load(&mb_calls[i]);
}

static long raw_membarrier(int cmd, unsigned int flags, int cpu)
{
	long r = syscall(SYS_membarrier, cmd, flags, cpu);

	return r < 0 ? -errno : r;
}

static int have_membarrier(void)
{
	return raw_membarrier(LAZYMB_MEMBARRIER_CMD_QUERY, 0, 0) >= 0;
}

/*
 * Another library's constructor, the way tcmalloc registers for rseq: with
 * LZ_TEST_RSEQ_FIRST in the environment, REGISTER_PRIVATE_EXPEDITED_RSEQ
 * only, by a raw system call, before main(). liblazymb's own constructor
 * ran before this one (a library's constructors run before those of the
 * program linked to it) and, under LAZYMB_REGISTER=lazy, registered nothing.
 */
static long rseq_first = 1; /* 1: not attempted */

__attribute__((constructor)) static void foreign_rseq_registration(void)
{
	if (getenv("LZ_TEST_RSEQ_FIRST"))
		rseq_first = raw_membarrier(LAZYMB_MEMBARRIER_CMD_REGISTER_PRIVATE_EXPEDITED_RSEQ, 0, 0);
}

#define RSEQ_FIRST_ARG "--rseq-first-child"

/*
 * The child: RSEQ registered by someone else, nothing by lazymb. The kernel's
 * GET_REGISTRATIONS now reports REGISTER_PRIVATE_EXPEDITED (RSEQ set its
 * intent bit) although PRIVATE_EXPEDITED is not registered; lazymb must
 * still register it and choose the membarrier strategy. Exit 0 (pass),
 * 1 (fail), 77 (skip, reason printed).
 */
static int rseq_first_child(void)
{
	const int pe = LAZYMB_MEMBARRIER_CMD_REGISTER_PRIVATE_EXPEDITED;
	long q = raw_membarrier(LAZYMB_MEMBARRIER_CMD_QUERY, 0, 0), k;
	struct lazymb_caps c;
	int r, n0;

	if (q < 0 || !(q & LAZYMB_MEMBARRIER_CMD_GET_REGISTRATIONS)) {
		printf("SKIP: rseq_first_child: no GET_REGISTRATIONS (query %ld, Linux < 6.3)\n", q);
		return 77;
	}
	if (!(q & LAZYMB_MEMBARRIER_CMD_PRIVATE_EXPEDITED)) {
		printf("SKIP: rseq_first_child: no PRIVATE_EXPEDITED (query 0x%lx)\n", q);
		return 77;
	}
	if (rseq_first != 0) {
		printf("SKIP: rseq_first_child: REGISTER_PRIVATE_EXPEDITED_RSEQ failed: %s "
		       "(no CONFIG_RSEQ?)\n", lazymb_strerror((int)rseq_first));
		return 77;
	}
	/* The premise: the kernel reports the intent bit, the command is
	 * not usable. */
	k = raw_membarrier(LAZYMB_MEMBARRIER_CMD_GET_REGISTRATIONS, 0, 0);
	r = (int)raw_membarrier(LAZYMB_MEMBARRIER_CMD_PRIVATE_EXPEDITED, 0, 0);
	printf("GET_REGISTRATIONS 0x%lx, PRIVATE_EXPEDITED before lazymb: %d\n", k, r);
	if (r != -EPERM) {
		printf("SKIP: rseq_first_child: PRIVATE_EXPEDITED already usable (%d)\n", r);
		return 77;
	}
	n0 = calls(pe);
	r = lazymb_init();
	lazymb_get_caps(&c);
	printf("lazymb_init %d, fence %s (%s), REGISTER_PRIVATE_EXPEDITED calls %d\n", r,
	       lazymb_strategy_name(c.fence), c.fence_reason, calls(pe) - n0);
	if (r != 0 || c.fence != LAZYMB_STRATEGY_MEMBARRIER || calls(pe) - n0 != 1)
		return 1;
	lazymb_fence_heavy();
	if (lazymb_membarrier(LAZYMB_MEMBARRIER_CMD_PRIVATE_EXPEDITED, 0, 0) != 0)
		return 1;
	return 0;
}

START_TEST(test_membarrier_foreign_rseq_registration)
{
	char *args[] = { "check_membarrier", RSEQ_FIRST_ARG, NULL };
	int status;
	pid_t pid;

	if (lz_no_reexec())
		LZ_SKIP("cannot re-execute this binary here");
	fflush(stdout);
	pid = fork();
	ck_assert_int_ge(pid, 0);
	if (pid == 0) {
		/* A fresh process: LAZYMB_REGISTER=lazy is inherited, the
		 * strategy is chosen automatically. */
		setenv("LZ_TEST_RSEQ_FIRST", "1", 1);
		unsetenv("LAZYMB_FENCE");
		execv("/proc/self/exe", args);
		_exit(99);
	}
	ck_assert_int_eq(waitpid(pid, &status, 0), pid);
	ck_assert(WIFEXITED(status));
	if (WEXITSTATUS(status) == 77)
		LZ_SKIP("the child skipped (its reason is above)");
	ck_assert_msg(WEXITSTATUS(status) == 0, "child exit %d (output above)", WEXITSTATUS(status));
}
END_TEST

/* ---- constants ------------------------------------------------------------------ */

START_TEST(test_membarrier_constants_match_uapi)
{
	/* The system's uapi header, for the commands it knows. */
	ck_assert_int_eq(LAZYMB_MEMBARRIER_CMD_QUERY, MEMBARRIER_CMD_QUERY);
	ck_assert_int_eq(LAZYMB_MEMBARRIER_CMD_GLOBAL, MEMBARRIER_CMD_GLOBAL);
	ck_assert_int_eq(LAZYMB_MEMBARRIER_CMD_SHARED, MEMBARRIER_CMD_SHARED);
	ck_assert_int_eq(LAZYMB_MEMBARRIER_CMD_GLOBAL_EXPEDITED, MEMBARRIER_CMD_GLOBAL_EXPEDITED);
	ck_assert_int_eq(LAZYMB_MEMBARRIER_CMD_REGISTER_GLOBAL_EXPEDITED,
			 MEMBARRIER_CMD_REGISTER_GLOBAL_EXPEDITED);
	ck_assert_int_eq(LAZYMB_MEMBARRIER_CMD_PRIVATE_EXPEDITED, MEMBARRIER_CMD_PRIVATE_EXPEDITED);
	ck_assert_int_eq(LAZYMB_MEMBARRIER_CMD_REGISTER_PRIVATE_EXPEDITED,
			 MEMBARRIER_CMD_REGISTER_PRIVATE_EXPEDITED);
	ck_assert_int_eq(LAZYMB_MEMBARRIER_CMD_PRIVATE_EXPEDITED_SYNC_CORE,
			 MEMBARRIER_CMD_PRIVATE_EXPEDITED_SYNC_CORE);
	ck_assert_int_eq(LAZYMB_MEMBARRIER_CMD_REGISTER_PRIVATE_EXPEDITED_SYNC_CORE,
			 MEMBARRIER_CMD_REGISTER_PRIVATE_EXPEDITED_SYNC_CORE);
#ifdef MEMBARRIER_CMD_FLAG_CPU
	ck_assert_int_eq(LAZYMB_MEMBARRIER_CMD_PRIVATE_EXPEDITED_RSEQ, MEMBARRIER_CMD_PRIVATE_EXPEDITED_RSEQ);
	ck_assert_int_eq(LAZYMB_MEMBARRIER_CMD_REGISTER_PRIVATE_EXPEDITED_RSEQ,
			 MEMBARRIER_CMD_REGISTER_PRIVATE_EXPEDITED_RSEQ);
	ck_assert_int_eq(LAZYMB_MEMBARRIER_CMD_FLAG_CPU, MEMBARRIER_CMD_FLAG_CPU);
#endif
	/* Newer than the headers here: the kernel's uapi values
	 * (include/uapi/linux/membarrier.h, 6.3+). */
	ck_assert_int_eq(LAZYMB_MEMBARRIER_CMD_PRIVATE_EXPEDITED_RSEQ, 128);
	ck_assert_int_eq(LAZYMB_MEMBARRIER_CMD_REGISTER_PRIVATE_EXPEDITED_RSEQ, 256);
	ck_assert_int_eq(LAZYMB_MEMBARRIER_CMD_GET_REGISTRATIONS, 512);
	ck_assert_int_eq(LAZYMB_MEMBARRIER_CMD_FLAG_CPU, 1);
}
END_TEST

START_TEST(test_membarrier_constants_cover_kernel_mask)
{
	long q = raw_membarrier(LAZYMB_MEMBARRIER_CMD_QUERY, 0, 0);

	if (q < 0)
		LZ_SKIP("membarrier QUERY unavailable here (%ld)", q);
	/* Every command the running kernel offers has a constant here. */
	ck_assert_msg((q & ~(long)LAZYMB_MEMBARRIER_CMD_ALL_KNOWN) == 0,
		      "kernel offers unknown commands: 0x%lx", q);
	/* And each of those has a name. */
	for (int bit = 0; bit < 10; bit++)
		if (q & (1L << bit))
			ck_assert_ptr_nonnull(lazymb_membarrier_cmd_name(1 << bit));
}
END_TEST

/* ---- raw call and QUERY ------------------------------------------------------------- */

START_TEST(test_membarrier_query_equals_syscall)
{
	long raw = raw_membarrier(LAZYMB_MEMBARRIER_CMD_QUERY, 0, 0);
	int before = calls(LAZYMB_MEMBARRIER_CMD_QUERY);
	int q1 = lazymb_membarrier_query();
	int q2 = lazymb_membarrier_query();

	ck_assert_int_eq(q1, (int)raw);
	ck_assert_int_eq(q2, q1);
	/* Cached: at most one system call for both (none if init asked). */
	ck_assert_int_le(calls(LAZYMB_MEMBARRIER_CMD_QUERY) - before, 1);
	ck_assert_int_eq(lazymb_membarrier(LAZYMB_MEMBARRIER_CMD_QUERY, 0, 0), (int)raw);
}
END_TEST

START_TEST(test_membarrier_invalid_command_einval)
{
	if (!have_membarrier())
		LZ_SKIP("membarrier unavailable here");
	errno = 1234;
	ck_assert_int_eq(lazymb_membarrier(-1, 0, 0), -EINVAL);
	ck_assert_int_eq(lazymb_membarrier(1 << 10, 0, 0), -EINVAL);
	ck_assert_int_eq(lazymb_membarrier(3, 0, 0), -EINVAL); /* two commands */
	ck_assert_int_eq(lazymb_membarrier(LAZYMB_MEMBARRIER_CMD_QUERY, 1, 0), -EINVAL);
	ck_assert_int_eq(lazymb_membarrier(LAZYMB_MEMBARRIER_CMD_QUERY, 2, 0), -EINVAL);
	ck_assert_int_eq(lazymb_membarrier(LAZYMB_MEMBARRIER_CMD_PRIVATE_EXPEDITED,
					   LAZYMB_MEMBARRIER_CMD_FLAG_CPU, 0), -EINVAL);
	/* errno is the caller's. */
	ck_assert_int_eq(errno, 1234);
}
END_TEST

START_TEST(test_membarrier_unregistered_eperm)
{
	if (!(lazymb_membarrier_query() & LAZYMB_MEMBARRIER_CMD_PRIVATE_EXPEDITED))
		LZ_SKIP("PRIVATE_EXPEDITED unavailable here");
	/* Lazy mode and nothing registered yet in this fresh process. */
	if (lazymb_membarrier_registrations() & LAZYMB_MEMBARRIER_CMD_REGISTER_PRIVATE_EXPEDITED)
		LZ_SKIP("already registered by the environment");
	ck_assert_int_eq(lazymb_membarrier(LAZYMB_MEMBARRIER_CMD_PRIVATE_EXPEDITED, 0, 0), -EPERM);
}
END_TEST

/* ---- registration -------------------------------------------------------------------- */

START_TEST(test_membarrier_register_rejects_non_register)
{
	int before = 0, i;

	for (i = 0; i < 11; i++)
		before += atomic_load(&mb_calls[i]);
	ck_assert_int_eq(lazymb_membarrier_register(0), -EINVAL);
	ck_assert_int_eq(lazymb_membarrier_register(-1), -EINVAL);
	ck_assert_int_eq(lazymb_membarrier_register(LAZYMB_MEMBARRIER_CMD_PRIVATE_EXPEDITED), -EINVAL);
	ck_assert_int_eq(lazymb_membarrier_register(LAZYMB_MEMBARRIER_CMD_GLOBAL), -EINVAL);
	ck_assert_int_eq(lazymb_membarrier_register(LAZYMB_MEMBARRIER_CMD_GET_REGISTRATIONS), -EINVAL);
	ck_assert_int_eq(lazymb_membarrier_register(LAZYMB_MEMBARRIER_CMD_REGISTER_PRIVATE_EXPEDITED |
						    LAZYMB_MEMBARRIER_CMD_REGISTER_PRIVATE_EXPEDITED_SYNC_CORE),
			 -EINVAL);
	ck_assert_int_eq(lazymb_membarrier_register(1 << 10), -EINVAL);
	/* Refused before any system call. */
	for (i = 0; i < 11; i++)
		before -= atomic_load(&mb_calls[i]);
	ck_assert_int_eq(before, 0);
}
END_TEST

#define NRACERS 8
static const int reg_cmds[] = {
	LAZYMB_MEMBARRIER_CMD_REGISTER_PRIVATE_EXPEDITED,
	LAZYMB_MEMBARRIER_CMD_REGISTER_PRIVATE_EXPEDITED_SYNC_CORE,
	LAZYMB_MEMBARRIER_CMD_REGISTER_PRIVATE_EXPEDITED_RSEQ,
	LAZYMB_MEMBARRIER_CMD_REGISTER_GLOBAL_EXPEDITED,
};
#define NREG ((int)(sizeof(reg_cmds) / sizeof(reg_cmds[0])))
static pthread_barrier_t race_barrier;
static int race_results[NRACERS][NREG];

static void *racer(void *arg)
{
	int id = (int)(long)arg, k;

	pthread_barrier_wait(&race_barrier);
	/* Each racer walks the commands in a different order. */
	for (k = 0; k < NREG; k++) {
		int c = (k + id) % NREG;

		race_results[id][c] = lazymb_membarrier_register(reg_cmds[c]);
	}
	return NULL;
}

START_TEST(test_membarrier_register_race_one_syscall)
{
	pthread_t th[NRACERS];
	int i, k, reg_before[NREG];

	if (!have_membarrier())
		LZ_SKIP("membarrier unavailable here");
	if (lazymb_membarrier_registrations() != 0)
		LZ_SKIP("registrations already present (0x%x)", lazymb_membarrier_registrations());
	for (k = 0; k < NREG; k++)
		reg_before[k] = calls(reg_cmds[k]);
	pthread_barrier_init(&race_barrier, NULL, NRACERS);
	for (i = 0; i < NRACERS; i++)
		ck_assert_int_eq(pthread_create(&th[i], NULL, racer, (void *)(long)i), 0);
	for (i = 0; i < NRACERS; i++)
		pthread_join(th[i], NULL);
	for (k = 0; k < NREG; k++) {
		int cmd = reg_cmds[k];
		int n = calls(cmd) - reg_before[k];

		/* Exactly one REGISTER system call per command, whatever
		 * the race; every racer got the same answer. */
		ck_assert_msg(n == 1, "%s: %d REGISTER calls for %d racers",
			      lazymb_membarrier_cmd_name(cmd), n, NRACERS);
		for (i = 1; i < NRACERS; i++)
			ck_assert_int_eq(race_results[i][k], race_results[0][k]);
		if (race_results[0][k] == 0)
			ck_assert(lazymb_membarrier_registrations() & cmd);
	}
	/* Once more from this thread: no new system call, same answer. */
	for (k = 0; k < NREG; k++) {
		int n0 = calls(reg_cmds[k]);

		ck_assert_int_eq(lazymb_membarrier_register(reg_cmds[k]), race_results[0][k]);
		ck_assert_int_eq(calls(reg_cmds[k]), n0);
	}
	/* Registering after threads existed is reported as late (qemu-user's
	 * /proc/self/stat does not count the threads it emulates). */
	if (race_results[0][0] == 0 && !lz_qemu()) {
		struct lazymb_caps c;

		ck_assert_int_eq(lazymb_get_caps(&c), 0);
		ck_assert(c.late_registrations & LAZYMB_MEMBARRIER_CMD_REGISTER_PRIVATE_EXPEDITED);
	}
}
END_TEST

START_TEST(test_membarrier_register_then_barrier)
{
	int r = lazymb_membarrier_register(LAZYMB_MEMBARRIER_CMD_REGISTER_PRIVATE_EXPEDITED);

	if (r == -ENOSYS || r == -EPERM || r == -EINVAL)
		LZ_SKIP("PRIVATE_EXPEDITED unavailable: %s", lazymb_strerror(r));
	ck_assert_int_eq(r, 0);
	ck_assert_int_eq(lazymb_membarrier(LAZYMB_MEMBARRIER_CMD_PRIVATE_EXPEDITED, 0, 0), 0);
	ck_assert(lazymb_membarrier_registrations() & LAZYMB_MEMBARRIER_CMD_REGISTER_PRIVATE_EXPEDITED);
}
END_TEST

START_TEST(test_membarrier_foreign_registration_registers_once)
{
	int q = lazymb_membarrier_query(), before;

	if (q < 0 || !(q & LAZYMB_MEMBARRIER_CMD_PRIVATE_EXPEDITED))
		LZ_SKIP("PRIVATE_EXPEDITED unavailable here");
	/* Another library registers behind lazymb's back... */
	ck_assert_int_eq(raw_membarrier(LAZYMB_MEMBARRIER_CMD_REGISTER_PRIVATE_EXPEDITED, 0, 0), 0);
	before = calls(LAZYMB_MEMBARRIER_CMD_REGISTER_PRIVATE_EXPEDITED);
	/* ...lazymb still issues its own REGISTER (GET_REGISTRATIONS is no
	 * proof: it reports intent bits), once, and it succeeds at once... */
	ck_assert_int_eq(lazymb_membarrier_register(LAZYMB_MEMBARRIER_CMD_REGISTER_PRIVATE_EXPEDITED), 0);
	ck_assert_int_eq(calls(LAZYMB_MEMBARRIER_CMD_REGISTER_PRIVATE_EXPEDITED), before + 1);
	ck_assert_int_eq(lazymb_membarrier_register(LAZYMB_MEMBARRIER_CMD_REGISTER_PRIVATE_EXPEDITED), 0);
	ck_assert_int_eq(calls(LAZYMB_MEMBARRIER_CMD_REGISTER_PRIVATE_EXPEDITED), before + 1);
	/* ...and the report shows it. */
	ck_assert(lazymb_membarrier_registrations() & LAZYMB_MEMBARRIER_CMD_REGISTER_PRIVATE_EXPEDITED);
}
END_TEST

START_TEST(test_membarrier_registration_survives_fork)
{
	pid_t pid;
	int st;

	if (lazymb_membarrier_register(LAZYMB_MEMBARRIER_CMD_REGISTER_PRIVATE_EXPEDITED) != 0)
		LZ_SKIP("PRIVATE_EXPEDITED unavailable");
	pid = fork();
	ck_assert_int_ge(pid, 0);
	if (pid == 0) {
		/* Inherited by fork(): no new registration needed. */
		int before = calls(LAZYMB_MEMBARRIER_CMD_REGISTER_PRIVATE_EXPEDITED);
		int ok = lazymb_membarrier_register(LAZYMB_MEMBARRIER_CMD_REGISTER_PRIVATE_EXPEDITED) == 0 &&
			 calls(LAZYMB_MEMBARRIER_CMD_REGISTER_PRIVATE_EXPEDITED) == before &&
			 lazymb_membarrier(LAZYMB_MEMBARRIER_CMD_PRIVATE_EXPEDITED, 0, 0) == 0;
		_exit(ok ? 0 : 1);
	}
	ck_assert_int_eq(waitpid(pid, &st, 0), pid);
	ck_assert(WIFEXITED(st) && WEXITSTATUS(st) == 0);
}
END_TEST

START_TEST(test_membarrier_register_failure_cached)
{
	int q = lazymb_membarrier_query(), r1, n0;

	if (q < 0)
		LZ_SKIP("membarrier unavailable");
	/* Whatever GLOBAL_EXPEDITED registration answers, a second call
	 * answers the same without a system call. */
	r1 = lazymb_membarrier_register(LAZYMB_MEMBARRIER_CMD_REGISTER_GLOBAL_EXPEDITED);
	n0 = calls(LAZYMB_MEMBARRIER_CMD_REGISTER_GLOBAL_EXPEDITED);
	ck_assert_int_eq(lazymb_membarrier_register(LAZYMB_MEMBARRIER_CMD_REGISTER_GLOBAL_EXPEDITED), r1);
	ck_assert_int_eq(calls(LAZYMB_MEMBARRIER_CMD_REGISTER_GLOBAL_EXPEDITED), n0);
}
END_TEST

static Suite *membarrier_suite(void)
{
	Suite *s = suite_create("membarrier");
	TCase *core = tcase_create("core"), *errors = tcase_create("errors");
	TCase *reg = tcase_create("registration");

	tcase_add_test(core, test_membarrier_constants_match_uapi);
	tcase_add_test(core, test_membarrier_constants_cover_kernel_mask);
	tcase_add_test(core, test_membarrier_query_equals_syscall);
	tcase_add_test(errors, test_membarrier_invalid_command_einval);
	tcase_add_test(errors, test_membarrier_unregistered_eperm);
	tcase_add_test(errors, test_membarrier_register_rejects_non_register);
	tcase_add_test(reg, test_membarrier_register_race_one_syscall);
	tcase_add_test(reg, test_membarrier_register_then_barrier);
	tcase_add_test(reg, test_membarrier_foreign_registration_registers_once);
	tcase_add_test(reg, test_membarrier_foreign_rseq_registration);
	tcase_add_test(reg, test_membarrier_registration_survives_fork);
	tcase_add_test(reg, test_membarrier_register_failure_cached);
	suite_add_tcase(s, core);
	suite_add_tcase(s, errors);
	suite_add_tcase(s, reg);
	return s;
}

int main(int argc, char **argv)
{
	/* Registration must happen in the tests, not in the constructor. */
	lz_reexec_with_env(argv, "LAZYMB_REGISTER", "lazy");
	if (argc == 2 && strcmp(argv[1], RSEQ_FIRST_ARG) == 0)
		return rseq_first_child();
	return lz_run_suite(membarrier_suite());
}
