// SPDX-License-Identifier: LGPL-2.1-or-later
// SPDX-FileCopyrightText: 2026 The lazymb authors

/*
 * JIT support: regions, publishing, refusals, live patching under
 * executing threads (with its negative control: bytes stored one at a time
 * without the protocol tear), the program's own SIGTRAP handler, batches
 * on counts, and code quiescence.
 */
#include <errno.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <sys/wait.h>
#include <time.h>

#include <lazymb/lazymb.h>
#include "tests/testutil.h"

static int under_qemu(void)
{
	return getenv("LAZYMB_TEST_QEMU") != NULL;
}

/* Word arches: patchable instructions (b .+8, b .+16, nop). */
#if defined(__powerpc64__)
#define B8 0x48000008u
#define B16 0x48000010u
#define NOP 0x60000000u
#elif defined(__aarch64__)
#define B8 0x14000002u
#define B16 0x14000004u
#define NOP 0xd503201fu
#endif

static struct lazymb_code *region(void)
{
	struct lazymb_code *c = NULL;
	int r = lazymb_code_create(&c, 4096);

	ck_assert_msg(r == 0, "lazymb_code_create: %s", lazymb_strerror(r));
	return c;
}

typedef int (*fn_t)(void);

static fn_t fn_at(struct lazymb_code *c, size_t off)
{
	return (fn_t)(void *)((char *)lazymb_code_rx(c) + off);
}

/* ---- per-arch code: "return k" ------------------------------------------- */

#if defined(__x86_64__)
static size_t emit_ret(unsigned char *p, int k)
{
	p[0] = 0xb8; /* mov eax, imm32 */
	memcpy(p + 1, &k, 4);
	p[5] = 0xc3; /* ret */
	return 6;
}
#define HAVE_EMIT 1
#elif (defined(__powerpc64__) && defined(_CALL_ELF) && _CALL_ELF == 2) || defined(__aarch64__)
static size_t emit_ret(unsigned char *p, int k)
{
#if defined(__powerpc64__)
	uint32_t w[2] = { 0x38600000u | (uint32_t)(k & 0x7fff), 0x4e800020u }; /* li r3,k; blr */
#else
	uint32_t w[2] = { 0x52800000u | ((uint32_t)(k & 0xffff) << 5), 0xd65f03c0u }; /* mov w0,#k; ret */
#endif
	memcpy(p, w, 8);
	return 8;
}
#define HAVE_EMIT 1
#else
#define HAVE_EMIT 0
#endif

/* ---- regions ----------------------------------------------------------------- */

START_TEST(test_jit_region_is_w_xor_x)
{
	struct lazymb_code *c = region();
	char line[512], rw[32], rx[32];
	FILE *f = fopen("/proc/self/maps", "re");
	int both = 0;

	ck_assert_ptr_nonnull(lazymb_code_rw(c));
	ck_assert_ptr_nonnull(lazymb_code_rx(c));
	ck_assert_ptr_ne(lazymb_code_rw(c), lazymb_code_rx(c));
	ck_assert_uint_ge(lazymb_code_size(c), 4096);
	snprintf(rw, sizeof(rw), "%lx-", (unsigned long)lazymb_code_rw(c));
	snprintf(rx, sizeof(rx), "%lx-", (unsigned long)lazymb_code_rx(c));
	ck_assert_ptr_nonnull(f);
	while (fgets(line, sizeof(line), f)) {
		char perms[8];

		if (sscanf(line, "%*s %7s", perms) != 1)
			continue;
		if (strncmp(line, rw, strlen(rw)) == 0)
			ck_assert_msg(perms[1] == 'w' && perms[2] != 'x', "rw view: %s", line);
		if (strncmp(line, rx, strlen(rx)) == 0)
			ck_assert_msg(perms[1] != 'w' && perms[2] == 'x', "rx view: %s", line);
		if (strstr(line, "lazymb-code") && perms[1] == 'w' && perms[2] == 'x')
			both = 1;
	}
	fclose(f);
	ck_assert_int_eq(both, 0);
	ck_assert_int_eq(lazymb_code_destroy(c), 0);
	ck_assert_int_eq(lazymb_code_destroy(NULL), -EINVAL);
	ck_assert_int_eq(lazymb_code_create(&c, 0), -EINVAL);
	ck_assert_int_eq(lazymb_code_create(NULL, 4096), -EINVAL);
}
END_TEST

