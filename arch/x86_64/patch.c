// SPDX-License-Identifier: LGPL-2.1-or-later
// SPDX-FileCopyrightText: 2026 The lazymb authors

/*
 * x86-64 live patching (arch/patch.h), built on x86_64 only (mk/jit.am).
 *
 * Breakpoint protocol (instructions longer than one byte):
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
 *
 * What it rests on: the Intel SDM (vol. 3A, December 2023 edition, 9.1.3)
 * gives only a flag-based cross-modifying algorithm (the executor waits
 * for a flag, serializes, then runs the new code) and says nothing of
 * int3. Step 1 relies on the property the Linux kernel's text_poke_bp()
 * (fd4363fff3d9) relies on, stated by Intel only informally: a one-byte
 * int3 stored over an instruction another thread executes is fetched
 * whole or not at all. Steps 2 and 3 follow the SDM: the bytes change only
 * while the int3 keeps threads out, and each sync_core makes every thread
 * serialize. doc/guarantees.md section 4.3.
 *
 * LAZYMB_PATCH_ATOMIC: one aligned store of the whole instruction instead,
 * when it lies inside one aligned 8-byte word.
 *
 * The kernel forces the int3's SIGTRAP: a thread that blocks it, or a
 * process whose disposition is SIG_DFL or SIG_IGN, dies at the int3. So a
 * patch that plants one (breakpoint_trap_signal) first arms the handler
 * (breakpoint_arm: still installed), and lib/jit.c refuses it when a
 * thread blocks SIGTRAP; one-byte and LAZYMB_PATCH_ATOMIC patches plant
 * none.
 */
#include "config.h"

#include <errno.h>
#include <pthread.h>
#include <signal.h>
#include <stdatomic.h>
#include <stdint.h>
#include <string.h>

#include <lazymb/lazymb.h>

#include "arch/jit.h"
#include "arch/patch.h"

#if LAZYMB_ARCH_PATCH != LAZYMB_PATCH_BREAKPOINT
#error "arch/x86_64/patch.c is built for x86_64 only, but arch/jit.h did not pick arch/x86_64/jit.h"
#endif

/* Sites being patched (odd seq: a patch is in progress). Written under
 * lib/jit.c's patch lock (one patch at a time), read by the handler. */
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

#ifdef LAZYMB_TEST_HOOKS
/* Test builds only (arch/patch.h): set by tests/check_trap_race.c before
 * any thread can trap, read-only afterwards. */
void (*lazymb__patch_test_hook)(int point);
int lazymb__patch_test_old_handler;
#define HOOK(point)                                                    \
	do {                                                           \
		void (*hook_)(int) = lazymb__patch_test_hook;          \
		if (hook_)                                             \
			hook_(LAZYMB__HOOK_##point);                   \
	} while (0)
#define OLD_HANDLER() (lazymb__patch_test_old_handler != 0)
#else
#define HOOK(point) ((void)0)
#define OLD_HANDLER() 0
#endif

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
	/* The trap's IP is just past the int3; the handler moves it back. */
	uintptr_t site = lazymb_arch_ucontext_ip(uc) - 1;

	/* int3 traps come with SI_KERNEL; single steps, hardware breakpoints
	 * and signals sent by kill() are the program's. */
	if (si->si_code != SI_KERNEL || site < atomic_load(&patched_lo) ||
	    site >= atomic_load(&patched_hi)) {
		chain(sig, si, uc);
		return;
	}
	HOOK(TRAP_ENTER);
	for (;;) {
		/* Acquire: pairs with the patcher's releases of patch_seq; the
		 * active list and the bytes read below are at least as new as
		 * the patch boundary this value names. */
		unsigned long seq = atomic_load_explicit(&patch_seq, memory_order_acquire);
		unsigned char byte;

		HOOK(TRAP_SEQ_LOADED);

		if ((seq & 1) && site_active(site)) {
			/* Mid-patch: wait for the patcher's last sync_core,
			 * then run the site again. Acquire: pairs with the
			 * release that ends the patch, after its final store. */
			while (atomic_load_explicit(&patch_seq, memory_order_acquire) == seq)
				lazymb_arch_cpu_relax();
			break;
		}
		byte = *(volatile const unsigned char *)site;
		/* Orders the load of the byte before the second load of
		 * patch_seq. Pairs with the release fence in breakpoint_patch
		 * between its increment of patch_seq and its int3 stores: a
		 * handler that saw a new patch's int3 sees that patch begun. */
		atomic_thread_fence(memory_order_acquire);
		HOOK(TRAP_BYTE_LOADED);
		if (byte != LAZYMB_ARCH_BREAKPOINT)
			break; /* the late trap: our int3 is gone */
		/* (The test build's negative control skips the second load:
		 * the handler before commit 6c2d198.) */
		if (OLD_HANDLER() ||
		    atomic_load_explicit(&patch_seq, memory_order_relaxed) == seq) {
			/* An int3 no patch put there: the program's. */
			chain(sig, si, uc);
			return;
		}
		/* A patch began or ended while we looked: look again. */
	}
	lazymb_arch_ucontext_set_ip(uc, site);
}

