// SPDX-License-Identifier: LGPL-2.1-or-later
// SPDX-FileCopyrightText: 2026 The lazymb authors

/*
 * Live code rewritten under an executing thread, shared by the test suite
 * (tests/check_fence.c) and lazymb-probe --verify (header-only, not
 * installed). A page holds a function that returns an immediate; the
 * rewriter stores a new immediate with one aligned 4-byte store (x86-64:
 * the imm32 of mov eax; powerpc64, arm64: the whole instruction word), runs
 * lazymb_sync_core() (and cache maintenance off x86), then publishes the
 * version in flag. An executor that saw the flag must get at least that
 * version back: v < f counts as stale code.
 */
#ifndef LAZYMB_TOOLS_REWRITE_H
#define LAZYMB_TOOLS_REWRITE_H

#include <stdatomic.h>
#include <stdint.h>

#if defined(__x86_64__)
#define CODE_OFF 3 /* B8 imm32 C3: the immediate at offset 4, aligned */
#define CODE_MAXV 0x7fffffffu
static void code_write(unsigned char *p, uint32_t v, int first)
{
	if (first) {
		p[CODE_OFF] = 0xb8;     /* mov eax, imm32 */
		p[CODE_OFF + 5] = 0xc3; /* ret */
	}
	atomic_store_explicit((_Atomic uint32_t *)(void *)(p + CODE_OFF + 1), v,
			      memory_order_relaxed);
}
#define HAVE_CODE 1
#elif defined(__powerpc64__) && defined(_CALL_ELF) && _CALL_ELF == 2
#define CODE_OFF 0
#define CODE_MAXV 0x7fffu
static void code_write(unsigned char *p, uint32_t v, int first)
{
	if (first)
		((uint32_t *)(void *)p)[1] = 0x4e800020u; /* blr */
	/* li r3, v */
	atomic_store_explicit((_Atomic uint32_t *)(void *)p, 0x38600000u | (v & 0x7fff),
			      memory_order_relaxed);
}
#define HAVE_CODE 1
#elif defined(__aarch64__)
#define CODE_OFF 0
#define CODE_MAXV 0xffffu
static void code_write(unsigned char *p, uint32_t v, int first)
{
	if (first)
		((uint32_t *)(void *)p)[1] = 0xd65f03c0u; /* ret */
	/* movz w0, #v */
	atomic_store_explicit((_Atomic uint32_t *)(void *)p, 0x52800000u | ((v & 0xffff) << 5),
			      memory_order_relaxed);
}
#define HAVE_CODE 1
#else
#define HAVE_CODE 0
#endif

#if HAVE_CODE
struct xmod {
	unsigned char *code;
	atomic_uint flag; /* the version the rewriter published */
	atomic_int stop;
	atomic_long calls, stale;
};

static void *executor(void *arg)
{
	struct xmod *x = arg;
	unsigned (*fn)(void) = (unsigned (*)(void))(void *)(x->code + CODE_OFF);

	while (!atomic_load_explicit(&x->stop, memory_order_relaxed)) {
		/* Acquire: pairs with the rewriter's release of flag after
		 * its sync_core; the new code must be what runs next. */
		unsigned f = atomic_load_explicit(&x->flag, memory_order_acquire);
		unsigned v = fn();

		atomic_fetch_add_explicit(&x->calls, 1, memory_order_relaxed);
		if (v < f)
			atomic_fetch_add_explicit(&x->stale, 1, memory_order_relaxed);
	}
	return NULL;
}
#endif

#endif /* LAZYMB_TOOLS_REWRITE_H */
