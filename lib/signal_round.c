// SPDX-License-Identifier: LGPL-2.1-or-later
// SPDX-FileCopyrightText: 2026 The lazymb authors

/*
 * Signal rounds: run a full fence (and a serializing instruction) on every
 * other thread of the process, and know when each one has done it.
 *
 * The fallback that works on every arch and in every sandbox that allows
 * signals. One round at a time (round_lock):
 *
 *   caller                                 each other thread, in the handler
 *   ------                                 -------------------------------
 *   full fence (F1)
 *   list /proc/self/task
 *   slots[i] = {seq, tid, PENDING}
 *   round_seq = seq (release)  --------->  s = round_seq (acquire)
 *   tgkill(tid, sig)                       full fence (F2), serialize
 *                                          CAS slot {s,tid,PENDING}->{s,tid,DONE}
 *   wait: each slot DONE (acquire) <-----  (release)
 *   full fence (F3)
 *
 * Why it is a heavy fence: F2 runs on the target thread between two of its
 * own instructions, so it splits the thread's program at the interruption
 * point: everything the thread did before is ordered before the ack, and
 * everything after is ordered after the handler read round_seq, which the
 * caller wrote after F1. That is what a seq_cst fence in place of the
 * thread's light fence would have given (doc/guarantees.md, section 2).
 *
 * Why the thread list is complete: a thread that is not in the listing
 * either exited before (ESRCH at tgkill, or it disappears while we wait:
 * the exit path passes full barriers in the kernel) or was created after
 * the caller's F1 and listing; its first user instruction follows the
 * creator's clone() and the kernel's wake-up, both after the listing in the
 * order the kernel's thread-list update imposes, so it cannot hold an
 * access that must be ordered before the caller's (doc/guarantees.md).
 *
 * The slot tag (round sequence number, tid) makes a late handler from an
 * earlier round (an RT signal still queued, a re-sent signal) harmless: its
 * CAS fails, so it never acknowledges a round it did not fence for.
 */
#include "config.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <linux/futex.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

#include <lazymb/lazymb.h>

#include "arch/arch.h"
#include "lib/proc.h"
#include "lib/signal_round.h"

/* Slot word: seq (low 32 bits) << 32 | tid << 1 | DONE. */
#define SLOT_DONE 1ull
static inline uint64_t slot_word(uint64_t seq, int tid, uint64_t done)
{
	return ((seq & 0xffffffffull) << 32) | ((uint64_t)(unsigned int)tid << 1) | done;
}
static inline int slot_tid(uint64_t w)
{
	return (int)((w >> 1) & 0x7fffffffu);
}

struct slot {
	_Atomic uint64_t word;
	_Atomic uintptr_t ip;
};

/* Tables only grow; old ones are kept, never freed, because a handler of an
 * earlier round may still be reading one. */
struct table {
	_Atomic size_t n;
	size_t cap;
	struct table *older;
	struct slot slot[];
};

static pthread_mutex_t round_lock = PTHREAD_MUTEX_INITIALIZER;
static pthread_once_t setup_once = PTHREAD_ONCE_INIT;
static int setup_error;
static _Atomic int signo;
static char setup_reason[LAZYMB_REASON_MAX];
static long timeout_ms = 10000;

static _Atomic(struct table *) cur_table;
static _Atomic uint64_t round_seq;
static uint64_t next_seq; /* under round_lock */
static struct lazymb__wait acks;  /* woken by every acknowledging handler */
static _Atomic unsigned long long rounds;
static char stuck[LAZYMB_REASON_MAX]; /* under round_lock */

/*
 * Test hook for emulators (tests/qemu-run.sh): qemu-user runs a helper
 * thread of its own in the process, listed in /proc/self/task, that never
 * takes guest signals. With LAZYMB_TEST_IGNORE_EARLY_THREADS set, threads
 * that existed before the library's constructor, other than the main
 * thread, are left out of rounds. Never set it outside such a test.
 */
static int early[8], nearly;

static void snapshot_early_threads(void)
{
	int *t;
	size_t n, i;

	nearly = 0;
	if (lazymb__list_threads(lazymb__gettid(), &t, &n) != 0)
		return;
	for (i = 0; i < n && nearly < 8; i++)
		early[nearly++] = t[i];
	free(t);
}

/* At start, and in a forked child (the emulator starts its helper again). */
__attribute__((constructor)) static void note_early_threads(void)
{
	if (!lazymb__getenv("LAZYMB_TEST_IGNORE_EARLY_THREADS"))
		return;
	snapshot_early_threads();
	pthread_atfork(NULL, NULL, snapshot_early_threads);
}

