// SPDX-License-Identifier: LGPL-2.1-or-later
// SPDX-FileCopyrightText: 2026 The lazymb authors

/*
 * rcu-hash: a read-mostly map from words to counters on liburcu's lock-free
 * hash table (cds_lfht), with lazymb's RCU as the flavor. Readers look
 * words up with no fence at all; one writer replaces entries (copy, update,
 * replace, free after a grace period through call_rcu). Each entry carries
 * a checksum of its fields: a reader that sees a torn or freed entry counts
 * an error. Prints lookups per second and exits 0 only without errors.
 *
 *   pkg-config --cflags --libs lazymb-urcu
 */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <urcu/rculfhash.h>

#include <lazymb/urcu-flavor.h>

static const char *words[] = {
	"atomic", "barrier", "cache", "domain", "epoch", "fence", "grace", "hazard",
	"ipi", "jit", "kernel", "lazy", "membarrier", "nohz", "order", "patch",
	"quiescent", "rseq", "serialize", "tlb", "update", "vcpu", "writer", "xchg",
};
#define NWORDS (sizeof(words) / sizeof(words[0]))

struct entry {
	struct cds_lfht_node node;
	const char *word;
	unsigned long count, check; /* check == ~count while the entry is live */
	struct rcu_head rcu;
};

static struct cds_lfht *map;
static atomic_int stop;
static atomic_ulong lookups, errors;

static unsigned long hash_word(const char *w)
{
	unsigned long h = 1469598103934665603ul;

	while (*w)
		h = (h ^ (unsigned char)*w++) * 1099511628211ul;
	return h;
}

static int match(struct cds_lfht_node *n, const void *key)
{
	return strcmp(caa_container_of(n, struct entry, node)->word, key) == 0;
}

static void free_entry(struct rcu_head *h)
{
	struct entry *e = caa_container_of(h, struct entry, rcu);

	e->check = 0; /* a reader still holding it would see a bad checksum */
	free(e);
}

static void *reader(void *arg)
{
	unsigned seed = (unsigned)(uintptr_t)arg;
	unsigned long n = 0;

	lazymb_urcu_flavor.register_thread();
	while (!atomic_load_explicit(&stop, memory_order_relaxed)) {
		const char *w = words[(unsigned)rand_r(&seed) % NWORDS];
		struct cds_lfht_iter it;
		struct entry *e;

		lazymb_rcu_read_lock();
		cds_lfht_lookup(map, hash_word(w), match, w, &it);
		e = caa_container_of(cds_lfht_iter_get_node(&it), struct entry, node);
		if (!cds_lfht_iter_get_node(&it) || e->check != ~e->count)
			atomic_fetch_add(&errors, 1);
		lazymb_rcu_read_unlock();
		n++;
	}
	atomic_fetch_add(&lookups, n);
	lazymb_urcu_flavor.unregister_thread();
	return NULL;
}

static struct entry *make(const char *w, unsigned long count)
{
	struct entry *e = malloc(sizeof(*e));

	if (!e) {
		perror("malloc");
		exit(1);
	}
	cds_lfht_node_init(&e->node);
	e->word = w;
	e->count = count;
	e->check = ~count;
	return e;
}

int main(int argc, char **argv)
{
	double seconds = argc > 1 ? atof(argv[1]) : 1.0;
	struct timespec t0, t1;
	unsigned long updates = 0;
	pthread_t th[2];
	unsigned seed = 3;

	map = cds_lfht_new_flavor(32, 32, 0, CDS_LFHT_AUTO_RESIZE, &lazymb_urcu_flavor, NULL);
	if (!map)
		return 1;
	for (size_t i = 0; i < NWORDS; i++)
		cds_lfht_add(map, hash_word(words[i]), &make(words[i], 0)->node);
	for (int i = 0; i < 2; i++)
		pthread_create(&th[i], NULL, reader, (void *)(uintptr_t)(i + 1));
	clock_gettime(CLOCK_MONOTONIC, &t0);
	do {
		const char *w = words[(unsigned)rand_r(&seed) % NWORDS];
		struct cds_lfht_iter it;
		struct cds_lfht_node *old;
		struct entry *cur;

		lazymb_rcu_read_lock();
		cds_lfht_lookup(map, hash_word(w), match, w, &it);
		cur = caa_container_of(cds_lfht_iter_get_node(&it), struct entry, node);
		old = cds_lfht_add_replace(map, hash_word(w), match, w, &make(w, cur->count + 1)->node);
		lazymb_rcu_read_unlock();
		if (old)
			lazymb_urcu_flavor.update_call_rcu(
				&caa_container_of(old, struct entry, node)->rcu, free_entry);
		updates++;
		for (volatile int k = 0; k < 2000; k++) /* read-mostly: updates are rare */
			;
		clock_gettime(CLOCK_MONOTONIC, &t1);
	} while ((double)(t1.tv_sec - t0.tv_sec) + (double)(t1.tv_nsec - t0.tv_nsec) / 1e9 < seconds);
	atomic_store(&stop, 1);
	for (int i = 0; i < 2; i++)
		pthread_join(th[i], NULL);
	lazymb_urcu_flavor.barrier();
	printf("rcu-hash: %lu lookups/s on 2 readers, %lu updates, %lu errors\n",
	       (unsigned long)(atomic_load(&lookups) / seconds), updates, atomic_load(&errors));
	return atomic_load(&errors) ? 1 : 0;
}
