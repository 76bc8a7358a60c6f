// SPDX-License-Identifier: LGPL-2.1-or-later
// SPDX-FileCopyrightText: 2026 The lazymb authors

/*
 * What the JIT layer needs per arch (private). Like arch/arch.h, this tests
 * the CPU macros to pick the arch's header. Each arch's jit.h defines:
 *   LAZYMB_ARCH_PATCH      the protocol these headers are for, which the
 *                          protocol file the build picked checks (arch/patch.h):
 *                          LAZYMB_PATCH_BREAKPOINT (x86: variable-length,
 *                          int3 protocol, arch/x86_64/patch.c),
 *                          LAZYMB_PATCH_WORD (one aligned 4-byte instruction
 *                          of a patchable class, arch/generic/patch-word.c),
 *                          or LAZYMB_PATCH_NONE (arch/generic/patch.c)
 *   LAZYMB_ARCH_INSN_MAX   longest instruction
 *   lazymb_arch_icache_sync(rw, rx, len)   make bytes written at rw visible
 *                          to instruction fetch at rx (no sync_core)
 *   lazymb_arch_insn_patchable(insn)       WORD arches: the class check
 * The trap handler's ucontext accessors are in arch/arch.h.
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