struct runner {
	fn_t fn;
	atomic_int go, result;
};

static void *run_when_told(void *arg)
{
	struct runner *r = arg;

	for (int round = 1; round <= 2; round++) {
		/* Acquire: pairs with the release after publish. */
		while (atomic_load_explicit(&r->go, memory_order_acquire) != round)
			;
		atomic_store_explicit(&r->result, r->fn(), memory_order_release);
	}
	return NULL;
}

START_TEST(test_jit_publish_region_reuse)
{
#if HAVE_EMIT
	struct lazymb_code *c = region();
	unsigned char *rw = lazymb_code_rw(c);
	struct runner r = { fn_at(c, 256), 0, 0 };
	pthread_t t;

	if (under_qemu())
		LZ_SKIP("qemu-user does not see code written through the region's second mapping");
	pthread_create(&t, NULL, run_when_told, &r);
	emit_ret(rw + 256, 1);
	ck_assert_int_eq(lazymb_code_publish(c, 256, 16), 0);
	atomic_store_explicit(&r.go, 1, memory_order_release);
	while (atomic_load_explicit(&r.result, memory_order_acquire) != 1)
		;
	/* Other code at the same address, on a thread that ran the old one. */
	emit_ret(rw + 256, 2);
	ck_assert_int_eq(lazymb_code_publish(c, 256, 16), 0);
	atomic_store_explicit(&r.go, 2, memory_order_release);
	pthread_join(t, NULL);
	ck_assert_int_eq(atomic_load(&r.result), 2);
	ck_assert_int_eq(lazymb_code_publish(c, lazymb_code_size(c), 1), -EINVAL);
	ck_assert_int_eq(lazymb_code_publish(NULL, 0, 1), -EINVAL);
	lazymb_code_destroy(c);
#else
	LZ_SKIP("no code generator for this arch in the test");
#endif
}
END_TEST

START_TEST(test_jit_refusals_write_nothing)
{
	struct lazymb_code *c = region(), *other = region();
	unsigned char *rx = lazymb_code_rx(c), before[64], insn[16];
	struct lazymb_patch overlap[2];

	memset(insn, 0x90, sizeof(insn));
	memcpy(before, rx, sizeof(before));
	ck_assert_int_eq(lazymb_patch(c, rx + lazymb_code_size(c), insn, 1), -EINVAL);
	ck_assert_int_eq(lazymb_patch(c, (char *)lazymb_code_rx(other), insn, 4), -EINVAL);
	ck_assert_int_eq(lazymb_patch(c, lazymb_code_rw(c), insn, 4), -EINVAL); /* rw, not rx */
	ck_assert_int_eq(lazymb_patch(c, rx + 8, insn, 0), -EINVAL);
	ck_assert_int_eq(lazymb_patch(c, rx + lazymb_code_size(c) - 2, insn, 4), -EINVAL);
	ck_assert_int_eq(lazymb_patch_ex(c, rx + 8, insn, 4, 0x80), -EINVAL);
#if defined(__x86_64__)
	ck_assert_int_eq(lazymb_patch(c, rx + 8, insn, 16), -EINVAL);
	/* ATOMIC: not inside one aligned 8-byte word. */
	ck_assert_int_eq(lazymb_patch_ex(c, rx + 6, insn, 4, LAZYMB_PATCH_ATOMIC), -EINVAL);
#else
	ck_assert_int_eq(lazymb_patch(c, rx + 2, insn, 4), -EINVAL); /* misaligned */
	ck_assert_int_eq(lazymb_patch(c, rx + 8, insn, 8), -EINVAL); /* not one word */
	/* Not a concurrently patchable instruction class (0x90909090). */
	ck_assert_int_eq(lazymb_patch(c, rx + 8, insn, 4), -EINVAL);
#if defined(__powerpc64__)
	{
		/* The unconditional trap is outside the Power ISA's patch
		 * class (Book II 1.8.1): neither to nor from it. */
		const uint32_t trap = 0x7fe00008u, nop = NOP;
		unsigned char *rw = lazymb_code_rw(c);

		memcpy(rw + 24, &nop, 4);
		memcpy(rw + 28, &trap, 4);
		ck_assert_int_eq(lazymb_code_publish(c, 24, 8), 0);
		memcpy(before, rx, sizeof(before));
		ck_assert_int_eq(lazymb_patch(c, rx + 24, &trap, 4), -EINVAL);
		ck_assert_int_eq(lazymb_patch(c, rx + 28, &nop, 4), -EINVAL);
	}
#endif
#endif
	overlap[0] = (struct lazymb_patch){ rx + 16, insn, 4 };
	overlap[1] = (struct lazymb_patch){ rx + 18, insn, 4 };
	ck_assert_int_eq(lazymb_patch_batch(c, overlap, 2), -EINVAL);
	ck_assert_int_eq(memcmp(before, rx, sizeof(before)), 0);
	lazymb_code_destroy(c);
	lazymb_code_destroy(other);
}
END_TEST

