/*
 * SPDX-License-Identifier: LGPL-2.1-or-later
 * SPDX-FileCopyrightText: 2026 The lazymb authors
 *
 * The grace period on x86-64 (TSO) with one heavy fence: lib/rcu.c
 * lazymb_rcu_synchronize_in, wait_gp, run_gp, wait_for, gp_unlock,
 * thread_online/offline; include/lazymb/rcu.h read_lock/read_unlock;
 * lib/base.h struct lazymb__wait.
 *
 * Threads: R, a reader (a section with a nested one inside, offline,
 * online, a second section); U1, an updater that unpublishes the old object
 * (ptr 0 -> 1), synchronizes and frees it; U2, an updater that only
 * synchronizes (the two share grace periods through gp_lock, completed
 * and gp_wait). The updaters are not registered readers.
 *
 * Memory: TSO. Each thread's stores go to its own FIFO store buffer (2
 * entries; a store waits while it is full), drained to memory one entry
 * at a time at any moment by the thread's env process; a load returns the
 * newest buffered store of its own to that variable, else memory. C11 on
 * x86: every load and store (relaxed, acquire, release) is a plain mov;
 * seq_cst RMWs, pthread mutex operations and lazymb_arch_mb() drain the
 * buffer first (locked instructions); the light fence is a compiler
 * barrier: nothing. The heavy fence (membarrier): the caller drains its
 * buffer, asks every other thread, each of which acknowledges at some step
 * boundary where its own buffer is empty (a full fence at that point of
 * its program), waits for all of them, drains again. Combining is modelled
 * by combine.pml: each caller here gets a fence of its own.
 * Futexes: FUTEX_WAIT drains the caller's buffer (the kernel's barrier),
 * then compares and queues in one step; FUTEX_WAKE drains and wakes every
 * queued waiter of the word in one step. The reader-wait sleep has no
 * timeout here (the code's 100 ms one would hide a lost wake-up): a lost
 * wake-up shows as an invalid end state (a thread asleep forever).
 *
 * Properties: (1) the reader never accesses the old object once it is
 * freed (assert inside the section); (2) at the free, the reader is not
 * inside a section in which it loaded the old pointer (assert in U1);
 * (3) no thread sleeps forever (invalid end states).
 * Controls: -DNO_HEAVY_FENCE (run_gp issues no heavy fence);
 * -DREORDER_LIGHT (read_lock's ctr store after the section's pointer
 * load, as if the light fence were missing and the CPU or compiler moved
 * the load up); -DNO_SLEEP_FENCE (wait_for's heavy fence between the
 * announcement and the re-read of ctr removed: a lost wake-up).
 */

#define NT 3            /* threads: 0 reader, 1 and 2 updaters */
#define NBUF 2

/* Variables. */
#define PTR 0           /* the published pointer: 0 old object, 1 new */
#define GP 1            /* d->gp */
#define CTR 2           /* R's ctr: gp * 4 + nesting */
#define ONLINE 3        /* R's reg->online */
#define RGEN 4          /* d->reader_wait.gen */
#define RSLEEP 5        /* d->reader_wait.sleepers */
#define COMPLETED 6     /* d->completed */
#define GGEN 7          /* d->gp_wait.gen */
#define GSLEEP 8        /* d->gp_wait.sleepers */
#define GPLOCK 9        /* d->gp_lock */
#define NV 10
#define NEST 4

byte mem[NV];
byte baddr[NT * NBUF], bval[NT * NBUF], bn[NT];
byte hreq[NT];          /* per thread: bit c set while caller c's heavy fence waits on it */
byte fsleep[NT];        /* futex: the word + 1 the thread sleeps on, 0 awake */
bool freed, holds_old;  /* ghosts */

