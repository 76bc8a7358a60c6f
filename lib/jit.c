// SPDX-License-Identifier: LGPL-2.1-or-later
// SPDX-FileCopyrightText: 2026 The lazymb authors

/*
 * JIT support: W^X code regions (two views of one memfd), publishing, live
 * patching, batches, and code quiescence. How a site is patched while other
 * threads run it is the arch's protocol (arch/patch.h: the x86 breakpoint
 * protocol in arch/x86_64/patch.c, one word store on powerpc64 and aarch64
 * in arch/generic/patch-word.c, none elsewhere); this file validates the
 * sites, serializes the patches and calls it.
 */
#include "config.h"

#include <errno.h>
#include <pthread.h>
#include <stdlib.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <lazymb/lazymb.h>

#include "arch/jit.h"
#include "arch/patch.h"
#include "lib/base.h"
#include "lib/signal_round.h"

struct lazymb_code {
	int fd;
	unsigned char *rw, *rx;
	size_t size;
};

/* Patches are serialized process-wide: a protocol patches one batch at a
 * time (the x86 trap handler looks at one). */
static pthread_mutex_t patch_lock = PTHREAD_MUTEX_INITIALIZER;

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

int lazymb_patch_batch(struct lazymb_code *c, const struct lazymb_patch *p, size_t n)
{
	struct lazymb__code_view view;
	size_t *off;
	int r = 0;

	if (!c || (!p && n))
		return -EINVAL;
	if (n == 0)
		return 0;
	if (!lazymb__patch_protocol.apply)
		return -ENOSYS;
	if (lazymb_sync_core_available() != 0)
		return lazymb_sync_core_available();
	off = malloc(n * sizeof(*off));
	if (!off)
		return -ENOMEM;
	view = code_view(c);
	pthread_mutex_lock(&patch_lock);
	if (!batch_ok(c, p, n, off)) {
		r = -EINVAL;
		goto out;
	}
	r = lazymb__patch_protocol.apply(&view, p, off, n);
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
	/* Where the protocol has a one-store path of its own (x86), the flag
	 * takes it; elsewhere every patch already is one store, or none is
	 * possible, and the flag changes nothing. */
	if ((flags & LAZYMB_PATCH_ATOMIC) && lazymb__patch_protocol.one_store) {
		struct lazymb__code_view view;
		size_t off;
		int r;

		if (!insn || !site_ok(c, rx_site, len, &off))
			return -EINVAL;
		if (lazymb_sync_core_available() != 0)
			return lazymb_sync_core_available();
		view = code_view(c);
		pthread_mutex_lock(&patch_lock);
		r = lazymb__patch_protocol.one_store(&view, off, insn, len);
		pthread_mutex_unlock(&patch_lock);
		return r;
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
