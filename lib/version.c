// SPDX-License-Identifier: LGPL-2.1-or-later
// SPDX-FileCopyrightText: 2026 The lazymb authors

/* The library's release version (include/lazymb/version.h.in). */
#include "config.h"

#include <lazymb/version.h>

const char *lazymb_version(void)
{
	/* The headers this library was compiled with: the library's own version. */
	return LAZYMB_VERSION;
}