inline ld(t, a, r)
{
	d_step {
		if
		:: bn[t] == 2 && baddr[t * NBUF + 1] == a -> r = bval[t * NBUF + 1]
		:: else ->
			if
			:: bn[t] >= 1 && baddr[t * NBUF] == a -> r = bval[t * NBUF]
			:: else -> r = mem[a]
			fi
		fi
	}
}

inline st(t, a, v)
{
	d_step { bn[t] < NBUF -> baddr[t * NBUF + bn[t]] = a; bval[t * NBUF + bn[t]] = v; bn[t]++ }
}

inline mfence(t)
{
	bn[t] == 0
}

/* A locked RMW adding d (255: minus one) to variable a. */
inline rmw_add(t, a, d)
{
	d_step { bn[t] == 0 -> mem[a] = mem[a] + d }
}

inline heavy_fence(t)
{
	mfence(t);
	d_step {
		byte j;
		for (j : 0 .. NT - 1) {
			if
			:: j != t -> hreq[j] = hreq[j] | (1 << t)
			:: else
			fi
		}
		j = 0
	};
	(hreq[0] & (1 << t)) == 0 && (hreq[1] & (1 << t)) == 0 && (hreq[2] & (1 << t)) == 0;
	mfence(t)
}

inline futex_wait(t, a, v)
{
	mfence(t);
	d_step {
		if
		:: mem[a] == v -> fsleep[t] = a + 1
		:: else
		fi
	};
	fsleep[t] == 0
}

inline futex_wake_all(t, a)
{
	mfence(t);
	d_step {
		byte j;
		for (j : 0 .. NT - 1) {
			if
			:: fsleep[j] == a + 1 -> fsleep[j] = 0
			:: else
			fi
		}
		j = 0
	}
}

/* lazymb__wait_wake: gen += 1 (seq_cst), load sleepers (seq_cst), wake. */
inline wait_wake(t, gen, sleepers)
{
	rmw_add(t, gen, 1);
	ld(t, sleepers, w);
	if
	:: w -> futex_wake_all(t, gen)
	:: else
	fi;
	w = 0
}

/* The drain of thread t's store buffer, and its acknowledgements of heavy
 * fences, at any step boundary. */
proctype env(byte t)
{
end:	do
	:: d_step {
		bn[t] > 0 ->
		mem[baddr[t * NBUF]] = bval[t * NBUF];
		baddr[t * NBUF] = baddr[t * NBUF + 1];
		bval[t * NBUF] = bval[t * NBUF + 1];
		baddr[t * NBUF + 1] = 0;
		bval[t * NBUF + 1] = 0;
		bn[t]--
	   }
	:: d_step { hreq[t] != 0 && bn[t] == 0 -> hreq[t] = 0 }
	od
}

/* ---- the reader -------------------------------------------------------- */

inline read_lock()
{
	ld(0, CTR, c);
	if
	:: c % NEST == 0 ->
		ld(0, GP, g);                   /* acquire */
#ifdef REORDER_LIGHT
		if
		:: first -> ld(0, PTR, p)       /* the section's load, moved up */
		:: else
		fi;
#endif
		st(0, CTR, g * NEST + 1)        /* then the light fence: nothing */
	:: else -> st(0, CTR, c + 1)       /* nested */
	fi;
	d_step { c = 0; g = 0 }
}

inline read_unlock()
{
	ld(0, CTR, c);
	if
	:: c % NEST == 1 ->
		d_step { st(0, CTR, 0); holds_old = 0 }   /* release; the section is over */
		ld(0, RSLEEP, w);               /* after the light fence: nothing */
		if
		:: w -> wait_wake(0, RGEN, RSLEEP)   /* lazymb__rcu_wake */
		:: else
		fi
	:: else -> st(0, CTR, c - 1)       /* nested */
	fi;
	d_step { c = 0; w = 0 }
}

/* The section reads the object p points to. */
inline access()
{
	assert(p != 0 || !freed)
}

