// SPDX-License-Identifier: LGPL-2.1-or-later
// SPDX-FileCopyrightText: 2026 The lazymb authors

/* powerpc64 (both endians): weak memory model, isync, dcbst/icbi. */
#ifndef LAZYMB_ARCH_INSIDE
#error "Never include arch/powerpc64/arch.h directly; include arch/arch.h."
#endif
#ifndef LAZYMB_ARCH_POWERPC64_H
#define LAZYMB_ARCH_POWERPC64_H

#define LAZYMB_ARCH_NAME "powerpc64"
#define LAZYMB_NR_membarrier 365

/*
 * Full fence: needs store->load, which lwsync does not order, so sync
 * (hwsync). Power ISA Book II, "Memory Barrier Instructions".
 */
#define lazymb_arch_mb lazymb_arch_mb
static inline void lazymb_arch_mb(void)
{
	__asm__ __volatile__("sync" ::: "memory");
}

/*
 * Context synchronization: isync discards prefetched instructions, so the
 * next ones are fetched after it (Power ISA Book II, "Instruction
 * Synchronize"). Preceded by sync so earlier accesses (e.g. the flag that
 * announced new code) are performed first. Async-signal-safe.
 */
#define lazymb_arch_serialize lazymb_arch_serialize
static inline void lazymb_arch_serialize(void)
{
	__asm__ __volatile__("sync\n\tisync" ::: "memory");
}
#define LAZYMB_ARCH_HAS_SERIALIZE 1

#define lazymb_arch_cache_line lazymb_arch_cache_line
static inline unsigned int lazymb_arch_cache_line(void)
{
	return 128; /* POWER7..POWER10 L1 line (fixed: AT_DCACHEBSIZE is not read) */
}

/*
 * Spin-wait hint: "or 1,1,1" lowers this hardware thread's priority so the
 * other threads of the core get its cycles, "or 2,2,2" restores medium
 * priority (Power ISA Book II, the "or Rx,Rx,Rx" program priority hints;
 * both allowed in problem state), as Linux's cpu_relax() does. Also a
 * compiler barrier.
 */
#define lazymb_arch_cpu_relax lazymb_arch_cpu_relax
static inline void lazymb_arch_cpu_relax(void)
{
	__asm__ __volatile__("or 1,1,1\n\tor 2,2,2" ::: "memory");
}

/*
 * powerpc before 5.9 has no SYNC_CORE. Every return to user there is
 * rfid/hrfid/rfscv, which is context synchronizing, so the IPI of
 * PRIVATE_EXPEDITED (and a reschedule) already gives what SYNC_CORE
 * promises (commit 2384b36f9156's rationale; doc/guarantees.md). So
 * lib/fence.c serves sync_core with PRIVATE_EXPEDITED where the kernel
 * refuses SYNC_CORE with EINVAL.
 */
#define LAZYMB_ARCH_EXPEDITED_SYNCS_CORE 1

/* TLB invalidations are tlbie broadcasts: no IPI, the mprotect trick is void. */
#define LAZYMB_ARCH_MPROTECT_IPI 0

/* The interrupted instruction pointer (NIP) in a signal handler's ucontext. */
#include <ucontext.h>
#define lazymb_arch_ucontext_ip lazymb_arch_ucontext_ip
static inline uintptr_t lazymb_arch_ucontext_ip(const void *uc)
{
	return (uintptr_t)((const ucontext_t *)uc)->uc_mcontext.gp_regs[32]; /* PT_NIP */
}

#endif /* LAZYMB_ARCH_POWERPC64_H */
