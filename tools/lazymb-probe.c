// SPDX-License-Identifier: LGPL-2.1-or-later
// SPDX-FileCopyrightText: 2026 The lazymb authors

/*
 * lazymb-probe: what membarrier, the CPU and lazymb's strategy choice look
 * like on this machine. For people (default), programs (--json: one JSON
 * document whatever the other flags), the cost of every strategy (--bench),
 * proof that they work (--verify) and the counters of a demo (--stats).
 */
#include <errno.h>
#include <getopt.h>
#include <pthread.h>
#include <sched.h>
#include <signal.h>
#include <stdatomic.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <sys/wait.h>
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

static const struct { unsigned int bit; const char *name; } feature_names[] = {
	{ LAZYMB_CPU_SERIALIZE, "serialize" },
	{ LAZYMB_CPU_INVLPGB, "invlpgb" },
	{ LAZYMB_CPU_HYPERVISOR, "hypervisor" },
	{ LAZYMB_CPU_IDC, "idc" },
	{ LAZYMB_CPU_DIC, "dic" },
	{ LAZYMB_CPU_HV_KVM, "hv_kvm" },
	{ LAZYMB_CPU_HV_HYPERV, "hv_hyperv" },
};
#define NFEATURES (sizeof(feature_names) / sizeof(feature_names[0]))

static const char *features_text(unsigned int f, char *buf, size_t len)
{
	size_t i, o = 0;

	buf[0] = '\0';
	for (i = 0; i < NFEATURES && o < len; i++)
		if (f & feature_names[i].bit)
			o += (size_t)snprintf(buf + o, len - o, "%s%s", o ? " " : "",
					      feature_names[i].name);
	return buf;
}

const char *errno_name(int err)
{
	static const struct { int e; const char *name; } names[] = {
		{ EPERM, "EPERM" }, { ENOENT, "ENOENT" }, { ESRCH, "ESRCH" },
		{ EINTR, "EINTR" }, { EIO, "EIO" }, { ENXIO, "ENXIO" }, { E2BIG, "E2BIG" },
		{ EBADF, "EBADF" }, { EAGAIN, "EAGAIN" }, { ENOMEM, "ENOMEM" },
		{ EACCES, "EACCES" }, { EFAULT, "EFAULT" }, { EBUSY, "EBUSY" },
		{ EEXIST, "EEXIST" }, { EINVAL, "EINVAL" }, { ENOSPC, "ENOSPC" },
		{ ERANGE, "ERANGE" }, { EDEADLK, "EDEADLK" }, { ENOSYS, "ENOSYS" },
		{ EOVERFLOW, "EOVERFLOW" }, { EOPNOTSUPP, "EOPNOTSUPP" },
		{ ETIMEDOUT, "ETIMEDOUT" }, { ECANCELED, "ECANCELED" },
	};
	static _Thread_local char other[24];
	size_t i;

	if (err < 0)
		err = -err;
	for (i = 0; i < sizeof(names) / sizeof(names[0]); i++)
		if (names[i].e == err)
			return names[i].name;
	snprintf(other, sizeof(other), "errno %d", err);
	return other;
}

/* ---- human report ---------------------------------------------------------- */

