// SPDX-License-Identifier: LGPL-2.1-or-later
// SPDX-FileCopyrightText: 2026 The lazymb authors

/*
 * RCU on the heavy fence, its core: the reader registry, grace periods
 * (shared by concurrent callers, one heavy fence each, none when no other
 * reader is online), the futex wait for readers, the stall detector,
 * synchronize, domains, statistics and fork. When a caller yields before
 * leading a grace period is lib/rcu_share.c; call_rcu, barrier and polling
 * are lib/rcu_call.c (lib/rcu.h maps the three). The reader side is inline
 * in include/lazymb/rcu.h; doc/guarantees.md section 3 has the argument.
 */
#include "config.h"

#include <errno.h>
#include <pthread.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <unistd.h>

#include <lazymb/lazymb.h>

#include "arch/arch.h"
#include "lib/base.h"
#include "lib/proc.h"
#include "lib/rcu.h"

/* A registered reader as the library sees it. */
struct reg {
	struct lazymb__rcu_link link; /* on the domain's readers or gp_pending, under reg_lock */
	struct lazymb_rcu_reader *rd; /* &own, or the thread's lazymb__rcu_tls.def */
	struct lazymb_rcu_reader own; /* the reader, for domains but the default */
	int tid;
	_Atomic int online;
};

static struct reg *reg_of(struct lazymb_rcu_reader *r)
{
	return r->reg;
}

/* ---- the registry's lists (reg_lock held) ------------------------------------- */

static struct reg *reg_at(struct lazymb__rcu_link *l)
{
	return (struct reg *)(void *)((char *)l - offsetof(struct reg, link));
}

static int list_empty(const struct lazymb__rcu_link *head)
{
	return head->next == head;
}

static void list_add(struct lazymb__rcu_link *head, struct lazymb__rcu_link *l)
{
	l->next = head->next;
	l->prev = head;
	head->next->prev = l;
	head->next = l;
}

static void list_del(struct lazymb__rcu_link *l)
{
	l->prev->next = l->next;
	l->next->prev = l->prev;
}

/* Move every entry of @from to @to; @from is left empty. */
static void list_splice_init(struct lazymb__rcu_link *from, struct lazymb__rcu_link *to)
{
	if (list_empty(from))
		return;
	from->next->prev = to;
	from->prev->next = to->next;
	to->next->prev = from->prev;
	to->next = from->next;
	from->next = from->prev = from;
}

#define DOMAIN_INIT(d)                                                          \
	{                                                                       \
		.gp = 1, .completed = 1,                                        \
		.gp_lock = PTHREAD_MUTEX_INITIALIZER,                           \
		.reg_lock = PTHREAD_MUTEX_INITIALIZER,                          \
		.readers = { &(d).readers, &(d).readers },                      \
		.gp_pending = { &(d).gp_pending, &(d).gp_pending },             \
		.cb_lock = PTHREAD_MUTEX_INITIALIZER,                           \
		.cb_cond = PTHREAD_COND_INITIALIZER,                            \
		.cb_done_cond = PTHREAD_COND_INITIALIZER,                       \
		.cb_tail = &(d).cb_head,                                        \
	}

/* Declared in lib/rcu.h, which says why it is not exported. */
struct lazymb_rcu lazymb__rcu_default = DOMAIN_INIT(lazymb__rcu_default);
__thread struct lazymb_rcu_tls lazymb__rcu_tls;

static pthread_mutex_t domains_lock = PTHREAD_MUTEX_INITIALIZER;
static struct lazymb_rcu *domains = &lazymb__rcu_default;

static pthread_once_t once = PTHREAD_ONCE_INIT;
static pthread_key_t thread_key;
static long stall_ms = 10000;

/* ---- locks and fork ------------------------------------------------------------ */

/*
 * The locks, in the order fork_prepare takes them: domains_lock (the list
 * of domains), then per domain reg_lock (the registry; run_gp takes it
 * under gp_lock) and cb_lock (call_rcu's, lib/rcu_call.c). None of them is
 * held across a wait for a reader: run_gp drops reg_lock before it sleeps,
 * and the worker drops cb_lock around its grace period. gp_lock (one grace
 * period at a time) is held across that wait, so fork never takes it:
 * a fork inside a read-side section while another thread synchronizes
 * must not wait for itself. The handlers are named by when they run and
 * registered once, by init_once.
 */

