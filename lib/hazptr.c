// SPDX-License-Identifier: LGPL-2.1-or-later
// SPDX-FileCopyrightText: 2026 The lazymb authors

/*
 * Hazard pointers: slots and their per-thread caches, retire lists, the
 * scan (one heavy fence per batch), reclaim, barrier, domains, thread exit
 * and fork. The protect side is inline in include/lazymb/hazptr.h;
 * doc/guarantees.md section 7 has the argument.
 */
#include "config.h"

#include <errno.h>
#include <pthread.h>
#include <sched.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <lazymb/lazymb.h>
#include <lazymb/hazptr.h>

#include "lib/base.h"
#include "lib/hazptr.h"

typedef struct lazymb__hazptr_slot slot_t;
typedef struct lazymb__hazptr_ts ts_t;
typedef struct lazymb_hazptr_head head_t;

#define DOMAIN_INIT                                                             \
	{                                                                       \
		.barrier_lock = PTHREAD_MUTEX_INITIALIZER,                      \
		.scan_lock = PTHREAD_MUTEX_INITIALIZER,                         \
		.lock = PTHREAD_MUTEX_INITIALIZER,                              \
		.refs = 1,                                                      \
	}

static struct lazymb_hazptr_domain default_domain = DOMAIN_INIT;

static pthread_mutex_t domains_lock = PTHREAD_MUTEX_INITIALIZER;
static struct lazymb_hazptr_domain *domains = &default_domain;
static pthread_once_t once = PTHREAD_ONCE_INIT;
static pthread_key_t thread_key;

/* The calling thread's state in the default domain, and in the domain it
 * used last: the two lookups that need no walk. */
static __thread ts_t *tls_def, *tls_last;

/* The deleter batches this thread is running (innermost first), to refuse
 * a reclaim or barrier of their domain from inside a deleter. */
struct frame {
	struct lazymb_hazptr_domain *d;
	struct frame *up;
};
static __thread struct frame *tls_frames;

static slot_t *slot_of(struct lazymb_hazptr *h)
{
	return (slot_t *)((char *)h - offsetof(slot_t, hp));
}

static int in_deleters(struct lazymb_hazptr_domain *d)
{
	for (struct frame *f = tls_frames; f; f = f->up)
		if (f->d == d)
			return 1;
	return 0;
}

static unsigned long threshold(struct lazymb_hazptr_domain *d)
{
	return 2 * atomic_load_explicit(&d->nslots, memory_order_relaxed) + 64;
}

/* ---- lists ------------------------------------------------------------------ */

/* Push the chain @first..@last on @list. */
static void push_chain(_Atomic(head_t *) *list, head_t *first, head_t *last)
{
	head_t *old = atomic_load_explicit(list, memory_order_relaxed);

	do {
		last->next = old;
		/* Release: the pusher's accesses (the unlink of each object,
		 * its writes to it) happen before a scan's acquire take of
		 * the list, hence before that scan's heavy fence. */
	} while (!atomic_compare_exchange_weak_explicit(list, &old, first, memory_order_release,
							memory_order_relaxed));
}

static head_t *take(_Atomic(head_t *) *list)
{
	/* Acquire: pairs with the release CAS of push_chain(). */
	return atomic_exchange_explicit(list, NULL, memory_order_acquire);
}

/* Append @list to *@tail; returns the new tail pointer. */
static head_t **append(head_t **tail, head_t *list)
{
	*tail = list;
	while (*tail)
		tail = &(*tail)->next;
	return tail;
}

static void orphans_add(struct lazymb_hazptr_domain *d, head_t *list, unsigned long n)
{
	head_t **tail;

	if (!list)
		return;
	pthread_mutex_lock(&d->lock);
	for (tail = &list; *tail; tail = &(*tail)->next)
		;
	*tail = d->orphans;
	d->orphans = list;
	d->norphans += n;
	pthread_mutex_unlock(&d->lock);
}

/* ---- the scan ------------------------------------------------------------- */

static int cmp_ptr(const void *a, const void *b)
{
	uintptr_t x = (uintptr_t) * (const void *const *)a, y = (uintptr_t) * (const void *const *)b;

	return x < y ? -1 : x > y;
}