static void install_trap(void)
{
	struct sigaction sa;

	memset(&sa, 0, sizeof(sa));
	sa.sa_sigaction = trap_handler;
	sigemptyset(&sa.sa_mask);
	/* SA_NODEFER: SIGTRAP stays unblocked while the handler runs (it
	 * never executes patched code itself), so a thread waiting here for
	 * a patch to end is not taken by lib/jit.c's check for a thread that
	 * blocks SIGTRAP; and a program's handler reached through chain()
	 * can take a trap of its own instead of dying of it. */
	sa.sa_flags = SA_SIGINFO | SA_RESTART | SA_ONSTACK | SA_NODEFER;
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

/* Patch @n validated sites in at most three sync_cores; patch lock held. */
static void breakpoint_patch(const struct lazymb__code_view *c, const struct lazymb_patch *p,
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
	HOOK(PATCH_INT3);
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
static int atomic_patch(const struct lazymb__code_view *c, size_t off, const void *insn,
			size_t len)
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

/* Any length up to LAZYMB_ARCH_INSN_MAX, any alignment, any instruction. */
static int breakpoint_site_ok(const unsigned char *rx, const void *insn, size_t len)
{
	(void)rx;
	(void)insn;
	(void)len;
	return 1;
}

/* SIGTRAP when one of the sites gets an int3 (longer than one byte). */
static int breakpoint_trap_signal(const struct lazymb_patch *p, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (p[i].len > 1)
			return SIGTRAP;
	return 0;
}

/*
 * The handler on first use; afterwards, SIGTRAP must still reach it. A
 * program that installed its own handler since must chain to ours (the
 * man page's NOTES), which cannot be checked; one that reset SIGTRAP to
 * SIG_DFL or SIG_IGN cut ours off, and the kernel, which forces a trap's
 * signal (an ignored one is reset to SIG_DFL), would kill the process at
 * the first thread that reaches an int3: refused.
 */
static int breakpoint_arm(void)
{
	struct sigaction cur;

	pthread_once(&trap_once, install_trap);
	if (trap_error)
		return trap_error;
	if (sigaction(SIGTRAP, NULL, &cur) != 0)
		return -errno;
	if (!(cur.sa_flags & SA_SIGINFO) &&
	    (cur.sa_handler == SIG_DFL || cur.sa_handler == SIG_IGN))
		return -EPERM;
	return 0;
}

static int breakpoint_apply(const struct lazymb__code_view *c, const struct lazymb_patch *p,
			    const size_t *off, size_t n)
{
	if (n > MAX_ACTIVE)
		return -EINVAL;
	/* Done by breakpoint_arm() already when a site gets an int3; one-byte
	 * sites alone need no handler. */
	pthread_once(&trap_once, install_trap);
	if (trap_error)
		return trap_error;
	if ((uintptr_t)c->rx < atomic_load(&patched_lo))
		atomic_store(&patched_lo, (uintptr_t)c->rx);
	if ((uintptr_t)c->rx + c->size > atomic_load(&patched_hi))
		atomic_store(&patched_hi, (uintptr_t)c->rx + c->size);
	breakpoint_patch(c, p, off, n);
	return 0;
}

const struct lazymb__patch_protocol lazymb__patch_protocol = {
	.name = "breakpoint",
	.site_ok = breakpoint_site_ok,
	.apply = breakpoint_apply,
	.one_store = atomic_patch,
	.trap_signal = breakpoint_trap_signal,
	.arm = breakpoint_arm,
};
