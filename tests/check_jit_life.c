// SPDX-License-Identifier: LGPL-2.1-or-later
// SPDX-FileCopyrightText: 2026 The lazymb authors

/*
 * JIT lifecycle (issue 14): a thread that blocks SIGTRAP while another
 * patches (refused, the process survives), SIGTRAP set to SIG_IGN by the
 * program before and after lazymb's handler, fork() while the parent
 * patches code its threads run (each child has its own copy and patches
 * it), fork() while another thread patches (the child's patch never
 * hangs), and quiesce's documented blind spot: a signal handler that
 * interrupted a thread inside the range. Each case that could kill the
 * process runs in a forked child, so a kill is a failure, not a crash of
 * the suite.
 */
#include <errno.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <sys/wait.h>
#include <time.h>
#include <ucontext.h>

#include <lazymb/lazymb.h>
#include "tests/testutil.h"

static uint64_t now_ms(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (uint64_t)ts.tv_sec * 1000 + (uint64_t)ts.tv_nsec / 1000000;
}

/* Run @fn in a child; its exit status must be 0 within @secs seconds. */
static void in_child(int (*fn)(void), unsigned int secs, const char *what)
{
	int status;
	pid_t pid = fork();

	if (pid == 0) {
		alarm(secs);
		_exit(fn());
	}
	ck_assert_int_ge(pid, 0);
	ck_assert_int_eq(waitpid(pid, &status, 0), pid);
	ck_assert_msg(WIFEXITED(status) && WEXITSTATUS(status) == 0, "%s: the child %s %d", what,
		      WIFSIGNALED(status) ? "died of signal" : "exited with",
		      WIFSIGNALED(status) ? WTERMSIG(status) : WEXITSTATUS(status));
}

/* A region and a thread per executor. */
static struct lazymb_code *region(void)
{
	struct lazymb_code *c = NULL;

	if (lazymb_code_create(&c, 4096) != 0)
		return NULL;
	return c;
}

START_TEST(test_jit_life_fork_child_owns_a_copy)
{
	/* Any arch: the child's writes never reach the parent's region. */
	struct lazymb_code *c = region();
	unsigned char *rw, *rx;
	int status;
	pid_t pid;

	ck_assert_ptr_nonnull(c);
	rw = lazymb_code_rw(c);
	rx = lazymb_code_rx(c);
	memset(rw, 0x5a, 64);
	pid = fork();
	ck_assert_int_ge(pid, 0);
	if (pid == 0) {
		/* Same addresses, same bytes, now the child's own. */
		int ok = lazymb_code_rw(c) == rw && lazymb_code_rx(c) == rx && rx[0] == 0x5a;

		rw[0] = 0xa5;
		ok = ok && rx[0] == 0xa5;
		_exit(ok ? 0 : 1);
	}
	ck_assert_int_eq(waitpid(pid, &status, 0), pid);
	ck_assert_msg(WIFEXITED(status) && WEXITSTATUS(status) == 0, "status %#x", status);
	ck_assert_int_eq(rx[0], 0x5a);
	ck_assert_int_eq(rw[0], 0x5a);
	lazymb_code_destroy(c);
}
END_TEST

#if defined(__x86_64__)

/* Code at fixed offsets:
 *   F1 @ 64:  mov eax, imm32; ret           (5-byte patch: the breakpoint protocol)
 *   F4 @ 130: mov eax, imm32; ret, the 5 bytes inside one aligned word (ATOMIC)
 *   F5 @ 192: nop|cld; mov eax, 5; ret       (1-byte patch: one store) */
#define F1 64
#define F4 130
#define F5 192

typedef int (*fn_t)(void);

static fn_t fn_at(struct lazymb_code *c, size_t off)
{
	return (fn_t)(void *)((char *)lazymb_code_rx(c) + off);
}

static void mov_eax(unsigned char *p, int k)
{
	p[0] = 0xb8;
	memcpy(p + 1, &k, 4);
}

static struct lazymb_code *build(void)
{
	struct lazymb_code *c = region();
	unsigned char *rw;

	if (!c)
		return NULL;
	rw = lazymb_code_rw(c);
	memset(rw, 0xcc, 256);
	mov_eax(rw + F1, 111);
	rw[F1 + 5] = 0xc3;
	mov_eax(rw + F4, 333);
	rw[F4 + 5] = 0xc3;
	rw[F5] = 0x90;
	mov_eax(rw + F5 + 1, 5);
	rw[F5 + 6] = 0xc3;
	if (lazymb_code_publish(c, 0, 256) != 0)
		return NULL;
	return c;
}

