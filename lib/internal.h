// SPDX-License-Identifier: LGPL-2.1-or-later
// SPDX-FileCopyrightText: 2026 The lazymb authors

/* Private declarations shared by lib/ files. Never installed. */
#ifndef LAZYMB_INTERNAL_H
#define LAZYMB_INTERNAL_H

#include <stdatomic.h>
#include <stddef.h>
#include <stdint.h>
#include <lazymb/lazymb.h>

#define LAZYMB_HIDDEN __attribute__((visibility("hidden")))

/* Abort with file, function, line and the reason. For broken invariants
 * only (a strategy that was probed as working fails later). */
#define lazymb__die(...) lazymb__die_at(__FILE__, __LINE__, __func__, __VA_ARGS__)
LAZYMB_HIDDEN __attribute__((noreturn, format(printf, 4, 5)))
void lazymb__die_at(const char *file, int line, const char *func, const char *fmt, ...);

/* Monotonic nanoseconds. */
LAZYMB_HIDDEN uint64_t lazymb__now_ns(void);

/* Number of threads in this process (/proc/self/stat), or -errno. */
LAZYMB_HIDDEN int lazymb__thread_count(void);

/* membarrier.c: errno for a REGISTER bit that failed (0 if none), the mask of
 * registrations issued after other threads existed, REGISTER syscalls. */
LAZYMB_HIDDEN int lazymb__register_error(int register_cmd);
LAZYMB_HIDDEN int lazymb__late_registrations(void);
LAZYMB_HIDDEN uint64_t lazymb__registration_syscalls(void);
/* Kernel's GET_REGISTRATIONS answer (cached after the first ask), or -errno. */
LAZYMB_HIDDEN int lazymb__kernel_registrations(void);

/* caps.c: CPU features (LAZYMB_CPU_*), probed once. */
LAZYMB_HIDDEN unsigned int lazymb__cpu_features(void);
/* Kernel version as major<<16|minor<<8|patch, 0 if unknown. */
LAZYMB_HIDDEN int lazymb__kernel_version(void);

/* fence.c: fill the strategy fields of @caps (runs lazymb_init()). */
LAZYMB_HIDDEN void lazymb__fence_fill_caps(struct lazymb_caps *caps);

/*
 * Signal rounds (lib/signal_round.c, the fence work): deliver the library's
 * signal to every other thread of the process and return once each one has
 * run the handler (or has exited). The handler executes a full fence, then
 * the arch serializing instruction if LAZYMB__ROUND_SERIALIZE is set, then,
 * if @samples is not NULL, records its interrupted instruction pointer (from
 * the ucontext), then acknowledges with a release store.
 * @samples/@max/@n: up to @max (tid, ip) pairs, *@n set to the number of
 * threads sampled (may exceed @max: the caller retries with more room).
 * Returns 0, -ETIMEDOUT naming nothing (the caller reports; see caps), or
 * another negative errno. Used by the signal strategy and by JIT quiesce.
 */
#define LAZYMB__ROUND_SERIALIZE 0x1u
struct lazymb__ip_sample {
	int tid;
	uintptr_t ip;
};
LAZYMB_HIDDEN int lazymb__signal_round(unsigned int flags, struct lazymb__ip_sample *samples,
				       size_t max, size_t *n);

/* Set-up of the signal machinery (once): 0 or -errno with a reason; the
 * signal chosen (0 before set-up); rounds run so far; and, after a round
 * returned -ETIMEDOUT, which thread held it up and why. */
LAZYMB_HIDDEN int lazymb__signal_setup(void);
LAZYMB_HIDDEN int lazymb__signal_number(void);
LAZYMB_HIDDEN const char *lazymb__signal_setup_reason(void);
LAZYMB_HIDDEN unsigned long long lazymb__signal_rounds(void);
LAZYMB_HIDDEN void lazymb__signal_stuck(char *buf, size_t len);

/* Read an environment variable once at init; NULL if unset or empty. */
LAZYMB_HIDDEN const char *lazymb__getenv(const char *name);

#endif /* LAZYMB_INTERNAL_H */
