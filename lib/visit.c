// SPDX-License-Identifier: LGPL-2.1-or-later
// SPDX-FileCopyrightText: 2026 The lazymb authors

/*
 * CPU visits: the heavy fence of the "sched" strategy, with no signal.
 *
 * One helper thread per CPU of the set, pinned there, asleep on the futex
 * word go.gen. A visit:
 *
 *   caller                                  helper pinned to CPU c
 *   F1 (full fence)
 *   set = the sentinel's CPUs (below)
 *   go.gen += 1, FUTEX_WAKE (seq_cst)  -->  g = go.gen (acquire)
 *                                           seen = sched_getcpu()   (= c: H_c)
 *   wait until every helper acked g    <--  ack = g (release), wake the caller
 *     (acquire loads of ack)
 *   F3 (full fence)
 *
 * Why it is a heavy fence (doc/guarantees.md, section 2.2, "sched"): CPU c
 * runs one task at a time, and every switch there happens under c's
 * runqueue lock with smp_mb__after_spinlock() (__schedule()). A thread T
 * of ours ran on c in stretches, each begun and ended by such a switch, and
 * none overlaps the helper's stretch that contains H_c. A stretch of T that
 * ended before it ended with a full barrier ordered, through c's lock, before
 * H_c, hence before the ack and F3; one that began after it began with a
 * full barrier ordered after H_c, hence after F1. If every CPU T may run on
 * is visited, every light fence of T falls on one side of the visit.
 *
 * The set: a sentinel thread asks for every CPU (sched_setaffinity with
 * all bits set) at each visit, and the kernel intersects that with the
 * cpuset (cpuset_cpus_allowed(), under callback_lock, reads the effective
 * CPUs, which an update writes before it widens any task's mask). That
 * covers every thread of the process if the set holds every online CPU,
 * or if no thread can be in another cpuset (cgroup v2, a "domain" cgroup:
 * threads move only inside a threaded subtree). Otherwise (a restricted
 * cgroup-v1 cpuset, a threaded subtree) a thread moved alone may run
 * elsewhere: refused (setup) or -EPERM (visit).
 *
 * The helpers block every signal but the library's round signal (so the
 * signal rounds and lazymb_code_quiesce() are not held up by them) and
 * the synchronous fault signals: they run none of the program's code, and
 * must not take a process-directed signal meant for a thread that does.
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <pthread.h>
#include <sched.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/syscall.h>
#include <sys/sysinfo.h>
#include <unistd.h>

#include <lazymb/lazymb.h>

#include "arch/arch.h"
#include "lib/signal_round.h"
#include "lib/visit.h"

struct helper {
	pthread_t th;
	int started;           /* under vlock: this process created it */
	_Atomic int tid;       /* set by the helper once it runs */
	_Atomic uint32_t ack;  /* the last go.gen it ran for */
	_Atomic int seen;      /* the CPU it found itself on then */
};

static pthread_mutex_t vlock = PTHREAD_MUTEX_INITIALIZER;
static pthread_once_t once = PTHREAD_ONCE_INIT;
static int setup_error;
static char setup_reason[LAZYMB_REASON_MAX];

static int nbits;                   /* CPU numbers 0..nbits-1 */
static size_t setsize;              /* CPU_ALLOC_SIZE(nbits) */
static cpu_set_t *all, *cur, *last, *online; /* last: the set visited */
static struct helper *helpers;      /* nbits entries, by CPU number */
static int *vis, nvis;              /* the CPUs of last, in order */
static int split_cgroups;           /* threads may sit in other cpusets */
static int covers;                  /* the last set covers every thread */
static int skip_cpu = -1;           /* test only: LAZYMB_TEST_VISIT_SKIP_CPU */
static int sentinel_started;        /* under vlock */
static _Atomic int sentinel_tid;
static _Atomic uint32_t sentinel_word;

static struct lazymb__wait go;      /* the caller wakes the helpers */
static struct lazymb__wait acked;   /* each helper wakes the caller */
static _Atomic unsigned long long n_visits, n_failures;

/* ---- the threads ---------------------------------------------------------- */

static void *helper_main(void *arg)
{
	struct helper *h = arg;

	atomic_store_explicit(&h->tid, lazymb__gettid(), memory_order_relaxed);
	for (;;) {
		/* Acquire: pairs with the caller's seq_cst increment of go.gen,
		 * which follows its F1; what comes below (H_c) follows F1. */
		uint32_t g = lazymb__wait_gen(&go);

		if (g == atomic_load_explicit(&h->ack, memory_order_relaxed)) {
			lazymb__wait_sleep(&go, g, 0);
			continue;
		}
		atomic_store_explicit(&h->seen, sched_getcpu(), memory_order_relaxed);
		/* Release: this run on the CPU (and seen) before the caller's
		 * acquire load of ack, which precedes its F3. */
		atomic_store_explicit(&h->ack, g, memory_order_release);
		lazymb__wait_wake(&acked);
	}
	return NULL;
}

