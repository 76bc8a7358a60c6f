// SPDX-License-Identifier: LGPL-2.1-or-later
// SPDX-FileCopyrightText: 2026 The lazymb authors

/*
 * Signal rounds: run a full fence (and a serializing instruction) on every
 * other thread of the process that needs one, and know when each one has
 * done it.
 *
 * The fallback that works on every arch and in every sandbox that allows
 * signals. One round at a time (round_lock), in four steps:
 *
 *   caller                                  each other thread, in round_handler
 *   ------                                  -----------------------------------
 *   round_open:  full fence (F1)
 *                list /proc/self/task
 *                sort each thread (/proc)
 *                slots[i] = {seq, tid, PENDING or DONE}
 *                round_seq = seq (release) -->  s = round_seq (acquire)
 *   round_send:  tgkill(tid, sig), PENDING only full fence (F2), serialize
 *                                               CAS slot {s,tid,PENDING}->{s,tid,DONE}
 *   round_wait:  each slot DONE (acquire) <---  (release)
 *   round_close: full fence (F3)
 *
 * While it waits, round_wait sorts the threads that have not answered
 * again and re-sends the signal to those still pending; it asks /proc
 * whether one of them blocks the signal (diagnose_blocked), and after the
 * timeout names one (diagnose_timeout): a sync_core or quiesce round then
 * fails, a fence round warns once and keeps waiting (it must not fail).
 *
 * Why it is a heavy fence: F2 runs on the target thread between two of its
 * own instructions, so it splits the thread's program at the interruption
 * point: everything the thread did before is ordered before the ack, and
 * everything after is ordered after the handler read round_seq, which the
 * caller wrote after F1. That is what a seq_cst fence in place of the
 * thread's light fence would have given (doc/guarantees.md, section 2).
 *
 * Who needs a signal (sort_thread; doc/guarantees.md section 2.2 has the
 * arguments and their kernel sources). Each /proc read below happens after
 * F1 and before F3; the kernel store it observes followed a full barrier
 * on the observed thread, so what that thread did before is ordered before
 * the caller's accesses after F3:
 *   - state Z or X (every kind): the thread never runs user code again.
 *     Reading Z/X after F1 pairs with exit_mm()'s smp_mb__after_spinlock()
 *     (kernel/exit.c), which the thread passed after its last user access
 *     and before exit_notify() made it a zombie.
 *   - PF_IO_WORKER (every kind): io_uring's threads run kernel code only.
 *   - FENCE rounds, a wait channel named in /proc/<tid>/wchan (Linux 5.16+,
 *     get_wchan() of commit 42a20f86dc19: only for a task that is neither
 *     running nor waking and not on a runqueue, read under its pi_lock):
 *     the thread is off-CPU. Seeing it dequeued after F1 pairs with the
 *     smp_mb__after_spinlock() that __schedule() passed after the thread's
 *     last user access and before it was dequeued; and before it runs user
 *     code again, try_to_wake_up() takes the same pi_lock (after our read
 *     released it) with smp_mb__after_spinlock(), and __schedule() passes
 *     its barrier again, so its later accesses follow our F1. Not ABI:
 *     kernel implementation behaviour, off before 5.16 (wchan_ok).
 *   - QUIESCE rounds, a PC in /proc/<tid>/syscall: the thread is blocked,
 *     and that is its user PC (no fence is needed for a sample).
 * Every other thread is signalled. SYNC_CORE rounds signal sleeping
 * threads too: one that wakes on a CPU that ran no user code of ours since
 * the patch returns to user without a serializing instruction on x86
 * (SYSRET; arch/x86/include/asm/sync_core.h, commit 758c9373d841).
 *
 * Why the thread list is complete: a thread that is not in the listing
 * either exited before (ESRCH at tgkill, or it disappears while we wait:
 * the exit path passes full barriers in the kernel) or was created after
 * the caller's F1 and listing; its first user instruction follows the
 * creator's clone() and the kernel's wake-up, both after the listing in the
 * order the kernel's thread-list update imposes, so it cannot hold an
 * access that must be ordered before the caller's (doc/guarantees.md).
 * The listing holds the caller's own tid, or /proc belongs to another PID
 * namespace and its tids are not ours: the round fails (-ESRCH).
 *
 * The slot tag (round sequence number, tid) makes a late handler from an
 * earlier round (an RT signal still queued, a re-sent signal) harmless: its
 * CAS fails, so it never acknowledges a round it did not fence for.
 */
