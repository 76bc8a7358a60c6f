// SPDX-License-Identifier: LGPL-2.1-or-later
/* Built against an installed lazymb with pkg-config; see Makefile. */
#include <stdio.h>
#include <lazymb/lazymb.h>

int main(void)
{
	struct lazymb_caps caps;
	int q = lazymb_membarrier_query();

	if (lazymb_get_caps(&caps) != 0)
		return 1;
	printf("consumer: membarrier query %d, heavy fence by %s\n", q,
	       lazymb_strategy_name(caps.fence));
	if (lazymb_init() == 0)
		lazymb_fence_heavy();
	return 0;
}