/*
 * Release gp_lock and wake the callers that found it taken (wait_gp): the
 * release is the end of the grace period they wait for, or one of them
 * must lead the next. Every release of gp_lock but the forked child's
 * goes here.
 */
static void gp_unlock(struct lazymb_rcu *d)
{
	pthread_mutex_unlock(&d->gp_lock);
	/* Pairs with the sleeper's announcement in wait_gp (lib/base.h). */
	lazymb__wait_wake(&d->gp_wait);
}

/*
 * Before fork: no registration, registry scan step or callback hand-over
 * in flight, so the child's copies of the lists are consistent. A grace
 * period may be in progress (its leader is not in the child).
 */
static void fork_prepare(void)
{
	struct lazymb_rcu *d;

	pthread_mutex_lock(&domains_lock);
	for (d = domains; d; d = d->next_domain) {
		pthread_mutex_lock(&d->reg_lock);
		lazymb__rcu_call_fork_prepare(d);
	}
}

static void fork_parent(void)
{
	struct lazymb_rcu *d;

	for (d = domains; d; d = d->next_domain) {
		lazymb__rcu_call_fork_parent(d);
		pthread_mutex_unlock(&d->reg_lock);
	}
	pthread_mutex_unlock(&domains_lock);
}

/* The child has one thread: keep its readers, drop the others' (their
 * threads do not exist here), forget a grace period the parent was
 * running (its leader is not here: the child's next one covers it), and
 * start a worker again on demand. */
static void fork_child(void)
{
	struct lazymb_rcu *d;
	int self = lazymb__gettid();
	struct lazymb_rcu_reader *mine = pthread_getspecific(thread_key), *p;

	for (p = mine; p; p = p->next_in_thread)
		reg_of(p)->tid = self;
	for (d = domains; d; d = d->next_domain) {
		struct lazymb__rcu_link all, *l, *next;

		all.next = all.prev = &all;
		list_splice_init(&d->readers, &all);
		list_splice_init(&d->gp_pending, &all);
		d->nreaders = 0;
		for (l = all.next; l != &all; l = next) {
			struct reg *r = reg_at(l);

			next = l->next;
			if (r->tid == self) {
				list_add(&d->readers, l);
				d->nreaders++;
			} else {
				free(r);
			}
		}
		atomic_store_explicit(&d->reader_wait.sleepers, 0, memory_order_relaxed);
		atomic_store_explicit(&d->gp_wait.sleepers, 0, memory_order_relaxed);
		lazymb__rcu_share_fork_child(d);
		pthread_mutex_init(&d->gp_lock, NULL);
		pthread_mutex_init(&d->reg_lock, NULL);
		lazymb__rcu_call_fork_child(d);
	}
	pthread_mutex_init(&domains_lock, NULL);
}

/* ---- thread registry ------------------------------------------------------ */

static unsigned int nesting(struct lazymb_rcu_reader *r)
{
	return (unsigned int)(atomic_load_explicit(&r->ctr, memory_order_relaxed) &
			      LAZYMB__RCU_NEST_MASK);
}

/* Out of the registry, whichever list it is on. reg_lock is never held
 * across a wait (run_gp drops it to sleep), so this waits for no grace
 * period; the running one finds @r gone from gp_pending. */
static void unregister(struct reg *r)
{
	struct lazymb_rcu *d = r->rd->domain;

	pthread_mutex_lock(&d->reg_lock);
	list_del(&r->link);
	d->nreaders--;
	pthread_mutex_unlock(&d->reg_lock);
}

/* The reader @r is gone from its registry: free its entry, and mark the
 * thread's own slot unregistered if it was the default domain's. */
static void release_reader(struct lazymb_rcu_reader *r)
{
	struct reg *g = reg_of(r);

	if (lazymb__rcu_tls.last == r)
		lazymb__rcu_tls.last = NULL;
	if (r == &lazymb__rcu_tls.def)
		memset(r, 0, sizeof(*r)); /* gp NULL: the next read_lock registers */
	free(g);
}

/* Thread exit: unregister every reader the thread still has, even one left
 * inside a read-side section (its ctr is cleared so nobody waits on it).
 * Runs as a key destructor, before the thread's storage (and the default
 * domain's reader in it) is freed. */
