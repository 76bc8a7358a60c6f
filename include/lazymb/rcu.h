// SPDX-License-Identifier: LGPL-2.1-or-later
// SPDX-FileCopyrightText: 2026 The lazymb authors

/*
 * RCU on the asymmetric fences: readers pay no fence (a store, a compiler
 * barrier, a release store), updaters pay heavy fences that concurrent
 * updaters share, one per grace period.
 *
 * Domains keep the readers of one library from holding up the grace periods
 * of another. The short names use the default domain.
 *
 * Reader (lock):   ctr = domain gp (acquire load); light fence
 * Reader (unlock): ctr = 0 (release store); wake the updater if it sleeps
 * Updater:         gp += 1 (release); heavy fence; wait until each reader's
 *                  ctr is 0 or >= the new gp (acquire loads)
 * The heavy fence pairs with each reader's light fence (store buffering:
 * either the updater sees the reader's ctr and waits, or the reader sees
 * what the updater published before the grace period); the release/acquire
 * pair orders a finished reader's accesses before what follows the grace
 * period (the free). See doc/guarantees.md, section 3.
 */
#ifndef LAZYMB_RCU_H
#define LAZYMB_RCU_H

#include <stdint.h>
#ifdef __cplusplus
extern "C++" { /* also when this header is included inside extern "C" */
#include <atomic>
}
#else
#include <stdatomic.h>
#endif
#include <lazymb/compiler.h>
#include <lazymb/fence.h>

LAZYMB_BEGIN_DECLS

struct lazymb_rcu;

/* One thread's reader state in one domain. Private: use the functions. */
struct lazymb_rcu_reader {
	/* 0: quiescent; else the gp the section began in << 16 | nesting.
	 * Written by the owner thread only, read by updaters. */
	LAZYMB__ATOMIC(uint64_t) ctr;
	struct lazymb_rcu *domain;
	LAZYMB__ATOMIC(uint64_t) *gp; /* the domain's grace-period counter; NULL: unregistered */
	LAZYMB__ATOMIC(int) *waiters;  /* nonzero while an updater sleeps */
	struct lazymb_rcu_reader *next_in_thread;
	void *reg;                   /* the library's registry entry */
};
#ifdef __cplusplus
/* The C++ view of the struct must be the C one (see compiler.h). */
static_assert(sizeof(std::atomic<uint64_t>) == sizeof(uint64_t) &&
	      alignof(std::atomic<uint64_t>) == sizeof(uint64_t) &&
	      sizeof(std::atomic<int>) == sizeof(int) &&
	      alignof(std::atomic<int>) == sizeof(int),
	      "std::atomic differs from C11 _Atomic here: lazymb's structs would differ");
#endif

/* The calling thread's readers. The default domain's lives here, in the
 * thread's own storage, so its read side addresses it directly (a pointer
 * to it cost a dependent load per access: 0.8-0.97 ns per lock+unlock
 * pair instead of 0.6 here); def.gp is NULL until the thread registers.
 * last caches the reader of the last other domain used. Private. */
struct lazymb_rcu_tls {
	struct lazymb_rcu_reader def;
	struct lazymb_rcu_reader *last;
};
extern LAZYMB_API __thread struct lazymb_rcu_tls lazymb__rcu_tls;
/* First use in a thread (registers it); NULL: the default domain. Private. */
LAZYMB_API struct lazymb_rcu_reader *lazymb__rcu_reader_slow(struct lazymb_rcu *d);
LAZYMB_API void lazymb__rcu_wake(struct lazymb_rcu_reader *r);
/* A programming error that cannot be returned (@what, in the public
 * function @func): print it with the calling thread and abort. Reached
 * only from rare paths. Private. */
LAZYMB_API __attribute__((noreturn, cold)) void lazymb__rcu_misuse(const char *func,
								  const char *what);