static void *sentinel_main(void *arg)
{
	(void)arg;
	atomic_store_explicit(&sentinel_tid, lazymb__gettid(), memory_order_release);
	for (;;)
		lazymb__futex_wait(&sentinel_word, 0, 0);
	return NULL;
}

/* Start a thread with every signal blocked but the round's and the fault
 * signals, pinned to @cpu if >= 0. 0 or a positive errno. */
static int start_thread(pthread_t *th, void *(*fn)(void *), void *arg, int cpu)
{
	sigset_t block, old;
	pthread_attr_t attr;
	cpu_set_t *one = NULL;
	int s = lazymb__signal_number(), r;

	sigfillset(&block);
	if (s > 0)
		sigdelset(&block, s);
	sigdelset(&block, SIGSEGV);
	sigdelset(&block, SIGBUS);
	sigdelset(&block, SIGILL);
	sigdelset(&block, SIGFPE);
	pthread_attr_init(&attr);
	pthread_attr_setstacksize(&attr, 64 * 1024);
	pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED);
	if (cpu >= 0) {
		one = CPU_ALLOC(nbits);
		if (!one) {
			pthread_attr_destroy(&attr);
			return ENOMEM;
		}
		CPU_ZERO_S(setsize, one);
		CPU_SET_S((size_t)cpu, setsize, one);
		pthread_attr_setaffinity_np(&attr, setsize, one);
	}
	/* The new thread inherits the mask: it never runs with the program's. */
	pthread_sigmask(SIG_SETMASK, &block, &old);
	r = pthread_create(th, &attr, fn, arg);
	pthread_sigmask(SIG_SETMASK, &old, NULL);
	pthread_attr_destroy(&attr);
	CPU_FREE(one);
	return r;
}

/* ---- the set -------------------------------------------------------------- */

/* Parse the online CPU list ("0-3,8") into @set, through a descriptor kept
 * open (pread at 0 makes sysfs print it again). 0 or -errno. */
