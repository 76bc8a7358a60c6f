// SPDX-License-Identifier: LGPL-2.1-or-later
// SPDX-FileCopyrightText: 2026 The lazymb authors

/*
 * lazymb-bench fence: ns per heavy fence and per sync_core for each
 * strategy, alone and with one other thread spinning on the other CPU,
 * beside the raw membarrier system call measured in the same process; and
 * 4 concurrent callers, lazymb against raw system calls.
 *
 * A strategy is chosen once per process, so each runs in a child
 * (`lazymb-bench fence --child fence|sync STRATEGY`) with LAZYMB_FENCE or
 * LAZYMB_SYNC_CORE set. Threads are pinned: a heavy fence costs an IPI
 * only when another thread of the process runs on another CPU.
 */
#include <errno.h>
#include <sys/wait.h>
#include <time.h>
#include <stdlib.h>
#include <string.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <lazymb/lazymb.h>
#include "tools/bench.h"

static void heavy(void *a)
{
	(void)a;
	lazymb_fence_heavy();
}

static void sync_core(void *a)
{
	(void)a;
	lazymb_sync_core();
}

static void raw(void *a)
{
	syscall(SYS_membarrier, *(int *)a, 0, 0);
}

struct conc {
	void (*fn)(void *);
	void *arg;
	int iters, cpu;
};

static void *conc_thread(void *p)
{
	struct conc *c = p;

	bench_pin_self(c->cpu);
	for (int i = 0; i < c->iters; i++)
		c->fn(c->arg);
	return NULL;
}

/* ns per call with 4 threads calling at once (2 per CPU). */
static double concurrent4(void (*fn)(void *), void *arg, int iters)
{
	struct conc c[4];
	pthread_t t[4];
	uint64_t t0 = bench_now_ns();

	for (int i = 0; i < 4; i++) {
		c[i] = (struct conc){ fn, arg, iters, i };
		pthread_create(&t[i], NULL, conc_thread, &c[i]);
	}
	for (int i = 0; i < 4; i++)
		pthread_join(t[i], NULL);
	return (double)(bench_now_ns() - t0) / (4.0 * iters);
}

static int child(const char *what, const char *strategy)
{
	int is_sync = strcmp(what, "sync") == 0;
	int cmd = is_sync ? LAZYMB_MEMBARRIER_CMD_PRIVATE_EXPEDITED_SYNC_CORE :
			    LAZYMB_MEMBARRIER_CMD_PRIVATE_EXPEDITED;
	int slow = strcmp(strategy, "global") == 0;
	int iters = slow ? 20 : 2000, runs = slow ? 3 : 7;
	void (*fn)(void *) = is_sync ? sync_core : heavy;
	struct bench_spinner sp;
	struct lazymb_caps c;
	double alone, raw_alone, spin, raw_spin, c4 = 0, raw_c4 = 0;

	if (lazymb_init() != 0 || (is_sync && lazymb_sync_core_available() != 0)) {
		lazymb_get_caps(&c);
		printf("  %-10s refused: %s\n", strategy, is_sync ? c.sync_core_reason : c.fence_reason);
		return 0;
	}
	bench_pin_self(0);
	fn(NULL);
	alone = bench_time(fn, NULL, iters, runs);
	raw_alone = bench_time(raw, &cmd, iters, runs);
	bench_spinner_start(&sp, 1);
	usleep(10000);
	spin = bench_time(fn, NULL, iters / 4 + 1, runs);
	raw_spin = bench_time(raw, &cmd, iters / 4 + 1, runs);
	bench_spinner_stop(&sp);
	if (!is_sync) {
		c4 = concurrent4(fn, NULL, iters / 8 + 1);
		raw_c4 = concurrent4(raw, &cmd, iters / 8 + 1);
	}
	printf("  %-10s %10.0f %10.0f %6.2f  %10.0f %10.0f %6.2f", strategy, alone, raw_alone,
	       alone / raw_alone, spin, raw_spin, spin / raw_spin);
	if (!is_sync)
		printf("  %10.0f %10.0f %6.2f", c4, raw_c4, c4 / raw_c4);
	printf("\n");
	fflush(stdout);
	/* Whole lines only: the parent sorts DATA lines out of this stream. */
	bench_datum(is_sync ? "sync_core" : "fence", strategy, 0, alone);
	bench_datum(is_sync ? "sync_core" : "fence", strategy, 1, spin);
	if (!is_sync)
		bench_datum("fence4", strategy, 4, c4);
	return 0;
}

