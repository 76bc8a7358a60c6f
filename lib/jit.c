// SPDX-License-Identifier: LGPL-2.1-or-later
// SPDX-FileCopyrightText: 2026 The lazymb authors

/*
 * JIT support: W^X code regions (two views of one memfd), publishing, live
 * patching, batches, and code quiescence. How a site is patched while other
 * threads run it is the arch's protocol (arch/patch.h: the x86 breakpoint
 * protocol in arch/x86_64/patch.c, one word store on powerpc64 and aarch64
 * in arch/generic/patch-word.c, none elsewhere); this file validates the
 * sites, serializes the patches, refuses a patch that would kill a thread
 * blocking the protocol's trap, and calls it.
 *
 * fork: regions are MAP_SHARED, so a child would run the parent's pages
 * and die of the int3s of a patch it knows nothing of (and the other way
 * round). The child gets a copy of every live region, at the same
 * addresses, so each process owns its code: fork_prepare copies each
 * region with the patch lock held (no patch half done), fork_child maps
 * the copies.
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

#include <lazymb/lazymb.h>

#include "arch/jit.h"
#include "arch/patch.h"
#include "lib/base.h"
#include "lib/proc.h"
#include "lib/signal_round.h"

struct lazymb_code {
	int fd;
	unsigned char *rw, *rx;
	size_t size;
};

/* A region with what the library keeps about it: struct lazymb_code first
 * (each is allocated as a struct region), the rest kept out of it so the
 * type the ABI check sees does not change. */
struct region {
	struct lazymb_code code;
	/* In a forked child whose copy of the region failed: the negative
	 * errno; the views are still the parent's pages, so every patch and
	 * publish is refused with it. 0 otherwise. Written by fork_child
	 * while single-threaded, under regions_lock. */
	int lost;
	/* During fork(): a memfd holding the region's bytes as they were
	 * when fork() began (or -errno), made by fork_prepare, mapped by
	 * fork_child, closed by both. regions_lock. */
	int snap;
	/* The registry of live regions (regions_lock). */
	struct region *prev, *next;
};

static struct region *reg(const struct lazymb_code *c)
{
	return (struct region *)(uintptr_t)c;
}

/*
 * The locks, in the order fork_prepare takes them:
 *   patch_lock    patches are serialized process-wide: a protocol patches
 *                 one batch at a time (the x86 trap handler looks at one);
 *   regions_lock  the list of live regions (create, destroy, fork).
 * No path takes patch_lock while holding regions_lock.
 */
static pthread_mutex_t patch_lock = PTHREAD_MUTEX_INITIALIZER;
static pthread_mutex_t regions_lock = PTHREAD_MUTEX_INITIALIZER;
static struct region *regions;

/* Why the calling thread's last lazymb_patch*() failed ("" if it did
 * not): lazymb_patch_reason(). */
static _Thread_local char patch_reason[192];

const char *lazymb_patch_reason(void)
{
	return patch_reason;
}

/* Record @r (0 or -errno) as the calling thread's last patch result;
 * a failure without a reason of its own gets the errno's text. */
static int patch_result(int r)
{
	if (r == 0)
		patch_reason[0] = 0;
	else if (!patch_reason[0])
		lazymb__reason(patch_reason, sizeof(patch_reason), "%s", lazymb_strerror(r));
	return r;
}

/* ---- regions across fork ---------------------------------------------------------- */

/* A memfd of @size bytes holding what @src holds; the fd or -errno. */
static int memfd_copy(const unsigned char *src, size_t size)
{
	int fd = (int)syscall(SYS_memfd_create, "lazymb-code", 1u /* MFD_CLOEXEC */);
	size_t done = 0;

	if (fd < 0)
		return -errno;
	if (ftruncate(fd, (off_t)size) != 0)
		goto fail;
	while (done < size) {
		ssize_t w = pwrite(fd, src + done, size - done, (off_t)done);

		if (w < 0 && errno == EINTR)
			continue;
		if (w <= 0)
			goto fail;
		done += (size_t)w;
	}
	return fd;
fail: {
	int e = errno ? errno : EIO;

	close(fd);
	return -e;
}
}

