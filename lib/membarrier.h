// SPDX-License-Identifier: LGPL-2.1-or-later
// SPDX-FileCopyrightText: 2026 The lazymb authors

/* The membarrier core's private side (lib/membarrier.c): what the layers
 * above report about registration. Private: never installed. */
#ifndef LAZYMB_LIB_MEMBARRIER_H
#define LAZYMB_LIB_MEMBARRIER_H

#include <stdint.h>
#include <lazymb/membarrier.h>

#include "lib/base.h"

/* errno of a REGISTER bit that failed (0 if none, -EINVAL for a value that
 * is not one REGISTER command). */
LAZYMB_HIDDEN int lazymb__register_error(int register_cmd);
/* The REGISTER commands issued after other threads existed. */
LAZYMB_HIDDEN int lazymb__late_registrations(void);
/* REGISTER system calls made so far. */
LAZYMB_HIDDEN uint64_t lazymb__registration_syscalls(void);
/* -EINVAL if LAZYMB_REGISTER had a bad value (reported on stderr), else 0. */
LAZYMB_HIDDEN int lazymb__register_env_error(void);
/* The kernel's GET_REGISTRATIONS answer now, or -errno: for reports only
 * (it includes intent bits; see lib/membarrier.c). */
LAZYMB_HIDDEN int lazymb__kernel_registrations(void);

#endif /* LAZYMB_LIB_MEMBARRIER_H */