static void *sleep_long(void *arg)
{
	struct timespec ts = { 3600, 0 };

	(void)arg;
	for (;;)
		nanosleep(&ts, NULL);
	return NULL;
}

/* With @n threads asleep: "<ns per heavy fence> <ns per raw call>". */
static int child_sleepers(const char *strategy, int n)
{
	int cmd = LAZYMB_MEMBARRIER_CMD_PRIVATE_EXPEDITED;
	int iters = n >= 256 ? 20 : 200;
	pthread_attr_t a;
	pthread_t t;

	if (strcmp(strategy, "signal-all") == 0)
		setenv("LAZYMB_TEST_SIGNAL_SLEEPERS", "1", 1);
	if (lazymb_init() != 0) {
		printf("refused\n");
		return 0;
	}
	pthread_attr_init(&a);
	pthread_attr_setstacksize(&a, 64 * 1024);
	for (int i = 0; i < n; i++)
		if (pthread_create(&t, &a, sleep_long, NULL) != 0)
			return 1;
	usleep(100000 + 100 * (useconds_t)n); /* all asleep */
	bench_pin_self(0);
	lazymb_fence_heavy();
	printf("%.0f %.0f\n", bench_time(heavy, NULL, iters, 5), bench_time(raw, &cmd, iters, 5));
	fflush(stdout);
	_exit(0); /* the sleepers never return */
}

/* Run `fence --child sleepers @strategy @n` with LAZYMB_FENCE=@fence; its
 * two numbers into @v (-1 if refused). */
static void sleepers_cell(const char *exe, const char *fence, const char *strategy, int n,
			  double v[2])
{
	char num[16], line[128] = "";
	int p[2], st;
	pid_t pid;

	v[0] = v[1] = -1;
	snprintf(num, sizeof(num), "%d", n);
	fflush(stdout);
	if (pipe(p))
		return;
	pid = fork();
	if (pid == 0) {
		dup2(p[1], 1);
		close(p[0]);
		close(p[1]);
		setenv("LAZYMB_FENCE", fence, 1);
		execl(exe, exe, "fence", "--child", "sleepers", strategy, num, (char *)NULL);
		_exit(127);
	}
	close(p[1]);
	if (read(p[0], line, sizeof(line) - 1) < 0)
		line[0] = 0;
	close(p[0]);
	waitpid(pid, &st, 0);
	if (sscanf(line, "%lf %lf", &v[0], &v[1]) != 2)
		v[0] = v[1] = -1;
}

static void sleepers_table(const char *exe)
{
	static const int ns[] = { 1, 16, 256, 1024 };

	printf("lazymb_fence_heavy with N threads asleep in nanosleep, ns per call (median of 5);\n"
	       "signal-all: every sleeper signalled (as before Linux 5.16); raw: PRIVATE_EXPEDITED\n"
	       "  %6s %10s %10s %10s %10s  %8s %8s %8s\n", "N", "signal", "signal-all",
	       "membarrier", "raw", "sig/raw", "all/raw", "all/sig");
	for (size_t i = 0; i < sizeof(ns) / sizeof(ns[0]); i++) {
		double sg[2], all[2], mb[2];

		sleepers_cell(exe, "signal", "signal", ns[i], sg);
		sleepers_cell(exe, "signal", "signal-all", ns[i], all);
		sleepers_cell(exe, "membarrier", "membarrier", ns[i], mb);
		printf("  %6d %10.0f %10.0f %10.0f %10.0f  %8.1f %8.1f %8.1f\n", ns[i], sg[0],
		       all[0], mb[0], mb[1], sg[0] / mb[1], all[0] / mb[1], all[0] / sg[0]);
		fflush(stdout);
		bench_datum("fence_sleepers", "signal", ns[i], sg[0]);
		bench_datum("fence_sleepers", "signal-all", ns[i], all[0]);
		bench_datum("fence_sleepers", "membarrier", ns[i], mb[0]);
		bench_datum("fence_sleepers", "raw", ns[i], mb[1]);
	}
	printf("\n");
}

/*
 * The sched strategy's table (issue 13): the heavy fence alone, with one
 * thread spinning on the other CPU, and with 16/256/1024 sleeping threads,
 * for membarrier, sched and signal, beside the raw PRIVATE_EXPEDITED call;
 * ratios to raw. Child: `lazymb-bench fence --child visit STRATEGY`.
 */
static void *visit_sleeper(void *a)
{
	(void)a;
	for (;;)
		sleep(1000); /* EINTR (signal strategy) just sleeps again */
	return NULL;
}

