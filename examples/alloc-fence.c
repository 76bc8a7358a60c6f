// SPDX-License-Identifier: LGPL-2.1-or-later
// SPDX-FileCopyrightText: 2026 The lazymb authors

/*
 * alloc-fence: a small allocator whose owner path uses only light fences.
 *
 * Each worker thread owns a cache of fixed-size blocks. Allocation and local
 * free touch only that cache, bracketed by an "in operation" flag and a
 * light fence (no instruction). Blocks freed by other threads travel back to
 * their owner through libatomic_ops' lock-free AO_stack, the structure
 * allocators such as the Boehm collector build on. A scavenger thread
 * reclaims the caches of workers into a global pool (the remote drain); it
 * pays the heavy fence. The protocol is store-buffering:
 *
 *     owner                               scavenger
 *     busy = 1                            drain = 1
 *     a: lazymb_fence_light()             b: lazymb_fence_heavy()
 *     if (drain) back off                 if (!busy) take the cache
 *     ... use the cache ...
 *     busy = 0 (release)
 *
 * (b) pairs with (a): either the owner sees drain and backs off, or the
 * scavenger sees busy and retries later; never both use the cache.
 *
 * The program runs the same workload twice, once with the owner's fence a
 * real seq_cst fence (and the scavenger's too), once with lazymb's
 * asymmetric pair, checks that no block was ever handed out twice and none
 * was lost, and prints the speed-up of the owner path.
 *
 *   alloc-fence [seconds-per-run]   (default 0.5)
 *   alloc-fence --control [seconds]  the negative control: the scavenger's
 *       heavy fence replaced by a compiler barrier; exits 0 only if it DID
 *       see double hand-outs, proving the checks catch the bug.
 */
#include <atomic_ops_stack.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include <lazymb/lazymb.h>

#define NWORKERS 2
#define NBLOCKS 4096
#define CACHE_MAX 256
#define BATCH 16

struct block {
	AO_t link;          /* AO_stack link: must come first */
	atomic_int in_use;  /* 1 while allocated: detects double hand-out */
	int owner;          /* worker whose cache it returns to */
	char payload[40];
};

struct cache {
	atomic_int busy;          /* owner is inside an operation */
	atomic_int drain;         /* scavenger wants the cache */
	int n;
	struct block *blk[CACHE_MAX];
	AO_stack_t remote;        /* frees from other threads */
	unsigned long ops;
	char pad[64];
};

static struct block blocks[NBLOCKS];
static AO_stack_t pool = AO_STACK_INITIALIZER;  /* global free pool */
static AO_stack_t mailbox = AO_STACK_INITIALIZER; /* blocks handed between workers */
static struct cache caches[NWORKERS];
static atomic_int stop, errors, use_full, control;
static atomic_ulong drains;

/* The owner side of the fence pair: light, or a real fence for comparison. */
static inline void owner_fence(void)
{
	if (atomic_load_explicit(&use_full, memory_order_relaxed))
		atomic_thread_fence(memory_order_seq_cst);
	else
		lazymb_fence_light(); /* pairs with lazymb_fence_heavy() in scavenge() */
}

/* Enter the cache; returns 0 if a drain is pending (the caller backs off). */
static int cache_enter(struct cache *c)
{
	atomic_store_explicit(&c->busy, 1, memory_order_relaxed);
	/* Orders the busy store before the drain load (store->load). */
	owner_fence();
	if (atomic_load_explicit(&c->drain, memory_order_relaxed)) {
		atomic_store_explicit(&c->busy, 0, memory_order_release);
		return 0;
	}
	return 1;
}

static void cache_exit(struct cache *c)
{
	/* Release: our cache accesses happen before the scavenger, which
	 * reads busy == 0 after its heavy fence, takes the cache. */
	atomic_store_explicit(&c->busy, 0, memory_order_release);
}

static void mark_alloc(struct block *b)
{
	if (atomic_exchange_explicit(&b->in_use, 1, memory_order_relaxed) != 0) {
		atomic_fetch_add(&errors, 1);
		/* The lists may now hold a block twice (a cycle): stop the
		 * run and skip the accounting walk. */
		atomic_store(&stop, 1);
	}
}

