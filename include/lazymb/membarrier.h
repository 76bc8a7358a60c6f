// SPDX-License-Identifier: LGPL-2.1-or-later
// SPDX-FileCopyrightText: 2026 The lazymb authors

/*
 * The membarrier(2) core: every command and flag, the raw call, the cached
 * QUERY, and registration done once per command. The constants carry the
 * kernel's uapi values (include/uapi/linux/membarrier.h) so that programs
 * built against old system headers can still use new commands; they have a
 * LAZYMB_ prefix so they never clash with <linux/membarrier.h>.
 */
#ifndef LAZYMB_MEMBARRIER_H
#define LAZYMB_MEMBARRIER_H

#include <lazymb/compiler.h>

LAZYMB_BEGIN_DECLS

/* Commands (the kernel's enum membarrier_cmd). Since: see membarrier(2). */
#define LAZYMB_MEMBARRIER_CMD_QUERY                                (0)       /* 4.3 */
#define LAZYMB_MEMBARRIER_CMD_GLOBAL                               (1 << 0)  /* 4.3 (was SHARED) */
#define LAZYMB_MEMBARRIER_CMD_SHARED                LAZYMB_MEMBARRIER_CMD_GLOBAL
#define LAZYMB_MEMBARRIER_CMD_GLOBAL_EXPEDITED                     (1 << 1)  /* 4.16 */
#define LAZYMB_MEMBARRIER_CMD_REGISTER_GLOBAL_EXPEDITED            (1 << 2)  /* 4.16 */
#define LAZYMB_MEMBARRIER_CMD_PRIVATE_EXPEDITED                    (1 << 3)  /* 4.14 */
#define LAZYMB_MEMBARRIER_CMD_REGISTER_PRIVATE_EXPEDITED           (1 << 4)  /* 4.14 */
#define LAZYMB_MEMBARRIER_CMD_PRIVATE_EXPEDITED_SYNC_CORE          (1 << 5)  /* 4.16; ppc 5.9; riscv 6.9 */
#define LAZYMB_MEMBARRIER_CMD_REGISTER_PRIVATE_EXPEDITED_SYNC_CORE (1 << 6)
#define LAZYMB_MEMBARRIER_CMD_PRIVATE_EXPEDITED_RSEQ               (1 << 7)  /* 5.10 */
#define LAZYMB_MEMBARRIER_CMD_REGISTER_PRIVATE_EXPEDITED_RSEQ      (1 << 8)  /* 5.10 */
#define LAZYMB_MEMBARRIER_CMD_GET_REGISTRATIONS                    (1 << 9)  /* 6.3 */

/* Flags (the kernel's enum membarrier_cmd_flag). */
#define LAZYMB_MEMBARRIER_CMD_FLAG_CPU                             (1 << 0)  /* 5.10, RSEQ only */

/*
 * How many command bits this header knows (bits 0 to 9 above). Tables with
 * one entry per command are indexed by the bit number, e.g.
 * lazymb_caps.register_errors[]. It sizes that public struct member, so it
 * is part of the ABI and stays 10: a later command needs a new table.
 */
#define LAZYMB_MEMBARRIER_CMD_BITS 10

/* Every command bit this header knows. */
#define LAZYMB_MEMBARRIER_CMD_ALL_KNOWN ((1 << LAZYMB_MEMBARRIER_CMD_BITS) - 1)

/* The REGISTER_* commands. */
#define LAZYMB_MEMBARRIER_REGISTER_CMDS                                   \
	(LAZYMB_MEMBARRIER_CMD_REGISTER_GLOBAL_EXPEDITED |                \
	 LAZYMB_MEMBARRIER_CMD_REGISTER_PRIVATE_EXPEDITED |               \
	 LAZYMB_MEMBARRIER_CMD_REGISTER_PRIVATE_EXPEDITED_SYNC_CORE |     \
	 LAZYMB_MEMBARRIER_CMD_REGISTER_PRIVATE_EXPEDITED_RSEQ)

/**
 * lazymb_membarrier - the raw membarrier(2) system call.
 * @cmd: a LAZYMB_MEMBARRIER_CMD_* command.
 * @flags: 0, or LAZYMB_MEMBARRIER_CMD_FLAG_CPU with PRIVATE_EXPEDITED_RSEQ.
 * @cpu_id: the target CPU when FLAG_CPU is set, else ignored.
 *
 * Returns the kernel's non-negative result, or a negative errno value
 * (-ENOSYS, -EINVAL, -EPERM, -ENOMEM, ...). errno is left untouched.
 * Ordering: whatever the command gives; no extra barrier.
 * Context: any thread; async-signal-safe.
 */
LAZYMB_API int lazymb_membarrier(int cmd, unsigned int flags, int cpu_id);

/**
 * lazymb_membarrier_query - the mask of commands this kernel supports.
 *
 * Returns MEMBARRIER_CMD_QUERY's non-negative mask, or a negative errno
 * (-ENOSYS: no membarrier; -EPERM: blocked by a seccomp filter). The first
 * answer is cached for the life of the process (the kernel's answer does
 * not change until reboot).
 * Context: any thread; thread-safe.
 */
LAZYMB_API int lazymb_membarrier_query(void);

/**
 * lazymb_membarrier_register - register this process for a command, once.
 * @register_cmd: one LAZYMB_MEMBARRIER_CMD_REGISTER_* command.
 *
 * Idempotent and thread-safe: the first caller issues the system call,
 * concurrent and later callers get its result without a second one. A
 * registration that the kernel reports as already made (GET_REGISTRATIONS,
 * Linux 6.3+, e.g. by another library in the process) is adopted without a
 * system call. Success is remembered; a failure is remembered as well
 * (the kernel's answer does not change), and returned again.
 *
 * Returns 0, or -EINVAL if @register_cmd is not a single REGISTER_* command,
 * or the kernel's negative errno (-EINVAL: command unsupported here,
 * -ENOSYS: no membarrier, -EPERM: blocked by seccomp, -ENOMEM).
 * Cost: about 2 us while the process is single-threaded; a kernel RCU grace
 * period (100s of us) once other threads exist. See lazymb_get_caps().
 */
LAZYMB_API int lazymb_membarrier_register(int register_cmd);

/**
 * lazymb_membarrier_registrations - the REGISTER_* commands in effect.
 *
 * Returns the mask of REGISTER_* commands this process is registered for,
 * as far as lazymb knows: those it registered and those it adopted. Where the
 * kernel has GET_REGISTRATIONS, the kernel's mask is merged in. Never fails.
 */
LAZYMB_API int lazymb_membarrier_registrations(void);

LAZYMB_END_DECLS

#endif /* LAZYMB_MEMBARRIER_H */
