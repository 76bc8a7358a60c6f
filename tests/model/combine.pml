/*
 * SPDX-License-Identifier: LGPL-2.1-or-later
 * SPDX-FileCopyrightText: 2026 The lazymb authors
 *
 * Heavy-fence combining, lib/fence.c combine(): started/done under a lock,
 * the trylock fast path, the try variant (lazymb_try_fence_heavy).
 *
 * Memory: sequentially consistent. The only cross-thread pair the
 * argument needs is the caller's full fence then load of started against
 * the issuer's store to started then full fence: a store-buffering pair
 * with full fences on both sides, which no architecture reorders; the lock
 * and the release/acquire of done are message passing. So each access
 * between two full fences is one atomic step here.
 *
 * Property: a caller returns (0) only after a fence that began after its
 * arrival has completed. Ghosts: began/ended count fences begun and ended
 * (they run one at a time, under the lock, so they end in order); a caller
 * notes began at its arrival, and at its return needs ended > that.
 * Control -DACCEPT_EQUAL: a caller accepts done >= s instead of done > s.
 */
#ifndef NCALLERS
#define NCALLERS 3
#endif
#ifndef NCALLS
#define NCALLS 1
#endif

#ifdef ACCEPT_EQUAL
#define SERVED(d, s) ((d) >= (s))
#else
#define SERVED(d, s) ((d) > (s))
#endif

byte lock;          /* pthread mutex: 0 free, else owner + 1 */
byte started, done; /* the combiner's sequence numbers */
byte began, ended;  /* ghosts: fences begun / completed */

/* Lock held: number and issue the next fence (the label issue: of the C). */
inline issue_fence()
{
	atomic { n = started + 1; started = n };  /* relaxed store, then full fence */
	began++;                                   /* issue() starts ... */
	ended++;                                   /* ... and completes */
	done = n;                                  /* release */
	lock = 0                                   /* unlock */
}

proctype caller(byte id)
{
	byte s, n, arrived, k;
	bool try;

	for (k : 1 .. NCALLS) {
		if
		:: try = 0
		:: try = 1
		fi;
		/* Arrival: everything after this point began after it. */
		arrived = began;
		if
		:: atomic { lock == 0 -> lock = id + 1 };  /* trylock succeeded */
			issue_fence();
			assert(ended > arrived)
		:: lock != 0 ->                            /* trylock failed: someone holds it */
			s = started;                              /* full fence; load started */
			if
			:: try ->
				if
				:: SERVED(done, s) -> assert(ended > arrived)   /* shared */
				:: else -> skip                                 /* -EBUSY: no claim */
				fi
			:: else ->
				atomic { lock == 0 -> lock = id + 1 };
				if
				:: SERVED(done, s) -> lock = 0; assert(ended > arrived)
				:: else -> issue_fence(); assert(ended > arrived)
				fi
			fi
		fi;
		d_step { s = 0; n = 0; arrived = 0; try = 0 }  /* dead values: fewer states */
	}
}

init
{
	atomic {
		byte i;
		for (i : 0 .. NCALLERS - 1) {
			run caller(i)
		}
	}
}
