// SPDX-License-Identifier: LGPL-2.1-or-later
// SPDX-FileCopyrightText: 2026 The lazymb authors

/*
 * Names and error texts: pure functions of their argument, on the bottom
 * layer (libc only), so that every other lib/ file may call them without
 * reaching up into the capability report (caps.c).
 */
#include "config.h"

#include <errno.h>
#include <string.h>

#include <lazymb/caps.h>
#include <lazymb/membarrier.h>

const char *lazymb_strategy_name(enum lazymb_strategy s)
{
	switch (s) {
	case LAZYMB_STRATEGY_NONE:       return "none";
	case LAZYMB_STRATEGY_MEMBARRIER: return "membarrier";
	case LAZYMB_STRATEGY_SIGNAL:     return "signal";
	case LAZYMB_STRATEGY_MPROTECT:   return "mprotect";
	case LAZYMB_STRATEGY_GLOBAL:     return "global";
	case LAZYMB_STRATEGY_SCHED:      return "sched";
	}
	return NULL;
}

const char *lazymb_membarrier_cmd_name(int cmd)
{
	switch (cmd) {
	case LAZYMB_MEMBARRIER_CMD_QUERY:                                return "QUERY";
	case LAZYMB_MEMBARRIER_CMD_GLOBAL:                               return "GLOBAL";
	case LAZYMB_MEMBARRIER_CMD_GLOBAL_EXPEDITED:                     return "GLOBAL_EXPEDITED";
	case LAZYMB_MEMBARRIER_CMD_REGISTER_GLOBAL_EXPEDITED:            return "REGISTER_GLOBAL_EXPEDITED";
	case LAZYMB_MEMBARRIER_CMD_PRIVATE_EXPEDITED:                    return "PRIVATE_EXPEDITED";
	case LAZYMB_MEMBARRIER_CMD_REGISTER_PRIVATE_EXPEDITED:           return "REGISTER_PRIVATE_EXPEDITED";
	case LAZYMB_MEMBARRIER_CMD_PRIVATE_EXPEDITED_SYNC_CORE:          return "PRIVATE_EXPEDITED_SYNC_CORE";
	case LAZYMB_MEMBARRIER_CMD_REGISTER_PRIVATE_EXPEDITED_SYNC_CORE: return "REGISTER_PRIVATE_EXPEDITED_SYNC_CORE";
	case LAZYMB_MEMBARRIER_CMD_PRIVATE_EXPEDITED_RSEQ:               return "PRIVATE_EXPEDITED_RSEQ";
	case LAZYMB_MEMBARRIER_CMD_REGISTER_PRIVATE_EXPEDITED_RSEQ:      return "REGISTER_PRIVATE_EXPEDITED_RSEQ";
	case LAZYMB_MEMBARRIER_CMD_GET_REGISTRATIONS:                    return "GET_REGISTRATIONS";
	}
	return NULL;
}

/*
 * A text of lazymb's own for each errno a public function gives a meaning
 * to; any other errno (one a function passes through from a system call,
 * e.g. -EMFILE from memfd_create in lazymb_code_create) gets libc's
 * description, untranslated: strerrordesc_np() returns a static string and
 * is thread-safe, which strerror() is not required to be.
 */
const char *lazymb_strerror(int err)
{
	if (err < 0)
		err = -err;
	switch (err) {
	case 0:         return "success";
	case ENOSYS:    return "not available on this kernel or platform (membarrier missing, or the command or strategy does not exist here)";
	case EPERM:     return "not permitted: membarrier blocked by a seccomp filter, or the process is not registered for this command";
	case EINVAL:    return "invalid argument, or not supported here (unknown command, bad flags or cpu, a strategy invalid on this arch)";
	case ENOMEM:    return "out of memory (from membarrier: the kernel could not allocate a CPU mask)";
	case EBUSY:     return "busy: another caller holds the operation, or it is too late to change a setting";
	case ETIMEDOUT: return "timed out waiting for another thread (it may block the library's signal or be stopped)";
	case EDEADLK:   return "would deadlock: called inside a read-side critical section of the same domain";
	case EACCES:    return "access denied: a policy forbids executable shared memory (an LSM such as SELinux execmem, or memfd noexec)";
	}
#ifdef HAVE_STRERRORDESC_NP
	{
		const char *libc = strerrordesc_np(err);

		if (libc)
			return libc;
	}
#endif
	return "unknown error";
}