static int read_online(cpu_set_t *set)
{
	static int fd = -1;
	char buf[4096], *p, *end;
	ssize_t n;

	if (fd < 0)
		fd = open("/sys/devices/system/cpu/online", O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		return -errno;
	n = pread(fd, buf, sizeof(buf) - 1, 0);
	if (n <= 0)
		return -EIO;
	buf[n] = 0;
	CPU_ZERO_S(setsize, set);
	for (p = buf; *p && *p != '\n';) {
		long a = strtol(p, &end, 10), b = a;

		if (end == p)
			return -EIO;
		if (*end == '-')
			b = strtol(end + 1, &end, 10);
		for (long c = a; c <= b && c < nbits; c++)
			CPU_SET_S((size_t)c, setsize, set);
		p = *end == ',' ? end + 1 : end;
	}
	return 0;
}

/*
 * May a thread of this process sit in another cpuset than the helpers? Yes
 * under a cgroup-v1 cpuset hierarchy (per-thread tasks files), and in
 * cgroup v2 unless our cgroup's type is "domain" (a thread moves alone only
 * inside a threaded subtree; the root may be a threaded domain).
 */
static int cgroups_may_split(void)
{
	char line[4096], path[4200], type[32] = "";
	FILE *f = fopen("/proc/self/cgroup", "re");
	int split = 0, v2 = 0;

	if (!f)
		return 1;
	while (fgets(line, sizeof(line), f)) {
		char *c1 = strchr(line, ':'), *c2 = c1 ? strchr(c1 + 1, ':') : NULL;

		if (!c2)
			continue;
		*c2 = 0;
		c2[1 + strcspn(c2 + 1, "\n")] = 0;
		if (strncmp(line, "0:", 2) == 0 && c1[1] == 0) {
			v2 = 1;
			snprintf(path, sizeof(path), "/sys/fs/cgroup%s/cgroup.type",
				 strcmp(c2 + 1, "/") == 0 ? "" : c2 + 1);
		} else {
			/* A v1 hierarchy: "N:ctrl,ctrl:/path". */
			for (char *t = strtok(c1 + 1, ","); t; t = strtok(NULL, ","))
				if (strcmp(t, "cpuset") == 0)
					split = 1;
		}
	}
	fclose(f);
	if (!split && v2) {
		FILE *t = fopen(path, "re");

		if (!t || !fgets(type, sizeof(type), t) || strcmp(type, "domain\n") != 0)
			split = 1;
		if (t)
			fclose(t);
	}
	return split;
}

/*
 * Under vlock, after F1: the set to visit, into @last. The sentinel asks
 * for every CPU and gets its cpuset's; the online list is read too, both
 * after F1:
 * - a CPU not yet online when read can run our threads only later: its
 *   onlining (a store followed by full barriers before any task switches
 *   in there) and our F1-then-read form a store-buffering pair, so a
 *   thread switched in there sees what preceded F1;
 * - an offline CPU runs no thread: every thread that ran there was moved
 *   off through __schedule() before the CPU left the online mask
 *   (kernel/cpu.c: sched_cpu_wait_empty() precedes take_cpu_down());
 * - the set covers every thread if it holds every online CPU, or if no
 *   thread can be in another cpuset (!split_cgroups).
 * Starts helpers for CPUs new to the set. 0 or -errno.
 */
static int refresh(void)
{
	int tid = atomic_load_explicit(&sentinel_tid, memory_order_acquire);
	uint32_t g = lazymb__wait_gen(&go);
	int r;

	if (syscall(SYS_sched_setaffinity, tid, setsize, all) != 0 ||
	    syscall(SYS_sched_getaffinity, tid, setsize, cur) < 0)
		return -errno;
	if (read_online(online) == 0) {
		CPU_AND_S(setsize, cur, cur, online);
		covers = CPU_EQUAL_S(setsize, cur, online) || !split_cgroups;
	} else {
		/* Without the online list only the cgroup rule can decide. */
		covers = !split_cgroups;
	}
	if (CPU_EQUAL_S(setsize, cur, last))
		return 0;
	memcpy(last, cur, setsize);
	nvis = 0;
	for (int c = 0; c < nbits; c++)
		if (CPU_ISSET_S((size_t)c, setsize, cur) && c != skip_cpu)
			vis[nvis++] = c;
	for (int c = 0; c < nbits; c++) {
		struct helper *h = &helpers[c];

		if (!CPU_ISSET_S((size_t)c, setsize, cur) || h->started)
			continue;
		/* Not yet due: it acks the first generation after this one. */
		atomic_store_explicit(&h->ack, g, memory_order_relaxed);
		atomic_store_explicit(&h->seen, -1, memory_order_relaxed);
		r = start_thread(&h->th, helper_main, h, c);
		if (r == EINVAL) {
			/* Not allowed there after all (the CPU went offline
			 * or left the cpuset since the read): try again. */
			CPU_ZERO_S(setsize, last);
			return -EAGAIN;
		}
		if (r)
			return -r;
		h->started = 1;
	}
	return 0;
}

static void after_fork_child(void)
{
	/* The helpers and the sentinel are the parent's: start new ones on
	 * demand. The parent may have held vlock at fork(). */
	pthread_mutex_init(&vlock, NULL);
	sentinel_started = 0;
	atomic_store_explicit(&sentinel_tid, 0, memory_order_relaxed);
	for (int c = 0; c < nbits; c++)
		helpers[c].started = 0;
	if (last)
		CPU_ZERO_S(setsize, last);
}

static void setup(void)
{
	const char *skip = lazymb__getenv("LAZYMB_TEST_VISIT_SKIP_CPU");
	int conf = get_nprocs_conf();

	/* Big enough for the kernel's nr_cpu_ids (sched_getaffinity refuses
	 * a smaller mask). */
	nbits = conf > 4096 ? conf : 4096;
	setsize = CPU_ALLOC_SIZE(nbits);
	all = CPU_ALLOC(nbits);
	cur = CPU_ALLOC(nbits);
	last = CPU_ALLOC(nbits);
	online = CPU_ALLOC(nbits);
	helpers = calloc((size_t)nbits, sizeof(*helpers));
	vis = calloc((size_t)nbits, sizeof(*vis));
	if (!all || !cur || !last || !online || !helpers || !vis) {
		setup_error = -ENOMEM;
		lazymb__reason(setup_reason, sizeof(setup_reason), "sched: out of memory");
		return;
	}
	memset(all, 0xff, setsize);
	CPU_ZERO_S(setsize, last);
	if (skip)
		skip_cpu = atoi(skip);
	split_cgroups = cgroups_may_split();
	pthread_atfork(NULL, NULL, after_fork_child);
}

/* Under vlock: the sentinel exists and the set was read. */
static int ensure_sentinel(void)
{
	int r;

	if (sentinel_started)
		return 0;
	r = start_thread(&(pthread_t){ 0 }, sentinel_main, NULL, -1);
	if (r)
		return -r;
	sentinel_started = 1;
	while (!atomic_load_explicit(&sentinel_tid, memory_order_acquire))
		sched_yield();
	return 0;
}

int lazymb__visit_setup(char *why, size_t len)
{
	int r;

	pthread_once(&once, setup);
	if (setup_error) {
		snprintf(why, len, "%s", setup_reason);
		return setup_error;
	}
	pthread_mutex_lock(&vlock);
	r = ensure_sentinel();
	if (r == 0)
		r = refresh();
	pthread_mutex_unlock(&vlock);
	if (r < 0) {
		snprintf(why, len, "sched: cannot start the helper threads: %s", strerror(-r));
		return r;
	}
	if (!covers) {
		snprintf(why, len, "sched: the process's cpuset lacks online CPUs and one thread "
			 "may be moved alone to another cpuset (cgroup v1 cpuset, or a v2 threaded "
			 "subtree): a visit could miss it");
		return -EINVAL;
	}
	snprintf(why, len, "sched: helper threads visit each of %d CPUs (ordering only)",
		 CPU_COUNT_S(setsize, last));
	return 0;
}

/* ---- the visit ------------------------------------------------------------ */

/* Under vlock. 0 when every helper of the set from vis[*@from] on acked @g
 * on its own CPU; else 1, with *@from the first one still due, or -EAGAIN
 * if a helper ran elsewhere (its pin was broken: hotplug, a cpuset
 * update). */
static int all_acked(uint32_t g, int *from)
{
	for (; *from < nvis; ++*from) {
		int c = vis[*from];
		struct helper *h = &helpers[c];
		uint32_t a;

		/* Acquire: pairs with the helper's release of ack; its run on
		 * c precedes our F3. */
		a = atomic_load_explicit(&h->ack, memory_order_acquire);
		if ((int32_t)(a - g) < 0)
			return 1;
		if (atomic_load_explicit(&h->seen, memory_order_relaxed) != c) {
			cpu_set_t *one = CPU_ALLOC(nbits);

			/* Pin it again for the next visit, if c still exists
			 * for us; if not, the next set leaves c out. */
			if (one) {
				CPU_ZERO_S(setsize, one);
				CPU_SET_S((size_t)c, setsize, one);
				syscall(SYS_sched_setaffinity, atomic_load(&h->tid), setsize, one);
				CPU_FREE(one);
			}
			/* The next visit reads the set again from scratch. */
			CPU_ZERO_S(setsize, last);
			return -EAGAIN;
		}
	}
	return 0;
}

int lazymb__visit(uint64_t timeout_ns, int *cpu)
{
	uint64_t deadline = lazymb__now_ns() + timeout_ns;
	uint32_t g, ag;
	int r, from = 0;

	pthread_once(&once, setup);
	if (setup_error)
		return setup_error;
	pthread_mutex_lock(&vlock);
	/* F1: the caller's accesses before everything below, the helpers'
	 * runs included (through the increment of go.gen). */
	lazymb_arch_mb();
	r = ensure_sentinel();
	if (r == 0)
		r = refresh();
	if (r == 0 && !covers)
		r = -EPERM;
	if (r < 0)
		goto out;
	lazymb__wait_wake(&go);
	g = lazymb__wait_gen(&go);
	for (;;) {
		ag = lazymb__wait_gen(&acked);
		r = all_acked(g, &from);
		if (r <= 0)
			break;
		if (lazymb__now_ns() >= deadline) {
			r = -ETIMEDOUT;
			break;
		}
		/* Sleep at once: the helper of our own CPU runs only when we
		 * leave it. Each ack wakes us. */
		lazymb__wait_sleep(&acked, ag, deadline - lazymb__now_ns());
	}
out:
	/* F3: every helper's run on its CPU (acquired above) before the
	 * caller's later accesses. */
	lazymb_arch_mb();
	pthread_mutex_unlock(&vlock);
	if (r == 0)
		atomic_fetch_add_explicit(&n_visits, 1, memory_order_relaxed);
	else
		atomic_fetch_add_explicit(&n_failures, 1, memory_order_relaxed);
	if (cpu)
		*cpu = from < nvis ? vis[from] : -1;
	return r;
}

unsigned long long lazymb__visits(void)
{
	return atomic_load_explicit(&n_visits, memory_order_relaxed);
}

unsigned long long lazymb__visit_failures(void)
{
	return atomic_load_explicit(&n_failures, memory_order_relaxed);
}