/* read_ongoing_in for a domain whose reader is not cached. Private. */
LAZYMB_API int lazymb__rcu_ongoing_slow(struct lazymb_rcu *d);

/* Callback head, embedded in the object to free. */
struct lazymb_rcu_head {
	struct lazymb_rcu_head *next;
	void (*func)(struct lazymb_rcu_head *head);
};

/**
 * lazymb_rcu_create / lazymb_rcu_destroy - a domain of its own.
 * create returns NULL when out of memory. destroy waits for the domain's
 * callbacks and returns 0, or -EBUSY while threads are registered in it
 * (unregister them first), -EINVAL for NULL or the default domain.
 * Everywhere else a domain is taken, NULL names the default domain.
 */
LAZYMB_API struct lazymb_rcu *lazymb_rcu_create(void);
LAZYMB_API int lazymb_rcu_destroy(struct lazymb_rcu *d);
/* The default domain, used by the short names. */
LAZYMB_API struct lazymb_rcu *lazymb_rcu_default(void);

#define LAZYMB__RCU_NEST_BITS 16
#define LAZYMB__RCU_NEST_MASK ((1u << LAZYMB__RCU_NEST_BITS) - 1)

/* The calling thread's reader in @d (not NULL: the default domain's is
 * lazymb__rcu_tls.def, addressed directly by the callers). */
static inline struct lazymb_rcu_reader *lazymb__rcu_reader(struct lazymb_rcu *d)
{
	struct lazymb_rcu_reader *r = lazymb__rcu_tls.last;

	if (LAZYMB_LIKELY(r && r->domain == d))
		return r;
	/* d may be lazymb_rcu_default(); def.domain is NULL until then. */
	if (lazymb__rcu_tls.def.domain == d)
		return &lazymb__rcu_tls.def;
	return lazymb__rcu_reader_slow(d); /* registers the thread on first use */
}

/**
 * lazymb_rcu_read_lock_in - enter a read-side critical section of @d
 * (NULL: the default domain).
 * Nestable (up to 65535 deep; one more aborts). No fence instruction: two
 * loads, a store, a compiler barrier.
 * The first use in a thread registers it.
 */
static inline void lazymb_rcu_read_lock_in(struct lazymb_rcu *d)
{
	struct lazymb_rcu_reader *r;
	uint64_t c;

	if (!d) {
		/* The default domain's reader is always at the same place in
		 * the thread's storage: no pointer to it is carried. */
		if (LAZYMB_UNLIKELY(!lazymb__rcu_tls.def.gp))
			lazymb__rcu_reader_slow(d); /* registers the thread */
		r = &lazymb__rcu_tls.def;
	} else {
		r = lazymb__rcu_reader(d);
	}
	c = LAZYMB__LOAD(&r->ctr, relaxed);

	if (LAZYMB_LIKELY(!(c & LAZYMB__RCU_NEST_MASK))) {
		/* Acquire: pairs with the updater's release increment of gp,
		 * so what it published before that increment is seen here. */
		uint64_t gp = LAZYMB__LOAD(r->gp, acquire);

		LAZYMB__STORE(&r->ctr, gp << LAZYMB__RCU_NEST_BITS | 1, relaxed);
		/* Orders the ctr store before the read-side loads; pairs with
		 * the heavy fence of lazymb_rcu_synchronize(). */
		lazymb_fence_light();
	} else {
		/* Nested: the depth must not carry into the gp bits. Checked
		 * here, off the outermost path, on the new value (tested on c
		 * instead, the compiler keeps c's depth in a register on the
		 * outermost path too: two more instructions per lock+unlock). */
		c++;
		if (LAZYMB_UNLIKELY(!(c & LAZYMB__RCU_NEST_MASK)))
			lazymb__rcu_misuse("lazymb_rcu_read_lock", "more than 65535 nested "
					   "read-side critical sections");
		LAZYMB__STORE(&r->ctr, c, relaxed);
	}
}

