// SPDX-License-Identifier: LGPL-2.1-or-later
// SPDX-FileCopyrightText: 2026 The lazymb authors

/* Private declarations shared by lib/ files. Never installed. */
#ifndef LAZYMB_INTERNAL_H
#define LAZYMB_INTERNAL_H

#include <stdatomic.h>
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

/* Read an environment variable once at init; NULL if unset or empty. */
LAZYMB_HIDDEN const char *lazymb__getenv(const char *name);

#endif /* LAZYMB_INTERNAL_H */
