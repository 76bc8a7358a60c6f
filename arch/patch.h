// SPDX-License-Identifier: LGPL-2.1-or-later
// SPDX-FileCopyrightText: 2026 The lazymb authors

/*
 * The live-patch protocol (private): what lib/jit.c asks of the arch. The
 * build compiles exactly one file that defines lazymb__patch_protocol,
 * chosen from configure's LAZYMB_ARCH (mk/jit.am):
 *
 *   x86_64              arch/x86_64/patch.c       breakpoint protocol, its
 *                                                 SIGTRAP handler, one-store
 *                                                 patch
 *   powerpc64, aarch64  arch/generic/patch-word.c one aligned 4-byte store of
 *                                                 a patchable class
 *   anything else       arch/generic/patch.c      no live patching (-ENOSYS)
 *
 * lib/jit.c keeps what every arch shares: regions, publishing, the site's
 * bounds (in the region, 1..LAZYMB_ARCH_INSN_MAX bytes), batches (no two
 * sites overlap), the patch lock, and quiescence. Every protocol file
 * checks that arch/jit.h picked the headers it was written for.
 */
#ifndef LAZYMB_ARCH_PATCH_H
#define LAZYMB_ARCH_PATCH_H

#include <stddef.h>

#include <lazymb/jit.h>

/* A code region's two views of the same bytes (struct lazymb_code). */
struct lazymb__code_view {
	unsigned char *rw; /* writable view: the patcher stores here */
	unsigned char *rx; /* executable view: other threads run here */
	size_t size;
};

struct lazymb__patch_protocol {
	/* Name for comments and debugging: "breakpoint", "word", "none". */
	const char *name;
	/* The arch's own rule for a site lib/jit.c found in bounds: 1 if the
	 * @len bytes at @insn may replace the instruction at @rx (length,
	 * alignment, instruction class), else 0. Reads the old instruction
	 * only after its own length and alignment checks passed. */
	int (*site_ok)(const unsigned char *rx, const void *insn, size_t len);
	/* Patch @n valid, non-overlapping sites (@off: each site's offset in
	 * @v) while other threads may run them; returns once every thread
	 * runs the new instructions. Called with lib/jit.c's patch lock held
	 * and lazymb_sync_core() available. 0 or a negative errno. NULL: no
	 * live patching here, lazymb_patch*() return -ENOSYS. */
	int (*apply)(const struct lazymb__code_view *v, const struct lazymb_patch *p,
		     const size_t *off, size_t n);
	/* LAZYMB_PATCH_ATOMIC: the whole instruction in one store, for a site
	 * in bounds, under the patch lock, with lazymb_sync_core() available.
	 * 0 or a negative errno. NULL where every patch already is one store
	 * (word arches) or none is possible: the flag then changes nothing. */
	int (*one_store)(const struct lazymb__code_view *v, size_t off, const void *insn,
			 size_t len);
	/* The signal apply() may make a thread that runs one of the sites @p
	 * receive (x86: SIGTRAP, from the int3 of a site longer than one
	 * byte), or 0 if none (every site is one store). NULL: never. A
	 * signal the kernel forces (a trap): a thread that blocks it, or a
	 * process that ignores it, dies of it. lib/jit.c checks every thread
	 * before apply() and refuses the patch (-EPERM) when one blocks it. */
	int (*trap_signal)(const struct lazymb_patch *p, size_t n);
	/* Called under the patch lock before apply() when trap_signal() gave
	 * a signal: install the handler on first use, and check that the
	 * signal's disposition still reaches it (not SIG_DFL or SIG_IGN set
	 * by the program since). 0, -EPERM (the disposition was reset), or
	 * the error of installing it. */
	int (*arm)(void);
};

#ifdef LAZYMB_TEST_HOOKS
/*
 * Test builds only (liblazymb-testhooks.la, mk/jit.am; never the installed
 * library): points where the protocol calls lazymb__patch_test_hook, if
 * set, so a test can stall the trap handler or the patcher there and
 * drive a race deterministically (tests/check_trap_race.c).
 */
enum lazymb__patch_hook_point {
	LAZYMB__HOOK_TRAP_ENTER,      /* handler: an int3 trap in a patched region */
	LAZYMB__HOOK_TRAP_SEQ_LOADED, /* handler: after its first load of patch_seq */
	LAZYMB__HOOK_TRAP_BYTE_LOADED,/* handler: after its load of the site's byte */
	LAZYMB__HOOK_PATCH_INT3,      /* patcher: int3s stored and sync_core'd (step 1) */
};
extern void (*lazymb__patch_test_hook)(int point) __attribute__((visibility("hidden")));
/* Nonzero: the handler skips its second load of patch_seq, as before
 * commit 6c2d198 (the negative control of the race test). */
extern int lazymb__patch_test_old_handler __attribute__((visibility("hidden")));
#endif

extern const struct lazymb__patch_protocol lazymb__patch_protocol
	__attribute__((visibility("hidden")));

#endif /* LAZYMB_ARCH_PATCH_H */
