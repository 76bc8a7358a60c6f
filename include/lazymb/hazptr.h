// SPDX-License-Identifier: LGPL-2.1-or-later
// SPDX-FileCopyrightText: 2026 The lazymb authors

/*
 * Hazard pointers on the asymmetric fences: protect costs no fence
 * instruction (a load, a store, a compiler barrier, a load), reclaim pays one
 * heavy fence for a whole batch of retired objects. What each call means
 * follows C++26's std::hazard_pointer (P2530); domains and the barrier
 * follow folly's hazptr.
 *
 * Reader (protect):  p = *src; slot = p (release); light fence;
 *                    re-load *src (acquire): equal, p is protected; else retry
 * Reclaimer (scan):  [objects unlinked, then retired]; heavy fence;
 *                    load every slot (acquire); run the deleter of each
 *                    retired object no slot holds
 * The heavy fence pairs with each reader's light fence (store buffering:
 * either the scan sees the hazard, or the reader's re-load sees the object
 * unlinked and retries); a slot's release store (reset, or a new protect)
 * pairs with the scan's acquire load, so the reader's accesses to the
 * object happen before its deleter. See doc/guarantees.md, section 7.
 *
 * Slots need no registration: a thread's first lazymb_hazptr_make() in a
 * domain allocates them, and they return to the domain when it exits.
 * Bound: a thread keeps at most 2 H + 64 retired objects unreclaimed, H
 * being the domain's number of slots (lazymb_hazptr_retire(3)).
 */
#ifndef LAZYMB_HAZPTR_H
#define LAZYMB_HAZPTR_H

#include <stddef.h>
#ifdef __cplusplus
extern "C++" { /* also when this header is included inside extern "C" */
#include <atomic>
}
#else
#include <stdatomic.h>
#endif
#include <stdint.h>
#include <lazymb/compiler.h>
#include <lazymb/fence.h>

LAZYMB_BEGIN_DECLS

/* A domain: slots and retired objects; a scan of one never reads another's. */
struct lazymb_hazptr_domain;

/*
 * A hazard pointer: one slot of a domain, held by one thread from
 * lazymb_hazptr_make() to lazymb_hazptr_drop(). Only ptr is public (for
 * the inline functions below); the library keeps the rest behind it.
 */
struct lazymb_hazptr {
	/* The protected pointer, NULL for none. Written by the holder only
	 * (release), read by scans (acquire). */
	LAZYMB__ATOMIC(const void *) ptr;
};

/* Retire head, embedded in the object to reclaim. Fields private. */
struct lazymb_hazptr_head {
	struct lazymb_hazptr_head *next;
	void *obj;                     /* the pointer readers protect */
	void (*deleter)(void *obj);
	uint64_t epoch;                /* the domain's barrier epoch at retire */
};

/**
 * lazymb_hazptr_domain_create / lazymb_hazptr_domain_destroy - a domain of
 * its own. create returns NULL when out of memory. destroy runs the deleter
 * of every object retired in @d and returns 0, or -EBUSY while a thread
 * holds a hazard pointer of @d (nothing is changed), -EINVAL for NULL or
 * the default domain.
 */
LAZYMB_API struct lazymb_hazptr_domain *lazymb_hazptr_domain_create(void);
LAZYMB_API int lazymb_hazptr_domain_destroy(struct lazymb_hazptr_domain *d);
/* The default domain, used by the short names. */
LAZYMB_API struct lazymb_hazptr_domain *lazymb_hazptr_domain_default(void);

/**
 * lazymb_hazptr_make_in - give the calling thread a hazard pointer of @d,
 * protecting nothing, in *@hp. From the thread's cache of slots (no lock),
 * else the domain's free slots, else a new slot. Returns 0, -EINVAL (NULL
 * argument), -ENOMEM (*@hp unchanged).
 */
LAZYMB_API int lazymb_hazptr_make_in(struct lazymb_hazptr_domain *d, struct lazymb_hazptr **hp);
LAZYMB_API int lazymb_hazptr_make(struct lazymb_hazptr **hp);

/**
 * lazymb_hazptr_drop - clear @h and give it back to the calling thread's
 * cache. Returns 0, -EINVAL for NULL, -EPERM when @h is not held by the
 * calling thread (nothing is changed).
 */
