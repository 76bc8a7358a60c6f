// SPDX-License-Identifier: LGPL-2.1-or-later
// SPDX-FileCopyrightText: 2026 The lazymb authors

/* liburcu's qsbr flavor for lazymb-bench rcu (see tools/bench_urcu.h). */
#define _LGPL_SOURCE 1
#include <urcu/urcu-qsbr.h>
#define BENCH_URCU_FLAVOR qsbr
#define BENCH_URCU_NAME "qsbr"
#define BENCH_URCU_QSBR 1
#include "tools/bench_urcu_impl.h"
