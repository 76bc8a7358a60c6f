// SPDX-License-Identifier: LGPL-2.1-or-later
// SPDX-FileCopyrightText: 2026 The lazymb authors

/*
 * Defaults for whatever an arch header left out. An arch with no header
 * here gets: a seq_cst fence, no serializing instruction (so no signal
 * strategy for sync_core), no mprotect strategy, no init, a compiler
 * barrier as spin hint, no kernel-version rule for SYNC_CORE.
 */
#ifndef LAZYMB_ARCH_INSIDE
#error "Never include arch/generic/arch.h directly; include arch/arch.h."
#endif
#ifndef LAZYMB_ARCH_GENERIC_H
#define LAZYMB_ARCH_GENERIC_H

#include <stdint.h>
#include <sys/syscall.h>

#ifndef LAZYMB_ARCH_NAME
#define LAZYMB_ARCH_NAME "generic"
#endif

#ifndef LAZYMB_NR_membarrier
#ifdef SYS_membarrier
#define LAZYMB_NR_membarrier SYS_membarrier
#else
#error "unknown membarrier syscall number for this arch; add it to arch/<arch>/arch.h"
#endif
#endif

#ifndef lazymb_arch_mb
#define lazymb_arch_mb lazymb_arch_mb
static inline void lazymb_arch_mb(void)
{
	__atomic_thread_fence(__ATOMIC_SEQ_CST);
}
#endif

#ifndef lazymb_arch_serialize
#define lazymb_arch_serialize lazymb_arch_serialize
static inline void lazymb_arch_serialize(void)
{
	__atomic_thread_fence(__ATOMIC_SEQ_CST);
}
#define LAZYMB_ARCH_HAS_SERIALIZE 0
#endif

#ifndef lazymb_arch_init
#define lazymb_arch_init lazymb_arch_init
/* Nothing to set up from the CPU features. */
static inline void lazymb_arch_init(unsigned int features)
{
	(void)features;
}
#endif

#ifndef lazymb_arch_cpu_relax
#define lazymb_arch_cpu_relax lazymb_arch_cpu_relax
/* No spin hint known: a compiler barrier, so a spin loop's loads are
 * issued again on each turn. */
static inline void lazymb_arch_cpu_relax(void)
{
	__atomic_signal_fence(__ATOMIC_SEQ_CST);
}
#endif

#ifndef lazymb_arch_sync_core_kernel_ok
#define lazymb_arch_sync_core_kernel_ok lazymb_arch_sync_core_kernel_ok
/* No known kernel whose SYNC_CORE falls short here: trust the kernel. */
static inline int lazymb_arch_sync_core_kernel_ok(int version)
{
	(void)version;
	return 1;
}
#endif

/* 1 where PRIVATE_EXPEDITED already serves as sync_core (powerpc64). */
#ifndef LAZYMB_ARCH_EXPEDITED_SYNCS_CORE
#define LAZYMB_ARCH_EXPEDITED_SYNCS_CORE 0
#endif

#ifndef lazymb_arch_cpu_features
#define lazymb_arch_cpu_features lazymb_arch_cpu_features
static inline unsigned int lazymb_arch_cpu_features(void)
{
	return 0;
}
#endif

#ifndef lazymb_arch_cache_line
#define lazymb_arch_cache_line lazymb_arch_cache_line
static inline unsigned int lazymb_arch_cache_line(void)
{
	return 0;
}
#endif

#ifndef lazymb_arch_ucontext_ip
#define lazymb_arch_ucontext_ip lazymb_arch_ucontext_ip
/* Unknown ucontext layout: no sample (0). Code quiescence is refused. */
static inline uintptr_t lazymb_arch_ucontext_ip(const void *uc)
{
	(void)uc;
	return 0;
}
#define LAZYMB_ARCH_HAS_UCONTEXT_IP 0
#else
#define LAZYMB_ARCH_HAS_UCONTEXT_IP 1
#endif

#ifndef LAZYMB_ARCH_MPROTECT_IPI
#define LAZYMB_ARCH_MPROTECT_IPI 0
#endif

#endif /* LAZYMB_ARCH_GENERIC_H */
