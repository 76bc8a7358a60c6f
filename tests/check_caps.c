// SPDX-License-Identifier: LGPL-2.1-or-later
// SPDX-FileCopyrightText: 2026 The lazymb authors

/* Capabilities, names and error texts. Runs with eager registration; one
 * test re-executes this binary with LAZYMB_REGISTER=lazy (lazy_caps_child). */
#include <errno.h>
#include <sys/utsname.h>
#include <sys/wait.h>

#include <lazymb/lazymb.h>
#include "arch/arch.h"
#include "tests/testutil.h"

/* The kernels whose SYNC_CORE serializes remote CPUs (x86: commit
 * 758c9373d841, in 5.10 and the stable 5.9.16 and 5.4.85; elsewhere every
 * kernel with the command). */
#define KV(a, b, c) ((a) << 16 | (b) << 8 | (c))
START_TEST(test_caps_sync_core_kernels)
{
#if defined(__x86_64__)
	static const struct { int v, ok; } k[] = {
		{ KV(4, 19, 255), 0 }, { KV(5, 4, 84), 0 }, { KV(5, 4, 85), 1 },
		{ KV(5, 8, 18), 0 },   { KV(5, 9, 15), 0 }, { KV(5, 9, 16), 1 },
		{ KV(5, 10, 0), 1 },   { KV(6, 18, 0), 1 }, { 0, 1 },
	};

	for (size_t i = 0; i < sizeof(k) / sizeof(k[0]); i++)
		ck_assert_msg(lazymb_arch_sync_core_kernel_ok(k[i].v) == k[i].ok,
			      "kernel %d.%d.%d: expected %s", k[i].v >> 16, (k[i].v >> 8) & 0xff,
			      k[i].v & 0xff, k[i].ok ? "accepted" : "refused");
#else
	ck_assert_int_eq(lazymb_arch_sync_core_kernel_ok(KV(4, 14, 0)), 1);
#endif
}
END_TEST

START_TEST(test_caps_null_einval)
{
	ck_assert_int_eq(lazymb_get_caps(NULL), -EINVAL);
}
END_TEST

START_TEST(test_caps_describe_this_machine)
{
	struct lazymb_caps c;
	struct utsname u;

	ck_assert_int_eq(lazymb_get_caps(&c), 0);
	ck_assert_int_eq(uname(&u), 0);
	ck_assert_str_eq(c.kernel_release, u.release);
	ck_assert_int_gt(c.kernel_version, 3 << 16);
#if defined(__x86_64__)
	ck_assert_str_eq(c.arch, "x86_64");
#elif defined(__powerpc64__)
	ck_assert_str_eq(c.arch, "powerpc64");
#elif defined(__aarch64__)
	ck_assert_str_eq(c.arch, "aarch64");
#endif
	ck_assert_int_eq(c.query, lazymb_membarrier_query());
	ck_assert_int_eq(c.initialized, 1);
	ck_assert_int_eq(c.init_error, lazymb_init());
	ck_assert_ptr_nonnull(lazymb_strategy_name(c.fence));
	ck_assert_ptr_nonnull(lazymb_strategy_name(c.sync_core));
	ck_assert_msg(c.fence_reason[0] != '\0', "no reason for the fence strategy");
	ck_assert_msg(c.sync_core_reason[0] != '\0', "no reason for the sync_core strategy");
	if (c.init_error == 0)
		ck_assert_int_ne(c.fence, LAZYMB_STRATEGY_NONE);
	/* The report agrees with the function it describes. */
	ck_assert_int_eq(c.fence_heavy_cpu, lazymb_fence_heavy_cpu(0));
}
END_TEST

#define LAZY_CHILD_ARG "--lazy-caps-child"
static char *self_path;

/*
 * Started with LAZYMB_REGISTER=lazy, so the constructor registered nothing:
 * lazymb_get_caps() must leave the RSEQ registration as it found it (a
 * report must not register), and its fence_heavy_cpu must still be what
 * lazymb_fence_heavy_cpu() then answers. Exit 0 (pass), 1 (fail), 77 (skip).
 */
static int lazy_caps_child(void)
{
	const int rseq = LAZYMB_MEMBARRIER_CMD_REGISTER_PRIVATE_EXPEDITED_RSEQ;
	int q = lazymb_membarrier_query(), before, after, r;
	struct lazymb_caps c;

	if (q < 0 || !(q & LAZYMB_MEMBARRIER_CMD_GET_REGISTRATIONS)) {
		printf("SKIP: lazy_caps_child: no GET_REGISTRATIONS (query %d, Linux < 6.3?)\n", q);
		return 77;
	}
	before = lazymb_membarrier_registrations();
	if (before < 0 || (before & rseq)) {
		printf("SKIP: lazy_caps_child: RSEQ registered before the test (0x%x)\n", before);
		return 77;
	}
	if (lazymb_get_caps(&c) != 0)
		return 1;
	after = lazymb_membarrier_registrations();
	if ((after & rseq) != (before & rseq)) {
		printf("FAIL: lazymb_get_caps() registered RSEQ (registrations 0x%x -> 0x%x)\n",
		       before, after);
		return 1;
	}
	r = lazymb_fence_heavy_cpu(0);
	if (c.fence_heavy_cpu != r) {
		printf("FAIL: caps.fence_heavy_cpu %d, lazymb_fence_heavy_cpu(0) %d\n",
		       c.fence_heavy_cpu, r);
		return 1;
	}
	return 0;
}

