/*
 * SPDX-License-Identifier: LGPL-2.1-or-later
 * SPDX-FileCopyrightText: 2026 The lazymb authors
 *
 * The grace period on weakly ordered arches (arm64, powerpc64) with the
 * orderings the code uses: read_lock's acquire load of gp, its relaxed
 * store of ctr and the light fence (a compiler barrier on every arch:
 * include/lazymb/fence.h), unlock's release store of 0; the updater's
 * release stores of the pointer and of gp, lazymb_arch_mb() (dmb ish,
 * sync), the heavy fence, the acquire loads of ctr, the final mb.
 * Threads: R, a reader running two sections; U, one updater that
 * unpublishes the old object, runs a grace period and frees it. (Sharing,
 * the online flag and the sleep path add only full fences, seq_cst RMWs
 * and locks, which order alike on every arch: rcu_x86.pml checks them.)
 *
 * Memory (as liburcu's formal model): each thread has a private copy of
 * every variable. A store writes the copy and marks it dirty; at any
 * moment a dirty copy may be flushed to memory and a clean one refreshed
 * from memory, one variable at a time: stores and loads to different
 * variables reorder freely, each variable stays coherent. On top of that,
 * the reader's load of the object may be satisfied late, at any moment
 * up to the next step that orders it (load buffering). Fences:
 *  - full fence (smp_mb, and the heavy fence's fence on each other
 *    thread): late loads satisfied, every dirty copy flushed, every clean
 *    copy refreshed;
 *  - release store: late loads satisfied and dirty copies flushed first;
 *  - acquire load of v: the copy of v is only ever refreshed together with
 *    all clean copies, so later loads return values at least as new as
 *    memory when the value read was fetched (and possibly newer).
 * Stores reach all other threads at once (the flush to memory): multi-copy
 * atomic, as arm64; POWER's non-multi-copy-atomic behaviours (IRIW) are
 * not modelled; the algorithm's pairs are message passing through
 * release/acquire (cumulative on POWER) and store buffering with full
 * fences (sync) on both sides.
 * The heavy fence: the caller's full fence, then each other thread runs a
 * full fence at some step boundary before the caller's second full fence.
 *
 * Property: the reader's access to the old object is never satisfied after
 * the free. Controls: -DRELAXED_UNLOCK (unlock's store of 0 relaxed: the
 * access may be satisfied after the updater saw ctr == 0);
 * -DNO_HEAVY_FENCE (run_gp issues no heavy fence).
 */

#define NT 2            /* threads: 0 reader, 1 updater */
#define PTR 0
#define GP 1
#define CTR 2           /* gp * 4 + nesting */
#define NV 3
#define NEST 4

byte mem[NV];
byte cache[NT * NV];
bool dirty[NT * NV];
bool hreq;              /* the updater's heavy fence waits on the reader */
bool pending;           /* the reader's access to the old object, not yet satisfied */
bool freed;             /* ghost */

#define C(t, v) cache[(t) * NV + (v)]
#define D(t, v) dirty[(t) * NV + (v)]

/* The late access: the old object must not be freed when it is read. */
inline satisfy()
{
	if
	:: pending -> assert(!freed); pending = 0
	:: else
	fi
}

inline flush_all(t)
{
	byte k;
	for (k : 0 .. NV - 1) {
		if
		:: D(t, k) -> mem[k] = C(t, k); D(t, k) = 0
		:: else
		fi
	}
	k = 0
}

inline refresh_all(t)
{
	byte k;
	for (k : 0 .. NV - 1) {
		if
		:: !D(t, k) -> C(t, k) = mem[k]
		:: else
		fi
	}
	k = 0
}

inline full_fence(t)
{
	d_step {
		if
		:: t == 0 -> satisfy()
		:: else
		fi;
		flush_all(t);
		refresh_all(t)
	}
}

inline ld(t, v, r)
{
	r = C(t, v)
}

inline st(t, v, x)
{
	d_step { C(t, v) = x; D(t, v) = 1 }
}

inline st_release(t, v, x)
{
	d_step {
		if
		:: t == 0 -> satisfy()
		:: else
		fi;
		flush_all(t);
		C(t, v) = x;
		D(t, v) = 1
	}
}

/* Propagation, and the heavy fence's full fence on this thread. The line
 * named by a thread's acquire loads (gp for the reader, ctr for the
 * updater) is refreshed only with all the others. */
inline propagate(t, v)
{
	d_step {
		if
		:: D(t, v) -> mem[v] = C(t, v); D(t, v) = 0
		:: else ->
			if
			:: (t == 0 && v == GP) || (t == 1 && v == CTR) -> refresh_all(t)
			:: else -> C(t, v) = mem[v]
			fi
		fi
	}
}

proctype env(byte t)
{
end:	do
	:: propagate(t, PTR)
	:: propagate(t, GP)
	:: propagate(t, CTR)
	:: t == 0 && pending -> d_step { satisfy() }
	:: t == 0 && hreq -> atomic { full_fence(t); hreq = 0 }
	od
}

inline read_lock()
{
	ld(0, CTR, c);
	if
	:: c % NEST == 0 ->
		ld(0, GP, g);                   /* acquire */
		st(0, CTR, g * NEST + 1)        /* relaxed; light fence: nothing */
	:: else -> st(0, CTR, c + 1)
	fi;
	d_step { c = 0; g = 0 }
}

inline read_unlock()
{
	ld(0, CTR, c);
	if
	:: c % NEST == 1 ->
#ifdef RELAXED_UNLOCK
		st(0, CTR, 0)
#else
		st_release(0, CTR, 0)
#endif
	:: else -> st(0, CTR, c - 1)
	fi;
	c = 0
}

proctype reader()
{
	byte c, g, p, n;

	for (n : 1 .. 2) {
		read_lock();
		ld(0, PTR, p);                  /* consume */
		if
		:: p == 0 -> pending = 1        /* the access (address dependent on p) */
		:: else
		fi;
		read_unlock()
	}
}

proctype updater()
{
	byte s, target, c;

	st_release(1, PTR, 1);                  /* rcu_assign_pointer */
	full_fence(1);                          /* synchronize: lazymb_arch_mb() */
	ld(1, GP, s);
	/* run_gp (gp_lock taken, completed <= s) */
	ld(1, GP, target);
	target++;
	st_release(1, GP, target);
	full_fence(1);                          /* lazymb_arch_mb() */
#ifndef NO_HEAVY_FENCE
	full_fence(1);                          /* lazymb_fence_heavy() */
	hreq = 1;
	hreq == 0;
	full_fence(1);
#endif
	do                                      /* wait_for */
	:: ld(1, CTR, c);                       /* acquire */
		if
		:: c == 0 || c / NEST >= target -> break
		:: else
		fi
	od;
	full_fence(1);                          /* synchronize: lazymb_arch_mb() */
	freed = 1
}

init
{
	atomic {
		mem[GP] = 1;
		C(0, GP) = 1;
		C(1, GP) = 1;
		run reader();
		run updater();
		run env(0);
		run env(1)
	}
}
