// SPDX-License-Identifier: LGPL-2.1-or-later
// SPDX-FileCopyrightText: 2026 The lazymb authors

/*
 * lazymb-bench hazptr: hazard pointers side by side, in one run:
 *   - read side, ns per protect+reset (one thread): lazymb_hazptr (store,
 *     light fence, re-load), Concurrency Kit's ck_hp (ck_hp_set_fence:
 *     an xchg on x86-64, re-load, clear), the same protect with a
 *     seq_cst fence instead of the light one, and a lazymb RCU read
 *     lock+unlock pair;
 *   - retire+reclaim throughput: one writer replaces and retires objects
 *     while a reader on the other CPU protects them; ns per update and
 *     the peak number of retired objects not yet freed.
 * Ratios are to lazymb's protect+reset and to lazymb's retire.
 * Options: -n ITERS (read side, default 10000000), -u UPDATES (default
 * 1000000), -r RUNS (default 7).
 */
#include "config.h"

#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#ifdef HAVE_CK
#include <ck_hp.h>
#endif

#include <lazymb/lazymb.h>
#include "tools/bench.h"


struct obj {
	long v;
	struct lazymb_hazptr_head hh;
#ifdef HAVE_CK
	ck_hp_hazard_t ch;
#endif
};

static struct obj *_Atomic src;
static struct obj first = { 1 };
static long sink;

#define INNER 1000

/* ---- read side ------------------------------------------------------------ */

static struct lazymb_hazptr *hp;

/* Each loop sums into a local (a register): a sum in memory would chain
 * the iterations through store forwarding and hide what is measured. */
static void lz_pairs(void *a)
{
	struct lazymb_hazptr *h = hp;
	long sum = 0;

	(void)a;
	for (int i = 0; i < INNER; i++) {
		struct obj *o = lazymb_hazptr_protect(h, &src);

		sum += o->v;
		lazymb_hazptr_reset(h);
	}
	sink += sum;
}

/* The same protect with a symmetric fence: what a hazard pointer costs
 * without the asymmetric one. */
static _Atomic(void *) fence_slot;

static void fence_pairs(void *a)
{
	long sum = 0;

	(void)a;
	for (int i = 0; i < INNER; i++) {
		struct obj *o = atomic_load_explicit(&src, memory_order_relaxed), *q;

		for (;;) {
			atomic_store_explicit(&fence_slot, o, memory_order_relaxed);
			atomic_thread_fence(memory_order_seq_cst);
			q = atomic_load_explicit(&src, memory_order_acquire);
			if (q == o)
				break;
			o = q;
		}
		sum += o->v;
		atomic_store_explicit(&fence_slot, NULL, memory_order_release);
	}
	sink += sum;
}

static void rcu_pairs(void *a)
{
	long sum = 0;

	(void)a;
	for (int i = 0; i < INNER; i++) {
		struct obj *o;

		lazymb_rcu_read_lock();
		o = atomic_load_explicit(&src, memory_order_acquire);
		sum += o->v;
		lazymb_rcu_read_unlock();
	}
	sink += sum;
}

#ifdef HAVE_CK
static ck_hp_t ck;
static ck_hp_record_t ck_rec, ck_rec_reader;
static void *ck_ptrs[1], *ck_ptrs_reader[1];

static void ck_free_obj(void *p)
{
	free(p);
}

static inline struct obj *ck_protect(ck_hp_record_t *r)
{
	struct obj *o = ck_pr_load_ptr(&src), *q;

	for (;;) {
		ck_hp_set_fence(r, 0, o);
		q = ck_pr_load_ptr(&src);
		if (q == o)
			return o;
		o = q;
	}
}

static void ck_pairs(void *a)
{
	long sum = 0;

	(void)a;
	for (int i = 0; i < INNER; i++) {
		struct obj *o = ck_protect(&ck_rec);

		sum += o->v;
		ck_hp_clear(&ck_rec);
	}
	sink += sum;
}
#endif

/* ---- retire + reclaim ------------------------------------------------------ */

static atomic_int stop, reader_ready;
static int use_ck;

static void *reader_main(void *arg)
{
	struct lazymb_hazptr *h;

	(void)arg;
	bench_pin_self(1);
	if (lazymb_hazptr_make(&h) != 0)
		abort();
	atomic_store(&reader_ready, 1);
	while (!atomic_load_explicit(&stop, memory_order_relaxed)) {
		for (int i = 0; i < 100; i++) {
#ifdef HAVE_CK
			if (use_ck) {
				struct obj *o = ck_protect(&ck_rec_reader);

				sink += o->v;
				ck_hp_clear(&ck_rec_reader);
				continue;
			}
#endif
			struct obj *o = lazymb_hazptr_protect(h, &src);

			sink += o->v;
			lazymb_hazptr_reset(h);
		}
	}
	lazymb_hazptr_drop(h);
	return NULL;
}

static void lz_free_obj(void *p)
{
	free(p);
}

