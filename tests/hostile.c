// SPDX-License-Identifier: LGPL-2.1-or-later
// SPDX-FileCopyrightText: 2026 The lazymb authors

/*
 * A hostile process: the threads real programs hold, all at once, while
 * lazymb runs heavy fences, RCU grace periods, a store-buffering litmus,
 * quiescence and sync_core under the strategy the environment forces
 * (tests/hostile.sh runs it under each one).
 *
 *   - a zombie group leader: main() calls pthread_exit(), the work goes on
 *     in a thread;
 *   - an io_uring SQPOLL ring (an iou-sqp thread) with a read that blocks
 *     in an io-wq worker (an iou-wrk thread), SKIP if io_uring is refused;
 *   - two threads that block every signal: one sleeps in short nanosleeps,
 *     one spins 2 ms then sleeps 20 ms, in a loop (a quiesce or sync_core
 *     round waits for it to be seen asleep);
 *   - a thread with a 2 KiB alternate signal stack (a handler run there
 *     overflows it);
 *   - threads asleep in nanosleep, poll and epoll_wait, counting EINTR;
 *   - RCU readers that check every object they read is not poisoned.
 *
 * Modes (argv[1]):
 *   run          the checks; exit 0, 1 (failed), 77 (the forced fence
 *                strategy is refused here), 78 (the forced sync_core
 *                strategy is refused: hostile.sh runs again without it)
 *   control      the negative controls, under LAZYMB_FENCE=signal with
 *                LAZYMB_TEST_SIGNAL_SLEEPERS=1 (signal every thread, as
 *                before Linux 5.16): the litmus without a heavy fence shows
 *                the forbidden outcome, and the EINTR count of the sleepers
 *                does go up under heavy fences that signal them
 *   sync-blocked under LAZYMB_SYNC_CORE=signal: sync_core with a thread that
 *                blocks every signal cannot be served and must abort
 *                naming it (expected: SIGABRT, "blocks signal" on stderr)
 *
 * Every phase is bounded: alarm() kills a hung run.
 */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <linux/io_uring.h>
#include <poll.h>
#include <pthread.h>
#include <signal.h>
#include <stdatomic.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/epoll.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

#include <lazymb/lazymb.h>
#include "tools/litmus.h"

static const char *mode = "run";
static int failed;
/* The default suite's counts; LAZYMB_LONG=1 (make check-long) gives 4x. */
static int hostile_scaled(int n)
{
	const char *l = getenv("LAZYMB_LONG");

	return l && *l && strcmp(l, "0") != 0 ? 4 * n : n;
}

static atomic_int stop_blockers, stop_all;

#define FAIL(...)                                   \
	do {                                        \
		printf("FAIL: " __VA_ARGS__);       \
		printf("\n");                       \
		fflush(stdout);                     \
		failed = 1;                         \
	} while (0)

static int gettid_(void)
{
	return (int)syscall(SYS_gettid);
}

/* Whether /proc/self/task/<tid>/wchan names a wait channel (the thread is
 * off-CPU); -1 if it cannot be read. */
static int wchan_named(int tid)
{
	char path[64], buf[64] = "";
	int fd, n;

	snprintf(path, sizeof(path), "/proc/self/task/%d/wchan", tid);
	fd = open(path, O_RDONLY);
	if (fd < 0)
		return -1;
	n = (int)read(fd, buf, sizeof(buf) - 1);
	close(fd);
	return n > 0 && strcmp(buf, "0") != 0;
}

/* ---- sleepers: nanosleep, poll, epoll_wait; each counts EINTR ---------- */

static atomic_long eintr[3];
static atomic_int sleeper_tid[3];
static int wake_pipe[2], ep;
static const char *sleeper_name[3] = { "nanosleep", "poll", "epoll_wait" };