static void thread_exit(void *head)
{
	struct lazymb_rcu_reader *p = head, *next;

	for (; p; p = next) {
		next = p->next_in_thread;
		/* Release: like an unlock. */
		atomic_store_explicit(&p->ctr, 0, memory_order_release);
		unregister(reg_of(p));
		if (atomic_load_explicit(p->waiters, memory_order_relaxed))
			lazymb__rcu_wake(p);
		release_reader(p);
	}
}

static void init_once(void)
{
	/* Milliseconds, 0 (off) to a day; a bad value is reported and the
	 * default kept (a typo must not silence the warnings). */
	stall_ms = (long)lazymb__env_uint("LAZYMB_RCU_STALL_MS", 0, 86400000,
					  (unsigned long)stall_ms, NULL);
	if (pthread_key_create(&thread_key, thread_exit) != 0)
		lazymb__die("rcu: pthread_key_create");
	pthread_atfork(fork_prepare, fork_parent, fork_child);
}

void lazymb__rcu_init(void)
{
	pthread_once(&once, init_once);
}

static struct lazymb_rcu_reader *thread_find(struct lazymb_rcu *d)
{
	struct lazymb_rcu_reader *p = pthread_getspecific(thread_key);

	for (; p; p = p->next_in_thread)
		if (p->domain == d)
			return p;
	return NULL;
}

static struct reg *do_register(struct lazymb_rcu *d)
{
	struct reg *r = calloc(1, sizeof(*r));
	struct lazymb_rcu_reader *rd;

	if (!r)
		return NULL;
	rd = r->rd = d == &lazymb__rcu_default ? &lazymb__rcu_tls.def : &r->own;
	atomic_store_explicit(&rd->ctr, 0, memory_order_relaxed);
	rd->domain = d;
	rd->waiters = &d->reader_wait.sleepers;
	rd->next_in_thread = pthread_getspecific(thread_key);
	rd->reg = r;
	rd->gp = &d->gp; /* registered: read_lock's fast path takes it now */
	r->tid = lazymb__gettid();
	atomic_init(&r->online, 1);
	pthread_mutex_lock(&d->reg_lock);
	/* On readers, never on gp_pending: a running grace period whose
	 * snapshot (run_gp) came first does not wait for this reader, and need
	 * not. Either this critical section of reg_lock comes before the
	 * snapshot's (then the reader is in it), or after: the leader stored
	 * gp and passed a full fence before taking reg_lock for the snapshot,
	 * and this lock acquires what its unlock released, so this thread's
	 * read_lock loads of gp and its read-side loads follow the leader's
	 * updates (release/acquire chain through reg_lock; doc/guarantees.md
	 * 3.3). Never waits for a grace period: run_gp holds reg_lock only
	 * for bounded steps. */
	list_add(&d->readers, &r->link);
	d->nreaders++;
	pthread_mutex_unlock(&d->reg_lock);
	pthread_setspecific(thread_key, rd);
	return r;
}

static struct lazymb_rcu_reader *lookup(struct lazymb_rcu *d, int create, int *err)
{
	struct lazymb_rcu_reader *r;

	pthread_once(&once, init_once);
	if (d == &lazymb__rcu_default) /* its reader is in place once registered */
		r = lazymb__rcu_tls.def.gp ? &lazymb__rcu_tls.def : NULL;
	else
		r = thread_find(d);
	if (!r && create) {
		struct reg *g = do_register(d);

		if (!g) {
			*err = -ENOMEM;
			return NULL;
		}
		r = g->rd;
	}
	if (r && r != &lazymb__rcu_tls.def)
		lazymb__rcu_tls.last = r;
	*err = 0;
	return r;
}

int lazymb__rcu_in_section(struct lazymb_rcu *d)
{
	int err;
	struct lazymb_rcu_reader *me = lookup(d, 0, &err);

	return me && nesting(me);
}

int lazymb__rcu_ongoing_slow(struct lazymb_rcu *d)
{
	return lazymb__rcu_in_section(lazymb__rcu_domain(d));
}

