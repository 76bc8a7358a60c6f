// SPDX-License-Identifier: LGPL-2.1-or-later
// SPDX-FileCopyrightText: 2026 The lazymb authors

/*
 * A registered reader of the default RCU domain that enters and leaves
 * read-side sections until told to stop. While it runs, a grace period of
 * another thread must fence it: one heavy fence per grace period.
 */
#ifndef LAZYMB_TEST_RCU_READER_H
#define LAZYMB_TEST_RCU_READER_H

#include <pthread.h>
#include <sched.h>
#include <stdatomic.h>

#include <lazymb/rcu.h>

struct lz_reader {
	pthread_t thread;
	atomic_int ready, stop;
};

static void *lz_reader_main(void *arg)
{
	struct lz_reader *r = arg;

	lazymb_rcu_register_thread();
	atomic_store(&r->ready, 1);
	while (!atomic_load(&r->stop)) {
		lazymb_rcu_read_lock();
		lazymb_rcu_read_unlock();
	}
	return NULL;
}

/* Pin @t to @cpu. */
static inline void lz_pin(pthread_t t, int cpu)
{
	cpu_set_t set;

	CPU_ZERO(&set);
	CPU_SET(cpu, &set);
	pthread_setaffinity_np(t, sizeof(set), &set);
}

/* Start @r (on @cpu, or anywhere when @cpu < 0); return once registered. */
static inline void lz_reader_start(struct lz_reader *r, int cpu)
{
	atomic_store(&r->ready, 0);
	atomic_store(&r->stop, 0);
	pthread_create(&r->thread, NULL, lz_reader_main, r);
	if (cpu >= 0)
		lz_pin(r->thread, cpu);
	while (!atomic_load(&r->ready))
		;
}

/* Stop @r and join it: it exits registered (the library unregisters it). */
static inline void lz_reader_stop(struct lz_reader *r)
{
	atomic_store(&r->stop, 1);
	pthread_join(r->thread, NULL);
}

#endif /* LAZYMB_TEST_RCU_READER_H */