/*
 * The hazards, read after the heavy fence; scan_lock held. Returns their
 * number in d->hz (sorted), or -1 when the buffer cannot grow (then
 * protected() reads the slots directly, which is as good: any read after
 * the fence is).
 */
static long collect(struct lazymb_hazptr_domain *d)
{
	size_t n = 0;
	slot_t *s;

	/* Acquire: pairs with the release store that published a new slot
	 * (get_slot), so its fields are seen. A slot published after the
	 * heavy fence belongs to a reader whose light fence comes later: its
	 * re-validation sees our unlinks (section 7). */
	for (s = atomic_load_explicit(&d->slots, memory_order_acquire); s; s = s->next) {
		/* Acquire: pairs with the holder's release store (reset,
		 * drop, a new protect): its accesses to the object it
		 * protected before happen before our deleters. */
		const void *p = atomic_load_explicit(&s->hp.ptr, memory_order_acquire);

		if (!p)
			continue;
		if (n == d->hz_cap) {
			size_t cap = d->hz_cap ? 2 * d->hz_cap : 64;
			const void **nb = realloc(d->hz, cap * sizeof(*nb));

			if (!nb)
				return -1;
			d->hz = nb;
			d->hz_cap = cap;
		}
		d->hz[n++] = p;
	}
	if (n > 1) /* d->hz may still be NULL when no slot holds anything */
		qsort(d->hz, n, sizeof(*d->hz), cmp_ptr);
	return (long)n;
}

static int protected(struct lazymb_hazptr_domain *d, long n, const void *obj)
{
	if (n >= 0)
		return n > 0 && bsearch(&obj, d->hz, (size_t)n, sizeof(*d->hz), cmp_ptr) != NULL;
	for (slot_t *s = atomic_load_explicit(&d->slots, memory_order_acquire); s; s = s->next)
		/* Acquire: as in collect(). */
		if (atomic_load_explicit(&s->hp.ptr, memory_order_acquire) == obj)
			return 1;
	return 0;
}

/* Retired - reclaimed now; d->lock held. For the peak statistic. */
static unsigned long long unreclaimed_locked(struct lazymb_hazptr_domain *d)
{
	unsigned long long r = atomic_load_explicit(&d->st_retired_other, memory_order_relaxed);

	for (ts_t *t = d->threads; t; t = t->next)
		r += atomic_load_explicit(&t->retired_total, memory_order_relaxed);
	return r - atomic_load_explicit(&d->st_reclaimed, memory_order_relaxed);
}

struct batch {
	head_t *free, *keep, **keep_tail;
	unsigned long nfree, nkeep, pending; /* pending: kept with epoch <= limit */
	head_t *first_pending;
	long nhz;
};

/*
 * Fence, read the hazards, split @list into what can be freed and what is
 * protected; scan_lock held. Objects with epoch <= @limit that stay are
 * counted in pending.
 */
static void scan_locked(struct lazymb_hazptr_domain *d, head_t *list, uint64_t limit,
			struct batch *b)
{
	head_t *next;

	memset(b, 0, sizeof(*b));
	b->keep_tail = &b->keep;
	/* Pairs with the light fence of every protect (include/lazymb/
	 * hazptr.h): a hazard published before that light fence is seen by
	 * the loads below, or that protect's re-validation sees the object
	 * unlinked (the unlink happened before this fence: the retiring
	 * thread's release push, our acquire take). One for the whole list. */
	LAZYMB__HAZPTR_SCAN_FENCE();
	atomic_fetch_add_explicit(&d->st_scans, 1, memory_order_relaxed);
	b->nhz = collect(d);
	for (; list; list = next) {
		next = list->next;
		if (protected(d, b->nhz, list->obj)) {
			*b->keep_tail = list;
			b->keep_tail = &list->next;
			b->nkeep++;
			if (list->epoch <= limit) {
				if (!b->pending)
					b->first_pending = list;
				b->pending++;
			}
		} else {
			list->next = b->free;
			b->free = list;
			b->nfree++;
		}
	}
	*b->keep_tail = NULL;
}

/* Run the deleters of @list, no lock held; ends the batch counted in
 * active[@phase]. */