void lazymb__rcu_misuse(const char *func, const char *what)
{
	char name[17] = "?";

	prctl(PR_GET_NAME, name);
	lazymb__die_at(__FILE__, __LINE__, func, "rcu: misuse in %s by thread %d (%s): %s", func,
		       lazymb__gettid(), name, what);
}

struct lazymb_rcu_reader *lazymb__rcu_reader_slow(struct lazymb_rcu *d)
{
	int err;
	struct lazymb_rcu_reader *r = lookup(d ? d : &lazymb__rcu_default, 1, &err);

	if (!r)
		lazymb__die("rcu: cannot register a reader thread: %s", lazymb_strerror(err));
	return r;
}

int lazymb_rcu_register_thread_in(struct lazymb_rcu *d)
{
	int err;

	lookup(lazymb__rcu_domain(d), 1, &err);
	return err;
}

int lazymb_rcu_unregister_thread_in(struct lazymb_rcu *d)
{
	struct lazymb_rcu_reader *r, *head, *p;

	d = lazymb__rcu_domain(d);
	pthread_once(&once, init_once);
	r = thread_find(d);
	if (!r)
		return 0;
	if (nesting(r))
		return -EBUSY;
	unregister(reg_of(r));
	head = pthread_getspecific(thread_key);
	if (head == r) {
		pthread_setspecific(thread_key, r->next_in_thread);
	} else {
		for (p = head; p && p->next_in_thread != r; p = p->next_in_thread)
			;
		if (p)
			p->next_in_thread = r->next_in_thread;
	}
	release_reader(r);
	return 0;
}

int lazymb_rcu_register_thread(void)
{
	return lazymb_rcu_register_thread_in(&lazymb__rcu_default);
}

int lazymb_rcu_unregister_thread(void)
{
	return lazymb_rcu_unregister_thread_in(&lazymb__rcu_default);
}

/* The calling thread's reader in @d, registered if needed; NULL with *@err. */
static struct reg *own_reader(struct lazymb_rcu *d, int *err)
{
	struct lazymb_rcu_reader *r = lookup(lazymb__rcu_domain(d), 1, err);

	return r ? reg_of(r) : NULL;
}

int lazymb_rcu_thread_offline_in(struct lazymb_rcu *d)
{
	int err;
	struct reg *r = own_reader(d, &err);

	if (!r)
		return err;
	if (nesting(r->rd))
		return -EBUSY;
	/* Release: this thread's earlier read-side accesses are done. */
	atomic_store_explicit(&r->online, 0, memory_order_release);
	return 0;
}

int lazymb_rcu_thread_online_in(struct lazymb_rcu *d)
{
	int err;
	struct reg *r = own_reader(d, &err);

	if (!r)
		return err;
	atomic_store_explicit(&r->online, 1, memory_order_relaxed);
	/* Orders online = 1 before this thread's next read-side loads; pairs
	 * with the full fence in run_gp before the updater reads online and
	 * skips the heavy fence (store buffering, full fences on both sides). */
	lazymb_arch_mb();
	return 0;
}

int lazymb_rcu_thread_offline(void)
{
	return lazymb_rcu_thread_offline_in(&lazymb__rcu_default);
}

int lazymb_rcu_thread_online(void)
{
	return lazymb_rcu_thread_online_in(&lazymb__rcu_default);
}

/* ---- waking and waiting ------------------------------------------------------ */

void lazymb__rcu_wake(struct lazymb_rcu_reader *r)
{
	/* The reader stored ctr (release) before: an updater whose acquire
	 * load of the generation sees this wake sees the reader done. */
	lazymb__wait_wake(&r->domain->reader_wait);
}

static int reader_done(struct reg *r, uint64_t target)
{
	/* Acquire: pairs with the reader's release store of 0 in unlock, so
	 * its read-side accesses happen before what the updater does next. */
	uint64_t c = atomic_load_explicit(&r->rd->ctr, memory_order_acquire);

	return c == 0 || (c >> LAZYMB__RCU_NEST_BITS) >= target;
}

static void stall_warn(struct lazymb_rcu *d, struct reg *r, uint64_t target, uint64_t ms)
{
	struct lazymb__thread_status st;

	lazymb__thread_status(r->tid, &st);
	fprintf(stderr, "lazymb: rcu: grace period %llu stalled for %llu ms: thread %d (%s) "
		"is inside a read-side critical section\n",
		(unsigned long long)target, (unsigned long long)ms, r->tid,
		st.name[0] ? st.name : "?");
	atomic_fetch_add_explicit(&d->st_stalls, 1, memory_order_relaxed);
}

