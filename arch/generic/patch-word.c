// SPDX-License-Identifier: LGPL-2.1-or-later
// SPDX-FileCopyrightText: 2026 The lazymb authors

/*
 * Live patching by one word store (arch/patch.h), shared by the arches
 * whose instructions are 4 aligned bytes and whose manuals let a thread
 * replace some of them while others execute them: powerpc64 and aarch64
 * (built for those only, mk/jit.am). Each arch's jit.h gives the rest: the
 * classes that may be replaced (lazymb_arch_insn_patchable) and the cache
 * maintenance (lazymb_arch_icache_sync), with the manual's section.
 */
#include "config.h"

#include <stdatomic.h>
#include <stdint.h>
#include <string.h>

#include <lazymb/lazymb.h>

#include "arch/jit.h"
#include "arch/patch.h"

#if LAZYMB_ARCH_PATCH != LAZYMB_PATCH_WORD
#error "arch/generic/patch-word.c is built for powerpc64 and aarch64 only, but arch/jit.h picked another arch"
#endif

/* One aligned 4-byte instruction, the old and the new of a class the
 * arch allows to be replaced while executing. */
static int word_site_ok(const unsigned char *rx, const void *insn, size_t len)
{
	uint32_t old, new;

	if (len != 4 || ((uintptr_t)rx & 3))
		return 0;
	memcpy(&old, rx, 4);
	memcpy(&new, insn, 4);
	return lazymb_arch_insn_patchable(old) && lazymb_arch_insn_patchable(new);
}

static int word_apply(const struct lazymb__code_view *c, const struct lazymb_patch *p,
		      const size_t *off, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		uint32_t w;

		memcpy(&w, p[i].insn, 4);
		/* One single-copy-atomic aligned word store. */
		atomic_store_explicit((_Atomic uint32_t *)(void *)(c->rw + off[i]), w,
				      memory_order_relaxed);
		lazymb_arch_icache_sync(c->rw + off[i], c->rx + off[i], 4);
	}
	lazymb_sync_core();
	return 0;
}

/* No one_store: every patch here already is one store. */
const struct lazymb__patch_protocol lazymb__patch_protocol = {
	.name = "word",
	.site_ok = word_site_ok,
	.apply = word_apply,
	.one_store = NULL,
	/* One store each: no thread ever traps. */
	.trap_signal = NULL,
	.arm = NULL,
};
