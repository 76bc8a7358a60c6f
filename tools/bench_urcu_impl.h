// SPDX-License-Identifier: LGPL-2.1-or-later
// SPDX-FileCopyrightText: 2026 The lazymb authors

/* The body of tools/bench_urcu_<flavor>.c (see tools/bench_urcu.h). */

#include <stdlib.h>
#include <urcu/call-rcu.h>

#include "tools/bench_urcu.h"

#define CAT_(a, b) a##b
#define CAT(a, b) CAT_(a, b)
#define F(x) CAT(CAT(CAT(urcu_, BENCH_URCU_FLAVOR), _), x)
#define S(x) CAT(CAT(x, _), BENCH_URCU_FLAVOR)

static void S(reads)(long n)
{
	for (long i = 0; i < n; i++) {
		F(read_lock)();
		F(read_unlock)();
	}
}

static void S(cb)(struct rcu_head *h)
{
	free(h);
}

static void S(call_n)(long n)
{
	for (long i = 0; i < n; i++)
		F(call_rcu)(malloc(sizeof(struct rcu_head)), S(cb));
}

#ifndef BENCH_URCU_QSBR
static void S(nothing)(void)
{
}
#endif

const struct bench_urcu CAT(bench_urcu_, BENCH_URCU_FLAVOR) = {
	.name = "urcu-" BENCH_URCU_NAME,
	.reg = F(register_thread),
	.unreg = F(unregister_thread),
	.reads = S(reads),
	.sync = F(synchronize_rcu),
	.call_n = S(call_n),
	.barrier = F(barrier),
#ifdef BENCH_URCU_QSBR
	.quiescent = F(quiescent_state),
#else
	.quiescent = S(nothing),
#endif
};
