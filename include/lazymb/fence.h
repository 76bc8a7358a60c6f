// SPDX-License-Identifier: LGPL-2.1-or-later
// SPDX-FileCopyrightText: 2026 The lazymb authors

/*
 * Asymmetric fences and process-wide core serialization.
 *
 * The light fence is for hot paths and costs no instruction; the heavy fence
 * is for rare paths and makes every light fence in the process act as a full
 * fence (the asymmetric fences of C++ proposal P1202):
 *
 *                   light   heavy
 *          light      X       O        O: ordered
 *          heavy      O       O        X: not ordered
 *
 * The mechanism behind the heavy fence is chosen once, by lazymb_init()
 * (explicit, or implicit on first use); see doc/guarantees.md.
 */
#ifndef LAZYMB_FENCE_H
#define LAZYMB_FENCE_H

#include <lazymb/compiler.h>
#include <lazymb/caps.h>

LAZYMB_BEGIN_DECLS

/**
 * lazymb_init - choose the heavy-fence and sync_core strategies, once.
 *
 * Optional, idempotent, thread-safe. Reads LAZYMB_FENCE, LAZYMB_SYNC_CORE,
 * LAZYMB_SIGNAL and honours lazymb_set_strategy() calls made before it.
 * Returns 0 when the heavy fence has a valid strategy here, else a negative
 * errno: -ENOSYS (no strategy valid here), -EINVAL (an override names a
 * strategy that is invalid here). Whether sync_core has one is reported
 * separately: lazymb_sync_core_available(), lazymb_get_caps().
 */
LAZYMB_API int lazymb_init(void);

/**
 * lazymb_fence_light - the cheap side of an asymmetric fence.
 *
 * A compiler barrier: no instruction is emitted. Ordered against
 * lazymb_fence_heavy() on any thread as if both were seq_cst fences.
 * Pairs with: lazymb_fence_heavy().
 */
static inline void lazymb_fence_light(void)
{
	LAZYMB_COMPILER_BARRIER();
}

/**
 * lazymb_fence_heavy - the expensive side of an asymmetric fence.
 *
 * On return, every thread of the process that executed lazymb_fence_light()
 * is ordered with the caller as if that light fence had been a seq_cst
 * fence; the caller itself passes a full fence before and after.
 * Cannot fail once lazymb_init() returned 0. Called without a successful
 * lazymb_init(), it runs it and aborts with a message naming the reason if
 * no strategy is valid: it never returns without the guarantee.
 * Concurrent callers share work: a caller may be satisfied by a fence that
 * another thread started after the call began.
 * Pairs with: lazymb_fence_light() on other threads.
 * Context: any thread, not from a signal handler; may block.
 */
LAZYMB_API void lazymb_fence_heavy(void);

/**
 * lazymb_try_fence_heavy - a heavy fence that does not wait behind another.
 * Returns 0 after a heavy fence (own or shared), or -EBUSY when another
 * caller's fence is in flight and this one would have to wait for it.
 */
LAZYMB_API int lazymb_try_fence_heavy(void);

/**
 * lazymb_sync_core - process-wide instruction-stream serialization.
 *
 * On return, every thread of the process has executed, or will execute
 * before it next runs user code, a core-serializing (x86) or
 * context-synchronizing (powerpc, arm64) event, and the caller has executed
 * one too. Implies lazymb_fence_heavy(). Does no cache maintenance: see
 * the JIT layer (jit.h). Same failure rule as lazymb_fence_heavy().
 */
LAZYMB_API void lazymb_sync_core(void);

/**
 * lazymb_sync_core_available - 0 if lazymb_sync_core() has a valid strategy
 * here, else the negative errno that lazymb_init() found for it.
 */
LAZYMB_API int lazymb_sync_core_available(void);

/**
 * lazymb_fence_heavy_cpu - a heavy fence aimed at one CPU, for per-CPU data.
 * @cpu: the target CPU.
 *
 * MEMBARRIER_CMD_PRIVATE_EXPEDITED_RSEQ with FLAG_CPU: the thread of this
 * process running on @cpu (if any) passes a full fence and has its rseq
 * critical section restarted.
 * Returns 0, -EINVAL for a bad @cpu, -ENOSYS where the kernel lacks it.
 */
LAZYMB_API int lazymb_fence_heavy_cpu(int cpu);

/* Which operation lazymb_set_strategy() configures. */
enum lazymb_op {
	LAZYMB_OP_FENCE = 0,     /* lazymb_fence_heavy() */
	LAZYMB_OP_SYNC_CORE = 1, /* lazymb_sync_core() */
};

/**
 * lazymb_set_strategy - choose a strategy instead of the best valid one.
 * @op: LAZYMB_OP_FENCE or LAZYMB_OP_SYNC_CORE.
 * @s: the strategy; LAZYMB_STRATEGY_NONE restores automatic choice.
 *
 * Must be called before lazymb_init() (explicit or implicit).
 * Returns 0; -EINVAL if @s is not valid for @op on this machine (nothing is
 * changed: never a silent downgrade); -EBUSY after lazymb_init() ran.
 */
LAZYMB_API int lazymb_set_strategy(enum lazymb_op op, enum lazymb_strategy s);

/* Counters, cumulative since the process started. */
struct lazymb_stats {
	unsigned long long heavy_requested;  /* lazymb_fence_heavy() calls (incl. try) */
	unsigned long long heavy_issued;     /* heavy fences actually carried out */
	unsigned long long sync_core_requested;
	unsigned long long sync_core_issued;
	unsigned long long registrations;    /* REGISTER_* system calls issued */
	unsigned long long fallback_rounds;  /* signal / mprotect / global rounds */
	unsigned long long heavy_ns_total;   /* time in issued heavy fences and sync_cores */
	unsigned long long heavy_ns_max;
	unsigned long long reserved[8];
};

/**
 * lazymb_get_stats - read the counters. Returns 0, or -EINVAL for NULL.
 */
LAZYMB_API int lazymb_get_stats(struct lazymb_stats *st);

LAZYMB_END_DECLS

#endif /* LAZYMB_FENCE_H */