/*
 * In the child (single-threaded): the snapshot fork_prepare took is
 * mapped over both views at the same addresses (MAP_FIXED), so every
 * pointer into the code stays valid and the pages are the child's own.
 * The copy had to be taken in the parent, with the patch lock held: once
 * fork() returns, the parent's next patch writes the shared pages (an
 * int3 copied mid-patch would kill the child). If a step failed the
 * region is marked lost: the child refuses to patch or publish it (its
 * views may still be the parent's pages).
 */
static void copy_region(struct region *g)
{
	struct lazymb_code *c = &g->code;
	int fd = g->snap;

	g->snap = -1;
	if (fd < 0) {
		g->lost = fd;
		return;
	}
	if (mmap(c->rx, c->size, PROT_READ | PROT_EXEC, MAP_SHARED | MAP_FIXED, fd, 0) ==
		    MAP_FAILED ||
	    mmap(c->rw, c->size, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_FIXED, fd, 0) ==
		    MAP_FAILED) {
		g->lost = -errno;
		close(fd);
		return;
	}
	close(c->fd);
	c->fd = fd;
}

/* No patch in progress and no region being created or destroyed while
 * fork() copies the process. */
static void fork_prepare(void)
{
	pthread_mutex_lock(&patch_lock);
	pthread_mutex_lock(&regions_lock);
	/* The bytes with no patch in progress (a write the program makes
	 * through a rw view on another thread meanwhile races with fork()
	 * and may be missed: lazymb_code_create(3)). */
	for (struct region *g = regions; g; g = g->next)
		g->snap = g->lost ? g->lost : memfd_copy(g->code.rw, g->code.size);
}

static void fork_parent(void)
{
	for (struct region *g = regions; g; g = g->next) {
		if (g->snap >= 0)
			close(g->snap);
		g->snap = -1;
	}
	pthread_mutex_unlock(&regions_lock);
	pthread_mutex_unlock(&patch_lock);
}

/* The forking thread took both locks in fork_prepare; it is the child's
 * only thread, so it releases them (normal mutexes: no owner check). */
static void fork_child(void)
{
	for (struct region *g = regions; g; g = g->next)
		if (!g->lost)
			copy_region(g);
	pthread_mutex_unlock(&regions_lock);
	pthread_mutex_unlock(&patch_lock);
}

__attribute__((constructor)) static void jit_init(void)
{
	pthread_atfork(fork_prepare, fork_parent, fork_child);
}

/* ---- threads that would die of the protocol's trap ------------------------------ */

/* 1 if /proc says @tid is an io_uring worker: such a thread runs only
 * kernel code. */
static int io_worker(int tid)
{
	struct lazymb__thread_stat st;

	return lazymb__thread_stat(tid, &st) == 0 && (st.flags & LAZYMB__PF_IO_WORKER);
}

/*
 * 0 if no other thread blocks @sig, else -EPERM with the first such thread
 * named in patch_reason (or the error of reading /proc: unchecked is
 * refused too). Zombies and io_uring workers never run the code: skipped.
 * A thread seen blocking it is looked at again, every millisecond, 3
 * times if it sleeps and 50 if it is runnable: a thread inside a SIGTRAP
 * handler of the program blocks it only until the handler returns, and a
 * thread just created blocks every signal until it first runs. A thread that
 * blocks it after this check is not seen (lazymb_patch(3), BUGS).
 */
static int check_threads(int sig)
{
	const uint64_t bit = (uint64_t)1 << (sig - 1);
	int *tids, r = 0;
	size_t n;

	r = lazymb__list_threads(lazymb__gettid(), &tids, &n);
	if (r) {
		lazymb__reason(patch_reason, sizeof(patch_reason),
			       "cannot check which threads block signal %d: /proc/self/task: %s",
			       sig, lazymb_strerror(r));
		return r;
	}
	for (size_t i = 0; i < n && !r; i++) {
		struct lazymb__thread_status st;

		for (int tries = 0;; tries++) {
			if (lazymb__thread_status(tids[i], &st) != 0 || st.state == 'Z' ||
			    st.state == 'X' || !(st.sigblk & bit))
				break; /* gone, dead, or not blocking it */
			if (io_worker(tids[i]))
				break;
			/* A runnable thread may be one pthread_create() made
			 * that has not run yet (glibc blocks every signal until
			 * the new thread starts) or one about to leave a
			 * handler: on a loaded machine it waits for a CPU,
			 * so it gets 50 tries (about 50 ms); a sleeping one 3. */
			if (tries == (st.state == 'R' ? 50 : 3)) {
				lazymb__reason(patch_reason, sizeof(patch_reason),
					       "thread %d (%s) blocks signal %d (SIGTRAP on x86-64), "
					       "which the patch may raise in it",
					       tids[i], st.name, sig);
				r = -EPERM;
				break;
			}
			nanosleep(&(struct timespec){ 0, 1000000 }, NULL);
		}
	}
	free(tids);
	return r;
}