/*
 * The overlap check does not depend on the order of the sites: 200 sites
 * given in reverse order with neighbours swapped are accepted and all
 * written; the same with one site moved onto another, far away in the
 * array, is refused with nothing written.
 */
#if defined(__x86_64__)
static const unsigned char ov_old[4] = { 0x90, 0x90, 0x90, 0x90 };
static const unsigned char ov_new[4] = { 0x0f, 0x1f, 0x40, 0x00 }; /* a 4-byte nop */
#define HAVE_OV 1
#elif defined(__powerpc64__) || defined(__aarch64__)
static const uint32_t ov_oldw = NOP, ov_neww = B8;
#define ov_old ((const unsigned char *)&ov_oldw)
#define ov_new ((const unsigned char *)&ov_neww)
#define HAVE_OV 1
#else
#define HAVE_OV 0
#endif

START_TEST(test_jit_batch_overlap_any_order)
{
#if HAVE_OV
	struct lazymb_code *c = region();
	unsigned char *rx = lazymb_code_rx(c), *rw = lazymb_code_rw(c);
	enum { N = 200, STEP = 8 };
	struct lazymb_patch p[N];
	unsigned char before[N * STEP];

	if (lazymb_sync_core_available() != 0)
		LZ_SKIP("no sync_core here");
	for (int i = 0; i < N; i++)
		memcpy(rw + i * STEP, ov_old, 4);
	ck_assert_int_eq(lazymb_code_publish(c, 0, N * STEP), 0);
	for (int i = 0; i < N; i++) /* reverse order, then swap neighbours */
		p[i] = (struct lazymb_patch){ rx + (N - 1 - i) * STEP, ov_new, 4 };
	for (int i = 0; i + 1 < N; i += 2) {
		struct lazymb_patch t = p[i];

		p[i] = p[i + 1];
		p[i + 1] = t;
	}
	/* p[N - 1] is site 1 and p[1] site N - 1: move p[N - 1] 2 bytes into
	 * site N - 1 (on word arches also misaligned: refused either way). */
	ck_assert_ptr_eq(p[N - 1].site, rx + STEP);
	ck_assert_ptr_eq(p[1].site, rx + (N - 1) * STEP);
	p[N - 1].site = rx + (N - 1) * STEP - 2;
	memcpy(before, rx, sizeof(before));
	ck_assert_int_eq(lazymb_patch_batch(c, p, N), -EINVAL);
	ck_assert_int_eq(memcmp(before, rx, sizeof(before)), 0);
	p[N - 1].site = rx + STEP;
	ck_assert_int_eq(lazymb_patch_batch(c, p, N), 0);
	for (int i = 0; i < N; i++)
		ck_assert_int_eq(memcmp(rx + i * STEP, ov_new, 4), 0);
	lazymb_code_destroy(c);
#else
	LZ_SKIP("no live patching on this arch");
#endif
}
END_TEST