static void mark_free(struct block *b)
{
	if (atomic_exchange_explicit(&b->in_use, 0, memory_order_relaxed) != 1)
		atomic_fetch_add(&errors, 1);
}

static struct block *blk_alloc(int self)
{
	struct cache *c = &caches[self];
	struct block *b = NULL;

	while (!cache_enter(c))
		while (atomic_load_explicit(&c->drain, memory_order_acquire))
			;
	if (c->n == 0) {
		/* Refill: remote frees first, then the global pool. */
		AO_t *e;

		while (c->n < BATCH && (e = AO_stack_pop(&c->remote)) != NULL)
			c->blk[c->n++] = (struct block *)e;
		while (c->n < BATCH && (e = AO_stack_pop(&pool)) != NULL)
			c->blk[c->n++] = (struct block *)e;
	}
	if (c->n > 0) {
		b = c->blk[--c->n];
		b->owner = self;
		mark_alloc(b);
	}
	c->ops++;
	cache_exit(c);
	return b;
}

static void blk_free(int self, struct block *b)
{
	struct cache *c = &caches[self];

	mark_free(b);
	if (b->owner != self) {
		/* Cross-thread free: lock-free push to the owner. */
		AO_stack_push(&caches[b->owner].remote, &b->link);
		return;
	}
	while (!cache_enter(c))
		while (atomic_load_explicit(&c->drain, memory_order_acquire))
			;
	if (c->n < CACHE_MAX)
		c->blk[c->n++] = b;
	else
		AO_stack_push(&pool, &b->link);
	c->ops++;
	cache_exit(c);
}

static void *worker(void *arg)
{
	int self = (int)(long)arg, i;
	struct block *mine[BATCH];

	while (!atomic_load_explicit(&stop, memory_order_relaxed)) {
		int n = 0;

		for (i = 0; i < BATCH; i++)
			if ((mine[n] = blk_alloc(self)) != NULL)
				memset(mine[n++]->payload, self, sizeof(mine[0]->payload));
		/* Free most locally; hand some to another worker to free. */
		for (i = 0; i < n; i++) {
			if (i % 4 == 0)
				AO_stack_push(&mailbox, &mine[i]->link);
			else
				blk_free(self, mine[i]);
		}
		for (i = 0; i < 4; i++) {
			AO_t *e = AO_stack_pop(&mailbox);

			if (e)
				blk_free(self, (struct block *)e);
		}
	}
	return NULL;
}

/* The remote drain: move a worker's whole cache to the global pool. */
static void scavenge(struct cache *c)
{
	atomic_store_explicit(&c->drain, 1, memory_order_relaxed);
	/* Orders the drain store before the busy load; pairs with the
	 * owner_fence() in cache_enter() (store-buffering, see the top). */
	if (atomic_load_explicit(&use_full, memory_order_relaxed))
		atomic_thread_fence(memory_order_seq_cst);
	else if (atomic_load_explicit(&control, memory_order_relaxed))
		lazymb_fence_light(); /* the control: no heavy fence (a bug) */
	else
		lazymb_fence_heavy();
	/* Acquire pairs with the release in cache_exit(). */
	while (atomic_load_explicit(&c->busy, memory_order_acquire))
		;
	while (c->n > 0)
		AO_stack_push(&pool, &c->blk[--c->n]->link);
	/* Release: the emptied cache is visible before the owner proceeds
	 * (pairs with the acquire spin on drain in blk_alloc/blk_free). */
	atomic_store_explicit(&c->drain, 0, memory_order_release);
	atomic_fetch_add(&drains, 1);
}

static void *scavenger(void *arg)
{
	struct timespec ts = { 0, 200000 }; /* 200 us between drains */
	int i = 0;

	(void)arg;
	while (!atomic_load_explicit(&stop, memory_order_relaxed)) {
		scavenge(&caches[i++ % NWORKERS]);
		if (!atomic_load_explicit(&control, memory_order_relaxed))
			nanosleep(&ts, NULL);
	}
	return NULL;
}