/* The protocol's trap, if these sites raise one: armed and deliverable to
 * every thread, or the patch is refused (-EPERM) before any byte changes.
 * Patch lock held. */
static int trap_ok(const struct lazymb_patch *p, size_t n)
{
	int sig = lazymb__patch_protocol.trap_signal ? lazymb__patch_protocol.trap_signal(p, n) : 0;
	int r;

	if (!sig)
		return 0;
	r = lazymb__patch_protocol.arm();
	if (r == -EPERM)
		lazymb__reason(patch_reason, sizeof(patch_reason),
			       "signal %d (SIGTRAP on x86-64) was reset to SIG_DFL or SIG_IGN after "
			       "lazymb installed its handler: a thread reaching the patch would die",
			       sig);
	if (r)
		return r;
	return check_threads(sig);
}

static struct lazymb__code_view code_view(const struct lazymb_code *c)
{
	return (struct lazymb__code_view){ c->rw, c->rx, c->size };
}

static int in_region(const struct lazymb_code *c, size_t off, size_t len)
{
	return c && len <= c->size && off <= c->size - len;
}

int lazymb_code_create(struct lazymb_code **out, size_t size)
{
	long pg = sysconf(_SC_PAGESIZE);
	struct region *g;
	struct lazymb_code *c;
	int e;

	if (!out || size == 0 || size > ((size_t)1 << 40))
		return -EINVAL;
	g = calloc(1, sizeof(*g));
	if (!g)
		return -ENOMEM;
	g->snap = -1;
	c = &g->code;
	c->size = (size + (size_t)pg - 1) & ~((size_t)pg - 1);
	c->fd = (int)syscall(SYS_memfd_create, "lazymb-code", 1u /* MFD_CLOEXEC */);
	if (c->fd < 0) {
		e = errno == ENOSYS ? -ENOSYS : -errno;
		goto fail;
	}
	if (ftruncate(c->fd, (off_t)c->size) != 0) {
		e = -errno;
		goto fail_fd;
	}
	c->rw = mmap(NULL, c->size, PROT_READ | PROT_WRITE, MAP_SHARED, c->fd, 0);
	if (c->rw == MAP_FAILED) {
		e = -errno;
		goto fail_fd;
	}
	c->rx = mmap(NULL, c->size, PROT_READ | PROT_EXEC, MAP_SHARED, c->fd, 0);
	if (c->rx == MAP_FAILED) {
		/* EPERM from an LSM (SELinux execmem), EACCES from noexec. */
		e = (errno == EPERM || errno == EACCES) ? -EACCES : -errno;
		munmap(c->rw, c->size);
		goto fail_fd;
	}
	pthread_mutex_lock(&regions_lock);
	g->next = regions;
	if (regions)
		regions->prev = g;
	regions = g;
	pthread_mutex_unlock(&regions_lock);
	*out = c;
	return 0;
fail_fd:
	close(c->fd);
fail:
	free(g);
	return e;
}

void *lazymb_code_rw(const struct lazymb_code *c)
{
	return c ? c->rw : NULL;
}

void *lazymb_code_rx(const struct lazymb_code *c)
{
	return c ? c->rx : NULL;
}

size_t lazymb_code_size(const struct lazymb_code *c)
{
	return c ? c->size : 0;
}

int lazymb_code_destroy(struct lazymb_code *c)
{
	struct region *g = reg(c);

	if (!c)
		return -EINVAL;
	pthread_mutex_lock(&regions_lock);
	if (g->prev)
		g->prev->next = g->next;
	else
		regions = g->next;
	if (g->next)
		g->next->prev = g->prev;
	pthread_mutex_unlock(&regions_lock);
	munmap(c->rx, c->size);
	munmap(c->rw, c->size);
	close(c->fd);
	free(g);
	return 0;
}

