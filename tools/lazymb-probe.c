// SPDX-License-Identifier: LGPL-2.1-or-later
// SPDX-FileCopyrightText: 2026 The lazymb authors

/*
 * lazymb-probe: what membarrier, the CPU and lazymb's strategy choice look
 * like on this machine. For people (default), programs (--json), and a quick
 * cost measurement (--bench).
 */
#include <errno.h>
#include <getopt.h>
#include <pthread.h>
#include <sched.h>
#include <stdatomic.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include <lazymb/lazymb.h>

#include "verify.h"

static const int all_cmds[] = {
	LAZYMB_MEMBARRIER_CMD_GLOBAL,
	LAZYMB_MEMBARRIER_CMD_GLOBAL_EXPEDITED,
	LAZYMB_MEMBARRIER_CMD_REGISTER_GLOBAL_EXPEDITED,
	LAZYMB_MEMBARRIER_CMD_PRIVATE_EXPEDITED,
	LAZYMB_MEMBARRIER_CMD_REGISTER_PRIVATE_EXPEDITED,
	LAZYMB_MEMBARRIER_CMD_PRIVATE_EXPEDITED_SYNC_CORE,
	LAZYMB_MEMBARRIER_CMD_REGISTER_PRIVATE_EXPEDITED_SYNC_CORE,
	LAZYMB_MEMBARRIER_CMD_PRIVATE_EXPEDITED_RSEQ,
	LAZYMB_MEMBARRIER_CMD_REGISTER_PRIVATE_EXPEDITED_RSEQ,
	LAZYMB_MEMBARRIER_CMD_GET_REGISTRATIONS,
};
#define NCMDS (sizeof(all_cmds) / sizeof(all_cmds[0]))

static const char *features_text(unsigned int f, char *buf, size_t len)
{
	static const struct { unsigned int bit; const char *name; } names[] = {
		{ LAZYMB_CPU_SERIALIZE, "serialize" },
		{ LAZYMB_CPU_INVLPGB, "invlpgb" },
		{ LAZYMB_CPU_HYPERVISOR, "hypervisor" },
		{ LAZYMB_CPU_IDC, "idc" },
		{ LAZYMB_CPU_DIC, "dic" },
	};
	size_t i, o = 0;

	buf[0] = '\0';
	for (i = 0; i < sizeof(names) / sizeof(names[0]); i++)
		if (f & names[i].bit)
			o += (size_t)snprintf(buf + o, len - o, "%s%s", o ? " " : "", names[i].name);
	return buf;
}

/* ---- human report ---------------------------------------------------------- */

static void print_human(const struct lazymb_caps *c)
{
	char fb[128];
	size_t i;

	printf("lazymb %d.%d capability report\n", LAZYMB_VERSION_MAJOR, LAZYMB_VERSION_MINOR);
	printf("  arch:             %s\n", c->arch);
	printf("  kernel:           %s\n", c->kernel_release);
	printf("  cpu features:     %s\n", c->cpu_features ? features_text(c->cpu_features, fb, sizeof(fb)) : "(none)");
	printf("  cache line:       %u\n", c->cache_line);
	if (c->query < 0)
		printf("  membarrier QUERY: error %d (%s)\n", c->query, lazymb_strerror(c->query));
	else
		printf("  membarrier QUERY: 0x%x\n", c->query);
	printf("  GET_REGISTRATIONS: ");
	if (c->kernel_registrations < 0)
		printf("unavailable (%s)\n", lazymb_strerror(c->kernel_registrations));
	else
		printf("0x%x\n", c->kernel_registrations);
	printf("\n  %-38s %-9s %s\n", "command", "supported", "registration");
	for (i = 0; i < NCMDS; i++) {
		int cmd = all_cmds[i], bit = __builtin_ctz((unsigned)cmd);
		const char *reg = "";

		if (cmd & LAZYMB_MEMBARRIER_REGISTER_CMDS) {
			if (c->registered & cmd)
				reg = (c->late_registrations & cmd) ? "registered (late: threads existed)" : "registered";
			else if (c->register_errors[bit])
				reg = lazymb_strerror(c->register_errors[bit]);
			else
				reg = "not registered";
		}
		printf("  %-38s %-9s %s\n", lazymb_membarrier_cmd_name(cmd),
		       c->query >= 0 && (c->query & cmd) ? "yes" : "no", reg);
	}
	printf("\n  lazymb_init():     %d%s%s\n", c->init_error, c->init_error ? " " : "",
	       c->init_error ? lazymb_strerror(c->init_error) : "");
	printf("  heavy fence:       %-10s (%s)\n", lazymb_strategy_name(c->fence), c->fence_reason);
	printf("  sync_core:         %-10s (%s)\n", lazymb_strategy_name(c->sync_core), c->sync_core_reason);
	printf("  fence_heavy_cpu:   %s\n", c->fence_heavy_cpu == 0 ? "available" : lazymb_strerror(c->fence_heavy_cpu));
}