static void run_deleters(struct lazymb_hazptr_domain *d, head_t *list, unsigned long n,
			 unsigned int phase)
{
	struct frame f = { d, tls_frames };
	head_t *next;

	tls_frames = &f;
	for (; list; list = next) {
		next = list->next; /* the deleter may free the head */
		list->deleter(list->obj);
	}
	tls_frames = f.up;
	atomic_fetch_add_explicit(&d->st_reclaimed, n, memory_order_relaxed);
	/* Release: the deleters above happen before a barrier's acquire
	 * load that sees the batch ended. */
	atomic_fetch_sub_explicit(&d->active[phase], 1, memory_order_release);
}

/*
 * The calling thread's scan: its own list (when it has a state) and the
 * orphans. Leftovers go back to its list (or to the orphans). Returns the
 * number of deleters run.
 */
static long scan_own(struct lazymb_hazptr_domain *d, ts_t *ts)
{
	long total = 0;

	do {
		head_t *list = NULL, **tail = &list;
		struct batch b;
		unsigned int phase;

		pthread_mutex_lock(&d->scan_lock);
		if (ts) {
			tail = append(tail, take(&ts->retired));
			ts->nretired = 0;
		}
		pthread_mutex_lock(&d->lock);
		if (d->orphans) {
			tail = append(tail, d->orphans);
			d->orphans = NULL;
			d->norphans = 0;
		}
		if (list) {
			unsigned long long u = unreclaimed_locked(d);

			if (u > atomic_load_explicit(&d->st_peak, memory_order_relaxed))
				atomic_store_explicit(&d->st_peak, u, memory_order_relaxed);
		}
		pthread_mutex_unlock(&d->lock);
		if (!list) {
			pthread_mutex_unlock(&d->scan_lock);
			break;
		}
		scan_locked(d, list, 0, &b);
		if (b.keep) {
			if (ts) {
				push_chain(&ts->retired, b.keep, (head_t *)((char *)b.keep_tail -
									   offsetof(head_t, next)));
				ts->nretired += b.nkeep;
			} else {
				orphans_add(d, b.keep, b.nkeep);
			}
		}
		phase = d->phase;
		atomic_fetch_add_explicit(&d->active[phase], 1, memory_order_relaxed);
		pthread_mutex_unlock(&d->scan_lock);
		run_deleters(d, b.free, b.nfree, phase);
		total += (long)b.nfree;
		/* Deleters may have retired more: keep the bound. */
	} while (ts && ts->nretired >= threshold(d) && !in_deleters(d));
	return total;
}

/* ---- thread states ------------------------------------------------------- */

static void free_domain(struct lazymb_hazptr_domain *d);

static void release_slots_locked(struct lazymb_hazptr_domain *d, ts_t *ts)
{
	slot_t *s, *next;

	for (s = atomic_load_explicit(&d->slots, memory_order_relaxed); s; s = s->next) {
		if (atomic_load_explicit(&s->owner, memory_order_relaxed) != ts)
			continue;
		/* Release: like a drop; the holder is gone. */
		atomic_store_explicit(&s->hp.ptr, NULL, memory_order_release);
		atomic_store_explicit(&s->owner, NULL, memory_order_relaxed);
		s->next_free = d->free_slots;
		d->free_slots = s;
	}
	for (s = ts->cache; s; s = next) {
		next = s->next_free;
		s->next_free = d->free_slots;
		d->free_slots = s;
	}
	ts->cache = NULL;
}

static void unlink_ts_locked(struct lazymb_hazptr_domain *d, ts_t *ts)
{
	if (ts->prev)
		ts->prev->next = ts->next;
	else
		d->threads = ts->next;
	if (ts->next)
		ts->next->prev = ts->prev;
	atomic_fetch_add_explicit(&d->st_retired_other,
				  atomic_load_explicit(&ts->retired_total, memory_order_relaxed),
				  memory_order_relaxed);
}

/* Drop a reference on @d; frees it when it was the last of a dead one. */
static void put_domain(struct lazymb_hazptr_domain *d)
{
	int last;

	pthread_mutex_lock(&domains_lock);
	last = --d->refs == 0 && d->dead;
	if (last) {
		struct lazymb_hazptr_domain **pp;

		for (pp = &domains; *pp && *pp != d; pp = &(*pp)->next_domain)
			;
		if (*pp)
			*pp = d->next_domain;
	}
	pthread_mutex_unlock(&domains_lock);
	if (last)
		free_domain(d);
}

