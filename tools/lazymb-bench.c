// SPDX-License-Identifier: LGPL-2.1-or-later
// SPDX-FileCopyrightText: 2026 The lazymb authors

/*
 * lazymb-bench: side-by-side cost measurements (lazymb vs the raw system
 * call vs liburcu) in one run, with ratios. Timings live here, never in the
 * pass/fail tests.
 *
 *   lazymb-bench [--data FILE] fence|rcu|jit|all [subcommand options]
 *   lazymb-bench --plot [FILE.png]
 *
 * --data FILE writes "DATA table series x value" lines; --plot collects
 * them from fence and rcu and draws doc/performance.png with gnuplot.
 */
#include <sched.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <sys/wait.h>
#include <unistd.h>

#include "tools/bench.h"

FILE *bench_data;

uint64_t bench_now_ns(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
}

static int cmp_double(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;

	return x < y ? -1 : x > y;
}

double bench_median(double *v, int n)
{
	qsort(v, (size_t)n, sizeof(*v), cmp_double);
	return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

int bench_ncpus(void)
{
	long n = sysconf(_SC_NPROCESSORS_ONLN);

	return n > 0 ? (int)n : 1;
}

void bench_pin_thread(pthread_t th, int cpu)
{
	cpu_set_t set;

	CPU_ZERO(&set);
	CPU_SET(cpu % bench_ncpus(), &set);
	pthread_setaffinity_np(th, sizeof(set), &set);
}

void bench_pin_self(int cpu)
{
	bench_pin_thread(pthread_self(), cpu);
}

static void *spin(void *arg)
{
	struct bench_spinner *s = arg;

	bench_pin_self(s->cpu);
	while (!__atomic_load_n(&s->stop, __ATOMIC_RELAXED))
		;
	return NULL;
}

int bench_spinner_start(struct bench_spinner *s, int cpu)
{
	s->stop = 0;
	s->cpu = cpu;
	return pthread_create(&s->th, NULL, spin, s);
}

void bench_spinner_stop(struct bench_spinner *s)
{
	__atomic_store_n(&s->stop, 1, __ATOMIC_RELAXED);
	pthread_join(s->th, NULL);
}

double bench_time(void (*fn)(void *), void *arg, int iters, int runs)
{
	double v[64];
	int r, i;

	if (runs > 64)
		runs = 64;
	for (r = 0; r < runs; r++) {
		uint64_t t0 = bench_now_ns();

		for (i = 0; i < iters; i++)
			fn(arg);
		v[r] = (double)(bench_now_ns() - t0) / iters;
	}
	return bench_median(v, runs);
}

void bench_datum(const char *table, const char *series, double x, double value)
{
	if (bench_data)
		fprintf(bench_data, "DATA %s %s %g %g\n", table, series, x, value);
}

const char *bench_self(void)
{
	static char exe[4096];
	ssize_t n = readlink("/proc/self/exe", exe, sizeof(exe) - 1);

	if (n <= 0)
		return NULL;
	exe[n] = 0;
	return exe;
}

int bench_run_child(const char *exe, const char *env, const char *value, const char **argv)
{
	char *args[16], line[1024];
	int p[2], st = 0, n = 0;
	pid_t pid;
	FILE *f;

	args[n++] = (char *)exe;
	while (*argv && n < 15)
		args[n++] = (char *)*argv++;
	args[n] = NULL;
	fflush(stdout);
	if (pipe(p))
		return -1;
	pid = fork();
	if (pid == 0) {
		dup2(p[1], 1);
		close(p[0]);
		close(p[1]);
		setenv(env, value, 1);
		setenv("LAZYMB_BENCH_CHILD", "1", 1); /* DATA lines to stdout */
		execv(exe, args);
		_exit(127);
	}
	close(p[1]);
	f = fdopen(p[0], "r");
	while (f && fgets(line, sizeof(line), f)) {
		if (strncmp(line, "DATA ", 5) == 0) {
			if (bench_data)
				fputs(line, bench_data);
		} else {
			fputs(line, stdout);
		}
	}
	if (f)
		fclose(f);
	waitpid(pid, &st, 0);
	fflush(stdout);
	return WIFEXITED(st) ? WEXITSTATUS(st) : -1;
}


static const struct {
	const char *name;
	int (*main)(int, char **);
	const char *what;
} subs[] = {
	/* { "name", bench_name_main, "one-line description" }, */
	{ "fence", bench_fence_main, "heavy fence and sync_core per strategy, vs the raw system call" },
	{ "rcu", bench_rcu_main, "read side, synchronize, concurrent updaters, call_rcu: vs liburcu" },
	{ "jit", bench_jit_main, "publish, patch (both x86 paths), batch of 1000: vs raw SYNC_CORE" },
	{ "hazptr", bench_hazptr_main, "protect+reset vs ck_hp, RCU pair, seq_cst fence; retire, peak" },
	{ NULL, NULL, NULL },
};

/*
 * --plot PNG: run fence and rcu with their points collected, write two
 * small tables and draw them with gnuplot: heavy-fence cost by strategy,
 * and RCU synchronize cost against concurrent updaters, beside liburcu.
 */
static int plot(const char *png)
{
	char dir[] = "/tmp/lazymb-plot-XXXXXX", path[256], line[512], cmd[1024];
	char *fence_args[] = { (char *)"fence", NULL }, *rcu_args[] = { (char *)"rcu", NULL };
	FILE *f, *fd, *fr;
	int rc;

	if (system("command -v gnuplot >/dev/null 2>&1") != 0) {
		fprintf(stderr, "lazymb-bench: --plot needs gnuplot (apt-get install gnuplot-nox)\n");
		return 2;
	}
	if (!mkdtemp(dir))
		return 1;
	snprintf(path, sizeof(path), "%s/points", dir);
	bench_data = fopen(path, "w");
	if (!bench_data)
		return 1;
	rc = bench_fence_main(1, fence_args) | bench_rcu_main(1, rcu_args);
	fclose(bench_data);
	bench_data = NULL;
	/* fence.dat: strategy alone spinner; rcu.dat: flavor 1-updater 4-updaters */
	f = fopen(path, "r");
	snprintf(path, sizeof(path), "%s/fence.dat", dir);
	fd = fopen(path, "w");
	snprintf(path, sizeof(path), "%s/rcu.dat", dir);
	fr = fopen(path, "w");
	if (!f || !fd || !fr)
		return 1;
	while (fgets(line, sizeof(line), f)) {
		char table[64], series[64];
		double x, v;

		if (sscanf(line, "DATA %63s %63s %lf %lf", table, series, &x, &v) != 4)
			continue;
		if (strcmp(table, "fence") == 0)
			fprintf(fd, "%s %g %g\n", series, x, v / 1000.0);
		else if (strcmp(table, "rcu_sync1") == 0 || strcmp(table, "rcu_sync4") == 0)
			fprintf(fr, "%s %g %g\n", series, x, v / 1000.0);
	}
	fclose(f);
	fclose(fd);
	fclose(fr);
	snprintf(path, sizeof(path), "%s/plot.gp", dir);
	f = fopen(path, "w");
	if (!f)
		return 1;
	fprintf(f,
		"set terminal pngcairo size 1100,450 font ',10'\n"
		"set output '%s'\n"
		"set multiplot layout 1,2\n"
		"set logscale y\nset grid ytics\nset ylabel 'us per call (log)'\n"
		"set style data linespoints\nset key top left\n"
		"set title 'heavy fence by strategy (x: 0 alone, 1 other thread running)'\n"
		"set xtics ('alone' 0, 'other thread running' 1)\nset xrange [-0.3:1.3]\n"
		"plot for [s in 'membarrier signal mprotect global'] "
		"'<grep \"^'.s.' \" %s/fence.dat' using 2:3 title s\n"
		"set title 'RCU synchronize vs concurrent updaters (1 reader running)'\n"
		"set xtics ('1 updater' 1, '4 updaters' 4)\nset xrange [0.5:4.5]\n"
		"plot for [s in 'lazymb urcu-memb urcu-mb urcu-qsbr'] "
		"'<grep \"^'.s.' \" %s/rcu.dat' using 2:3 title s\n"
		"unset multiplot\n",
		png, dir, dir);
	fclose(f);
	snprintf(cmd, sizeof(cmd), "gnuplot '%s'", path);
	if (system(cmd) != 0) {
		fprintf(stderr, "lazymb-bench: gnuplot failed (points kept in %s)\n", dir);
		return 1;
	}
	printf("lazymb-bench: wrote %s\n", png);
	return rc;
}

static void usage(FILE *f)
{
	fprintf(f, "usage: lazymb-bench [--data FILE] SUBCOMMAND [options]\n"
		   "       lazymb-bench --plot [FILE.png]   (fence and rcu, drawn with gnuplot;\n"
		   "                                         default doc/performance.png)\n");
	for (int i = 0; subs[i].name; i++)
		fprintf(f, "  %-6s %s\n", subs[i].name, subs[i].what);
	fprintf(f, "  all    every subcommand above, with default options\n");
}

int main(int argc, char **argv)
{
	int i, rc = 0;

	if (getenv("LAZYMB_BENCH_CHILD"))
		bench_data = stdout; /* the parent sorts DATA lines out */
	if (argc >= 2 && strcmp(argv[1], "--plot") == 0)
		return plot(argc > 2 ? argv[2] : "doc/performance.png");
	if (argc > 2 && strcmp(argv[1], "--data") == 0) {
		bench_data = fopen(argv[2], "w");
		if (!bench_data) {
			perror(argv[2]);
			return 1;
		}
		argc -= 2;
		argv += 2;
	}
	if (argc < 2 || strcmp(argv[1], "--help") == 0 || strcmp(argv[1], "-h") == 0) {
		usage(argc < 2 ? stderr : stdout);
		return argc < 2 ? 2 : 0;
	}
	if (strcmp(argv[1], "all") == 0) {
		for (i = 0; subs[i].name; i++) {
			char *args[] = { (char *)subs[i].name, NULL };

			printf("\n### %s\n", subs[i].name);
			fflush(stdout);
			rc |= subs[i].main(1, args);
		}
		return rc;
	}
	for (i = 0; subs[i].name; i++)
		if (strcmp(argv[1], subs[i].name) == 0)
			return subs[i].main(argc - 1, argv + 1);
	fprintf(stderr, "lazymb-bench: unknown subcommand '%s'\n", argv[1]);
	usage(stderr);
	return 2;
}
