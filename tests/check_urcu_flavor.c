// SPDX-License-Identifier: LGPL-2.1-or-later
// SPDX-FileCopyrightText: 2026 The lazymb authors

/*
 * liburcu's lock-free hash table (cds_lfht) on lazymb_urcu_flavor: readers
 * look keys up while updaters add, replace and delete, freeing through the
 * flavor's call_rcu with a poisoning free. A reader that finds a poisoned
 * node has seen a node freed before its grace period ended. Negative
 * control: the same stress with a "call_rcu" that poisons at once.
 */
#include <pthread.h>
#include <urcu/rculfhash.h>

#include <lazymb/urcu-flavor.h>
#include "tests/testutil.h"

#define NKEYS 64
#define POISON 0xdeadbeefu

struct node {
	struct cds_lfht_node lfht;
	unsigned key;
	atomic_uint value; /* POISON once freed */
	struct rcu_head rcu;
};

static struct cds_lfht *ht;
static atomic_int stop;
static atomic_long lookups, poisoned;
static int broken; /* the control: free without a grace period */

static unsigned long hash_key(unsigned k)
{
	return (unsigned long)k * 2654435761u;
}

static int match(struct cds_lfht_node *n, const void *key)
{
	return caa_container_of(n, struct node, lfht)->key == *(const unsigned *)key;
}

static void poison_free(struct rcu_head *h)
{
	struct node *n = caa_container_of(h, struct node, rcu);

	atomic_store_explicit(&n->value, POISON, memory_order_relaxed);
	/* Nodes are kept (leaked on purpose) so a late reader sees poison
	 * instead of memory the allocator reused. */
}

static void retire(struct node *n)
{
	if (broken)
		poison_free(&n->rcu);
	else
		lazymb_urcu_flavor.update_call_rcu(&n->rcu, poison_free);
}

static void *reader(void *arg)
{
	unsigned seed = (unsigned)(uintptr_t)arg;

	lazymb_urcu_flavor.register_thread();
	while (!atomic_load_explicit(&stop, memory_order_relaxed)) {
		unsigned k = (unsigned)rand_r(&seed) % NKEYS;
		struct cds_lfht_iter it;
		struct cds_lfht_node *n;

		lazymb_urcu_flavor.read_lock();
		cds_lfht_lookup(ht, hash_key(k), match, &k, &it);
		n = cds_lfht_iter_get_node(&it);
		if (n) {
			struct node *nd = caa_container_of(n, struct node, lfht);

			for (volatile int i = 0; i < 300; i++)
				;
			if (atomic_load_explicit(&nd->value, memory_order_relaxed) == POISON)
				atomic_fetch_add(&poisoned, 1);
		}
		lazymb_urcu_flavor.read_unlock();
		atomic_fetch_add_explicit(&lookups, 1, memory_order_relaxed);
	}
	lazymb_urcu_flavor.unregister_thread();
	return NULL;
}

/* Every node ever made, freed at the end (retired nodes are only
 * poisoned during the run, so a late reader sees poison, not reuse). */
static struct node **all;
static size_t nall, capall;

static struct node *mknode(unsigned k, unsigned v)
{
	struct node *n = calloc(1, sizeof(*n));

	ck_assert_ptr_nonnull(n);
	if (nall == capall) {
		capall = capall ? 2 * capall : 1024;
		all = realloc(all, capall * sizeof(*all));
		ck_assert_ptr_nonnull(all);
	}
	all[nall++] = n;
	cds_lfht_node_init(&n->lfht);
	n->key = k;
	atomic_init(&n->value, v);
	return n;
}