/* A region, the executing threads' stop flag and what they counted. */
struct xmod {
	struct lazymb_code *c;
	atomic_int stop;
	atomic_long calls, bad;
	char first_bad[96]; /* what the first bad call returned (x86-64) */
};

#if defined(__x86_64__)

/* ---- x86-64 live patching ------------------------------------------------------ */

/* The functions, at fixed offsets:
 *   F1 @  64: mov eax, imm32; ret           imm in {111, 222}       (5-byte patch)
 *   F2 @ 128: jmp short L1|L2; L1: mov eax,10; ret; L2: mov eax,20; ret   (2-byte patch)
 *   F3 @ 192: movabs rax, imm64; ret        imm in {A, B}           (10-byte patch)
 *   F4 @ 258: mov eax, imm32; ret           imm in {333, 444}, the 5 bytes in one
 *                                           aligned word: ATOMIC patch */
#define F1 64
#define F2 128
#define F3 192
#define F4 258
static const uint64_t A64 = 0x1111111111111111ull, B64 = 0x2222222222222222ull;

static void mov_eax(unsigned char *p, int k)
{
	p[0] = 0xb8;
	memcpy(p + 1, &k, 4);
}

static void movabs(unsigned char *p, uint64_t v)
{
	p[0] = 0x48;
	p[1] = 0xb8;
	memcpy(p + 2, &v, 8);
}

static void jmp_short(unsigned char *p, int to_l2)
{
	p[0] = 0xeb;
	p[1] = to_l2 ? 6 : 0; /* L1 right after the jmp; L2 6 bytes further */
}

static void build(struct lazymb_code *c)
{
	unsigned char *rw = lazymb_code_rw(c);

	memset(rw, 0xcc, 512);
	mov_eax(rw + F1, 111);
	rw[F1 + 5] = 0xc3;
	jmp_short(rw + F2, 0);
	emit_ret(rw + F2 + 2, 10);
	emit_ret(rw + F2 + 8, 20);
	movabs(rw + F3, A64);
	rw[F3 + 10] = 0xc3;
	mov_eax(rw + F4, 333);
	rw[F4 + 5] = 0xc3;
	ck_assert_int_eq(lazymb_code_publish(c, 0, 512), 0);
}

static void *executor(void *arg)
{
	struct xmod *x = arg;
	int (*f1)(void) = fn_at(x->c, F1), (*f2)(void) = fn_at(x->c, F2);
	int (*f4)(void) = fn_at(x->c, F4);
	uint64_t (*f3)(void) = (uint64_t(*)(void))(void *)((char *)lazymb_code_rx(x->c) + F3);

	while (!atomic_load_explicit(&x->stop, memory_order_relaxed)) {
		int a = f1(), b = f2(), d = f4();
		uint64_t v = f3();

		if ((a != 111 && a != 222) || (b != 10 && b != 20) || (v != A64 && v != B64) ||
		    (d != 333 && d != 444)) {
			if (atomic_fetch_add(&x->bad, 1) == 0)
				snprintf(x->first_bad, sizeof(x->first_bad),
					 "f1 %d f2 %d f3 %#llx f4 %d", a, b,
					 (unsigned long long)v, d);
		}
		atomic_fetch_add_explicit(&x->calls, 1, memory_order_relaxed);
	}
	return NULL;
}

static atomic_int foreign_traps;

static void count_trap(int sig)
{
	(void)sig;
	atomic_fetch_add(&foreign_traps, 1);
}

