// SPDX-License-Identifier: LGPL-2.1-or-later
// SPDX-FileCopyrightText: 2026 The lazymb authors

/* x86-64 state set from the CPU features (arch/x86_64/arch.h), built on
 * x86_64 only (mk/core.am). */
#include "config.h"

#include "arch/arch.h"

#ifndef LAZYMB_ARCH_X86_64_H
#error "arch/x86_64/arch.c is built for x86_64 only, but arch/arch.h picked another arch"
#endif

int lazymb__x86_has_serialize;

void lazymb_arch_init(unsigned int features)
{
	/* Plain store: the probe runs it once (pthread_once), first from the
	 * library's constructor, so before the threads the program starts
	 * later can read it. */
	lazymb__x86_has_serialize = !!(features & LAZYMB_CPU_SERIALIZE);
}
