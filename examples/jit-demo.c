// SPDX-License-Identifier: LGPL-2.1-or-later
// SPDX-FileCopyrightText: 2026 The lazymb authors

/*
 * jit-demo: a tiny JIT. It compiles an arithmetic expression in x (+ - *,
 * integers, parentheses) to x86-64 or powerpc64le machine code, runs it on several
 * threads, and hot-swaps new versions while they run:
 *
 *   1. compile version k into a free slot of a lazymb code region
 *      (written through the writable view) and lazymb_code_publish() it;
 *   2. lazymb_patch() the 5-byte `jmp rel32` at the entry point so it
 *      jumps to the new slot (the breakpoint protocol: threads running
 *      through the entry see the old jump or the new one, never a mix);
 *   3. lazymb_code_quiesce() the slot two versions back before reusing it.
 *
 * Versions compute (x + k) * 3 - k; the threads call with x = 2 and check
 * that every result is 6 + 2k for a version k that has been published.
 * Prints calls per second and patches applied; exits 0 only if every call
 * returned a valid value.
 *
 *   jit-demo [seconds] [expression]     e.g. jit-demo 1 "(x+K)*3-K"
 */
#include <pthread.h>
#include <stdatomic.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <lazymb/lazymb.h>

#if defined(__x86_64__) || (defined(__powerpc64__) && defined(_CALL_ELF) && _CALL_ELF == 2)

#define SLOT 256
#define NSLOTS 8

/* ---- the compiler: recursive descent straight to stack code ------------- */

struct cc {
	const char *s;
	unsigned char *out;
	size_t n, max;
	long k;
	int err;
	int depth; /* powerpc64: values live in r4.. r4+depth-1 */
};

static void emit(struct cc *c, const void *b, size_t n)
{
	if (c->n + n > c->max) {
		c->err = 1;
		return;
	}
	memcpy(c->out + c->n, b, n);
	c->n += n;
}

/* ---- code generators: a value stack, push x / push number / op / return ---- */

#if defined(__x86_64__)
#define ARCH "x86-64"
#define JMP_LEN 5

static void gen_x(struct cc *c)
{
	static const unsigned char push_x[] = { 0x89, 0xf8, 0x50 }; /* mov eax,edi; push rax */
	emit(c, push_x, sizeof(push_x));
}

static void gen_num(struct cc *c, int32_t v)
{
	unsigned char mov[6] = { 0xb8, 0, 0, 0, 0, 0x50 }; /* mov eax,imm32; push rax */

	memcpy(mov + 1, &v, 4);
	emit(c, mov, sizeof(mov));
}

static void gen_op(struct cc *c, char op)
{
	/* pop rcx; pop rax; add/sub/imul eax,ecx; push rax */
	static const unsigned char mul[] = { 0x59, 0x58, 0x0f, 0xaf, 0xc1, 0x50 };
	unsigned char as[] = { 0x59, 0x58, (unsigned char)(op == '+' ? 0x01 : 0x29), 0xc8, 0x50 };

	if (op == '*')
		emit(c, mul, sizeof(mul));
	else
		emit(c, as, sizeof(as));
}

static void gen_ret(struct cc *c)
{
	static const unsigned char ret[] = { 0x58, 0xc3 }; /* pop rax; ret */
	emit(c, ret, sizeof(ret));
}

/* The entry point: jmp rel32 (5 bytes: the breakpoint protocol). */
static void jmp_to(unsigned char insn[JMP_LEN], size_t from, size_t to)
{
	int32_t rel = (int32_t)((long)to - (long)(from + 5));

	insn[0] = 0xe9;
	memcpy(insn + 1, &rel, 4);
}

#else /* powerpc64le, ELFv2: x in r3, values in r4..r11, result in r3 */
#define ARCH "powerpc64le"
#define JMP_LEN 4

static void emit32(struct cc *c, uint32_t w)
{
	emit(c, &w, 4);
}