struct exec {
	struct lazymb_code *c;
	int block_all; /* block (nearly) every signal first, the usual worker */
	atomic_int started, stop;
	atomic_long calls, bad;
	pthread_t t;
};

static void *executor(void *arg)
{
	struct exec *x = arg;
	fn_t f1 = fn_at(x->c, F1), f4 = fn_at(x->c, F4), f5 = fn_at(x->c, F5);

	if (x->block_all) {
		sigset_t all;

		/* All but those a signal round may use (LAZYMB_SYNC_CORE=
		 * signal: a thread that blocks the round's signal is the
		 * fence layer's error, not the one tested here). */
		sigfillset(&all);
		for (int s = SIGRTMIN; s <= SIGRTMAX; s++)
			sigdelset(&all, s);
		sigdelset(&all, SIGUSR1);
		sigdelset(&all, SIGUSR2);
		pthread_sigmask(SIG_BLOCK, &all, NULL);
	}
	atomic_store(&x->started, 1);
	while (!atomic_load_explicit(&x->stop, memory_order_relaxed)) {
		int a = f1(), d = f4(), e = f5();

		if ((a != 111 && a != 222) || (d != 333 && d != 444) || e != 5)
			atomic_fetch_add(&x->bad, 1);
		atomic_fetch_add_explicit(&x->calls, 1, memory_order_relaxed);
	}
	return NULL;
}

static void start(struct exec *x, struct lazymb_code *c, int block_all)
{
	x->c = c;
	x->block_all = block_all;
	pthread_create(&x->t, NULL, executor, x);
	while (!atomic_load(&x->started) || atomic_load(&x->calls) < 100)
		;
}

static long stop(struct exec *x)
{
	atomic_store(&x->stop, 1);
	pthread_join(x->t, NULL);
	return atomic_load(&x->bad);
}

/* ---- a thread that blocks SIGTRAP ------------------------------------------------- */

static int blocked_child(void)
{
	struct lazymb_code *c = build();
	struct exec x = { 0 };
	unsigned char before[256], insn[5], cld = 0xfc;
	int r;

	if (!c)
		return 2;
	start(&x, c, 1);
	memcpy(before, lazymb_code_rx(c), sizeof(before));
	for (int i = 0; i < 200; i++) {
		mov_eax(insn, (i & 1) ? 111 : 222);
		r = lazymb_patch(c, (char *)lazymb_code_rx(c) + F1, insn, 5);
		if (r != -EPERM) {
			printf("patch with a thread blocking SIGTRAP: %d, not -EPERM\n", r);
			return 3;
		}
	}
	/* The reason names the thread: "thread <tid> (<name>) blocks ...". */
	if (!strstr(lazymb_patch_reason(), "blocks signal 5")) {
		printf("reason: %s\n", lazymb_patch_reason());
		return 4;
	}
	printf("refused: %s\n", lazymb_patch_reason());
	fflush(stdout);
	if (memcmp(before, lazymb_code_rx(c), sizeof(before)) != 0)
		return 5; /* nothing written */
	/* What needs no trap still works: one byte, and the one-store path. */
	if (lazymb_patch(c, (char *)lazymb_code_rx(c) + F5, &cld, 1) != 0)
		return 6;
	mov_eax(insn, 444);
	if (lazymb_patch_ex(c, (char *)lazymb_code_rx(c) + F4, insn, 5, LAZYMB_PATCH_ATOMIC) != 0)
		return 7;
	if (lazymb_patch_reason()[0])
		return 8; /* cleared by the successful call */
	if (stop(&x) != 0)
		return 9;
	/* With the worker gone, the breakpoint protocol goes through. */
	mov_eax(insn, 222);
	if (lazymb_patch(c, (char *)lazymb_code_rx(c) + F1, insn, 5) != 0 || fn_at(c, F1)() != 222)
		return 10;
	lazymb_code_destroy(c);
	return 0;
}

START_TEST(test_jit_life_sigtrap_blocked_refused)
{
	if (lazymb_sync_core_available() != 0)
		LZ_SKIP("no sync_core here");
	in_child(blocked_child, 60, "a thread blocking SIGTRAP while another patches");
}
END_TEST

/* ---- SIGTRAP set to SIG_IGN ----------------------------------------------------- */