static void *sleeper(void *arg)
{
	int k = (int)(intptr_t)arg;

	atomic_store(&sleeper_tid[k], gettid_());
	for (;;) {
		int r;

		if (k == 0) {
			struct timespec ts = { 3600, 0 };

			r = nanosleep(&ts, NULL);
		} else if (k == 1) {
			struct pollfd p = { wake_pipe[0], POLLIN, 0 };

			r = poll(&p, 1, -1);
		} else {
			struct epoll_event e;

			r = epoll_wait(ep, &e, 1, -1);
		}
		if (r < 0 && errno == EINTR) {
			atomic_fetch_add(&eintr[k], 1);
			continue;
		}
		if (atomic_load(&stop_all))
			return NULL;
	}
}

static long eintr_total(void)
{
	return atomic_load(&eintr[0]) + atomic_load(&eintr[1]) + atomic_load(&eintr[2]);
}

/* Until every sleeper is off-CPU (where the kernel says so), at most 2 s. */
static void wait_sleepers_asleep(void)
{
	for (int tries = 0; tries < 200; tries++) {
		int asleep = 0;

		for (int k = 0; k < 3; k++) {
			int tid = atomic_load(&sleeper_tid[k]);

			asleep += tid && wchan_named(tid) != 0;
		}
		if (asleep == 3)
			return;
		usleep(10000);
	}
}

/* ---- threads that block every signal ------------------------------------ */

static void block_all(void)
{
	sigset_t all;

	sigfillset(&all);
	pthread_sigmask(SIG_BLOCK, &all, NULL);
}

static void *blocker_sleeping(void *arg)
{
	(void)arg;
	block_all();
	while (!atomic_load(&stop_blockers)) {
		struct timespec ts = { 0, 2000000 };

		nanosleep(&ts, NULL);
	}
	return NULL;
}

static void *blocker_spinning(void *arg)
{
	(void)arg;
	block_all();
	while (!atomic_load(&stop_blockers)) {
		uint64_t end = lz_litmus_now() + 2000000;
		struct timespec ts = { 0, 20000000 };

		while (lz_litmus_now() < end)
			lazymb_fence_light();
		nanosleep(&ts, NULL);
	}
	return NULL;
}

/* ---- a thread with a 2 KiB alternate signal stack ----------------------- */

static atomic_int altstack_ok;

static void *altstack_thread(void *arg)
{
	static char stack[2048];
	stack_t ss = { .ss_sp = stack, .ss_size = sizeof(stack), .ss_flags = 0 };

	(void)arg;
	if (sigaltstack(&ss, NULL) != 0) {
		printf("note: sigaltstack(2 KiB): %s\n", strerror(errno));
		return NULL;
	}
	atomic_store(&altstack_ok, 1);
	/* Mostly running, so that rounds signal it. */
	while (!atomic_load(&stop_all)) {
		uint64_t end = lz_litmus_now() + 1000000;

		while (lz_litmus_now() < end)
			lazymb_fence_light();
		usleep(500);
	}
	return NULL;
}

/* ---- io_uring: an SQPOLL ring and a read blocked in an io-wq worker ------ */

/* How many threads of this process have a name starting with @prefix. */
static int io_uring_threads(const char *prefix)
{
	DIR *d = opendir("/proc/self/task");
	struct dirent *e;
	int n = 0;

	while (d && (e = readdir(d))) {
		char path[300], buf[64];
		ssize_t r;
		int fd;

		if (e->d_name[0] == '.')
			continue;
		snprintf(path, sizeof(path), "/proc/self/task/%s/comm", e->d_name);
		fd = open(path, O_RDONLY);
		if (fd < 0)
			continue;
		r = read(fd, buf, sizeof(buf) - 1);
		close(fd);
		buf[r > 0 ? r : 0] = 0;
		n += strncmp(buf, prefix, strlen(prefix)) == 0;
	}
	if (d)
		closedir(d);
	return n;
}

static int uring_pipe[2];