static int visit_child(const char *strategy)
{
	static const int counts[] = { 16, 256, 1024 };
	int cmd = LAZYMB_MEMBARRIER_CMD_PRIVATE_EXPEDITED, have = 0;
	double v[5], raw_alone;
	struct bench_spinner sp;
	struct lazymb_caps c;
	pthread_attr_t attr;

	if (lazymb_init() != 0) {
		lazymb_get_caps(&c);
		printf("  %-10s refused: %s\n", strategy, c.fence_reason);
		return 0;
	}
	bench_pin_self(0);
	heavy(NULL);
	v[0] = bench_time(heavy, NULL, 500, 5);
	raw_alone = bench_time(raw, &cmd, 500, 5);
	bench_spinner_start(&sp, 1);
	usleep(10000);
	v[1] = bench_time(heavy, NULL, 200, 5);
	bench_spinner_stop(&sp);
	pthread_attr_init(&attr);
	pthread_attr_setstacksize(&attr, 64 * 1024);
	for (int i = 0; i < 3; i++) {
		for (pthread_t t; have < counts[i]; have++)
			if (pthread_create(&t, &attr, visit_sleeper, NULL) != 0)
				break;
		usleep(50000);
		v[2 + i] = bench_time(heavy, NULL, counts[i] >= 256 ? 20 : 200, 3);
	}
	printf("  %-10s %9.0f %9.0f %9.0f %9.0f %9.0f %9.0f %8.1f\n", strategy, v[0], v[1], v[2],
	       v[3], v[4], raw_alone, v[4] / raw_alone);
	fflush(stdout);
	bench_datum("visit", strategy, 0, v[0]);
	bench_datum("visit", strategy, 1024, v[4]);
	_exit(0); /* the sleepers never return */
}

static void visit_table(const char *exe)
{
	static const char *strategies[] = { "membarrier", "sched", "signal" };

	printf("lazymb_fence_heavy against other threads (ns per fence; raw: PRIVATE_EXPEDITED alone;\n"
	       "ratio: 1024 sleepers / raw)\n  %-10s %9s %9s %9s %9s %9s %9s %8s\n", "strategy",
	       "alone", "spinner", "16 sleep", "256", "1024", "raw", "ratio");
	fflush(stdout);
	for (size_t i = 0; i < sizeof(strategies) / sizeof(strategies[0]); i++)
		bench_run_child(exe, "LAZYMB_FENCE", strategies[i],
				(const char *[]){ "fence", "--child", "visit", strategies[i], NULL });
	printf("\n");
}

int bench_fence_main(int argc, char **argv)
{
	static const char *strategies[] = { "membarrier", "signal", "mprotect", "global" };
	const char *exe = bench_self();

	if (argc == 5 && strcmp(argv[1], "--child") == 0 && strcmp(argv[2], "sleepers") == 0)
		return child_sleepers(argv[3], atoi(argv[4]));
	if (argc == 4 && strcmp(argv[1], "--child") == 0)
		return strcmp(argv[2], "visit") == 0 ? visit_child(argv[3]) : child(argv[2], argv[3]);
	if (!exe)
		return 1;
	printf("ns per call, median of 7 runs; raw = the membarrier system call in the same process;\n"
	       "spinner = another thread of the process spinning on the other CPU; 4x = 4 callers\n"
	       "at once (2 per CPU), ns per call. %d CPUs.\n\n", bench_ncpus());
	for (int w = 0; w < 2; w++) {
		const char *what = w ? "sync" : "fence";

		printf("%s\n  %-10s %10s %10s %6s  %10s %10s %6s%s\n",
		       w ? "lazymb_sync_core (raw: PRIVATE_EXPEDITED_SYNC_CORE)" :
			   "lazymb_fence_heavy (raw: PRIVATE_EXPEDITED)",
		       "strategy", "alone", "raw", "ratio", "spinner", "raw", "ratio",
		       w ? "" : "          4x     raw 4x  ratio");
		fflush(stdout);
		for (size_t i = 0; i < sizeof(strategies) / sizeof(strategies[0]); i++) {
			if (w && i >= 2)
				break; /* mprotect and global never serve sync_core */
			bench_run_child(exe, w ? "LAZYMB_SYNC_CORE" : "LAZYMB_FENCE", strategies[i],
					(const char *[]){ "fence", "--child", what, strategies[i], NULL });
		}
		printf("\n");
	}
	sleepers_table(exe);
	visit_table(exe);
	return 0;
}
