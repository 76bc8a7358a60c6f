// SPDX-License-Identifier: LGPL-2.1-or-later
// SPDX-FileCopyrightText: 2026 The lazymb authors

/*
 * The library's base: what every lib/ file may use and that depends on no
 * other lib/ file. Dying with a message, the clock, the environment, the
 * thread id, futexes, and the one sleep/wake handshake (struct lazymb__wait)
 * that the signal rounds and RCU use. Private: never installed.
 */
#ifndef LAZYMB_LIB_BASE_H
#define LAZYMB_LIB_BASE_H

#include <errno.h>
#include <stdatomic.h>
#include <stddef.h>
#include <stdint.h>

#define LAZYMB_HIDDEN __attribute__((visibility("hidden")))

/* Abort with file, function, line and the reason. For broken invariants
 * and programming errors that cannot be returned. */
#define lazymb__die(...) lazymb__die_at(__FILE__, __LINE__, __func__, __VA_ARGS__)
LAZYMB_HIDDEN __attribute__((noreturn, format(printf, 4, 5)))
void lazymb__die_at(const char *file, int line, const char *func, const char *fmt, ...);

/* printf into a reason buffer (a strategy's, a round's); truncation is
 * acceptable for a reason, so no caller checks it. */
LAZYMB_HIDDEN __attribute__((format(printf, 3, 4)))
void lazymb__reason(char *buf, size_t len, const char *fmt, ...);

/* Monotonic nanoseconds. */
LAZYMB_HIDDEN uint64_t lazymb__now_ns(void);

/* The calling thread's id (a system call: keep it off fast paths). */
LAZYMB_HIDDEN int lazymb__gettid(void);

/* An environment variable (secure_getenv: not under set-uid); NULL if unset
 * or empty. Read at initialization only. */
LAZYMB_HIDDEN const char *lazymb__getenv(const char *name);

/*
 * Reading the library's variables (LAZYMB_*). Each is read once, by the
 * subsystem it configures, through one of these, so that a bad value is
 * reported the same way everywhere: one line on stderr,
 *
 *     lazymb: NAME=VALUE: <what is accepted>[; <what is done instead>]
 *
 * and the caller decides what the bad value does, to its own subsystem only
 * (lazymb(7), ENVIRONMENT). The helpers print nothing for a good or unset
 * value; a caller that reads a variable once reports it once.
 */

/* Print that line: "lazymb: @name=@value: " then @fmt. For a variable whose
 * syntax the two helpers below do not cover. */
LAZYMB_HIDDEN __attribute__((format(printf, 3, 4)))
void lazymb__env_report(const char *name, const char *value, const char *fmt, ...);

/* Returned by lazymb__env_enum() for an unset or empty variable. */
#define LAZYMB__ENV_UNSET (-ENOENT)

/* @name's value as one of the @n strings @values (exact match): its index;
 * LAZYMB__ENV_UNSET if unset or empty; -EINVAL, after reporting
 * "not one of a, b, c", for anything else. */
LAZYMB_HIDDEN int lazymb__env_enum(const char *name, const char *const *values, size_t n);

/* @name's value as a decimal integer from @min to @max (digits only: no
 * sign, blank or suffix): that number; @dflt if unset or empty; @dflt,
 * after reporting "not an integer from MIN to MAX; using DFLT", for
 * anything else. *@bad, if not NULL, is set to 1 for a bad value, else 0. */
LAZYMB_HIDDEN unsigned long lazymb__env_uint(const char *name, unsigned long min,
					     unsigned long max, unsigned long dflt, int *bad);

/* FUTEX_WAIT_PRIVATE on @addr while it holds @val, for at most @timeout_ns
 * (0: no limit); FUTEX_WAKE_PRIVATE of every waiter. errno is preserved. */