/*
 * Wait for the reader @r, first on d->gp_pending; reg_lock held. Returns 1
 * once @r is done (still first on gp_pending), 0 after a sleep, for which
 * it drops reg_lock: the caller looks at gp_pending again (@r may have
 * unregistered meanwhile: it is then off the list, and nobody reads it).
 * reg_lock is held only for bounded steps, so that a reader that, inside
 * its section, waits for a thread's registration or exit (both take
 * reg_lock) does not deadlock with this wait.
 */
static int wait_for(struct lazymb_rcu *d, struct reg *r, uint64_t target, uint64_t start,
		    int *warned)
{
	uint32_t v;

	/* A reader section is usually short: spin first, lock held. */
	for (unsigned int i = 0; i < 1000; i++)
		if (reader_done(r, target))
			return 1;
	/* Then sleep, not yield: a yield can hand the CPU to a reader on the
	 * same CPU for a whole time slice, while the reader's unlock wakes a
	 * sleeper at once. */
	atomic_fetch_add_explicit(&d->st_sleeps, 1, memory_order_relaxed);
	lazymb__wait_announce(&d->reader_wait);
	pthread_mutex_unlock(&d->reg_lock);
	/* Orders the announcement (sleepers = 1) before the re-read of ctr;
	 * pairs with the light fence in read_unlock between its ctr store and
	 * its load of sleepers: either we see ctr done or the reader wakes us.
	 * (A reader that unregisters instead stores ctr and takes reg_lock
	 * before it reads sleepers: either it is off gp_pending when we look
	 * again, or its lock follows our unlock below and it sees our
	 * announcement and wakes us.) */
	lazymb_fence_heavy();
	atomic_fetch_add_explicit(&d->st_heavy, 1, memory_order_relaxed);
	v = lazymb__wait_gen(&d->reader_wait);
	pthread_mutex_lock(&d->reg_lock);
	/* New entries never join gp_pending during a grace period: if @r's
	 * address is first there, it is the same registration. */
	if (d->gp_pending.next == &r->link && !reader_done(r, target)) {
		uint64_t ms;

		pthread_mutex_unlock(&d->reg_lock);
		lazymb__wait_sleep_announced(&d->reader_wait, v, 100 * 1000 * 1000);
		pthread_mutex_lock(&d->reg_lock);
		ms = (lazymb__now_ns() - start) / 1000000u;
		if (stall_ms > 0 && !*warned && ms >= (uint64_t)stall_ms &&
		    d->gp_pending.next == &r->link && !reader_done(r, target)) {
			*warned = 1;
			stall_warn(d, r, target, ms);
		}
	}
	lazymb__wait_retire(&d->reader_wait);
	return 0;
}

/* One grace period for the caller, whose reader in @d is @me (or NULL);
 * gp_lock held. */
