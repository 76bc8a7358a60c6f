// SPDX-License-Identifier: LGPL-2.1-or-later
// SPDX-FileCopyrightText: 2026 The lazymb authors

/*
 * Asymmetric fences and sync_core: strategy selection (once), combining of
 * concurrent callers, and the strategies themselves.
 *
 *   strategy     heavy fence                     sync_core
 *   membarrier   PRIVATE_EXPEDITED               PRIVATE_EXPEDITED_SYNC_CORE
 *                                                (+ local serialize)
 *   signal       signal round (signal_round.c)   same round, handler serializes
 *   mprotect     TLB-shootdown IPIs, x86-64 only refused
 *   global       MEMBARRIER_CMD_GLOBAL           refused
 *   sched        helpers visit every CPU         refused
 *                (visit.c; falls back per fence
 *                to signal or global)
 *
 * Each is chosen only where its guarantee holds; doc/guarantees.md section 2
 * has the arguments and sources.
 */
#include "config.h"

#include <errno.h>
#include <pthread.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/sysinfo.h>
#include <unistd.h>

#include <lazymb/lazymb.h>

#include "arch/arch.h"
#include "lib/fence.h"
#include "lib/membarrier.h"
#include "lib/probe.h"
#include "lib/signal_round.h"
#include "lib/visit.h"

/* ---- state chosen once by lazymb_init() --------------------------------- */

static pthread_mutex_t init_lock = PTHREAD_MUTEX_INITIALIZER;
static _Atomic int init_done;  /* 1 once the fields below are final */
static int init_error;
static enum lazymb_strategy fence_strategy, sync_strategy;
static int sync_error;
static int sync_cmd;           /* membarrier command behind sync_core */
static char fence_reason[LAZYMB_REASON_MAX], sync_reason[LAZYMB_REASON_MAX];
/* lazymb_set_strategy() choices, under init_lock; NONE: automatic. */
static enum lazymb_strategy want_fence, want_sync;

/* The sched strategy's fallback, for a visit that cannot complete (a CPU
 * held by a real-time thread, hotplug): signal, global or none. */
static enum lazymb_strategy sched_fallback;
static uint64_t sched_retry_at; /* under fence_comb.lock: visit again from then */

static char *mp_page;          /* the mprotect strategy's page */
static size_t mp_size;

/* snprintf into a reason buffer; truncation is acceptable for a reason. */
__attribute__((format(printf, 3, 4)))
static void say(char *buf, size_t len, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(buf, len, fmt, ap);
	va_end(ap);
}

/* ---- counters ----------------------------------------------------------- */

static _Atomic unsigned long long st_heavy_req, st_sync_req, st_mp_rounds, st_global_rounds;

/* ---- strategy validity -------------------------------------------------- */

static int strategy_from_name(const char *s, enum lazymb_strategy *out)
{
	static const enum lazymb_strategy all[] = {
		LAZYMB_STRATEGY_MEMBARRIER, LAZYMB_STRATEGY_SIGNAL,
		LAZYMB_STRATEGY_MPROTECT, LAZYMB_STRATEGY_GLOBAL,
		LAZYMB_STRATEGY_SCHED,
	};
	size_t i;

	for (i = 0; i < sizeof(all) / sizeof(all[0]); i++)
		if (strcmp(s, lazymb_strategy_name(all[i])) == 0) {
			*out = all[i];
			return 0;
		}
	return -EINVAL;
}

static int membarrier_fence_valid(char *why, size_t len)
{
	int r = lazymb_membarrier_register(LAZYMB_MEMBARRIER_CMD_REGISTER_PRIVATE_EXPEDITED);

	if (r == 0)
		/* A filter may allow REGISTER and refuse the command itself:
		 * try it once (about 1 us while single-threaded). */
		r = lazymb_membarrier(LAZYMB_MEMBARRIER_CMD_PRIVATE_EXPEDITED, 0, 0);
	if (r < 0) {
		snprintf(why, len, "membarrier PRIVATE_EXPEDITED: %s", strerror(-r));
		return r;
	}
	snprintf(why, len, "membarrier PRIVATE_EXPEDITED registered%s",
		 (lazymb__late_registrations() &
		  LAZYMB_MEMBARRIER_CMD_REGISTER_PRIVATE_EXPEDITED) ? " (late)" : "");
	return 0;
}