/* Thread exit, for one state: give the slots back (clearing the hazards of
 * the ones still held), scan what the thread retired, hand the rest to the
 * domain. */
static void exit_ts(ts_t *ts)
{
	struct lazymb_hazptr_domain *d = ts->d;
	head_t *rest;
	unsigned long n = 0;
	int scan = 0;

	pthread_mutex_lock(&d->lock);
	if (!d->dead) {
		release_slots_locked(d, ts);
		scan = atomic_load_explicit(&ts->retired, memory_order_relaxed) || d->orphans;
	}
	pthread_mutex_unlock(&d->lock);
	if (scan)
		scan_own(d, ts);
	pthread_mutex_lock(&d->scan_lock);
	rest = take(&ts->retired);
	for (head_t *h = rest; h; h = h->next)
		n++;
	orphans_add(d, rest, n);
	pthread_mutex_lock(&d->lock);
	unlink_ts_locked(d, ts);
	pthread_mutex_unlock(&d->lock);
	pthread_mutex_unlock(&d->scan_lock);
	if (tls_def == ts)
		tls_def = NULL;
	if (tls_last == ts)
		tls_last = NULL;
	free(ts);
	put_domain(d);
}

/* Key destructor: every state of the exiting thread. A deleter run here
 * that uses hazard pointers again gets a new state, and the key's next
 * destructor round handles it. */
static void thread_exit(void *head)
{
	ts_t *ts = head, *next;

	for (; ts; ts = next) {
		next = ts->next_in_thread;
		exit_ts(ts);
	}
}

/* ---- fork ----------------------------------------------------------------- */

static void fork_prepare(void)
{
	pthread_mutex_lock(&domains_lock);
	for (struct lazymb_hazptr_domain *d = domains; d; d = d->next_domain) {
		pthread_mutex_lock(&d->barrier_lock);
		pthread_mutex_lock(&d->scan_lock);
		pthread_mutex_lock(&d->lock);
	}
}

static void fork_parent(void)
{
	for (struct lazymb_hazptr_domain *d = domains; d; d = d->next_domain) {
		pthread_mutex_unlock(&d->lock);
		pthread_mutex_unlock(&d->scan_lock);
		pthread_mutex_unlock(&d->barrier_lock);
	}
	pthread_mutex_unlock(&domains_lock);
}

/* The child has one thread: the other threads' slots are released (their
 * hazards cleared: nobody holds them here) and their retired objects
 * become orphans, reclaimed by the child's next scan. */
static void fork_child(void)
{
	ts_t *mine = pthread_getspecific(thread_key), *t, *next;

	for (t = mine; t; t = t->next_in_thread)
		t->mine = 1;
	for (struct lazymb_hazptr_domain *d = domains; d; d = d->next_domain) {
		for (t = d->threads; t; t = next) {
			head_t *rest;
			unsigned long n = 0;

			next = t->next;
			if (t->mine)
				continue;
			release_slots_locked(d, t);
			rest = take(&t->retired);
			for (head_t *h = rest; h; h = h->next)
				n++;
			if (rest) {
				head_t **tail;

				for (tail = &rest; *tail; tail = &(*tail)->next)
					;
				*tail = d->orphans;
				d->orphans = rest;
				d->norphans += n;
			}
			unlink_ts_locked(d, t);
			d->refs--; /* the domain is not freed here: it is in the list */
			free(t);
		}
		d->active[0] = d->active[1] = 0; /* the other threads' batches are gone */
		pthread_mutex_init(&d->lock, NULL);
		pthread_mutex_init(&d->scan_lock, NULL);
		pthread_mutex_init(&d->barrier_lock, NULL);
	}
	for (t = mine; t; t = t->next_in_thread)
		t->mine = 0;
	pthread_mutex_init(&domains_lock, NULL);
}

static void init_once(void)
{
	if (pthread_key_create(&thread_key, thread_exit) != 0)
		lazymb__die("hazptr: pthread_key_create");
	pthread_atfork(fork_prepare, fork_parent, fork_child);
}