static void torture(enum lazymb_strategy s)
{
	struct xmod x = { .c = region() };
	unsigned char i1[5], i2[2], i3[10], i4[5];
	struct lazymb_stats st0, st1;
	pthread_t t[2];
	int rounds = (int)lz_scale(lz_long() ? 20000 : (s == LAZYMB_STRATEGY_SIGNAL ? 300 : 2000));
	int r = lazymb_set_strategy(LAZYMB_OP_SYNC_CORE, s);

	if (r)
		LZ_SKIP("sync_core by %s refused here: %s", lazymb_strategy_name(s), lazymb_strerror(r));
	signal(SIGTRAP, count_trap); /* the program's own handler: must see nothing */
	build(x.c);
	for (int i = 0; i < 2; i++)
		pthread_create(&t[i], NULL, executor, &x);
	while (atomic_load(&x.calls) < 1000)
		;
	for (int i = 1; i <= rounds; i++) {
		unsigned char *rx = lazymb_code_rx(x.c);
		int odd = i & 1;

		mov_eax(i1, odd ? 222 : 111);
		jmp_short(i2, odd);
		movabs(i3, odd ? B64 : A64);
		mov_eax(i4, odd ? 444 : 333);
		if (i % 4 == 0) {
			struct lazymb_patch p[3] = {
				{ rx + F1, i1, 5 }, { rx + F2, i2, 2 }, { rx + F3, i3, 10 },
			};

			lazymb_get_stats(&st0);
			ck_assert_int_eq(lazymb_patch_batch(x.c, p, 3), 0);
			lazymb_get_stats(&st1);
			ck_assert_uint_le(st1.sync_core_requested - st0.sync_core_requested, 3);
		} else {
			r = lazymb_patch(x.c, rx + F1, i1, 5);
			ck_assert_msg(r == 0, "%d %s", r, lazymb_patch_reason());
			ck_assert_int_eq(lazymb_patch(x.c, rx + F2, i2, 2), 0);
			ck_assert_int_eq(lazymb_patch(x.c, rx + F3, i3, 10), 0);
		}
		ck_assert_int_eq(lazymb_patch_ex(x.c, rx + F4, i4, 5, LAZYMB_PATCH_ATOMIC), 0);
	}
	atomic_store(&x.stop, 1);
	for (int i = 0; i < 2; i++)
		pthread_join(t[i], NULL);
	printf("patch %s: %d rounds, %ld calls, %ld bad, %d foreign traps\n",
	       lazymb_strategy_name(s), rounds, atomic_load(&x.calls), atomic_load(&x.bad),
	       atomic_load(&foreign_traps));
	ck_assert_msg(atomic_load(&x.bad) == 0, "%ld bad calls, the first: %s",
		      atomic_load(&x.bad), x.first_bad);
	ck_assert_int_eq(atomic_load(&foreign_traps), 0);
	lazymb_code_destroy(x.c);
}

START_TEST(test_jit_patch_torture_membarrier)
{
	torture(LAZYMB_STRATEGY_MEMBARRIER);
}
END_TEST

START_TEST(test_jit_patch_torture_signal)
{
	if (lz_valgrind())
		LZ_SKIP("valgrind stops this test with SIGILL in its emulation of the signal "
			"round nested in the int3 trap handler; it runs natively, under ASan "
			"and under qemu");
	torture(LAZYMB_STRATEGY_SIGNAL);
}
END_TEST

/* The control: store the 10 bytes one at a time, no protocol. The executors
 * must see torn immediates (or die of SIGILL/SIGSEGV): run in a child. */