#include "config.h"

#include <errno.h>
#include <pthread.h>
#include <sched.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <lazymb/lazymb.h>

#include "arch/arch.h"
#include "lib/probe.h"
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

/* The round in progress, under round_lock. */
struct round {
	pid_t pid;
	unsigned int kind; /* LAZYMB__ROUND_FENCE, _SYNC_CORE or _QUIESCE */
	int *tids;         /* the threads listed (malloc'ed), n of them */
	size_t n;
	struct table *t;   /* their slots: t->slot[0..n) */
	uint64_t seq;
};

static pthread_mutex_t round_lock = PTHREAD_MUTEX_INITIALIZER;
static pthread_once_t setup_once = PTHREAD_ONCE_INIT;
static int setup_error;
static _Atomic int signo;
static char setup_reason[LAZYMB_REASON_MAX];
static long timeout_ms = 10000;
/* Fence rounds leave threads whose wchan names a wait channel unsignalled
 * (5.16+; see the top of this file): wchan_ok. signal_sleepers (a test
 * switch) signals them anyway when the round opens, as before 5.16; the
 * re-sorts of round_wait still look. Decided at set-up. */
static int wchan_ok, signal_sleepers;

static _Atomic(struct table *) cur_table;
static _Atomic uint64_t round_seq;
static uint64_t next_seq; /* under round_lock */
static struct lazymb__wait acks;  /* woken by every acknowledging handler */
static _Atomic unsigned long long rounds;
static char stuck[LAZYMB_REASON_MAX]; /* under round_lock */

/* ---- the handler ---------------------------------------------------------- */

/* Async-signal-safe: atomics, gettid, futex, and the arch instructions. */
static void round_handler(int sig, siginfo_t *si, void *uc)
{
	int saved_errno = errno;
	struct table *t;
	uint64_t seq, want;
	size_t i, n;

	(void)sig;
	(void)si;
	/* Acquire: pairs with round_open's release of round_seq; the slots of
	 * round seq are initialized before it. */
	seq = atomic_load_explicit(&round_seq, memory_order_acquire);
	/* Acquire: pairs with round_open's release of cur_table (the table's
	 * capacity and slots). */
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
		want = slot_word(seq, lazymb__gettid(), 0);
		n = atomic_load_explicit(&t->n, memory_order_relaxed);
		for (i = 0; i < n && i < t->cap; i++) {
			if (atomic_load_explicit(&t->slot[i].word, memory_order_relaxed) != want)
				continue;
			atomic_store_explicit(&t->slot[i].ip, lazymb_arch_ucontext_ip(uc),
					      memory_order_relaxed);
			/* Release: publishes F2 (and the IP sample) to the
			 * caller's acquire load of the slot in next_pending(). */
			atomic_compare_exchange_strong_explicit(&t->slot[i].word, &want,
								want | SLOT_DONE,
								memory_order_release,
								memory_order_relaxed);
			break;
		}
	}
	/* Wake a sleeping caller; pairs with its lazymb__wait_sleep() in
	 * round_wait (lib/base.h). */
	lazymb__wait_wake(&acks);
	errno = saved_errno;
}

/* ---- set-up (once) -------------------------------------------------------- */

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
	 * call instead of seeing EINTR (not nanosleep, poll and the others
	 * signal(7) lists as never restarted).
	 * No SA_ONSTACK: the handler runs on the thread's own stack. An
	 * alternate stack is the program's, sized for its own handlers (2 KiB
	 * is common) while the kernel's signal frame alone needs more on some
	 * CPUs (about 3.4 KiB with AVX-512 state): there it would overflow. A
	 * thread already on its alternate stack (inside its own handler) keeps
	 * using it whatever the flags; the handler therefore has no large
	 * locals. */
	sa.sa_flags = SA_SIGINFO | SA_RESTART;
	return sigaction(s, &sa, NULL);
}

