// SPDX-License-Identifier: LGPL-2.1-or-later
// SPDX-FileCopyrightText: 2026 The lazymb authors

/*
 * membarrier(2) core: the raw call, the cached QUERY, registration done once
 * per command (eager in a constructor while the process is single-threaded,
 * lazy otherwise), the kernel's GET_REGISTRATIONS answer for reports.
 *
 * Why register early: REGISTER in a process with more than one thread makes
 * the kernel wait for an RCU grace period (sync_runqueues_membarrier_state(),
 * kernel/sched/membarrier.c); single-threaded it is a store and a fence.
 * Registration is per mm: inherited by fork(), cleared by execve().
 */
#include "config.h"

#include <errno.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <lazymb/lazymb.h>

#include "arch/arch.h"
#include "lib/membarrier.h"
#include "lib/proc.h"

/* ---- the raw call ------------------------------------------------------- */

int lazymb_membarrier(int cmd, unsigned int flags, int cpu_id)
{
	int saved = errno;
	long r;

	/*
	 * Through libc's syscall() rather than inline asm: one code path for
	 * every arch, and tests can interpose it to count system calls. errno
	 * is the caller's: restore it.
	 */
	r = syscall(LAZYMB_NR_membarrier, cmd, flags, cpu_id);
	if (r < 0) {
		r = -errno;
		errno = saved;
	}
	return (int)r;
}

/* ---- QUERY, cached -------------------------------------------------------- */

#define QUERY_UNSET INT32_MIN
static _Atomic int query_cache = QUERY_UNSET;

int lazymb_membarrier_query(void)
{
	int q = atomic_load_explicit(&query_cache, memory_order_relaxed);

	if (q == QUERY_UNSET) {
		/* Racing first callers may both ask; the kernel's answer is
		 * the same for both (stable until reboot), so relaxed is enough. */
		q = lazymb_membarrier(LAZYMB_MEMBARRIER_CMD_QUERY, 0, 0);
		atomic_store_explicit(&query_cache, q, memory_order_relaxed);
	}
	return q;
}

/* ---- registration --------------------------------------------------------- */

/*
 * reg_done: REGISTER_* bits in effect, each set only after our own REGISTER
 * system call returned 0 (never from GET_REGISTRATIONS: see
 * lazymb__kernel_registrations()). Set with release; read with acquire on
 * the fast path of lazymb_membarrier_register(), which pairs with it, so a
 * thread that sees the bit may issue the barrier command and be ordered
 * after the registration.
 * reg_failed and reg_err: a failed REGISTER's errno, written under reg_lock
 * before reg_failed's release store; read after its acquire load.
 */
static pthread_mutex_t reg_lock = PTHREAD_MUTEX_INITIALIZER;
static _Atomic int reg_done;
static _Atomic int reg_failed;
static int reg_err[LAZYMB_MEMBARRIER_CMD_BITS];
_Static_assert((LAZYMB_MEMBARRIER_REGISTER_CMDS >> LAZYMB_MEMBARRIER_CMD_BITS) == 0,
	       "reg_err[] and lazymb_caps.register_errors[] are indexed by a REGISTER command's bit number");
static int reg_late;
static _Atomic uint64_t reg_syscalls;
/* -EINVAL if LAZYMB_REGISTER had a bad value. Written by the constructor,
 * before anything can call into the library (dlopen() returns after it);
 * read-only after. */
static int reg_env_error;

static int valid_register_cmd(int cmd)
{
	return cmd > 0 && (cmd & (cmd - 1)) == 0 &&
	       (cmd & LAZYMB_MEMBARRIER_REGISTER_CMDS) == cmd;
}

/*
 * GET_REGISTRATIONS, for the reports only (lazymb_membarrier_registrations(),
 * lazymb_get_caps()), never to decide that a command is registered. The
 * kernel reports a command when its intent bit or its ready bit is set
 * (membarrier_get_registrations(), kernel/sched/membarrier.c, 6.3, commit
 * 544a4f2ecd45), and REGISTER_PRIVATE_EXPEDITED_SYNC_CORE and _RSEQ set the
 * PRIVATE_EXPEDITED intent bit too (membarrier_register_private_expedited()):
 * after another library registered RSEQ only, the answer includes
 * REGISTER_PRIVATE_EXPEDITED while PRIVATE_EXPEDITED still fails with EPERM.
 * A registration in progress, or one that failed with ENOMEM after setting
 * its intent bit, is reported as well.
 */
int lazymb__kernel_registrations(void)
{
	int q = lazymb_membarrier_query();

	if (q < 0)
		return q;
	if (!(q & LAZYMB_MEMBARRIER_CMD_GET_REGISTRATIONS))
		return -EINVAL;
	/* Asked each time: registrations made since are visible to it. */
	return lazymb_membarrier(LAZYMB_MEMBARRIER_CMD_GET_REGISTRATIONS, 0, 0);
}

