// SPDX-License-Identifier: LGPL-2.1-or-later
// SPDX-FileCopyrightText: 2026 The lazymb authors

/* aarch64: weak memory model, ISB, CTR_EL0-driven cache maintenance. */
#ifndef LAZYMB_ARCH_INSIDE
#error "Never include arch/aarch64/arch.h directly; include arch/arch.h."
#endif
#ifndef LAZYMB_ARCH_AARCH64_H
#define LAZYMB_ARCH_AARCH64_H

#include <lazymb/caps.h>

#define LAZYMB_ARCH_NAME "aarch64"
#define LAZYMB_NR_membarrier 283

/* Full fence between all accesses in the inner-shareable domain. */
#define lazymb_arch_mb lazymb_arch_mb
static inline void lazymb_arch_mb(void)
{
	__asm__ __volatile__("dmb ish" ::: "memory");
}

/*
 * Context synchronization event: ISB flushes the pipeline so instructions
 * after it are fetched anew (Arm ARM B2.6.5, concurrent modification and
 * execution). DSB first so earlier accesses are complete. AS-safe.
 */
#define lazymb_arch_serialize lazymb_arch_serialize
static inline void lazymb_arch_serialize(void)
{
	__asm__ __volatile__("dsb ish\n\tisb" ::: "memory");
}
#define LAZYMB_ARCH_HAS_SERIALIZE 1

static inline unsigned long lazymb_arch_read_ctr_el0(void)
{
	unsigned long ctr;

	/* Linux lets EL0 read CTR_EL0 (SCTLR_EL1.UCT, or it traps and emulates). */
	__asm__ __volatile__("mrs %0, ctr_el0" : "=r"(ctr));
	return ctr;
}

#define lazymb_arch_cpu_features lazymb_arch_cpu_features
static inline unsigned int lazymb_arch_cpu_features(void)
{
	unsigned long ctr = lazymb_arch_read_ctr_el0();
	unsigned int f = 0;

	if (ctr & (1ul << 28))
		f |= LAZYMB_CPU_IDC;
	if (ctr & (1ul << 29))
		f |= LAZYMB_CPU_DIC;
	return f;
}

/* The smaller of the D-cache (DminLine, bits 19:16) and I-cache (IminLine,
 * bits 3:0) minimum line sizes, each log2 of 4-byte words. */
#define lazymb_arch_cache_line lazymb_arch_cache_line
static inline unsigned int lazymb_arch_cache_line(void)
{
	unsigned long ctr = lazymb_arch_read_ctr_el0();
	unsigned int d = 4u << ((ctr >> 16) & 0xf);
	unsigned int i = 4u << (ctr & 0xf);

	return d < i ? d : i;
}

/* Spin-wait hint: YIELD tells the hardware this thread is spinning and
 * could give way to another (Arm ARM, the YIELD instruction; Linux's
 * cpu_relax() on arm64 uses it). Also a compiler barrier. */
#define lazymb_arch_cpu_relax lazymb_arch_cpu_relax
static inline void lazymb_arch_cpu_relax(void)
{
	__asm__ __volatile__("yield" ::: "memory");
}

/* TLBI is a hardware broadcast: no IPI, the mprotect trick is void. */
#define LAZYMB_ARCH_MPROTECT_IPI 0

/* The interrupted instruction pointer (PC) in a signal handler's ucontext. */
#include <ucontext.h>
#define lazymb_arch_ucontext_ip lazymb_arch_ucontext_ip
static inline uintptr_t lazymb_arch_ucontext_ip(const void *uc)
{
	return (uintptr_t)((const ucontext_t *)uc)->uc_mcontext.pc;
}

#endif /* LAZYMB_ARCH_AARCH64_H */
