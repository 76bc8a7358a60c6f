// SPDX-License-Identifier: LGPL-2.1-or-later
// SPDX-FileCopyrightText: 2026 The lazymb authors

/*
 * fence-demo: the store-buffering pattern that asymmetric fences exist for.
 *
 *   fast thread:  x = 1; lazymb_fence_light(); r1 = y;
 *   slow thread:  y = 1; lazymb_fence_heavy(); r2 = x;
 *
 * r1 == 0 && r2 == 0 is forbidden. The fast side pays nothing; the slow side
 * pays one heavy fence. The demo counts rounds and forbidden outcomes, then
 * repeats with the heavy fence replaced by a compiler barrier to show what
 * goes wrong without it (on a multi-core machine).
 */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>

#include <lazymb/lazymb.h>

#define ROUNDS 20000

static atomic_int x, y, go, done;
static int r1, r2;
static int use_heavy;

static void rand_spin(unsigned *seed)
{
	for (volatile unsigned i = rand_r(seed) % 256; i; i--)
		;
}

static void *fast(void *arg)
{
	unsigned seed = 1;

	(void)arg;
	for (int i = 1; i <= ROUNDS; i++) {
		while (atomic_load_explicit(&go, memory_order_acquire) != i)
			;
		rand_spin(&seed);
		atomic_store_explicit(&x, 1, memory_order_relaxed);
		lazymb_fence_light();
		r1 = atomic_load_explicit(&y, memory_order_relaxed);
		atomic_fetch_add_explicit(&done, 1, memory_order_release);
	}
	return NULL;
}

static int run(int heavy)
{
	pthread_t th;
	unsigned seed = 2;
	int forbidden = 0;

	use_heavy = heavy;
	atomic_store(&go, 0);
	atomic_store(&done, 0);
	pthread_create(&th, NULL, fast, NULL);
	for (int i = 1; i <= ROUNDS; i++) {
		atomic_store(&x, 0);
		atomic_store(&y, 0);
		atomic_store_explicit(&go, i, memory_order_release);
		rand_spin(&seed);
		atomic_store_explicit(&y, 1, memory_order_relaxed);
		if (use_heavy)
			lazymb_fence_heavy();
		else
			lazymb_fence_light();
		r2 = atomic_load_explicit(&x, memory_order_relaxed);
		while (atomic_load_explicit(&done, memory_order_acquire) != i)
			;
		forbidden += (r1 == 0 && r2 == 0);
	}
	pthread_join(th, NULL);
	return forbidden;
}

int main(void)
{
	struct lazymb_caps caps;
	int err = lazymb_init();

	if (err) {
		fprintf(stderr, "fence-demo: no heavy fence here: %s\n", lazymb_strerror(err));
		return 1;
	}
	lazymb_get_caps(&caps);
	printf("fence-demo: heavy fence by %s (%s)\n", lazymb_strategy_name(caps.fence), caps.fence_reason);
	int with = run(1);
	printf("  with the heavy fence:    %d rounds, %d forbidden outcomes\n", ROUNDS, with);
	/* The control: without the fence the reordering must show, or the 0
	 * above shows nothing. A busy machine may hide it: up to 3 tries. */
	int without = 0, tries = 0;

	while (without == 0 && tries < 3) {
		without = run(0);
		tries++;
	}
	printf("  heavy fence removed:     %d rounds, %d forbidden outcomes%s\n", tries * ROUNDS,
	       without, without ? " (this is the bug the heavy fence prevents)" : "");
	if (!without)
		printf("  INCONCLUSIVE: the reordering never showed without the fence, so the 0 with\n"
		       "  it proves nothing here; run again on an idle machine with 2+ CPUs.\n");
	return with == 0 ? 0 : 1;
}