static int is_early(int tid)
{
	for (int i = 0; i < nearly; i++)
		if (early[i] == tid)
			return 1;
	return 0;
}

/* Async-signal-safe: atomics, gettid, futex, and the arch instructions. */
static void round_handler(int sig, siginfo_t *si, void *uc)
{
	int saved_errno = errno;
	struct table *t;
	uint64_t seq;
	size_t i, n;
	int tid;

	(void)sig;
	(void)si;
	/* Acquire: pairs with the caller's release of round_seq; the slots of
	 * round seq are initialized before it. */
	seq = atomic_load_explicit(&round_seq, memory_order_acquire);
	t = atomic_load_explicit(&cur_table, memory_order_acquire);
	/* F2: orders this thread's accesses before the interruption before
	 * the ack below, and the load of round_seq (which follows the
	 * caller's F1) before the accesses after the handler returns. Pairs
	 * with F1 and F3 in the caller. */
	lazymb_arch_mb();
	/* Discard prefetched instructions: what sync_core rounds need; cheap
	 * next to the signal delivery, so every round does it. */
	lazymb_arch_serialize();
	if (t) {
		tid = lazymb__gettid();
		n = atomic_load_explicit(&t->n, memory_order_relaxed);
		for (i = 0; i < n && i < t->cap; i++) {
			uint64_t want = slot_word(seq, tid, 0);

			if (atomic_load_explicit(&t->slot[i].word, memory_order_relaxed) != want)
				continue;
			atomic_store_explicit(&t->slot[i].ip, lazymb_arch_ucontext_ip(uc),
					      memory_order_relaxed);
			/* Release: publishes F2 (and the IP sample) to the
			 * caller's acquire load of the slot. */
			atomic_compare_exchange_strong_explicit(&t->slot[i].word, &want,
								want | SLOT_DONE,
								memory_order_release,
								memory_order_relaxed);
			break;
		}
	}
	/* Wake a sleeping caller; pairs with its lazymb__wait_sleep()
	 * (lib/base.h). */
	lazymb__wait_wake(&acks);
	errno = saved_errno;
}

static void after_fork_child(void)
{
	/* Another thread of the parent may have held the lock at fork(). */
	pthread_mutex_init(&round_lock, NULL);
}

static int signal_is_free(int s)
{
	struct sigaction old;

	if (sigaction(s, NULL, &old) != 0)
		return 0;
	return !(old.sa_flags & SA_SIGINFO) && old.sa_handler == SIG_DFL;
}

static int install(int s)
{
	struct sigaction sa;

	memset(&sa, 0, sizeof(sa));
	sa.sa_sigaction = round_handler;
	sigemptyset(&sa.sa_mask);
	/* SA_RESTART: a thread interrupted in read(2) and the like resumes the
	 * call instead of seeing EINTR. */
	sa.sa_flags = SA_SIGINFO | SA_RESTART | SA_ONSTACK;
	return sigaction(s, &sa, NULL);
}

static void setup(void)
{
	const char *env = lazymb__getenv("LAZYMB_SIGNAL");
	const char *tmo = lazymb__getenv("LAZYMB_SIGNAL_TIMEOUT_MS");
	int s;

	if (tmo) {
		char *end;
		long v = strtol(tmo, &end, 10);

		if (*end || v <= 0) {
			setup_error = -EINVAL;
			snprintf(setup_reason, sizeof(setup_reason),
				 "LAZYMB_SIGNAL_TIMEOUT_MS=%s is not a positive number", tmo);
			return;
		}
		timeout_ms = v;
	}
	if (access("/proc/self/task", R_OK) != 0) {
		setup_error = -ENOSYS;
		snprintf(setup_reason, sizeof(setup_reason),
			 "/proc/self/task is not readable (no /proc): threads cannot be listed");
		return;
	}
	if (env) {
		char *end;
		long v = strtol(env, &end, 10);

		if (*end || v <= 0 || v > SIGRTMAX || v == SIGKILL || v == SIGSTOP ||
		    (v < SIGRTMIN && v != SIGUSR1 && v != SIGUSR2)) {
			setup_error = -EINVAL;
			snprintf(setup_reason, sizeof(setup_reason),
				 "LAZYMB_SIGNAL=%s: not SIGUSR1, SIGUSR2 or a real-time signal "
				 "%d..%d", env, SIGRTMIN, SIGRTMAX);
			return;
		}
		s = (int)v;
	} else {
		/* The highest real-time signal nobody has a handler for and
		 * that can really be sent (an emulator may keep some: qemu-user
		 * answers EINVAL for the top ones). The C library's own
		 * signals are below SIGRTMIN already. */
		for (s = SIGRTMAX; s >= SIGRTMIN; s--) {
			if (!signal_is_free(s))
				continue;
			if (install(s) != 0)
				continue;
			/* A trial to this thread: the handler runs at once and
			 * only fences (no round is open). */
			if (syscall(SYS_tgkill, getpid(), lazymb__gettid(), s) == 0)
				break;
			signal(s, SIG_DFL);
		}
		if (s < SIGRTMIN) {
			setup_error = -EBUSY;
			snprintf(setup_reason, sizeof(setup_reason),
				 "no free real-time signal can be sent here; set LAZYMB_SIGNAL");
			return;
		}
		signo = s;
		pthread_atfork(NULL, NULL, after_fork_child);
		snprintf(setup_reason, sizeof(setup_reason), "signal %d", s);
		return;
	}
	if (install(s) != 0) {
		setup_error = -errno;
		snprintf(setup_reason, sizeof(setup_reason), "sigaction(%d): %s", s,
			 strerror(errno));
		return;
	}
	signo = s;
	pthread_atfork(NULL, NULL, after_fork_child);
	snprintf(setup_reason, sizeof(setup_reason), "signal %d", s);
}