static double run(int full, double seconds, unsigned long *ops_out)
{
	pthread_t w[NWORKERS], s;
	struct timespec t0, t1, d;
	unsigned long ops = 0;
	int i, free_count = 0;
	AO_t *e;

	atomic_store(&use_full, full);
	atomic_store(&stop, 0);
	memset(caches, 0, sizeof(caches));
	for (i = 0; i < NBLOCKS; i++) {
		atomic_store(&blocks[i].in_use, 0);
		AO_stack_push(&pool, &blocks[i].link);
	}
	clock_gettime(CLOCK_MONOTONIC, &t0);
	for (i = 0; i < NWORKERS; i++)
		pthread_create(&w[i], NULL, worker, (void *)(long)i);
	pthread_create(&s, NULL, scavenger, NULL);
	d.tv_sec = 0;
	d.tv_nsec = 1000000; /* 1 ms slices, so a detected error ends the run early */
	for (i = 0; i < (int)(seconds * 1000) && !atomic_load(&stop); i++)
		nanosleep(&d, NULL);
	atomic_store(&stop, 1);
	for (i = 0; i < NWORKERS; i++)
		pthread_join(w[i], NULL);
	pthread_join(s, NULL);
	clock_gettime(CLOCK_MONOTONIC, &t1);
	*ops_out = 0;
	if (atomic_load(&errors))
		return 1;
	/* Conservation: every block is back somewhere, exactly once. */
	for (i = 0; i < NWORKERS; i++) {
		ops += caches[i].ops;
		free_count += caches[i].n;
		while ((e = AO_stack_pop(&caches[i].remote)) != NULL)
			free_count++;
	}
	while ((e = AO_stack_pop(&mailbox)) != NULL) {
		mark_free((struct block *)e);
		free_count++;
	}
	while ((e = AO_stack_pop(&pool)) != NULL)
		free_count++;
	for (i = 0; i < NBLOCKS; i++)
		if (atomic_load(&blocks[i].in_use))
			atomic_fetch_add(&errors, 1);
	if (free_count != NBLOCKS) {
		fprintf(stderr, "alloc-fence: %d blocks accounted for, %d expected\n", free_count, NBLOCKS);
		atomic_fetch_add(&errors, 1);
	}
	*ops_out = ops;
	return (double)(t1.tv_sec - t0.tv_sec) + (double)(t1.tv_nsec - t0.tv_nsec) / 1e9;
}

int main(int argc, char **argv)
{
	double seconds;
	unsigned long ops_full, ops_light, d_full, d_light;
	double t_full, t_light;
	int err = lazymb_init();

	if (err) {
		fprintf(stderr, "alloc-fence: no heavy fence here: %s\n", lazymb_strerror(err));
		return 1;
	}
	if (argc > 1 && strcmp(argv[1], "--control") == 0) {
		unsigned long ops;
		int tries;

		seconds = argc > 2 ? atof(argv[2]) : 0.5;
		atomic_store(&control, 1);
		alarm(60); /* backstop: a corrupted run must not hang the suite */
		for (tries = 0; tries < 10 && atomic_load(&errors) == 0; tries++)
			run(0, seconds, &ops);
		printf("alloc-fence control (no heavy fence): %d double hand-outs or lost blocks in %d runs\n",
		       atomic_load(&errors), tries);
		return atomic_load(&errors) ? 0 : 1;
	}
	seconds = argc > 1 ? atof(argv[1]) : 0.5;
	t_full = run(1, seconds, &ops_full);
	d_full = atomic_exchange(&drains, 0);
	t_light = run(0, seconds, &ops_light);
	d_light = atomic_exchange(&drains, 0);
	printf("alloc-fence: %d workers, 1 scavenger, %d blocks\n", NWORKERS, NBLOCKS);
	printf("  full fences on the owner path:  %10.1f M ops/s (%lu remote drains)\n",
	       ops_full / t_full / 1e6, d_full);
	printf("  lazymb light/heavy fences:      %10.1f M ops/s (%lu remote drains)\n",
	       ops_light / t_light / 1e6, d_light);
	printf("  owner-path speed-up:            %10.2fx\n",
	       (ops_light / t_light) / (ops_full / t_full));
	printf("  double hand-outs or lost blocks: %d\n", atomic_load(&errors));
	return atomic_load(&errors) ? 1 : 0;
}