/* 0 and the ring running, or -1 with the reason printed as a SKIP. */
static int start_io_uring(void)
{
	struct io_uring_params p;
	struct io_uring_sqe *sqes;
	unsigned char *sq;
	unsigned *tail, *array, *flags;
	size_t sq_len;
	int fd;
	static char buf[16];

	memset(&p, 0, sizeof(p));
	p.flags = IORING_SETUP_SQPOLL;
	p.sq_thread_idle = 100; /* ms: the SQPOLL thread then sleeps */
	fd = (int)syscall(__NR_io_uring_setup, 4, &p);
	if (fd < 0) {
		printf("SKIP: io_uring part: io_uring_setup(SQPOLL): %s\n", strerror(errno));
		return -1;
	}
	sq_len = p.sq_off.array + p.sq_entries * sizeof(unsigned);
	sq = mmap(NULL, sq_len, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_POPULATE, fd,
		  IORING_OFF_SQ_RING);
	sqes = mmap(NULL, p.sq_entries * sizeof(*sqes), PROT_READ | PROT_WRITE,
		    MAP_SHARED | MAP_POPULATE, fd, IORING_OFF_SQES);
	if (sq == MAP_FAILED || sqes == MAP_FAILED || pipe(uring_pipe) != 0) {
		printf("SKIP: io_uring part: mmap of the rings: %s\n", strerror(errno));
		return -1;
	}
	tail = (unsigned *)(sq + p.sq_off.tail);
	array = (unsigned *)(sq + p.sq_off.array);
	flags = (unsigned *)(sq + p.sq_off.flags);
	memset(&sqes[0], 0, sizeof(sqes[0]));
	sqes[0].opcode = IORING_OP_READ;
	sqes[0].fd = uring_pipe[0];
	sqes[0].addr = (uintptr_t)buf;
	sqes[0].len = sizeof(buf);
	/* IOSQE_ASYNC: the read goes to an io-wq worker, which blocks in it. */
	sqes[0].flags = IOSQE_ASYNC;
	array[0] = 0;
	/* Release: the entry before the tail that publishes it to the SQPOLL
	 * thread (io_uring's ring protocol). */
	__atomic_store_n(tail, *tail + 1, __ATOMIC_RELEASE);
	if (__atomic_load_n(flags, __ATOMIC_ACQUIRE) & IORING_SQ_NEED_WAKEUP)
		syscall(__NR_io_uring_enter, fd, 0, 0, IORING_ENTER_SQ_WAKEUP, NULL, 0);
	for (int i = 0; i < 200 && !io_uring_threads("iou-wrk"); i++)
		usleep(10000);
	printf("io_uring: %d iou-sqp and %d iou-wrk threads\n", io_uring_threads("iou-sqp"),
	       io_uring_threads("iou-wrk"));
	if (!io_uring_threads("iou-wrk"))
		printf("note: no io-wq worker appeared\n");
	return 0;
}

/* ---- RCU readers and torture ------------------------------------------- */

#define GOOD 0x600d600du
#define POISON 0xdeadbeefu

struct obj {
	atomic_uint val;
};

static struct obj *_Atomic gptr;
static atomic_long poisoned, reads;

static void *rcu_reader(void *arg)
{
	(void)arg;
	lazymb_rcu_register_thread();
	while (!atomic_load_explicit(&stop_all, memory_order_relaxed)) {
		struct obj *o;

		lazymb_rcu_read_lock();
		o = lazymb_rcu_dereference(gptr);
		if (o && atomic_load_explicit(&o->val, memory_order_relaxed) != GOOD)
			atomic_fetch_add(&poisoned, 1);
		lazymb_rcu_read_unlock();
		atomic_fetch_add_explicit(&reads, 1, memory_order_relaxed);
	}
	lazymb_rcu_unregister_thread();
	return NULL;
}

static void rcu_torture(int gps)
{
	for (int i = 0; i < gps; i++) {
		struct obj *n = malloc(sizeof(*n)), *old;

		atomic_init(&n->val, GOOD);
		old = lazymb_rcu_xchg_pointer(&gptr, n);
		lazymb_rcu_synchronize();
		if (old) {
			/* No reader may still see it: poison it, then free. */
			atomic_store_explicit(&old->val, POISON, memory_order_relaxed);
			free(old);
		}
	}
}

/* ---- the phases ---------------------------------------------------------- */

