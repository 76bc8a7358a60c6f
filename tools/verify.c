// SPDX-License-Identifier: LGPL-2.1-or-later
// SPDX-FileCopyrightText: 2026 The lazymb authors

/*
 * lazymb-probe --verify: run the litmus tests, the live-code rewrite and an
 * RCU torture against every strategy, each in a child process (a strategy is
 * chosen once per process), and give each a verdict:
 *
 *   VERIFIED      the control showed the forbidden outcome, the real run none
 *   FAILED        the real run showed a forbidden outcome (or the child died)
 *   INCONCLUSIVE  the control never misbehaved: the test proved nothing here
 *   REFUSED       the library refuses the strategy here (reason given)
 *
 * lazymb-probe --stats: a small demo and the counters it leaves behind.
 */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include <errno.h>
#include <poll.h>
#include <sched.h>
#include <pthread.h>
#include <signal.h>
#include <stdatomic.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <linux/futex.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include <lazymb/lazymb.h>

#include "litmus.h"
#include "rewrite.h"
#include "verify.h"

#if __has_include(<lazymb/rcu.h>)
#include <lazymb/rcu.h>
#define HAVE_RCU 1
#else
#define HAVE_RCU 0
#endif

static uint64_t mono_ns(void)
{
	return lz_litmus_now();
}

/* ---- child side --------------------------------------------------------------- */

struct child_result {
	int refused;
	long rounds, control, forbidden;
	long rewrites, calls, stale;
	char reason[256];
};

static void child_print(const struct child_result *r)
{
	printf("refused %d\nrounds %ld\ncontrol %ld\nforbidden %ld\n"
	       "rewrites %ld\ncalls %ld\nstale %ld\nreason %s\n",
	       r->refused, r->rounds, r->control, r->forbidden, r->rewrites, r->calls,
	       r->stale, r->reason);
	fflush(stdout);
}

/*
 * Up to @rounds round pairs or @budget_ns: in each pair the first round is
 * the control (compiler barrier), the second uses @heavy (lz_litmus_run).
 * Returns the forbidden outcomes of the @heavy rounds (-1 on error), sets
 * *@ran to the pairs run and *@control to the control's forbidden outcomes.
 */
static long sb_run(long rounds, void (*heavy)(void), uint64_t budget_ns, long *ran,
		   long *control)
{
	return lz_litmus_run(rounds, heavy, lz_litmus_no_fence, budget_ns, ran, control);
}

/* The sync_core litmus wants a void(void) heavy side. */
static void heavy_sync_core(void)
{
	lazymb_sync_core();
}

/*
 * Add one run's counts to @r. A run that could not start (@f < 0) counts
 * as a failure, its reason naming @what. Returns 0, or -1 for that.
 */
static int tally(struct child_result *r, long f, long ran, long hits, const char *what)
{
	if (f < 0) {
		snprintf(r->reason, sizeof(r->reason), "cannot create %s", what);
		r->forbidden++;
		return -1;
	}
	r->forbidden += f;
	r->control += hits;
	r->rounds += ran;
	return 0;
}

/*
 * Store-buffering litmus: calibrate the real fence's cost, then the control
 * (compiler barrier) and the real run with the same number of rounds.
 */
static void run_litmus(void (*heavy)(void), int brk, uint64_t budget_ns,
		       struct child_result *r)
{
	void (*real)(void) = brk ? lz_litmus_no_fence : heavy;
	long ran = 0, hits = 0, f, cal, chunk;
	uint64_t t0, per = 0;

	/*
	 * Calibrate the real fence's cost: 8 round pairs first (a GLOBAL
	 * fence can take tens of ms), 200 more if they were cheap; they
	 * count like the others. One call first: a lazy registration
	 * (a grace period in the kernel) must not count as the fence's cost.
	 */
	real();
	for (cal = 8; cal <= 200; cal *= 25) {
		t0 = mono_ns();
		f = sb_run(cal, real, 60ull * 1000000000u, &ran, &hits);
		if (tally(r, f, ran, hits, "a thread") < 0)
			return;
		per = (mono_ns() - t0) / (uint64_t)(ran ? ran : 1) + 1;
		if (per > 1000000u)
			break;
	}
	/*
	 * Then chunks of about an eighth of the budget (at least 16 pairs: a
	 * GLOBAL fence costs ms), each in a fresh pair of threads, until
	 * three quarters of the budget are gone.
	 */
	chunk = (long)(budget_ns / 8 / per);
	if (chunk < 16)
		chunk = 16;
	if (chunk > 4096)
		chunk = 4096;
	t0 = mono_ns();
	do {
		f = sb_run(chunk, real, budget_ns, &ran, &hits);
		if (tally(r, f, ran, hits, "a thread") < 0)
			break;
	} while (mono_ns() - t0 < budget_ns * 3 / 4 && r->rounds < 20000000);
}

