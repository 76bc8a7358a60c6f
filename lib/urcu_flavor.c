// SPDX-License-Identifier: LGPL-2.1-or-later
// SPDX-FileCopyrightText: 2026 The lazymb authors

/*
 * liblazymb-urcu: liburcu's struct rcu_flavor_struct on the default lazymb
 * RCU domain. liburcu's struct rcu_head is {next node, func} and so is
 * struct lazymb_rcu_head: call_rcu hands the same object over (checked
 * below at compile time).
 */
#include "config.h"

#include <errno.h>
#include <pthread.h>
#include <stddef.h>
#include <stdlib.h>
#include <urcu/call-rcu.h>

#include <lazymb/urcu-flavor.h>

_Static_assert(sizeof(struct rcu_head) == sizeof(struct lazymb_rcu_head),
	       "liburcu's rcu_head no longer matches lazymb_rcu_head");
_Static_assert(offsetof(struct rcu_head, func) == offsetof(struct lazymb_rcu_head, func),
	       "liburcu's rcu_head no longer matches lazymb_rcu_head");

static void flavor_read_lock(void)
{
	lazymb_rcu_read_lock();
}

static void flavor_read_unlock(void)
{
	lazymb_rcu_read_unlock();
}

static int flavor_read_ongoing(void)
{
	return lazymb_rcu_read_ongoing();
}

/* Not a QSBR flavor: readers delimit their sections themselves. */
static void flavor_quiescent_state(void)
{
}

static void flavor_call_rcu(struct rcu_head *head, void (*func)(struct rcu_head *head))
{
	/* Same layout and a pointer-to-struct argument in both types. */
	lazymb_rcu_call((struct lazymb_rcu_head *)(void *)head,
			(void (*)(struct lazymb_rcu_head *))(void *)func);
}

/*
 * liburcu's update functions return void: an error lazymb would return
 * cannot reach the caller, who would go on as if it had succeeded (free
 * what a reader still uses, after a synchronize inside a section). Each is
 * a programming error (or out of memory at registration): abort naming it,
 * the thread and the function (lazymb__rcu_misuse).
 */
static void check(int r, const char *func)
{
	const char *what;

	if (r == 0)
		return;
	switch (r) {
	case -EDEADLK:
		what = "called inside a read-side critical section (or, for rcu_barrier, "
		       "from a call_rcu callback): it would wait for itself";
		break;
	case -EBUSY:
		what = "called inside a read-side critical section";
		break;
	case -ENOMEM:
		what = "out of memory registering the thread";
		break;
	default:
		what = "failed";
		break;
	}
	lazymb__rcu_misuse(func, what);
}

static void flavor_synchronize(void)
{
	check(lazymb_rcu_synchronize(), "synchronize_rcu (lazymb_urcu_flavor)");
}

/* defer_rcu: run @fct(@p) after a grace period, from the caller. */
static void flavor_defer_rcu(void (*fct)(void *p), void *p)
{
	check(lazymb_rcu_synchronize(), "defer_rcu (lazymb_urcu_flavor)");
	fct(p);
}

static void flavor_offline(void)
{
	check(lazymb_rcu_thread_offline(), "rcu_thread_offline (lazymb_urcu_flavor)");
}

static void flavor_online(void)
{
	check(lazymb_rcu_thread_online(), "rcu_thread_online (lazymb_urcu_flavor)");
}

static void flavor_register(void)
{
	check(lazymb_rcu_register_thread(), "rcu_register_thread (lazymb_urcu_flavor)");
}

static void flavor_unregister(void)
{
	check(lazymb_rcu_unregister_thread(), "rcu_unregister_thread (lazymb_urcu_flavor)");
}

static void flavor_barrier(void)
{
	check(lazymb_rcu_barrier(), "rcu_barrier (lazymb_urcu_flavor)");
}

/* The hash table's resize worker asks to be told about fork(). */
static pthread_mutex_t atfork_lock = PTHREAD_MUTEX_INITIALIZER;
static struct urcu_atfork *atfork;
static pthread_once_t atfork_once = PTHREAD_ONCE_INIT;

static void before_fork(void)
{
	pthread_mutex_lock(&atfork_lock);
	if (atfork)
		atfork->before_fork(atfork->priv);
}

static void after_parent(void)
{
	if (atfork)
		atfork->after_fork_parent(atfork->priv);
	pthread_mutex_unlock(&atfork_lock);
}

static void after_child(void)
{
	if (atfork)
		atfork->after_fork_child(atfork->priv);
	pthread_mutex_init(&atfork_lock, NULL);
}

static void install_atfork(void)
{
	pthread_atfork(before_fork, after_parent, after_child);
}

static void flavor_register_atfork(struct urcu_atfork *a)
{
	pthread_once(&atfork_once, install_atfork);
	pthread_mutex_lock(&atfork_lock);
	atfork = a;
	pthread_mutex_unlock(&atfork_lock);
}

static void flavor_unregister_atfork(struct urcu_atfork *a)
{
	pthread_mutex_lock(&atfork_lock);
	if (atfork == a)
		atfork = NULL;
	pthread_mutex_unlock(&atfork_lock);
}

const struct rcu_flavor_struct lazymb_urcu_flavor = {
	.read_lock = flavor_read_lock,
	.read_unlock = flavor_read_unlock,
	.read_ongoing = flavor_read_ongoing,
	.read_quiescent_state = flavor_quiescent_state,
	.update_call_rcu = flavor_call_rcu,
	.update_synchronize_rcu = flavor_synchronize,
	.update_defer_rcu = flavor_defer_rcu,
	.thread_offline = flavor_offline,
	.thread_online = flavor_online,
	.register_thread = flavor_register,
	.unregister_thread = flavor_unregister,
	.barrier = flavor_barrier,
	.register_rculfhash_atfork = flavor_register_atfork,
	.unregister_rculfhash_atfork = flavor_unregister_atfork,
};