proctype reader()
{
	byte c, g, p, w;
	bool first = 1;

	read_lock();
#ifdef REORDER_LIGHT
	first = 0;
#else
	ld(0, PTR, p);
#endif
	holds_old = (p == 0);
	read_lock();
	access();
	read_unlock();
	access();
	read_unlock();
	p = 0;
	st(0, ONLINE, 0);                       /* offline: release */
	st(0, ONLINE, 1);                       /* online */
	mfence(0);                              /* lazymb_arch_mb() */
	read_lock();
	ld(0, PTR, p);
	holds_old = (p == 0);
	access();
	read_unlock()
}

/* ---- the updaters ------------------------------------------------------ */

inline reader_done(t, target)
{
	ld(t, CTR, c);
	done = (c == 0 || c / NEST >= target);
	c = 0
}

inline wait_for(t, target)
{
	do
	:: reader_done(t, target);
		if
		:: done -> break
		:: else
		fi;
		if
		:: true                         /* spin */
		:: true ->                      /* sleep */
			rmw_add(t, RSLEEP, 1);      /* lazymb__wait_announce */
#ifndef NO_SLEEP_FENCE
			heavy_fence(t);
#endif
			ld(t, RGEN, v);             /* acquire */
			reader_done(t, target);
			if
			:: !done -> futex_wait(t, RGEN, v)
			:: else
			fi;
			rmw_add(t, RSLEEP, 255);    /* lazymb__wait_retire */
			v = 0
		fi
	od;
	done = 0
}

inline run_gp(t)
{
	ld(t, GP, target);
	target++;
	st(t, GP, target);                      /* release */
	mfence(t);                              /* lazymb_arch_mb() */
	ld(t, ONLINE, o);                       /* acquire */
	if
	:: o ->
#ifndef NO_HEAVY_FENCE
		heavy_fence(t)
#else
		skip
#endif
	:: else
	fi;
	o = 0;
	wait_for(t, target);
	st(t, COMPLETED, target);               /* release */
	target = 0
}

inline wait_gp(t)
{
	do
	:: ld(t, GGEN, v);                      /* acquire */
		ld(t, COMPLETED, cpl);          /* acquire */
		if
		:: cpl > s -> break
		:: else
		fi;
		if
		:: d_step { bn[t] == 0 && mem[GPLOCK] == 0 -> mem[GPLOCK] = 1 } ->
			ld(t, COMPLETED, cpl);
			if
			:: cpl <= s -> run_gp(t)
			:: else
			fi;
			d_step { bn[t] == 0 -> mem[GPLOCK] = 0 };   /* gp_unlock */
			wait_wake(t, GGEN, GSLEEP);
			break
		:: d_step { bn[t] == 0 && mem[GPLOCK] != 0 } ->     /* trylock failed */
			rmw_add(t, GSLEEP, 1);      /* announce */
			ld(t, GGEN, g);
			if
			:: g == v -> futex_wait(t, GGEN, v)
			:: else
			fi;
			rmw_add(t, GSLEEP, 255);    /* retire */
			g = 0
		fi;
		cpl = 0; v = 0
	od;
	cpl = 0; v = 0
}

inline synchronize(t)
{
	mfence(t);                              /* lazymb_arch_mb() */
	ld(t, GP, s);
	wait_gp(t);
	mfence(t);                              /* lazymb_arch_mb() */
	s = 0
}

proctype updater(byte t)
{
	byte s, v, g, w, c, cpl, target, o;
	bool done;

	if
	:: t == 1 ->
		st(t, PTR, 1);                  /* rcu_assign_pointer: release */
		synchronize(t);
		freed = 1;
		assert(!holds_old)
	:: else ->
		synchronize(t)
	fi
}

init
{
	atomic {
		mem[GP] = 1;
		mem[COMPLETED] = 1;
		mem[ONLINE] = 1;
		run reader();
		run updater(1);
		run updater(2);
		run env(0);
		run env(1);
		run env(2)
	}
}
