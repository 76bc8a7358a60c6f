// SPDX-License-Identifier: LGPL-2.1-or-later
// SPDX-FileCopyrightText: 2026 The lazymb authors

/*
 * call_rcu, barrier and polling, on top of synchronize (lib/rcu.c). One
 * worker thread per domain, started on first use, runs the queued callbacks
 * in batches, one grace period per batch, and drives the grace periods that
 * pollers wait for. cb_lock guards the queue, the counts, the poll target
 * and the worker's state.
 */
#include "config.h"

#include <errno.h>
#include <pthread.h>
#include <signal.h>
#include <string.h>

#include <lazymb/lazymb.h>

#include "arch/arch.h"
#include "lib/base.h"
#include "lib/rcu.h"

static void *worker_main(void *arg)
{
	struct lazymb_rcu *d = arg;

	/* Named for stall warnings, ps and the tests; truncated to 15 bytes. */
	pthread_setname_np(pthread_self(), "lazymb-rcu-cb");
	pthread_mutex_lock(&d->cb_lock);
	d->worker_tid = lazymb__gettid();
	for (;;) {
		struct lazymb_rcu_head *list, *h, *next;
		uint64_t n = 0;

		/* Acquire on completed: pairs with run_gp's release (lib/rcu.c). */
		while (!d->cb_head && !d->stopping &&
		       d->poll_target <= atomic_load_explicit(&d->completed, memory_order_acquire))
			pthread_cond_wait(&d->cb_cond, &d->cb_lock);
		if (d->stopping && !d->cb_head)
			break;
		list = d->cb_head;
		d->cb_head = NULL;
		d->cb_tail = &d->cb_head;
		for (h = list; h; h = h->next)
			n++;
		/* Counted while this thread holds the batch: a child forked
		 * meanwhile has no such batch and counts it as done
		 * (lazymb__rcu_call_fork_child). */
		d->cb_taken = n;
		pthread_mutex_unlock(&d->cb_lock);
		/* One grace period for the whole batch. */
		lazymb_rcu_synchronize_in(d);
		for (h = list; h; h = next) {
			next = h->next;
			h->func(h);
		}
		atomic_fetch_add_explicit(&d->st_cb, n, memory_order_relaxed);
		pthread_mutex_lock(&d->cb_lock);
		d->cb_done += n;
		d->cb_taken = 0;
		pthread_cond_broadcast(&d->cb_done_cond);
	}
	d->worker_running = 0;
	pthread_mutex_unlock(&d->cb_lock);
	return NULL;
}

/* cb_lock held. */
static void ensure_worker(struct lazymb_rcu *d)
{
	sigset_t none, caller;
	int r;

	if (d->worker_running)
		return;
	/* The worker starts with the empty signal mask, whatever the mask of
	 * the thread that happens to start it: the round signal of a
	 * signal-strategy heavy fence must reach it like any thread's (and a
	 * caller that blocks everything must not make it unreachable). The
	 * caller's mask is restored at once. */
	sigemptyset(&none);
	pthread_sigmask(SIG_SETMASK, &none, &caller);
	r = pthread_create(&d->worker, NULL, worker_main, d);
	pthread_sigmask(SIG_SETMASK, &caller, NULL);
	if (r != 0)
		lazymb__die("rcu: cannot start the call_rcu worker: %s", strerror(r));
	d->worker_running = 1;
}

void lazymb_rcu_call_in(struct lazymb_rcu *d, struct lazymb_rcu_head *head,
			void (*func)(struct lazymb_rcu_head *head))
{
	/* Caught here, not in the worker later, where nobody could tell
	 * which call queued it. */
	if (!head)
		lazymb__rcu_misuse("lazymb_rcu_call", "NULL callback head");
	if (!func)
		lazymb__rcu_misuse("lazymb_rcu_call", "NULL callback function");
	d = lazymb__rcu_domain(d);
	lazymb__rcu_init();
	head->func = func;
	head->next = NULL;
	pthread_mutex_lock(&d->cb_lock);
	*d->cb_tail = head;
	d->cb_tail = &head->next;
	d->cb_queued++;
	ensure_worker(d);
	pthread_cond_signal(&d->cb_cond);
	pthread_mutex_unlock(&d->cb_lock);
}

void lazymb_rcu_call(struct lazymb_rcu_head *head, void (*func)(struct lazymb_rcu_head *head))
{
	lazymb_rcu_call_in(&lazymb__rcu_default, head, func);
}

static void unlock_cb_lock(void *d)
{
	pthread_mutex_unlock(&((struct lazymb_rcu *)d)->cb_lock);
}

/* Wait, cb_lock held, until @target callbacks have run; releases cb_lock,
 * also when cancelled in the wait (the cleanup handler). */