static int ignored_child(void)
{
	struct lazymb_code *c = build();
	struct exec x = { 0 };
	unsigned char before[256], insn[5];

	if (!c)
		return 2;
	/* Before lazymb's handler: it is installed over SIG_IGN (and a trap
	 * that is not lazymb's is then ignored, as the program asked). */
	signal(SIGTRAP, SIG_IGN);
	start(&x, c, 0);
	for (int i = 0; i < 200; i++) {
		mov_eax(insn, (i & 1) ? 222 : 111);
		if (lazymb_patch(c, (char *)lazymb_code_rx(c) + F1, insn, 5) != 0)
			return 3;
	}
	/* After it: the program cut lazymb's handler off; a thread reaching
	 * an int3 would die. Refused, nothing written. */
	signal(SIGTRAP, SIG_IGN);
	memcpy(before, lazymb_code_rx(c), sizeof(before));
	mov_eax(insn, 222);
	if (lazymb_patch(c, (char *)lazymb_code_rx(c) + F1, insn, 5) != -EPERM)
		return 4;
	printf("refused: %s\n", lazymb_patch_reason());
	fflush(stdout);
	if (!strstr(lazymb_patch_reason(), "SIG_IGN"))
		return 5;
	if (memcmp(before, lazymb_code_rx(c), sizeof(before)) != 0)
		return 6;
	if (stop(&x) != 0)
		return 7;
	return 0;
}

START_TEST(test_jit_life_sigtrap_ignored)
{
	if (lazymb_sync_core_available() != 0)
		LZ_SKIP("no sync_core here");
	in_child(ignored_child, 60, "SIGTRAP ignored");
}
END_TEST

/* ---- fork while the parent patches ------------------------------------------------- */

struct patcher {
	struct lazymb_code *c;
	int batch; /* patch F1 in batches of one site plus 63 one-byte nops */
	atomic_int stop, error;
	atomic_long patches;
	pthread_t t;
};

static void *patch_loop(void *arg)
{
	struct patcher *p = arg;
	unsigned char *rx = lazymb_code_rx(p->c), insn[5], nop = 0x90;
	struct lazymb_patch b[64];

	for (long i = 0; !atomic_load(&p->stop); i++) {
		int r;

		mov_eax(insn, (i & 1) ? 222 : 111);
		if (p->batch) {
			b[0] = (struct lazymb_patch){ rx + F1, insn, 5 };
			for (int k = 1; k < 64; k++) /* one-byte sites in the 0xcc filler */
				b[k] = (struct lazymb_patch){ rx + 256 + k, &nop, 1 };
			r = lazymb_patch_batch(p->c, b, 64);
		} else {
			r = lazymb_patch(p->c, rx + F1, insn, 5);
		}
		/* No ck_assert here: Check's lock, held by this thread at a
		 * fork(), would stay held in the child. */
		if (r != 0) {
			atomic_store(&p->error, r);
			break;
		}
		atomic_fetch_add(&p->patches, 1);
	}
	return NULL;
}

/* The child: the forking thread alone. It runs the site while the parent
 * keeps patching its own copy (an int3 of the parent's would kill it
 * here), patches its copy, and checks the parent never sees that. */
static int fork_child_work(struct lazymb_code *c)
{
	fn_t f1 = fn_at(c, F1);
	unsigned char insn[5];
	uint64_t end = now_ms() + 2;
	int r;

	while (now_ms() < end) {
		int a = f1();

		if (a != 111 && a != 222)
			return 20;
	}
	mov_eax(insn, 555);
	r = lazymb_patch(c, (char *)lazymb_code_rx(c) + F1, insn, 5);
	if (r != 0) {
		printf("child patch: %s (%s)\n", lazymb_strerror(r), lazymb_patch_reason());
		return 21;
	}
	return f1() == 555 ? 0 : 22;
}

static void fork_storm(int batch)
{
	struct lazymb_code *c = build();
	struct exec x[2] = { { 0 }, { 0 } };
	struct patcher p = { .c = c, .batch = batch };
	int forks = 0, failed = 0, first_status = 0;
	int want = (int)lz_scale(200);
	uint64_t deadline = now_ms() + 60000;

	if (lazymb_sync_core_available() != 0)
		LZ_SKIP("no sync_core here");
	ck_assert_ptr_nonnull(c);
	for (int i = 0; i < 2; i++)
		start(&x[i], c, 0);
	pthread_create(&p.t, NULL, patch_loop, &p);
	while (forks < want && now_ms() < deadline) {
		int status;
		pid_t pid = fork();

		if (pid == 0) {
			alarm(10); /* a hung child is a failure (SIGALRM) */
			_exit(fork_child_work(c));
		}
		ck_assert_int_ge(pid, 0);
		forks++;
		ck_assert_int_eq(waitpid(pid, &status, 0), pid);
		if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
			if (!failed++)
				first_status = status;
		}
	}
	atomic_store(&p.stop, 1);
	pthread_join(p.t, NULL);
	printf("fork storm (%s): %d forks, %ld parent patches, %d children failed\n",
	       batch ? "batches" : "single patches", forks, atomic_load(&p.patches), failed);
	ck_assert_msg(atomic_load(&p.error) == 0, "parent patch: %s",
		      lazymb_strerror(atomic_load(&p.error)));
	for (int i = 0; i < 2; i++)
		ck_assert_int_eq(stop(&x[i]), 0); /* never saw the children's 555 */
	ck_assert_msg(failed == 0, "%d of %d children failed, the first: %s %d", failed, forks,
		      WIFSIGNALED(first_status) ? "signal" : "exit",
		      WIFSIGNALED(first_status) ? WTERMSIG(first_status) : WEXITSTATUS(first_status));
	ck_assert_int_ge(forks, want);
	lazymb_code_destroy(c);
}

