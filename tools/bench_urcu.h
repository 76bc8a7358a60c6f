// SPDX-License-Identifier: LGPL-2.1-or-later
// SPDX-FileCopyrightText: 2026 The lazymb authors

/*
 * One liburcu flavor behind function pointers, for lazymb-bench rcu. Each
 * flavor is compiled in its own file with _LGPL_SOURCE so its read side is
 * inlined, as in a real liburcu program: tools/bench_urcu_<flavor>.c
 * defines BENCH_URCU_FLAVOR and includes tools/bench_urcu_impl.h.
 */
#ifndef LAZYMB_TOOLS_BENCH_URCU_H
#define LAZYMB_TOOLS_BENCH_URCU_H

struct bench_urcu {
	const char *name;
	void (*reg)(void);
	void (*unreg)(void);
	void (*reads)(long n);          /* n lock/unlock pairs */
	void (*sync)(void);
	void (*call_n)(long n);         /* queue n callbacks */
	void (*barrier)(void);
	void (*quiescent)(void);        /* QSBR readers report here */
};

extern const struct bench_urcu bench_urcu_memb, bench_urcu_mb, bench_urcu_qsbr;

#endif
