// SPDX-License-Identifier: LGPL-2.1-or-later
// SPDX-FileCopyrightText: 2026 The lazymb authors

/*
 * JIT support: W^X code regions (two views of one memfd), publishing, live
 * patching with each arch's protocol, batches, and code quiescence.
 *
 * Breakpoint protocol (x86-64, instructions longer than one byte):
 *   1. store int3 on the first byte;       sync_core
 *   2. store the remaining bytes;          sync_core
 *   3. store the new first byte;           sync_core
 * A thread that executes the site meanwhile either runs the old
 * instruction whole, or traps on the int3. Its SIGTRAP handler waits until
 * the patch is done, moves the IP back to the site and returns, so the
 * thread re-executes the site and runs the new instruction whole. The late
 * trap (the int3 fetched before step 3, the handler run after the patch is
 * over) finds no patch in progress and the byte no longer int3: it is ours
 * too, and the thread just re-executes. Only a trap whose int3 is still
 * there and is not a site being patched goes to the program's handler.
 */
#include "config.h"

#include <errno.h>
#include <pthread.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

#include <lazymb/lazymb.h>

#include "arch/jit.h"
#include "lib/base.h"
#include "lib/signal_round.h"

struct lazymb_code {
	int fd;
	unsigned char *rw, *rx;
	size_t size;
};

/* Patches are serialized process-wide: the trap handler looks at one. */
static pthread_mutex_t patch_lock = PTHREAD_MUTEX_INITIALIZER;

static int in_region(const struct lazymb_code *c, size_t off, size_t len)
{
	return c && len <= c->size && off <= c->size - len;
}

int lazymb_code_create(struct lazymb_code **out, size_t size)
{
	long pg = sysconf(_SC_PAGESIZE);
	struct lazymb_code *c;
	int e;

	if (!out || size == 0 || size > ((size_t)1 << 40))
		return -EINVAL;
	c = calloc(1, sizeof(*c));
	if (!c)
		return -ENOMEM;
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
	*out = c;
	return 0;
fail_fd:
	close(c->fd);
fail:
	free(c);
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
	if (!c)
		return -EINVAL;
	munmap(c->rx, c->size);
	munmap(c->rw, c->size);
	close(c->fd);
	free(c);
	return 0;
}

