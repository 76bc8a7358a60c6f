// SPDX-License-Identifier: LGPL-2.1-or-later
// SPDX-FileCopyrightText: 2026 The lazymb authors

/*
 * The capability report: gathers what the layers below know (probe.c: CPU
 * and kernel; membarrier.c: QUERY and registrations; fence.c: the chosen
 * strategies) into one struct lazymb_caps. It sits above all of them and
 * nothing calls it back; the names and error texts are in names.c.
 */
#include "config.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>

#include <lazymb/lazymb.h>

#include "arch/arch.h"
#include "lib/fence.h"
#include "lib/membarrier.h"
#include "lib/probe.h"

int lazymb_get_caps(struct lazymb_caps *caps)
{
	int i;

	if (!caps)
		return -EINVAL;
	memset(caps, 0, sizeof(*caps));
	snprintf(caps->arch, sizeof(caps->arch), "%s", LAZYMB_ARCH_NAME);
	snprintf(caps->kernel_release, sizeof(caps->kernel_release), "%s",
		 lazymb__kernel_release());
	caps->kernel_version = lazymb__kernel_version();
	caps->cpu_features = lazymb__cpu_features();
	caps->cache_line = lazymb_arch_cache_line();

	caps->query = lazymb_membarrier_query();
	caps->kernel_registrations = lazymb__kernel_registrations();
	caps->registered = lazymb_membarrier_registrations();
	caps->late_registrations = lazymb__late_registrations();
	for (i = 0; i < LAZYMB_MEMBARRIER_CMD_BITS; i++) {
		int bit = 1 << i;

		if (bit & LAZYMB_MEMBARRIER_REGISTER_CMDS)
			caps->register_errors[i] = lazymb__register_error(bit);
	}
	lazymb__fence_fill_caps(caps);
	return 0;
}