/* ns per update (allocate, publish, retire) with a reader on the other CPU. */
static double updates(long n, int ck_side, unsigned long long *peak)
{
	pthread_t r;
	uint64_t t0, t;

	use_ck = ck_side;
	atomic_store(&stop, 0);
	atomic_store(&reader_ready, 0);
	pthread_create(&r, NULL, reader_main, NULL);
	while (!atomic_load(&reader_ready))
		;
	t0 = bench_now_ns();
	for (long i = 0; i < n; i++) {
		struct obj *o = malloc(sizeof(*o)), *old;

		o->v = i;
		old = atomic_exchange_explicit(&src, o, memory_order_acq_rel);
		if (old == &first)
			continue;
#ifdef HAVE_CK
		if (ck_side) {
			ck_hp_free(&ck_rec, &old->ch, old, old);
			continue;
		}
#endif
		lazymb_hazptr_retire(old, &old->hh, lz_free_obj);
	}
	t = bench_now_ns() - t0;
	atomic_store(&stop, 1);
	pthread_join(r, NULL);
#ifdef HAVE_CK
	if (ck_side) {
		*peak = ck_rec.n_peak;
		ck_hp_purge(&ck_rec);
	} else
#endif
	{
		struct lazymb_hazptr_stats st;

		lazymb_hazptr_barrier();
		lazymb_hazptr_get_stats_in(lazymb_hazptr_domain_default(), &st);
		*peak = st.peak_unreclaimed;
	}
	free(atomic_exchange(&src, &first));
	return (double)t / (double)n;
}

int bench_hazptr_main(int argc, char **argv)
{
	long iters = 10000000, nupd = 1000000;
	int runs = 7, opt;
	double lz, rcu, fence, t_ck = 0, u_lz, u_ck = 0;
	unsigned long long p_lz, p_ck = 0;
	struct lazymb_hazptr_stats st;
	struct lazymb_caps caps;

	optind = 1;
	while ((opt = getopt(argc, argv, "n:u:r:")) != -1) {
		switch (opt) {
		case 'n': iters = atol(optarg); break;
		case 'u': nupd = atol(optarg); break;
		case 'r': runs = atoi(optarg); break;
		default:
			fprintf(stderr, "usage: lazymb-bench hazptr [-n ITERS] [-u UPDATES] [-r RUNS]\n");
			return 2;
		}
	}
	if (lazymb_init() != 0) {
		fprintf(stderr, "lazymb-bench hazptr: no heavy-fence strategy here\n");
		return 1;
	}
	atomic_store(&src, &first);
	bench_pin_self(0);
	if (lazymb_hazptr_make(&hp) != 0)
		return 1;
	lazymb_rcu_register_thread();
#ifdef HAVE_CK
	ck_hp_init(&ck, 1, 66, ck_free_obj); /* the threshold lazymb uses for 1 slot */
	ck_hp_register(&ck, &ck_rec, ck_ptrs);
	ck_hp_register(&ck, &ck_rec_reader, ck_ptrs_reader);
#endif
	printf("hazptr: read side, ns per protect+reset (median of %d runs of %ld), "
	       "heavy fence: %s\n", runs, iters,
	       lazymb_get_caps(&caps) == 0 ? lazymb_strategy_name(caps.fence) : "?");
	lz = bench_time(lz_pairs, NULL, (int)(iters / INNER), runs) / INNER;
	fence = bench_time(fence_pairs, NULL, (int)(iters / INNER), runs) / INNER;
	rcu = bench_time(rcu_pairs, NULL, (int)(iters / INNER), runs) / INNER;
#ifdef HAVE_CK
	t_ck = bench_time(ck_pairs, NULL, (int)(iters / INNER), runs) / INNER;
#endif
	printf("  %-44s %8s %10s\n", "", "ns", "x lazymb");
	printf("  %-44s %8.2f %10.2f\n", "lazymb_hazptr protect+reset", lz, 1.0);
	printf("  %-44s %8.2f %10.2f\n", "lazymb RCU read lock+unlock", rcu, rcu / lz);
	printf("  %-44s %8.2f %10.2f\n", "protect with a seq_cst fence, +reset", fence, fence / lz);
#ifdef HAVE_CK
	printf("  %-44s %8.2f %10.2f\n", "ck_hp protect (set_fence) + clear", t_ck, t_ck / lz);
#else
	printf("  %-44s %8s   (built without Concurrency Kit: libck-dev)\n", "ck_hp protect + clear", "-");
#endif
	bench_datum("hazptr_read", "lazymb", 0, lz);
	bench_datum("hazptr_read", "rcu", 0, rcu);
	bench_datum("hazptr_read", "seq_cst", 0, fence);
	bench_datum("hazptr_read", "ck_hp", 0, t_ck);

	lazymb_hazptr_drop(hp);
	u_lz = updates(nupd, 0, &p_lz);
	lazymb_hazptr_get_stats_in(lazymb_hazptr_domain_default(), &st);
#ifdef HAVE_CK
	u_ck = updates(nupd, 1, &p_ck);
#endif
	printf("hazptr: retire+reclaim, one writer (CPU 0), one reader protecting (CPU 1), "
	       "%ld updates\n", nupd);
	printf("  %-44s %8s %10s %16s\n", "", "ns/update", "x lazymb", "peak unreclaimed");
	printf("  %-44s %8.1f %10.2f %16llu\n", "lazymb_hazptr_retire", u_lz, 1.0, p_lz);
#ifdef HAVE_CK
	printf("  %-44s %8.1f %10.2f %16llu\n", "ck_hp_free (threshold 66)", u_ck, u_ck / u_lz, p_ck);
#else
	printf("  %-44s %8s   (built without Concurrency Kit: libck-dev)\n", "ck_hp_free", "-");
#endif
	printf("  lazymb: %llu scans (one heavy fence each) for %llu objects, %llu slots; "
	       "bound per thread 2 x slots + 64 = %llu\n", st.scans, st.retired, st.slots,
	       2 * st.slots + 64);
	bench_datum("hazptr_retire", "lazymb", 0, u_lz);
	bench_datum("hazptr_retire", "ck_hp", 0, u_ck);
	lazymb_rcu_unregister_thread();
	return sink == 42 ? 1 : 0; /* keeps sink alive */
}