/* The calling thread's state in @d; created if @create (NULL when out of
 * memory, or not found). */
static ts_t *get_ts(struct lazymb_hazptr_domain *d, int create)
{
	ts_t *ts;

	if (d == &default_domain && tls_def)
		return tls_def;
	if (tls_last && tls_last->d == d)
		return tls_last;
	pthread_once(&once, init_once);
	for (ts = pthread_getspecific(thread_key); ts; ts = ts->next_in_thread)
		if (ts->d == d)
			break;
	if (!ts && create) {
		ts = calloc(1, sizeof(*ts));
		if (!ts)
			return NULL;
		ts->d = d;
		pthread_mutex_lock(&domains_lock);
		d->refs++;
		pthread_mutex_unlock(&domains_lock);
		pthread_mutex_lock(&d->lock);
		ts->next = d->threads;
		if (d->threads)
			d->threads->prev = ts;
		d->threads = ts;
		pthread_mutex_unlock(&d->lock);
		ts->next_in_thread = pthread_getspecific(thread_key);
		pthread_setspecific(thread_key, ts);
	}
	if (ts) {
		if (d == &default_domain)
			tls_def = ts;
		else
			tls_last = ts;
	}
	return ts;
}

/* ---- slots ---------------------------------------------------------------- */

static slot_t *get_slot(struct lazymb_hazptr_domain *d, ts_t *ts)
{
	slot_t *s = ts->cache;

	if (s) {
		ts->cache = s->next_free;
		return s;
	}
	pthread_mutex_lock(&d->lock);
	s = d->free_slots;
	if (s)
		d->free_slots = s->next_free;
	pthread_mutex_unlock(&d->lock);
	if (s)
		return s;
	s = aligned_alloc(64, sizeof(*s));
	if (!s)
		return NULL;
	memset(s, 0, sizeof(*s));
	s->domain = d;
	pthread_mutex_lock(&d->lock);
	s->next = atomic_load_explicit(&d->slots, memory_order_relaxed);
	/* Release: the slot's fields before it is seen by an unlocked scan
	 * (acquire load in collect()). */
	atomic_store_explicit(&d->slots, s, memory_order_release);
	atomic_fetch_add_explicit(&d->nslots, 1, memory_order_relaxed);
	pthread_mutex_unlock(&d->lock);
	return s;
}

int lazymb_hazptr_make_in(struct lazymb_hazptr_domain *d, struct lazymb_hazptr **hp)
{
	ts_t *ts;
	slot_t *s;

	if (!d || !hp)
		return -EINVAL;
	ts = get_ts(d, 1);
	if (!ts)
		return -ENOMEM;
	s = get_slot(d, ts);
	if (!s)
		return -ENOMEM;
	atomic_store_explicit(&s->owner, ts, memory_order_relaxed);
	*hp = &s->hp;
	return 0;
}

int lazymb_hazptr_make(struct lazymb_hazptr **hp)
{
	return lazymb_hazptr_make_in(&default_domain, hp);
}

int lazymb_hazptr_drop(struct lazymb_hazptr *h)
{
	slot_t *s;
	ts_t *ts;

	if (!h)
		return -EINVAL;
	s = slot_of(h);
	ts = get_ts(s->domain, 0);
	if (!ts || atomic_load_explicit(&s->owner, memory_order_relaxed) != ts)
		return -EPERM;
	/* Release: the holder's accesses to what it protected happen before
	 * the deleter of a scan that reads NULL here (acquire). */
	atomic_store_explicit(&s->hp.ptr, NULL, memory_order_release);
	atomic_store_explicit(&s->owner, NULL, memory_order_relaxed);
	s->next_free = ts->cache;
	ts->cache = s;
	return 0;
}

/* ---- retire, reclaim, barrier ------------------------------------------------ */

int lazymb_hazptr_retire_in(struct lazymb_hazptr_domain *d, void *obj,
			    struct lazymb_hazptr_head *head, void (*deleter)(void *obj))
{
	ts_t *ts;