static int membarrier_sync_valid(char *why, size_t len)
{
	int r = lazymb_membarrier_register(
		LAZYMB_MEMBARRIER_CMD_REGISTER_PRIVATE_EXPEDITED_SYNC_CORE);

	if (r == 0)
		r = lazymb_membarrier(LAZYMB_MEMBARRIER_CMD_PRIVATE_EXPEDITED_SYNC_CORE, 0, 0);
	if (r == 0) {
		/* Kernels whose SYNC_CORE falls short on this arch (x86
		 * without commit 758c9373d841; arch/x86_64/arch.h). */
		if (!lazymb_arch_sync_core_kernel_ok(lazymb__kernel_version())) {
			snprintf(why, len, "kernel %d.%d.%d: SYNC_CORE does not serialize remote "
				 "x86 CPUs before 5.10 / 5.9.16 / 5.4.85 (commit 758c9373d841)",
				 lazymb__kernel_version() >> 16,
				 (lazymb__kernel_version() >> 8) & 0xff,
				 lazymb__kernel_version() & 0xff);
			return -EINVAL;
		}
		sync_cmd = LAZYMB_MEMBARRIER_CMD_PRIVATE_EXPEDITED_SYNC_CORE;
		snprintf(why, len, "membarrier PRIVATE_EXPEDITED_SYNC_CORE registered%s",
			 (lazymb__late_registrations() &
			  LAZYMB_MEMBARRIER_CMD_REGISTER_PRIVATE_EXPEDITED_SYNC_CORE) ?
				 " (late)" : "");
		return 0;
	}
	/* Where PRIVATE_EXPEDITED already serves as sync_core (powerpc
	 * without SYNC_CORE, before 5.9; arch/powerpc64/arch.h). */
	if (LAZYMB_ARCH_EXPEDITED_SYNCS_CORE && r == -EINVAL &&
	    membarrier_fence_valid(why, len) == 0) {
		sync_cmd = LAZYMB_MEMBARRIER_CMD_PRIVATE_EXPEDITED;
		snprintf(why, len, "membarrier PRIVATE_EXPEDITED (powerpc: return to user is "
			 "context synchronizing; no SYNC_CORE before 5.9)");
		return 0;
	}
	snprintf(why, len, "membarrier PRIVATE_EXPEDITED_SYNC_CORE: %s", strerror(-r));
	return r;
}

static int signal_valid(int for_sync, char *why, size_t len)
{
	int r;

	if (for_sync && !LAZYMB_ARCH_HAS_SERIALIZE) {
		snprintf(why, len, "signal: no serializing instruction known for %s",
			 LAZYMB_ARCH_NAME);
		return -EINVAL;
	}
	r = lazymb__signal_setup();
	if (r) {
		snprintf(why, len, "signal: %s", lazymb__signal_setup_reason());
		return r;
	}
	snprintf(why, len, "signal %d to every thread, handler fences%s",
		 lazymb__signal_number(), for_sync ? " and serializes" : "");
	return 0;
}