int lazymb__signal_setup(void)
{
	pthread_once(&setup_once, setup);
	return setup_error;
}

int lazymb__signal_number(void)
{
	return signo; /* 0 until set up: reporting it must not install a handler */
}

const char *lazymb__signal_setup_reason(void)
{
	pthread_once(&setup_once, setup);
	return setup_reason;
}

unsigned long long lazymb__signal_rounds(void)
{
	return atomic_load_explicit(&rounds, memory_order_relaxed);
}

void lazymb__signal_stuck(char *buf, size_t len)
{
	pthread_mutex_lock(&round_lock);
	snprintf(buf, len, "%s", stuck);
	pthread_mutex_unlock(&round_lock);
}

/* The tids of this process but the caller and the emulator's early ones. */
static int list_threads(int self, int **out, size_t *count)
{
	size_t i, k = 0;
	int r = lazymb__list_threads(self, out, count);

	if (r || !nearly)
		return r;
	for (i = 0; i < *count; i++)
		if (!is_early((*out)[i]))
			(*out)[k++] = (*out)[i];
	*count = k;
	return 0;
}

static struct table *table_for(size_t n)
{
	struct table *t = atomic_load_explicit(&cur_table, memory_order_relaxed);
	size_t cap;

	if (t && t->cap >= n)
		return t;
	for (cap = t ? t->cap : 16; cap < n; cap *= 2)
		;
	struct table *nt = calloc(1, sizeof(*nt) + cap * sizeof(nt->slot[0]));

	if (!nt)
		return NULL;
	nt->cap = cap;
	nt->older = t; /* kept reachable: a late handler may still read it */
	return nt;
}

/* Whether thread @tid blocks @sig; its status goes to *@st. */
static int thread_blocks(int tid, int sig, struct lazymb__thread_status *st)
{
	lazymb__thread_status(tid, st);
	return !!(st->sigblk & (1ull << (sig - 1)));
}

