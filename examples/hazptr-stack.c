// SPDX-License-Identifier: LGPL-2.1-or-later
// SPDX-FileCopyrightText: 2026 The lazymb authors

/*
 * A lock-free (Treiber) stack whose popped nodes are reclaimed with hazard
 * pointers: pop protects the top before reading its next pointer, so a
 * node is never freed (nor reused: no ABA) while a pop still looks at it.
 * Four threads push and pop; every value pushed is popped exactly once and
 * freed nodes are poisoned first, so a use after free is seen.
 * Run by `make check`; also the EXAMPLE of lazymb_hazptr(3).
 */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>

#include <lazymb/lazymb.h>

struct node {
	long value;
	struct node *next;
	struct lazymb_hazptr_head hp; /* for lazymb_hazptr_retire() */
};

static struct node *_Atomic top;
static atomic_long poisoned;

static void push(struct node *n)
{
	struct node *old = atomic_load_explicit(&top, memory_order_relaxed);

	do
		n->next = old;
	/* Release: the node's contents before it is seen on the stack. */
	while (!atomic_compare_exchange_weak_explicit(&top, &old, n, memory_order_release,
						      memory_order_relaxed));
}

/* The deleter: poison, then free. */
static void free_node(void *p)
{
	struct node *n = p;

	n->value = -1;
	free(n);
}

/* Pop the top node's value into *v; 0 when the stack is empty. */
static int pop(struct lazymb_hazptr *h, long *v)
{
	struct node *n;

	for (;;) {
		/* n cannot be freed (or reused) while h protects it. */
		n = lazymb_hazptr_protect(h, &top);
		if (!n)
			break;
		if (n->value < 0)
			atomic_fetch_add(&poisoned, 1); /* never: n is protected */
		if (atomic_compare_exchange_strong(&top, &n, n->next))
			break;
	}
	lazymb_hazptr_reset(h);
	if (!n)
		return 0;
	*v = n->value;
	/* Unlinked: freed once no hazard pointer protects it. */
	lazymb_hazptr_retire(n, &n->hp, free_node);
	return 1;
}

#define THREADS 4
#define PER_THREAD 100000

static atomic_long popped_sum, popped_count;

static void *worker(void *arg)
{
	long id = (long)arg, v, sum = 0, count = 0;
	struct lazymb_hazptr *h;

	if (lazymb_hazptr_make(&h) != 0)
		abort();
	for (long i = 0; i < PER_THREAD; i++) {
		struct node *n = malloc(sizeof(*n));

		if (!n)
			abort();
		n->value = id * PER_THREAD + i;
		push(n);
		if (pop(h, &v)) {
			sum += v;
			count++;
		}
	}
	while (pop(h, &v)) {
		sum += v;
		count++;
	}
	lazymb_hazptr_drop(h);
	atomic_fetch_add(&popped_sum, sum);
	atomic_fetch_add(&popped_count, count);
	return NULL;
}

int main(void)
{
	pthread_t t[THREADS];
	long n = (long)THREADS * PER_THREAD;
	struct lazymb_hazptr_stats st;

	for (long i = 0; i < THREADS; i++)
		pthread_create(&t[i], NULL, worker, (void *)i);
	for (int i = 0; i < THREADS; i++)
		pthread_join(t[i], NULL);
	/* Every node retired before now has been freed. */
	if (lazymb_hazptr_barrier() != 0)
		return 1;
	lazymb_hazptr_get_stats_in(lazymb_hazptr_domain_default(), &st);
	printf("hazptr-stack: %ld pushed, %ld popped, sum %s, %ld poisoned reads; "
	       "%llu retired, %llu freed in %llu scans, peak %llu unreclaimed (%llu slots)\n",
	       n, atomic_load(&popped_count), atomic_load(&popped_sum) == n * (n - 1) / 2 ? "ok" : "WRONG",
	       atomic_load(&poisoned), st.retired, st.reclaimed, st.scans, st.peak_unreclaimed,
	       st.slots);
	return atomic_load(&popped_count) == n && atomic_load(&popped_sum) == n * (n - 1) / 2 &&
			       atomic_load(&poisoned) == 0 && st.reclaimed == st.retired ? 0 : 1;
}