START_TEST(test_jit_patch_control_tears)
{
	int status;
	pid_t pid;

	LZ_SKIP_CONTROL_UNDER_VALGRIND();
	pid = fork();
	if (pid == 0) {
		struct xmod x = { .c = region() };
		unsigned char *rw = lazymb_code_rw(x.c), i3[10];
		pthread_t t[2];

		uint64_t end;
		struct timespec ts;

		alarm(30);
		build(x.c);
		for (int i = 0; i < 2; i++)
			pthread_create(&t[i], NULL, executor, &x);
		clock_gettime(CLOCK_MONOTONIC, &ts);
		end = (uint64_t)ts.tv_sec + 15; /* a busy machine needs longer */
		for (int i = 1; atomic_load(&x.bad) == 0; i++) {
			if ((i & 1023) == 0) {
				clock_gettime(CLOCK_MONOTONIC, &ts);
				if ((uint64_t)ts.tv_sec > end)
					break;
			}
			movabs(i3, (i & 1) ? B64 : A64);
			for (int k = 0; k < 10; k++)
				atomic_store_explicit((_Atomic unsigned char *)&rw[F3 + k], i3[k],
						      memory_order_relaxed);
		}
		printf("control: %ld bad calls\n", atomic_load(&x.bad));
		fflush(stdout);
		_exit(atomic_load(&x.bad) > 0 ? 0 : 1);
	}
	waitpid(pid, &status, 0);
	ck_assert_msg((WIFEXITED(status) && WEXITSTATUS(status) == 0) || WIFSIGNALED(status),
		      "writing without the protocol never tore (status %#x): the torture cannot fail",
		      status);
}
END_TEST

/* The program's own int3 still reaches the program's own handler. */
static atomic_int own_traps;

static void own_trap(int sig, siginfo_t *si, void *uc)
{
	(void)sig;
	(void)si;
	(void)uc;
	atomic_fetch_add(&own_traps, 1);
}

START_TEST(test_jit_own_sigtrap_handler_chained)
{
	struct lazymb_code *c = region();
	unsigned char *rw = lazymb_code_rw(c), *rx = lazymb_code_rx(c), insn[5];
	struct sigaction sa;

	memset(&sa, 0, sizeof(sa));
	sa.sa_sigaction = own_trap;
	sa.sa_flags = SA_SIGINFO;
	sigaction(SIGTRAP, &sa, NULL);
	build(c);
	/* A patch installs lazymb's handler (which chains to ours). */
	mov_eax(insn, 222);
	ck_assert_int_eq(lazymb_patch(c, rx + F1, insn, 5), 0);
	/* int3; mov eax, 7; ret: the program's own breakpoint, in the region. */
	rw[300] = 0xcc;
	emit_ret(rw + 301, 7);
	ck_assert_int_eq(lazymb_code_publish(c, 300, 8), 0);
	ck_assert_int_eq(fn_at(c, 300)(), 7);
	ck_assert_int_eq(atomic_load(&own_traps), 1);
	/* And outside any region. */
	raise(SIGTRAP);
	ck_assert_int_eq(atomic_load(&own_traps), 2);
	lazymb_code_destroy(c);
}
END_TEST

/* ---- quiescence: a thread parked in a generated loop ---------------------------- */

static void *park(void *arg)
{
	void **a = arg;
	void (*loop)(atomic_int *) = (void (*)(atomic_int *))a[0];

	loop(a[1]);
	return NULL;
}

struct quiesce_call {
	struct lazymb_code *c;
	atomic_int done, result;
};

static void *do_quiesce(void *arg)
{
	struct quiesce_call *q = arg;

	atomic_store(&q->result, lazymb_code_quiesce(q->c, 400, 16));
	atomic_store(&q->done, 1);
	return NULL;
}

START_TEST(test_jit_quiesce_waits_for_parked_thread)
{
	struct lazymb_code *c = region();
	unsigned char *rw = lazymb_code_rw(c);
	/* 400: cmp dword [rdi], 0; je 400; ret */
	static const unsigned char loop[] = { 0x83, 0x3f, 0x00, 0x74, 0xfb, 0xc3 };
	atomic_int flag = 0;
	void *args[2];
	struct quiesce_call q = { c, 0, 0 };
	pthread_t tp, tq;

	memcpy(rw + 400, loop, sizeof(loop));
	ck_assert_int_eq(lazymb_code_publish(c, 400, sizeof(loop)), 0);
	args[0] = (char *)lazymb_code_rx(c) + 400;
	args[1] = &flag;
	pthread_create(&tp, NULL, park, args);
	usleep(20000);
	pthread_create(&tq, NULL, do_quiesce, &q);
	usleep(200000);
	ck_assert_int_eq(atomic_load(&q.done), 0); /* the thread is still inside */
	atomic_store(&flag, 1);
	pthread_join(tp, NULL);
	pthread_join(tq, NULL);
	ck_assert_int_eq(atomic_load(&q.result), 0);
	/* Nobody inside: at once. */
	ck_assert_int_eq(lazymb_code_quiesce(c, 400, 16), 0);
	ck_assert_int_eq(lazymb_code_quiesce(c, lazymb_code_size(c), 16), -EINVAL);
	lazymb_code_destroy(c);
}
END_TEST