/* A bad value of a variable of the signal machinery: the reason, and one
 * message on stderr (set-up runs once). -EINVAL. */
static int bad_env(const char *name, const char *val, const char *accepted)
{
	lazymb__reason(setup_reason, sizeof(setup_reason), "%s=%s: not accepted; %s", name, val,
		       accepted);
	lazymb__env_report(name, val, "not accepted; %s", accepted);
	return -EINVAL;
}

/* LAZYMB_SIGNAL_TIMEOUT_MS into timeout_ms if set: 0 or -EINVAL. */
static int read_timeout(void)
{
	const char *tmo = lazymb__getenv("LAZYMB_SIGNAL_TIMEOUT_MS");
	char *end;
	long v;

	if (!tmo)
		return 0;
	errno = 0;
	v = strtol(tmo, &end, 10);
	if (*end || v <= 0 || errno)
		return bad_env("LAZYMB_SIGNAL_TIMEOUT_MS", tmo,
			       "a positive number of milliseconds");
	timeout_ms = v;
	return 0;
}

#define SIGNAL_ACCEPTED "SIGUSR1, SIGUSR2, SIGRTMIN[+n], SIGRTMAX[-n] (SIG optional), or a number"

/* The decimal number at @s (digits only, at least one), or -1. */
static long small_number(const char *s)
{
	long v = 0;

	if (!*s)
		return -1;
	for (; *s; s++) {
		if (*s < '0' || *s > '9' || v > 1000)
			return -1;
		v = v * 10 + (*s - '0');
	}
	return v;
}

/* The signal LAZYMB_SIGNAL=@env names (lazymb(7)), or -1 if it names none
 * lazymb may take: SIGUSR1, SIGUSR2 or a real-time one. */
static int parse_signal(const char *env)
{
	const char *s = strncmp(env, "SIG", 3) == 0 ? env + 3 : env;
	long v;

	if (strcmp(s, "USR1") == 0)
		return SIGUSR1;
	if (strcmp(s, "USR2") == 0)
		return SIGUSR2;
	if (strncmp(s, "RTMIN", 5) == 0) {
		v = s[5] ? (s[5] == '+' ? small_number(s + 6) : -1) : 0;
		v = v < 0 ? -1 : SIGRTMIN + v;
	} else if (strncmp(s, "RTMAX", 5) == 0) {
		v = s[5] ? (s[5] == '-' ? small_number(s + 6) : -1) : 0;
		v = v < 0 ? -1 : SIGRTMAX - v;
	} else if (s == env) {
		v = small_number(s);
		if (v == SIGUSR1 || v == SIGUSR2)
			return (int)v;
	} else {
		return -1;
	}
	return v >= SIGRTMIN && v <= SIGRTMAX ? (int)v : -1;
}

/* The signal LAZYMB_SIGNAL=@env names, installed; or -errno. */
static int take_named_signal(const char *env)
{
	int v = parse_signal(env), e;

	if (v < 0)
		return bad_env("LAZYMB_SIGNAL", env, SIGNAL_ACCEPTED);
	if (install(v) == 0)
		return v;
	e = errno;
	lazymb__reason(setup_reason, sizeof(setup_reason), "sigaction(%d): %s", v, strerror(e));
	return -e;
}

/* The highest real-time signal nobody has a handler for and that can really
 * be sent (an emulator may keep some: qemu-user answers EINVAL for the top
 * ones), installed; or -EBUSY. The C library's own signals are below
 * SIGRTMIN already. */
static int take_free_signal(void)
{
	for (int s = SIGRTMAX; s >= SIGRTMIN; s--) {
		if (!signal_is_free(s) || install(s) != 0)
			continue;
		/* A trial to this thread: the handler runs at once and only
		 * fences (no round is open). */
		if (syscall(SYS_tgkill, getpid(), lazymb__gettid(), s) == 0)
			return s;
		signal(s, SIG_DFL);
	}
	lazymb__reason(setup_reason, sizeof(setup_reason),
		       "no free real-time signal can be sent here; set LAZYMB_SIGNAL");
	return -EBUSY;
}

