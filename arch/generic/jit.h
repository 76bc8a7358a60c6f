// SPDX-License-Identifier: LGPL-2.1-or-later
// SPDX-FileCopyrightText: 2026 The lazymb authors

/* Unknown arch: regions and publishing (with the compiler's cache
 * maintenance), no live patching. */
#ifndef LAZYMB_ARCH_INSIDE
#error "Never include arch/generic/jit.h directly; include arch/jit.h."
#endif
#ifndef LAZYMB_ARCH_GENERIC_JIT_H
#define LAZYMB_ARCH_GENERIC_JIT_H

#define LAZYMB_ARCH_PATCH LAZYMB_PATCH_NONE
#define LAZYMB_ARCH_INSN_MAX 0

static inline void lazymb_arch_icache_sync(void *rw, void *rx, size_t len)
{
	(void)rw;
	__builtin___clear_cache((char *)rx, (char *)rx + len);
}

#endif /* LAZYMB_ARCH_GENERIC_JIT_H */