static void run_gp(struct lazymb_rcu *d, const struct lazymb_rcu_reader *me)
{
	uint64_t target = atomic_load_explicit(&d->gp, memory_order_relaxed) + 1;
	uint64_t start = lazymb__now_ns();
	int others = 0, warned = 0;
	struct lazymb__rcu_link *l;

	/* Release: what the caller published before the grace period is seen
	 * by a reader whose lock reads the new value. Pairs with the acquire
	 * load of gp in read_lock. */
	atomic_store_explicit(&d->gp, target, memory_order_release);
	/* Orders the store above (and the caller's updates) before the reads
	 * of the registry and of each reader's online flag below. Pairs with
	 * the full fence before the read of gp in lazymb_rcu_synchronize_in()
	 * and lazymb_rcu_poll_start_in() (lib/rcu_call.c), and with the one in
	 * lazymb_rcu_thread_online_in(). */
	lazymb_arch_mb();
	pthread_mutex_lock(&d->reg_lock);
	/* The snapshot: every reader registered now. One registered later
	 * needs no wait (do_register says why). */
	list_splice_init(&d->readers, &d->gp_pending);
	for (l = d->gp_pending.next; l != &d->gp_pending; l = l->next) {
		struct reg *r = reg_at(l);

		if (r->rd != me && atomic_load_explicit(&r->online, memory_order_acquire))
			others++; /* the caller is outside any section (EDEADLK) */
	}
	pthread_mutex_unlock(&d->reg_lock);
	if (others) {
		/* Pairs with the light fence of each reader's read_lock: a
		 * reader that stored its ctr before this point is seen below,
		 * one that did not sees the caller's updates. */
		lazymb_fence_heavy();
		atomic_fetch_add_explicit(&d->st_heavy, 1, memory_order_relaxed);
	}
	pthread_mutex_lock(&d->reg_lock);
	while (!list_empty(&d->gp_pending)) {
		struct reg *r = reg_at(d->gp_pending.next);

		if (wait_for(d, r, target, start, &warned)) {
			list_del(&r->link);
			list_add(&d->readers, &r->link);
		}
	}
	pthread_mutex_unlock(&d->reg_lock);
	/* Release: pairs with the acquire loads of completed in wait_gp (the
	 * callers sharing this grace period), worker_main and
	 * lazymb_rcu_poll_done_in() (lib/rcu_call.c). */
	atomic_store_explicit(&d->completed, target, memory_order_release);
	atomic_fetch_add_explicit(&d->st_gp, 1, memory_order_relaxed);
	/* A statistic for lazymb__rcu_maybe_yield() (lib/rcu_share.c; gp_lock
	 * held: no lost update). */
	atomic_store_explicit(&d->gp_ns,
			      (7 * atomic_load_explicit(&d->gp_ns, memory_order_relaxed) +
			       (lazymb__now_ns() - start)) / 8,
			      memory_order_relaxed);
}

/*
 * Wait until a grace period that started after gp read @s has completed,
 * running one if nobody is. One leader at a time holds gp_lock (taken with
 * trylock only); the others sleep on gp_wait and are all woken when a
 * grace period ends, so every caller it served returns at once (a mutex
 * would hand them the lock one after another). A caller that arrived
 * while a grace period ran is not served by it: one of them leads the
 * next, which serves them all.
 */
static void wait_gp(struct lazymb_rcu *d, const struct lazymb_rcu_reader *me, uint64_t s,
		    int cpu)
{
	for (;;) {
		uint32_t v = lazymb__wait_gen(&d->gp_wait);

		/* Acquire: pairs with run_gp's release of completed. */
		if (atomic_load_explicit(&d->completed, memory_order_acquire) > s)
			return;
		if (pthread_mutex_trylock(&d->gp_lock) == 0) {
			if (atomic_load_explicit(&d->completed, memory_order_acquire) <= s)
				run_gp(d, me);
			gp_unlock(d);
			return;
		}
		/* Pairs with gp_unlock's wake (lib/base.h). */
		lazymb__wait_announce(&d->gp_wait);
		/* A hint for lazymb__rcu_maybe_yield() (lib/rcu_share.c): relaxed. */
		atomic_fetch_add_explicit(&d->cpu[cpu].asleep, 1, memory_order_relaxed);
		if (atomic_load_explicit(&d->gp_wait.gen, memory_order_relaxed) == v) {
			/* A statistic: relaxed. */
			atomic_fetch_add_explicit(&d->st_gp_waits, 1, memory_order_relaxed);
			lazymb__wait_sleep_announced(&d->gp_wait, v, 0);
		}
		atomic_fetch_sub_explicit(&d->cpu[cpu].asleep, 1, memory_order_relaxed);
		lazymb__wait_retire(&d->gp_wait);
	}
}

/*
 * Not a cancellation point (as glibc's pthread_mutex_lock is not): it
 * holds gp_lock, announced sleeps and per-CPU counts that a cancellation
 * would leave behind, so cancellation is off for the whole call, and with
 * it for the cancellation points it may pass (the stall warning's /proc
 * read and fprintf, a signal round's). A cancellation requested meanwhile
 * acts at the caller's next cancellation point.
 */
