// SPDX-License-Identifier: LGPL-2.1-or-later
// SPDX-FileCopyrightText: 2026 The lazymb authors

/*
 * What /proc says about this process's threads: how many, which, and one
 * thread's state, name and blocked signals. Slow paths only (listing a
 * round's threads, diagnosing a stuck one, naming a stalled reader).
 * Private: never installed.
 */
#ifndef LAZYMB_LIB_PROC_H
#define LAZYMB_LIB_PROC_H

#include <stddef.h>
#include <stdint.h>

#include "lib/base.h"

/* Number of threads in this process (/proc/self/stat), or -errno. */
LAZYMB_HIDDEN int lazymb__thread_count(void);

/* The tids of this process but @self, in a malloc'ed array *@out of
 * *@count; 0 or -errno (nothing to free then). */
LAZYMB_HIDDEN int lazymb__list_threads(int self, int **out, size_t *count);

/* One thread as /proc/self/task/<tid>/status shows it. */
struct lazymb__thread_status {
	char state;           /* 'R', 'S', 'Z', ...; '?' if unknown */
	char name[32];        /* comm; "" if unknown */
	uint64_t sigblk;      /* blocked signals, bit sig-1 */
};

/* 0, or -errno (the thread is gone, or /proc is not there). */
LAZYMB_HIDDEN int lazymb__thread_status(int tid, struct lazymb__thread_status *st);

#endif /* LAZYMB_LIB_PROC_H */