static int push_reg(struct cc *c)
{
	if (c->depth >= 8) {
		c->err = 1; /* deeper than r4..r11 */
		return 4;
	}
	return 4 + c->depth++;
}

static void gen_x(struct cc *c)
{
	int r = push_reg(c);

	emit32(c, 31u << 26 | 3u << 21 | (unsigned)r << 16 | 3u << 11 | 444u << 1); /* mr r,r3 */
}

static void gen_num(struct cc *c, int32_t v)
{
	int r = push_reg(c);

	emit32(c, 15u << 26 | (unsigned)r << 21 | ((uint32_t)v >> 16 & 0xffff));   /* lis r,hi */
	emit32(c, 24u << 26 | (unsigned)r << 21 | (unsigned)r << 16 | (v & 0xffff)); /* ori r,r,lo */
}

static void gen_op(struct cc *c, char op)
{
	unsigned a, b;

	if (c->depth < 2) {
		c->err = 1;
		return;
	}
	b = 4u + (unsigned)--c->depth;
	a = b - 1;
	if (op == '+')
		emit32(c, 31u << 26 | a << 21 | a << 16 | b << 11 | 266u << 1); /* add a,a,b */
	else if (op == '-')
		emit32(c, 31u << 26 | a << 21 | b << 16 | a << 11 | 40u << 1);  /* subf a,b,a */
	else
		emit32(c, 31u << 26 | a << 21 | a << 16 | b << 11 | 235u << 1); /* mullw a,a,b */
}

static void gen_ret(struct cc *c)
{
	emit32(c, 31u << 26 | 4u << 21 | 3u << 16 | 4u << 11 | 444u << 1); /* mr r3,r4 */
	emit32(c, 0x4e800020u);                                              /* blr */
}

/* The entry point: b rel (one I-form branch: a patchable word). */
static void jmp_to(unsigned char insn[JMP_LEN], size_t from, size_t to)
{
	uint32_t w = 18u << 26 | ((uint32_t)((long)to - (long)from) & 0x03fffffcu);

	memcpy(insn, &w, 4);
}
#endif

static void skip(struct cc *c)
{
	while (*c->s == ' ')
		c->s++;
}

static void expr(struct cc *c);

static void factor(struct cc *c)
{
	skip(c);
	if (*c->s == '(') {
		c->s++;
		expr(c);
		skip(c);
		if (*c->s++ != ')')
			c->err = 1;
	} else if (*c->s == 'x') {
		c->s++;
		gen_x(c);
	} else if (*c->s == 'K' || (*c->s >= '0' && *c->s <= '9')) {
		int32_t v = *c->s == 'K' ? (int32_t)c->k : (int32_t)strtol(c->s, (char **)&c->s, 10);

		if (*c->s == 'K')
			c->s++;
		gen_num(c, v);
	} else {
		c->err = 1;
	}
}

static void term(struct cc *c)
{
	factor(c);
	for (skip(c); *c->s == '*'; skip(c)) {
		c->s++;
		factor(c);
		gen_op(c, '*');
	}
}

static void expr(struct cc *c)
{
	term(c);
	for (skip(c); *c->s == '+' || *c->s == '-'; skip(c)) {
		char op = *c->s++;

		term(c);
		gen_op(c, op);
	}
}

/* Compile @src with K = @k into @out; returns the length or 0. */
static size_t compile(const char *src, long k, unsigned char *out, size_t max)
{
	struct cc c = { src, out, 0, max, k, 0, 0 };

	expr(&c);
	skip(&c);
	gen_ret(&c);
	return c.err || *c.s ? 0 : c.n;
}

/* ---- the running program ----------------------------------------------------- */

static struct lazymb_code *code;
static atomic_long published = 1; /* the highest version that may be running */
static atomic_int stop;
static atomic_ulong calls, errors;