int lazymb_rcu_synchronize_in(struct lazymb_rcu *d)
{
	struct lazymb_rcu_reader *me;
	uint64_t s;
	int err, cpu, cs;

	d = lazymb__rcu_domain(d);
	me = lookup(d, 0, &err);
	if (me && nesting(me))
		return -EDEADLK;
	pthread_setcancelstate(PTHREAD_CANCEL_DISABLE, &cs);
	atomic_fetch_add_explicit(&d->st_sync, 1, memory_order_relaxed);
	cpu = lazymb__rcu_hint_cpu();
	/* Hints for lazymb__rcu_maybe_yield() (lib/rcu_share.c): relaxed. */
	atomic_fetch_add_explicit(&d->cpu[cpu].arrivals, 1, memory_order_relaxed);
	atomic_fetch_add_explicit(&d->cpu[cpu].inside, 1, memory_order_relaxed);
	/* Orders the caller's updates before its read of gp: a grace period
	 * that moves gp past s begins after them. Pairs with the full fence
	 * in run_gp after its store to gp. */
	lazymb_arch_mb();
	s = atomic_load_explicit(&d->gp, memory_order_relaxed);
	/* Let updaters about to call join the grace period (a delay only:
	 * any grace period that completes past s started after the read). */
	lazymb__rcu_maybe_yield(d, cpu);
	wait_gp(d, me, s, cpu);
	atomic_fetch_sub_explicit(&d->cpu[cpu].inside, 1, memory_order_relaxed);
	/* Orders the grace period before the caller's next accesses (the
	 * free), on top of the acquire loads of each reader's ctr. */
	lazymb_arch_mb();
	pthread_setcancelstate(cs, NULL);
	return 0;
}

int lazymb_rcu_synchronize(void)
{
	return lazymb_rcu_synchronize_in(&lazymb__rcu_default);
}

/* ---- domains, stats --------------------------------------------------------------- */

struct lazymb_rcu *lazymb_rcu_default(void)
{
	return &lazymb__rcu_default;
}

struct lazymb_rcu *lazymb_rcu_create(void)
{
	struct lazymb_rcu *d = malloc(sizeof(*d));

	if (!d)
		return NULL;
	*d = (struct lazymb_rcu)DOMAIN_INIT(*d);
	d->cb_tail = &d->cb_head;
	pthread_once(&once, init_once);
	pthread_mutex_lock(&domains_lock);
	d->next_domain = domains;
	domains = d;
	pthread_mutex_unlock(&domains_lock);
	return d;
}

int lazymb_rcu_destroy(struct lazymb_rcu *d)
{
	struct lazymb_rcu **pp;
	int busy, cs;

	if (!d || d == &lazymb__rcu_default)
		return -EINVAL;
	pthread_mutex_lock(&d->reg_lock);
	busy = d->nreaders != 0;
	pthread_mutex_unlock(&d->reg_lock);
	if (busy)
		return -EBUSY;
	/* Not a cancellation point: a half-destroyed domain helps nobody. */
	pthread_setcancelstate(PTHREAD_CANCEL_DISABLE, &cs);
	lazymb__rcu_call_stop(d);
	pthread_mutex_lock(&domains_lock);
	for (pp = &domains; *pp && *pp != d; pp = &(*pp)->next_domain)
		;
	if (*pp)
		*pp = d->next_domain;
	pthread_mutex_unlock(&domains_lock);
	free(d);
	pthread_setcancelstate(cs, NULL);
	return 0;
}

int lazymb_rcu_get_stats_in(struct lazymb_rcu *d, struct lazymb_rcu_stats *st)
{
	if (!st)
		return -EINVAL;
	d = lazymb__rcu_domain(d);
	memset(st, 0, sizeof(*st));
	st->sync_requested = atomic_load_explicit(&d->st_sync, memory_order_relaxed);
	st->grace_periods = atomic_load_explicit(&d->st_gp, memory_order_relaxed);
	st->heavy_fences = atomic_load_explicit(&d->st_heavy, memory_order_relaxed);
	st->sleeps = atomic_load_explicit(&d->st_sleeps, memory_order_relaxed);
	st->callbacks = atomic_load_explicit(&d->st_cb, memory_order_relaxed);
	st->stalls = atomic_load_explicit(&d->st_stalls, memory_order_relaxed);
	st->yields = atomic_load_explicit(&d->st_yields, memory_order_relaxed);
	st->gp_waits = atomic_load_explicit(&d->st_gp_waits, memory_order_relaxed);
	return 0;
}