/* Whether /proc shows this process's PID namespace: its /proc/self is
 * this process. 0, or -ESRCH with the reason. */
static int check_proc_namespace(void)
{
	int seen = lazymb__proc_self_pid();

	if (seen == getpid())
		return 0;
	lazymb__reason(setup_reason, sizeof(setup_reason),
		       "/proc belongs to another PID namespace (mount a /proc for this "
		       "namespace): it shows this process as %d, getpid() says %d",
		       seen, (int)getpid());
	return -ESRCH;
}

static void setup(void)
{
	const char *env = lazymb__getenv("LAZYMB_SIGNAL");
	int s;

	setup_error = read_timeout();
	if (setup_error)
		return;
	if (env && parse_signal(env) < 0) {
		/* Checked first: a bad value is reported wherever /proc is. */
		setup_error = take_named_signal(env);
		return;
	}
	if (access("/proc/self/task", R_OK) != 0) {
		setup_error = -ENOSYS;
		lazymb__reason(setup_reason, sizeof(setup_reason),
			       "/proc/self/task is not readable (no /proc): threads cannot be listed");
		return;
	}
	setup_error = check_proc_namespace();
	if (setup_error)
		return;
	s = env ? take_named_signal(env) : take_free_signal();
	if (s < 0) {
		setup_error = s;
		return;
	}
	signo = s;
	/* The off-CPU skip rests on get_wchan() as of 5.16 (top of file);
	 * LAZYMB_TEST_SIGNAL_SLEEPERS turns it off when a round opens, for the
	 * tests' negative controls and the benchmark's comparison. */
	wchan_ok = lazymb__kernel_version() >= 0x51000;
	signal_sleepers = lazymb__getenv("LAZYMB_TEST_SIGNAL_SLEEPERS") != NULL;
	pthread_atfork(NULL, NULL, after_fork_child);
	lazymb__reason(setup_reason, sizeof(setup_reason), "signal %d", s);
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
	lazymb__reason(buf, len, "%s", stuck);
	pthread_mutex_unlock(&round_lock);
}

/* ---- listing the threads -------------------------------------------------- */

/*
 * Test hook for emulators (tests/qemu-run.sh): qemu-user runs a helper
 * thread of its own in the process, listed in /proc/self/task, that never
 * takes guest signals. With LAZYMB_TEST_IGNORE_EARLY_THREADS set, threads
 * that existed before the library's constructor, other than the main
 * thread, are left out of rounds (list_threads below). Never set it
 * outside such a test.
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

/* ---- the slots ------------------------------------------------------------ */

/* The current table if it holds @n slots, else a larger one (not yet
 * published); NULL if out of memory. */
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

/* The first slot from @i on whose thread has not answered, its word in *@w;
 * rd->n if every one has. The one scan of pending slots. */
static size_t next_pending(const struct round *rd, size_t i, uint64_t *w)
{
	for (; i < rd->n; i++) {
		/* Acquire: pairs with the handler's release CAS; a DONE seen
		 * here brings that thread's F2 with it (F3 relies on it). */
		*w = atomic_load_explicit(&rd->t->slot[i].word, memory_order_acquire);
		if (!(*w & SLOT_DONE))
			return i;
	}
	return rd->n;
}

/* Signal the thread of slot @i (word @w). One that is gone counts as
 * answered: its exit passed the kernel's full barriers. 0, 1 if it was
 * gone (ESRCH), or -errno. */
static int signal_slot(const struct round *rd, size_t i, uint64_t w)
{
	if (syscall(SYS_tgkill, rd->pid, slot_tid(w), signo) == 0)
		return 0;
	if (errno != ESRCH)
		return -errno;
	atomic_store_explicit(&rd->t->slot[i].word, w | SLOT_DONE, memory_order_relaxed);
	return 1;
}

/* ---- who needs a signal (slow path: /proc) --------------------------------- */

