// SPDX-License-Identifier: LGPL-2.1-or-later
// SPDX-FileCopyrightText: 2026 The lazymb authors

/* Built without liburcu: lazymb-bench rcu has nothing to compare against. */
#include "tools/bench_urcu.h"
#include "tools/bench.h"

int bench_rcu_main(int argc, char **argv)
{
	(void)argc;
	(void)argv;
	printf("rcu: built without liburcu (liburcu-dev): nothing to compare against\n");
	return 0;
}