static long phase_litmus(void (*heavy)(void), int want_forbidden)
{
	long ran = 0, bad = 0, total = 0;
	uint64_t end = lz_litmus_now() + (want_forbidden ? 40ull : (uint64_t)hostile_scaled(3)) * 1000000000u, now;

	do {
		now = lz_litmus_now();
		bad += lz_litmus_sb(want_forbidden ? 20000 : 5000, heavy, end - now, &ran);
		total += ran;
	} while (want_forbidden && bad == 0 && lz_litmus_now() < end);
	printf("litmus (%s): %ld rounds, %ld forbidden\n",
	       heavy == lz_litmus_no_fence ? "no fence: control" : "heavy fence", total, bad);
	return bad;
}


static void fences(int n)
{
	for (int i = 0; i < n; i++)
		lazymb_fence_heavy();
}

static int work_run(int sync_is_signal)
{
	struct lazymb_code *c;
	long e0, e_fence, e_quiesce, e_sync;
	int r;

	/* Heavy fences and grace periods: no EINTR under any strategy. */
	e0 = eintr_total();
	fences(hostile_scaled(100));
	rcu_torture(hostile_scaled(50));
	if (phase_litmus(lazymb_fence_heavy, 0) != 0)
		FAIL("the litmus found the forbidden outcome");
	e_fence = eintr_total() - e0;
	printf("EINTR in sleepers from %d heavy fences, %d grace periods and the litmus: %ld\n",
	       hostile_scaled(100), hostile_scaled(50), e_fence);
	if (e_fence)
		FAIL("heavy fences or grace periods made sleeping calls fail with EINTR");
	if (atomic_load(&poisoned))
		FAIL("%ld poisoned reads", atomic_load(&poisoned));

	/* Quiescence of a range nobody runs: completes, blockers included. */
	r = lazymb_code_create(&c, 4096);
	if (r) {
		FAIL("lazymb_code_create: %s", lazymb_strerror(r));
		return 1;
	}
	e0 = eintr_total();
	for (int i = 0; i < 20; i++) {
		r = lazymb_code_quiesce(c, 0, 64);
		if (r) {
			FAIL("lazymb_code_quiesce: %s", lazymb_strerror(r));
			break;
		}
	}
	e_quiesce = eintr_total() - e0;
	printf("EINTR in sleepers from 20 quiesce rounds: %ld\n", e_quiesce);
	if (e_quiesce)
		FAIL("quiescence made sleeping calls fail with EINTR");

	/* sync_core. Under the signal strategy a thread that blocks the signal
	 * cannot be served (mode sync-blocked checks that it aborts naming
	 * the thread): stop the blockers first there. */
	if (sync_is_signal) {
		atomic_store(&stop_blockers, 1);
		usleep(100000);
	}
	e0 = eintr_total();
	for (int i = 0; i < 50; i++)
		lazymb_sync_core();
	r = lazymb_code_publish(c, 0, 64);
	if (r)
		FAIL("lazymb_code_publish: %s", lazymb_strerror(r));
	e_sync = eintr_total() - e0;
	printf("EINTR in sleepers from 50 sync_core and 1 publish (%s): %ld\n",
	       sync_is_signal ? "signal strategy: expected, measured" : "no signal", e_sync);
	if (!sync_is_signal && e_sync)
		FAIL("sync_core made sleeping calls fail with EINTR");
	/* The detector works: a sync_core round signals sleepers. */
	if (sync_is_signal && e_sync == 0)
		FAIL("sync_core rounds under the signal strategy signal sleepers, yet no EINTR "
		     "was seen: the EINTR detection is broken");
	lazymb_code_destroy(c);
	printf("RCU: %ld reads, %ld poisoned\n", atomic_load(&reads), atomic_load(&poisoned));
	if (atomic_load(&poisoned))
		FAIL("%ld poisoned reads", atomic_load(&poisoned));
	return failed;
}