int lazymb_code_publish(struct lazymb_code *c, size_t off, size_t len)
{
	if (!in_region(c, off, len))
		return -EINVAL;
	if (reg(c)->lost)
		return reg(c)->lost;
	if (lazymb_sync_core_available() != 0)
		return lazymb_sync_core_available();
	/* The code's bytes reach instruction fetch on this CPU's caches (and,
	 * broadcast, the others'); sync_core then makes every thread discard
	 * what it fetched before. Pairs with the release store by which the
	 * caller publishes the code's address after this returns. */
	lazymb_arch_icache_sync(c->rw + off, c->rx + off, len);
	lazymb_sync_core();
	return 0;
}

/* Validate @site..+@len in @c's bounds (the arch's own rule is the
 * protocol's site_ok); the offset goes to *@off. */
static int site_ok(const struct lazymb_code *c, const void *site, size_t len, size_t *off)
{
	uintptr_t s = (uintptr_t)site, base;

	if (!c || !site || len == 0 || len > (size_t)LAZYMB_ARCH_INSN_MAX)
		return 0;
	base = (uintptr_t)c->rx;
	if (s < base || s - base >= c->size || !in_region(c, s - base, len))
		return 0;
	*off = s - base;
	return 1;
}

/*
 * Sort @n keys with a least-significant-digit radix sort, 8 bits a pass,
 * as many passes as the largest key needs (a region of up to 1 MiB: 3).
 * O(n), no comparison callbacks; @tmp holds n keys. Returns the sorted
 * array (@a or @tmp).
 */
static uint64_t *radix_sort(uint64_t *a, uint64_t *tmp, size_t n, uint64_t max)
{
	for (unsigned int shift = 0; shift < 64 && (max >> shift); shift += 8) {
		size_t count[257] = { 0 };
		uint64_t *t;

		for (size_t i = 0; i < n; i++)
			count[((a[i] >> shift) & 255) + 1]++;
		for (int d = 0; d < 256; d++)
			count[d + 1] += count[d];
		for (size_t i = 0; i < n; i++)
			tmp[count[(a[i] >> shift) & 255]++] = a[i];
		t = a;
		a = tmp;
		tmp = t;
	}
	return a;
}

/* Validate a batch: sites, lengths, classes, no overlap. Keys are
 * offset << 4 | len (len <= 15); in offset order, each site must end
 * before the next begins. Sites given in order (the usual case) cost one
 * pass; others are radix-sorted first: O(n) either way, next to the
 * batch's sync_cores. */
static int batch_ok(struct lazymb_code *c, const struct lazymb_patch *p, size_t n, size_t *off)
{
	uint64_t *key, *sorted, max = 0;
	int ok = 1, in_order = 1;

	for (size_t i = 0; i < n; i++) {
		if (!p[i].insn || !site_ok(c, p[i].site, p[i].len, &off[i]) ||
		    !lazymb__patch_protocol.site_ok(c->rx + off[i], p[i].insn, p[i].len))
			return 0;
		if (i > 0 && off[i] < off[i - 1] + p[i - 1].len)
			in_order = 0;
	}
	if (in_order)
		return 1;
	key = malloc(2 * n * sizeof(*key));
	if (!key)
		return 0;
	for (size_t i = 0; i < n; i++) {
		key[i] = (uint64_t)off[i] << 4 | p[i].len;
		if (key[i] > max)
			max = key[i];
	}
	sorted = radix_sort(key, key + n, n, max);
	for (size_t i = 1; i < n && ok; i++)
		if ((sorted[i - 1] >> 4) + (sorted[i - 1] & 15) > (sorted[i] >> 4))
			ok = 0;
	free(key);
	return ok;
}