START_TEST(test_caps_report_does_not_register)
{
	char *args[] = { self_path, LAZY_CHILD_ARG, NULL };
	int status;
	pid_t pid;

	if (lz_no_reexec())
		LZ_SKIP("cannot re-execute this binary here");
	fflush(stdout);
	pid = fork();
	ck_assert_int_ge(pid, 0);
	if (pid == 0) {
		/* A fresh process: the constructor reads the variable. */
		setenv("LAZYMB_REGISTER", "lazy", 1);
		execv("/proc/self/exe", args);
		_exit(99);
	}
	ck_assert_int_eq(waitpid(pid, &status, 0), pid);
	ck_assert(WIFEXITED(status));
	if (WEXITSTATUS(status) == 77)
		LZ_SKIP("the lazy child skipped (its reason is above)");
	ck_assert_int_eq(WEXITSTATUS(status), 0);
}
END_TEST

START_TEST(test_caps_eager_registration)
{
	struct lazymb_caps c;

	ck_assert_int_eq(lazymb_get_caps(&c), 0);
	if (c.query < 0 || !(c.query & LAZYMB_MEMBARRIER_CMD_PRIVATE_EXPEDITED))
		LZ_SKIP("PRIVATE_EXPEDITED unavailable here (query %d)", c.query);
	/* The constructor registered before any thread existed. */
	ck_assert(c.registered & LAZYMB_MEMBARRIER_CMD_REGISTER_PRIVATE_EXPEDITED);
	ck_assert_int_eq(c.late_registrations & LAZYMB_MEMBARRIER_CMD_REGISTER_PRIVATE_EXPEDITED, 0);
	if (c.kernel_registrations >= 0)
		ck_assert(c.kernel_registrations & LAZYMB_MEMBARRIER_CMD_REGISTER_PRIVATE_EXPEDITED);
	/* Here membarrier works, so it is the strategy, unless one is forced
	 * (the cross suites' second pass forces the signal fallback). */
	if (getenv("LAZYMB_FENCE"))
		ck_assert_str_eq(lazymb_strategy_name(c.fence), getenv("LAZYMB_FENCE"));
	else
		ck_assert_int_eq(c.fence, LAZYMB_STRATEGY_MEMBARRIER);
}
END_TEST

START_TEST(test_caps_names)
{
	ck_assert_str_eq(lazymb_strategy_name(LAZYMB_STRATEGY_NONE), "none");
	ck_assert_str_eq(lazymb_strategy_name(LAZYMB_STRATEGY_MEMBARRIER), "membarrier");
	ck_assert_str_eq(lazymb_strategy_name(LAZYMB_STRATEGY_SIGNAL), "signal");
	ck_assert_str_eq(lazymb_strategy_name(LAZYMB_STRATEGY_MPROTECT), "mprotect");
	ck_assert_str_eq(lazymb_strategy_name(LAZYMB_STRATEGY_GLOBAL), "global");
	ck_assert_ptr_null(lazymb_strategy_name((enum lazymb_strategy)99));
	ck_assert_str_eq(lazymb_membarrier_cmd_name(LAZYMB_MEMBARRIER_CMD_QUERY), "QUERY");
	ck_assert_str_eq(lazymb_membarrier_cmd_name(LAZYMB_MEMBARRIER_CMD_GET_REGISTRATIONS),
			 "GET_REGISTRATIONS");
	for (int bit = 0; bit < LAZYMB_MEMBARRIER_CMD_BITS; bit++)
		ck_assert_ptr_nonnull(lazymb_membarrier_cmd_name(1 << bit));
	ck_assert_ptr_null(lazymb_membarrier_cmd_name(3));
	ck_assert_ptr_null(lazymb_membarrier_cmd_name(1 << LAZYMB_MEMBARRIER_CMD_BITS));
}
END_TEST

START_TEST(test_caps_strerror)
{
	/* The errnos lazymb gives a meaning to: a text of its own for each. */
	static const int errs[] = { 0, EPERM, ENOSYS, EINVAL, ENOMEM, EBUSY, ETIMEDOUT, EDEADLK, EACCES };

	for (unsigned i = 0; i < sizeof(errs) / sizeof(errs[0]); i++) {
		ck_assert_ptr_nonnull(lazymb_strerror(-errs[i]));
		ck_assert_str_eq(lazymb_strerror(-errs[i]), lazymb_strerror(errs[i]));
	}
	ck_assert_ptr_nonnull(strstr(lazymb_strerror(-EPERM), "seccomp"));
	ck_assert_str_eq(lazymb_strerror(-99999), "unknown error");
#if defined(__GLIBC__) && (__GLIBC__ > 2 || (__GLIBC__ == 2 && __GLIBC_MINOR__ >= 32))
	/* One passed through from a system call: libc's text. */
	ck_assert_str_eq(lazymb_strerror(-EMFILE), strerrordesc_np(EMFILE));
#endif
}
END_TEST

int main(int argc, char **argv)
{
	Suite *s;
	TCase *core, *errors;

	if (argc == 2 && strcmp(argv[1], LAZY_CHILD_ARG) == 0)
		return lazy_caps_child();
	self_path = argv[0];
	s = suite_create("caps");
	core = tcase_create("core");
	errors = tcase_create("errors");

	tcase_add_test(errors, test_caps_null_einval);
	tcase_add_test(core, test_caps_sync_core_kernels);
	tcase_add_test(core, test_caps_describe_this_machine);
	tcase_add_test(core, test_caps_eager_registration);
	tcase_add_test(core, test_caps_report_does_not_register);
	tcase_add_test(core, test_caps_names);
	tcase_add_test(errors, test_caps_strerror);
	suite_add_tcase(s, core);
	suite_add_tcase(s, errors);
	return lz_run_suite(s);
}