/* ---- JSON ------------------------------------------------------------------ */

void json_str(const char *s)
{
	putchar('"');
	for (; *s; s++) {
		unsigned char ch = (unsigned char)*s;

		if (ch == '"' || ch == '\\')
			printf("\\%c", ch);
		else if (ch < 0x20)
			printf("\\u%04x", ch);
		else
			putchar(ch);
	}
	putchar('"');
}

static void print_json(const struct lazymb_caps *c)
{
	size_t i;

	printf("{\n  \"arch\": ");
	json_str(c->arch);
	printf(",\n  \"kernel_release\": ");
	json_str(c->kernel_release);
	printf(",\n  \"kernel_version\": %d,\n", c->kernel_version);
	printf("  \"cpu_features\": %u,\n  \"cache_line\": %u,\n", c->cpu_features, c->cache_line);
	printf("  \"query\": %d,\n  \"kernel_registrations\": %d,\n", c->query, c->kernel_registrations);
	printf("  \"registered\": %d,\n  \"late_registrations\": %d,\n", c->registered, c->late_registrations);
	printf("  \"commands\": [\n");
	for (i = 0; i < NCMDS; i++) {
		int cmd = all_cmds[i], bit = __builtin_ctz((unsigned)cmd);

		printf("    {\"name\": ");
		json_str(lazymb_membarrier_cmd_name(cmd));
		printf(", \"value\": %d, \"supported\": %s", cmd,
		       c->query >= 0 && (c->query & cmd) ? "true" : "false");
		if (cmd & LAZYMB_MEMBARRIER_REGISTER_CMDS)
			printf(", \"registered\": %s, \"late\": %s, \"error\": %d",
			       (c->registered & cmd) ? "true" : "false",
			       (c->late_registrations & cmd) ? "true" : "false",
			       c->register_errors[bit]);
		printf("}%s\n", i + 1 < NCMDS ? "," : "");
	}
	printf("  ],\n  \"init_error\": %d,\n", c->init_error);
	printf("  \"fence\": {\"strategy\": ");
	json_str(lazymb_strategy_name(c->fence));
	printf(", \"reason\": ");
	json_str(c->fence_reason);
	printf("},\n  \"sync_core\": {\"strategy\": ");
	json_str(lazymb_strategy_name(c->sync_core));
	printf(", \"reason\": ");
	json_str(c->sync_core_reason);
	printf(", \"error\": %d},\n", c->sync_core_error);
	printf("  \"signal_number\": %d,\n  \"fence_heavy_cpu\": %d\n}\n",
	       c->signal_number, c->fence_heavy_cpu);
}

/* ---- --bench ------------------------------------------------------------------ */

static atomic_int spin_stop;

static void *spinner(void *arg)
{
	(void)arg;
	while (!atomic_load_explicit(&spin_stop, memory_order_relaxed))
		;
	return NULL;
}

static uint64_t now_ns(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
}

static int cmp_u64(const void *a, const void *b)
{
	uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;

	return x < y ? -1 : x > y;
}

/* Median over 7 runs of the mean ns per call; -1 if the command fails. */
static double bench_cmd(int cmd, unsigned int flags, int iters)
{
	uint64_t runs[7];
	int r, i, k;

	for (k = 0; k < 7; k++) {
		uint64_t t0 = now_ns();

		for (i = 0; i < iters; i++) {
			r = lazymb_membarrier(cmd, flags, 0);
			if (r < 0)
				return -1;
		}
		runs[k] = (now_ns() - t0) / (uint64_t)iters;
	}
	qsort(runs, 7, sizeof(runs[0]), cmp_u64);
	return (double)runs[3];
}

static void pin_self(int cpu)
{
	cpu_set_t set;

	CPU_ZERO(&set);
	CPU_SET(cpu, &set);
	sched_setaffinity(0, sizeof(set), &set);
}