static int patch_batch(struct lazymb_code *c, const struct lazymb_patch *p, size_t n)
{
	struct lazymb__code_view view;
	size_t *off;
	int r = 0, cancel;

	if (!c || (!p && n))
		return -EINVAL;
	if (n == 0)
		return 0;
	if (!lazymb__patch_protocol.apply)
		return -ENOSYS;
	if (reg(c)->lost)
		return reg(c)->lost;
	if (lazymb_sync_core_available() != 0)
		return lazymb_sync_core_available();
	off = malloc(n * sizeof(*off));
	if (!off)
		return -ENOMEM;
	view = code_view(c);
	/* The /proc reads of check_threads() are cancellation points: a
	 * thread cancelled there would leave patch_lock held. Not one. */
	pthread_setcancelstate(PTHREAD_CANCEL_DISABLE, &cancel);
	pthread_mutex_lock(&patch_lock);
	if (!batch_ok(c, p, n, off)) {
		r = -EINVAL;
		goto out;
	}
	r = trap_ok(p, n);
	if (r)
		goto out;
	r = lazymb__patch_protocol.apply(&view, p, off, n);
out:
	pthread_mutex_unlock(&patch_lock);
	pthread_setcancelstate(cancel, NULL);
	free(off);
	return r;
}

int lazymb_patch_batch(struct lazymb_code *c, const struct lazymb_patch *p, size_t n)
{
	patch_reason[0] = 0;
	return patch_result(patch_batch(c, p, n));
}

/* LAZYMB_PATCH_ATOMIC where the protocol has a one-store path: no trap. */
static int patch_one_store(struct lazymb_code *c, void *rx_site, const void *insn, size_t len)
{
	struct lazymb__code_view view;
	size_t off;
	int r;

	if (!insn || !site_ok(c, rx_site, len, &off))
		return -EINVAL;
	if (reg(c)->lost)
		return reg(c)->lost;
	if (lazymb_sync_core_available() != 0)
		return lazymb_sync_core_available();
	view = code_view(c);
	pthread_mutex_lock(&patch_lock);
	r = lazymb__patch_protocol.one_store(&view, off, insn, len);
	pthread_mutex_unlock(&patch_lock);
	return r;
}

int lazymb_patch_ex(struct lazymb_code *c, void *rx_site, const void *insn, size_t len,
		    unsigned int flags)
{
	struct lazymb_patch p = { rx_site, insn, len };

	patch_reason[0] = 0;
	if (flags & ~LAZYMB_PATCH_ATOMIC)
		return patch_result(-EINVAL);
	/* Where the protocol has a one-store path of its own (x86), the flag
	 * takes it; elsewhere every patch already is one store, or none is
	 * possible, and the flag changes nothing. */
	if ((flags & LAZYMB_PATCH_ATOMIC) && lazymb__patch_protocol.one_store)
		return patch_result(patch_one_store(c, rx_site, insn, len));
	return patch_result(patch_batch(c, &p, 1));
}

int lazymb_patch(struct lazymb_code *c, void *rx_site, const void *insn, size_t len)
{
	return lazymb_patch_ex(c, rx_site, insn, len, 0);
}

/* ---- quiescence ---------------------------------------------------------------- */

int lazymb_code_quiesce(struct lazymb_code *c, size_t off, size_t len)
{
	struct lazymb__ip_sample stack[64], *s = stack;
	size_t max = 64, n = 0;
	uintptr_t lo, hi;
	uint64_t deadline = lazymb__now_ns() + 5000000000ull;
	unsigned int sleep_us = 100;
	int r;

	if (!in_region(c, off, len) || len == 0)
		return -EINVAL;
	if (!LAZYMB_ARCH_HAS_UCONTEXT_IP)
		return -ENOSYS;
	lo = (uintptr_t)c->rx + off;
	hi = lo + len;
	for (;;) {
		int inside = 0;

		r = lazymb__signal_round(LAZYMB__ROUND_QUIESCE, s, max, &n);
		if (r)
			break;
		if (n > max) {
			/* More threads than room: grow and sample again. */
			struct lazymb__ip_sample *ns = malloc(n * 2 * sizeof(*ns));

			if (!ns) {
				r = -ENOMEM;
				break;
			}
			if (s != stack)
				free(s);
			s = ns;
			max = n * 2;
			continue;
		}
		for (size_t i = 0; i < n; i++)
			if (s[i].ip >= lo && s[i].ip < hi)
				inside = 1;
		if (!inside)
			break;
		if (lazymb__now_ns() > deadline) {
			r = -ETIMEDOUT;
			break;
		}
		usleep(sleep_us);
		if (sleep_us < 10000)
			sleep_us *= 2;
	}
	if (s != stack)
		free(s);
	return r;
}