/*
 * Whether thread @tid needs nothing (more) from this round without a
 * signal; in a quiesce round *@ip gets its user PC when /proc has it.
 * @opening: called from round_open (else from round_wait). Called after F1
 * and before F3: the top of this file has the argument for each case, and
 * doc/guarantees.md section 2.2.
 */
static int served_without_signal(const struct round *rd, int tid, int opening, uintptr_t *ip)
{
	struct lazymb__thread_stat st;

	/* Off-CPU (fence rounds): pairs with __schedule()'s
	 * smp_mb__after_spinlock() before the dequeue, and with
	 * try_to_wake_up()'s pi_lock + smp_mb__after_spinlock() after it. */
	if (rd->kind == LAZYMB__ROUND_FENCE && wchan_ok && !(opening && signal_sleepers) &&
	    lazymb__thread_wchan(tid) == 1)
		return 1;
	/* Z/X: pairs with exit_mm()'s smp_mb__after_spinlock(), which the
	 * thread passed before it became a zombie. An io_uring worker runs
	 * no user code at all. */
	if (lazymb__thread_stat(tid, &st) == 0 &&
	    (st.state == 'Z' || st.state == 'X' || (st.flags & LAZYMB__PF_IO_WORKER)))
		return 1;
	/* Blocked (quiesce rounds): the sample needs no ordering, only a
	 * time after the call began, which reading after F1 gives. */
	return rd->kind == LAZYMB__ROUND_QUIESCE && lazymb__thread_syscall_pc(tid, ip) == 1;
}

/* Sort the threads that have not answered again (they may have gone to
 * sleep, blocked in a system call, or exited meanwhile). */
static void resort_pending(const struct round *rd)
{
	uint64_t w;

	for (size_t i = next_pending(rd, 0, &w); i < rd->n; i = next_pending(rd, i + 1, &w)) {
		uintptr_t ip = 0;

		if (served_without_signal(rd, slot_tid(w), 0, &ip)) {
			atomic_store_explicit(&rd->t->slot[i].ip, ip, memory_order_relaxed);
			/* Relaxed: only the caller reads it (round_close). A
			 * late handler's CAS expects the PENDING word: it fails
			 * on this one. */
			atomic_store_explicit(&rd->t->slot[i].word, w | SLOT_DONE,
					      memory_order_relaxed);
		}
	}
}

/* ---- diagnosis (slow path: /proc) ----------------------------------------- */

/* Whether thread @tid blocks @sig; its status goes to *@st. */
static int thread_blocks(int tid, int sig, struct lazymb__thread_status *st)
{
	lazymb__thread_status(tid, st);
	return !!(st->sigblk & (1ull << (sig - 1)));
}

/* Whether a thread that has not answered blocks the signal; if one does,
 * stuck names it. */
static int diagnose_blocked(const struct round *rd)
{
	struct lazymb__thread_status st;
	uint64_t w;

	for (size_t i = next_pending(rd, 0, &w); i < rd->n; i = next_pending(rd, i + 1, &w))
		if (thread_blocks(slot_tid(w), signo, &st)) {
			lazymb__reason(stuck, sizeof(stuck),
				       "thread %d (%s, state %c) blocks signal %d", slot_tid(w),
				       st.name, st.state, signo);
			return 1;
		}
	return 0;
}

/* The timeout passed: stuck names the first thread that has not answered. */
static void diagnose_timeout(const struct round *rd)
{
	struct lazymb__thread_status st;
	uint64_t w;
	int blocks;

	if (next_pending(rd, 0, &w) == rd->n)
		return;
	blocks = thread_blocks(slot_tid(w), signo, &st);
	lazymb__reason(stuck, sizeof(stuck),
		       "thread %d (%s, state %c) did not answer signal %d in %ld ms%s", slot_tid(w),
		       st.name, st.state, signo, timeout_ms,
		       blocks ? ": it blocks the signal" : "");
}

/* ---- a round -------------------------------------------------------------- */

/* Lock, F1, list the threads, sort them and fill their slots, publish the
 * round. The lock is held on return, even on error: round_unlock()
 * releases it. */