static int run_bench(const struct lazymb_caps *c)
{
	static const struct { int cmd; unsigned int flags; int iters; } b[] = {
		{ LAZYMB_MEMBARRIER_CMD_QUERY, 0, 2000 },
		{ LAZYMB_MEMBARRIER_CMD_GET_REGISTRATIONS, 0, 2000 },
		{ LAZYMB_MEMBARRIER_CMD_PRIVATE_EXPEDITED, 0, 500 },
		{ LAZYMB_MEMBARRIER_CMD_PRIVATE_EXPEDITED_SYNC_CORE, 0, 500 },
		{ LAZYMB_MEMBARRIER_CMD_PRIVATE_EXPEDITED_RSEQ, 0, 500 },
		{ LAZYMB_MEMBARRIER_CMD_GLOBAL_EXPEDITED, 0, 500 },
		{ LAZYMB_MEMBARRIER_CMD_GLOBAL, 0, 5 },
	};
	double alone[sizeof(b) / sizeof(b[0])];
	size_t i;
	pthread_t th;
	int ncpu = (int)sysconf(_SC_NPROCESSORS_ONLN);

	(void)c;
	pin_self(0);
	for (i = 0; i < sizeof(b) / sizeof(b[0]); i++)
		alone[i] = bench_cmd(b[i].cmd, b[i].flags, b[i].iters);

	atomic_store(&spin_stop, 0);
	if (pthread_create(&th, NULL, spinner, NULL) != 0) {
		fprintf(stderr, "lazymb-probe: cannot start the spinning thread\n");
		return 1;
	}
	if (ncpu > 1) {
		cpu_set_t set;

		CPU_ZERO(&set);
		CPU_SET(1, &set);
		pthread_setaffinity_np(th, sizeof(set), &set);
	}
	printf("membarrier cost, ns per call (median of 7 runs; caller on CPU 0%s)\n",
	       ncpu > 1 ? ", spinner on CPU 1" : ", single CPU");
	printf("  %-30s %14s %16s\n", "command", "alone", "1 other thread");
	for (i = 0; i < sizeof(b) / sizeof(b[0]); i++) {
		double other = bench_cmd(b[i].cmd, b[i].flags, b[i].iters);

		printf("  %-30s ", lazymb_membarrier_cmd_name(b[i].cmd));
		if (alone[i] < 0)
			printf("%14s %16s\n", "unavailable", "unavailable");
		else
			printf("%14.0f %16.0f\n", alone[i], other);
	}
	atomic_store(&spin_stop, 1);
	pthread_join(th, NULL);
	return 0;
}

static void usage(FILE *f)
{
	fprintf(f,
		"usage: lazymb-probe [--json] [--bench] [--help]\n"
		"       lazymb-probe --verify [--seconds N] [--json]\n"
		"       lazymb-probe --stats [--seconds N] [--json]\n"
		"  (default)  print the capability report for a person\n"
		"  --json     print the same as one JSON object\n"
		"  --bench    measure each available membarrier command (ns per call)\n"
		"  --verify   prove each fence strategy on this machine (default 10 s)\n"
		"  --stats    run a small fence demo (default 1 s), print the counters\n");
}

int main(int argc, char **argv)
{
	static const struct option opts[] = {
		{ "json", no_argument, NULL, 'j' },
		{ "bench", no_argument, NULL, 'b' },
		{ "help", no_argument, NULL, 'h' },
		{ "verify", no_argument, NULL, 'v' },
		{ "stats", no_argument, NULL, 's' },
		{ "seconds", required_argument, NULL, 'S' },
		{ "verify-break-fence", no_argument, NULL, 'B' },
		{ NULL, 0, NULL, 0 },
	};
	int json = 0, bench = 0, verify = 0, stats = 0, brk = 0, o;
	double seconds = 0;
	const char *env_break = getenv("LAZYMB_VERIFY_BREAK");
	struct lazymb_caps caps;
	char *end;

	/* The child side of --verify: before anything touches the library. */
	if (argc > 1 && strcmp(argv[1], "--verify-child") == 0)
		return verify_child(argc - 2, argv + 2);
	while ((o = getopt_long(argc, argv, "jbh", opts, NULL)) != -1) {
		switch (o) {
		case 'j': json = 1; break;
		case 'b': bench = 1; break;
		case 'v': verify = 1; break;
		case 's': stats = 1; break;
		case 'B': brk = 1; break;
		case 'S':
			seconds = strtod(optarg, &end);
			if (end == optarg || *end || !(seconds > 0 && seconds <= 3600)) {
				fprintf(stderr, "lazymb-probe: --seconds wants a number in (0, 3600]\n");
				return 2;
			}
			break;
		case 'h': usage(stdout); return 0;
		default: usage(stderr); return 2;
		}
	}
	if (optind < argc || verify + stats + bench > 1 || (seconds > 0 && !verify && !stats)) {
		usage(stderr);
		return 2;
	}
	if (env_break && *env_break && strcmp(env_break, "0") != 0)
		brk = 1;
	if (verify) {
		struct verify_opts vo = {
			.seconds = seconds > 0 ? seconds : 10,
			.json = json,
			.break_fence = brk,
			/* argv[0] where /proc is not mounted (searched in PATH). */
			.self = access("/proc/self/exe", X_OK) == 0 ? "/proc/self/exe" : argv[0],
		};

		return verify_main(&vo);
	}
	if (stats)
		return stats_main(seconds > 0 ? seconds : 1, json);
	if (lazymb_get_caps(&caps) != 0) {
		fprintf(stderr, "lazymb-probe: lazymb_get_caps failed\n");
		return 1;
	}
	if (json)
		print_json(&caps);
	else if (!bench)
		print_human(&caps);
	if (bench)
		return run_bench(&caps);
	return 0;
}