/*
 * A function that returns an immediate, rewritten in place: one aligned
 * 4-byte store (x86-64 imm32) or one whole instruction word (powerpc64,
 * aarch64), so a concurrent fetch sees the old or the new instruction.
 */

static void run_rewrite(int brk, uint64_t budget_ns, struct child_result *r)
{
#if HAVE_CODE
	struct xmod x;
	pthread_t th;
	long pg = sysconf(_SC_PAGESIZE);
	uint64_t end = mono_ns() + budget_ns;
	uint32_t v;

	memset(&x, 0, sizeof(x));
	x.code = mmap(NULL, (size_t)pg, PROT_READ | PROT_WRITE | PROT_EXEC,
		      MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	if (x.code == MAP_FAILED) {
		snprintf(r->reason, sizeof(r->reason),
			 "rewrite not run: no writable and executable mapping (%s)",
			 strerror(errno));
		return;
	}
	code_write(x.code, 1, 1);
	__builtin___clear_cache((char *)x.code, (char *)x.code + 16);
	lazymb_sync_core();
	atomic_store(&x.flag, 1);
	if (pthread_create(&th, NULL, executor, &x) != 0) {
		snprintf(r->reason, sizeof(r->reason), "cannot create a thread");
		r->stale = 1;
		munmap(x.code, (size_t)pg);
		return;
	}
	/* Let the executor start before the first rewrite. */
	while (atomic_load_explicit(&x.calls, memory_order_relaxed) == 0 && mono_ns() < end)
		sched_yield();
	for (v = 2; v < CODE_MAXV && mono_ns() < end; v++) {
		code_write(x.code, v, 0);
		__builtin___clear_cache((char *)x.code, (char *)x.code + 16);
		if (!brk)
			lazymb_sync_core();
		/* Release: pairs with the executor's acquire of flag. */
		atomic_store_explicit(&x.flag, v, memory_order_release);
		r->rewrites++;
	}
	atomic_store(&x.stop, 1);
	pthread_join(th, NULL);
	r->calls = atomic_load(&x.calls);
	r->stale = atomic_load(&x.stale);
	munmap(x.code, (size_t)pg);
#else
	(void)brk;
	(void)budget_ns;
	snprintf(r->reason, sizeof(r->reason), "rewrite not run: no code generator for this arch");
#endif
}

#if HAVE_RCU
/*
 * RCU torture: the writer replaces the published node, waits for a grace
 * period, then poisons the old node; a reader that ever sees poison inside
 * its read-side section saw a grace period end too early. Every other
 * update is a control that skips the grace period, so readers must see
 * poison there. Which kind retires a node depends only on its slot's
 * parity (slot j is retired by the update that publishes slot j + 1), so a
 * reader knows what it saw, and a slot retired with a grace period always
 * was.
 */
#define RCU_POOL 4096 /* even: a slot's parity survives the wrap */
#define RCU_LIVE 0x11feu
#define RCU_DEAD 0xdeadu

struct rcu_torture {
	atomic_uint magic[RCU_POOL];
	_Atomic(atomic_uint *) cur;
	atomic_int stop;
	atomic_long reads, bad, control;
};

/* Is slot @j retired by a control update (no grace period)? */
static int rcu_control_slot(long j)
{
	return ((j + 1) & 1) != 0;
}

static void *rcu_reader(void *arg)
{
	struct rcu_torture *t = arg;
	unsigned seed = (unsigned)(uintptr_t)&seed;

	while (!atomic_load_explicit(&t->stop, memory_order_relaxed)) {
		atomic_uint *p;
		unsigned m1, m2;

		lazymb_rcu_read_lock();
		/* Acquire: pairs with the writer's release exchange of cur;
		 * the node's LIVE store is visible. */
		p = atomic_load_explicit(&t->cur, memory_order_acquire);
		m1 = atomic_load_explicit(p, memory_order_relaxed);
		lz_litmus_spin(&seed);
		m2 = atomic_load_explicit(p, memory_order_relaxed);
		lazymb_rcu_read_unlock();
		atomic_fetch_add_explicit(&t->reads, 1, memory_order_relaxed);
		if (m1 != RCU_LIVE || m2 != RCU_LIVE)
			atomic_fetch_add_explicit(rcu_control_slot(p - t->magic) ? &t->control :
						  &t->bad, 1, memory_order_relaxed);
	}
	return NULL;
}

/*
 * Run up to @pairs control+real update pairs or @budget_ns; returns the bad
 * reads of real updates (-1 on error), sets *@ran and *@control. @brk
 * (test only): the real updates skip the grace period too.
 */
static long rcu_run(long pairs, int brk, uint64_t budget_ns, long *ran, long *control)
{
	struct rcu_torture *t = calloc(1, sizeof(*t));
	pthread_t th[2];
	unsigned seed = 777;
	uint64_t end = mono_ns() + budget_ns;
	long i, bad;
	int n, started;

	*ran = 0;
	*control = 0;
	if (!t)
		return -1;
	atomic_store(&t->magic[0], RCU_LIVE);
	atomic_store(&t->cur, &t->magic[0]);
	for (n = 0; n < 2; n++)
		if (pthread_create(&th[n], NULL, rcu_reader, t) != 0)
			break;
	started = n;
	while (n > 0 && atomic_load(&t->reads) < 2 && mono_ns() < end)
		sched_yield();
	for (i = 1; n == 2 && i <= 2 * pairs; i++) {
		atomic_uint *nw = &t->magic[i % RCU_POOL], *old;

		if ((i & 15) == 1 && i > 1 && mono_ns() > end)
			break;
		atomic_store_explicit(nw, RCU_LIVE, memory_order_relaxed);
		/* Release: the LIVE store before readers' acquire of cur. */
		old = atomic_exchange_explicit(&t->cur, nw, memory_order_release);
		if (!brk && !rcu_control_slot(old - t->magic))
			lazymb_rcu_synchronize();
		/* After the grace period no reader holds old (control: some may). */
		atomic_store_explicit(old, RCU_DEAD, memory_order_relaxed);
		lz_litmus_spin(&seed);
	}
	atomic_store(&t->stop, 1);
	while (n-- > 0)
		pthread_join(th[n], NULL);
	*ran = (i - 1) / 2;
	*control = atomic_load(&t->control);
	bad = atomic_load(&t->bad);
	free(t);
	return started == 2 ? bad : -1;
}

static void run_rcu(int brk, uint64_t budget_ns, struct child_result *r)
{
	long ran = 0, f, hits;

	f = rcu_run(8, brk, budget_ns, &ran, &hits);
	if (tally(r, f, ran, hits, "the torture") < 0)
		return;
	/*
	 * The time limit ends it: three quarters of the budget. (A count
	 * estimated from the first 8 pairs, thread start-up included, ended
	 * it after a few hundred pairs in a fraction of the budget.)
	 */
	f = rcu_run(1000000, brk, budget_ns * 3 / 4, &ran, &hits);
	tally(r, f, ran, hits, "the torture");
}
#endif

static enum lazymb_strategy strategy_by_name(const char *s)
{
	static const enum lazymb_strategy all[] = {
		LAZYMB_STRATEGY_MEMBARRIER, LAZYMB_STRATEGY_SIGNAL, LAZYMB_STRATEGY_SCHED,
		LAZYMB_STRATEGY_MPROTECT, LAZYMB_STRATEGY_GLOBAL,
	};

	for (size_t i = 0; i < sizeof(all) / sizeof(all[0]); i++)
		if (strcmp(lazymb_strategy_name(all[i]), s) == 0)
			return all[i];
	return LAZYMB_STRATEGY_NONE;
}

int verify_child(int argc, char **argv)
{
	struct child_result r;
	struct lazymb_caps c;
	const char *kind, *strat;
	enum lazymb_strategy want;
	uint64_t budget;
	int init, brk;

	if (argc < 3) {
		fprintf(stderr, "lazymb-probe: --verify-child KIND STRATEGY MS [break]\n");
		return 2;
	}
	kind = argv[0];
	strat = argv[1];
	budget = (uint64_t)strtoull(argv[2], NULL, 10) * 1000000u;
	brk = argc > 3 && strcmp(argv[3], "break") == 0;
	want = strategy_by_name(strat);
	memset(&r, 0, sizeof(r));

	init = lazymb_init();
	lazymb_get_caps(&c);
	if (strcmp(kind, "fence") == 0) {
		if (init != 0 || c.fence != want) {
			r.refused = 1;
			snprintf(r.reason, sizeof(r.reason), "%s", c.fence_reason[0] ?
				 c.fence_reason : lazymb_strerror(init));
		} else {
			run_litmus(lazymb_fence_heavy, brk, budget, &r);
		}
	} else if (strcmp(kind, "sync_core") == 0) {
		int avail = lazymb_sync_core_available();

		if (avail != 0 || c.sync_core != want) {
			r.refused = 1;
			snprintf(r.reason, sizeof(r.reason), "%s", c.sync_core_reason[0] ?
				 c.sync_core_reason : lazymb_strerror(avail));
		} else {
			run_litmus(heavy_sync_core, brk, budget / 2, &r);
			run_rewrite(brk, budget / 2, &r);
		}
	} else if (strcmp(kind, "rcu") == 0) {
#if HAVE_RCU
		if (init != 0) {
			r.refused = 1;
			snprintf(r.reason, sizeof(r.reason), "no heavy fence: %s",
				 lazymb_strerror(init));
		} else {
			run_rcu(brk, budget, &r);
		}
#else
		r.refused = 1;
		snprintf(r.reason, sizeof(r.reason), "skipped: no RCU layer");
#endif
	} else {
		fprintf(stderr, "lazymb-probe: unknown check kind '%s'\n", kind);
		return 2;
	}
	child_print(&r);
	return 0;
}

/* ---- parent side --------------------------------------------------------------- */

/*
 * VERIFIED needs at least this many control hits: with h hits in n rounds,
 * a real run of n rounds with no fence at all shows none with a chance of
 * about e^-h, and when control and real rounds alternate (so bursts of
 * load hit both alike) about 2^-h: here under 1 in a million.
 */
#define MIN_CONTROL_HITS 20

enum verdict { V_VERIFIED, V_FAILED, V_INCONCLUSIVE, V_REFUSED, V_SKIPPED };

static const char *verdict_name[] = {
	"VERIFIED", "FAILED", "INCONCLUSIVE", "REFUSED", "SKIPPED",
};

struct check {
	const char *op;        /* "fence", "sync_core", "rcu" */
	const char *strategy;
	int selected;          /* the strategy the library chooses here */
	struct child_result r;
	enum verdict v;
	double seconds;
};

int probe_spawn(const char *self, char *const args[], const char *op, const char *strategy,
		uint64_t timeout_ms, char *buf, size_t len, int *status)
{
	uint64_t deadline = mono_ns() + timeout_ms * 1000000u;
	size_t got = 0;
	int fd[2], timed_out = 0;
	pid_t pid;

	*status = 0;
	if (pipe(fd) != 0) {
		snprintf(buf, len, "pipe: %s", strerror(errno));
		return -1;
	}
	fflush(stdout);
	pid = fork();
	if (pid == 0) {
		close(fd[0]);
		dup2(fd[1], 1);
		close(fd[1]);
		/* One override per child; the other operation stays automatic. */
		if (strcmp(op, "fence") == 0) {
			setenv("LAZYMB_FENCE", strategy, 1);
			unsetenv("LAZYMB_SYNC_CORE");
		} else if (strcmp(op, "sync_core") == 0) {
			setenv("LAZYMB_SYNC_CORE", strategy, 1);
			unsetenv("LAZYMB_FENCE");
		}
		if (strchr(self, '/'))
			execv(self, args);
		else
			execvp(self, args);
		fprintf(stderr, "lazymb-probe: exec %s: %s\n", self, strerror(errno));
		_exit(127);
	}
	close(fd[1]);
	if (pid < 0) {
		close(fd[0]);
		snprintf(buf, len, "fork: %s", strerror(errno));
		return -1;
	}
	for (;;) {
		struct pollfd pfd = { .fd = fd[0], .events = POLLIN };
		uint64_t now = mono_ns();
		ssize_t n;

		if (now >= deadline) {
			timed_out = 1;
			kill(pid, SIGKILL);
			break;
		}
		if (poll(&pfd, 1, (int)((deadline - now) / 1000000u) + 1) <= 0)
			continue;
		n = read(fd[0], buf + got, len - 1 - got);
		if (n <= 0)
			break;
		got += (size_t)n;
		if (got == len - 1)
			break;
	}
	close(fd[0]);
	buf[got] = '\0';
	waitpid(pid, status, 0);
	return timed_out;
}

double probe_value(const char *buf, const char *key, double def)
{
	size_t kl = strlen(key);
	const char *p;

	for (p = buf; p && *p; p = strchr(p, '\n'), p = p ? p + 1 : NULL)
		if (strncmp(p, key, kl) == 0 && p[kl] == ' ')
			return strtod(p + kl + 1, NULL);
	return def;
}

/* Run one check in a child; fills @k. */
static void run_check(const struct verify_opts *o, struct check *k, uint64_t budget_ms)
{
	char ms[32], buf[4096], line[512];
	char *args[] = { (char *)o->self, (char *)"--verify-child", (char *)k->op,
			 (char *)k->strategy, ms, o->break_fence ? (char *)"break" : NULL, NULL };
	uint64_t t0 = mono_ns();
	int status, timed_out;
	char *p;

	snprintf(ms, sizeof(ms), "%llu", (unsigned long long)budget_ms);
	memset(&k->r, 0, sizeof(k->r));
	timed_out = probe_spawn(o->self, args, k->op, k->strategy, 4 * budget_ms + 20000, buf,
				sizeof(buf), &status);
	if (timed_out < 0) {
		snprintf(k->r.reason, sizeof(k->r.reason), "%.200s", buf);
		k->v = V_FAILED;
		return;
	}
	k->seconds = (double)(mono_ns() - t0) / 1e9;

	for (p = buf; *p;) {
		char *nl = strchr(p, '\n');
		size_t l = nl ? (size_t)(nl - p) : strlen(p);

		if (l >= sizeof(line))
			l = sizeof(line) - 1;
		memcpy(line, p, l);
		line[l] = '\0';
		p += l + (nl ? 1 : 0);
		if (strncmp(line, "reason ", 7) == 0)
			snprintf(k->r.reason, sizeof(k->r.reason), "%.255s", line + 7);
		else {
			sscanf(line, "refused %d", &k->r.refused);
			sscanf(line, "rounds %ld", &k->r.rounds);
			sscanf(line, "control %ld", &k->r.control);
			sscanf(line, "forbidden %ld", &k->r.forbidden);
			sscanf(line, "rewrites %ld", &k->r.rewrites);
			sscanf(line, "calls %ld", &k->r.calls);
			sscanf(line, "stale %ld", &k->r.stale);
		}
	}

	if (timed_out) {
		snprintf(k->r.reason, sizeof(k->r.reason), "the check did not finish in time (killed)");
		k->v = V_FAILED;
	} else if (!WIFEXITED(status) || WEXITSTATUS(status) != 0 || !strstr(buf, "reason ")) {
		if (WIFSIGNALED(status))
			snprintf(k->r.reason, sizeof(k->r.reason), "the check died of signal %d (%s)",
				 WTERMSIG(status), strsignal(WTERMSIG(status)));
		else
			snprintf(k->r.reason, sizeof(k->r.reason), "the check exited with status %d",
				 WIFEXITED(status) ? WEXITSTATUS(status) : -1);
		k->v = V_FAILED;
	} else if (k->r.refused) {
		k->v = strncmp(k->r.reason, "skipped:", 8) == 0 ? V_SKIPPED : V_REFUSED;
	} else if (k->r.forbidden > 0 || k->r.stale > 0) {
		snprintf(k->r.reason, sizeof(k->r.reason),
			 "%ld forbidden outcome(s)%s%ld stale call(s) after sync_core",
			 k->r.forbidden, k->r.stale ? ", " : "; ", k->r.stale);
		k->v = V_FAILED;
	} else if (k->r.control == 0) {
		snprintf(k->r.reason, sizeof(k->r.reason),
			 "the control never showed the forbidden outcome in %ld rounds: "
			 "the test cannot tell a working fence from none here", k->r.rounds);
		k->v = V_INCONCLUSIVE;
	} else if (k->r.control < MIN_CONTROL_HITS) {
		snprintf(k->r.reason, sizeof(k->r.reason),
			 "the control showed the forbidden outcome only %ld time(s) in %ld "
			 "rounds (%d needed): too few to tell a working fence from none",
			 k->r.control, k->r.rounds, MIN_CONTROL_HITS);
		k->v = V_INCONCLUSIVE;
	} else if (strcmp(k->op, "sync_core") == 0 && k->r.calls == 0) {
		if (!k->r.reason[0])
			snprintf(k->r.reason, sizeof(k->r.reason),
				 "the executing thread never ran during the rewrites");
		k->v = V_INCONCLUSIVE;
	} else {
		if (strcmp(k->op, "sync_core") == 0)
			snprintf(k->r.reason, sizeof(k->r.reason),
				 "%ld rewrites, %ld calls, none stale", k->r.rewrites, k->r.calls);
		else if (strcmp(k->op, "rcu") == 0)
			snprintf(k->r.reason, sizeof(k->r.reason),
				 "no reader saw a node freed under it in %ld grace periods",
				 k->r.rounds);
		k->v = V_VERIFIED;
	}
}

/*
 * What to do about an INCONCLUSIVE check, or NULL for any other verdict:
 * the control has to reorder MIN_CONTROL_HITS times, which takes two CPUs
 * free at once and enough rounds.
 */
static const char *advice(const struct verify_opts *o, const struct check *k, char *buf,
			  size_t len)
{
	long ncpu = sysconf(_SC_NPROCESSORS_ONLN);
	cpu_set_t set;
	double secs;

	if (k->v != V_INCONCLUSIVE)
		return NULL;
	if (sched_getaffinity(0, sizeof(set), &set) == 0 && CPU_COUNT(&set) < ncpu)
		ncpu = CPU_COUNT(&set);
	if (ncpu < 2) {
		snprintf(buf, len, "this process may run on %ld CPU only, where the control "
			 "cannot reorder: run it with two or more CPUs", ncpu);
		return buf;
	}
	if (strcmp(k->op, "sync_core") == 0 && k->r.control >= MIN_CONTROL_HITS) {
		snprintf(buf, len, "the executing thread never ran during the rewrites: run again "
			 "on an idle machine");
		return buf;
	}
	/*
	 * The budget is shared by the checks. With h control hits, about
	 * MIN_CONTROL_HITS / h times the rounds are needed (twice that for
	 * margin); with none, ten times the time on an idle machine.
	 */
	secs = o->seconds * (k->r.control > 0 ? 2.0 * MIN_CONTROL_HITS / (double)k->r.control : 10);
	if (strcmp(k->strategy, "global") == 0 && secs < 60)
		secs = 60; /* a GLOBAL fence costs ms: few rounds per second */
	if (secs < o->seconds * 2)
		secs = o->seconds * 2;
	if (secs > 3600)
		secs = 3600;
	snprintf(buf, len, "run again on an idle machine (nothing else busy on its CPUs) "
		 "with a larger budget: lazymb-probe --verify --seconds %.0f", secs + 0.5);
	return buf;
}

int verify_main(const struct verify_opts *o)
{
	static const char *fence_s[] = { "membarrier", "signal", "sched", "mprotect", "global" };
	static const char *sync_s[] = { "membarrier", "signal" };
	struct check k[8];
	struct lazymb_caps c;
	const char *sel_fence, *sel_sync, *adv[8];
	char advbuf[8][256], summary[512];
	int n = 0, i, ok = 1, tty = isatty(2), nsel = 0;
	size_t sl;
	uint64_t t0 = mono_ns(), total = (uint64_t)(o->seconds * 1e9);

	if (lazymb_get_caps(&c) != 0) {
		fprintf(stderr, "lazymb-probe: lazymb_get_caps failed\n");
		if (o->json)
			printf("{\"ok\": false, \"summary\": \"lazymb_get_caps failed\"}");
		return 1;
	}
	sel_fence = lazymb_strategy_name(c.fence);
	sel_sync = lazymb_strategy_name(c.sync_core);
	memset(k, 0, sizeof(k));
	for (i = 0; i < 4; i++, n++) {
		k[n].op = "fence";
		k[n].strategy = fence_s[i];
		k[n].selected = c.fence == strategy_by_name(fence_s[i]);
	}
	for (i = 0; i < 2; i++, n++) {
		k[n].op = "sync_core";
		k[n].strategy = sync_s[i];
		k[n].selected = c.sync_core == strategy_by_name(sync_s[i]);
	}
	/* RCU on the selected fence: what a program using lazymb's RCU gets. */
	k[n].op = "rcu";
	k[n].strategy = c.fence != LAZYMB_STRATEGY_NONE ? sel_fence : "none";
	k[n].selected = c.fence != LAZYMB_STRATEGY_NONE;
	n++;

	for (i = 0; i < n; i++) {
		uint64_t used = mono_ns() - t0;
		/* What is left, shared by the checks still to run; but every
		 * check gets at least half its even share, so one that overran
		 * (GLOBAL fences cost ms) does not starve the last ones. */
		uint64_t left = total > used ? total - used : 0;
		uint64_t ms = left / 1000000u / (uint64_t)(n - i);
		uint64_t floor_ms = total / 1000000u / (uint64_t)n / 2;

		if (ms < floor_ms)
			ms = floor_ms;
		if (ms < 50)
			ms = 50;
		if (tty)
			fprintf(stderr, "\rlazymb-probe --verify: [%d/%d] %s %s ...\033[K", i + 1, n,
				k[i].op, k[i].strategy);
		run_check(o, &k[i], ms);
		if (k[i].selected && k[i].v != V_VERIFIED)
			ok = 0;
		if (k[i].v == V_FAILED && strcmp(k[i].op, "rcu") == 0)
			ok = 0;
		adv[i] = advice(o, &k[i], advbuf[i], sizeof(advbuf[i]));
	}
	if (tty)
		fprintf(stderr, "\r\033[K");

	/*
	 * The summary names every selected check whose verdict is not
	 * VERIFIED: it says VERIFIED only when every one of them was.
	 */
	for (i = 0; i < n; i++)
		nsel += k[i].selected;
	if (ok && nsel > 0) {
		sl = (size_t)snprintf(summary, sizeof(summary), "VERIFIED: every check of what "
				      "lazymb selects here (");
		for (i = 0; i < n; i++)
			if (k[i].selected && sl < sizeof(summary))
				sl += (size_t)snprintf(summary + sl, sizeof(summary) - sl, "%s%s %s",
						       summary[sl - 1] == '(' ? "" : ", ", k[i].op,
						       k[i].strategy);
		if (sl < sizeof(summary))
			snprintf(summary + sl, sizeof(summary) - sl, ")");
	} else if (ok) {
		snprintf(summary, sizeof(summary), "VERIFIED: no strategy selected here, nothing to check");
	} else {
		sl = (size_t)snprintf(summary, sizeof(summary), "NOT VERIFIED:");
		for (i = 0; i < n; i++)
			if (((k[i].selected && k[i].v != V_VERIFIED) ||
			     (k[i].v == V_FAILED && strcmp(k[i].op, "rcu") == 0)) &&
			    sl < sizeof(summary))
				sl += (size_t)snprintf(summary + sl, sizeof(summary) - sl, "%s %s %s %s",
						       summary[sl - 1] == ':' ? "" : ",", k[i].op,
						       k[i].strategy, verdict_name[k[i].v]);
	}
	/* The fallbacks lazymb would use if the selected strategy went away. */
	sl = strlen(summary);
	for (i = 0, nsel = 0; i < n; i++)
		if (!k[i].selected && (k[i].v == V_FAILED || k[i].v == V_INCONCLUSIVE) &&
		    sl < sizeof(summary))
			sl += (size_t)snprintf(summary + sl, sizeof(summary) - sl, "%s %s %s %s",
					       nsel++ ? "," : "; not selected here:", k[i].op,
					       k[i].strategy, verdict_name[k[i].v]);

	if (o->json) {
		printf("{\n    \"selected\": {\"fence\": ");
		json_str(sel_fence);
		printf(", \"sync_core\": ");
		json_str(sel_sync);
		printf("},\n    \"break_fence\": %s,\n    \"seconds_budget\": %.3f,\n"
		       "    \"checks\": [\n", o->break_fence ? "true" : "false", o->seconds);
		for (i = 0; i < n; i++) {
			printf("      {\"op\": ");
			json_str(k[i].op);
			printf(", \"strategy\": ");
			json_str(k[i].strategy);
			printf(", \"selected\": %s, \"rounds\": %ld, \"control_hits\": %ld, "
			       "\"forbidden\": %ld, \"rewrites\": %ld, \"calls\": %ld, \"stale\": %ld, "
			       "\"verdict\": \"%s\", \"seconds\": %.3f, \"reason\": ",
			       k[i].selected ? "true" : "false", k[i].r.rounds, k[i].r.control,
			       k[i].r.forbidden, k[i].r.rewrites, k[i].r.calls, k[i].r.stale,
			       verdict_name[k[i].v], k[i].seconds);
			json_str(k[i].r.reason);
			printf(", \"advice\": ");
			if (adv[i])
				json_str(adv[i]);
			else
				printf("null");
			printf("}%s\n", i + 1 < n ? "," : "");
		}
		printf("    ],\n    \"ok\": %s,\n    \"summary\": ", ok ? "true" : "false");
		json_str(summary);
		printf("\n  }");
	} else {
		printf("lazymb-probe --verify (budget %.1f s%s); selected: fence %s, sync_core %s\n\n",
		       o->seconds, o->break_fence ? ", HEAVY FENCE BROKEN ON PURPOSE" : "",
		       sel_fence, sel_sync);
		printf("  %-10s %-11s %10s %9s %9s  %-12s %7s\n", "op", "strategy", "rounds",
		       "control", "forbidden", "verdict", "time");
		for (i = 0; i < n; i++) {
			printf("%c %-10s %-11s %10ld %9ld %9ld  %-12s %6.2fs\n",
			       k[i].selected ? '*' : ' ', k[i].op, k[i].strategy, k[i].r.rounds,
			       k[i].r.control, k[i].r.forbidden, verdict_name[k[i].v], k[i].seconds);
			if (k[i].r.reason[0])
				printf("    %s\n", k[i].r.reason);
			if (adv[i])
				printf("    what to do: %s\n", adv[i]);
		}
		printf("\n* = what lazymb selects here (rcu: RCU on the selected fence).\n"
		       "Result: %s%s\n", summary,
		       ok ? "" : " (see lazymb-probe(1), VERDICTS)");
	}
	return ok ? 0 : 1;
}

/* ---- --stats --------------------------------------------------------------------- */

struct demo {
	atomic_int stop;
	atomic_long light, data;
};

static void *demo_light(void *arg)
{
	struct demo *d = arg;

	while (!atomic_load_explicit(&d->stop, memory_order_relaxed)) {
		atomic_store_explicit(&d->data, 1, memory_order_relaxed);
		/* Orders the store above before the load below; pairs with
		 * the demo's lazymb_fence_heavy() calls. */
		lazymb_fence_light();
		(void)atomic_load_explicit(&d->data, memory_order_relaxed);
		atomic_fetch_add_explicit(&d->light, 1, memory_order_relaxed);
	}
	return NULL;
}

static void *demo_heavy(void *arg)
{
	struct demo *d = arg;
	int sync = lazymb_sync_core_available() == 0;
	long i = 0;

	while (!atomic_load_explicit(&d->stop, memory_order_relaxed)) {
		if (sync && (++i & 7) == 0)
			lazymb_sync_core();
		else
			lazymb_fence_heavy();
	}
	return NULL;
}

int stats_main(double seconds, int json)
{
	struct demo d;
	struct lazymb_stats st;
	struct lazymb_caps c;
	struct timespec ts;
	pthread_t th[4];
	int n, nlight = 2, r;

	memset(&d, 0, sizeof(d));
	r = lazymb_init();
	if (r != 0) {
		fprintf(stderr, "lazymb-probe: lazymb_init: %s\n", lazymb_strerror(r));
		if (json) {
			printf("{\"error\": \"%s\", \"error_text\": ", errno_name(r));
			json_str(lazymb_strerror(r));
			printf("}");
		}
		return 1;
	}
	lazymb_get_caps(&c);
	for (n = 0; n < nlight + 2; n++)
		if ((r = pthread_create(&th[n], NULL, n < nlight ? demo_light : demo_heavy, &d)) != 0) {
			fprintf(stderr, "lazymb-probe: cannot start the demo threads\n");
			if (json)
				printf("{\"error\": \"%s\", \"error_text\": "
				       "\"cannot start the demo threads\"}", errno_name(r));
			atomic_store(&d.stop, 1);
			while (n-- > 0)
				pthread_join(th[n], NULL);
			return 1;
		}
	ts.tv_sec = (time_t)seconds;
	ts.tv_nsec = (long)((seconds - (double)ts.tv_sec) * 1e9);
	while (nanosleep(&ts, &ts) != 0 && errno == EINTR)
		;
	atomic_store(&d.stop, 1);
	while (n-- > 0)
		pthread_join(th[n], NULL);
	lazymb_get_stats(&st);
	if (json) {
		printf("{\n    \"seconds\": %.3f,\n    \"fence\": ", seconds);
		json_str(lazymb_strategy_name(c.fence));
		printf(",\n    \"sync_core\": ");
		json_str(lazymb_strategy_name(c.sync_core));
		printf(",\n    \"light_fences\": %ld,\n", atomic_load(&d.light));
		printf("    \"heavy_requested\": %llu,\n    \"heavy_issued\": %llu,\n"
		       "    \"sync_core_requested\": %llu,\n    \"sync_core_issued\": %llu,\n"
		       "    \"registrations\": %llu,\n    \"fallback_rounds\": %llu,\n"
		       "    \"heavy_ns_total\": %llu,\n    \"heavy_ns_max\": %llu\n  }",
		       st.heavy_requested, st.heavy_issued, st.sync_core_requested,
		       st.sync_core_issued, st.registrations, st.fallback_rounds,
		       st.heavy_ns_total, st.heavy_ns_max);
	} else {
		printf("lazymb-probe --stats: demo for %.1f s (%d threads with light fences, 2 "
		       "issuing heavy fences%s); fence %s, sync_core %s\n\n",
		       seconds, nlight, c.sync_core != LAZYMB_STRATEGY_NONE ? " and sync_cores" : "",
		       lazymb_strategy_name(c.fence), lazymb_strategy_name(c.sync_core));
		printf("  %-20s %llu\n  %-20s %llu\n  %-20s %llu\n  %-20s %llu\n"
		       "  %-20s %llu\n  %-20s %llu\n  %-20s %llu\n  %-20s %llu\n  %-20s %ld\n",
		       "heavy_requested", st.heavy_requested, "heavy_issued", st.heavy_issued,
		       "sync_core_requested", st.sync_core_requested, "sync_core_issued",
		       st.sync_core_issued, "registrations", st.registrations,
		       "fallback_rounds", st.fallback_rounds, "heavy_ns_total", st.heavy_ns_total,
		       "heavy_ns_max", st.heavy_ns_max, "light fences (demo)",
		       atomic_load(&d.light));
		if (st.heavy_issued)
			printf("\n  mean heavy fence / sync_core: %.0f ns; %.1f%% of requests shared "
			       "another caller's fence\n",
			       (double)st.heavy_ns_total /
				       (double)(st.heavy_issued + st.sync_core_issued),
			       st.heavy_requested ? 100.0 * (double)(st.heavy_requested -
							     st.heavy_issued) /
						    (double)st.heavy_requested : 0.0);
	}
	return 0;
}