static int work_control(void)
{
	long e0 = eintr_total(), e;
	int bad = 0;

	fences(100);
	e = eintr_total() - e0;
	printf("control: EINTR from 100 heavy fences that signal sleepers: %ld\n", e);
	if (e == 0) {
		FAIL("control: heavy fences that signal every thread caused no EINTR: the "
		     "EINTR check of the run cannot fail");
		bad = 1;
	}
	if (phase_litmus(lz_litmus_no_fence, 1) == 0) {
		FAIL("control: the litmus without a heavy fence never reordered: the litmus of "
		     "the run cannot fail");
		bad = 1;
	}
	return bad;
}

static void *work(void *arg)
{
	const char *sc = getenv("LAZYMB_SYNC_CORE");
	int sync_is_signal = sc && strcmp(sc, "signal") == 0;
	pthread_t t;
	int r;

	(void)arg;
	/* Wait for main() to have exited: the leader is a zombie. */
	for (int i = 0; i < 100; i++) {
		char path[64], buf[512], *p;
		FILE *f;

		snprintf(path, sizeof(path), "/proc/self/task/%d/stat", getpid());
		f = fopen(path, "r");
		if (!f)
			break;
		p = fgets(buf, sizeof(buf), f) ? strrchr(buf, ')') : NULL;
		fclose(f);
		if (p && p[2] == 'Z') {
			printf("leader %d is a zombie\n", getpid());
			break;
		}
		usleep(10000);
	}
	if (pipe(wake_pipe) != 0 || (ep = epoll_create1(0)) < 0)
		exit(1);
	{
		struct epoll_event e = { .events = EPOLLIN, .data.fd = wake_pipe[0] };

		epoll_ctl(ep, EPOLL_CTL_ADD, wake_pipe[0], &e);
	}
	start_io_uring();
	for (int k = 0; k < 3; k++)
		pthread_create(&t, NULL, sleeper, (void *)(intptr_t)k);
	pthread_create(&t, NULL, blocker_sleeping, NULL);
	if (strcmp(mode, "sync-blocked") != 0)
		pthread_create(&t, NULL, blocker_spinning, NULL);
	pthread_create(&t, NULL, altstack_thread, NULL);
	for (int i = 0; i < 2; i++)
		pthread_create(&t, NULL, rcu_reader, NULL);
	wait_sleepers_asleep();
	for (int i = 0; i < 100 && !atomic_load(&altstack_ok); i++)
		usleep(10000);
	printf("threads: 3 sleepers (%s, %s, %s), 2 blocking every signal, 1 on a 2 KiB "
	       "alternate stack (%s), 2 RCU readers\n", sleeper_name[0], sleeper_name[1],
	       sleeper_name[2], atomic_load(&altstack_ok) ? "set" : "refused");
	fflush(stdout);
	if (strcmp(mode, "sync-blocked") == 0) {
		usleep(100000);
		lazymb_sync_core(); /* must abort naming the blocker */
		printf("FAIL: sync_core returned although a thread blocks the signal\n");
		exit(1);
	}
	r = strcmp(mode, "control") == 0 ? work_control() : work_run(sync_is_signal);
	printf("%s\n", r ? "FAILED" : "PASS");
	fflush(stdout);
	exit(r ? 1 : 0);
}

int main(int argc, char **argv)
{
	struct lazymb_caps c;
	pthread_t t;
	int r;

	if (argc > 1)
		mode = argv[1];
	setvbuf(stdout, NULL, _IOLBF, 0);
	alarm(240);
	r = lazymb_init();
	lazymb_get_caps(&c);
	if (r != 0) {
		const char *f = getenv("LAZYMB_FENCE"), *s = getenv("LAZYMB_SYNC_CORE");

		if (strstr(c.fence_reason, "refused") || !s) {
			printf("SKIP: LAZYMB_FENCE=%s refused here: %s\n", f ? f : "", c.fence_reason);
			return 77;
		}
		printf("LAZYMB_SYNC_CORE=%s refused here: %s\n", s, c.sync_core_reason);
		return 78;
	}
	printf("mode %s: fence %s (%s); sync_core %s (%s)\n", mode,
	       lazymb_strategy_name(c.fence), c.fence_reason, lazymb_strategy_name(c.sync_core),
	       c.sync_core_reason);
	pthread_create(&t, NULL, work, NULL);
	pthread_exit(NULL);
}