/**
 * lazymb_rcu_read_unlock_in - leave the read-side critical section of @d.
 * An unlock outside any section aborts.
 */
static inline void lazymb_rcu_read_unlock_in(struct lazymb_rcu *d)
{
	/* The default domain's reader is in place: read_lock registered it
	 * (an unlock without a lock is a bug). Another domain's is looked
	 * up: the thread may have used a third domain in between. */
	struct lazymb_rcu_reader *r = d ? lazymb__rcu_reader(d) : &lazymb__rcu_tls.def;
	uint64_t c = LAZYMB__LOAD(&r->ctr, relaxed);

	if (LAZYMB_LIKELY((c & LAZYMB__RCU_NEST_MASK) == 1)) {
		/* Release: the read-side accesses happen before the updater's
		 * acquire load that sees 0, hence before the free. */
		LAZYMB__STORE(&r->ctr, 0, release);
		/* Orders the store above before the load of the waiter flag;
		 * pairs with the heavy fence the updater passes between
		 * setting the flag and re-reading ctr (lib/rcu.c). */
		lazymb_fence_light();
		if (LAZYMB_UNLIKELY(LAZYMB__LOAD(r->waiters, relaxed)))
			lazymb__rcu_wake(r);
	} else {
		/* Nested, or no section at all: depth 0 would borrow from the gp
		 * bits. Checked here, off the outermost path, on the new value
		 * (depth 0 becomes all ones), for the reason given in lock. */
		c--;
		if (LAZYMB_UNLIKELY((c & LAZYMB__RCU_NEST_MASK) == LAZYMB__RCU_NEST_MASK))
			lazymb__rcu_misuse("lazymb_rcu_read_unlock", "unlock outside any "
					   "read-side critical section");
		LAZYMB__STORE(&r->ctr, c, relaxed);
	}
}

static inline void lazymb_rcu_read_lock(void)
{
	lazymb_rcu_read_lock_in(0); /* the default domain */
}

static inline void lazymb_rcu_read_unlock(void)
{
	lazymb_rcu_read_unlock_in(0);
}

/**
 * lazymb_rcu_read_ongoing_in - nonzero inside a read-side section of @d.
 * Never registers the thread.
 */
static inline int lazymb_rcu_read_ongoing_in(struct lazymb_rcu *d)
{
	struct lazymb_rcu_reader *r = &lazymb__rcu_tls.def;

	if (d && r->domain != d) {
		r = lazymb__rcu_tls.last;
		/* Another domain than the cached one: look it up. */
		if (!r || r->domain != d)
			return lazymb__rcu_ongoing_slow(d);
	}
	if (!r->gp)
		return 0;
	return (LAZYMB__LOAD(&r->ctr, relaxed) & LAZYMB__RCU_NEST_MASK) != 0;
}

static inline int lazymb_rcu_read_ongoing(void)
{
	return lazymb_rcu_read_ongoing_in(0);
}

/**
 * lazymb_rcu_register_thread_in / lazymb_rcu_unregister_thread_in - explicit
 * registration (read_lock registers on first use; a thread that exits is
 * unregistered automatically). Return 0, -ENOMEM, or -EBUSY when
 * unregistering inside a read-side section; unregistering a thread that is
 * not registered returns 0. Neither waits for a grace period in progress.
 */
LAZYMB_API int lazymb_rcu_register_thread_in(struct lazymb_rcu *d);
LAZYMB_API int lazymb_rcu_unregister_thread_in(struct lazymb_rcu *d);
LAZYMB_API int lazymb_rcu_register_thread(void);
LAZYMB_API int lazymb_rcu_unregister_thread(void);

/**
 * lazymb_rcu_thread_offline_in / lazymb_rcu_thread_online_in - a thread
 * that blocks for long declares it will not read (offline), so grace
 * periods need no heavy fence for it. Offline inside a read-side section
 * returns -EBUSY.
 */
