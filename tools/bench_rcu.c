// SPDX-License-Identifier: LGPL-2.1-or-later
// SPDX-FileCopyrightText: 2026 The lazymb authors

/*
 * lazymb-bench rcu: lazymb RCU beside liburcu's memb, mb and qsbr flavors,
 * in one run, threads pinned:
 *   - read side: ns per lock+unlock pair (one thread);
 *   - synchronize latency with one reader running on the other CPU;
 *   - per-call cost of 4 concurrent synchronizers (on both CPUs, and all
 *     on one CPU), with the reader running;
 *   - call_rcu throughput (callbacks per second, queue then barrier).
 * Ratios are to urcu-memb, liburcu's membarrier flavor.
 */
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <lazymb/lazymb.h>
#include "tools/bench.h"
#include "tools/bench_urcu.h"

static void lz_reads(long n)
{
	for (long i = 0; i < n; i++) {
		lazymb_rcu_read_lock();
		lazymb_rcu_read_unlock();
	}
}

static void lz_reg(void)
{
	lazymb_rcu_register_thread();
}

static void lz_unreg(void)
{
	lazymb_rcu_unregister_thread();
}

static void lz_sync(void)
{
	lazymb_rcu_synchronize();
}

static void lz_free(struct lazymb_rcu_head *h)
{
	free(h);
}

static void lz_call_n(long n)
{
	for (long i = 0; i < n; i++)
		lazymb_rcu_call(malloc(sizeof(struct lazymb_rcu_head)), lz_free);
}

static void lz_barrier(void)
{
	lazymb_rcu_barrier();
}

static void lz_nothing(void)
{
}

static const struct bench_urcu lazymb_flavor = {
	"lazymb", lz_reg, lz_unreg, lz_reads, lz_sync, lz_call_n, lz_barrier, lz_nothing,
};

static const struct bench_urcu *const flavors[] = {
	&lazymb_flavor, &bench_urcu_memb, &bench_urcu_mb, &bench_urcu_qsbr,
};
#define NFLAV (sizeof(flavors) / sizeof(flavors[0]))

/* A reader on @cpu, in and out of read-side sections until stopped. */
struct reader {
	const struct bench_urcu *f;
	pthread_t th;
	atomic_int stop, ready;
	int cpu;
};

static void *reader_main(void *p)
{
	struct reader *r = p;

	bench_pin_self(r->cpu);
	r->f->reg();
	atomic_store(&r->ready, 1);
	while (!atomic_load_explicit(&r->stop, memory_order_relaxed)) {
		r->f->reads(100);
		r->f->quiescent();
	}
	r->f->unreg();
	return NULL;
}

static void reader_start(struct reader *r, const struct bench_urcu *f, int cpu)
{
	r->f = f;
	r->cpu = cpu;
	atomic_init(&r->stop, 0);
	atomic_init(&r->ready, 0);
	pthread_create(&r->th, NULL, reader_main, r);
	while (!atomic_load(&r->ready))
		;
}

static void reader_stop(struct reader *r)
{
	atomic_store(&r->stop, 1);
	pthread_join(r->th, NULL);
}

static const struct bench_urcu *cur;

static void one_sync(void *a)
{
	(void)a;
	cur->sync();
}

struct upd {
	const struct bench_urcu *f;
	int cpu, iters;
};

static void *updater(void *p)
{
	struct upd *u = p;

	bench_pin_self(u->cpu);
	u->f->reg();
	u->f->quiescent();
	/* A QSBR updater is offline while it waits, like liburcu asks. */
	for (int i = 0; i < u->iters; i++)
		u->f->sync();
	u->f->unreg();
	return NULL;
}

/* One round of the read side: ns per lock+unlock pair over @n pairs. */
static double read_once(const struct bench_urcu *f, long n, long unused)
{
	uint64_t t0;
	double v;

	(void)unused;
	f->reg();
	t0 = bench_now_ns();
	f->reads(n);
	v = (double)(bench_now_ns() - t0) / (double)n;
	f->unreg();
	return v;
}

/* One run: ns per synchronize with 4 updaters at once on @one_cpu ? 1 : 2
 * CPUs, a reader on CPU 1, @iters calls per updater (1000 reach a steady
 * state, 200 were mostly thread start-up and first placement). */
static double sync4_once(const struct bench_urcu *f, long one_cpu, long iters)
{
	struct reader rd;
	struct upd u[4];
	pthread_t t[4];
	uint64_t t0;
	double v;

	reader_start(&rd, f, 1);
	t0 = bench_now_ns();
	for (int i = 0; i < 4; i++) {
		u[i] = (struct upd){ f, one_cpu ? 0 : i, (int)iters };
		pthread_create(&t[i], NULL, updater, &u[i]);
	}
	for (int i = 0; i < 4; i++)
		pthread_join(t[i], NULL);
	v = (double)(bench_now_ns() - t0) / (4.0 * (double)iters);
	reader_stop(&rd);
	return v;
}

