// SPDX-License-Identifier: LGPL-2.1-or-later
// SPDX-FileCopyrightText: 2026 The lazymb authors

/*
 * Hazard pointers' private header: a slot, a thread's state in a domain,
 * and a domain, as lib/hazptr.c sees them. Private: never installed.
 * The protect side is inline in include/lazymb/hazptr.h; doc/guarantees.md
 * section 7 has the argument.
 */
#ifndef LAZYMB_LIB_HAZPTR_H
#define LAZYMB_LIB_HAZPTR_H

#include <pthread.h>
#include <stdint.h>

#include <lazymb/hazptr.h>

#include "lib/base.h"

/*
 * The heavy fence of a scan. tests/check_hazptr_nofence.c includes
 * lib/hazptr.c with this defined to nothing: its torture must then see
 * use after free (the negative control of the scan's fence).
 */
#ifndef LAZYMB__HAZPTR_SCAN_FENCE
#define LAZYMB__HAZPTR_SCAN_FENCE() lazymb_fence_heavy()
#endif

struct lazymb__hazptr_ts;

/* A slot: the public handle is &slot->hp. One cache line each, so that
 * readers' stores do not share lines. Never freed while its domain lives:
 * scans read every slot without a lock. */
struct lazymb__hazptr_slot {
	struct lazymb_hazptr hp;
	struct lazymb_hazptr_domain *domain;
	/* The thread state holding it, NULL while free or in a thread's cache;
	 * written by that thread (and by exit and fork under the domain
	 * lock), read by barrier and stats: relaxed, a hint except to its
	 * own thread. */
	struct lazymb__hazptr_ts *_Atomic owner;
	struct lazymb__hazptr_slot *next;      /* the domain's list of all slots */
	struct lazymb__hazptr_slot *next_free; /* a thread's cache, or the domain's free list */
} __attribute__((aligned(64)));

/* One thread's state in one domain: its cache of slots and its retired
 * objects. Found through the thread's pthread key list (and two TLS
 * caches); in the domain's list under the domain lock. Holds a reference
 * on the domain. */
struct lazymb__hazptr_ts {
	struct lazymb_hazptr_domain *d;
	struct lazymb__hazptr_ts *next_in_thread;
	struct lazymb__hazptr_ts *next, *prev;        /* the domain's list, under d->lock */
	struct lazymb__hazptr_slot *cache;            /* free slots kept by this thread */
	/* Retired objects: pushed by the owner (release CAS), taken whole by
	 * scans (acquire exchange) under the domain's scan lock. */
	_Atomic(struct lazymb_hazptr_head *) retired;
	unsigned long nretired;                       /* owner only: >= length of retired */
	_Atomic unsigned long long retired_total;     /* owner writes, stats read */
	int mine;                                     /* fork child: the forking thread's */
};

struct lazymb_hazptr_domain {
	/* Lock order: domains_lock (lib/hazptr.c), barrier_lock, scan_lock, lock. */
	pthread_mutex_t barrier_lock; /* one barrier at a time */
	pthread_mutex_t scan_lock;    /* one scan at a time: no retired object is in
				       * transit between lists while a scan collects */
	pthread_mutex_t lock;         /* slot list appends, free slots, threads, orphans */
	struct lazymb__hazptr_slot *_Atomic slots; /* push-only; scans read it unlocked */
	_Atomic unsigned long nslots;
	struct lazymb__hazptr_slot *free_slots;
	struct lazymb__hazptr_ts *threads;
	struct lazymb_hazptr_head *orphans; /* left by exited threads, under lock */
	unsigned long norphans;
	_Atomic uint64_t epoch;       /* barrier epochs: a retire stamps its object */
	/* Deleter batches running, by phase: a barrier flips the phase under
	 * scan_lock and waits for the old phase's batches to end. */
	unsigned int phase;           /* under scan_lock */
	_Atomic long active[2];
	const void **hz;              /* a scan's hazards, under scan_lock */
	size_t hz_cap;
	_Atomic unsigned long long st_retired_other, st_reclaimed, st_scans, st_peak;
	int refs;                     /* creator + thread states; under domains_lock */
	int dead;                     /* destroyed; freed when refs reaches 0 */
	int is_default;
	struct lazymb_hazptr_domain *next_domain; /* under domains_lock */
};

#endif /* LAZYMB_LIB_HAZPTR_H */