static int round_open(struct round *rd, unsigned int kind)
{
	int r;

	rd->pid = getpid();
	rd->kind = kind;
	rd->tids = NULL;
	rd->n = 0;
	if (pthread_mutex_lock(&round_lock))
		lazymb__die("signal round lock");
	stuck[0] = 0;
	/* F1: orders the caller's earlier accesses before the listing, the
	 * /proc reads that sort the threads, and the signals. Pairs with F2 in
	 * each handler, and with the kernel's barriers named in
	 * served_without_signal(). */
	lazymb_arch_mb();
	r = list_threads(lazymb__gettid(), &rd->tids, &rd->n);
	if (r == -ESRCH)
		lazymb__reason(stuck, sizeof(stuck),
			       "/proc/self/task does not list this thread: /proc belongs to "
			       "another PID namespace (mount a /proc for this namespace)");
	if (r)
		return r;
	rd->t = table_for(rd->n);
	if (!rd->t)
		return -ENOMEM;
	rd->seq = ++next_seq;
	for (size_t i = 0; i < rd->n; i++) {
		uintptr_t ip = 0;
		uint64_t done = served_without_signal(rd, rd->tids[i], 1, &ip) ? SLOT_DONE : 0;

		atomic_store_explicit(&rd->t->slot[i].ip, ip, memory_order_relaxed);
		atomic_store_explicit(&rd->t->slot[i].word, slot_word(rd->seq, rd->tids[i], done),
				      memory_order_relaxed);
	}
	atomic_store_explicit(&rd->t->n, rd->n, memory_order_relaxed);
	/* Release: the table's capacity and slots before its pointer; pairs
	 * with the handler's acquire of cur_table. */
	atomic_store_explicit(&cur_table, rd->t, memory_order_release);
	/* Release: the slots above are initialized before a handler that reads
	 * this seq looks at them. Pairs with the handler's acquire. */
	atomic_store_explicit(&round_seq, rd->seq, memory_order_release);
	atomic_fetch_add_explicit(&rounds, 1, memory_order_relaxed);
	return 0;
}

/* Signal every thread left pending once. If each one signalled answered
 * ESRCH while /proc no longer shows this process, the tids were not ours
 * (another PID namespace): -ESRCH, never success. */
static int round_send(const struct round *rd)
{
	size_t sent = 0, gone = 0;
	uint64_t w;

	for (size_t i = next_pending(rd, 0, &w); i < rd->n; i = next_pending(rd, i + 1, &w)) {
		int r = signal_slot(rd, i, w);

		if (r < 0)
			return r;
		sent++;
		gone += (size_t)r;
	}
	if (sent && gone == sent && lazymb__proc_self_pid() != rd->pid) {
		lazymb__reason(stuck, sizeof(stuck),
			       "every one of %zu threads answered ESRCH: /proc belongs to another "
			       "PID namespace (mount a /proc for this namespace)", sent);
		return -ESRCH;
	}
	return 0;
}

/* The timeout passed in a fence round, which must not fail: say so once on
 * stderr, naming the thread, and keep waiting. */
static void warn_fence_waits(const struct round *rd)
{
	diagnose_timeout(rd);
	fprintf(stderr, "lazymb: warning: a heavy fence (signal strategy) is still waiting: %s; "
		"it waits until that thread takes the signal or leaves the CPU\n", stuck);
}

/* Until every slot is DONE: 0; or (sync_core and quiesce rounds only)
 * -ETIMEDOUT, stuck saying why. Spins 200 yields, then sleeps on acks 1 ms
 * at a time; sorts the silent threads again and re-sends at 2 ms, then
 * each time twice the wait so far has passed again (about 2, 6, 18 ms...);
 * sorts them again and checks for a blocked signal every 100 ms; after
 * timeout_ms gives up, or in a fence round warns once and waits on. */