LAZYMB_API int lazymb_hazptr_drop(struct lazymb_hazptr *h);

/**
 * lazymb_hazptr_reset_protection - make @h protect @p (NULL: nothing),
 * without validation: @p must be known not to be retired yet (it is
 * protected by another hazard pointer, or the caller's own validation
 * follows). Pairs: the release store with the scan's acquire load (the
 * holder's accesses to what @h protected before happen before its
 * deleter); the light fence with the scan's heavy fence.
 */
static inline void lazymb_hazptr_reset_protection(struct lazymb_hazptr *h, const void *p)
{
	/* Release: this thread's accesses to the object previously protected
	 * happen before a scan's acquire load that reads this store. */
	LAZYMB__STORE(&h->ptr, p, release);
	/* Orders the store before the caller's next loads (its validation);
	 * pairs with the heavy fence of the scan. */
	lazymb_fence_light();
}

/**
 * lazymb_hazptr_reset - stop protecting anything (P2530's
 * reset_protection(nullptr)). A release store: the caller's accesses to
 * the object it protected happen before that object's deleter.
 */
static inline void lazymb_hazptr_reset(struct lazymb_hazptr *h)
{
	/* Release: pairs with the acquire load of the slot in the scan. */
	LAZYMB__STORE(&h->ptr, (const void *)NULL, release);
}

/*
 * The source may be declared `T *_Atomic src` or a plain `T *src` that
 * writers update with atomic stores (as lazymb_rcu_assign_pointer does):
 * it is read as a `T *_Atomic`, the way lazymb_rcu_dereference reads.
 * LAZYMB__HAZPTR_T(src) is T *, without qualifiers (a comma expression
 * is not an lvalue).
 */
#define LAZYMB__HAZPTR_T(src) __typeof__(((void)0, *(src)))
#ifdef __cplusplus
#define LAZYMB__HAZPTR_SRC(src) reinterpret_cast<std::atomic<LAZYMB__HAZPTR_T(src)> *>(src)
#else
#define LAZYMB__HAZPTR_SRC(src) ((LAZYMB__HAZPTR_T(src) _Atomic *)(src))
#endif

/**
 * lazymb_hazptr_protect - protect the pointer *@src holds, and return it.
 * @h:   a hazard pointer held by the calling thread
 * @src: the address of the shared pointer (T * or T *_Atomic)
 *
 * Publishes the value in @h (release store), passes a light fence, and
 * re-loads *@src (acquire), until both loads agree: the object returned
 * (or NULL) is not reclaimed while @h protects it, and its contents as
 * published are seen. No fence instruction: on x86-64 a load, a store, a
 * load, a compare and a branch when nothing changes.
 */
#define lazymb_hazptr_protect(h, src)                                                   \
	__extension__({                                                                 \
		struct lazymb_hazptr *lz_h_ = (h);                                      \
		LAZYMB__ATOMIC(LAZYMB__HAZPTR_T(src)) *lz_s_ = LAZYMB__HAZPTR_SRC(src);         \
		LAZYMB__HAZPTR_T(src) lz_p_ =                                           \
			LAZYMB__LOAD(lz_s_, relaxed), lz_q_;       \
		for (;;) {                                                              \
			/* Release store, light fence: see reset_protection. */         \
			lazymb_hazptr_reset_protection(lz_h_, lz_p_);                   \
			/* Acquire: pairs with the release store that published the     \
			 * object, so its contents are seen once it is returned. */     \
			lz_q_ = LAZYMB__LOAD(lz_s_, acquire);      \
			if (LAZYMB_LIKELY(lz_q_ == lz_p_))                              \
				break;                                                  \
			lz_p_ = lz_q_; /* changed under us: protect the new value */    \
		}                                                                       \
		lz_p_;                                                                  \
	})

/**
 * lazymb_hazptr_try_protect - one protect step (P2530's try_protect).
 * @ptr: the address of a T *, holding the value the caller read from *@src
 *
 * Publishes *@ptr in @h, passes a light fence and re-loads *@src: if it
 * still holds *@ptr, that object is now protected and the value is 1;
 * else @h is reset, the new value is stored in *@ptr and the value is 0.
 */
