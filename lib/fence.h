// SPDX-License-Identifier: LGPL-2.1-or-later
// SPDX-FileCopyrightText: 2026 The lazymb authors

/* The fences' private side (lib/fence.c): what the caps report reads.
 * Private: never installed. */
#ifndef LAZYMB_LIB_FENCE_H
#define LAZYMB_LIB_FENCE_H

#include <lazymb/caps.h>

#include "lib/base.h"

/* Fill the strategy fields of @caps (runs lazymb_init()). */
LAZYMB_HIDDEN void lazymb__fence_fill_caps(struct lazymb_caps *caps);

#endif /* LAZYMB_LIB_FENCE_H */