/*
 * out[i]: the median of @runs runs of @once(flavor i, @a, @b), the flavors
 * taking turns run by run: on a VM the cost of an IPI or of waking an idle
 * vCPU drifts with the host's load over seconds, and a vCPU sometimes
 * waits a whole tick (4 ms) for one; taking turns spreads both over all
 * flavors alike.
 */
#define MAX_RUNS 11

static void by_turns(double *out, int runs,
		     double (*once)(const struct bench_urcu *, long, long), long a, long b)
{
	double v[NFLAV][MAX_RUNS];

	for (int run = 0; run < runs; run++)
		for (size_t i = 0; i < NFLAV; i++)
			v[i][run] = once(flavors[i], a, b);
	for (size_t i = 0; i < NFLAV; i++)
		out[i] = bench_median(v[i], runs);
}

int bench_rcu_main(int argc, char **argv)
{
	double read[NFLAV], lat[NFLAV], c4[NFLAV], c4one[NFLAV], cbs[NFLAV];
	long reads = 20000000;

	/*
	 * --reads FLAVOR N: only N read-side pairs of FLAVOR, in its reads
	 * function (lz_reads, reads_memb, ...), for an instruction count:
	 *   valgrind --tool=callgrind --collect-atstart=no \
	 *     --toggle-collect=lz_reads lazymb-bench rcu --reads lazymb 1000000
	 */
	if (argc == 4 && strcmp(argv[1], "--reads") == 0) {
		for (size_t i = 0; i < NFLAV; i++)
			if (strcmp(argv[2], flavors[i]->name) == 0) {
				flavors[i]->reg();
				flavors[i]->reads(atol(argv[3]));
				flavors[i]->unreg();
				return 0;
			}
		fprintf(stderr, "lazymb-bench rcu --reads: unknown flavor '%s'\n", argv[2]);
		return 2;
	}
	if (argc > 1) {
		fprintf(stderr, "usage: lazymb-bench rcu [--reads FLAVOR N]\n");
		return 2;
	}
	bench_pin_self(0);
	/* Read side: ns per pair, median of 9 rounds. */
	by_turns(read, 9, read_once, reads / 10, 0);
	for (size_t i = 0; i < NFLAV; i++) {
		const struct bench_urcu *f = flavors[i];
		struct reader rd;

		/* synchronize latency, one reader running on CPU 1. */
		reader_start(&rd, f, 1);
		cur = f;
		f->reg();
		f->quiescent();
		lat[i] = bench_time(one_sync, NULL, 200, 7);
		f->unreg();
		reader_stop(&rd);

		/* call_rcu: queue 100000, then barrier. */
		{
			long n = 100000;
			uint64_t t0 = bench_now_ns();

			f->reg();
			f->call_n(n);
			f->barrier();
			f->unreg();
			cbs[i] = (double)n / ((double)(bench_now_ns() - t0) / 1e9);
		}
		bench_datum("rcu_sync1", f->name, 1, lat[i]);
	}
	/* 4 concurrent synchronizers on 2 CPUs, then on 1: median of 11. */
	by_turns(c4, MAX_RUNS, sync4_once, 0, 1000);
	by_turns(c4one, MAX_RUNS, sync4_once, 1, 1000);
	for (size_t i = 0; i < NFLAV; i++)
		bench_datum("rcu_sync4", flavors[i]->name, 4, c4[i]);
	printf("RCU, threads pinned, %d CPUs; ratio = x / urcu-memb\n\n", bench_ncpus());
	printf("  %-10s %12s %6s %12s %6s %12s %6s %12s %6s %14s %6s\n", "flavor", "read ns",
	       "ratio", "sync ns", "ratio", "4 sync ns", "ratio", "4 on 1 CPU", "ratio",
	       "call_rcu/s", "ratio");
	for (size_t i = 0; i < NFLAV; i++)
		printf("  %-10s %12.2f %6.2f %12.0f %6.2f %12.0f %6.2f %12.0f %6.2f %14.0f %6.2f\n",
		       flavors[i]->name, read[i], read[i] / read[1], lat[i], lat[i] / lat[1], c4[i],
		       c4[i] / c4[1], c4one[i], c4one[i] / c4one[1], cbs[i], cbs[i] / cbs[1]);
	return 0;
}
