// SPDX-License-Identifier: LGPL-2.1-or-later
// SPDX-FileCopyrightText: 2026 The lazymb authors

/*
 * No live patching (arch/patch.h), for the arches lazymb has no protocol
 * for (mk/jit.am): lazymb_patch*() return -ENOSYS. Regions, publishing and
 * quiescence still work (lib/jit.c).
 */
#include "config.h"

#include <stddef.h>

#include "arch/jit.h"
#include "arch/patch.h"

#if LAZYMB_ARCH_PATCH != LAZYMB_PATCH_NONE
#error "arch/generic/patch.c is built for arches without a patch protocol, but arch/jit.h picked one"
#endif

/* Never called: without apply, lib/jit.c refuses every patch first. */
static int none_site_ok(const unsigned char *rx, const void *insn, size_t len)
{
	(void)rx;
	(void)insn;
	(void)len;
	return 0;
}

const struct lazymb__patch_protocol lazymb__patch_protocol = {
	.name = "none",
	.site_ok = none_site_ok,
	.apply = NULL,
	.one_store = NULL,
	/* Nothing is ever patched. */
	.trap_signal = NULL,
	.arm = NULL,
};
