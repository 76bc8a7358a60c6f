// SPDX-License-Identifier: LGPL-2.1-or-later
// SPDX-FileCopyrightText: 2026 The lazymb authors

/*
 * arm64 cross-modifying code (Arm ARM B2.2.5 "Concurrent modification and
 * execution of instructions"): only B, BL, NOP, BRK, SVC, HVC and SMC may
 * be replaced by one another while another thread may execute them (a
 * 4-byte aligned single-copy-atomic store); then DC CVAU on the written
 * lines, DSB ISH, IC IVAU, DSB ISH, ISB (line sizes from CTR_EL0; the D
 * side is skipped when CTR_EL0.IDC, the I side when DIC), and a context
 * synchronization event on the other threads (lazymb_sync_core).
 */
#ifndef LAZYMB_ARCH_INSIDE
#error "Never include arch/aarch64/jit.h directly; include arch/jit.h."
#endif
#ifndef LAZYMB_ARCH_AARCH64_JIT_H
#define LAZYMB_ARCH_AARCH64_JIT_H

#define LAZYMB_ARCH_PATCH LAZYMB_PATCH_WORD
#define LAZYMB_ARCH_INSN_MAX 4

static inline void lazymb_arch_icache_sync(void *rw, void *rx, size_t len)
{
	unsigned long ctr = lazymb_arch_read_ctr_el0();
	uintptr_t dline = 4u << ((ctr >> 16) & 0xf), iline = 4u << (ctr & 0xf);
	uintptr_t a, end;

	if (!(ctr & (1ul << 28))) { /* IDC clear: clean to the point of unification */
		end = (uintptr_t)rw + len;
		for (a = (uintptr_t)rw & ~(dline - 1); a < end; a += dline)
			__asm__ __volatile__("dc cvau, %0" : : "r"(a) : "memory");
	}
	__asm__ __volatile__("dsb ish" ::: "memory");
	if (!(ctr & (1ul << 29))) { /* DIC clear: invalidate the I-cache lines */
		end = (uintptr_t)rx + len;
		for (a = (uintptr_t)rx & ~(iline - 1); a < end; a += iline)
			__asm__ __volatile__("ic ivau, %0" : : "r"(a) : "memory");
		__asm__ __volatile__("dsb ish" ::: "memory");
	}
	__asm__ __volatile__("isb" ::: "memory");
}

static inline int lazymb_arch_insn_patchable(uint32_t insn)
{
	if ((insn & 0x7c000000u) == 0x14000000u) /* B, BL */
		return 1;
	if (insn == 0xd503201fu)                 /* NOP */
		return 1;
	switch (insn & 0xffe0001fu) {
	case 0xd4200000u: /* BRK */
	case 0xd4000001u: /* SVC */
	case 0xd4000002u: /* HVC */
	case 0xd4000003u: /* SMC */
		return 1;
	}
	return 0;
}

#endif /* LAZYMB_ARCH_AARCH64_JIT_H */