#define lazymb_hazptr_try_protect(h, ptr, src)                                          \
	__extension__({                                                                 \
		struct lazymb_hazptr *lz_h_ = (h);                                      \
		LAZYMB__ATOMIC(LAZYMB__HAZPTR_T(src)) *lz_s_ = LAZYMB__HAZPTR_SRC(src);         \
		LAZYMB__HAZPTR_T(src) lz_p_ = *(ptr), lz_q_;                            \
		lazymb_hazptr_reset_protection(lz_h_, lz_p_);                           \
		/* Acquire: as in lazymb_hazptr_protect(). */                           \
		lz_q_ = LAZYMB__LOAD(lz_s_, acquire);              \
		if (lz_q_ != lz_p_)                                                     \
			lazymb_hazptr_reset(lz_h_);                                     \
		*(ptr) = lz_q_;                                                         \
		lz_q_ == lz_p_;                                                         \
	})

/**
 * lazymb_hazptr_swap - exchange two hazard pointers held by the caller
 * (P2530's swap): each then protects what the other did. No store to
 * either slot: the protections do not lapse.
 */
static inline void lazymb_hazptr_swap(struct lazymb_hazptr **a, struct lazymb_hazptr **b)
{
	struct lazymb_hazptr *t = *a;

	*a = *b;
	*b = t;
}

/**
 * lazymb_hazptr_retire_in - hand @obj to @d, to be passed to @deleter once
 * no hazard pointer of @d protects it.
 * @obj:     the pointer readers protect (already unlinked: no reader can
 *           reach it from a shared pointer any more)
 * @head:    storage for the domain, usually embedded in *@obj; untouched
 *           by the caller until the deleter runs
 * @deleter: called once, as @deleter(@obj), on some thread of the process,
 *           with no lock of the library held (it may retire more)
 *
 * Queues @obj on the calling thread's list; when the list reaches
 * 2 H + 64 objects (H: the domain's slots) the call scans it first
 * (one heavy fence). Returns 0, or -EINVAL for a NULL argument (nothing is
 * retired). Never fails for lack of memory.
 */
LAZYMB_API int lazymb_hazptr_retire_in(struct lazymb_hazptr_domain *d, void *obj,
				       struct lazymb_hazptr_head *head, void (*deleter)(void *obj));
LAZYMB_API int lazymb_hazptr_retire(void *obj, struct lazymb_hazptr_head *head,
				    void (*deleter)(void *obj));

/**
 * lazymb_hazptr_reclaim_in - scan now: one heavy fence, then run the
 * deleter of every object on the calling thread's list (and of the
 * objects left by threads that exited) that no hazard pointer protects.
 * Returns how many deleters ran (>= 0), -EINVAL for NULL, -EDEADLK when
 * called from a deleter of @d on this thread.
 */
LAZYMB_API int lazymb_hazptr_reclaim_in(struct lazymb_hazptr_domain *d);
LAZYMB_API int lazymb_hazptr_reclaim(void);

/**
 * lazymb_hazptr_barrier_in - wait until every object retired in @d before
 * the call (by any thread) has been reclaimed: its deleter has returned.
 * Waits for hazard pointers that protect such objects to move on.
 * Returns 0, -EINVAL for NULL, -EDEADLK when called from a deleter of @d
 * or when the caller itself protects such an object (nothing is waited
 * for beyond the objects it could reclaim).
 */
LAZYMB_API int lazymb_hazptr_barrier_in(struct lazymb_hazptr_domain *d);
LAZYMB_API int lazymb_hazptr_barrier(void);

/* Counters of a domain. */
struct lazymb_hazptr_stats {
	unsigned long long slots;        /* H: slots allocated (they only grow) */
	unsigned long long slots_held;   /* of those, held by a thread now */
	unsigned long long retired;      /* objects retired */
	unsigned long long reclaimed;    /* deleters run */
	unsigned long long scans;        /* scans (each one heavy fence) */
	unsigned long long peak_unreclaimed; /* retired - reclaimed, highest seen at a scan */
	unsigned long long reserved[6];
};

/**
 * lazymb_hazptr_get_stats_in - read @d's counters. Returns 0, -EINVAL for
 * NULL.
 */
LAZYMB_API int lazymb_hazptr_get_stats_in(struct lazymb_hazptr_domain *d,
					  struct lazymb_hazptr_stats *st);

LAZYMB_END_DECLS

#endif /* LAZYMB_HAZPTR_H */