#else /* word arches */

/* ---- one aligned instruction word: b .+8 <-> b .+16 ------------------------------ */

static void *wexec(void *arg)
{
	struct xmod *x = arg;
	fn_t f = fn_at(x->c, 64);

	while (!atomic_load_explicit(&x->stop, memory_order_relaxed)) {
		int v = f();

		if (v != 1 && v != 2)
			atomic_fetch_add(&x->bad, 1);
		atomic_fetch_add_explicit(&x->calls, 1, memory_order_relaxed);
	}
	return NULL;
}

static void word_torture(enum lazymb_strategy s)
{
#if HAVE_EMIT
	struct xmod x = { .c = region() };
	uint32_t *w = (uint32_t *)(void *)((char *)lazymb_code_rw(x.c) + 64);
	pthread_t t[2];
	int r = lazymb_set_strategy(LAZYMB_OP_SYNC_CORE, s);

	if (r)
		LZ_SKIP("sync_core by %s refused here: %s", lazymb_strategy_name(s), lazymb_strerror(r));
	w[0] = B8;
	w[1] = NOP;
	emit_ret((unsigned char *)&w[2], 1);
	emit_ret((unsigned char *)&w[4], 2);
	ck_assert_int_eq(lazymb_code_publish(x.c, 64, 24), 0);
	for (int i = 0; i < 2; i++)
		pthread_create(&t[i], NULL, wexec, &x);
	for (long i = 1; i <= lz_scale(300); i++) {
		uint32_t insn = (i & 1) ? B16 : B8;

		ck_assert_int_eq(lazymb_patch(x.c, (char *)lazymb_code_rx(x.c) + 64, &insn, 4), 0);
	}
	atomic_store(&x.stop, 1);
	for (int i = 0; i < 2; i++)
		pthread_join(t[i], NULL);
	printf("word patch %s: %ld calls, %ld bad\n", lazymb_strategy_name(s),
	       atomic_load(&x.calls), atomic_load(&x.bad));
	ck_assert_int_eq(atomic_load(&x.bad), 0);
	lazymb_code_destroy(x.c);
#else
	(void)s;
	LZ_SKIP("no code generator for this arch in the test");
#endif
}

START_TEST(test_jit_patch_torture_membarrier)
{
	word_torture(LAZYMB_STRATEGY_MEMBARRIER);
}
END_TEST

START_TEST(test_jit_patch_torture_signal)
{
	word_torture(LAZYMB_STRATEGY_SIGNAL);
}
END_TEST

#endif

int main(void)
{
	Suite *s = suite_create("jit");
	TCase *tc = tcase_create("jit");

	unsetenv("LAZYMB_SYNC_CORE");
	tcase_set_timeout(tc, 120);
	tcase_add_test(tc, test_jit_region_is_w_xor_x);
	tcase_add_test(tc, test_jit_publish_region_reuse);
	tcase_add_test(tc, test_jit_refusals_write_nothing);
	tcase_add_test(tc, test_jit_batch_overlap_any_order);
	tcase_add_test(tc, test_jit_patch_torture_membarrier);
	tcase_add_test(tc, test_jit_patch_torture_signal);
#if defined(__x86_64__)
	tcase_add_test(tc, test_jit_patch_control_tears);
	tcase_add_test(tc, test_jit_own_sigtrap_handler_chained);
	tcase_add_test(tc, test_jit_quiesce_waits_for_parked_thread);
#endif
	suite_add_tcase(s, tc);
	return lz_run_suite(s);
}