static int mprotect_valid(char *why, size_t len)
{
	unsigned int f = lazymb__cpu_features();
	long pg;
	void *p;

	if (!LAZYMB_ARCH_MPROTECT_IPI) {
		snprintf(why, len, "mprotect: TLB invalidation on %s is a hardware broadcast, "
			 "not an IPI", LAZYMB_ARCH_NAME);
		return -EINVAL;
	}
	if (f & LAZYMB_CPU_INVLPGB) {
		snprintf(why, len, "mprotect: the CPU has INVLPGB: the kernel (6.15+) may "
			 "flush TLBs by broadcast, without IPIs");
		return -EINVAL;
	}
	if (f & LAZYMB_CPU_HV_HYPERV) {
		snprintf(why, len, "mprotect: Hyper-V guest: remote TLB flushes are hypercalls, "
			 "not IPIs");
		return -EINVAL;
	}
	if ((f & LAZYMB_CPU_HYPERVISOR) && !(f & LAZYMB_CPU_HV_KVM)) {
		snprintf(why, len, "mprotect: unknown hypervisor: its TLB flush may not "
			 "interrupt running vCPUs");
		return -EINVAL;
	}
	if (mp_page) {
		snprintf(why, len, "mprotect: TLB-shootdown IPIs (ordering only)");
		return 0;
	}
	pg = sysconf(_SC_PAGESIZE);
	p = mmap(NULL, (size_t)pg, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	if (p == MAP_FAILED) {
		int e = -errno;

		snprintf(why, len, "mprotect: mmap: %s", strerror(-e));
		return e;
	}
	/* The page must stay present: an absent PTE needs no flush, and then
	 * no IPI would be sent. */
	if (mlock(p, (size_t)pg) != 0) {
		int e = -errno;

		munmap(p, (size_t)pg);
		snprintf(why, len, "mprotect: mlock of the IPI page failed (%s): a page "
			 "that can be swapped out may not be flushed", strerror(-e));
		return e;
	}
	mp_page = p;
	mp_size = (size_t)pg;
	snprintf(why, len, "mprotect: TLB-shootdown IPIs (ordering only)");
	return 0;
}

static int global_valid(char *why, size_t len)
{
	int q = lazymb_membarrier_query();

	if (q < 0) {
		snprintf(why, len, "global: membarrier: %s", strerror(-q));
		return q;
	}
	if (!(q & LAZYMB_MEMBARRIER_CMD_GLOBAL)) {
		snprintf(why, len, "global: MEMBARRIER_CMD_GLOBAL not offered (nohz_full?)");
		return -EINVAL;
	}
	snprintf(why, len, "membarrier GLOBAL (milliseconds per fence)");
	return 0;
}

/*
 * The sched strategy (lib/visit.c): valid where the helpers' CPUs cover
 * every thread of the process. Its fallback is set up first, so that the
 * helpers, started after it, leave the round's signal unblocked.
 */
static int sched_valid(char *why, size_t len)
{
	char fb[LAZYMB_REASON_MAX];
	size_t n;
	int r;

	if (signal_valid(0, fb, sizeof(fb)) == 0)
		sched_fallback = LAZYMB_STRATEGY_SIGNAL;
	else if (global_valid(fb, sizeof(fb)) == 0)
		sched_fallback = LAZYMB_STRATEGY_GLOBAL;
	else
		sched_fallback = LAZYMB_STRATEGY_NONE;
	r = lazymb__visit_setup(why, len);
	if (r)
		return r;
	n = strlen(why);
	if (n < len)
		snprintf(why + n, len - n, "; fallback %s",
			 sched_fallback == LAZYMB_STRATEGY_NONE ? "none, waits" :
			 lazymb_strategy_name(sched_fallback));
	return 0;
}

static int fence_valid(enum lazymb_strategy s, char *why, size_t len)
{
	switch (s) {
	case LAZYMB_STRATEGY_MEMBARRIER: return membarrier_fence_valid(why, len);
	case LAZYMB_STRATEGY_SIGNAL:     return signal_valid(0, why, len);
	case LAZYMB_STRATEGY_MPROTECT:   return mprotect_valid(why, len);
	case LAZYMB_STRATEGY_GLOBAL:     return global_valid(why, len);
	case LAZYMB_STRATEGY_SCHED:      return sched_valid(why, len);
	default:
		snprintf(why, len, "not a strategy");
		return -EINVAL;
	}
}

static int sync_valid(enum lazymb_strategy s, char *why, size_t len)
{
	switch (s) {
	case LAZYMB_STRATEGY_MEMBARRIER: return membarrier_sync_valid(why, len);
	case LAZYMB_STRATEGY_SIGNAL:     return signal_valid(1, why, len);
	case LAZYMB_STRATEGY_MPROTECT:
		snprintf(why, len, "mprotect cannot serve sync_core: interrupt delivery is not "
			 "serializing, and a rescheduled thread may return to user space "
			 "through SYSRET (758c9373d841)");
		return -EINVAL;
	case LAZYMB_STRATEGY_GLOBAL:
		snprintf(why, len, "global cannot serve sync_core: it promises ordering only");
		return -EINVAL;
	case LAZYMB_STRATEGY_SCHED:
		snprintf(why, len, "sched cannot serve sync_core: a switch to a thread of the "
			 "same mm writes no CR3 and may return through SYSRET (not serializing)");
		return -EINVAL;
	default:
		snprintf(why, len, "not a strategy");
		return -EINVAL;
	}
}

/*
 * Choose for one operation: the forced strategy (API, then environment) or
 * the best valid one. Returns 0, or the error with *@reason saying why.
 *
 * A value of @env_name that names no strategy is reported on stderr
 * (init_locked() runs once per process, so once) and makes this return
 * -EINVAL; what it does stays inside this operation. The heavy fence cannot
 * return an error, so it ignores the value and chooses as if it were unset
 * (*@out is that choice); sync_core gets no strategy, which
 * lazymb_sync_core_available() reports. A valid name whose strategy is
 * refused here is never replaced (*@out is NONE).
 */
static int choose(int for_sync, enum lazymb_strategy forced, const char *env_name,
		  enum lazymb_strategy *out, char *reason, size_t len)
{
	/* sched after signal for now: on a loaded machine a visit costs one
	 * scheduling latency per CPU, more than a small process's signal
	 * round (doc/PERFORMANCE.md); before mprotect, whose guarantee rests
	 * on TLB behaviour that is not ABI (doc/guarantees.md 2.2). sync_valid()
	 * refuses sched and mprotect. */
	static const enum lazymb_strategy order[] = {
		LAZYMB_STRATEGY_MEMBARRIER, LAZYMB_STRATEGY_SIGNAL, LAZYMB_STRATEGY_SCHED,
		LAZYMB_STRATEGY_MPROTECT, LAZYMB_STRATEGY_GLOBAL,
	};
	const char *names[16];
	char why[LAZYMB_REASON_MAX], first[LAZYMB_REASON_MAX] = "", bad[LAZYMB_REASON_MAX] = "";
	int (*valid)(enum lazymb_strategy, char *, size_t) = for_sync ? sync_valid : fence_valid;
	int r, first_err = -ENOSYS;
	size_t i, n = 0;

	*out = LAZYMB_STRATEGY_NONE;
	if (forced == LAZYMB_STRATEGY_NONE) {
		enum lazymb_strategy s;

		/* The names the variable accepts: every strategy that
		 * strategy_from_name() knows, so the message lists a strategy
		 * as soon as it is added there. */
		for (s = LAZYMB_STRATEGY_NONE + 1; lazymb_strategy_name(s) &&
		     n < sizeof(names) / sizeof(names[0]); s = (enum lazymb_strategy)(s + 1))
			if (strategy_from_name(lazymb_strategy_name(s), &forced) == 0)
				names[n++] = lazymb_strategy_name(s);
		forced = LAZYMB_STRATEGY_NONE;
		r = lazymb__env_enum(env_name, names, n);
		if (r >= 0) {
			strategy_from_name(names[r], &forced);
		} else if (r == -EINVAL) {
			say(bad, sizeof(bad), "%s=%s is not a strategy name", env_name,
			    lazymb__getenv(env_name));
			if (for_sync) {
				say(reason, len, "%s", bad);
				return -EINVAL;
			}
		}
	}
	if (forced != LAZYMB_STRATEGY_NONE) {
		r = valid(forced, why, sizeof(why));
		if (r == 0) {
			*out = forced;
			say(reason, len, "forced: %s", why);
			return 0;
		}
		/* Never silently replaced by another strategy. */
		say(reason, len, "forced %s refused: %s", lazymb_strategy_name(forced), why);
		return -EINVAL;
	}
	for (i = 0; i < sizeof(order) / sizeof(order[0]); i++) {
		r = valid(order[i], why, sizeof(why));
		if (r == 0) {
			*out = order[i];
			if (first[0])
				say(reason, len, "%s%s%s; because %s", bad, bad[0] ? ", ignored: " : "",
				    why, first);
			else
				say(reason, len, "%s%s%s", bad, bad[0] ? ", ignored: " : "", why);
			return bad[0] ? -EINVAL : 0;
		}
		if (!first[0]) {
			say(first, sizeof(first), "%s", why);
			first_err = r;
		}
	}
	say(reason, len, "%s%sno valid strategy: %s", bad, bad[0] ? ", ignored: " : "", first);
	return first_err == -EINVAL ? -ENOSYS : first_err;
}

static void after_fork_child(void);

static void init_locked(void)
{
	int r;

	r = choose(0, want_fence, "LAZYMB_FENCE", &fence_strategy, fence_reason,
		   sizeof(fence_reason));
	init_error = r;
	r = choose(1, want_sync, "LAZYMB_SYNC_CORE", &sync_strategy, sync_reason,
		   sizeof(sync_reason));
	sync_error = r;
	/* An invalid override, or a bad value of a variable read below
	 * lazymb_init() (LAZYMB_REGISTER, by the membarrier constructor), fails
	 * init as a whole; each operation still has what it chose above. */
	if (r == -EINVAL && init_error == 0)
		init_error = -EINVAL;
	if (init_error == 0)
		init_error = lazymb__register_env_error();
	pthread_atfork(NULL, NULL, after_fork_child);
}

int lazymb_init(void)
{
	/* Acquire: pairs with the release below; the fields are final. */
	if (LAZYMB_LIKELY(atomic_load_explicit(&init_done, memory_order_acquire)))
		return init_error;
	pthread_mutex_lock(&init_lock);
	if (!atomic_load_explicit(&init_done, memory_order_relaxed)) {
		init_locked();
		/* Release: the strategy fields above before the flag; pairs
		 * with the acquire fast path at the top. */
		atomic_store_explicit(&init_done, 1, memory_order_release);
	}
	pthread_mutex_unlock(&init_lock);
	return init_error;
}

int lazymb_sync_core_available(void)
{
	lazymb_init();
	return sync_error;
}

int lazymb_set_strategy(enum lazymb_op op, enum lazymb_strategy s)
{
	char why[LAZYMB_REASON_MAX];
	int r = 0;

	if (op != LAZYMB_OP_FENCE && op != LAZYMB_OP_SYNC_CORE)
		return -EINVAL;
	if (s != LAZYMB_STRATEGY_NONE && !lazymb_strategy_name(s))
		return -EINVAL;
	pthread_mutex_lock(&init_lock);
	if (atomic_load_explicit(&init_done, memory_order_relaxed)) {
		r = -EBUSY;
	} else if (s != LAZYMB_STRATEGY_NONE) {
		r = op == LAZYMB_OP_FENCE ? fence_valid(s, why, sizeof(why)) :
					    sync_valid(s, why, sizeof(why));
		if (r)
			r = -EINVAL;
	}
	if (r == 0) {
		if (op == LAZYMB_OP_FENCE)
			want_fence = s;
		else
			want_sync = s;
	}
	pthread_mutex_unlock(&init_lock);
	return r;
}

/* ---- combining ---------------------------------------------------------- */

/*
 * Sequence-number combining. started counts fences begun, done fences
 * finished; both change only under lock, so fences finish in order. A
 * caller that read started == s needs fence s + 1 (the first to begin after
 * its arrival) to have finished: it waits on the lock, and whoever holds it
 * next either finds done > s or issues that fence itself.
 */
struct combiner {
	pthread_mutex_t lock;
	_Atomic uint64_t started, done;
	/* Written only under lock (plain load+store, no locked RMW); read
	 * by lazymb_get_stats() without it. */
	_Atomic unsigned long long ns_total, ns_max;
};

static struct combiner fence_comb = { .lock = PTHREAD_MUTEX_INITIALIZER };
static struct combiner sync_comb = { .lock = PTHREAD_MUTEX_INITIALIZER };

static void after_fork_child(void)
{
	/* Another parent thread may have held these at fork(). */
	pthread_mutex_init(&fence_comb.lock, NULL);
	pthread_mutex_init(&sync_comb.lock, NULL);
}

/* Called with @c's lock held. */
static void account(struct combiner *c, uint64_t t0)
{
	unsigned long long ns = lazymb__now_ns() - t0;

	atomic_store_explicit(&c->ns_total,
			      atomic_load_explicit(&c->ns_total, memory_order_relaxed) + ns,
			      memory_order_relaxed);
	if (ns > atomic_load_explicit(&c->ns_max, memory_order_relaxed))
		atomic_store_explicit(&c->ns_max, ns, memory_order_relaxed);
}

/* Returns 0 after a fence that began after the call, or -EBUSY if @try and
 * another caller holds the lock. */
static int combine(struct combiner *c, void (*issue)(void), int try)
{
	uint64_t s, n, t0;

	/* Uncontended: nobody is in flight, so the fence we issue is the
	 * first to begin after our arrival; no sequence check is needed. */
	if (pthread_mutex_trylock(&c->lock) == 0)
		goto issue;
	/* Orders the caller's earlier accesses before its read of started:
	 * a fence numbered above s begins after this point. Pairs with the
	 * full fence the issuer passes between its store to started and the
	 * fence it issues. */
	lazymb_arch_mb();
	s = atomic_load_explicit(&c->started, memory_order_relaxed);
	if (try) {
		/* Acquire: pairs with the release of done. */
		if (atomic_load_explicit(&c->done, memory_order_acquire) > s)
			goto shared;
		return -EBUSY;
	}
	if (pthread_mutex_lock(&c->lock) != 0)
		lazymb__die("fence lock");
	if (atomic_load_explicit(&c->done, memory_order_relaxed) > s) {
		pthread_mutex_unlock(&c->lock);
		goto shared;
	}
issue:
	n = atomic_load_explicit(&c->started, memory_order_relaxed) + 1;
	atomic_store_explicit(&c->started, n, memory_order_relaxed);
	/* Orders the store to started before the fence issued below, which a
	 * caller that read the old value relies on; pairs with the fence
	 * before that read. (The lock's atomic operation already is a full
	 * fence on x86; this one is for the weaker arches and for clarity.) */
	lazymb_arch_mb();
	t0 = lazymb__now_ns();
	issue();
	account(c, t0);
	/* Release: the finished fence is visible to callers that see done. */
	atomic_store_explicit(&c->done, n, memory_order_release);
	pthread_mutex_unlock(&c->lock);
	return 0;
shared:
	/* Orders the shared fence (acquired through done or the lock) before
	 * the caller's later accesses. */
	lazymb_arch_mb();
	return 0;
}

/* ---- the strategies ----------------------------------------------------- */

static void die_round(const char *what, int r)
{
	char who[LAZYMB_REASON_MAX];

	lazymb__signal_stuck(who, sizeof(who));
	lazymb__die("%s: signal round failed: %s%s%s", what, lazymb_strerror(r),
		    who[0] ? ": " : "", who);
}

static void issue_membarrier_fence(void)
{
	int r = lazymb_membarrier(LAZYMB_MEMBARRIER_CMD_PRIVATE_EXPEDITED, 0, 0);

	if (LAZYMB_UNLIKELY(r < 0))
		lazymb__die("membarrier PRIVATE_EXPEDITED failed after it was validated: %s",
			    lazymb_strerror(r));
}

static void issue_signal_fence(void)
{
	int r = lazymb__signal_round(LAZYMB__ROUND_FENCE, NULL, 0, NULL);

	if (LAZYMB_UNLIKELY(r < 0))
		die_round("lazymb_fence_heavy", r);
}

/*
 * Downgrading a present, writable PTE makes the kernel flush the TLB of
 * every CPU currently running this mm, by IPI on the x86 paths allowed in
 * mprotect_valid(). The IPI handler passes serializing and locked
 * instructions, a full fence on that CPU, and mprotect() returns only after
 * every target acknowledged. CPUs the flush skips are not running this
 * mm's user code (lazy or switched out) and pass switch_mm's barriers
 * before they do again (doc/guarantees.md, sections 1 and 2).
 */
static void issue_mprotect_fence(void)
{
	/* Dirty the page so the downgrade has a writable PTE to change. */
	*(volatile char *)mp_page = 1;
	if (mprotect(mp_page, mp_size, PROT_READ) != 0 ||
	    mprotect(mp_page, mp_size, PROT_READ | PROT_WRITE) != 0)
		lazymb__die("mprotect fence: %s", strerror(errno));
	atomic_fetch_add_explicit(&st_mp_rounds, 1, memory_order_relaxed);
}

static void issue_global_fence(void)
{
	int r = lazymb_membarrier(LAZYMB_MEMBARRIER_CMD_GLOBAL, 0, 0);

	if (LAZYMB_UNLIKELY(r < 0))
		lazymb__die("membarrier GLOBAL failed after it was validated: %s",
			    lazymb_strerror(r));
	atomic_fetch_add_explicit(&st_global_rounds, 1, memory_order_relaxed);
}

/* How long a visit may wait for one CPU before this fence falls back, and
 * how long later fences then skip visits (a real-time thread holding a
 * CPU would cost every fence the whole wait). */
#define SCHED_VISIT_TIMEOUT_NS (50 * 1000000ull)
#define SCHED_BACKOFF_NS       (1000 * 1000000ull)
#define SCHED_GIVE_UP_NS       (10000 * 1000000ull)

/* Called under fence_comb.lock. */
static void issue_sched_fence(void)
{
	uint64_t t0 = lazymb__now_ns();
	int r, cpu = -1, again = 0;

	for (;;) {
		if (sched_fallback != LAZYMB_STRATEGY_NONE && t0 < sched_retry_at)
			break;
		r = lazymb__visit(SCHED_VISIT_TIMEOUT_NS, &cpu);
		if (r == 0)
			return;
		/* A CPU that went offline or left the cpuset mid-visit: the
		 * next visit reads the set again. */
		if (r == -EAGAIN && ++again < 3)
			continue;
		if (r == -ETIMEDOUT)
			sched_retry_at = lazymb__now_ns() + SCHED_BACKOFF_NS;
		if (sched_fallback != LAZYMB_STRATEGY_NONE)
			break;
		if (lazymb__now_ns() - t0 > SCHED_GIVE_UP_NS)
			lazymb__die("lazymb_fence_heavy: sched: CPU %d not visited in 10 s (%s; "
				    "a real-time thread may hold it) and no fallback here",
				    cpu, lazymb_strerror(r));
	}
	/* The visit gave no guarantee: this fence is the fallback's. */
	if (sched_fallback == LAZYMB_STRATEGY_SIGNAL)
		issue_signal_fence();
	else
		issue_global_fence();
}

static void issue_fence(void)
{
	switch (fence_strategy) {
	case LAZYMB_STRATEGY_MEMBARRIER: issue_membarrier_fence(); break;
	case LAZYMB_STRATEGY_SIGNAL:     issue_signal_fence(); break;
	case LAZYMB_STRATEGY_MPROTECT:   issue_mprotect_fence(); break;
	case LAZYMB_STRATEGY_GLOBAL:     issue_global_fence(); break;
	case LAZYMB_STRATEGY_SCHED:      issue_sched_fence(); break;
	default: lazymb__die("lazymb_fence_heavy: no strategy");
	}
}

static void issue_sync(void)
{
	int r;

	switch (sync_strategy) {
	case LAZYMB_STRATEGY_MEMBARRIER:
		r = lazymb_membarrier(sync_cmd, 0, 0);
		if (LAZYMB_UNLIKELY(r < 0))
			lazymb__die("membarrier %s failed after it was validated: %s",
				    lazymb_membarrier_cmd_name(sync_cmd), lazymb_strerror(r));
		break;
	case LAZYMB_STRATEGY_SIGNAL:
		r = lazymb__signal_round(LAZYMB__ROUND_SYNC_CORE, NULL, 0, NULL);
		if (LAZYMB_UNLIKELY(r < 0))
			die_round("lazymb_sync_core", r);
		break;
	default:
		lazymb__die("lazymb_sync_core: no strategy");
	}
}

/*
 * Only the fence's own strategy decides: lazymb_init() also fails for a bad
 * environment value that the fence ignored, a refused sync_core override or
 * a bad LAZYMB_REGISTER, none of which may stop heavy fences (lazymb(7),
 * ENVIRONMENT). The fields are final once lazymb_init() returned (its
 * acquire load of init_done).
 */
static void ensure_fence(void)
{
	lazymb_init();
	if (LAZYMB_UNLIKELY(fence_strategy == LAZYMB_STRATEGY_NONE))
		lazymb__die("lazymb_fence_heavy: no valid strategy here: %s", fence_reason);
}

void lazymb_fence_heavy(void)
{
	atomic_fetch_add_explicit(&st_heavy_req, 1, memory_order_relaxed);
	ensure_fence();
	combine(&fence_comb, issue_fence, 0);
}

int lazymb_try_fence_heavy(void)
{
	atomic_fetch_add_explicit(&st_heavy_req, 1, memory_order_relaxed);
	ensure_fence();
	return combine(&fence_comb, issue_fence, 1);
}

void lazymb_sync_core(void)
{
	atomic_fetch_add_explicit(&st_sync_req, 1, memory_order_relaxed);
	/* Only sync_core's own choice decides (see ensure_fence()). */
	lazymb_init();
	if (LAZYMB_UNLIKELY(sync_error != 0 || sync_strategy == LAZYMB_STRATEGY_NONE))
		lazymb__die("lazymb_sync_core: no valid strategy here: %s", sync_reason);
	combine(&sync_comb, issue_sync, 0);
	/* The caller serializes itself whether or not it shared the round:
	 * before 5.10 the kernel did not (commit e45cdc71d1fa). */
	lazymb_arch_serialize();
}

int lazymb_fence_heavy_cpu(int cpu)
{
	int r;

	/* The kernel answers 0 for a CPU it does not have: refuse it here. */
	if (cpu < 0 || cpu >= get_nprocs_conf())
		return -EINVAL;
	r = lazymb_membarrier_register(LAZYMB_MEMBARRIER_CMD_REGISTER_PRIVATE_EXPEDITED_RSEQ);
	if (r < 0)
		return r == -EINVAL || r == -EPERM || r == -ENOSYS ? -ENOSYS : r;
	r = lazymb_membarrier(LAZYMB_MEMBARRIER_CMD_PRIVATE_EXPEDITED_RSEQ,
			      LAZYMB_MEMBARRIER_CMD_FLAG_CPU, cpu);
	return r < 0 ? r : 0;
}

int lazymb_get_stats(struct lazymb_stats *st)
{
	if (!st)
		return -EINVAL;
	memset(st, 0, sizeof(*st));
	st->heavy_requested = atomic_load_explicit(&st_heavy_req, memory_order_relaxed);
	/* done counts the fences each combiner finished. */
	st->heavy_issued = atomic_load_explicit(&fence_comb.done, memory_order_relaxed);
	st->sync_core_requested = atomic_load_explicit(&st_sync_req, memory_order_relaxed);
	st->sync_core_issued = atomic_load_explicit(&sync_comb.done, memory_order_relaxed);
	st->registrations = lazymb__registration_syscalls();
	st->fallback_rounds = lazymb__signal_rounds() +
			      atomic_load_explicit(&st_mp_rounds, memory_order_relaxed) +
			      atomic_load_explicit(&st_global_rounds, memory_order_relaxed) +
			      lazymb__visits();
	st->heavy_ns_total = atomic_load_explicit(&fence_comb.ns_total, memory_order_relaxed) +
			     atomic_load_explicit(&sync_comb.ns_total, memory_order_relaxed);
	st->heavy_ns_max = atomic_load_explicit(&fence_comb.ns_max, memory_order_relaxed);
	if (atomic_load_explicit(&sync_comb.ns_max, memory_order_relaxed) > st->heavy_ns_max)
		st->heavy_ns_max = atomic_load_explicit(&sync_comb.ns_max, memory_order_relaxed);
	return 0;
}

/*
 * What lazymb_fence_heavy_cpu() answers about registration, told without
 * registering: a report must not change the process's state, and with
 * LAZYMB_REGISTER=lazy the first lazymb_fence_heavy_cpu() registers RSEQ
 * itself. Registered (by the constructor or by us), or asked for by
 * another library (GET_REGISTRATIONS shows the RSEQ bit only after a
 * REGISTER_PRIVATE_EXPEDITED_RSEQ, which our own REGISTER then repeats at
 * once) -> 0; a cached REGISTER failure -> that errno, mapped
 * as lazymb_fence_heavy_cpu() maps it; otherwise QUERY decides (a command
 * QUERY offers registers on first use). Kernels 5.10-5.16 without the 5.17
 * fix leave RSEQ out of QUERY (see lazymb_register_early()): there, and
 * with lazy registration only, this says -ENOSYS for a command that would
 * register.
 */
static int fence_heavy_cpu_status(void)
{
	const int reg = LAZYMB_MEMBARRIER_CMD_REGISTER_PRIVATE_EXPEDITED_RSEQ;
	int r, q;

	if (lazymb_membarrier_registrations() & reg)
		return 0;
	r = lazymb__register_error(reg);
	if (r < 0)
		return r == -EINVAL || r == -EPERM || r == -ENOSYS ? -ENOSYS : r;
	q = lazymb_membarrier_query();
	return q >= 0 && (q & LAZYMB_MEMBARRIER_CMD_PRIVATE_EXPEDITED_RSEQ) ? 0 : -ENOSYS;
}

void lazymb__fence_fill_caps(struct lazymb_caps *caps)
{
	caps->init_error = lazymb_init();
	caps->initialized = 1;
	caps->fence = fence_strategy;
	memcpy(caps->fence_reason, fence_reason, sizeof(caps->fence_reason));
	caps->sync_core = sync_strategy;
	memcpy(caps->sync_core_reason, sync_reason, sizeof(caps->sync_core_reason));
	caps->sync_core_error = sync_error;
	caps->signal_number = lazymb__signal_number();
	caps->fence_heavy_cpu = fence_heavy_cpu_status();
}