static long stress(int ops)
{
	pthread_t t[2];
	unsigned seed = 7;

	atomic_store(&stop, 0);
	atomic_store(&poisoned, 0);
	ht = cds_lfht_new_flavor(64, 64, 0, CDS_LFHT_AUTO_RESIZE | CDS_LFHT_ACCOUNTING,
				 &lazymb_urcu_flavor, NULL);
	ck_assert_ptr_nonnull(ht);
	for (unsigned k = 0; k < NKEYS; k++) {
		lazymb_urcu_flavor.read_lock();
		cds_lfht_add(ht, hash_key(k), &mknode(k, k)->lfht);
		lazymb_urcu_flavor.read_unlock();
	}
	for (int i = 0; i < 2; i++)
		pthread_create(&t[i], NULL, reader, (void *)(uintptr_t)(i + 1));
	for (int i = 0; i < ops; i++) {
		unsigned k = (unsigned)rand_r(&seed) % NKEYS;
		struct cds_lfht_iter it;
		struct cds_lfht_node *old;

		lazymb_urcu_flavor.read_lock();
		switch (i % 3) {
		case 0: /* replace */
			old = cds_lfht_add_replace(ht, hash_key(k), match, &k, &mknode(k, (unsigned)i)->lfht);
			if (old)
				retire(caa_container_of(old, struct node, lfht));
			break;
		case 1: /* delete */
			cds_lfht_lookup(ht, hash_key(k), match, &k, &it);
			old = cds_lfht_iter_get_node(&it);
			if (old && cds_lfht_del(ht, old) == 0)
				retire(caa_container_of(old, struct node, lfht));
			break;
		default: /* add back */
			old = cds_lfht_add_unique(ht, hash_key(k), match, &k, &mknode(k, k)->lfht);
			break;
		}
		lazymb_urcu_flavor.read_unlock();
	}
	lazymb_urcu_flavor.barrier();
	atomic_store(&stop, 1);
	for (int i = 0; i < 2; i++)
		pthread_join(t[i], NULL);
	printf("lfht%s: %d updates, %ld lookups, %ld poisoned\n", broken ? " (control)" : "",
	       ops, atomic_load(&lookups), atomic_load(&poisoned));
	{
		struct cds_lfht_iter it;
		struct cds_lfht_node *n;

		lazymb_urcu_flavor.read_lock();
		for (cds_lfht_first(ht, &it); (n = cds_lfht_iter_get_node(&it)) != NULL;
		     cds_lfht_next(ht, &it))
			cds_lfht_del(ht, n);
		lazymb_urcu_flavor.read_unlock();
		ck_assert_int_eq(cds_lfht_destroy(ht, NULL), 0);
	}
	for (size_t i = 0; i < nall; i++)
		free(all[i]);
	nall = 0;
	return atomic_load(&poisoned);
}

START_TEST(test_urcu_flavor_lfht_stress)
{
	ck_assert_int_eq(stress((int)lz_scale(lz_long() ? 400000 : 30000)), 0);
}
END_TEST

START_TEST(test_urcu_flavor_lfht_control)
{
	long p = 0;

	LZ_SKIP_CONTROL_UNDER_VALGRIND();
	broken = 1;
	for (int tries = 0; tries < 5 && p == 0; tries++)
		p = stress(60000);
	ck_assert_msg(p > 0, "freeing without grace periods was never seen: the stress cannot fail");
}
END_TEST

START_TEST(test_urcu_flavor_members)
{
	const struct rcu_flavor_struct *f = &lazymb_urcu_flavor;

	ck_assert_int_eq(f->read_ongoing(), 0);
	f->read_lock();
	ck_assert_int_eq(f->read_ongoing(), 1);
	ck_assert_int_eq(lazymb_rcu_read_ongoing(), 1);
	f->read_unlock();
	f->read_quiescent_state();
	f->thread_offline();
	f->thread_online();
	f->update_synchronize_rcu();
	f->barrier();
}
END_TEST

int main(void)
{
	Suite *s = suite_create("urcu_flavor");
	TCase *tc = tcase_create("lfht");

	tcase_set_timeout(tc, 120);
	tcase_add_test(tc, test_urcu_flavor_members);
	tcase_add_test(tc, test_urcu_flavor_lfht_stress);
	tcase_add_test(tc, test_urcu_flavor_lfht_control);
	suite_add_tcase(s, tc);
	return lz_run_suite(s);
}