START_TEST(test_jit_life_fork_while_parent_patches)
{
	fork_storm(0);
}
END_TEST

START_TEST(test_jit_life_fork_during_batches_child_patches)
{
	fork_storm(1);
}
END_TEST

/* ---- quiesce and a signal handler parked over code in the range ------------------ */

static atomic_int in_handler, release_handler;
static atomic_uintptr_t interrupted_ip;

static void park_handler(int sig, siginfo_t *si, void *uc)
{
	(void)sig;
	(void)si;
	atomic_store(&interrupted_ip, (uintptr_t)((ucontext_t *)uc)->uc_mcontext.gregs[REG_RIP]);
	atomic_store(&in_handler, 1);
	while (!atomic_load(&release_handler))
		;
}

static void *park(void *arg)
{
	void **a = arg;
	void (*loop)(atomic_int *) = (void (*)(atomic_int *))a[0];

	loop(a[1]);
	return NULL;
}

START_TEST(test_jit_life_quiesce_misses_handler_frames)
{
	struct lazymb_code *c = region();
	unsigned char *rw = lazymb_code_rw(c);
	/* 400: cmp dword [rdi], 0; je 400; ret */
	static const unsigned char loop[] = { 0x83, 0x3f, 0x00, 0x74, 0xfb, 0xc3 };
	uintptr_t lo = (uintptr_t)lazymb_code_rx(c) + 400;
	atomic_int flag = 0;
	struct sigaction sa;
	void *args[2];
	pthread_t tp;

	memcpy(rw + 400, loop, sizeof(loop));
	ck_assert_int_eq(lazymb_code_publish(c, 400, sizeof(loop)), 0);
	memset(&sa, 0, sizeof(sa));
	sa.sa_sigaction = park_handler;
	sa.sa_flags = SA_SIGINFO;
	sigaction(SIGUSR2, &sa, NULL);
	args[0] = (void *)lo;
	args[1] = &flag;
	pthread_create(&tp, NULL, park, args);
	usleep(20000);
	pthread_kill(tp, SIGUSR2);
	while (!atomic_load(&in_handler))
		;
	/* The handler interrupted the thread inside the range and runs
	 * outside it: quiesce reports the range quiet (lazymb_code_quiesce(3),
	 * BUGS), though the thread returns into it when the handler does. */
	ck_assert_uint_ge(atomic_load(&interrupted_ip), lo);
	ck_assert_uint_lt(atomic_load(&interrupted_ip), lo + sizeof(loop));
	ck_assert_int_eq(lazymb_code_quiesce(c, 400, 16), 0);
	atomic_store(&release_handler, 1);
	usleep(20000);
	/* Back in the loop: now it is seen (bounded: the loop ends below). */
	atomic_store(&flag, 1);
	pthread_join(tp, NULL);
	lazymb_code_destroy(c);
}
END_TEST

#endif

int main(void)
{
	Suite *s = suite_create("jit_life");
	TCase *tc = tcase_create("jit_life");

	tcase_set_timeout(tc, 120);
	tcase_add_test(tc, test_jit_life_fork_child_owns_a_copy);
#if defined(__x86_64__)
	tcase_add_test(tc, test_jit_life_sigtrap_blocked_refused);
	tcase_add_test(tc, test_jit_life_sigtrap_ignored);
	tcase_add_test(tc, test_jit_life_fork_while_parent_patches);
	tcase_add_test(tc, test_jit_life_fork_during_batches_child_patches);
	tcase_add_test(tc, test_jit_life_quiesce_misses_handler_frames);
#endif
	suite_add_tcase(s, tc);
	return lz_run_suite(s);
}
