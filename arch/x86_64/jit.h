// SPDX-License-Identifier: LGPL-2.1-or-later
// SPDX-FileCopyrightText: 2026 The lazymb authors

/*
 * x86-64 cross-modifying code (Intel SDM vol. 3A 8.1.3; AMD APM vol. 2
 * 7.6.1): instruction caches are coherent with data writes, so no cache
 * maintenance; the executing threads need a serializing instruction
 * (lazymb_sync_core) before they run modified code. Changing more than one
 * byte of an instruction that may be executing needs the breakpoint
 * protocol (arch/x86_64/patch.c).
 */
#ifndef LAZYMB_ARCH_INSIDE
#error "Never include arch/x86_64/jit.h directly; include arch/jit.h."
#endif
#ifndef LAZYMB_ARCH_X86_64_JIT_H
#define LAZYMB_ARCH_X86_64_JIT_H

#define LAZYMB_ARCH_PATCH LAZYMB_PATCH_BREAKPOINT
#define LAZYMB_ARCH_INSN_MAX 15
#define LAZYMB_ARCH_BREAKPOINT 0xcc /* int3 */

static inline void lazymb_arch_icache_sync(void *rw, void *rx, size_t len)
{
	(void)rw;
	(void)rx;
	(void)len;
}

#endif /* LAZYMB_ARCH_X86_64_JIT_H */