int lazymb_code_publish(struct lazymb_code *c, size_t off, size_t len)
{
	if (!in_region(c, off, len))
		return -EINVAL;
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

/* Validate @site..+@len in @c; the offset goes to *@off. */
static int site_ok(const struct lazymb_code *c, const void *site, size_t len, size_t *off)
{
	uintptr_t s = (uintptr_t)site, base;

	if (!c || !site || len == 0 || len > (size_t)LAZYMB_ARCH_INSN_MAX)
		return 0;
	base = (uintptr_t)c->rx;
	if (s < base || s - base >= c->size || !in_region(c, s - base, len))
		return 0;
	if (LAZYMB_ARCH_PATCH == LAZYMB_PATCH_WORD && (len != 4 || (s & 3)))
		return 0;
	*off = s - base;
	return 1;
}

#if LAZYMB_ARCH_PATCH == LAZYMB_PATCH_BREAKPOINT

/* ---- the breakpoint protocol and its trap handler -------------------------- */

/* Sites being patched (odd seq: a patch is in progress). Written under
 * patch_lock, read by the handler. */
#define MAX_ACTIVE 4096
static _Atomic uintptr_t active[MAX_ACTIVE];
static _Atomic size_t nactive;
static _Atomic unsigned long patch_seq;
static struct sigaction prev_trap;
/* Bounds of the executable views ever patched: a late trap is ours only
 * inside them. */
static _Atomic uintptr_t patched_lo = UINTPTR_MAX, patched_hi;
static pthread_once_t trap_once = PTHREAD_ONCE_INIT;
static int trap_error;

static int site_active(uintptr_t a)
{
	/* Acquire: pairs with the patcher's release of nactive, after the
	 * sites are written. */
	size_t n = atomic_load_explicit(&nactive, memory_order_acquire);

	for (size_t i = 0; i < n && i < MAX_ACTIVE; i++)
		if (atomic_load_explicit(&active[i], memory_order_relaxed) == a)
			return 1;
	return 0;
}

static void chain(int sig, siginfo_t *si, void *uc)
{
	if (prev_trap.sa_flags & SA_SIGINFO) {
		prev_trap.sa_sigaction(sig, si, uc);
	} else if (prev_trap.sa_handler == SIG_IGN) {
		return;
	} else if (prev_trap.sa_handler != SIG_DFL) {
		prev_trap.sa_handler(sig);
	} else {
		/* The default action for a trap that is not ours. */
		signal(SIGTRAP, SIG_DFL);
		raise(SIGTRAP);
	}
}

/*
 * Async-signal-safe: atomics and loads of the code only.
 *
 * Re-executing the site is always safe: every fetch there sees the old
 * instruction whole, the new one whole, or an int3 that traps again. Only
 * handing an int3 of ours to the program's handler is wrong (the thread
 * would resume inside the instruction). So the handler chains only an int3
 * it saw with no patch beginning or ending around the look: patch_seq read
 * before and after the byte, a seqlock's read side. Without the second
 * read, a handler delayed between its load of patch_seq and its load of the
 * byte (an IPI, a preempted vCPU) took the int3 of the next patch of the
 * same site, begun meanwhile, for the program's own (seen under ASan in
 * check_jit's x86 torture: the thread ran the middle of a mov and died).
 */
static void trap_handler(int sig, siginfo_t *si, void *uc)
{
	uintptr_t site = lazymb_arch_uc_ip(uc) - 1;

	/* int3 traps come with SI_KERNEL; single steps, hardware breakpoints
	 * and signals sent by kill() are the program's. */
	if (si->si_code != SI_KERNEL || site < atomic_load(&patched_lo) ||
	    site >= atomic_load(&patched_hi)) {
		chain(sig, si, uc);
		return;
	}
	for (;;) {
		/* Acquire: pairs with the patcher's releases of patch_seq; the
		 * active list and the bytes read below are at least as new as
		 * the patch boundary this value names. */
		unsigned long seq = atomic_load_explicit(&patch_seq, memory_order_acquire);
		unsigned char byte;

		if ((seq & 1) && site_active(site)) {
			/* Mid-patch: wait for the patcher's last sync_core,
			 * then run the site again. Acquire: pairs with the
			 * release that ends the patch, after its final store. */
			while (atomic_load_explicit(&patch_seq, memory_order_acquire) == seq)
				;
			break;
		}
		byte = *(volatile const unsigned char *)site;
		/* Orders the load of the byte before the second load of
		 * patch_seq. Pairs with the release fence in breakpoint_patch
		 * between its increment of patch_seq and its int3 stores: a
		 * handler that saw a new patch's int3 sees that patch begun. */
		atomic_thread_fence(memory_order_acquire);
		if (byte != LAZYMB_ARCH_BREAKPOINT)
			break; /* the late trap: our int3 is gone */
		if (atomic_load_explicit(&patch_seq, memory_order_relaxed) == seq) {
			/* An int3 no patch put there: the program's. */
			chain(sig, si, uc);
			return;
		}
		/* A patch began or ended while we looked: look again. */
	}
	lazymb_arch_uc_set_ip(uc, site);
}

static void install_trap(void)
{
	struct sigaction sa;

	memset(&sa, 0, sizeof(sa));
	sa.sa_sigaction = trap_handler;
	sigemptyset(&sa.sa_mask);
	sa.sa_flags = SA_SIGINFO | SA_RESTART | SA_ONSTACK;
	if (sigaction(SIGTRAP, &sa, &prev_trap) != 0)
		trap_error = -errno;
}

static void store_bytes(unsigned char *dst, const unsigned char *src, size_t n)
{
	/* Relaxed atomic byte stores: the executing threads read these
	 * bytes (instruction fetch, and the handler) concurrently. */
	for (size_t i = 0; i < n; i++)
		atomic_store_explicit((_Atomic unsigned char *)&dst[i], src[i], memory_order_relaxed);
}

/* Patch @n validated sites in at most three sync_cores; patch_lock held. */
static void breakpoint_patch(struct lazymb_code *c, const struct lazymb_patch *p,
			     const size_t *off, size_t n)
{
	const unsigned char bp = LAZYMB_ARCH_BREAKPOINT;
	int multi = 0;

	for (size_t i = 0; i < n; i++)
		if (p[i].len > 1) {
			atomic_store_explicit(&active[i], (uintptr_t)p[i].site, memory_order_relaxed);
			multi = 1;
		} else {
			atomic_store_explicit(&active[i], 0, memory_order_relaxed);
		}
	/* Release: the sites above before their count; pairs with the acquire
	 * in site_active(). */
	atomic_store_explicit(&nactive, n, memory_order_release);
	/* Release: the active list before the patch counts as in progress;
	 * pairs with the handler's acquire of patch_seq. */
	atomic_fetch_add_explicit(&patch_seq, 1, memory_order_release);
	/* Orders the increment above before the int3 stores below. Pairs with
	 * the trap handler's acquire fence after its load of a site's byte:
	 * a handler that sees one of these int3s sees the patch in progress
	 * and does not hand the trap to the program. */
	atomic_thread_fence(memory_order_release);
	/* Step 1: int3 on every multi-byte site, one-byte sites done. */
	for (size_t i = 0; i < n; i++)
		store_bytes(c->rw + off[i], p[i].len > 1 ? &bp : p[i].insn, 1);
	lazymb_sync_core();
	if (multi) {
		/* Step 2: the tails, behind the int3s. */
		for (size_t i = 0; i < n; i++)
			if (p[i].len > 1)
				store_bytes(c->rw + off[i] + 1, (const unsigned char *)p[i].insn + 1,
					    p[i].len - 1);
		lazymb_sync_core();
		/* Step 3: the first bytes. */
		for (size_t i = 0; i < n; i++)
			if (p[i].len > 1)
				store_bytes(c->rw + off[i], p[i].insn, 1);
		lazymb_sync_core();
	}
	/* Release: every store above before a waiting handler re-executes. */
	atomic_fetch_add_explicit(&patch_seq, 1, memory_order_release);
	atomic_store_explicit(&nactive, 0, memory_order_relaxed);
}

/* One aligned store of the whole instruction (HotSpot's and HHVM's way). */
static int atomic_patch(struct lazymb_code *c, size_t off, const void *insn, size_t len)
{
	uintptr_t a = (uintptr_t)(c->rw + off);
	uintptr_t w = a & ~(uintptr_t)7;
	uint64_t word;

	if (len > 8 || (a + len - 1) / 8 != a / 8)
		return -EINVAL; /* not inside one aligned 8-byte word (so one line) */
	memcpy(&word, (void *)w, 8);
	memcpy((unsigned char *)&word + (a - w), insn, len);
	atomic_store_explicit((_Atomic uint64_t *)w, word, memory_order_relaxed);
	lazymb_sync_core();
	return 0;
}

#endif /* LAZYMB_PATCH_BREAKPOINT */

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
		if (!p[i].insn || !site_ok(c, p[i].site, p[i].len, &off[i]))
			return 0;
#if LAZYMB_ARCH_PATCH == LAZYMB_PATCH_WORD
		{
			uint32_t old, new;

			memcpy(&old, c->rx + off[i], 4);
			memcpy(&new, p[i].insn, 4);
			if (!lazymb_arch_insn_patchable(old) || !lazymb_arch_insn_patchable(new))
				return 0;
		}
#endif
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

int lazymb_patch_batch(struct lazymb_code *c, const struct lazymb_patch *p, size_t n)
{
	size_t *off;
	int r = 0;

	if (!c || (!p && n))
		return -EINVAL;
	if (n == 0)
		return 0;
	if (LAZYMB_ARCH_PATCH == LAZYMB_PATCH_NONE)
		return -ENOSYS;
	if (lazymb_sync_core_available() != 0)
		return lazymb_sync_core_available();
	off = malloc(n * sizeof(*off));
	if (!off)
		return -ENOMEM;
	pthread_mutex_lock(&patch_lock);
	if (!batch_ok(c, p, n, off)) {
		r = -EINVAL;
		goto out;
	}
#if LAZYMB_ARCH_PATCH == LAZYMB_PATCH_BREAKPOINT
	if (n > MAX_ACTIVE) {
		r = -EINVAL;
		goto out;
	}
	pthread_once(&trap_once, install_trap);
	if (trap_error) {
		r = trap_error;
		goto out;
	}
	if ((uintptr_t)c->rx < atomic_load(&patched_lo))
		atomic_store(&patched_lo, (uintptr_t)c->rx);
	if ((uintptr_t)c->rx + c->size > atomic_load(&patched_hi))
		atomic_store(&patched_hi, (uintptr_t)c->rx + c->size);
	breakpoint_patch(c, p, off, n);
#elif LAZYMB_ARCH_PATCH == LAZYMB_PATCH_WORD
	for (size_t i = 0; i < n; i++) {
		uint32_t w;

		memcpy(&w, p[i].insn, 4);
		/* One single-copy-atomic aligned word store. */
		atomic_store_explicit((_Atomic uint32_t *)(void *)(c->rw + off[i]), w,
				      memory_order_relaxed);
		lazymb_arch_icache_sync(c->rw + off[i], c->rx + off[i], 4);
	}
	lazymb_sync_core();
#endif
out:
	pthread_mutex_unlock(&patch_lock);
	free(off);
	return r;
}

int lazymb_patch_ex(struct lazymb_code *c, void *rx_site, const void *insn, size_t len,
		    unsigned int flags)
{
	struct lazymb_patch p = { rx_site, insn, len };

	if (flags & ~LAZYMB_PATCH_ATOMIC)
		return -EINVAL;
	if (flags & LAZYMB_PATCH_ATOMIC) {
#if LAZYMB_ARCH_PATCH == LAZYMB_PATCH_BREAKPOINT
		size_t off;
		int r;

		if (!insn || !site_ok(c, rx_site, len, &off))
			return -EINVAL;
		if (lazymb_sync_core_available() != 0)
			return lazymb_sync_core_available();
		pthread_mutex_lock(&patch_lock);
		r = atomic_patch(c, off, insn, len);
		pthread_mutex_unlock(&patch_lock);
		return r;
#else
		/* Word arches: every patch is already one aligned store. */
#endif
	}
	return lazymb_patch_batch(c, &p, 1);
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

		r = lazymb__signal_round(0, s, max, &n);
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