/*
 * Always our own REGISTER, once per command: it is what makes the command
 * usable, and for a command another library (or our parent before fork)
 * already made ready, the kernel returns at once without waiting for a
 * grace period (the ready-state check at the top of
 * membarrier_register_private_expedited() and
 * membarrier_register_global_expedited()).
 */
int lazymb_membarrier_register(int register_cmd)
{
	int r;

	if (!valid_register_cmd(register_cmd))
		return -EINVAL;
	/* Fast path. Acquire: pairs with the release fetch_or on reg_done
	 * (or on reg_failed, which publishes reg_err[]) below. */
	if (atomic_load_explicit(&reg_done, memory_order_acquire) & register_cmd)
		return 0;
	if (atomic_load_explicit(&reg_failed, memory_order_acquire) & register_cmd)
		return reg_err[__builtin_ctz((unsigned)register_cmd)];

	pthread_mutex_lock(&reg_lock);
	/* Relaxed under reg_lock: every store to the two masks is made
	 * under it too; a racer that registered first is seen here. */
	if (atomic_load_explicit(&reg_done, memory_order_relaxed) & register_cmd) {
		r = 0;
	} else if (atomic_load_explicit(&reg_failed, memory_order_relaxed) & register_cmd) {
		r = reg_err[__builtin_ctz((unsigned)register_cmd)];
	} else {
		int q = lazymb_membarrier_query();

		if (q == -ENOSYS || q == -EPERM) {
			/* No membarrier, or a seccomp filter: REGISTER
			 * would answer the same. Do not retry. */
			r = q;
		} else {
			int threads = lazymb__thread_count();

			atomic_fetch_add_explicit(&reg_syscalls, 1, memory_order_relaxed);
			r = lazymb_membarrier(register_cmd, 0, 0);
			if (r > 0)
				r = 0;
			if (r == 0 && threads > 1)
				reg_late |= register_cmd;
		}
		if (r == 0) {
			/* Pairs with the acquire fast path above. */
			atomic_fetch_or_explicit(&reg_done, register_cmd, memory_order_release);
		} else {
			reg_err[__builtin_ctz((unsigned)register_cmd)] = r;
			/* Publishes reg_err[]; pairs with the acquire above. */
			atomic_fetch_or_explicit(&reg_failed, register_cmd, memory_order_release);
		}
	}
	pthread_mutex_unlock(&reg_lock);
	return r;
}

/* A report: what we registered, and what the kernel says was asked for
 * (intent bits included: see lazymb__kernel_registrations()). */
int lazymb_membarrier_registrations(void)
{
	int k = lazymb__kernel_registrations();
	/* Acquire: pairs with the release in lazymb_membarrier_register()
	 * that records a registration. */
	int mine = atomic_load_explicit(&reg_done, memory_order_acquire);

	return k > 0 ? (mine | (k & LAZYMB_MEMBARRIER_REGISTER_CMDS)) : mine;
}

int lazymb__register_error(int register_cmd)
{
	if (!valid_register_cmd(register_cmd))
		return -EINVAL;
	/* Acquire: pairs with the release that publishes reg_err[]. */
	if (atomic_load_explicit(&reg_failed, memory_order_acquire) & register_cmd)
		return reg_err[__builtin_ctz((unsigned)register_cmd)];
	return 0;
}

int lazymb__register_env_error(void)
{
	return reg_env_error;
}

int lazymb__late_registrations(void)
{
	int r;

	pthread_mutex_lock(&reg_lock);
	r = reg_late;
	pthread_mutex_unlock(&reg_lock);
	return r;
}

uint64_t lazymb__registration_syscalls(void)
{
	return atomic_load_explicit(&reg_syscalls, memory_order_relaxed);
}

/*
 * Eager registration, from the library constructor: the process is usually
 * still single-threaded here, so each REGISTER costs a store and a fence in
 * the kernel instead of a grace period. LAZYMB_REGISTER=lazy turns it off
 * (for sandboxes whose seccomp filter kills on membarrier, or programs that
 * never fence); the commands then register on first use.
 */
__attribute__((constructor)) static void lazymb_register_early(void)
{
	static const char *const modes[] = { "eager", "lazy" };
	int mode = lazymb__env_enum("LAZYMB_REGISTER", modes, 2);

	/* A bad value was reported; eager, the default, is what a program
	 * that set nothing gets. lazymb_init() returns -EINVAL for it. */
	if (mode == -EINVAL)
		reg_env_error = -EINVAL;
	if (mode == 1)
		return;
	if (lazymb_membarrier_query() < 0)
		return;
	/* Trust REGISTER over QUERY (QUERY misses RSEQ on 5.10-5.16). */
	lazymb_membarrier_register(LAZYMB_MEMBARRIER_CMD_REGISTER_PRIVATE_EXPEDITED);
	lazymb_membarrier_register(LAZYMB_MEMBARRIER_CMD_REGISTER_PRIVATE_EXPEDITED_SYNC_CORE);
	lazymb_membarrier_register(LAZYMB_MEMBARRIER_CMD_REGISTER_PRIVATE_EXPEDITED_RSEQ);
}
