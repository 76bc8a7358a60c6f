// SPDX-License-Identifier: LGPL-2.1-or-later
// SPDX-FileCopyrightText: 2026 The lazymb authors

/* liburcu's mb flavor for lazymb-bench rcu (see tools/bench_urcu.h). */
#define _LGPL_SOURCE 1
#include <urcu/urcu-mb.h>
#define BENCH_URCU_FLAVOR mb
#define BENCH_URCU_NAME "mb"

#include "tools/bench_urcu_impl.h"