static int round_wait(const struct round *rd)
{
	uint64_t start = lazymb__now_ns(), w;
	uint64_t next_resend = start + 2000000;   /* 2 ms */
	uint64_t next_check = start + 100000000;  /* 100 ms */
	unsigned int blocked_seen = 0;
	int warned = 0;

	for (unsigned int spins = 0;; spins++) {
		/* Read before the check: an ack after it changes gen, so the
		 * sleep below returns at once (lib/base.h). */
		uint32_t gen = lazymb__wait_gen(&acks);
		uint64_t now;

		if (next_pending(rd, 0, &w) == rd->n)
			return 0;
		if (spins < 200) {
			sched_yield();
			continue;
		}
		now = lazymb__now_ns();
		if (now >= next_resend) {
			/* Re-send to the silent: covers a tid reused by a new
			 * thread, and notices threads that exited meanwhile.
			 * Sorted first: one that went to sleep with the signal
			 * blocked needs none in a fence round. */
			resort_pending(rd);
			for (size_t i = next_pending(rd, 0, &w); i < rd->n;
			     i = next_pending(rd, i + 1, &w))
				signal_slot(rd, i, w);
			next_resend = now + 2 * (now - start);
		}
		if (now >= next_check) {
			resort_pending(rd);
			/* A thread that keeps the signal blocked never answers.
			 * Threads block every signal briefly (while they exit,
			 * in short critical sections): ten checks 100 ms apart,
			 * one second, before calling it stuck. A fence round
			 * waits on: such a thread is served once it leaves the
			 * CPU (resort_pending). */
			blocked_seen = diagnose_blocked(rd) ? blocked_seen + 1 : 0;
			if (blocked_seen >= 10 && rd->kind != LAZYMB__ROUND_FENCE)
				return -ETIMEDOUT;
			next_check = now + 100000000;
		}
		if (now - start >= (uint64_t)timeout_ms * 1000000u) {
			if (rd->kind != LAZYMB__ROUND_FENCE) {
				diagnose_timeout(rd);
				return -ETIMEDOUT;
			}
			if (!warned)
				warn_fence_waits(rd);
			warned = 1;
		}
		/* Sleep until a handler acknowledges or 1 ms passes (the
		 * resends and checks above run on that clock). */
		lazymb__wait_sleep(&acks, gen, 1000000);
	}
}

/* F3, the caller's own serialization in a sync_core round, the IP samples. */
static void round_close(const struct round *rd, struct lazymb__ip_sample *samples, size_t max,
			size_t *nsampled)
{
	/* F3: orders every acknowledged F2 (acquired in next_pending), and
	 * every kernel store that the /proc reads of served_without_signal()
	 * observed, before the caller's later accesses. Pairs with F2 and
	 * with the kernel barriers named there. */
	lazymb_arch_mb();
	if (rd->kind == LAZYMB__ROUND_SYNC_CORE)
		lazymb_arch_serialize();
	if (!nsampled)
		return;
	*nsampled = rd->n;
	for (size_t i = 0; samples && i < rd->n && i < max; i++) {
		/* Relaxed: round_wait acquired every slot DONE; the handler
		 * stored ip before its release (or the caller itself did,
		 * from /proc). */
		uint64_t w = atomic_load_explicit(&rd->t->slot[i].word, memory_order_relaxed);

		samples[i].tid = slot_tid(w);
		samples[i].ip = atomic_load_explicit(&rd->t->slot[i].ip, memory_order_relaxed);
	}
}

static void round_unlock(struct round *rd)
{
	pthread_mutex_unlock(&round_lock);
	free(rd->tids);
}

int lazymb__signal_round(unsigned int flags, struct lazymb__ip_sample *samples, size_t max,
			 size_t *nsampled)
{
	struct round rd;
	int r;

	if (flags != LAZYMB__ROUND_FENCE && flags != LAZYMB__ROUND_SYNC_CORE &&
	    flags != LAZYMB__ROUND_QUIESCE)
		return -EINVAL;
	r = lazymb__signal_setup();
	if (r)
		return r;
	r = round_open(&rd, flags);
	if (!r)
		r = round_send(&rd);
	if (!r)
		r = round_wait(&rd);
	if (!r)
		round_close(&rd, samples, max, nsampled);
	round_unlock(&rd);
	return r;
}
