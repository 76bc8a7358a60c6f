// SPDX-License-Identifier: LGPL-2.1-or-later
// SPDX-FileCopyrightText: 2026 The lazymb authors

/*
 * powerpc64 cross-modifying code (Power ISA Version 2.03, Book II 1.8
 * "Instruction Storage" and 1.8.1 "Concurrent Modification and Execution
 * of Instructions"): instructions are 4 bytes, aligned; a word another
 * thread may be executing may be replaced only if the old and the new
 * instruction are both of the patch class, the I-form branch (b, ba, bl,
 * bla) and the preferred no-op ori 0,0,0; then dcbst, sync, icbi, sync,
 * isync on the modifying thread and a context synchronizing event on the
 * others (lazymb_sync_core). The unconditional trap is not in the class.
 */
#ifndef LAZYMB_ARCH_INSIDE
#error "Never include arch/powerpc64/jit.h directly; include arch/jit.h."
#endif
#ifndef LAZYMB_ARCH_POWERPC64_JIT_H
#define LAZYMB_ARCH_POWERPC64_JIT_H

#define LAZYMB_ARCH_PATCH LAZYMB_PATCH_WORD
#define LAZYMB_ARCH_INSN_MAX 4

/* Write back the data lines through the writable view, invalidate the
 * instruction lines through the executable one. */
static inline void lazymb_arch_icache_sync(void *rw, void *rx, size_t len)
{
	const uintptr_t line = 32; /* the smallest block size of any POWER core */
	uintptr_t a, end = (uintptr_t)rw + len;

	for (a = (uintptr_t)rw & ~(line - 1); a < end; a += line)
		__asm__ __volatile__("dcbst 0,%0" : : "r"(a) : "memory");
	__asm__ __volatile__("sync" ::: "memory");
	end = (uintptr_t)rx + len;
	for (a = (uintptr_t)rx & ~(line - 1); a < end; a += line)
		__asm__ __volatile__("icbi 0,%0" : : "r"(a) : "memory");
	__asm__ __volatile__("sync\n\tisync" ::: "memory");
}

static inline int lazymb_arch_insn_patchable(uint32_t insn)
{
	if ((insn >> 26) == 18)            /* b, ba, bl, bla (I-form) */
		return 1;
	if (insn == 0x60000000u)           /* nop (ori 0,0,0) */
		return 1;
	return 0;
}

#endif /* LAZYMB_ARCH_POWERPC64_JIT_H */