int lazymb__signal_round(unsigned int flags, struct lazymb__ip_sample *samples, size_t max,
			 size_t *nsampled)
{
	int self = lazymb__gettid();
	pid_t pid = getpid();
	int *tids = NULL, r;
	size_t n = 0, i, pending;
	struct table *t;
	uint64_t seq, start, next_resend, next_check;
	unsigned int blocked_seen = 0;

	r = lazymb__signal_setup();
	if (r)
		return r;
	if (pthread_mutex_lock(&round_lock))
		lazymb__die("signal round lock");
	stuck[0] = 0;
	/* F1: orders the caller's earlier accesses before the listing and the
	 * signals. Pairs with F2 in each handler. */
	lazymb_arch_mb();
	r = list_threads(self, &tids, &n);
	if (r)
		goto out;
	t = table_for(n);
	if (!t) {
		r = -ENOMEM;
		goto out;
	}
	seq = ++next_seq;
	for (i = 0; i < n; i++) {
		atomic_store_explicit(&t->slot[i].ip, 0, memory_order_relaxed);
		atomic_store_explicit(&t->slot[i].word, slot_word(seq, tids[i], 0),
				      memory_order_relaxed);
	}
	atomic_store_explicit(&t->n, n, memory_order_relaxed);
	/* Release: the table's capacity and slots before its pointer; pairs
	 * with the handler's acquire of cur_table. */
	atomic_store_explicit(&cur_table, t, memory_order_release);
	/* Release: the slots above are initialized before a handler that reads
	 * this seq looks at them. Pairs with the handler's acquire. */
	atomic_store_explicit(&round_seq, seq, memory_order_release);
	atomic_fetch_add_explicit(&rounds, 1, memory_order_relaxed);

	for (i = 0; i < n; i++)
		if (syscall(SYS_tgkill, pid, tids[i], signo) != 0) {
			if (errno != ESRCH) {
				r = -errno;
				goto out;
			}
			/* Gone: its exit passed the kernel's full barriers. */
			atomic_store_explicit(&t->slot[i].word, slot_word(seq, tids[i], SLOT_DONE),
					      memory_order_relaxed);
		}

	start = lazymb__now_ns();
	next_resend = start + 2000000;   /* 2 ms */
	next_check = start + 100000000;  /* 100 ms */
	for (unsigned int spins = 0;; spins++) {
		uint32_t gen = lazymb__wait_gen(&acks);
		uint64_t now;

		pending = 0;
		for (i = 0; i < n; i++)
			/* Acquire: pairs with the handler's release CAS. */
			if (!(atomic_load_explicit(&t->slot[i].word, memory_order_acquire) &
			      SLOT_DONE))
				pending++;
		if (!pending)
			break;
		if (spins < 200) {
			sched_yield();
			continue;
		}
		now = lazymb__now_ns();
		if (now >= next_resend) {
			/* Re-send to the silent: covers a tid reused by a new
			 * thread, and notices threads that exited meanwhile. */
			for (i = 0; i < n; i++) {
				/* Acquire: pairs with the handler's release CAS. */
				uint64_t w = atomic_load_explicit(&t->slot[i].word,
								  memory_order_acquire);

				if (w & SLOT_DONE)
					continue;
				if (syscall(SYS_tgkill, pid, slot_tid(w), signo) != 0 &&
				    errno == ESRCH)
					atomic_store_explicit(&t->slot[i].word, w | SLOT_DONE,
							      memory_order_relaxed);
			}
			next_resend = now + 2 * (now - start);
		}
		if (now >= next_check) {
			/* A thread that keeps the signal blocked never answers.
			 * Threads block every signal briefly (while they exit,
			 * in short critical sections): ten checks 100 ms apart,
			 * one second, before calling it stuck. */
			int found = 0;

			for (i = 0; i < n; i++) {
				/* Acquire: pairs with the handler's release CAS. */
				uint64_t w = atomic_load_explicit(&t->slot[i].word,
								  memory_order_acquire);
				struct lazymb__thread_status st;

				if (w & SLOT_DONE)
					continue;
				if (thread_blocks(slot_tid(w), signo, &st)) {
					found = 1;
					snprintf(stuck, sizeof(stuck),
						 "thread %d (%s, state %c) blocks signal %d",
						 slot_tid(w), st.name, st.state, signo);
					break;
				}
			}
			blocked_seen = found ? blocked_seen + 1 : 0;
			if (blocked_seen >= 10) {
				r = -ETIMEDOUT;
				goto out;
			}
			next_check = now + 100000000;
		}
		if (now - start >= (uint64_t)timeout_ms * 1000000u) {
			for (i = 0; i < n; i++) {
				/* Acquire: pairs with the handler's release CAS. */
				uint64_t w = atomic_load_explicit(&t->slot[i].word,
								  memory_order_acquire);
				struct lazymb__thread_status st;

				if (w & SLOT_DONE)
					continue;
				thread_blocks(slot_tid(w), signo, &st);
				snprintf(stuck, sizeof(stuck),
					 "thread %d (%s, state %c) did not answer signal %d in %ld ms",
					 slot_tid(w), st.name, st.state, signo, timeout_ms);
				break;
			}
			r = -ETIMEDOUT;
			goto out;
		}
		/* Sleep until a handler acknowledges or 1 ms passes (the
		 * resends and checks above run on that clock). */
		lazymb__wait_sleep(&acks, gen, 1000000);
	}

	/* F3: orders every acknowledged F2 (acquired above) before the
	 * caller's later accesses. Pairs with F2. */
	lazymb_arch_mb();
	if (flags & LAZYMB__ROUND_SERIALIZE)
		lazymb_arch_serialize();
	if (nsampled) {
		*nsampled = n;
		for (i = 0; samples && i < n && i < max; i++) {
			uint64_t w = atomic_load_explicit(&t->slot[i].word, memory_order_relaxed);

			samples[i].tid = slot_tid(w);
			samples[i].ip = atomic_load_explicit(&t->slot[i].ip, memory_order_relaxed);
		}
	}
	r = 0;
out:
	pthread_mutex_unlock(&round_lock);
	free(tids);
	return r;
}
