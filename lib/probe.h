// SPDX-License-Identifier: LGPL-2.1-or-later
// SPDX-FileCopyrightText: 2026 The lazymb authors

/* The platform probe (lib/probe.c): CPU features and the kernel's version,
 * found once, from the library constructor. Below the fences (which choose
 * strategies from them) and the caps report. Private: never installed. */
#ifndef LAZYMB_LIB_PROBE_H
#define LAZYMB_LIB_PROBE_H

#include "lib/base.h"

/* LAZYMB_CPU_* bits (caps.h). */
LAZYMB_HIDDEN unsigned int lazymb__cpu_features(void);
/* Kernel version as major<<16|minor<<8|patch, 0 if unknown. */
LAZYMB_HIDDEN int lazymb__kernel_version(void);
/* uname -r. */
LAZYMB_HIDDEN const char *lazymb__kernel_release(void);

#endif /* LAZYMB_LIB_PROBE_H */
