// SPDX-License-Identifier: LGPL-2.1-or-later
// SPDX-FileCopyrightText: 2026 The lazymb authors

/*
 * What the JIT layer needs per arch (private). Each arch's jit.h defines:
 *   LAZYMB_ARCH_PATCH      LAZYMB_PATCH_BREAKPOINT (x86: variable-length,
 *                          int3 protocol), LAZYMB_PATCH_WORD (one aligned
 *                          4-byte instruction of a patchable class), or
 *                          LAZYMB_PATCH_NONE
 *   LAZYMB_ARCH_INSN_MAX   longest instruction
 *   lazymb_arch_icache_sync(rw, rx, len)   make bytes written at rw visible
 *                          to instruction fetch at rx (no sync_core)
 *   lazymb_arch_insn_patchable(insn)       WORD arches: the class check
 *   lazymb_arch_uc_set_ip(uc, ip)          BREAKPOINT arches: trap handler
 */
#ifndef LAZYMB_ARCH_JIT_H
#define LAZYMB_ARCH_JIT_H

#include "arch/arch.h"

#define LAZYMB_PATCH_NONE 0
#define LAZYMB_PATCH_BREAKPOINT 1
#define LAZYMB_PATCH_WORD 2

#define LAZYMB_ARCH_INSIDE 1
#if defined(__x86_64__)
#include "arch/x86_64/jit.h"
#elif defined(__powerpc64__)
#include "arch/powerpc64/jit.h"
#elif defined(__aarch64__)
#include "arch/aarch64/jit.h"
#else
#include "arch/generic/jit.h"
#endif
#undef LAZYMB_ARCH_INSIDE

#endif /* LAZYMB_ARCH_JIT_H */
