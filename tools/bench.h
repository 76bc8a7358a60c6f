// SPDX-License-Identifier: LGPL-2.1-or-later
// SPDX-FileCopyrightText: 2026 The lazymb authors

/*
 * Shared helpers for lazymb-bench subcommands: timing, medians, pinning,
 * a spinning peer thread, and the table/ratio printer. Each subcommand is
 * `int bench_<name>_main(int argc, char **argv)` in tools/bench_<name>.c and
 * one line in the table of tools/lazymb-bench.c.
 */
#ifndef LAZYMB_TOOLS_BENCH_H
#define LAZYMB_TOOLS_BENCH_H

#include <pthread.h>
#include <stdint.h>
#include <stdio.h>

uint64_t bench_now_ns(void);
/* Median of n doubles (sorts the array). */
double bench_median(double *v, int n);
/* Pin the calling thread / a thread to one CPU (modulo the CPU count). */
void bench_pin_self(int cpu);
void bench_pin_thread(pthread_t th, int cpu);
int bench_ncpus(void);

/* A peer thread spinning on @cpu until bench_spinner_stop(). */
struct bench_spinner {
	pthread_t th;
	volatile int stop;
	int cpu;
};
int bench_spinner_start(struct bench_spinner *s, int cpu);
void bench_spinner_stop(struct bench_spinner *s);

/*
 * Time @fn(@arg) called @iters times per run, @runs runs; returns the median
 * ns per call.
 */
double bench_time(void (*fn)(void *), void *arg, int iters, int runs);

/* Machine-readable lines for --plot: "DATA <table> <series> <x> <value>". */
extern FILE *bench_data;
void bench_datum(const char *table, const char *series, double x, double value);

/*
 * Run this program again as `lazymb-bench ARGV...` with @env=@value set and
 * wait for it; its DATA lines go to bench_data, the rest to stdout. For
 * settings chosen once per process (strategies).
 */
int bench_run_child(const char *exe, const char *env, const char *value, const char **argv);
/* This program's path (/proc/self/exe), or NULL. */
const char *bench_self(void);

/* Subcommands. */
int bench_fence_main(int argc, char **argv);
int bench_rcu_main(int argc, char **argv);
int bench_hazptr_main(int argc, char **argv);
int bench_jit_main(int argc, char **argv);

#endif /* LAZYMB_TOOLS_BENCH_H */