	if (!d || !obj || !head || !deleter)
		return -EINVAL;
	head->obj = obj;
	head->deleter = deleter;
	/* Relaxed: a barrier whose call this retire happens before increments
	 * epoch later in the modification order, so this load reads a value
	 * below the barrier's (coherence). */
	head->epoch = atomic_load_explicit(&d->epoch, memory_order_relaxed);
	ts = get_ts(d, 1);
	if (!ts) {
		/* No memory for a state: the object waits with the orphans, for
		 * the next scan of any thread. */
		head->next = NULL;
		atomic_fetch_add_explicit(&d->st_retired_other, 1, memory_order_relaxed);
		orphans_add(d, head, 1);
		return 0;
	}
	push_chain(&ts->retired, head, head);
	atomic_store_explicit(&ts->retired_total,
			      atomic_load_explicit(&ts->retired_total, memory_order_relaxed) + 1,
			      memory_order_relaxed);
	if (++ts->nretired >= threshold(d) && !in_deleters(d))
		scan_own(d, ts);
	return 0;
}

int lazymb_hazptr_retire(void *obj, struct lazymb_hazptr_head *head, void (*deleter)(void *obj))
{
	return lazymb_hazptr_retire_in(&default_domain, obj, head, deleter);
}

int lazymb_hazptr_reclaim_in(struct lazymb_hazptr_domain *d)
{
	long n;

	if (!d)
		return -EINVAL;
	if (in_deleters(d))
		return -EDEADLK;
	n = scan_own(d, get_ts(d, 0));
	return n > INT32_MAX ? INT32_MAX : (int)n;
}

int lazymb_hazptr_reclaim(void)
{
	return lazymb_hazptr_reclaim_in(&default_domain);
}

/* Whether a slot held by the calling thread protects @b's pending objects. */
static int caller_protects(struct lazymb_hazptr_domain *d, head_t *keep, uint64_t limit)
{
	ts_t *me = get_ts(d, 0);

	if (!me)
		return 0;
	for (slot_t *s = atomic_load_explicit(&d->slots, memory_order_acquire); s; s = s->next) {
		const void *p;

		if (atomic_load_explicit(&s->owner, memory_order_relaxed) != me)
			continue;
		p = atomic_load_explicit(&s->hp.ptr, memory_order_relaxed);
		for (head_t *h = keep; p && h; h = h->next)
			if (h->epoch <= limit && h->obj == p)
				return 1;
	}
	return 0;
}

static void wait_phase(struct lazymb_hazptr_domain *d, unsigned int phase)
{
	/* Acquire: pairs with the release decrement in run_deleters(). */
	for (int i = 0; atomic_load_explicit(&d->active[phase], memory_order_acquire); i++) {
		if (i < 100)
			sched_yield();
		else
			nanosleep(&(struct timespec){ 0, 100000 }, NULL);
	}
}

/* Every retired list of @d (each thread's and the orphans), appended at
 * @tail; returns the new tail. d->lock held. */
static head_t **take_all_locked(struct lazymb_hazptr_domain *d, head_t **tail)
{
	for (ts_t *t = d->threads; t; t = t->next)
		tail = append(tail, take(&t->retired));
	tail = append(tail, d->orphans);
	d->orphans = NULL;
	d->norphans = 0;
	return tail;
}

int lazymb_hazptr_barrier_in(struct lazymb_hazptr_domain *d)
{
	uint64_t limit;
	long wait_ns = 1000;
	int ret = 0;

	if (!d)
		return -EINVAL;
	if (in_deleters(d))
		return -EDEADLK;
	pthread_mutex_lock(&d->barrier_lock);
	/* Seq_cst: every retire that happens before this call read a smaller
	 * epoch (coherence), so its object has epoch <= limit. */
	limit = atomic_fetch_add_explicit(&d->epoch, 1, memory_order_seq_cst);
	for (;;) {
		head_t *list = NULL, **tail = &list;
		struct batch b;
		unsigned int old, phase;

		pthread_mutex_lock(&d->scan_lock);
		/* Every object retired before now is in a list (taken below),
		 * or in a batch of deleters begun under scan_lock before now
		 * (the old phase, waited for below), or reclaimed. */
		old = d->phase;
		phase = d->phase = old ^ 1;
		pthread_mutex_lock(&d->lock);
		tail = take_all_locked(d, tail);
		pthread_mutex_unlock(&d->lock);
		scan_locked(d, list, limit, &b);
		if (b.pending && caller_protects(d, b.first_pending, limit))
			ret = -EDEADLK;
		orphans_add(d, b.keep, b.nkeep);
		atomic_fetch_add_explicit(&d->active[phase], 1, memory_order_relaxed);
		pthread_mutex_unlock(&d->scan_lock);
		run_deleters(d, b.free, b.nfree, phase);
		wait_phase(d, old);
		if (!b.pending || ret)
			break;
		/* A protected object: its reader will move on. */
		nanosleep(&(struct timespec){ 0, wait_ns }, NULL);
		if (wait_ns < 1000000)
			wait_ns *= 2;
	}
	pthread_mutex_unlock(&d->barrier_lock);
	return ret;
}