static void wait_done(struct lazymb_rcu *d, uint64_t target)
{
	pthread_cleanup_push(unlock_cb_lock, d);
	while (d->cb_done < target)
		pthread_cond_wait(&d->cb_done_cond, &d->cb_lock);
	pthread_cleanup_pop(1);
}

/*
 * A cancellation point, like pthread_cond_wait() it waits in: it waits
 * for other threads (the worker, the callbacks) for as long as they take.
 * A cancellation acted upon in the wait leaves nothing behind: the wait
 * reacquires cb_lock and the cleanup handler releases it; barrier changes
 * no state but the worker's wake-up.
 */
int lazymb_rcu_barrier_in(struct lazymb_rcu *d)
{
	uint64_t target;

	d = lazymb__rcu_domain(d);
	if (lazymb__rcu_in_section(d))
		return -EDEADLK;
	pthread_mutex_lock(&d->cb_lock);
	if (d->worker_running && d->worker_tid == lazymb__gettid()) {
		pthread_mutex_unlock(&d->cb_lock);
		return -EDEADLK;
	}
	target = d->cb_queued;
	if (d->cb_done < target) {
		ensure_worker(d);
		pthread_cond_signal(&d->cb_cond);
	}
	wait_done(d, target);
	return 0;
}

int lazymb_rcu_barrier(void)
{
	return lazymb_rcu_barrier_in(&lazymb__rcu_default);
}

/* lazymb_rcu_destroy() (lib/rcu.c), once @d has no reader left. */
void lazymb__rcu_call_stop(struct lazymb_rcu *d)
{
	lazymb_rcu_barrier_in(d);
	pthread_mutex_lock(&d->cb_lock);
	d->stopping = 1;
	pthread_cond_signal(&d->cb_cond);
	pthread_mutex_unlock(&d->cb_lock);
	if (d->worker_running || d->worker_tid)
		pthread_join(d->worker, NULL);
}

uint64_t lazymb_rcu_poll_start_in(struct lazymb_rcu *d)
{
	uint64_t cookie;

	d = lazymb__rcu_domain(d);
	lazymb__rcu_init();
	/* As at the start of synchronize (lib/rcu.c): the caller's updates
	 * before the read of gp; a grace period that passes gp beyond it
	 * covers them. Pairs with the full fence in run_gp after its store to
	 * gp (lib/rcu.c). */
	lazymb_arch_mb();
	cookie = atomic_load_explicit(&d->gp, memory_order_relaxed) + 1;
	pthread_mutex_lock(&d->cb_lock);
	if (d->poll_target < cookie)
		d->poll_target = cookie;
	ensure_worker(d);
	pthread_cond_signal(&d->cb_cond);
	pthread_mutex_unlock(&d->cb_lock);
	return cookie;
}

int lazymb_rcu_poll_done_in(struct lazymb_rcu *d, uint64_t cookie)
{
	d = lazymb__rcu_domain(d);
	/* Acquire: pairs with run_gp's release of completed (lib/rcu.c). */
	if (atomic_load_explicit(&d->completed, memory_order_acquire) < cookie)
		return 0;
	lazymb_arch_mb(); /* as at the end of synchronize (lib/rcu.c) */
	return 1;
}

uint64_t lazymb_rcu_poll_start(void)
{
	return lazymb_rcu_poll_start_in(&lazymb__rcu_default);
}

int lazymb_rcu_poll_done(uint64_t cookie)
{
	return lazymb_rcu_poll_done_in(&lazymb__rcu_default, cookie);
}

/*
 * The fork handlers of lib/rcu.c call these for each domain, after its
 * reg_lock: before fork, no callback hand-over is in flight (the worker
 * holds cb_lock only between its waits). The worker is a thread of the
 * parent, so the child starts one again on demand. Callbacks still queued
 * run in both processes, each on its copy; the batch the parent's worker
 * had taken (cb_taken, perhaps half run) runs in the parent only: the
 * child counts it as done, or its lazymb_rcu_barrier() would wait for it
 * forever.
 */
void lazymb__rcu_call_fork_prepare(struct lazymb_rcu *d)
{
	pthread_mutex_lock(&d->cb_lock);
}

void lazymb__rcu_call_fork_parent(struct lazymb_rcu *d)
{
	pthread_mutex_unlock(&d->cb_lock);
}

void lazymb__rcu_call_fork_child(struct lazymb_rcu *d)
{
	d->cb_done += d->cb_taken;
	d->cb_taken = 0;
	d->worker_running = 0;
	d->worker_tid = 0;
	pthread_mutex_init(&d->cb_lock, NULL);
	pthread_cond_init(&d->cb_cond, NULL);
	pthread_cond_init(&d->cb_done_cond, NULL);
}
