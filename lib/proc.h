// SPDX-License-Identifier: LGPL-2.1-or-later
// SPDX-FileCopyrightText: 2026 The lazymb authors

/*
 * What /proc says about this process's threads: how many, which, and one
 * thread's state, name, blocked signals, flags, wait channel and system
 * call. Slow paths only (listing a round's threads and sorting them,
 * diagnosing a stuck one, naming a stalled reader). Private: never
 * installed.
 */
#ifndef LAZYMB_LIB_PROC_H
#define LAZYMB_LIB_PROC_H

#include <stddef.h>
#include <stdint.h>

#include "lib/base.h"

/* Number of threads in this process (/proc/self/stat), or -errno. */
LAZYMB_HIDDEN int lazymb__thread_count(void);

/* The tids of this process but @self, in a malloc'ed array *@out of
 * *@count; 0 or -errno (nothing to free then). -ESRCH if @self is not
 * listed: /proc then belongs to another PID namespace (its tids are not
 * ours). */
LAZYMB_HIDDEN int lazymb__list_threads(int self, int **out, size_t *count);

/* One thread as /proc/self/task/<tid>/status shows it. */
struct lazymb__thread_status {
	char state;           /* 'R', 'S', 'Z', ...; '?' if unknown */
	char name[32];        /* comm; "" if unknown */
	uint64_t sigblk;      /* blocked signals, bit sig-1 */
};

/* 0, or -errno (the thread is gone, or /proc is not there). */
LAZYMB_HIDDEN int lazymb__thread_status(int tid, struct lazymb__thread_status *st);

/* The pid /proc/self/stat shows for this process (-errno if unreadable):
 * getpid() unless /proc belongs to another PID namespace. */
LAZYMB_HIDDEN int lazymb__proc_self_pid(void);

/* PF_IO_WORKER (include/linux/sched.h): an io_uring thread (iou-sqp-*,
 * iou-wrk-*), which runs kernel code only. */
#define LAZYMB__PF_IO_WORKER 0x10ul

/* One thread as /proc/self/task/<tid>/stat shows it: the state letter
 * (field 3) and the PF_* flags (field 9). 0 or -errno. */
struct lazymb__thread_stat {
	char state;
	unsigned long flags;
};
LAZYMB_HIDDEN int lazymb__thread_stat(int tid, struct lazymb__thread_stat *st);

/* Whether /proc/self/task/<tid>/wchan names a wait channel: 1 (a name),
 * 0 ("0": running, runnable, or the kernel would not say), or -errno. */
LAZYMB_HIDDEN int lazymb__thread_wchan(int tid);

/* The user PC of thread @tid if it is blocked (in a system call or
 * outside one), from /proc/self/task/<tid>/syscall: 1 and *@pc; 0 if the
 * file says "running"; or -errno. */
LAZYMB_HIDDEN int lazymb__thread_syscall_pc(int tid, uintptr_t *pc);

#endif /* LAZYMB_LIB_PROC_H */
