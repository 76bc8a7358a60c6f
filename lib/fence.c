// SPDX-License-Identifier: LGPL-2.1-or-later
// SPDX-FileCopyrightText: 2026 The lazymb authors

/*
 * Asymmetric fences and sync_core: strategy selection and the membarrier
 * strategy. (Foundation version: membarrier only; the fallbacks, combining
 * and overrides are added by the fence work.)
 */
#include "config.h"

#include <errno.h>
#include <pthread.h>
#include <stdio.h>
#include <string.h>

#include "arch/arch.h"
#include "lib/internal.h"

static pthread_once_t init_once = PTHREAD_ONCE_INIT;
static int init_error;
static enum lazymb_strategy fence_strategy, sync_strategy;
static int sync_error;
static char fence_reason[LAZYMB_REASON_MAX], sync_reason[LAZYMB_REASON_MAX];
static _Atomic unsigned long long st_heavy_req, st_heavy_iss, st_sync_req, st_sync_iss;

static void select_strategies(void)
{
	int r = lazymb_membarrier_register(LAZYMB_MEMBARRIER_CMD_REGISTER_PRIVATE_EXPEDITED);

	if (r == 0) {
		fence_strategy = LAZYMB_STRATEGY_MEMBARRIER;
		snprintf(fence_reason, sizeof(fence_reason), "PRIVATE_EXPEDITED registered");
	} else {
		fence_strategy = LAZYMB_STRATEGY_NONE;
		init_error = -ENOSYS;
		snprintf(fence_reason, sizeof(fence_reason), "REGISTER_PRIVATE_EXPEDITED: %s",
			 lazymb_strerror(r));
	}
	r = lazymb_membarrier_register(LAZYMB_MEMBARRIER_CMD_REGISTER_PRIVATE_EXPEDITED_SYNC_CORE);
	if (r == 0) {
		sync_strategy = LAZYMB_STRATEGY_MEMBARRIER;
		snprintf(sync_reason, sizeof(sync_reason), "PRIVATE_EXPEDITED_SYNC_CORE registered");
	} else {
		sync_strategy = LAZYMB_STRATEGY_NONE;
		sync_error = -ENOSYS;
		snprintf(sync_reason, sizeof(sync_reason), "REGISTER_PRIVATE_EXPEDITED_SYNC_CORE: %s",
			 lazymb_strerror(r));
	}
}

int lazymb_init(void)
{
	pthread_once(&init_once, select_strategies);
	return init_error;
}

int lazymb_sync_core_available(void)
{
	lazymb_init();
	return sync_error;
}

void lazymb_fence_heavy(void)
{
	int r;

	atomic_fetch_add_explicit(&st_heavy_req, 1, memory_order_relaxed);
	if (LAZYMB_UNLIKELY(lazymb_init() != 0))
		lazymb__die("lazymb_fence_heavy: no valid strategy: %s", fence_reason);
	r = lazymb_membarrier(LAZYMB_MEMBARRIER_CMD_PRIVATE_EXPEDITED, 0, 0);
	if (LAZYMB_UNLIKELY(r < 0))
		lazymb__die("membarrier PRIVATE_EXPEDITED failed after registration: %s",
			    lazymb_strerror(r));
	atomic_fetch_add_explicit(&st_heavy_iss, 1, memory_order_relaxed);
}

int lazymb_try_fence_heavy(void)
{
	lazymb_fence_heavy();
	return 0;
}

void lazymb_sync_core(void)
{
	int r;

	atomic_fetch_add_explicit(&st_sync_req, 1, memory_order_relaxed);
	if (LAZYMB_UNLIKELY(lazymb_sync_core_available() != 0))
		lazymb__die("lazymb_sync_core: no valid strategy: %s", sync_reason);
	r = lazymb_membarrier(LAZYMB_MEMBARRIER_CMD_PRIVATE_EXPEDITED_SYNC_CORE, 0, 0);
	if (LAZYMB_UNLIKELY(r < 0))
		lazymb__die("membarrier SYNC_CORE failed after registration: %s", lazymb_strerror(r));
	/* Before 5.10 the kernel did not serialize the caller: do it here. */
	lazymb_arch_serialize();
	atomic_fetch_add_explicit(&st_sync_iss, 1, memory_order_relaxed);
}

int lazymb_fence_heavy_cpu(int cpu)
{
	int r;

	if (cpu < 0)
		return -EINVAL;
	r = lazymb_membarrier_register(LAZYMB_MEMBARRIER_CMD_REGISTER_PRIVATE_EXPEDITED_RSEQ);
	if (r < 0)
		return r == -EINVAL || r == -EPERM ? -ENOSYS : r;
	r = lazymb_membarrier(LAZYMB_MEMBARRIER_CMD_PRIVATE_EXPEDITED_RSEQ,
			      LAZYMB_MEMBARRIER_CMD_FLAG_CPU, cpu);
	return r < 0 ? r : 0;
}

int lazymb_set_strategy(enum lazymb_op op, enum lazymb_strategy s)
{
	(void)op;
	(void)s;
	return -EBUSY;
}

int lazymb_get_stats(struct lazymb_stats *st)
{
	if (!st)
		return -EINVAL;
	memset(st, 0, sizeof(*st));
	st->heavy_requested = atomic_load_explicit(&st_heavy_req, memory_order_relaxed);
	st->heavy_issued = atomic_load_explicit(&st_heavy_iss, memory_order_relaxed);
	st->sync_core_requested = atomic_load_explicit(&st_sync_req, memory_order_relaxed);
	st->sync_core_issued = atomic_load_explicit(&st_sync_iss, memory_order_relaxed);
	st->registrations = lazymb__registration_syscalls();
	return 0;
}

void lazymb__fence_fill_caps(struct lazymb_caps *caps)
{
	caps->init_error = lazymb_init();
	caps->initialized = 1;
	caps->fence = fence_strategy;
	memcpy(caps->fence_reason, fence_reason, sizeof(caps->fence_reason));
	caps->sync_core = sync_strategy;
	memcpy(caps->sync_core_reason, sync_reason, sizeof(caps->sync_core_reason));
	caps->sync_core_error = sync_error;
	caps->fence_heavy_cpu = lazymb_fence_heavy_cpu(0) == -ENOSYS ? -ENOSYS : 0;
}
