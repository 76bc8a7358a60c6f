// SPDX-License-Identifier: LGPL-2.1-or-later
// SPDX-FileCopyrightText: 2026 The lazymb authors

/*
 * JIT support: code regions that are never writable and executable in the
 * same mapping, publishing new code to every thread, and patching code that
 * other threads may be executing, with each architecture's
 * cross-modifying-code rules (doc/guarantees.md, section 4).
 */
#ifndef LAZYMB_JIT_H
#define LAZYMB_JIT_H

#include <stddef.h>
#include <lazymb/compiler.h>

LAZYMB_BEGIN_DECLS

struct lazymb_code;

/**
 * lazymb_code_create - a code region of at least @size bytes: two views of
 * one memfd, one writable (lazymb_code_rw) and one executable
 * (lazymb_code_rx), never both in one mapping.
 * Returns 0, -EINVAL (size 0 or NULL @out), -ENOMEM, -ENOSYS (no memfd),
 * -EACCES (a policy refuses an executable shared mapping).
 * After fork() the child has its own copy of every live region, at the
 * same addresses (see the man page).
 */
LAZYMB_API int lazymb_code_create(struct lazymb_code **out, size_t size);
LAZYMB_API void *lazymb_code_rw(const struct lazymb_code *c);
LAZYMB_API void *lazymb_code_rx(const struct lazymb_code *c);
LAZYMB_API size_t lazymb_code_size(const struct lazymb_code *c);
/* Unmaps both views. Returns 0, or -EINVAL for NULL. */
LAZYMB_API int lazymb_code_destroy(struct lazymb_code *c);

/**
 * lazymb_code_publish - make code written through the rw view at
 * [@off, @off + @len) safe to run on every thread: instruction-cache
 * maintenance where the arch needs it, then one lazymb_sync_core().
 * Returns 0, or -EINVAL for a range outside the region.
 */
LAZYMB_API int lazymb_code_publish(struct lazymb_code *c, size_t off, size_t len);

/* lazymb_patch_ex flags. */
#define LAZYMB_PATCH_ATOMIC 0x1u /* x86-64: one aligned store (see man page) */

/**
 * lazymb_patch - replace one whole instruction at @rx_site (an address in
 * the executable view) by the @len bytes at @insn, while other threads may
 * be executing it. Returns 0, -EINVAL for a site outside the region, a bad
 * length or alignment, or an instruction the arch does not allow to be
 * modified concurrently (nothing is written), -ENOSYS where the arch has no
 * patch protocol, -EPERM when a thread of the process blocks the signal the
 * protocol's trap raises (x86-64: SIGTRAP, for instructions longer than one
 * byte) or SIGTRAP was reset to SIG_DFL/SIG_IGN (nothing is written; see
 * lazymb_patch_reason()).
 */
LAZYMB_API int lazymb_patch(struct lazymb_code *c, void *rx_site, const void *insn, size_t len);
LAZYMB_API int lazymb_patch_ex(struct lazymb_code *c, void *rx_site, const void *insn,
			       size_t len, unsigned int flags);

struct lazymb_patch {
	void *site;       /* in the executable view */
	const void *insn; /* the new instruction */
	size_t len;
};

/**
 * lazymb_patch_batch - @n patches with at most three lazymb_sync_core()
 * calls in all. All are checked first: one bad or overlapping site and
 * nothing is written (-EINVAL).
 */
LAZYMB_API int lazymb_patch_batch(struct lazymb_code *c, const struct lazymb_patch *p, size_t n);

/**
 * lazymb_patch_reason - why the calling thread's last lazymb_patch(),
 * lazymb_patch_ex() or lazymb_patch_batch() failed (for -EPERM: the thread
 * that blocks SIGTRAP, by id and name), or "" if it succeeded. Thread-local;
 * valid until the thread's next patch call.
 */
LAZYMB_API const char *lazymb_patch_reason(void);

/**
 * lazymb_code_quiesce - return once no thread of the process has its
 * instruction pointer inside [@off, @off + @len) of the executable view
 * (sampled with a signal round, retried). Returns 0, -EINVAL for a bad
 * range, -ETIMEDOUT after about 5 s, -ENOSYS where the arch's signal
 * context is unknown.
 */
LAZYMB_API int lazymb_code_quiesce(struct lazymb_code *c, size_t off, size_t len);

LAZYMB_END_DECLS

#endif /* LAZYMB_JIT_H */
