// SPDX-License-Identifier: LGPL-2.1-or-later
// SPDX-FileCopyrightText: 2026 The lazymb authors

/*
 * Shared helpers for the Check suites: skips that are counted and printed
 * (never silent), re-exec with an environment variable set before the
 * library's constructor runs, and a main() that runs a suite.
 */
#ifndef LAZYMB_TESTUTIL_H
#define LAZYMB_TESTUTIL_H

#include <check.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

/* Skips are counted in shared memory: Check runs each test in a child. */
static atomic_int *lz_skips;

/* Report a skipped test with its reason and leave the test (counted). */
#define LZ_SKIP(...)                                                     \
	do {                                                             \
		printf("SKIP: %s: ", __func__);                          \
		printf(__VA_ARGS__);                                     \
		printf("\n");                                            \
		fflush(stdout);                                          \
		if (lz_skips)                                            \
			atomic_fetch_add(lz_skips, 1);                   \
		return;                                                  \
	} while (0)

/* Run under qemu-user (the cross suites) or valgrind: set by their
 * wrappers, tests/qemu-run.sh and tests/valgrind-run.sh. */
static inline int lz_qemu(void)
{
	return getenv("LAZYMB_TEST_QEMU") != NULL;
}

static inline int lz_valgrind(void)
{
	return getenv("LAZYMB_TEST_VALGRIND") != NULL;
}

/* Under both, /proc/self/exe is not this program (qemu-user without
 * binfmt_misc cannot exec it; under valgrind it names valgrind's tool). */
static inline int lz_no_reexec(void)
{
	return lz_qemu() || lz_valgrind();
}

/* Iteration counts: a twentieth under an emulator or valgrind. */
static inline long lz_scale(long n)
{
	if (getenv("LAZYMB_TEST_QUICK"))
		return n / 20 > 0 ? n / 20 : 1;
	return n;
}

/* A negative control needs threads that really run at once: valgrind runs
 * one at a time, so nothing can reorder there. */
#define LZ_SKIP_CONTROL_UNDER_VALGRIND()                                            \
	do {                                                                      \
		if (lz_valgrind())                                                \
			LZ_SKIP("valgrind runs one thread at a time: the control "  \
				"cannot reorder there");                          \
	} while (0)

/*
 * Make sure @name=@value was in the environment when the process started
 * (the library's constructor reads it): if not, set it and re-exec.
 */
static inline void lz_reexec_with_env(char **argv, const char *name, const char *value)
{
	const char *cur = getenv(name);

	if (cur && strcmp(cur, value) == 0)
		return;
	if (lz_no_reexec()) {
		/* tests/qemu-run.sh and tests/valgrind-run.sh set the variable
		 * for the tests that need it. */
		printf("SKIP: %s must start with %s=%s (cannot re-execute itself here)\n",
		       argv[0], name, value);
		exit(77);
	}
	setenv(name, value, 1);
	execv("/proc/self/exe", argv);
	perror("execv /proc/self/exe");
	exit(99);
}

/* True when a long run was asked for (make check-long). */
static inline int lz_long(void)
{
	const char *v = getenv("LAZYMB_LONG");

	return v && *v && strcmp(v, "0") != 0;
}

/*
 * Run @s; print the skip count; exit 0 if everything passed, 1 if anything
 * failed, 77 (automake SKIP) if every test skipped.
 */
static inline int lz_run_suite(Suite *s)
{
	SRunner *sr = srunner_create(s);
	int failed, ran, skipped;

	lz_skips = mmap(NULL, sizeof(*lz_skips), PROT_READ | PROT_WRITE,
			MAP_SHARED | MAP_ANONYMOUS, -1, 0);
	if (lz_skips == MAP_FAILED)
		lz_skips = NULL;
	srunner_run_all(sr, CK_NORMAL);
	failed = srunner_ntests_failed(sr);
	ran = srunner_ntests_run(sr);
	skipped = lz_skips ? atomic_load(lz_skips) : 0;
	srunner_free(sr);
	printf("%d passed, %d failed, %d skipped\n", ran - failed - skipped, failed, skipped);
	if (failed)
		return 1;
	return (ran > 0 && skipped == ran) ? 77 : 0;
}

#endif /* LAZYMB_TESTUTIL_H */