static void print_human(const struct lazymb_caps *c)
{
	char fb[128];
	size_t i;

	printf("lazymb %s capability report (lazymb-probe %s)\n", lazymb_version(), LAZYMB_VERSION);
	printf("  arch:             %s\n", c->arch);
	printf("  kernel:           %s\n", c->kernel_release);
	printf("  cpu features:     %s\n", c->cpu_features ? features_text(c->cpu_features, fb, sizeof(fb)) : "(none)");
	printf("  cache line:       %u\n", c->cache_line);
	if (c->query < 0)
		printf("  membarrier QUERY: unavailable: %s (%s)\n", errno_name(c->query),
		       lazymb_strerror(c->query));
	else
		printf("  membarrier QUERY: 0x%x\n", c->query);
	printf("  GET_REGISTRATIONS: ");
	if (c->kernel_registrations < 0)
		printf("unavailable: %s (%s)\n", errno_name(c->kernel_registrations),
		       lazymb_strerror(c->kernel_registrations));
	else
		printf("0x%x\n", c->kernel_registrations);
	printf("\n  %-38s %-9s %s\n", "command", "supported", "registration");
	for (i = 0; i < NCMDS; i++) {
		int cmd = all_cmds[i], bit = __builtin_ctz((unsigned)cmd);
		char reg[200] = "";

		if (cmd & LAZYMB_MEMBARRIER_REGISTER_CMDS) {
			if (c->registered & cmd)
				snprintf(reg, sizeof(reg), "%s", (c->late_registrations & cmd) ?
					 "registered (late: threads existed)" : "registered");
			else if (c->register_errors[bit])
				snprintf(reg, sizeof(reg), "refused: %s (%s)",
					 errno_name(c->register_errors[bit]),
					 lazymb_strerror(c->register_errors[bit]));
			else
				snprintf(reg, sizeof(reg), "not registered");
		}
		printf("  %-38s %-9s %s\n", lazymb_membarrier_cmd_name(cmd),
		       c->query >= 0 && (c->query & cmd) ? "yes" : "no", reg);
	}
	if (c->init_error)
		printf("\n  lazymb_init():     failed: %s (%s)\n", errno_name(c->init_error),
		       lazymb_strerror(c->init_error));
	else
		printf("\n  lazymb_init():     ok\n");
	printf("  heavy fence:       %-10s (%s)\n", lazymb_strategy_name(c->fence), c->fence_reason);
	printf("  sync_core:         %-10s (%s)\n", lazymb_strategy_name(c->sync_core), c->sync_core_reason);
	if (c->fence_heavy_cpu == 0)
		printf("  fence_heavy_cpu:   available\n");
	else
		printf("  fence_heavy_cpu:   unavailable: %s (%s)\n", errno_name(c->fence_heavy_cpu),
		       lazymb_strerror(c->fence_heavy_cpu));
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

/* `"error": "EPERM", "error_text": "..."` or `"error": null` for @err == 0. */
static void json_error(const char *key, int err)
{
	printf("\"%s\": ", key);
	if (!err) {
		printf("null");
		return;
	}
	json_str(errno_name(err));
	printf(", \"%s_text\": ", key);
	json_str(lazymb_strerror(err));
}

/* A mask of membarrier commands as an array of their names. */
static void json_cmd_names(int mask)
{
	size_t i;
	int first = 1;

	putchar('[');
	for (i = 0; i < NCMDS; i++)
		if (mask & all_cmds[i]) {
			printf("%s", first ? "" : ", ");
			json_str(lazymb_membarrier_cmd_name(all_cmds[i]));
			first = 0;
		}
	putchar(']');
}

/* "key": {"available": true, "mask": N} or {"available": false, "error": ...}. */
static void json_mask_or_error(const char *key, int v)
{
	printf("  \"%s\": {\"available\": %s, \"mask\": ", key, v >= 0 ? "true" : "false");
	if (v >= 0)
		printf("%d, \"commands\": ", v), json_cmd_names(v);
	else
		printf("null");
	printf(", ");
	json_error("error", v < 0 ? v : 0);
	printf("},\n");
}

/* The members of the caps report (the document's first members). */
static void print_json_caps(const struct lazymb_caps *c)
{
	size_t i;
	int first = 1;

	printf("  \"arch\": ");
	json_str(c->arch);
	printf(",\n  \"kernel_release\": ");
	json_str(c->kernel_release);
	printf(",\n  \"kernel_version\": %d,\n  \"cpu_features\": [", c->kernel_version);
	for (i = 0; i < NFEATURES; i++)
		if (c->cpu_features & feature_names[i].bit) {
			printf("%s", first ? "" : ", ");
			json_str(feature_names[i].name);
			first = 0;
		}
	printf("],\n  \"cpu_features_mask\": %u,\n  \"cache_line\": %u,\n", c->cpu_features,
	       c->cache_line);
	json_mask_or_error("query", c->query);
	json_mask_or_error("kernel_registrations", c->kernel_registrations);
	printf("  \"registered\": ");
	json_cmd_names(c->registered);
	printf(",\n  \"late_registrations\": ");
	json_cmd_names(c->late_registrations);
	printf(",\n  \"commands\": [\n");
	for (i = 0; i < NCMDS; i++) {
		int cmd = all_cmds[i], bit = __builtin_ctz((unsigned)cmd);

		printf("    {\"name\": ");
		json_str(lazymb_membarrier_cmd_name(cmd));
		printf(", \"value\": %d, \"supported\": %s", cmd,
		       c->query >= 0 && (c->query & cmd) ? "true" : "false");
		if (cmd & LAZYMB_MEMBARRIER_REGISTER_CMDS) {
			printf(", \"registered\": %s, \"late\": %s, ",
			       (c->registered & cmd) ? "true" : "false",
			       (c->late_registrations & cmd) ? "true" : "false");
			json_error("refused", c->register_errors[bit]);
		}
		printf("}%s\n", i + 1 < NCMDS ? "," : "");
	}
	printf("  ],\n  \"init\": {\"ok\": %s, ", c->init_error ? "false" : "true");
	json_error("error", c->init_error);
	printf("},\n  \"fence\": {\"strategy\": ");
	json_str(lazymb_strategy_name(c->fence));
	printf(", \"available\": %s, \"reason\": ", c->fence != LAZYMB_STRATEGY_NONE ? "true" : "false");
	json_str(c->fence_reason);
	printf("},\n  \"sync_core\": {\"strategy\": ");
	json_str(lazymb_strategy_name(c->sync_core));
	printf(", \"available\": %s, \"reason\": ",
	       c->sync_core != LAZYMB_STRATEGY_NONE ? "true" : "false");
	json_str(c->sync_core_reason);
	printf(", ");
	json_error("error", c->sync_core_error);
	/* The signal the signal strategy uses; null while it has none. */
	printf("},\n  \"signal_number\": ");
	if (c->signal_number > 0)
		printf("%d", c->signal_number);
	else
		printf("null");
	printf(",\n  \"fence_heavy_cpu\": {\"available\": %s, ",
	       c->fence_heavy_cpu == 0 ? "true" : "false");
	json_error("error", c->fence_heavy_cpu);
	printf("}");
}

/* ---- --bench ------------------------------------------------------------------ */

#define BENCH_RUNS 7

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

/* One operation to time: a membarrier command, or a lazymb call. */
struct bench_op {
	int cmd;               /* membarrier command, when @fn is NULL */
	void (*fn)(void);      /* lazymb_fence_heavy or lazymb_sync_core */
};

static int bench_call(const struct bench_op *op)
{
	if (op->fn) {
		op->fn();
		return 0;
	}
	return lazymb_membarrier(op->cmd, 0, 0);
}

/*
 * Median over BENCH_RUNS runs of the mean ns per call, each run about
 * 10 ms (at least one call: a GLOBAL membarrier costs milliseconds).
 * Returns -1 with the (negative) error in *@err if a call fails.
 */
static double bench_time(const struct bench_op *op, int *err)
{
	uint64_t runs[BENCH_RUNS], t0, per;
	int i, k, iters, r;

	/* One call first: a lazy registration must not count as the cost. */
	if ((r = bench_call(op)) < 0) {
		*err = r;
		return -1;
	}
	t0 = now_ns();
	bench_call(op);
	per = now_ns() - t0 + 1;
	iters = (int)(10000000u / per);
	if (iters < 1)
		iters = 1;
	if (iters > 2000)
		iters = 2000;
	for (k = 0; k < BENCH_RUNS; k++) {
		t0 = now_ns();
		for (i = 0; i < iters; i++)
			if ((r = bench_call(op)) < 0) {
				*err = r;
				return -1;
			}
		runs[k] = (now_ns() - t0) / (uint64_t)iters;
	}
	qsort(runs, BENCH_RUNS, sizeof(runs[0]), cmp_u64);
	*err = 0;
	return (double)runs[BENCH_RUNS / 2];
}

static void pin_self(int cpu)
{
	cpu_set_t set;

	CPU_ZERO(&set);
	CPU_SET(cpu, &set);
	sched_setaffinity(0, sizeof(set), &set);
}

/* Start a thread spinning on CPU 1 (when there is one). Returns 0 or -1. */
static int spinner_start(pthread_t *th)
{
	atomic_store(&spin_stop, 0);
	if (pthread_create(th, NULL, spinner, NULL) != 0)
		return -1;
	if (sysconf(_SC_NPROCESSORS_ONLN) > 1) {
		cpu_set_t set;

		CPU_ZERO(&set);
		CPU_SET(1, &set);
		pthread_setaffinity_np(*th, sizeof(set), &set);
	}
	return 0;
}

static void spinner_stop(pthread_t th)
{
	atomic_store(&spin_stop, 1);
	pthread_join(th, NULL);
}

/* Time @op alone and with the spinner: *@alone and *@other (-1 on failure). */
static void bench_pair(const struct bench_op *op, double *alone, double *other, int *err)
{
	pthread_t th;
	int e2 = 0;

	*alone = bench_time(op, err);
	*other = -1;
	if (*alone < 0 || spinner_start(&th) != 0)
		return;
	*other = bench_time(op, &e2);
	spinner_stop(th);
}

/*
 * The child side of --bench: `lazymb-probe --bench-child OP STRATEGY`, run
 * with LAZYMB_FENCE or LAZYMB_SYNC_CORE forcing STRATEGY. Prints
 * "refused 1" and "reason ..." when the library refuses it here, else
 * "alone NS" and "other NS".
 */
static int bench_child(int argc, char **argv)
{
	struct lazymb_caps c;
	struct bench_op op = { 0, NULL };
	const char *want;
	double alone, other;
	int init, err;

	if (argc < 2) {
		fprintf(stderr, "lazymb-probe: --bench-child OP STRATEGY\n");
		return 2;
	}
	want = argv[1];
	init = lazymb_init();
	lazymb_get_caps(&c);
	if (strcmp(argv[0], "fence") == 0) {
		if (init != 0 || strcmp(lazymb_strategy_name(c.fence), want) != 0) {
			printf("refused 1\nreason %s\n", c.fence_reason[0] ? c.fence_reason :
			       lazymb_strerror(init));
			return 0;
		}
		op.fn = lazymb_fence_heavy;
	} else {
		if (lazymb_sync_core_available() != 0 ||
		    strcmp(lazymb_strategy_name(c.sync_core), want) != 0) {
			printf("refused 1\nreason %s\n", c.sync_core_reason[0] ? c.sync_core_reason :
			       lazymb_strerror(lazymb_sync_core_available()));
			return 0;
		}
		op.fn = lazymb_sync_core;
	}
	pin_self(0);
	bench_pair(&op, &alone, &other, &err);
	printf("alone %.0f\nother %.0f\n", alone, other);
	return 0;
}

/* One row of the strategy table. */
struct bench_row {
	const char *op, *strategy;
	int raw_cmd;               /* the membarrier command it issues, or 0 */
	int selected, refused, failed;
	double alone, other;
	char reason[LAZYMB_REASON_MAX + 64];
};

/* One raw membarrier command. */
struct bench_raw {
	int cmd, err;
	double alone, other;
};

static const int raw_cmds[] = {
	LAZYMB_MEMBARRIER_CMD_QUERY,
	LAZYMB_MEMBARRIER_CMD_GET_REGISTRATIONS,
	LAZYMB_MEMBARRIER_CMD_PRIVATE_EXPEDITED,
	LAZYMB_MEMBARRIER_CMD_PRIVATE_EXPEDITED_SYNC_CORE,
	LAZYMB_MEMBARRIER_CMD_PRIVATE_EXPEDITED_RSEQ,
	LAZYMB_MEMBARRIER_CMD_GLOBAL_EXPEDITED,
	LAZYMB_MEMBARRIER_CMD_GLOBAL,
};
#define NRAW (sizeof(raw_cmds) / sizeof(raw_cmds[0]))

static void bench_strategy(const char *self, struct bench_row *row)
{
	char buf[1024];
	char *args[] = { (char *)self, (char *)"--bench-child", (char *)row->op,
			 (char *)row->strategy, NULL };
	const char *reason;
	int status, r;

	r = probe_spawn(self, args, row->op, row->strategy, 60000, buf, sizeof(buf), &status);
	row->alone = row->other = -1;
	if (r != 0 || !WIFEXITED(status) || WEXITSTATUS(status) != 0) {
		row->failed = 1;
		if (r < 0)
			snprintf(row->reason, sizeof(row->reason), "%.200s", buf);
		else if (r > 0)
			snprintf(row->reason, sizeof(row->reason), "did not finish in 60 s (killed)");
		else if (WIFSIGNALED(status))
			snprintf(row->reason, sizeof(row->reason), "the measuring process died of "
				 "signal %d (%s)", WTERMSIG(status), strsignal(WTERMSIG(status)));
		else
			snprintf(row->reason, sizeof(row->reason), "the measuring process exited "
				 "with status %d", WIFEXITED(status) ? WEXITSTATUS(status) : -1);
		return;
	}
	row->refused = probe_value(buf, "refused", 0) != 0;
	reason = strstr(buf, "reason ");
	if (reason) {
		size_t l = strcspn(reason + 7, "\n");

		snprintf(row->reason, sizeof(row->reason), "%.*s", (int)l, reason + 7);
	}
	row->alone = probe_value(buf, "alone", -1);
	row->other = probe_value(buf, "other", -1);
	if (!row->refused && row->alone < 0) {
		row->failed = 1;
		snprintf(row->reason, sizeof(row->reason), "the measuring process printed no result");
	}
}

static void json_ns(const char *key, double v)
{
	if (v < 0)
		printf("\"%s\": null", key);
	else
		printf("\"%s\": %.0f", key, v);
}

static const struct bench_raw *raw_of(const struct bench_raw *raw, int cmd)
{
	size_t i;

	for (i = 0; i < NRAW; i++)
		if (raw[i].cmd == cmd)
			return &raw[i];
	return NULL;
}

static void fmt_ns(char *buf, size_t len, double v, const char *none)
{
	if (v < 0)
		snprintf(buf, len, "%s", none);
	else
		snprintf(buf, len, "%.0f", v);
}

static int run_bench(const struct lazymb_caps *c, const char *self, int json)
{
	struct bench_row rows[] = {
		{ "fence", "membarrier", LAZYMB_MEMBARRIER_CMD_PRIVATE_EXPEDITED },
		{ "fence", "signal", 0 },
		{ "fence", "sched", 0 },
		{ "fence", "mprotect", 0 },
		{ "fence", "global", LAZYMB_MEMBARRIER_CMD_GLOBAL },
		{ "sync_core", "membarrier", LAZYMB_MEMBARRIER_CMD_PRIVATE_EXPEDITED_SYNC_CORE },
		{ "sync_core", "signal", 0 },
	};
	const size_t nrows = sizeof(rows) / sizeof(rows[0]);
	struct bench_raw raw[NRAW];
	int ncpu = (int)sysconf(_SC_NPROCESSORS_ONLN);
	size_t i;

	/* The strategies, each in a process of its own (chosen once per process). */
	for (i = 0; i < nrows; i++) {
		enum lazymb_strategy sel = strcmp(rows[i].op, "fence") == 0 ? c->fence : c->sync_core;

		rows[i].selected = strcmp(lazymb_strategy_name(sel), rows[i].strategy) == 0;
		bench_strategy(self, &rows[i]);
	}
	/* The raw system calls, in this process (registered by lazymb_init). */
	pin_self(0);
	for (i = 0; i < NRAW; i++) {
		struct bench_op op = { raw_cmds[i], NULL };

		raw[i].cmd = raw_cmds[i];
		bench_pair(&op, &raw[i].alone, &raw[i].other, &raw[i].err);
	}

	if (json) {
		printf("{\n    \"unit\": \"ns per call, median of %d runs\",\n"
		       "    \"caller_cpu\": 0,\n    \"other_thread_cpu\": ", BENCH_RUNS);
		if (ncpu > 1)
			printf("1");
		else
			printf("null");
		printf(",\n    \"strategies\": [\n");
		for (i = 0; i < nrows; i++) {
			const struct bench_row *r = &rows[i];
			const struct bench_raw *rw = r->raw_cmd ? raw_of(raw, r->raw_cmd) : NULL;

			printf("      {\"op\": \"%s\", \"strategy\": \"%s\", \"selected\": %s, "
			       "\"available\": %s, ", r->op, r->strategy,
			       r->selected ? "true" : "false",
			       !r->refused && !r->failed ? "true" : "false");
			json_ns("alone_ns", r->alone);
			printf(", ");
			json_ns("with_other_thread_ns", r->other);
			printf(", \"reason\": ");
			if (r->reason[0])
				json_str(r->reason);
			else
				printf("null");
			printf(", \"raw_syscall\": ");
			if (rw) {
				printf("{\"command\": ");
				json_str(lazymb_membarrier_cmd_name(rw->cmd));
				printf(", ");
				json_ns("alone_ns", rw->alone);
				printf(", ");
				json_ns("with_other_thread_ns", rw->other);
				printf(", ");
				json_error("error", rw->err);
				printf("}");
			} else {
				printf("null");
			}
			printf("}%s\n", i + 1 < nrows ? "," : "");
		}
		printf("    ],\n    \"syscalls\": [\n");
		for (i = 0; i < NRAW; i++) {
			printf("      {\"command\": ");
			json_str(lazymb_membarrier_cmd_name(raw[i].cmd));
			printf(", \"available\": %s, ", raw[i].err ? "false" : "true");
			json_ns("alone_ns", raw[i].alone);
			printf(", ");
			json_ns("with_other_thread_ns", raw[i].other);
			printf(", ");
			json_error("error", raw[i].err);
			printf("}%s\n", i + 1 < NRAW ? "," : "");
		}
		printf("    ]\n  }");
		return 0;
	}

	printf("Heavy fence and sync_core cost, ns per call (median of %d runs; caller on CPU 0%s)\n",
	       BENCH_RUNS, ncpu > 1 ? ", other thread spinning on CPU 1" : ", single CPU");
	printf("  %-10s %-11s %10s %10s   %-30s %10s %10s\n", "op", "strategy", "alone",
	       "1 other", "raw system call", "alone", "1 other");
	for (i = 0; i < nrows; i++) {
		const struct bench_row *r = &rows[i];
		const struct bench_raw *rw = r->raw_cmd ? raw_of(raw, r->raw_cmd) : NULL;
		char a[32], o[32], ra[32], ro[32];

		if (r->refused || r->failed) {
			printf("%c %-10s %-11s %s: %s\n", r->selected ? '*' : ' ', r->op, r->strategy,
			       r->refused ? "refused here" : "not measured", r->reason);
			continue;
		}
		fmt_ns(a, sizeof(a), r->alone, "-");
		fmt_ns(o, sizeof(o), r->other, "-");
		if (rw && rw->err) {
			snprintf(ra, sizeof(ra), "%s", errno_name(rw->err));
			ro[0] = '\0';
		} else if (rw) {
			fmt_ns(ra, sizeof(ra), rw->alone, "-");
			fmt_ns(ro, sizeof(ro), rw->other, "-");
		}
		printf("%c %-10s %-11s %10s %10s   %-30s %10s %10s\n", r->selected ? '*' : ' ',
		       r->op, r->strategy, a, o, rw ? lazymb_membarrier_cmd_name(rw->cmd) : "(none)",
		       rw ? ra : "", rw ? ro : "");
	}
	printf("* = what lazymb selects here; \"1 other\": with another thread of the process "
	       "running\n\nmembarrier system calls, ns per call (same conditions)\n");
	printf("  %-30s %14s %16s\n", "command", "alone", "1 other thread");
	for (i = 0; i < NRAW; i++) {
		size_t j;

		printf("  %-30s ", lazymb_membarrier_cmd_name(raw[i].cmd));
		if (!raw[i].err) {
			printf("%14.0f %16.0f\n", raw[i].alone, raw[i].other);
			continue;
		}
		/* Each error's text once, at its first row. */
		for (j = 0; j < i && raw[j].err != raw[i].err; j++)
			;
		printf("unavailable: %s", errno_name(raw[i].err));
		if (j == i)
			printf(" (%s)", lazymb_strerror(raw[i].err));
		printf("\n");
	}
	return 0;
}

static const char usage_text[] =
	"usage: lazymb-probe [--json] [--bench] [--verify] [--stats] [--seconds N]\n"
	"       lazymb-probe --version | --help\n"
	"  (default)   print the capability report for a person\n"
	"  --json      print one JSON document: the report, and with --bench,\n"
	"              --verify, --stats their results as members of it\n"
	"  --bench     the cost of each heavy-fence and sync_core strategy, and of\n"
	"              each membarrier system call (ns per call)\n"
	"  --verify    prove each fence strategy on this machine (default 10 s)\n"
	"  --stats     run a small fence demo (default 1 s), print the counters\n"
	"  --seconds N the budget of --verify and the length of --stats\n"
	"  --version   print lazymb-probe's and the library's version\n";

static void usage(FILE *f)
{
	fputs(usage_text, f);
}

int main(int argc, char **argv)
{
	static const struct option opts[] = {
		{ "json", no_argument, NULL, 'j' },
		{ "bench", no_argument, NULL, 'b' },
		{ "help", no_argument, NULL, 'h' },
		{ "version", no_argument, NULL, 'V' },
		{ "verify", no_argument, NULL, 'v' },
		{ "stats", no_argument, NULL, 's' },
		{ "seconds", required_argument, NULL, 'S' },
		{ "verify-break-fence", no_argument, NULL, 'B' },
		{ NULL, 0, NULL, 0 },
	};
	int json = 0, bench = 0, verify = 0, stats = 0, brk = 0, help = 0, version = 0, o;
	int status = 0, r;
	double seconds = 0;
	const char *env_break = getenv("LAZYMB_VERIFY_BREAK");
	/* argv[0] where /proc is not mounted (searched in PATH). */
	const char *self = access("/proc/self/exe", X_OK) == 0 ? "/proc/self/exe" : argv[0];
	struct lazymb_caps caps;
	char *end;

	/* The child sides of --verify and --bench: before anything touches the library. */
	if (argc > 1 && strcmp(argv[1], "--verify-child") == 0)
		return verify_child(argc - 2, argv + 2);
	if (argc > 1 && strcmp(argv[1], "--bench-child") == 0)
		return bench_child(argc - 2, argv + 2);
	while ((o = getopt_long(argc, argv, "jbhV", opts, NULL)) != -1) {
		switch (o) {
		case 'j': json = 1; break;
		case 'b': bench = 1; break;
		case 'v': verify = 1; break;
		case 's': stats = 1; break;
		case 'B': brk = 1; break;
		case 'h': help = 1; break;
		case 'V': version = 1; break;
		case 'S':
			seconds = strtod(optarg, &end);
			if (end == optarg || *end || !(seconds > 0 && seconds <= 3600)) {
				fprintf(stderr, "lazymb-probe: --seconds wants a number in (0, 3600]\n");
				return 2;
			}
			break;
		default: usage(stderr); return 2;
		}
	}
	if (optind < argc || (seconds > 0 && !verify && !stats)) {
		usage(stderr);
		return 2;
	}
	/* --help and --version answer alone, as JSON too with --json. */
	if (help) {
		if (json) {
			printf("{\n  \"usage\": ");
			json_str(usage_text);
			printf("\n}\n");
		} else {
			usage(stdout);
		}
		return 0;
	}
	if (version) {
		if (json) {
			printf("{\n  \"probe_version\": ");
			json_str(LAZYMB_VERSION);
			printf(",\n  \"library_version\": ");
			json_str(lazymb_version());
			printf("\n}\n");
		} else {
			printf("lazymb-probe %s (library %s)\n", LAZYMB_VERSION, lazymb_version());
		}
		return 0;
	}
	if (env_break && *env_break && strcmp(env_break, "0") != 0)
		brk = 1;
	if (lazymb_get_caps(&caps) != 0) {
		fprintf(stderr, "lazymb-probe: lazymb_get_caps failed\n");
		return 1;
	}

	/*
	 * With --json one document: the report's members, then "bench",
	 * "verify" and "stats" objects for the flags given. Without, the
	 * sections one after the other (the report only when nothing else
	 * was asked for).
	 */
	if (json) {
		printf("{\n  \"probe_version\": ");
		json_str(LAZYMB_VERSION);
		printf(",\n  \"library_version\": ");
		json_str(lazymb_version());
		printf(",\n");
		print_json_caps(&caps);
	} else if (!bench && !verify && !stats) {
		print_human(&caps);
	}
	if (bench) {
		printf(json ? ",\n  \"bench\": " : "");
		if (run_bench(&caps, self, json) != 0)
			status = 1;
	}
	if (verify) {
		struct verify_opts vo = {
			.seconds = seconds > 0 ? seconds : 10,
			.json = json,
			.break_fence = brk,
			.self = self,
		};

		printf(json ? ",\n  \"verify\": " : bench ? "\n" : "");
		r = verify_main(&vo);
		if (r > status)
			status = r;
	}
	if (stats) {
		printf(json ? ",\n  \"stats\": " : bench || verify ? "\n" : "");
		r = stats_main(seconds > 0 ? seconds : 1, json);
		if (r > status)
			status = r;
	}
	if (json)
		printf("\n}\n");
	return status;
}
