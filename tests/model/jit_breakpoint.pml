/*
 * SPDX-License-Identifier: LGPL-2.1-or-later
 * SPDX-FileCopyrightText: 2026 The lazymb authors
 *
 * The x86-64 breakpoint patch protocol, lib/jit.c breakpoint_patch() and
 * trap_handler(): one multi-byte site patched twice in a row (A -> B -> C)
 * while a thread executes it.
 *
 * Data accesses (patch_seq, nactive, the handler's load of the byte) are
 * sequentially consistent: on x86 (TSO) with one writer, a store buffer
 * only delays when a store is seen, never its order, and the release and
 * acquire fences of the C are compiler barriers there.
 * Instruction fetch is weaker: a fetch of each byte may return any value
 * stored to it since the executing thread's last serializing event (per
 * byte, independently, at any time: the first byte and the tail need not
 * come from one moment). sync_core makes the executor serialize at one of
 * its instruction boundaries (never between the fetch of an instruction's
 * first byte and of its tail) between the call's start and its return.
 * The int3 store is a single-byte store, seen whole.
 *
 * Properties: the executor never executes a torn instruction (first byte
 * of one version, tail of another), and the handler never hands an int3 of
 * ours to the program (there is no program breakpoint in this model).
 * Control -DNO_SEQ_REREAD: the handler before commit 6c2d198 (patch_seq
 * read once, an int3 seen outside a patch is the program's).
 */

#define INT3 9          /* the first byte's int3; versions are 0, 1, 2 */

/* The bytes' histories: first[] = A, int3, B, int3, C; tail[] = a, b, c. */
byte first[5], tail[3];
byte nfirst = 1, ntail = 1;   /* stored versions of each (the last is current) */
byte lofirst, lotail;         /* oldest version the executor may still fetch */
bool sync_req;                /* a sync_core waits for the executor to serialize */
byte patch_seq, nactive;

inline store_first(v)
{
	d_step { first[nfirst] = v; nfirst++ }
}

inline store_tail(v)
{
	d_step { tail[ntail] = v; ntail++ }
}

/* lazymb_sync_core(): returns after the executor serialized. */
inline sync_core()
{
	sync_req = 1;
	sync_req == 0
}

/* The executor serializes: its fetches see every byte stored so far. */
inline serialize()
{
	atomic { lofirst = nfirst - 1; lotail = ntail - 1; sync_req = 0 }
}

proctype patcher()
{
	byte v;

	for (v : 1 .. 2) {
		nactive = 1;                /* the active list, then its count */
		patch_seq++;                /* release: odd, a patch is in progress */
		store_first(INT3);          /* step 1 */
		sync_core();
		store_tail(v);              /* step 2 */
		sync_core();
		store_first(v);             /* step 3 */
		sync_core();
		patch_seq++;                /* release: even, the patch is over */
		nactive = 0
	}
}

/* The trap handler; ends by re-executing the site (the caller's loop). */
inline trap_handler()
{
	do
	:: seq = patch_seq;
		if
		:: (seq & 1) && nactive ->
			do                  /* may be delayed, serialized, anywhere */
			:: sync_req -> serialize()
			:: patch_seq != seq -> break
			od;
			break
		:: else
		fi;
		b = first[nfirst - 1];      /* a data load: the current byte */
		if
		:: b != INT3 -> break       /* the late trap: ours, gone */
		:: else
		fi;
#ifndef NO_SEQ_REREAD
		if
		:: patch_seq == seq ->
#endif
			assert(0)           /* chained: our int3 handed to the program */
#ifndef NO_SEQ_REREAD
		:: else                     /* a patch began or ended: look again */
		fi
#endif
	:: sync_req -> serialize()        /* an IPI lands in the handler */
	od
}

active proctype executor()
{
	byte i, f, t, seq, b;

end:	do
	:: sync_req -> serialize()        /* at an instruction boundary */
	:: true ->
		/* One execution of the site: the first byte, then the tail,
		 * each from the versions stored since the last serialization. */
		i = lofirst;
		do
		:: i < nfirst - 1 -> i++
		:: break
		od;
		f = first[i];
		if
		:: f == INT3 -> trap_handler()
		:: else ->
			i = lotail;
			do
			:: i < ntail - 1 -> i++
			:: break
			od;
			t = tail[i];
			assert(f == t)      /* never a torn instruction */
		fi;
		atomic { i = 0; f = 0; t = 0; seq = 0; b = 0 }
	od
}

init
{
	run patcher()
}