int lazymb_hazptr_barrier(void)
{
	return lazymb_hazptr_barrier_in(&default_domain);
}

/* ---- domains, stats ------------------------------------------------------- */

struct lazymb_hazptr_domain *lazymb_hazptr_domain_default(void)
{
	return &default_domain;
}

struct lazymb_hazptr_domain *lazymb_hazptr_domain_create(void)
{
	struct lazymb_hazptr_domain *d = malloc(sizeof(*d));

	if (!d)
		return NULL;
	*d = (struct lazymb_hazptr_domain)DOMAIN_INIT;
	pthread_once(&once, init_once);
	pthread_mutex_lock(&domains_lock);
	d->next_domain = domains;
	domains = d;
	pthread_mutex_unlock(&domains_lock);
	return d;
}

static void free_domain(struct lazymb_hazptr_domain *d)
{
	slot_t *s, *next;

	for (s = atomic_load_explicit(&d->slots, memory_order_relaxed); s; s = next) {
		next = s->next;
		free(s);
	}
	free(d->hz);
	free(d);
}

int lazymb_hazptr_domain_destroy(struct lazymb_hazptr_domain *d)
{
	head_t *list = NULL, **tail = &list;
	unsigned long n = 0;
	unsigned int phase;

	if (!d || d == &default_domain)
		return -EINVAL;
	pthread_mutex_lock(&d->scan_lock);
	pthread_mutex_lock(&d->lock);
	for (slot_t *s = atomic_load_explicit(&d->slots, memory_order_relaxed); s; s = s->next) {
		if (atomic_load_explicit(&s->owner, memory_order_relaxed)) {
			pthread_mutex_unlock(&d->lock);
			pthread_mutex_unlock(&d->scan_lock);
			return -EBUSY;
		}
	}
	d->dead = 1;
	tail = take_all_locked(d, tail);
	pthread_mutex_unlock(&d->lock);
	for (head_t *h = list; h; h = h->next)
		n++;
	/* No slot is held: no hazard protects anything. */
	phase = d->phase;
	atomic_fetch_add_explicit(&d->active[phase], 1, memory_order_relaxed);
	pthread_mutex_unlock(&d->scan_lock);
	run_deleters(d, list, n, phase);
	wait_phase(d, 0);
	wait_phase(d, 1);
	put_domain(d); /* the creator's reference */
	return 0;
}

int lazymb_hazptr_get_stats_in(struct lazymb_hazptr_domain *d, struct lazymb_hazptr_stats *st)
{
	if (!d || !st)
		return -EINVAL;
	memset(st, 0, sizeof(*st));
	pthread_mutex_lock(&d->lock);
	st->slots = atomic_load_explicit(&d->nslots, memory_order_relaxed);
	for (slot_t *s = atomic_load_explicit(&d->slots, memory_order_relaxed); s; s = s->next)
		st->slots_held += atomic_load_explicit(&s->owner, memory_order_relaxed) != NULL;
	st->reclaimed = atomic_load_explicit(&d->st_reclaimed, memory_order_relaxed);
	st->retired = unreclaimed_locked(d) + st->reclaimed;
	pthread_mutex_unlock(&d->lock);
	st->scans = atomic_load_explicit(&d->st_scans, memory_order_relaxed);
	st->peak_unreclaimed = atomic_load_explicit(&d->st_peak, memory_order_relaxed);
	return 0;
}