static void *worker(void *arg)
{
	int (*entry)(int) = (int (*)(int))(void *)lazymb_code_rx(code);
	unsigned long n = 0, bad = 0;

	(void)arg;
	while (!atomic_load_explicit(&stop, memory_order_relaxed)) {
		int r = entry(2);
		/* Acquire: pairs with the release store of published, made
		 * before the entry was patched to reach that version. */
		long hi = atomic_load_explicit(&published, memory_order_acquire);
		long k = (r - 6) / 2;

		/* Version k computes 6 + 2k; the call ran a version that was
		 * reachable, hence published, before it returned. */
		if ((r - 6) % 2 != 0 || k < 1 || k > hi)
			bad++;
		n++;
	}
	atomic_fetch_add(&calls, n);
	atomic_fetch_add(&errors, bad);
	return NULL;
}

int main(int argc, char **argv)
{
	double seconds = argc > 1 ? atof(argv[1]) : 1.0;
	const char *src = argc > 2 ? argv[2] : "(x+K)*3-K";
	unsigned char *rw, insn[JMP_LEN];
	struct timespec t0, t1;
	pthread_t th[3];
	long k;
	size_t n;
	int r;

	if (lazymb_init() != 0 || lazymb_sync_core_available() != 0) {
		fprintf(stderr, "jit-demo: no sync_core strategy here\n");
		return 1;
	}
	r = lazymb_code_create(&code, 64 + NSLOTS * SLOT);
	if (r) {
		fprintf(stderr, "jit-demo: lazymb_code_create: %s\n", lazymb_strerror(r));
		return 1;
	}
	rw = lazymb_code_rw(code);
	/* Version 1 in slot 0; the entry jumps there. */
	n = compile(src, 1, rw + 64, SLOT);
	if (!n) {
		fprintf(stderr, "jit-demo: cannot compile \"%s\"\n", src);
		return 1;
	}
	jmp_to(rw, 0, 64);
	lazymb_code_publish(code, 0, 64 + SLOT);
	printf("jit-demo: f(x) = %s compiled to %zu bytes of " ARCH "; %d threads run f(2)\n", src,
	       n, 3);
	for (int i = 0; i < 3; i++)
		pthread_create(&th[i], NULL, worker, NULL);
	clock_gettime(CLOCK_MONOTONIC, &t0);
	for (k = 2;; k++) {
		size_t slot = 64 + (size_t)(k % NSLOTS) * SLOT;

		clock_gettime(CLOCK_MONOTONIC, &t1);
		if ((double)(t1.tv_sec - t0.tv_sec) + (double)(t1.tv_nsec - t0.tv_nsec) / 1e9 >= seconds)
			break;
		/* The slot last held version k - NSLOTS, unreachable since the
		 * entry moved on; make sure no thread is still inside it. */
		r = lazymb_code_quiesce(code, slot, SLOT);
		if (r) {
			fprintf(stderr, "jit-demo: quiesce: %s\n", lazymb_strerror(r));
			break;
		}
		compile(src, k, rw + slot, SLOT);
		lazymb_code_publish(code, slot, SLOT);
		atomic_store_explicit(&published, k, memory_order_release);
		jmp_to(insn, 0, slot);
		r = lazymb_patch(code, lazymb_code_rx(code), insn, sizeof(insn));
		if (r) {
			fprintf(stderr, "jit-demo: patch: %s\n", lazymb_strerror(r));
			break;
		}
	}
	atomic_store(&stop, 1);
	for (int i = 0; i < 3; i++)
		pthread_join(th[i], NULL);
	printf("jit-demo: %.0f calls/s, %ld versions hot-swapped, %lu bad results\n",
	       (double)atomic_load(&calls) / seconds, k - 2, atomic_load(&errors));
	lazymb_code_destroy(code);
	return atomic_load(&errors) == 0 && k > 2 ? 0 : 1;
}

#else

int main(void)
{
	printf("jit-demo: no code generator for this architecture (x86-64, powerpc64le)\n");
	return 77; /* automake: skipped */
}

#endif