LAZYMB_API int lazymb_rcu_thread_offline_in(struct lazymb_rcu *d);
LAZYMB_API int lazymb_rcu_thread_online_in(struct lazymb_rcu *d);
LAZYMB_API int lazymb_rcu_thread_offline(void);
LAZYMB_API int lazymb_rcu_thread_online(void);

/**
 * lazymb_rcu_synchronize_in - wait for a grace period of @d: every read-side
 * section of @d that began before the call has ended. Concurrent callers
 * share grace periods. Returns 0, or -EDEADLK when called inside a
 * read-side section of @d (nothing is waited for). Not a cancellation point.
 */
LAZYMB_API int lazymb_rcu_synchronize_in(struct lazymb_rcu *d);
LAZYMB_API int lazymb_rcu_synchronize(void);

/**
 * lazymb_rcu_call_in - run @func(@head) after a grace period of @d, on the
 * domain's worker thread, in batches sharing one grace period. A NULL
 * @head or @func aborts.
 */
LAZYMB_API void lazymb_rcu_call_in(struct lazymb_rcu *d, struct lazymb_rcu_head *head,
				   void (*func)(struct lazymb_rcu_head *head));
LAZYMB_API void lazymb_rcu_call(struct lazymb_rcu_head *head,
				void (*func)(struct lazymb_rcu_head *head));

/**
 * lazymb_rcu_barrier_in - wait until every callback queued on @d before the
 * call has run. Returns 0, or -EDEADLK inside a read-side section of @d or
 * on the worker thread. A cancellation point (like pthread_cond_wait).
 */
LAZYMB_API int lazymb_rcu_barrier_in(struct lazymb_rcu *d);
LAZYMB_API int lazymb_rcu_barrier(void);

/**
 * lazymb_rcu_poll_start_in / lazymb_rcu_poll_done_in - a cookie now, and
 * later, without blocking, whether a full grace period has elapsed since.
 * poll_start asks the worker to run one if none is under way.
 */
LAZYMB_API uint64_t lazymb_rcu_poll_start_in(struct lazymb_rcu *d);
LAZYMB_API int lazymb_rcu_poll_done_in(struct lazymb_rcu *d, uint64_t cookie);
LAZYMB_API uint64_t lazymb_rcu_poll_start(void);
LAZYMB_API int lazymb_rcu_poll_done(uint64_t cookie);

/* Counters of a domain. */
struct lazymb_rcu_stats {
	unsigned long long sync_requested;  /* lazymb_rcu_synchronize calls (incl. internal) */
	unsigned long long grace_periods;   /* grace periods run */
	unsigned long long heavy_fences;    /* heavy fences they issued */
	unsigned long long sleeps;          /* waits that went to the futex (each one heavy fence) */
	unsigned long long callbacks;       /* callbacks invoked */
	unsigned long long stalls;          /* stall warnings printed */
	unsigned long long yields;          /* yields to let other updaters join */
	unsigned long long gp_waits;        /* sleeps of callers until another's grace period ended */
	unsigned long long reserved[4];
};

/**
 * lazymb_rcu_get_stats_in - read @d's counters. Returns 0, -EINVAL for NULL.
 */
LAZYMB_API int lazymb_rcu_get_stats_in(struct lazymb_rcu *d, struct lazymb_rcu_stats *st);

/* Pointers. Each pairs a release store with a dependent load. */
#define lazymb_rcu_dereference(p) LAZYMB__LOAD(LAZYMB__AS_ATOMIC(p), consume)
#define lazymb_rcu_assign_pointer(p, v) LAZYMB__STORE(LAZYMB__AS_ATOMIC(p), (v), release)
#define lazymb_rcu_xchg_pointer(pp, v) LAZYMB__XCHG(LAZYMB__AS_ATOMIC(*(pp)), (v), acq_rel)

LAZYMB_END_DECLS

#endif /* LAZYMB_RCU_H */
