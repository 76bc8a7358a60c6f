// SPDX-License-Identifier: LGPL-2.1-or-later
// SPDX-FileCopyrightText: 2026 The lazymb authors

/*
 * Private arch dispatcher. The CPU macros (__x86_64__, ...) are tested
 * here and in arch/jit.h, nowhere else in the library; the arch .c files
 * are picked by the build from configure's LAZYMB_ARCH (mk/core.am,
 * mk/jit.am) and each checks that these headers agree. Each arch header
 * defines what differs, with musl's self-define idiom
 * (#define lazymb_arch_x lazymb_arch_x); generic/arch.h fills the rest.
 *
 * Hooks (all static inline unless noted):
 *   LAZYMB_ARCH_NAME             "x86_64", ...
 *   LAZYMB_NR_membarrier         syscall number, for old headers
 *   lazymb_arch_init(features)   called once by the probe (lib/probe.c) with
 *                                the usable LAZYMB_CPU_* bits; x86-64: a
 *                                hidden function in arch/x86_64/arch.c
 *   lazymb_arch_mb()             full fence (store->load included)
 *   lazymb_arch_serialize()      core-serializing / context-synchronizing
 *                                instruction; async-signal-safe
 *   LAZYMB_ARCH_HAS_SERIALIZE    1 if lazymb_arch_serialize() is real
 *   lazymb_arch_cpu_relax()      spin-wait hint (and compiler barrier);
 *                                async-signal-safe
 *   lazymb_arch_cpu_features()   LAZYMB_CPU_* bits (caps.h)
 *   lazymb_arch_cache_line()     L1 line size or 0
 *   LAZYMB_ARCH_MPROTECT_IPI     1 where TLB shootdowns may be IPIs (x86-64)
 *   lazymb_arch_sync_core_kernel_ok(version)
 *                                0 if that kernel's membarrier SYNC_CORE is
 *                                known not to serialize here (x86-64)
 *   LAZYMB_ARCH_EXPEDITED_SYNCS_CORE
 *                                1 if PRIVATE_EXPEDITED serves as sync_core
 *                                where SYNC_CORE is missing (powerpc64)
 *   lazymb_arch_ucontext_ip(uc)  interrupted IP from a signal handler's ucontext
 *                                (LAZYMB_ARCH_HAS_UCONTEXT_IP: 0 if unknown)
 *   lazymb_arch_ucontext_set_ip(uc, ip)
 *                                x86-64 only: where the handler returns to
 *                                (the breakpoint protocol's trap handler)
 */
#ifndef LAZYMB_ARCH_ARCH_H
#define LAZYMB_ARCH_ARCH_H

#define LAZYMB_ARCH_INSIDE 1

#include <stdint.h>

#if defined(__x86_64__)
#include "arch/x86_64/arch.h"
#elif defined(__powerpc64__)
#include "arch/powerpc64/arch.h"
#elif defined(__aarch64__)
#include "arch/aarch64/arch.h"
#endif
#include "arch/generic/arch.h"

#undef LAZYMB_ARCH_INSIDE

#endif /* LAZYMB_ARCH_ARCH_H */
