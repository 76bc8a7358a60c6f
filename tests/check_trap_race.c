// SPDX-License-Identifier: LGPL-2.1-or-later
// SPDX-FileCopyrightText: 2026 The lazymb authors

/*
 * The late-SIGTRAP race of the x86 breakpoint protocol (commit 6c2d198),
 * driven deterministically through the test hooks of arch/patch.h: this
 * program links liblazymb-testhooks.la (liblazymb built with
 * -DLAZYMB_TEST_HOOKS, never installed), not liblazymb.so.
 *
 * An executor traps on patch 1's int3; its handler is stalled at entry
 * until patch 1 is over; patch 2 of the same site begins only after the
 * handler's first load of patch_seq, and the handler is stalled there
 * until patch 2 has stored its int3; the patcher then waits until the
 * handler has loaded the site's byte (that int3). Today's
 * handler reads patch_seq again, sees patch 2 begun and re-executes the
 * site after it: the call returns patch 2's value. The negative control
 * runs the same schedule with the handler before 6c2d198 (no second
 * read: lazymb__patch_test_old_handler), which takes patch 2's int3 for
 * the program's and hands it to the default action: the process dies of
 * SIGTRAP. Both run in a forked child.
 */
#include <errno.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <sys/wait.h>

#include <lazymb/lazymb.h>
#include "arch/patch.h"
#include "tests/testutil.h"

#if defined(__x86_64__)

#define SITE 64
#define V0 111
#define V1 222
#define V2 333

static atomic_int stage, int3_stores, ready, result = -1;

static void wait_stage(int s)
{
	/* Acquire: pairs with the release store of stage @s by the other
	 * side, after the step that stage names. */
	while (atomic_load_explicit(&stage, memory_order_acquire) < s)
		;
}

static void set_stage(int s)
{
	/* Release: what this side did before (an int3 stored, a byte
	 * loaded) before the other side sees the stage. */
	atomic_store_explicit(&stage, s, memory_order_release);
}

/* Called by the patcher (PATCH_INT3) and by the executor's SIGTRAP
 * handler (TRAP_*): async-signal-safe, atomics only. */
static void hook(int point)
{
	switch (point) {
	case LAZYMB__HOOK_PATCH_INT3:
		if (atomic_fetch_add(&int3_stores, 1) == 0) {
			set_stage(1); /* patch 1's int3 is in: run the site */
			wait_stage(2); /* the executor is in the handler */
		} else {
			set_stage(5); /* patch 2's int3 is in */
			wait_stage(6); /* the handler has loaded the byte */
		}
		break;
	case LAZYMB__HOOK_TRAP_ENTER:
		set_stage(2);
		wait_stage(3); /* patch 1 is over */
		break;
	case LAZYMB__HOOK_TRAP_SEQ_LOADED:
		/* The first load (patch 1 over, patch 2 not begun): stall
		 * here until patch 2 has stored its int3. */
		if (atomic_load(&stage) == 3) {
			set_stage(4);
			wait_stage(5);
		}
		break;
	case LAZYMB__HOOK_TRAP_BYTE_LOADED:
		if (atomic_load(&stage) == 5)
			set_stage(6);
		break;
	}
}

static void mov_eax_ret(unsigned char *p, int k)
{
	p[0] = 0xb8;
	memcpy(p + 1, &k, 4);
	p[5] = 0xc3;
}

static void *executor(void *arg)
{
	int (*f)(void) = (int (*)(void))arg;

	/* Running, with its own signal mask (a thread being created blocks
	 * every signal until it starts: lazymb would refuse the patch). */
	atomic_store(&ready, 1);
	wait_stage(1);
	atomic_store(&result, f());
	return NULL;
}

/* The schedule in this process; returns the executor's result. */
static int run_schedule(void)
{
	struct lazymb_code *c;
	unsigned char insn[6];
	pthread_t t;
	int r;

	if (lazymb_code_create(&c, 4096) != 0)
		_exit(10);
	mov_eax_ret((unsigned char *)lazymb_code_rw(c) + SITE, V0);
	if (lazymb_code_publish(c, SITE, 6) != 0)
		_exit(11);
	lazymb__patch_test_hook = hook;
	pthread_create(&t, NULL, executor, (char *)lazymb_code_rx(c) + SITE);
	while (!atomic_load(&ready))
		;
	mov_eax_ret(insn, V1);
	r = lazymb_patch(c, (char *)lazymb_code_rx(c) + SITE, insn, 5);
	if (r != 0) {
		fprintf(stderr, "patch 1: %s (%s)\n", lazymb_strerror(r), lazymb_patch_reason());
		_exit(12);
	}
	set_stage(3);
	wait_stage(4); /* the handler loaded patch_seq between the patches */
	mov_eax_ret(insn, V2);
	r = lazymb_patch(c, (char *)lazymb_code_rx(c) + SITE, insn, 5);
	if (r != 0)
		_exit(13);
	pthread_join(t, NULL);
	return atomic_load(&result);
}

/* Run the schedule in a child, with the old handler or today's. */
static int schedule_in_child(int old_handler, int *value)
{
	int status, pfd[2];
	pid_t pid;

	ck_assert_int_eq(pipe(pfd), 0);
	pid = fork();
	ck_assert_int_ge(pid, 0);
	if (pid == 0) {
		int v;

		close(pfd[0]);
		alarm(20);
		signal(SIGTRAP, SIG_DFL);
		lazymb__patch_test_old_handler = old_handler;
		v = run_schedule();
		if (write(pfd[1], &v, sizeof(v)) != sizeof(v))
			_exit(14);
		_exit(0);
	}
	close(pfd[1]);
	*value = -1;
	if (read(pfd[0], value, sizeof(*value)) != sizeof(*value))
		*value = -1;
	close(pfd[0]);
	ck_assert_int_eq(waitpid(pid, &status, 0), pid);
	return status;
}

START_TEST(test_trap_race_late_trap_is_ours)
{
	int v, status;

	if (lazymb_sync_core_available() != 0)
		LZ_SKIP("no sync_core here");
	status = schedule_in_child(0, &v);
	ck_assert_msg(WIFEXITED(status) && WEXITSTATUS(status) == 0,
		      "today's handler: the child %s %d", WIFSIGNALED(status) ? "died of signal" : "exited",
		      WIFSIGNALED(status) ? WTERMSIG(status) : WEXITSTATUS(status));
	ck_assert_int_eq(v, V2);
	printf("late trap, today's handler: re-executed, the call returned %d\n", v);
}
END_TEST

START_TEST(test_trap_race_control_old_handler_dies)
{
	int v, status;

	if (lazymb_sync_core_available() != 0)
		LZ_SKIP("no sync_core here");
	status = schedule_in_child(1, &v);
	printf("late trap, handler before 6c2d198: status %#x\n", status);
	ck_assert_msg(WIFSIGNALED(status) && WTERMSIG(status) == SIGTRAP,
		      "the old handler survived the schedule (status %#x, value %d): "
		      "the test cannot tell the two handlers apart",
		      status, v);
}
END_TEST

#endif

int main(void)
{
	Suite *s = suite_create("trap_race");
	TCase *tc = tcase_create("trap_race");

	tcase_set_timeout(tc, 60);
#if defined(__x86_64__)
	tcase_add_test(tc, test_trap_race_late_trap_is_ours);
	tcase_add_test(tc, test_trap_race_control_old_handler_dies);
#else
	printf("SKIP: check_trap_race: the breakpoint protocol is x86-64's\n");
	return 77;
#endif
	suite_add_tcase(s, tc);
	return lz_run_suite(s);
}