LAZYMB_HIDDEN void lazymb__futex_wait(_Atomic uint32_t *addr, uint32_t val, uint64_t timeout_ns);
LAZYMB_HIDDEN void lazymb__futex_wake_all(_Atomic uint32_t *addr);

/*
 * struct lazymb__wait: "sleep until something changes", the one futex
 * handshake of the library. gen is the futex word, bumped by every wake;
 * sleepers counts the threads that may be asleep on it, so a waker with
 * nobody to wake makes no system call.
 *
 * Waker, after it made the sleeper's condition true:
 *     lazymb__wait_wake(w)       gen += 1 (seq_cst); if sleepers: FUTEX_WAKE
 * Sleeper:
 *     g = lazymb__wait_gen(w)    (acquire)
 *     if (condition) done
 *     lazymb__wait_sleep(w, g, timeout)
 *                                sleepers += 1 (seq_cst); FUTEX_WAIT(gen, g);
 *                                sleepers -= 1
 *
 * Why no wake-up is lost: the waker's increment of gen then load of
 * sleepers, and the sleeper's increment of sleepers then the kernel's load
 * of gen (after the full barrier futex_wait() passes before it reads the
 * word), are a store-buffering pair with full fences on both sides: either
 * the waker sees the sleeper and wakes it, or the kernel sees gen != g and
 * FUTEX_WAIT returns at once. A waker's increment that the sleeper's
 * acquire load of gen sees also shows it the condition (the waker made it
 * true before its seq_cst increment).
 *
 * A sleeper whose waker is a fast path that reads sleepers itself (the
 * RCU reader's unlock) announces itself first and pairs its own heavy
 * fence with the waker's light one: lazymb__wait_announce(w), heavy fence,
 * g = lazymb__wait_gen(w), check, lazymb__wait_sleep_announced(w, g, t),
 * lazymb__wait_retire(w). lib/rcu.c has that argument.
 */
struct lazymb__wait {
	_Atomic uint32_t gen;
	_Atomic int sleepers;
};

static inline uint32_t lazymb__wait_gen(struct lazymb__wait *w)
{
	/* Acquire: pairs with the waker's seq_cst increment, after which it
	 * had made the condition true. */
	return atomic_load_explicit(&w->gen, memory_order_acquire);
}

static inline void lazymb__wait_announce(struct lazymb__wait *w)
{
	/* Seq_cst: the sleeper's half of the store-buffering pair (see
	 * above); pairs with the waker's load of sleepers. */
	atomic_fetch_add_explicit(&w->sleepers, 1, memory_order_seq_cst);
}

static inline void lazymb__wait_retire(struct lazymb__wait *w)
{
	/* Relaxed: at worst a later waker makes one needless FUTEX_WAKE. */
	atomic_fetch_sub_explicit(&w->sleepers, 1, memory_order_relaxed);
}

/* Sleep while gen == @g, at most @timeout_ns (0: no limit); the caller
 * announced itself. */
static inline void lazymb__wait_sleep_announced(struct lazymb__wait *w, uint32_t g,
						uint64_t timeout_ns)
{
	lazymb__futex_wait(&w->gen, g, timeout_ns);
}

static inline void lazymb__wait_sleep(struct lazymb__wait *w, uint32_t g, uint64_t timeout_ns)
{
	lazymb__wait_announce(w);
	lazymb__wait_sleep_announced(w, g, timeout_ns);
	lazymb__wait_retire(w);
}

/* Async-signal-safe (atomics and one system call). */
static inline void lazymb__wait_wake(struct lazymb__wait *w)
{
	/* Seq_cst increment then seq_cst load: the waker's half of the
	 * store-buffering pair with lazymb__wait_announce(). */
	atomic_fetch_add_explicit(&w->gen, 1, memory_order_seq_cst);
	if (atomic_load_explicit(&w->sleepers, memory_order_seq_cst))
		lazymb__futex_wake_all(&w->gen);
}

#endif /* LAZYMB_LIB_BASE_H */
