#define rand	pan_rand
#define pthread_equal(a,b)	((a)==(b))
#if defined(HAS_CODE) && defined(VERBOSE)
	#ifdef BFS_PAR
		bfs_printf("Pr: %d Tr: %d\n", II, t->forw);
	#else
		cpu_printf("Pr: %d Tr: %d\n", II, t->forw);
	#endif
#endif
	switch (t->forw) {
	default: Uerror("bad forward move");
	case 0:	/* if without executable clauses */
		continue;
	case 1: /* generic 'goto' or 'skip' */
		IfNotBlocked
		_m = 3; goto P999;
	case 2: /* generic 'else' */
		IfNotBlocked
		if (trpt->o_pm&1) continue;
		_m = 3; goto P999;

		 /* PROC :init: */
	case 3: // STATE 1 - rcu_x86.pml:363 - [mem[1] = 1] (0:4:3 - 1)
		IfNotBlocked
		reached[3][1] = 1;
		(trpt+1)->bup.ovals = grab_ints(3);
		(trpt+1)->bup.ovals[0] = ((int)now.mem[1]);
		now.mem[1] = 1;
#ifdef VAR_RANGES
		logval("mem[1]", ((int)now.mem[1]));
#endif
		;
		/* merge: mem[6] = 1(4, 2, 4) */
		reached[3][2] = 1;
		(trpt+1)->bup.ovals[1] = ((int)now.mem[6]);
		now.mem[6] = 1;
#ifdef VAR_RANGES
		logval("mem[6]", ((int)now.mem[6]));
#endif
		;
		/* merge: mem[3] = 1(4, 3, 4) */
		reached[3][3] = 1;
		(trpt+1)->bup.ovals[2] = ((int)now.mem[3]);
		now.mem[3] = 1;
#ifdef VAR_RANGES
		logval("mem[3]", ((int)now.mem[3]));
#endif
		;
		_m = 3; goto P999; /* 2 */
	case 4: // STATE 4 - rcu_x86.pml:366 - [(run reader())] (0:0:0 - 1)
		IfNotBlocked
		reached[3][4] = 1;
		if (!(addproc(II, 1, 1, 0)))
			continue;
		_m = 3; goto P999; /* 0 */
	case 5: // STATE 5 - rcu_x86.pml:367 - [(run updater(1))] (0:0:0 - 1)
		IfNotBlocked
		reached[3][5] = 1;
		if (!(addproc(II, 1, 2, 1)))
			continue;
		_m = 3; goto P999; /* 0 */
	case 6: // STATE 6 - rcu_x86.pml:368 - [(run updater(2))] (0:0:0 - 1)
		IfNotBlocked
		reached[3][6] = 1;
		if (!(addproc(II, 1, 2, 2)))
			continue;
		_m = 3; goto P999; /* 0 */
	case 7: // STATE 7 - rcu_x86.pml:369 - [(run env(0))] (0:0:0 - 1)
		IfNotBlocked
		reached[3][7] = 1;
		if (!(addproc(II, 1, 0, 0)))
			continue;
		_m = 3; goto P999; /* 0 */
	case 8: // STATE 8 - rcu_x86.pml:370 - [(run env(1))] (0:0:0 - 1)
		IfNotBlocked
		reached[3][8] = 1;
		if (!(addproc(II, 1, 0, 1)))
			continue;
		_m = 3; goto P999; /* 0 */
	case 9: // STATE 9 - rcu_x86.pml:371 - [(run env(2))] (0:0:0 - 1)
		IfNotBlocked
		reached[3][9] = 1;
		if (!(addproc(II, 1, 0, 2)))
			continue;
		_m = 3; goto P999; /* 0 */
	case 10: // STATE 11 - rcu_x86.pml:373 - [-end-] (0:0:0 - 1)
		IfNotBlocked
		reached[3][11] = 1;
		if (!delproc(1, II)) continue;
		_m = 3; goto P999; /* 0 */

		 /* PROC updater */
	case 11: // STATE 1 - rcu_x86.pml:350 - [((t==1))] (0:0:0 - 1)
		IfNotBlocked
		reached[2][1] = 1;
		if (!((((int)((P2 *)_this)->t)==1)))
			continue;
		_m = 3; goto P999; /* 0 */
	case 12: // STATE 6 - rcu_x86.pml:84 - [D_STEP84]
		if (!(boq == -1 && (((int)now.bn[ Index(((int)((P2 *)_this)->t), 3) ])<2)))
			continue;

		reached[2][6] = 1;
		reached[2][t->st] = 1;
		reached[2][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_486_0: /* 2 */
		if (!((((int)now.bn[ Index(((int)((P2 *)_this)->t), 3) ])<2)))
			Uerror("block in d_step seq");
S_487_0: /* 2 */
		now.baddr[ Index(((((P2 *)_this)->t*2)+now.bn[ Index(((P2 *)_this)->t, 3) ]), 6) ] = 0;
#ifdef VAR_RANGES
		logval("baddr[((updater:t*2)+bn[updater:t])]", ((int)now.baddr[ Index(((((int)((P2 *)_this)->t)*2)+((int)now.bn[ Index(((int)((P2 *)_this)->t), 3) ])), 6) ]));
#endif
		;
S_488_0: /* 2 */
		now.bval[ Index(((((P2 *)_this)->t*2)+now.bn[ Index(((P2 *)_this)->t, 3) ]), 6) ] = 1;
#ifdef VAR_RANGES
		logval("bval[((updater:t*2)+bn[updater:t])]", ((int)now.bval[ Index(((((int)((P2 *)_this)->t)*2)+((int)now.bn[ Index(((int)((P2 *)_this)->t), 3) ])), 6) ]));
#endif
		;
S_489_0: /* 2 */
		now.bn[ Index(((P2 *)_this)->t, 3) ] = (((int)now.bn[ Index(((int)((P2 *)_this)->t), 3) ])+1);
#ifdef VAR_RANGES
		logval("bn[updater:t]", ((int)now.bn[ Index(((int)((P2 *)_this)->t), 3) ]));
#endif
		;
		goto S_807_0;
S_807_0: /* 1 */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 13: // STATE 8 - rcu_x86.pml:89 - [((bn[t]==0))] (0:0:0 - 1)
		IfNotBlocked
		reached[2][8] = 1;
		if (!((((int)now.bn[ Index(((int)((P2 *)_this)->t), 3) ])==0)))
			continue;
		_m = 3; goto P999; /* 0 */
	case 14: // STATE 21 - rcu_x86.pml:70 - [D_STEP70]
		if (!(((boq == -1 && ((((int)now.bn[ Index(((int)((P2 *)_this)->t), 3) ])==2)&&(((int)now.baddr[ Index(((((int)((P2 *)_this)->t)*2)+1), 6) ])==1)))) || (boq == -1 /* else */)))
			continue;

		reached[2][21] = 1;
		reached[2][t->st] = 1;
		reached[2][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_503_0: /* 2 */
S_494_0: /* 2 */
		if (!(((((int)now.bn[ Index(((int)((P2 *)_this)->t), 3) ])==2)&&(((int)now.baddr[ Index(((((int)((P2 *)_this)->t)*2)+1), 6) ])==1))))
			goto S_503_1;
S_495_0: /* 2 */
		((P2 *)_this)->s = ((int)now.bval[ Index(((((int)((P2 *)_this)->t)*2)+1), 6) ]);
#ifdef VAR_RANGES
		logval("updater:s", ((int)((P2 *)_this)->s));
#endif
		;
		goto S_504_0;
S_503_1: /* 3 */
S_496_0: /* 2 */
		/* else */;
S_501_0: /* 2 */
S_497_0: /* 2 */
		if (!(((((int)now.bn[ Index(((int)((P2 *)_this)->t), 3) ])>=1)&&(((int)now.baddr[ Index((((int)((P2 *)_this)->t)*2), 6) ])==1))))
			goto S_501_1;
S_498_0: /* 2 */
		((P2 *)_this)->s = ((int)now.bval[ Index((((int)((P2 *)_this)->t)*2), 6) ]);
#ifdef VAR_RANGES
		logval("updater:s", ((int)((P2 *)_this)->s));
#endif
		;
		goto S_502_0;
S_501_1: /* 3 */
S_499_0: /* 2 */
		/* else */;
S_500_0: /* 2 */
		((P2 *)_this)->s = ((int)now.mem[1]);
#ifdef VAR_RANGES
		logval("updater:s", ((int)((P2 *)_this)->s));
#endif
		;
		goto S_502_0;
S_501_2: /* 3 */
		Uerror("blocking sel in d_step (nr.0, near line 74)");
S_502_0: /* 2 */
		goto S_504_0;
S_503_2: /* 3 */
		Uerror("blocking sel in d_step (nr.1, near line 71)");
S_504_0: /* 2 */
		goto S_803_0;
S_803_0: /* 1 */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 15: // STATE 34 - rcu_x86.pml:70 - [D_STEP70]
		if (!(((boq == -1 && ((((int)now.bn[ Index(((int)((P2 *)_this)->t), 3) ])==2)&&(((int)now.baddr[ Index(((((int)((P2 *)_this)->t)*2)+1), 6) ])==7)))) || (boq == -1 /* else */)))
			continue;

		reached[2][34] = 1;
		reached[2][t->st] = 1;
		reached[2][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_516_0: /* 2 */
S_507_0: /* 2 */
		if (!(((((int)now.bn[ Index(((int)((P2 *)_this)->t), 3) ])==2)&&(((int)now.baddr[ Index(((((int)((P2 *)_this)->t)*2)+1), 6) ])==7))))
			goto S_516_1;
S_508_0: /* 2 */
		((P2 *)_this)->v = ((int)now.bval[ Index(((((int)((P2 *)_this)->t)*2)+1), 6) ]);
#ifdef VAR_RANGES
		logval("updater:v", ((int)((P2 *)_this)->v));
#endif
		;
		goto S_517_0;
S_516_1: /* 3 */
S_509_0: /* 2 */
		/* else */;
S_514_0: /* 2 */
S_510_0: /* 2 */
		if (!(((((int)now.bn[ Index(((int)((P2 *)_this)->t), 3) ])>=1)&&(((int)now.baddr[ Index((((int)((P2 *)_this)->t)*2), 6) ])==7))))
			goto S_514_1;
S_511_0: /* 2 */
		((P2 *)_this)->v = ((int)now.bval[ Index((((int)((P2 *)_this)->t)*2), 6) ]);
#ifdef VAR_RANGES
		logval("updater:v", ((int)((P2 *)_this)->v));
#endif
		;
		goto S_515_0;
S_514_1: /* 3 */
S_512_0: /* 2 */
		/* else */;
S_513_0: /* 2 */
		((P2 *)_this)->v = ((int)now.mem[7]);
#ifdef VAR_RANGES
		logval("updater:v", ((int)((P2 *)_this)->v));
#endif
		;
		goto S_515_0;
S_514_2: /* 3 */
		Uerror("blocking sel in d_step (nr.2, near line 74)");
S_515_0: /* 2 */
		goto S_517_0;
S_516_2: /* 3 */
		Uerror("blocking sel in d_step (nr.3, near line 71)");
S_517_0: /* 2 */
		goto S_532_0;
S_532_0: /* 1 */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 16: // STATE 47 - rcu_x86.pml:70 - [D_STEP70]
		if (!(((boq == -1 && ((((int)now.bn[ Index(((int)((P2 *)_this)->t), 3) ])==2)&&(((int)now.baddr[ Index(((((int)((P2 *)_this)->t)*2)+1), 6) ])==6)))) || (boq == -1 /* else */)))
			continue;

		reached[2][47] = 1;
		reached[2][t->st] = 1;
		reached[2][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_529_0: /* 2 */
S_520_0: /* 2 */
		if (!(((((int)now.bn[ Index(((int)((P2 *)_this)->t), 3) ])==2)&&(((int)now.baddr[ Index(((((int)((P2 *)_this)->t)*2)+1), 6) ])==6))))
			goto S_529_1;
S_521_0: /* 2 */
		((P2 *)_this)->cpl = ((int)now.bval[ Index(((((int)((P2 *)_this)->t)*2)+1), 6) ]);
#ifdef VAR_RANGES
		logval("updater:cpl", ((int)((P2 *)_this)->cpl));
#endif
		;
		goto S_530_0;
S_529_1: /* 3 */
S_522_0: /* 2 */
		/* else */;
S_527_0: /* 2 */
S_523_0: /* 2 */
		if (!(((((int)now.bn[ Index(((int)((P2 *)_this)->t), 3) ])>=1)&&(((int)now.baddr[ Index((((int)((P2 *)_this)->t)*2), 6) ])==6))))
			goto S_527_1;
S_524_0: /* 2 */
		((P2 *)_this)->cpl = ((int)now.bval[ Index((((int)((P2 *)_this)->t)*2), 6) ]);
#ifdef VAR_RANGES
		logval("updater:cpl", ((int)((P2 *)_this)->cpl));
#endif
		;
		goto S_528_0;
S_527_1: /* 3 */
S_525_0: /* 2 */
		/* else */;
S_526_0: /* 2 */
		((P2 *)_this)->cpl = ((int)now.mem[6]);
#ifdef VAR_RANGES
		logval("updater:cpl", ((int)((P2 *)_this)->cpl));
#endif
		;
		goto S_528_0;
S_527_2: /* 3 */
		Uerror("blocking sel in d_step (nr.4, near line 74)");
S_528_0: /* 2 */
		goto S_530_0;
S_529_2: /* 3 */
		Uerror("blocking sel in d_step (nr.5, near line 71)");
S_530_0: /* 2 */
		goto S_536_0;
S_536_0: /* 1 */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 17: // STATE 49 - rcu_x86.pml:307 - [((cpl>s))] (321:0:4 - 1)
		IfNotBlocked
		reached[2][49] = 1;
		if (!((((int)((P2 *)_this)->cpl)>((int)((P2 *)_this)->s))))
			continue;
		if (TstOnly) return 1; /* TT */
		/* dead 1: cpl */  (trpt+1)->bup.ovals = grab_ints(4);
		(trpt+1)->bup.ovals[0] = ((P2 *)_this)->cpl;
#ifdef HAS_CODE
		if (!readtrail)
#endif
			((P2 *)_this)->cpl = 0;
		if (TstOnly) return 1; /* TT */
		/* dead 1: s */  (trpt+1)->bup.ovals[1] = ((P2 *)_this)->s;
#ifdef HAS_CODE
		if (!readtrail)
#endif
			((P2 *)_this)->s = 0;
		/* merge: goto :b4(321, 50, 321) */
		reached[2][50] = 1;
		;
		/* merge: cpl = 0(321, 317, 321) */
		reached[2][317] = 1;
		(trpt+1)->bup.ovals[2] = ((int)((P2 *)_this)->cpl);
		((P2 *)_this)->cpl = 0;
#ifdef VAR_RANGES
		logval("updater:cpl", ((int)((P2 *)_this)->cpl));
#endif
		;
		/* merge: v = 0(321, 318, 321) */
		reached[2][318] = 1;
		(trpt+1)->bup.ovals[3] = ((int)((P2 *)_this)->v);
		((P2 *)_this)->v = 0;
#ifdef VAR_RANGES
		logval("updater:v", ((int)((P2 *)_this)->v));
#endif
		;
		_m = 3; goto P999; /* 3 */
	case 18: // STATE 56 - rcu_x86.pml:311 - [D_STEP311]
		if (!(boq == -1 && ((((int)now.bn[ Index(((int)((P2 *)_this)->t), 3) ])==0)&&(((int)now.mem[9])==0))))
			continue;

		reached[2][56] = 1;
		reached[2][t->st] = 1;
		reached[2][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_538_0: /* 2 */
		if (!(((((int)now.bn[ Index(((int)((P2 *)_this)->t), 3) ])==0)&&(((int)now.mem[9])==0))))
			Uerror("block in d_step seq");
S_539_0: /* 2 */
		now.mem[9] = 1;
#ifdef VAR_RANGES
		logval("mem[9]", ((int)now.mem[9]));
#endif
		;
		goto S_553_0;
S_553_0: /* 1 */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 19: // STATE 68 - rcu_x86.pml:70 - [D_STEP70]
		if (!(((boq == -1 && ((((int)now.bn[ Index(((int)((P2 *)_this)->t), 3) ])==2)&&(((int)now.baddr[ Index(((((int)((P2 *)_this)->t)*2)+1), 6) ])==6)))) || (boq == -1 /* else */)))
			continue;

		reached[2][68] = 1;
		reached[2][t->st] = 1;
		reached[2][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_550_0: /* 2 */
S_541_0: /* 2 */
		if (!(((((int)now.bn[ Index(((int)((P2 *)_this)->t), 3) ])==2)&&(((int)now.baddr[ Index(((((int)((P2 *)_this)->t)*2)+1), 6) ])==6))))
			goto S_550_1;
S_542_0: /* 2 */
		((P2 *)_this)->cpl = ((int)now.bval[ Index(((((int)((P2 *)_this)->t)*2)+1), 6) ]);
#ifdef VAR_RANGES
		logval("updater:cpl", ((int)((P2 *)_this)->cpl));
#endif
		;
		goto S_551_0;
S_550_1: /* 3 */
S_543_0: /* 2 */
		/* else */;
S_548_0: /* 2 */
S_544_0: /* 2 */
		if (!(((((int)now.bn[ Index(((int)((P2 *)_this)->t), 3) ])>=1)&&(((int)now.baddr[ Index((((int)((P2 *)_this)->t)*2), 6) ])==6))))
			goto S_548_1;
S_545_0: /* 2 */
		((P2 *)_this)->cpl = ((int)now.bval[ Index((((int)((P2 *)_this)->t)*2), 6) ]);
#ifdef VAR_RANGES
		logval("updater:cpl", ((int)((P2 *)_this)->cpl));
#endif
		;
		goto S_549_0;
S_548_1: /* 3 */
S_546_0: /* 2 */
		/* else */;
S_547_0: /* 2 */
		((P2 *)_this)->cpl = ((int)now.mem[6]);
#ifdef VAR_RANGES
		logval("updater:cpl", ((int)((P2 *)_this)->cpl));
#endif
		;
		goto S_549_0;
S_548_2: /* 3 */
		Uerror("blocking sel in d_step (nr.6, near line 74)");
S_549_0: /* 2 */
		goto S_551_0;
S_550_2: /* 3 */
		Uerror("blocking sel in d_step (nr.7, near line 71)");
S_551_0: /* 2 */
		goto S_708_0;
S_708_0: /* 1 */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 20: // STATE 70 - rcu_x86.pml:314 - [((cpl<=s))] (0:0:2 - 1)
		IfNotBlocked
		reached[2][70] = 1;
		if (!((((int)((P2 *)_this)->cpl)<=((int)((P2 *)_this)->s))))
			continue;
		if (TstOnly) return 1; /* TT */
		/* dead 1: cpl */  (trpt+1)->bup.ovals = grab_ints(2);
		(trpt+1)->bup.ovals[0] = ((P2 *)_this)->cpl;
#ifdef HAS_CODE
		if (!readtrail)
#endif
			((P2 *)_this)->cpl = 0;
		if (TstOnly) return 1; /* TT */
		/* dead 1: s */  (trpt+1)->bup.ovals[1] = ((P2 *)_this)->s;
#ifdef HAS_CODE
		if (!readtrail)
#endif
			((P2 *)_this)->s = 0;
		_m = 3; goto P999; /* 0 */
	case 21: // STATE 82 - rcu_x86.pml:70 - [D_STEP70]
		if (!(((boq == -1 && ((((int)now.bn[ Index(((int)((P2 *)_this)->t), 3) ])==2)&&(((int)now.baddr[ Index(((((int)((P2 *)_this)->t)*2)+1), 6) ])==1)))) || (boq == -1 /* else */)))
			continue;

		reached[2][82] = 1;
		reached[2][t->st] = 1;
		reached[2][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_564_0: /* 2 */
S_555_0: /* 2 */
		if (!(((((int)now.bn[ Index(((int)((P2 *)_this)->t), 3) ])==2)&&(((int)now.baddr[ Index(((((int)((P2 *)_this)->t)*2)+1), 6) ])==1))))
			goto S_564_1;
S_556_0: /* 2 */
		((P2 *)_this)->target = ((int)now.bval[ Index(((((int)((P2 *)_this)->t)*2)+1), 6) ]);
#ifdef VAR_RANGES
		logval("updater:target", ((int)((P2 *)_this)->target));
#endif
		;
		goto S_565_0;
S_564_1: /* 3 */
S_557_0: /* 2 */
		/* else */;
S_562_0: /* 2 */
S_558_0: /* 2 */
		if (!(((((int)now.bn[ Index(((int)((P2 *)_this)->t), 3) ])>=1)&&(((int)now.baddr[ Index((((int)((P2 *)_this)->t)*2), 6) ])==1))))
			goto S_562_1;
S_559_0: /* 2 */
		((P2 *)_this)->target = ((int)now.bval[ Index((((int)((P2 *)_this)->t)*2), 6) ]);
#ifdef VAR_RANGES
		logval("updater:target", ((int)((P2 *)_this)->target));
#endif
		;
		goto S_563_0;
S_562_1: /* 3 */
S_560_0: /* 2 */
		/* else */;
S_561_0: /* 2 */
		((P2 *)_this)->target = ((int)now.mem[1]);
#ifdef VAR_RANGES
		logval("updater:target", ((int)((P2 *)_this)->target));
#endif
		;
		goto S_563_0;
S_562_2: /* 3 */
		Uerror("blocking sel in d_step (nr.8, near line 74)");
S_563_0: /* 2 */
		goto S_565_0;
S_564_2: /* 3 */
		Uerror("blocking sel in d_step (nr.9, near line 71)");
S_565_0: /* 2 */
		goto S_568_0;
S_568_0: /* 1 */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 22: // STATE 84 - rcu_x86.pml:282 - [target = (target+1)] (0:90:1 - 1)
		IfNotBlocked
		reached[2][84] = 1;
		(trpt+1)->bup.oval = ((int)((P2 *)_this)->target);
		((P2 *)_this)->target = (((int)((P2 *)_this)->target)+1);
#ifdef VAR_RANGES
		logval("updater:target", ((int)((P2 *)_this)->target));
#endif
		;
		_m = 3; goto P999; /* 0 */
	case 23: // STATE 89 - rcu_x86.pml:84 - [D_STEP84]
		if (!(boq == -1 && (((int)now.bn[ Index(((int)((P2 *)_this)->t), 3) ])<2)))
			continue;

		reached[2][89] = 1;
		reached[2][t->st] = 1;
		reached[2][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_569_0: /* 2 */
		if (!((((int)now.bn[ Index(((int)((P2 *)_this)->t), 3) ])<2)))
			Uerror("block in d_step seq");
S_570_0: /* 2 */
		now.baddr[ Index(((((P2 *)_this)->t*2)+now.bn[ Index(((P2 *)_this)->t, 3) ]), 6) ] = 1;
#ifdef VAR_RANGES
		logval("baddr[((updater:t*2)+bn[updater:t])]", ((int)now.baddr[ Index(((((int)((P2 *)_this)->t)*2)+((int)now.bn[ Index(((int)((P2 *)_this)->t), 3) ])), 6) ]));
#endif
		;
S_571_0: /* 2 */
		now.bval[ Index(((((P2 *)_this)->t*2)+now.bn[ Index(((P2 *)_this)->t, 3) ]), 6) ] = ((int)((P2 *)_this)->target);
#ifdef VAR_RANGES
		logval("bval[((updater:t*2)+bn[updater:t])]", ((int)now.bval[ Index(((((int)((P2 *)_this)->t)*2)+((int)now.bn[ Index(((int)((P2 *)_this)->t), 3) ])), 6) ]));
#endif
		;
S_572_0: /* 2 */
		now.bn[ Index(((P2 *)_this)->t, 3) ] = (((int)now.bn[ Index(((int)((P2 *)_this)->t), 3) ])+1);
#ifdef VAR_RANGES
		logval("bn[updater:t]", ((int)now.bn[ Index(((int)((P2 *)_this)->t), 3) ]));
#endif
		;
		goto S_576_0;
S_576_0: /* 1 */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 24: // STATE 91 - rcu_x86.pml:89 - [((bn[t]==0))] (0:0:0 - 1)
		IfNotBlocked
		reached[2][91] = 1;
		if (!((((int)now.bn[ Index(((int)((P2 *)_this)->t), 3) ])==0)))
			continue;
		_m = 3; goto P999; /* 0 */
	case 25: // STATE 104 - rcu_x86.pml:70 - [D_STEP70]
		if (!(((boq == -1 && ((((int)now.bn[ Index(((int)((P2 *)_this)->t), 3) ])==2)&&(((int)now.baddr[ Index(((((int)((P2 *)_this)->t)*2)+1), 6) ])==3)))) || (boq == -1 /* else */)))
			continue;

		reached[2][104] = 1;
		reached[2][t->st] = 1;
		reached[2][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_586_0: /* 2 */
S_577_0: /* 2 */
		if (!(((((int)now.bn[ Index(((int)((P2 *)_this)->t), 3) ])==2)&&(((int)now.baddr[ Index(((((int)((P2 *)_this)->t)*2)+1), 6) ])==3))))
			goto S_586_1;
S_578_0: /* 2 */
		((P2 *)_this)->o = ((int)now.bval[ Index(((((int)((P2 *)_this)->t)*2)+1), 6) ]);
#ifdef VAR_RANGES
		logval("updater:o", ((int)((P2 *)_this)->o));
#endif
		;
		goto S_587_0;
S_586_1: /* 3 */
S_579_0: /* 2 */
		/* else */;
S_584_0: /* 2 */
S_580_0: /* 2 */
		if (!(((((int)now.bn[ Index(((int)((P2 *)_this)->t), 3) ])>=1)&&(((int)now.baddr[ Index((((int)((P2 *)_this)->t)*2), 6) ])==3))))
			goto S_584_1;
S_581_0: /* 2 */
		((P2 *)_this)->o = ((int)now.bval[ Index((((int)((P2 *)_this)->t)*2), 6) ]);
#ifdef VAR_RANGES
		logval("updater:o", ((int)((P2 *)_this)->o));
#endif
		;
		goto S_585_0;
S_584_1: /* 3 */
S_582_0: /* 2 */
		/* else */;
S_583_0: /* 2 */
		((P2 *)_this)->o = ((int)now.mem[3]);
#ifdef VAR_RANGES
		logval("updater:o", ((int)((P2 *)_this)->o));
#endif
		;
		goto S_585_0;
S_584_2: /* 3 */
		Uerror("blocking sel in d_step (nr.10, near line 74)");
S_585_0: /* 2 */
		goto S_587_0;
S_586_2: /* 3 */
		Uerror("blocking sel in d_step (nr.11, near line 71)");
S_587_0: /* 2 */
		goto S_614_0;
S_614_0: /* 1 */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 26: // STATE 106 - rcu_x86.pml:287 - [(o)] (0:0:1 - 1)
		IfNotBlocked
		reached[2][106] = 1;
		if (!(((int)((P2 *)_this)->o)))
			continue;
		if (TstOnly) return 1; /* TT */
		/* dead 1: o */  (trpt+1)->bup.oval = ((P2 *)_this)->o;
#ifdef HAS_CODE
		if (!readtrail)
#endif
			((P2 *)_this)->o = 0;
		_m = 3; goto P999; /* 0 */
	case 27: // STATE 107 - rcu_x86.pml:89 - [((bn[t]==0))] (0:0:0 - 1)
		IfNotBlocked
		reached[2][107] = 1;
		if (!((((int)now.bn[ Index(((int)((P2 *)_this)->t), 3) ])==0)))
			continue;
		_m = 3; goto P999; /* 0 */
	case 28: // STATE 124 - rcu_x86.pml:101 - [D_STEP101]
		IfNotBlocked

		reached[2][124] = 1;
		reached[2][t->st] = 1;
		reached[2][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_593_0: /* 2 */
		((P2 *)_this)->_3_18_41_39_23_8_j = 0;
#ifdef VAR_RANGES
		logval("updater:j", ((int)((P2 *)_this)->_3_18_41_39_23_8_j));
#endif
		;
S_594_0: /* 2 */
		((P2 *)_this)->_3_18_41_39_23_8_j = 0;
#ifdef VAR_RANGES
		logval("updater:j", ((int)((P2 *)_this)->_3_18_41_39_23_8_j));
#endif
		;
S_605_0: /* 2 */
S_604_0: /* 2 */
S_595_0: /* 2 */
		if (!((((int)((P2 *)_this)->_3_18_41_39_23_8_j)<=(3-1))))
			goto S_604_1;
S_599_0: /* 2 */
S_596_0: /* 2 */
		if (!((((int)((P2 *)_this)->_3_18_41_39_23_8_j)!=((int)((P2 *)_this)->t))))
			goto S_599_1;
S_597_0: /* 2 */
		now.hreq[ Index(((P2 *)_this)->_3_18_41_39_23_8_j, 3) ] = (((int)now.hreq[ Index(((int)((P2 *)_this)->_3_18_41_39_23_8_j), 3) ])|(1<<((int)((P2 *)_this)->t)));
#ifdef VAR_RANGES
		logval("hreq[updater:j]", ((int)now.hreq[ Index(((int)((P2 *)_this)->_3_18_41_39_23_8_j), 3) ]));
#endif
		;
		goto S_600_0;
S_599_1: /* 3 */
S_598_0: /* 2 */
		/* else */;
		goto S_600_0;
S_599_2: /* 3 */
		Uerror("blocking sel in d_step (nr.12, near line 104)");
S_600_0: /* 2 */
S_601_0: /* 2 */
		((P2 *)_this)->_3_18_41_39_23_8_j = (((int)((P2 *)_this)->_3_18_41_39_23_8_j)+1);
#ifdef VAR_RANGES
		logval("updater:j", ((int)((P2 *)_this)->_3_18_41_39_23_8_j));
#endif
		;
		goto S_605_0; /* ';' */
S_604_1: /* 3 */
S_602_0: /* 2 */
		/* else */;
S_603_0: /* 2 */
		goto S_606_0;	/* 'goto' */
S_604_2: /* 3 */
		Uerror("blocking sel in d_step (nr.13, near line 108)");
S_606_0: /* 2 */
		goto S_607_0;	/* 'break' */
S_607_0: /* 2 */
		((P2 *)_this)->_3_18_41_39_23_8_j = 0;
#ifdef VAR_RANGES
		logval("updater:j", ((int)((P2 *)_this)->_3_18_41_39_23_8_j));
#endif
		;
		goto S_609_0;
S_609_0: /* 1 */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 29: // STATE 125 - rcu_x86.pml:111 - [(((((hreq[0]&(1<<t))==0)&&((hreq[1]&(1<<t))==0))&&((hreq[2]&(1<<t))==0)))] (0:0:0 - 1)
		IfNotBlocked
		reached[2][125] = 1;
		if (!(((((((int)now.hreq[0])&(1<<((int)((P2 *)_this)->t)))==0)&&((((int)now.hreq[1])&(1<<((int)((P2 *)_this)->t)))==0))&&((((int)now.hreq[2])&(1<<((int)((P2 *)_this)->t)))==0))))
			continue;
		_m = 3; goto P999; /* 0 */
	case 30: // STATE 126 - rcu_x86.pml:89 - [((bn[t]==0))] (0:0:0 - 1)
		IfNotBlocked
		reached[2][126] = 1;
		if (!((((int)now.bn[ Index(((int)((P2 *)_this)->t), 3) ])==0)))
			continue;
		_m = 3; goto P999; /* 0 */
	case 31: // STATE 132 - rcu_x86.pml:295 - [o = 0] (0:214:1 - 3)
		IfNotBlocked
		reached[2][132] = 1;
		(trpt+1)->bup.oval = ((int)((P2 *)_this)->o);
		((P2 *)_this)->o = 0;
#ifdef VAR_RANGES
		logval("updater:o", ((int)((P2 *)_this)->o));
#endif
		;
		_m = 3; goto P999; /* 0 */
	case 32: // STATE 144 - rcu_x86.pml:70 - [D_STEP70]
		if (!(((boq == -1 && ((((int)now.bn[ Index(((int)((P2 *)_this)->t), 3) ])==2)&&(((int)now.baddr[ Index(((((int)((P2 *)_this)->t)*2)+1), 6) ])==2)))) || (boq == -1 /* else */)))
			continue;

		reached[2][144] = 1;
		reached[2][t->st] = 1;
		reached[2][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_626_0: /* 2 */
S_617_0: /* 2 */
		if (!(((((int)now.bn[ Index(((int)((P2 *)_this)->t), 3) ])==2)&&(((int)now.baddr[ Index(((((int)((P2 *)_this)->t)*2)+1), 6) ])==2))))
			goto S_626_1;
S_618_0: /* 2 */
		((P2 *)_this)->c = ((int)now.bval[ Index(((((int)((P2 *)_this)->t)*2)+1), 6) ]);
#ifdef VAR_RANGES
		logval("updater:c", ((int)((P2 *)_this)->c));
#endif
		;
		goto S_627_0;
S_626_1: /* 3 */
S_619_0: /* 2 */
		/* else */;
S_624_0: /* 2 */
S_620_0: /* 2 */
		if (!(((((int)now.bn[ Index(((int)((P2 *)_this)->t), 3) ])>=1)&&(((int)now.baddr[ Index((((int)((P2 *)_this)->t)*2), 6) ])==2))))
			goto S_624_1;
S_621_0: /* 2 */
		((P2 *)_this)->c = ((int)now.bval[ Index((((int)((P2 *)_this)->t)*2), 6) ]);
#ifdef VAR_RANGES
		logval("updater:c", ((int)((P2 *)_this)->c));
#endif
		;
		goto S_625_0;
S_624_1: /* 3 */
S_622_0: /* 2 */
		/* else */;
S_623_0: /* 2 */
		((P2 *)_this)->c = ((int)now.mem[2]);
#ifdef VAR_RANGES
		logval("updater:c", ((int)((P2 *)_this)->c));
#endif
		;
		goto S_625_0;
S_624_2: /* 3 */
		Uerror("blocking sel in d_step (nr.14, near line 74)");
S_625_0: /* 2 */
		goto S_627_0;
S_626_2: /* 3 */
		Uerror("blocking sel in d_step (nr.15, near line 71)");
S_627_0: /* 2 */
		goto S_630_0;
S_630_0: /* 1 */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 33: // STATE 146 - rcu_x86.pml:247 - [done = ((c==0)||((c/4)>=target))] (0:152:2 - 1)
		IfNotBlocked
		reached[2][146] = 1;
		(trpt+1)->bup.ovals = grab_ints(2);
		(trpt+1)->bup.ovals[0] = ((int)((P2 *)_this)->done);
		((P2 *)_this)->done = ((((int)((P2 *)_this)->c)==0)||((((int)((P2 *)_this)->c)/4)>=((int)((P2 *)_this)->target)));
#ifdef VAR_RANGES
		logval("updater:done", ((int)((P2 *)_this)->done));
#endif
		;
		/* merge: c = 0(152, 147, 152) */
		reached[2][147] = 1;
		(trpt+1)->bup.ovals[1] = ((int)((P2 *)_this)->c);
		((P2 *)_this)->c = 0;
#ifdef VAR_RANGES
		logval("updater:c", ((int)((P2 *)_this)->c));
#endif
		;
		_m = 3; goto P999; /* 1 */
	case 34: // STATE 149 - rcu_x86.pml:256 - [(done)] (220:0:2 - 1)
		IfNotBlocked
		reached[2][149] = 1;
		if (!(((int)((P2 *)_this)->done)))
			continue;
		if (TstOnly) return 1; /* TT */
		/* dead 1: done */  (trpt+1)->bup.ovals = grab_ints(2);
		(trpt+1)->bup.ovals[0] = ((P2 *)_this)->done;
#ifdef HAS_CODE
		if (!readtrail)
#endif
			((P2 *)_this)->done = 0;
		/* merge: goto :b6(220, 150, 220) */
		reached[2][150] = 1;
		;
		/* merge: done = 0(220, 213, 220) */
		reached[2][213] = 1;
		(trpt+1)->bup.ovals[1] = ((int)((P2 *)_this)->done);
		((P2 *)_this)->done = 0;
#ifdef VAR_RANGES
		logval("updater:done", ((int)((P2 *)_this)->done));
#endif
		;
		_m = 3; goto P999; /* 2 */
	case 35: // STATE 158 - rcu_x86.pml:95 - [D_STEP95]
		if (!(boq == -1 && (((int)now.bn[ Index(((int)((P2 *)_this)->t), 3) ])==0)))
			continue;

		reached[2][158] = 1;
		reached[2][t->st] = 1;
		reached[2][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_640_0: /* 2 */
		if (!((((int)now.bn[ Index(((int)((P2 *)_this)->t), 3) ])==0)))
			Uerror("block in d_step seq");
S_641_0: /* 2 */
		now.mem[5] = (((int)now.mem[5])+1);
#ifdef VAR_RANGES
		logval("mem[5]", ((int)now.mem[5]));
#endif
		;
		goto S_656_0;
S_656_0: /* 1 */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 36: // STATE 171 - rcu_x86.pml:70 - [D_STEP70]
		if (!(((boq == -1 && ((((int)now.bn[ Index(((int)((P2 *)_this)->t), 3) ])==2)&&(((int)now.baddr[ Index(((((int)((P2 *)_this)->t)*2)+1), 6) ])==4)))) || (boq == -1 /* else */)))
			continue;

		reached[2][171] = 1;
		reached[2][t->st] = 1;
		reached[2][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_653_0: /* 2 */
S_644_0: /* 2 */
		if (!(((((int)now.bn[ Index(((int)((P2 *)_this)->t), 3) ])==2)&&(((int)now.baddr[ Index(((((int)((P2 *)_this)->t)*2)+1), 6) ])==4))))
			goto S_653_1;
S_645_0: /* 2 */
		((P2 *)_this)->v = ((int)now.bval[ Index(((((int)((P2 *)_this)->t)*2)+1), 6) ]);
#ifdef VAR_RANGES
		logval("updater:v", ((int)((P2 *)_this)->v));
#endif
		;
		goto S_654_0;
S_653_1: /* 3 */
S_646_0: /* 2 */
		/* else */;
S_651_0: /* 2 */
S_647_0: /* 2 */
		if (!(((((int)now.bn[ Index(((int)((P2 *)_this)->t), 3) ])>=1)&&(((int)now.baddr[ Index((((int)((P2 *)_this)->t)*2), 6) ])==4))))
			goto S_651_1;
S_648_0: /* 2 */
		((P2 *)_this)->v = ((int)now.bval[ Index((((int)((P2 *)_this)->t)*2), 6) ]);
#ifdef VAR_RANGES
		logval("updater:v", ((int)((P2 *)_this)->v));
#endif
		;
		goto S_652_0;
S_651_1: /* 3 */
S_649_0: /* 2 */
		/* else */;
S_650_0: /* 2 */
		((P2 *)_this)->v = ((int)now.mem[4]);
#ifdef VAR_RANGES
		logval("updater:v", ((int)((P2 *)_this)->v));
#endif
		;
		goto S_652_0;
S_651_2: /* 3 */
		Uerror("blocking sel in d_step (nr.16, near line 74)");
S_652_0: /* 2 */
		goto S_654_0;
S_653_2: /* 3 */
		Uerror("blocking sel in d_step (nr.17, near line 71)");
S_654_0: /* 2 */
		goto S_672_0;
S_672_0: /* 1 */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 37: // STATE 184 - rcu_x86.pml:70 - [D_STEP70]
		if (!(((boq == -1 && ((((int)now.bn[ Index(((int)((P2 *)_this)->t), 3) ])==2)&&(((int)now.baddr[ Index(((((int)((P2 *)_this)->t)*2)+1), 6) ])==2)))) || (boq == -1 /* else */)))
			continue;

		reached[2][184] = 1;
		reached[2][t->st] = 1;
		reached[2][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_666_0: /* 2 */
S_657_0: /* 2 */
		if (!(((((int)now.bn[ Index(((int)((P2 *)_this)->t), 3) ])==2)&&(((int)now.baddr[ Index(((((int)((P2 *)_this)->t)*2)+1), 6) ])==2))))
			goto S_666_1;
S_658_0: /* 2 */
		((P2 *)_this)->c = ((int)now.bval[ Index(((((int)((P2 *)_this)->t)*2)+1), 6) ]);
#ifdef VAR_RANGES
		logval("updater:c", ((int)((P2 *)_this)->c));
#endif
		;
		goto S_667_0;
S_666_1: /* 3 */
S_659_0: /* 2 */
		/* else */;
S_664_0: /* 2 */
S_660_0: /* 2 */
		if (!(((((int)now.bn[ Index(((int)((P2 *)_this)->t), 3) ])>=1)&&(((int)now.baddr[ Index((((int)((P2 *)_this)->t)*2), 6) ])==2))))
			goto S_664_1;
S_661_0: /* 2 */
		((P2 *)_this)->c = ((int)now.bval[ Index((((int)((P2 *)_this)->t)*2), 6) ]);
#ifdef VAR_RANGES
		logval("updater:c", ((int)((P2 *)_this)->c));
#endif
		;
		goto S_665_0;
S_664_1: /* 3 */
S_662_0: /* 2 */
		/* else */;
S_663_0: /* 2 */
		((P2 *)_this)->c = ((int)now.mem[2]);
#ifdef VAR_RANGES
		logval("updater:c", ((int)((P2 *)_this)->c));
#endif
		;
		goto S_665_0;
S_664_2: /* 3 */
		Uerror("blocking sel in d_step (nr.18, near line 74)");
S_665_0: /* 2 */
		goto S_667_0;
S_666_2: /* 3 */
		Uerror("blocking sel in d_step (nr.19, near line 71)");
S_667_0: /* 2 */
		goto S_670_0;
S_670_0: /* 1 */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 38: // STATE 186 - rcu_x86.pml:247 - [done = ((c==0)||((c/4)>=target))] (0:201:2 - 1)
		IfNotBlocked
		reached[2][186] = 1;
		(trpt+1)->bup.ovals = grab_ints(2);
		(trpt+1)->bup.ovals[0] = ((int)((P2 *)_this)->done);
		((P2 *)_this)->done = ((((int)((P2 *)_this)->c)==0)||((((int)((P2 *)_this)->c)/4)>=((int)((P2 *)_this)->target)));
#ifdef VAR_RANGES
		logval("updater:done", ((int)((P2 *)_this)->done));
#endif
		;
		/* merge: c = 0(201, 187, 201) */
		reached[2][187] = 1;
		(trpt+1)->bup.ovals[1] = ((int)((P2 *)_this)->c);
		((P2 *)_this)->c = 0;
#ifdef VAR_RANGES
		logval("updater:c", ((int)((P2 *)_this)->c));
#endif
		;
		_m = 3; goto P999; /* 1 */
	case 39: // STATE 189 - rcu_x86.pml:269 - [(!(done))] (0:0:1 - 1)
		IfNotBlocked
		reached[2][189] = 1;
		if (!( !(((int)((P2 *)_this)->done))))
			continue;
		if (TstOnly) return 1; /* TT */
		/* dead 1: done */  (trpt+1)->bup.oval = ((P2 *)_this)->done;
#ifdef HAS_CODE
		if (!readtrail)
#endif
			((P2 *)_this)->done = 0;
		_m = 3; goto P999; /* 0 */
	case 40: // STATE 190 - rcu_x86.pml:89 - [((bn[t]==0))] (0:0:0 - 1)
		IfNotBlocked
		reached[2][190] = 1;
		if (!((((int)now.bn[ Index(((int)((P2 *)_this)->t), 3) ])==0)))
			continue;
		_m = 3; goto P999; /* 0 */
	case 41: // STATE 197 - rcu_x86.pml:118 - [D_STEP118]
		if (!(((boq == -1 && (((int)now.mem[4])==((int)((P2 *)_this)->v)))) || (boq == -1 /* else */)))
			continue;

		reached[2][197] = 1;
		reached[2][t->st] = 1;
		reached[2][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_679_0: /* 2 */
S_676_0: /* 2 */
		if (!((((int)now.mem[4])==((int)((P2 *)_this)->v))))
			goto S_679_1;
S_677_0: /* 2 */
		now.fsleep[ Index(((P2 *)_this)->t, 3) ] = (4+1);
#ifdef VAR_RANGES
		logval("fsleep[updater:t]", ((int)now.fsleep[ Index(((int)((P2 *)_this)->t), 3) ]));
#endif
		;
		goto S_680_0;
S_679_1: /* 3 */
S_678_0: /* 2 */
		/* else */;
		goto S_680_0;
S_679_2: /* 3 */
		Uerror("blocking sel in d_step (nr.20, near line 119)");
S_680_0: /* 2 */
		goto S_682_0;
S_682_0: /* 1 */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 42: // STATE 198 - rcu_x86.pml:124 - [((fsleep[t]==0))] (0:0:0 - 1)
		IfNotBlocked
		reached[2][198] = 1;
		if (!((((int)now.fsleep[ Index(((int)((P2 *)_this)->t), 3) ])==0)))
			continue;
		_m = 3; goto P999; /* 0 */
	case 43: // STATE 205 - rcu_x86.pml:95 - [D_STEP95]
		if (!(boq == -1 && (((int)now.bn[ Index(((int)((P2 *)_this)->t), 3) ])==0)))
			continue;

		reached[2][205] = 1;
		reached[2][t->st] = 1;
		reached[2][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_687_0: /* 2 */
		if (!((((int)now.bn[ Index(((int)((P2 *)_this)->t), 3) ])==0)))
			Uerror("block in d_step seq");
S_688_0: /* 2 */
		now.mem[5] = (((int)now.mem[5])+255);
#ifdef VAR_RANGES
		logval("mem[5]", ((int)now.mem[5]));
#endif
		;
		goto S_691_0;
S_691_0: /* 1 */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 44: // STATE 207 - rcu_x86.pml:273 - [v = 0] (0:210:1 - 1)
		IfNotBlocked
		reached[2][207] = 1;
		(trpt+1)->bup.oval = ((int)((P2 *)_this)->v);
		((P2 *)_this)->v = 0;
#ifdef VAR_RANGES
		logval("updater:v", ((int)((P2 *)_this)->v));
#endif
		;
		/* merge: .(goto)(0, 209, 210) */
		reached[2][209] = 1;
		;
		/* merge: .(goto)(0, 211, 210) */
		reached[2][211] = 1;
		;
		_m = 3; goto P999; /* 2 */
	case 45: // STATE 213 - rcu_x86.pml:276 - [done = 0] (0:220:1 - 3)
		IfNotBlocked
		reached[2][213] = 1;
		(trpt+1)->bup.oval = ((int)((P2 *)_this)->done);
		((P2 *)_this)->done = 0;
#ifdef VAR_RANGES
		logval("updater:done", ((int)((P2 *)_this)->done));
#endif
		;
		_m = 3; goto P999; /* 0 */
	case 46: // STATE 219 - rcu_x86.pml:84 - [D_STEP84]
		if (!(boq == -1 && (((int)now.bn[ Index(((int)((P2 *)_this)->t), 3) ])<2)))
			continue;

		reached[2][219] = 1;
		reached[2][t->st] = 1;
		reached[2][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_699_0: /* 2 */
		if (!((((int)now.bn[ Index(((int)((P2 *)_this)->t), 3) ])<2)))
			Uerror("block in d_step seq");
S_700_0: /* 2 */
		now.baddr[ Index(((((P2 *)_this)->t*2)+now.bn[ Index(((P2 *)_this)->t, 3) ]), 6) ] = 6;
#ifdef VAR_RANGES
		logval("baddr[((updater:t*2)+bn[updater:t])]", ((int)now.baddr[ Index(((((int)((P2 *)_this)->t)*2)+((int)now.bn[ Index(((int)((P2 *)_this)->t), 3) ])), 6) ]));
#endif
		;
S_701_0: /* 2 */
		now.bval[ Index(((((P2 *)_this)->t*2)+now.bn[ Index(((P2 *)_this)->t, 3) ]), 6) ] = ((int)((P2 *)_this)->target);
#ifdef VAR_RANGES
		logval("bval[((updater:t*2)+bn[updater:t])]", ((int)now.bval[ Index(((((int)((P2 *)_this)->t)*2)+((int)now.bn[ Index(((int)((P2 *)_this)->t), 3) ])), 6) ]));
#endif
		;
S_702_0: /* 2 */
		now.bn[ Index(((P2 *)_this)->t, 3) ] = (((int)now.bn[ Index(((int)((P2 *)_this)->t), 3) ])+1);
#ifdef VAR_RANGES
		logval("bn[updater:t]", ((int)now.bn[ Index(((int)((P2 *)_this)->t), 3) ]));
#endif
		;
		goto S_705_0;
S_705_0: /* 1 */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 47: // STATE 221 - rcu_x86.pml:298 - [target = 0] (0:228:1 - 1)
		IfNotBlocked
		reached[2][221] = 1;
		(trpt+1)->bup.oval = ((int)((P2 *)_this)->target);
		((P2 *)_this)->target = 0;
#ifdef VAR_RANGES
		logval("updater:target", ((int)((P2 *)_this)->target));
#endif
		;
		/* merge: .(goto)(0, 225, 228) */
		reached[2][225] = 1;
		;
		_m = 3; goto P999; /* 1 */
	case 48: // STATE 228 - rcu_x86.pml:317 - [D_STEP317]
		if (!(boq == -1 && (((int)now.bn[ Index(((int)((P2 *)_this)->t), 3) ])==0)))
			continue;

		reached[2][228] = 1;
		reached[2][t->st] = 1;
		reached[2][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_710_0: /* 2 */
		if (!((((int)now.bn[ Index(((int)((P2 *)_this)->t), 3) ])==0)))
			Uerror("block in d_step seq");
S_711_0: /* 2 */
		now.mem[9] = 0;
#ifdef VAR_RANGES
		logval("mem[9]", ((int)now.mem[9]));
#endif
		;
		goto S_754_0;
S_754_0: /* 1 */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 49: // STATE 231 - rcu_x86.pml:95 - [D_STEP95]
		if (!(boq == -1 && (((int)now.bn[ Index(((int)((P2 *)_this)->t), 3) ])==0)))
			continue;

		reached[2][231] = 1;
		reached[2][t->st] = 1;
		reached[2][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_713_0: /* 2 */
		if (!((((int)now.bn[ Index(((int)((P2 *)_this)->t), 3) ])==0)))
			Uerror("block in d_step seq");
S_714_0: /* 2 */
		now.mem[7] = (((int)now.mem[7])+1);
#ifdef VAR_RANGES
		logval("mem[7]", ((int)now.mem[7]));
#endif
		;
		goto S_729_0;
S_729_0: /* 1 */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 50: // STATE 244 - rcu_x86.pml:70 - [D_STEP70]
		if (!(((boq == -1 && ((((int)now.bn[ Index(((int)((P2 *)_this)->t), 3) ])==2)&&(((int)now.baddr[ Index(((((int)((P2 *)_this)->t)*2)+1), 6) ])==8)))) || (boq == -1 /* else */)))
			continue;

		reached[2][244] = 1;
		reached[2][t->st] = 1;
		reached[2][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_726_0: /* 2 */
S_717_0: /* 2 */
		if (!(((((int)now.bn[ Index(((int)((P2 *)_this)->t), 3) ])==2)&&(((int)now.baddr[ Index(((((int)((P2 *)_this)->t)*2)+1), 6) ])==8))))
			goto S_726_1;
S_718_0: /* 2 */
		((P2 *)_this)->w = ((int)now.bval[ Index(((((int)((P2 *)_this)->t)*2)+1), 6) ]);
#ifdef VAR_RANGES
		logval("updater:w", ((int)((P2 *)_this)->w));
#endif
		;
		goto S_727_0;
S_726_1: /* 3 */
S_719_0: /* 2 */
		/* else */;
S_724_0: /* 2 */
S_720_0: /* 2 */
		if (!(((((int)now.bn[ Index(((int)((P2 *)_this)->t), 3) ])>=1)&&(((int)now.baddr[ Index((((int)((P2 *)_this)->t)*2), 6) ])==8))))
			goto S_724_1;
S_721_0: /* 2 */
		((P2 *)_this)->w = ((int)now.bval[ Index((((int)((P2 *)_this)->t)*2), 6) ]);
#ifdef VAR_RANGES
		logval("updater:w", ((int)((P2 *)_this)->w));
#endif
		;
		goto S_725_0;
S_724_1: /* 3 */
S_722_0: /* 2 */
		/* else */;
S_723_0: /* 2 */
		((P2 *)_this)->w = ((int)now.mem[8]);
#ifdef VAR_RANGES
		logval("updater:w", ((int)((P2 *)_this)->w));
#endif
		;
		goto S_725_0;
S_724_2: /* 3 */
		Uerror("blocking sel in d_step (nr.21, near line 74)");
S_725_0: /* 2 */
		goto S_727_0;
S_726_2: /* 3 */
		Uerror("blocking sel in d_step (nr.22, near line 71)");
S_727_0: /* 2 */
		goto S_751_0;
S_751_0: /* 1 */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 51: // STATE 246 - rcu_x86.pml:148 - [(w)] (0:0:1 - 1)
		IfNotBlocked
		reached[2][246] = 1;
		if (!(((int)((P2 *)_this)->w)))
			continue;
		if (TstOnly) return 1; /* TT */
		/* dead 1: w */  (trpt+1)->bup.oval = ((P2 *)_this)->w;
#ifdef HAS_CODE
		if (!readtrail)
#endif
			((P2 *)_this)->w = 0;
		_m = 3; goto P999; /* 0 */
	case 52: // STATE 247 - rcu_x86.pml:89 - [((bn[t]==0))] (0:0:0 - 1)
		IfNotBlocked
		reached[2][247] = 1;
		if (!((((int)now.bn[ Index(((int)((P2 *)_this)->t), 3) ])==0)))
			continue;
		_m = 3; goto P999; /* 0 */
	case 53: // STATE 264 - rcu_x86.pml:130 - [D_STEP130]
		IfNotBlocked

		reached[2][264] = 1;
		reached[2][t->st] = 1;
		reached[2][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_733_0: /* 2 */
		((P2 *)_this)->_3_18_41_41_28_20_j = 0;
#ifdef VAR_RANGES
		logval("updater:j", ((int)((P2 *)_this)->_3_18_41_41_28_20_j));
#endif
		;
S_734_0: /* 2 */
		((P2 *)_this)->_3_18_41_41_28_20_j = 0;
#ifdef VAR_RANGES
		logval("updater:j", ((int)((P2 *)_this)->_3_18_41_41_28_20_j));
#endif
		;
S_745_0: /* 2 */
S_744_0: /* 2 */
S_735_0: /* 2 */
		if (!((((int)((P2 *)_this)->_3_18_41_41_28_20_j)<=(3-1))))
			goto S_744_1;
S_739_0: /* 2 */
S_736_0: /* 2 */
		if (!((((int)now.fsleep[ Index(((int)((P2 *)_this)->_3_18_41_41_28_20_j), 3) ])==(7+1))))
			goto S_739_1;
S_737_0: /* 2 */
		now.fsleep[ Index(((P2 *)_this)->_3_18_41_41_28_20_j, 3) ] = 0;
#ifdef VAR_RANGES
		logval("fsleep[updater:j]", ((int)now.fsleep[ Index(((int)((P2 *)_this)->_3_18_41_41_28_20_j), 3) ]));
#endif
		;
		goto S_740_0;
S_739_1: /* 3 */
S_738_0: /* 2 */
		/* else */;
		goto S_740_0;
S_739_2: /* 3 */
		Uerror("blocking sel in d_step (nr.23, near line 133)");
S_740_0: /* 2 */
S_741_0: /* 2 */
		((P2 *)_this)->_3_18_41_41_28_20_j = (((int)((P2 *)_this)->_3_18_41_41_28_20_j)+1);
#ifdef VAR_RANGES
		logval("updater:j", ((int)((P2 *)_this)->_3_18_41_41_28_20_j));
#endif
		;
		goto S_745_0; /* ';' */
S_744_1: /* 3 */
S_742_0: /* 2 */
		/* else */;
S_743_0: /* 2 */
		goto S_746_0;	/* 'goto' */
S_744_2: /* 3 */
		Uerror("blocking sel in d_step (nr.24, near line 137)");
S_746_0: /* 2 */
		goto S_747_0;	/* 'break' */
S_747_0: /* 2 */
		((P2 *)_this)->_3_18_41_41_28_20_j = 0;
#ifdef VAR_RANGES
		logval("updater:j", ((int)((P2 *)_this)->_3_18_41_41_28_20_j));
#endif
		;
		goto S_752_0;
S_752_0: /* 1 */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 54: // STATE 269 - rcu_x86.pml:151 - [w = 0] (0:321:3 - 3)
		IfNotBlocked
		reached[2][269] = 1;
		(trpt+1)->bup.ovals = grab_ints(3);
		(trpt+1)->bup.ovals[0] = ((int)((P2 *)_this)->w);
		((P2 *)_this)->w = 0;
#ifdef VAR_RANGES
		logval("updater:w", ((int)((P2 *)_this)->w));
#endif
		;
		/* merge: goto :b4(321, 271, 321) */
		reached[2][271] = 1;
		;
		/* merge: cpl = 0(321, 317, 321) */
		reached[2][317] = 1;
		(trpt+1)->bup.ovals[1] = ((int)((P2 *)_this)->cpl);
		((P2 *)_this)->cpl = 0;
#ifdef VAR_RANGES
		logval("updater:cpl", ((int)((P2 *)_this)->cpl));
#endif
		;
		/* merge: v = 0(321, 318, 321) */
		reached[2][318] = 1;
		(trpt+1)->bup.ovals[2] = ((int)((P2 *)_this)->v);
		((P2 *)_this)->v = 0;
#ifdef VAR_RANGES
		logval("updater:v", ((int)((P2 *)_this)->v));
#endif
		;
		_m = 3; goto P999; /* 3 */
	case 55: // STATE 273 - rcu_x86.pml:320 - [D_STEP320]
		if (!(boq == -1 && ((((int)now.bn[ Index(((int)((P2 *)_this)->t), 3) ])==0)&&(((int)now.mem[9])!=0))))
			continue;

		reached[2][273] = 1;
		reached[2][t->st] = 1;
		reached[2][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_756_0: /* 2 */
		if (!(((((int)now.bn[ Index(((int)((P2 *)_this)->t), 3) ])==0)&&(((int)now.mem[9])!=0))))
			Uerror("block in d_step seq");
		goto S_761_0;
S_761_0: /* 1 */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 56: // STATE 276 - rcu_x86.pml:95 - [D_STEP95]
		if (!(boq == -1 && (((int)now.bn[ Index(((int)((P2 *)_this)->t), 3) ])==0)))
			continue;

		reached[2][276] = 1;
		reached[2][t->st] = 1;
		reached[2][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_758_0: /* 2 */
		if (!((((int)now.bn[ Index(((int)((P2 *)_this)->t), 3) ])==0)))
			Uerror("block in d_step seq");
S_759_0: /* 2 */
		now.mem[8] = (((int)now.mem[8])+1);
#ifdef VAR_RANGES
		logval("mem[8]", ((int)now.mem[8]));
#endif
		;
		goto S_774_0;
S_774_0: /* 1 */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 57: // STATE 289 - rcu_x86.pml:70 - [D_STEP70]
		if (!(((boq == -1 && ((((int)now.bn[ Index(((int)((P2 *)_this)->t), 3) ])==2)&&(((int)now.baddr[ Index(((((int)((P2 *)_this)->t)*2)+1), 6) ])==7)))) || (boq == -1 /* else */)))
			continue;

		reached[2][289] = 1;
		reached[2][t->st] = 1;
		reached[2][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_771_0: /* 2 */
S_762_0: /* 2 */
		if (!(((((int)now.bn[ Index(((int)((P2 *)_this)->t), 3) ])==2)&&(((int)now.baddr[ Index(((((int)((P2 *)_this)->t)*2)+1), 6) ])==7))))
			goto S_771_1;
S_763_0: /* 2 */
		((P2 *)_this)->g = ((int)now.bval[ Index(((((int)((P2 *)_this)->t)*2)+1), 6) ]);
#ifdef VAR_RANGES
		logval("updater:g", ((int)((P2 *)_this)->g));
#endif
		;
		goto S_772_0;
S_771_1: /* 3 */
S_764_0: /* 2 */
		/* else */;
S_769_0: /* 2 */
S_765_0: /* 2 */
		if (!(((((int)now.bn[ Index(((int)((P2 *)_this)->t), 3) ])>=1)&&(((int)now.baddr[ Index((((int)((P2 *)_this)->t)*2), 6) ])==7))))
			goto S_769_1;
S_766_0: /* 2 */
		((P2 *)_this)->g = ((int)now.bval[ Index((((int)((P2 *)_this)->t)*2), 6) ]);
#ifdef VAR_RANGES
		logval("updater:g", ((int)((P2 *)_this)->g));
#endif
		;
		goto S_770_0;
S_769_1: /* 3 */
S_767_0: /* 2 */
		/* else */;
S_768_0: /* 2 */
		((P2 *)_this)->g = ((int)now.mem[7]);
#ifdef VAR_RANGES
		logval("updater:g", ((int)((P2 *)_this)->g));
#endif
		;
		goto S_770_0;
S_769_2: /* 3 */
		Uerror("blocking sel in d_step (nr.25, near line 74)");
S_770_0: /* 2 */
		goto S_772_0;
S_771_2: /* 3 */
		Uerror("blocking sel in d_step (nr.26, near line 71)");
S_772_0: /* 2 */
		goto S_787_0;
S_787_0: /* 1 */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 58: // STATE 291 - rcu_x86.pml:324 - [((g==v))] (0:0:1 - 1)
		IfNotBlocked
		reached[2][291] = 1;
		if (!((((int)((P2 *)_this)->g)==((int)((P2 *)_this)->v))))
			continue;
		if (TstOnly) return 1; /* TT */
		/* dead 1: g */  (trpt+1)->bup.oval = ((P2 *)_this)->g;
#ifdef HAS_CODE
		if (!readtrail)
#endif
			((P2 *)_this)->g = 0;
		_m = 3; goto P999; /* 0 */
	case 59: // STATE 292 - rcu_x86.pml:89 - [((bn[t]==0))] (0:0:0 - 1)
		IfNotBlocked
		reached[2][292] = 1;
		if (!((((int)now.bn[ Index(((int)((P2 *)_this)->t), 3) ])==0)))
			continue;
		_m = 3; goto P999; /* 0 */
	case 60: // STATE 299 - rcu_x86.pml:118 - [D_STEP118]
		if (!(((boq == -1 && (((int)now.mem[7])==((int)((P2 *)_this)->v)))) || (boq == -1 /* else */)))
			continue;

		reached[2][299] = 1;
		reached[2][t->st] = 1;
		reached[2][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_781_0: /* 2 */
S_778_0: /* 2 */
		if (!((((int)now.mem[7])==((int)((P2 *)_this)->v))))
			goto S_781_1;
S_779_0: /* 2 */
		now.fsleep[ Index(((P2 *)_this)->t, 3) ] = (7+1);
#ifdef VAR_RANGES
		logval("fsleep[updater:t]", ((int)now.fsleep[ Index(((int)((P2 *)_this)->t), 3) ]));
#endif
		;
		goto S_782_0;
S_781_1: /* 3 */
S_780_0: /* 2 */
		/* else */;
		goto S_782_0;
S_781_2: /* 3 */
		Uerror("blocking sel in d_step (nr.27, near line 119)");
S_782_0: /* 2 */
		goto S_784_0;
S_784_0: /* 1 */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 61: // STATE 300 - rcu_x86.pml:124 - [((fsleep[t]==0))] (0:0:0 - 1)
		IfNotBlocked
		reached[2][300] = 1;
		if (!((((int)now.fsleep[ Index(((int)((P2 *)_this)->t), 3) ])==0)))
			continue;
		_m = 3; goto P999; /* 0 */
	case 62: // STATE 307 - rcu_x86.pml:95 - [D_STEP95]
		if (!(boq == -1 && (((int)now.bn[ Index(((int)((P2 *)_this)->t), 3) ])==0)))
			continue;

		reached[2][307] = 1;
		reached[2][t->st] = 1;
		reached[2][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_789_0: /* 2 */
		if (!((((int)now.bn[ Index(((int)((P2 *)_this)->t), 3) ])==0)))
			Uerror("block in d_step seq");
S_790_0: /* 2 */
		now.mem[8] = (((int)now.mem[8])+255);
#ifdef VAR_RANGES
		logval("mem[8]", ((int)now.mem[8]));
#endif
		;
		goto S_793_0;
S_793_0: /* 1 */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 63: // STATE 309 - rcu_x86.pml:328 - [g = 0] (0:314:3 - 1)
		IfNotBlocked
		reached[2][309] = 1;
		(trpt+1)->bup.ovals = grab_ints(3);
		(trpt+1)->bup.ovals[0] = ((int)((P2 *)_this)->g);
		((P2 *)_this)->g = 0;
#ifdef VAR_RANGES
		logval("updater:g", ((int)((P2 *)_this)->g));
#endif
		;
		/* merge: .(goto)(314, 311, 314) */
		reached[2][311] = 1;
		;
		/* merge: cpl = 0(314, 312, 314) */
		reached[2][312] = 1;
		(trpt+1)->bup.ovals[1] = ((int)((P2 *)_this)->cpl);
		((P2 *)_this)->cpl = 0;
#ifdef VAR_RANGES
		logval("updater:cpl", ((int)((P2 *)_this)->cpl));
#endif
		;
		/* merge: v = 0(314, 313, 314) */
		reached[2][313] = 1;
		(trpt+1)->bup.ovals[2] = ((int)((P2 *)_this)->v);
		((P2 *)_this)->v = 0;
#ifdef VAR_RANGES
		logval("updater:v", ((int)((P2 *)_this)->v));
#endif
		;
		/* merge: .(goto)(0, 315, 314) */
		reached[2][315] = 1;
		;
		_m = 3; goto P999; /* 4 */
	case 64: // STATE 312 - rcu_x86.pml:330 - [cpl = 0] (0:314:2 - 2)
		IfNotBlocked
		reached[2][312] = 1;
		(trpt+1)->bup.ovals = grab_ints(2);
		(trpt+1)->bup.ovals[0] = ((int)((P2 *)_this)->cpl);
		((P2 *)_this)->cpl = 0;
#ifdef VAR_RANGES
		logval("updater:cpl", ((int)((P2 *)_this)->cpl));
#endif
		;
		/* merge: v = 0(314, 313, 314) */
		reached[2][313] = 1;
		(trpt+1)->bup.ovals[1] = ((int)((P2 *)_this)->v);
		((P2 *)_this)->v = 0;
#ifdef VAR_RANGES
		logval("updater:v", ((int)((P2 *)_this)->v));
#endif
		;
		/* merge: .(goto)(0, 315, 314) */
		reached[2][315] = 1;
		;
		_m = 3; goto P999; /* 2 */
	case 65: // STATE 317 - rcu_x86.pml:332 - [cpl = 0] (0:321:2 - 5)
		IfNotBlocked
		reached[2][317] = 1;
		(trpt+1)->bup.ovals = grab_ints(2);
		(trpt+1)->bup.ovals[0] = ((int)((P2 *)_this)->cpl);
		((P2 *)_this)->cpl = 0;
#ifdef VAR_RANGES
		logval("updater:cpl", ((int)((P2 *)_this)->cpl));
#endif
		;
		/* merge: v = 0(321, 318, 321) */
		reached[2][318] = 1;
		(trpt+1)->bup.ovals[1] = ((int)((P2 *)_this)->v);
		((P2 *)_this)->v = 0;
#ifdef VAR_RANGES
		logval("updater:v", ((int)((P2 *)_this)->v));
#endif
		;
		_m = 3; goto P999; /* 1 */
	case 66: // STATE 320 - rcu_x86.pml:89 - [((bn[t]==0))] (0:0:1 - 1)
		IfNotBlocked
		reached[2][320] = 1;
		if (!((((int)now.bn[ Index(((int)((P2 *)_this)->t), 3) ])==0)))
			continue;
		if (TstOnly) return 1; /* TT */
		/* dead 1: t */  (trpt+1)->bup.oval = ((P2 *)_this)->t;
#ifdef HAS_CODE
		if (!readtrail)
#endif
			((P2 *)_this)->t = 0;
		_m = 3; goto P999; /* 0 */
	case 67: // STATE 322 - rcu_x86.pml:341 - [s = 0] (0:0:1 - 1)
		IfNotBlocked
		reached[2][322] = 1;
		(trpt+1)->bup.oval = ((int)((P2 *)_this)->s);
		((P2 *)_this)->s = 0;
#ifdef VAR_RANGES
		logval("updater:s", ((int)((P2 *)_this)->s));
#endif
		;
		_m = 3; goto P999; /* 0 */
	case 68: // STATE 324 - rcu_x86.pml:353 - [freed = 1] (0:0:1 - 1)
		IfNotBlocked
		reached[2][324] = 1;
		(trpt+1)->bup.oval = ((int)now.freed);
		now.freed = 1;
#ifdef VAR_RANGES
		logval("freed", ((int)now.freed));
#endif
		;
		_m = 3; goto P999; /* 0 */
	case 69: // STATE 325 - rcu_x86.pml:354 - [assert(!(holds_old))] (0:0:0 - 1)
		IfNotBlocked
		reached[2][325] = 1;
		spin_assert( !(((int)now.holds_old)), " !(holds_old)", II, tt, t);
		_m = 3; goto P999; /* 0 */
	case 70: // STATE 327 - rcu_x86.pml:89 - [((bn[t]==0))] (0:0:0 - 1)
		IfNotBlocked
		reached[2][327] = 1;
		if (!((((int)now.bn[ Index(((int)((P2 *)_this)->t), 3) ])==0)))
			continue;
		_m = 3; goto P999; /* 0 */
	case 71: // STATE 340 - rcu_x86.pml:70 - [D_STEP70]
		if (!(((boq == -1 && ((((int)now.bn[ Index(((int)((P2 *)_this)->t), 3) ])==2)&&(((int)now.baddr[ Index(((((int)((P2 *)_this)->t)*2)+1), 6) ])==1)))) || (boq == -1 /* else */)))
			continue;

		reached[2][340] = 1;
		reached[2][t->st] = 1;
		reached[2][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_822_0: /* 2 */
S_813_0: /* 2 */
		if (!(((((int)now.bn[ Index(((int)((P2 *)_this)->t), 3) ])==2)&&(((int)now.baddr[ Index(((((int)((P2 *)_this)->t)*2)+1), 6) ])==1))))
			goto S_822_1;
S_814_0: /* 2 */
		((P2 *)_this)->s = ((int)now.bval[ Index(((((int)((P2 *)_this)->t)*2)+1), 6) ]);
#ifdef VAR_RANGES
		logval("updater:s", ((int)((P2 *)_this)->s));
#endif
		;
		goto S_823_0;
S_822_1: /* 3 */
S_815_0: /* 2 */
		/* else */;
S_820_0: /* 2 */
S_816_0: /* 2 */
		if (!(((((int)now.bn[ Index(((int)((P2 *)_this)->t), 3) ])>=1)&&(((int)now.baddr[ Index((((int)((P2 *)_this)->t)*2), 6) ])==1))))
			goto S_820_1;
S_817_0: /* 2 */
		((P2 *)_this)->s = ((int)now.bval[ Index((((int)((P2 *)_this)->t)*2), 6) ]);
#ifdef VAR_RANGES
		logval("updater:s", ((int)((P2 *)_this)->s));
#endif
		;
		goto S_821_0;
S_820_1: /* 3 */
S_818_0: /* 2 */
		/* else */;
S_819_0: /* 2 */
		((P2 *)_this)->s = ((int)now.mem[1]);
#ifdef VAR_RANGES
		logval("updater:s", ((int)((P2 *)_this)->s));
#endif
		;
		goto S_821_0;
S_820_2: /* 3 */
		Uerror("blocking sel in d_step (nr.28, near line 74)");
S_821_0: /* 2 */
		goto S_823_0;
S_822_2: /* 3 */
		Uerror("blocking sel in d_step (nr.29, near line 71)");
S_823_0: /* 2 */
		goto S_1122_0;
S_1122_0: /* 1 */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 72: // STATE 353 - rcu_x86.pml:70 - [D_STEP70]
		if (!(((boq == -1 && ((((int)now.bn[ Index(((int)((P2 *)_this)->t), 3) ])==2)&&(((int)now.baddr[ Index(((((int)((P2 *)_this)->t)*2)+1), 6) ])==7)))) || (boq == -1 /* else */)))
			continue;

		reached[2][353] = 1;
		reached[2][t->st] = 1;
		reached[2][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_835_0: /* 2 */
S_826_0: /* 2 */
		if (!(((((int)now.bn[ Index(((int)((P2 *)_this)->t), 3) ])==2)&&(((int)now.baddr[ Index(((((int)((P2 *)_this)->t)*2)+1), 6) ])==7))))
			goto S_835_1;
S_827_0: /* 2 */
		((P2 *)_this)->v = ((int)now.bval[ Index(((((int)((P2 *)_this)->t)*2)+1), 6) ]);
#ifdef VAR_RANGES
		logval("updater:v", ((int)((P2 *)_this)->v));
#endif
		;
		goto S_836_0;
S_835_1: /* 3 */
S_828_0: /* 2 */
		/* else */;
S_833_0: /* 2 */
S_829_0: /* 2 */
		if (!(((((int)now.bn[ Index(((int)((P2 *)_this)->t), 3) ])>=1)&&(((int)now.baddr[ Index((((int)((P2 *)_this)->t)*2), 6) ])==7))))
			goto S_833_1;
S_830_0: /* 2 */
		((P2 *)_this)->v = ((int)now.bval[ Index((((int)((P2 *)_this)->t)*2), 6) ]);
#ifdef VAR_RANGES
		logval("updater:v", ((int)((P2 *)_this)->v));
#endif
		;
		goto S_834_0;
S_833_1: /* 3 */
S_831_0: /* 2 */
		/* else */;
S_832_0: /* 2 */
		((P2 *)_this)->v = ((int)now.mem[7]);
#ifdef VAR_RANGES
		logval("updater:v", ((int)((P2 *)_this)->v));
#endif
		;
		goto S_834_0;
S_833_2: /* 3 */
		Uerror("blocking sel in d_step (nr.30, near line 74)");
S_834_0: /* 2 */
		goto S_836_0;
S_835_2: /* 3 */
		Uerror("blocking sel in d_step (nr.31, near line 71)");
S_836_0: /* 2 */
		goto S_851_0;
S_851_0: /* 1 */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 73: // STATE 366 - rcu_x86.pml:70 - [D_STEP70]
		if (!(((boq == -1 && ((((int)now.bn[ Index(((int)((P2 *)_this)->t), 3) ])==2)&&(((int)now.baddr[ Index(((((int)((P2 *)_this)->t)*2)+1), 6) ])==6)))) || (boq == -1 /* else */)))
			continue;

		reached[2][366] = 1;
		reached[2][t->st] = 1;
		reached[2][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_848_0: /* 2 */
S_839_0: /* 2 */
		if (!(((((int)now.bn[ Index(((int)((P2 *)_this)->t), 3) ])==2)&&(((int)now.baddr[ Index(((((int)((P2 *)_this)->t)*2)+1), 6) ])==6))))
			goto S_848_1;
S_840_0: /* 2 */
		((P2 *)_this)->cpl = ((int)now.bval[ Index(((((int)((P2 *)_this)->t)*2)+1), 6) ]);
#ifdef VAR_RANGES
		logval("updater:cpl", ((int)((P2 *)_this)->cpl));
#endif
		;
		goto S_849_0;
S_848_1: /* 3 */
S_841_0: /* 2 */
		/* else */;
S_846_0: /* 2 */
S_842_0: /* 2 */
		if (!(((((int)now.bn[ Index(((int)((P2 *)_this)->t), 3) ])>=1)&&(((int)now.baddr[ Index((((int)((P2 *)_this)->t)*2), 6) ])==6))))
			goto S_846_1;
S_843_0: /* 2 */
		((P2 *)_this)->cpl = ((int)now.bval[ Index((((int)((P2 *)_this)->t)*2), 6) ]);
#ifdef VAR_RANGES
		logval("updater:cpl", ((int)((P2 *)_this)->cpl));
#endif
		;
		goto S_847_0;
S_846_1: /* 3 */
S_844_0: /* 2 */
		/* else */;
S_845_0: /* 2 */
		((P2 *)_this)->cpl = ((int)now.mem[6]);
#ifdef VAR_RANGES
		logval("updater:cpl", ((int)((P2 *)_this)->cpl));
#endif
		;
		goto S_847_0;
S_846_2: /* 3 */
		Uerror("blocking sel in d_step (nr.32, near line 74)");
S_847_0: /* 2 */
		goto S_849_0;
S_848_2: /* 3 */
		Uerror("blocking sel in d_step (nr.33, near line 71)");
S_849_0: /* 2 */
		goto S_855_0;
S_855_0: /* 1 */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 74: // STATE 368 - rcu_x86.pml:307 - [((cpl>s))] (640:0:4 - 1)
		IfNotBlocked
		reached[2][368] = 1;
		if (!((((int)((P2 *)_this)->cpl)>((int)((P2 *)_this)->s))))
			continue;
		if (TstOnly) return 1; /* TT */
		/* dead 1: cpl */  (trpt+1)->bup.ovals = grab_ints(4);
		(trpt+1)->bup.ovals[0] = ((P2 *)_this)->cpl;
#ifdef HAS_CODE
		if (!readtrail)
#endif
			((P2 *)_this)->cpl = 0;
		if (TstOnly) return 1; /* TT */
		/* dead 1: s */  (trpt+1)->bup.ovals[1] = ((P2 *)_this)->s;
#ifdef HAS_CODE
		if (!readtrail)
#endif
			((P2 *)_this)->s = 0;
		/* merge: goto :b8(640, 369, 640) */
		reached[2][369] = 1;
		;
		/* merge: cpl = 0(640, 636, 640) */
		reached[2][636] = 1;
		(trpt+1)->bup.ovals[2] = ((int)((P2 *)_this)->cpl);
		((P2 *)_this)->cpl = 0;
#ifdef VAR_RANGES
		logval("updater:cpl", ((int)((P2 *)_this)->cpl));
#endif
		;
		/* merge: v = 0(640, 637, 640) */
		reached[2][637] = 1;
		(trpt+1)->bup.ovals[3] = ((int)((P2 *)_this)->v);
		((P2 *)_this)->v = 0;
#ifdef VAR_RANGES
		logval("updater:v", ((int)((P2 *)_this)->v));
#endif
		;
		_m = 3; goto P999; /* 3 */
	case 75: // STATE 375 - rcu_x86.pml:311 - [D_STEP311]
		if (!(boq == -1 && ((((int)now.bn[ Index(((int)((P2 *)_this)->t), 3) ])==0)&&(((int)now.mem[9])==0))))
			continue;

		reached[2][375] = 1;
		reached[2][t->st] = 1;
		reached[2][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_857_0: /* 2 */
		if (!(((((int)now.bn[ Index(((int)((P2 *)_this)->t), 3) ])==0)&&(((int)now.mem[9])==0))))
			Uerror("block in d_step seq");
S_858_0: /* 2 */
		now.mem[9] = 1;
#ifdef VAR_RANGES
		logval("mem[9]", ((int)now.mem[9]));
#endif
		;
		goto S_872_0;
S_872_0: /* 1 */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 76: // STATE 387 - rcu_x86.pml:70 - [D_STEP70]
		if (!(((boq == -1 && ((((int)now.bn[ Index(((int)((P2 *)_this)->t), 3) ])==2)&&(((int)now.baddr[ Index(((((int)((P2 *)_this)->t)*2)+1), 6) ])==6)))) || (boq == -1 /* else */)))
			continue;

		reached[2][387] = 1;
		reached[2][t->st] = 1;
		reached[2][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_869_0: /* 2 */
S_860_0: /* 2 */
		if (!(((((int)now.bn[ Index(((int)((P2 *)_this)->t), 3) ])==2)&&(((int)now.baddr[ Index(((((int)((P2 *)_this)->t)*2)+1), 6) ])==6))))
			goto S_869_1;
S_861_0: /* 2 */
		((P2 *)_this)->cpl = ((int)now.bval[ Index(((((int)((P2 *)_this)->t)*2)+1), 6) ]);
#ifdef VAR_RANGES
		logval("updater:cpl", ((int)((P2 *)_this)->cpl));
#endif
		;
		goto S_870_0;
S_869_1: /* 3 */
S_862_0: /* 2 */
		/* else */;
S_867_0: /* 2 */
S_863_0: /* 2 */
		if (!(((((int)now.bn[ Index(((int)((P2 *)_this)->t), 3) ])>=1)&&(((int)now.baddr[ Index((((int)((P2 *)_this)->t)*2), 6) ])==6))))
			goto S_867_1;
S_864_0: /* 2 */
		((P2 *)_this)->cpl = ((int)now.bval[ Index((((int)((P2 *)_this)->t)*2), 6) ]);
#ifdef VAR_RANGES
		logval("updater:cpl", ((int)((P2 *)_this)->cpl));
#endif
		;
		goto S_868_0;
S_867_1: /* 3 */
S_865_0: /* 2 */
		/* else */;
S_866_0: /* 2 */
		((P2 *)_this)->cpl = ((int)now.mem[6]);
#ifdef VAR_RANGES
		logval("updater:cpl", ((int)((P2 *)_this)->cpl));
#endif
		;
		goto S_868_0;
S_867_2: /* 3 */
		Uerror("blocking sel in d_step (nr.34, near line 74)");
S_868_0: /* 2 */
		goto S_870_0;
S_869_2: /* 3 */
		Uerror("blocking sel in d_step (nr.35, near line 71)");
S_870_0: /* 2 */
		goto S_1027_0;
S_1027_0: /* 1 */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 77: // STATE 389 - rcu_x86.pml:314 - [((cpl<=s))] (0:0:2 - 1)
		IfNotBlocked
		reached[2][389] = 1;
		if (!((((int)((P2 *)_this)->cpl)<=((int)((P2 *)_this)->s))))
			continue;
		if (TstOnly) return 1; /* TT */
		/* dead 1: cpl */  (trpt+1)->bup.ovals = grab_ints(2);
		(trpt+1)->bup.ovals[0] = ((P2 *)_this)->cpl;
#ifdef HAS_CODE
		if (!readtrail)
#endif
			((P2 *)_this)->cpl = 0;
		if (TstOnly) return 1; /* TT */
		/* dead 1: s */  (trpt+1)->bup.ovals[1] = ((P2 *)_this)->s;
#ifdef HAS_CODE
		if (!readtrail)
#endif
			((P2 *)_this)->s = 0;
		_m = 3; goto P999; /* 0 */
	case 78: // STATE 401 - rcu_x86.pml:70 - [D_STEP70]
		if (!(((boq == -1 && ((((int)now.bn[ Index(((int)((P2 *)_this)->t), 3) ])==2)&&(((int)now.baddr[ Index(((((int)((P2 *)_this)->t)*2)+1), 6) ])==1)))) || (boq == -1 /* else */)))
			continue;

		reached[2][401] = 1;
		reached[2][t->st] = 1;
		reached[2][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_883_0: /* 2 */
S_874_0: /* 2 */
		if (!(((((int)now.bn[ Index(((int)((P2 *)_this)->t), 3) ])==2)&&(((int)now.baddr[ Index(((((int)((P2 *)_this)->t)*2)+1), 6) ])==1))))
			goto S_883_1;
S_875_0: /* 2 */
		((P2 *)_this)->target = ((int)now.bval[ Index(((((int)((P2 *)_this)->t)*2)+1), 6) ]);
#ifdef VAR_RANGES
		logval("updater:target", ((int)((P2 *)_this)->target));
#endif
		;
		goto S_884_0;
S_883_1: /* 3 */
S_876_0: /* 2 */
		/* else */;
S_881_0: /* 2 */
S_877_0: /* 2 */
		if (!(((((int)now.bn[ Index(((int)((P2 *)_this)->t), 3) ])>=1)&&(((int)now.baddr[ Index((((int)((P2 *)_this)->t)*2), 6) ])==1))))
			goto S_881_1;
S_878_0: /* 2 */
		((P2 *)_this)->target = ((int)now.bval[ Index((((int)((P2 *)_this)->t)*2), 6) ]);
#ifdef VAR_RANGES
		logval("updater:target", ((int)((P2 *)_this)->target));
#endif
		;
		goto S_882_0;
S_881_1: /* 3 */
S_879_0: /* 2 */
		/* else */;
S_880_0: /* 2 */
		((P2 *)_this)->target = ((int)now.mem[1]);
#ifdef VAR_RANGES
		logval("updater:target", ((int)((P2 *)_this)->target));
#endif
		;
		goto S_882_0;
S_881_2: /* 3 */
		Uerror("blocking sel in d_step (nr.36, near line 74)");
S_882_0: /* 2 */
		goto S_884_0;
S_883_2: /* 3 */
		Uerror("blocking sel in d_step (nr.37, near line 71)");
S_884_0: /* 2 */
		goto S_887_0;
S_887_0: /* 1 */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 79: // STATE 403 - rcu_x86.pml:282 - [target = (target+1)] (0:409:1 - 1)
		IfNotBlocked
		reached[2][403] = 1;
		(trpt+1)->bup.oval = ((int)((P2 *)_this)->target);
		((P2 *)_this)->target = (((int)((P2 *)_this)->target)+1);
#ifdef VAR_RANGES
		logval("updater:target", ((int)((P2 *)_this)->target));
#endif
		;
		_m = 3; goto P999; /* 0 */
	case 80: // STATE 408 - rcu_x86.pml:84 - [D_STEP84]
		if (!(boq == -1 && (((int)now.bn[ Index(((int)((P2 *)_this)->t), 3) ])<2)))
			continue;

		reached[2][408] = 1;
		reached[2][t->st] = 1;
		reached[2][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_888_0: /* 2 */
		if (!((((int)now.bn[ Index(((int)((P2 *)_this)->t), 3) ])<2)))
			Uerror("block in d_step seq");
S_889_0: /* 2 */
		now.baddr[ Index(((((P2 *)_this)->t*2)+now.bn[ Index(((P2 *)_this)->t, 3) ]), 6) ] = 1;
#ifdef VAR_RANGES
		logval("baddr[((updater:t*2)+bn[updater:t])]", ((int)now.baddr[ Index(((((int)((P2 *)_this)->t)*2)+((int)now.bn[ Index(((int)((P2 *)_this)->t), 3) ])), 6) ]));
#endif
		;
S_890_0: /* 2 */
		now.bval[ Index(((((P2 *)_this)->t*2)+now.bn[ Index(((P2 *)_this)->t, 3) ]), 6) ] = ((int)((P2 *)_this)->target);
#ifdef VAR_RANGES
		logval("bval[((updater:t*2)+bn[updater:t])]", ((int)now.bval[ Index(((((int)((P2 *)_this)->t)*2)+((int)now.bn[ Index(((int)((P2 *)_this)->t), 3) ])), 6) ]));
#endif
		;
S_891_0: /* 2 */
		now.bn[ Index(((P2 *)_this)->t, 3) ] = (((int)now.bn[ Index(((int)((P2 *)_this)->t), 3) ])+1);
#ifdef VAR_RANGES
		logval("bn[updater:t]", ((int)now.bn[ Index(((int)((P2 *)_this)->t), 3) ]));
#endif
		;
		goto S_895_0;
S_895_0: /* 1 */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 81: // STATE 410 - rcu_x86.pml:89 - [((bn[t]==0))] (0:0:0 - 1)
		IfNotBlocked
		reached[2][410] = 1;
		if (!((((int)now.bn[ Index(((int)((P2 *)_this)->t), 3) ])==0)))
			continue;
		_m = 3; goto P999; /* 0 */
	case 82: // STATE 423 - rcu_x86.pml:70 - [D_STEP70]
		if (!(((boq == -1 && ((((int)now.bn[ Index(((int)((P2 *)_this)->t), 3) ])==2)&&(((int)now.baddr[ Index(((((int)((P2 *)_this)->t)*2)+1), 6) ])==3)))) || (boq == -1 /* else */)))
			continue;

		reached[2][423] = 1;
		reached[2][t->st] = 1;
		reached[2][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_905_0: /* 2 */
S_896_0: /* 2 */
		if (!(((((int)now.bn[ Index(((int)((P2 *)_this)->t), 3) ])==2)&&(((int)now.baddr[ Index(((((int)((P2 *)_this)->t)*2)+1), 6) ])==3))))
			goto S_905_1;
S_897_0: /* 2 */
		((P2 *)_this)->o = ((int)now.bval[ Index(((((int)((P2 *)_this)->t)*2)+1), 6) ]);
#ifdef VAR_RANGES
		logval("updater:o", ((int)((P2 *)_this)->o));
#endif
		;
		goto S_906_0;
S_905_1: /* 3 */
S_898_0: /* 2 */
		/* else */;
S_903_0: /* 2 */
S_899_0: /* 2 */
		if (!(((((int)now.bn[ Index(((int)((P2 *)_this)->t), 3) ])>=1)&&(((int)now.baddr[ Index((((int)((P2 *)_this)->t)*2), 6) ])==3))))
			goto S_903_1;
S_900_0: /* 2 */
		((P2 *)_this)->o = ((int)now.bval[ Index((((int)((P2 *)_this)->t)*2), 6) ]);
#ifdef VAR_RANGES
		logval("updater:o", ((int)((P2 *)_this)->o));
#endif
		;
		goto S_904_0;
S_903_1: /* 3 */
S_901_0: /* 2 */
		/* else */;
S_902_0: /* 2 */
		((P2 *)_this)->o = ((int)now.mem[3]);
#ifdef VAR_RANGES
		logval("updater:o", ((int)((P2 *)_this)->o));
#endif
		;
		goto S_904_0;
S_903_2: /* 3 */
		Uerror("blocking sel in d_step (nr.38, near line 74)");
S_904_0: /* 2 */
		goto S_906_0;
S_905_2: /* 3 */
		Uerror("blocking sel in d_step (nr.39, near line 71)");
S_906_0: /* 2 */
		goto S_933_0;
S_933_0: /* 1 */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 83: // STATE 425 - rcu_x86.pml:287 - [(o)] (0:0:1 - 1)
		IfNotBlocked
		reached[2][425] = 1;
		if (!(((int)((P2 *)_this)->o)))
			continue;
		if (TstOnly) return 1; /* TT */
		/* dead 1: o */  (trpt+1)->bup.oval = ((P2 *)_this)->o;
#ifdef HAS_CODE
		if (!readtrail)
#endif
			((P2 *)_this)->o = 0;
		_m = 3; goto P999; /* 0 */
	case 84: // STATE 426 - rcu_x86.pml:89 - [((bn[t]==0))] (0:0:0 - 1)
		IfNotBlocked
		reached[2][426] = 1;
		if (!((((int)now.bn[ Index(((int)((P2 *)_this)->t), 3) ])==0)))
			continue;
		_m = 3; goto P999; /* 0 */
	case 85: // STATE 443 - rcu_x86.pml:101 - [D_STEP101]
		IfNotBlocked

		reached[2][443] = 1;
		reached[2][t->st] = 1;
		reached[2][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_912_0: /* 2 */
		((P2 *)_this)->_3_19_45_52_41_25_j = 0;
#ifdef VAR_RANGES
		logval("updater:j", ((int)((P2 *)_this)->_3_19_45_52_41_25_j));
#endif
		;
S_913_0: /* 2 */
		((P2 *)_this)->_3_19_45_52_41_25_j = 0;
#ifdef VAR_RANGES
		logval("updater:j", ((int)((P2 *)_this)->_3_19_45_52_41_25_j));
#endif
		;
S_924_0: /* 2 */
S_923_0: /* 2 */
S_914_0: /* 2 */
		if (!((((int)((P2 *)_this)->_3_19_45_52_41_25_j)<=(3-1))))
			goto S_923_1;
S_918_0: /* 2 */
S_915_0: /* 2 */
		if (!((((int)((P2 *)_this)->_3_19_45_52_41_25_j)!=((int)((P2 *)_this)->t))))
			goto S_918_1;
S_916_0: /* 2 */
		now.hreq[ Index(((P2 *)_this)->_3_19_45_52_41_25_j, 3) ] = (((int)now.hreq[ Index(((int)((P2 *)_this)->_3_19_45_52_41_25_j), 3) ])|(1<<((int)((P2 *)_this)->t)));
#ifdef VAR_RANGES
		logval("hreq[updater:j]", ((int)now.hreq[ Index(((int)((P2 *)_this)->_3_19_45_52_41_25_j), 3) ]));
#endif
		;
		goto S_919_0;
S_918_1: /* 3 */
S_917_0: /* 2 */
		/* else */;
		goto S_919_0;
S_918_2: /* 3 */
		Uerror("blocking sel in d_step (nr.40, near line 104)");
S_919_0: /* 2 */
S_920_0: /* 2 */
		((P2 *)_this)->_3_19_45_52_41_25_j = (((int)((P2 *)_this)->_3_19_45_52_41_25_j)+1);
#ifdef VAR_RANGES
		logval("updater:j", ((int)((P2 *)_this)->_3_19_45_52_41_25_j));
#endif
		;
		goto S_924_0; /* ';' */
S_923_1: /* 3 */
S_921_0: /* 2 */
		/* else */;
S_922_0: /* 2 */
		goto S_925_0;	/* 'goto' */
S_923_2: /* 3 */
		Uerror("blocking sel in d_step (nr.41, near line 108)");
S_925_0: /* 2 */
		goto S_926_0;	/* 'break' */
S_926_0: /* 2 */
		((P2 *)_this)->_3_19_45_52_41_25_j = 0;
#ifdef VAR_RANGES
		logval("updater:j", ((int)((P2 *)_this)->_3_19_45_52_41_25_j));
#endif
		;
		goto S_928_0;
S_928_0: /* 1 */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 86: // STATE 444 - rcu_x86.pml:111 - [(((((hreq[0]&(1<<t))==0)&&((hreq[1]&(1<<t))==0))&&((hreq[2]&(1<<t))==0)))] (0:0:0 - 1)
		IfNotBlocked
		reached[2][444] = 1;
		if (!(((((((int)now.hreq[0])&(1<<((int)((P2 *)_this)->t)))==0)&&((((int)now.hreq[1])&(1<<((int)((P2 *)_this)->t)))==0))&&((((int)now.hreq[2])&(1<<((int)((P2 *)_this)->t)))==0))))
			continue;
		_m = 3; goto P999; /* 0 */
	case 87: // STATE 445 - rcu_x86.pml:89 - [((bn[t]==0))] (0:0:0 - 1)
		IfNotBlocked
		reached[2][445] = 1;
		if (!((((int)now.bn[ Index(((int)((P2 *)_this)->t), 3) ])==0)))
			continue;
		_m = 3; goto P999; /* 0 */
	case 88: // STATE 451 - rcu_x86.pml:295 - [o = 0] (0:533:1 - 3)
		IfNotBlocked
		reached[2][451] = 1;
		(trpt+1)->bup.oval = ((int)((P2 *)_this)->o);
		((P2 *)_this)->o = 0;
#ifdef VAR_RANGES
		logval("updater:o", ((int)((P2 *)_this)->o));
#endif
		;
		_m = 3; goto P999; /* 0 */
	case 89: // STATE 463 - rcu_x86.pml:70 - [D_STEP70]
		if (!(((boq == -1 && ((((int)now.bn[ Index(((int)((P2 *)_this)->t), 3) ])==2)&&(((int)now.baddr[ Index(((((int)((P2 *)_this)->t)*2)+1), 6) ])==2)))) || (boq == -1 /* else */)))
			continue;

		reached[2][463] = 1;
		reached[2][t->st] = 1;
		reached[2][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_945_0: /* 2 */
S_936_0: /* 2 */
		if (!(((((int)now.bn[ Index(((int)((P2 *)_this)->t), 3) ])==2)&&(((int)now.baddr[ Index(((((int)((P2 *)_this)->t)*2)+1), 6) ])==2))))
			goto S_945_1;
S_937_0: /* 2 */
		((P2 *)_this)->c = ((int)now.bval[ Index(((((int)((P2 *)_this)->t)*2)+1), 6) ]);
#ifdef VAR_RANGES
		logval("updater:c", ((int)((P2 *)_this)->c));
#endif
		;
		goto S_946_0;
S_945_1: /* 3 */
S_938_0: /* 2 */
		/* else */;
S_943_0: /* 2 */
S_939_0: /* 2 */
		if (!(((((int)now.bn[ Index(((int)((P2 *)_this)->t), 3) ])>=1)&&(((int)now.baddr[ Index((((int)((P2 *)_this)->t)*2), 6) ])==2))))
			goto S_943_1;
S_940_0: /* 2 */
		((P2 *)_this)->c = ((int)now.bval[ Index((((int)((P2 *)_this)->t)*2), 6) ]);
#ifdef VAR_RANGES
		logval("updater:c", ((int)((P2 *)_this)->c));
#endif
		;
		goto S_944_0;
S_943_1: /* 3 */
S_941_0: /* 2 */
		/* else */;
S_942_0: /* 2 */
		((P2 *)_this)->c = ((int)now.mem[2]);
#ifdef VAR_RANGES
		logval("updater:c", ((int)((P2 *)_this)->c));
#endif
		;
		goto S_944_0;
S_943_2: /* 3 */
		Uerror("blocking sel in d_step (nr.42, near line 74)");
S_944_0: /* 2 */
		goto S_946_0;
S_945_2: /* 3 */
		Uerror("blocking sel in d_step (nr.43, near line 71)");
S_946_0: /* 2 */
		goto S_949_0;
S_949_0: /* 1 */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 90: // STATE 465 - rcu_x86.pml:247 - [done = ((c==0)||((c/4)>=target))] (0:471:2 - 1)
		IfNotBlocked
		reached[2][465] = 1;
		(trpt+1)->bup.ovals = grab_ints(2);
		(trpt+1)->bup.ovals[0] = ((int)((P2 *)_this)->done);
		((P2 *)_this)->done = ((((int)((P2 *)_this)->c)==0)||((((int)((P2 *)_this)->c)/4)>=((int)((P2 *)_this)->target)));
#ifdef VAR_RANGES
		logval("updater:done", ((int)((P2 *)_this)->done));
#endif
		;
		/* merge: c = 0(471, 466, 471) */
		reached[2][466] = 1;
		(trpt+1)->bup.ovals[1] = ((int)((P2 *)_this)->c);
		((P2 *)_this)->c = 0;
#ifdef VAR_RANGES
		logval("updater:c", ((int)((P2 *)_this)->c));
#endif
		;
		_m = 3; goto P999; /* 1 */
	case 91: // STATE 468 - rcu_x86.pml:256 - [(done)] (539:0:2 - 1)
		IfNotBlocked
		reached[2][468] = 1;
		if (!(((int)((P2 *)_this)->done)))
			continue;
		if (TstOnly) return 1; /* TT */
		/* dead 1: done */  (trpt+1)->bup.ovals = grab_ints(2);
		(trpt+1)->bup.ovals[0] = ((P2 *)_this)->done;
#ifdef HAS_CODE
		if (!readtrail)
#endif
			((P2 *)_this)->done = 0;
		/* merge: goto :b10(539, 469, 539) */
		reached[2][469] = 1;
		;
		/* merge: done = 0(539, 532, 539) */
		reached[2][532] = 1;
		(trpt+1)->bup.ovals[1] = ((int)((P2 *)_this)->done);
		((P2 *)_this)->done = 0;
#ifdef VAR_RANGES
		logval("updater:done", ((int)((P2 *)_this)->done));
#endif
		;
		_m = 3; goto P999; /* 2 */
	case 92: // STATE 477 - rcu_x86.pml:95 - [D_STEP95]
		if (!(boq == -1 && (((int)now.bn[ Index(((int)((P2 *)_this)->t), 3) ])==0)))
			continue;

		reached[2][477] = 1;
		reached[2][t->st] = 1;
		reached[2][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_959_0: /* 2 */
		if (!((((int)now.bn[ Index(((int)((P2 *)_this)->t), 3) ])==0)))
			Uerror("block in d_step seq");
S_960_0: /* 2 */
		now.mem[5] = (((int)now.mem[5])+1);
#ifdef VAR_RANGES
		logval("mem[5]", ((int)now.mem[5]));
#endif
		;
		goto S_975_0;
S_975_0: /* 1 */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 93: // STATE 490 - rcu_x86.pml:70 - [D_STEP70]
		if (!(((boq == -1 && ((((int)now.bn[ Index(((int)((P2 *)_this)->t), 3) ])==2)&&(((int)now.baddr[ Index(((((int)((P2 *)_this)->t)*2)+1), 6) ])==4)))) || (boq == -1 /* else */)))
			continue;

		reached[2][490] = 1;
		reached[2][t->st] = 1;
		reached[2][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_972_0: /* 2 */
S_963_0: /* 2 */
		if (!(((((int)now.bn[ Index(((int)((P2 *)_this)->t), 3) ])==2)&&(((int)now.baddr[ Index(((((int)((P2 *)_this)->t)*2)+1), 6) ])==4))))
			goto S_972_1;
S_964_0: /* 2 */
		((P2 *)_this)->v = ((int)now.bval[ Index(((((int)((P2 *)_this)->t)*2)+1), 6) ]);
#ifdef VAR_RANGES
		logval("updater:v", ((int)((P2 *)_this)->v));
#endif
		;
		goto S_973_0;
S_972_1: /* 3 */
S_965_0: /* 2 */
		/* else */;
S_970_0: /* 2 */
S_966_0: /* 2 */
		if (!(((((int)now.bn[ Index(((int)((P2 *)_this)->t), 3) ])>=1)&&(((int)now.baddr[ Index((((int)((P2 *)_this)->t)*2), 6) ])==4))))
			goto S_970_1;
S_967_0: /* 2 */
		((P2 *)_this)->v = ((int)now.bval[ Index((((int)((P2 *)_this)->t)*2), 6) ]);
#ifdef VAR_RANGES
		logval("updater:v", ((int)((P2 *)_this)->v));
#endif
		;
		goto S_971_0;
S_970_1: /* 3 */
S_968_0: /* 2 */
		/* else */;
S_969_0: /* 2 */
		((P2 *)_this)->v = ((int)now.mem[4]);
#ifdef VAR_RANGES
		logval("updater:v", ((int)((P2 *)_this)->v));
#endif
		;
		goto S_971_0;
S_970_2: /* 3 */
		Uerror("blocking sel in d_step (nr.44, near line 74)");
S_971_0: /* 2 */
		goto S_973_0;
S_972_2: /* 3 */
		Uerror("blocking sel in d_step (nr.45, near line 71)");
S_973_0: /* 2 */
		goto S_991_0;
S_991_0: /* 1 */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 94: // STATE 503 - rcu_x86.pml:70 - [D_STEP70]
		if (!(((boq == -1 && ((((int)now.bn[ Index(((int)((P2 *)_this)->t), 3) ])==2)&&(((int)now.baddr[ Index(((((int)((P2 *)_this)->t)*2)+1), 6) ])==2)))) || (boq == -1 /* else */)))
			continue;

		reached[2][503] = 1;
		reached[2][t->st] = 1;
		reached[2][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_985_0: /* 2 */
S_976_0: /* 2 */
		if (!(((((int)now.bn[ Index(((int)((P2 *)_this)->t), 3) ])==2)&&(((int)now.baddr[ Index(((((int)((P2 *)_this)->t)*2)+1), 6) ])==2))))
			goto S_985_1;
S_977_0: /* 2 */
		((P2 *)_this)->c = ((int)now.bval[ Index(((((int)((P2 *)_this)->t)*2)+1), 6) ]);
#ifdef VAR_RANGES
		logval("updater:c", ((int)((P2 *)_this)->c));
#endif
		;
		goto S_986_0;
S_985_1: /* 3 */
S_978_0: /* 2 */
		/* else */;
S_983_0: /* 2 */
S_979_0: /* 2 */
		if (!(((((int)now.bn[ Index(((int)((P2 *)_this)->t), 3) ])>=1)&&(((int)now.baddr[ Index((((int)((P2 *)_this)->t)*2), 6) ])==2))))
			goto S_983_1;
S_980_0: /* 2 */
		((P2 *)_this)->c = ((int)now.bval[ Index((((int)((P2 *)_this)->t)*2), 6) ]);
#ifdef VAR_RANGES
		logval("updater:c", ((int)((P2 *)_this)->c));
#endif
		;
		goto S_984_0;
S_983_1: /* 3 */
S_981_0: /* 2 */
		/* else */;
S_982_0: /* 2 */
		((P2 *)_this)->c = ((int)now.mem[2]);
#ifdef VAR_RANGES
		logval("updater:c", ((int)((P2 *)_this)->c));
#endif
		;
		goto S_984_0;
S_983_2: /* 3 */
		Uerror("blocking sel in d_step (nr.46, near line 74)");
S_984_0: /* 2 */
		goto S_986_0;
S_985_2: /* 3 */
		Uerror("blocking sel in d_step (nr.47, near line 71)");
S_986_0: /* 2 */
		goto S_989_0;
S_989_0: /* 1 */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 95: // STATE 505 - rcu_x86.pml:247 - [done = ((c==0)||((c/4)>=target))] (0:520:2 - 1)
		IfNotBlocked
		reached[2][505] = 1;
		(trpt+1)->bup.ovals = grab_ints(2);
		(trpt+1)->bup.ovals[0] = ((int)((P2 *)_this)->done);
		((P2 *)_this)->done = ((((int)((P2 *)_this)->c)==0)||((((int)((P2 *)_this)->c)/4)>=((int)((P2 *)_this)->target)));
#ifdef VAR_RANGES
		logval("updater:done", ((int)((P2 *)_this)->done));
#endif
		;
		/* merge: c = 0(520, 506, 520) */
		reached[2][506] = 1;
		(trpt+1)->bup.ovals[1] = ((int)((P2 *)_this)->c);
		((P2 *)_this)->c = 0;
#ifdef VAR_RANGES
		logval("updater:c", ((int)((P2 *)_this)->c));
#endif
		;
		_m = 3; goto P999; /* 1 */
	case 96: // STATE 508 - rcu_x86.pml:269 - [(!(done))] (0:0:1 - 1)
		IfNotBlocked
		reached[2][508] = 1;
		if (!( !(((int)((P2 *)_this)->done))))
			continue;
		if (TstOnly) return 1; /* TT */
		/* dead 1: done */  (trpt+1)->bup.oval = ((P2 *)_this)->done;
#ifdef HAS_CODE
		if (!readtrail)
#endif
			((P2 *)_this)->done = 0;
		_m = 3; goto P999; /* 0 */
	case 97: // STATE 509 - rcu_x86.pml:89 - [((bn[t]==0))] (0:0:0 - 1)
		IfNotBlocked
		reached[2][509] = 1;
		if (!((((int)now.bn[ Index(((int)((P2 *)_this)->t), 3) ])==0)))
			continue;
		_m = 3; goto P999; /* 0 */
	case 98: // STATE 516 - rcu_x86.pml:118 - [D_STEP118]
		if (!(((boq == -1 && (((int)now.mem[4])==((int)((P2 *)_this)->v)))) || (boq == -1 /* else */)))
			continue;

		reached[2][516] = 1;
		reached[2][t->st] = 1;
		reached[2][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_998_0: /* 2 */
S_995_0: /* 2 */
		if (!((((int)now.mem[4])==((int)((P2 *)_this)->v))))
			goto S_998_1;
S_996_0: /* 2 */
		now.fsleep[ Index(((P2 *)_this)->t, 3) ] = (4+1);
#ifdef VAR_RANGES
		logval("fsleep[updater:t]", ((int)now.fsleep[ Index(((int)((P2 *)_this)->t), 3) ]));
#endif
		;
		goto S_999_0;
S_998_1: /* 3 */
S_997_0: /* 2 */
		/* else */;
		goto S_999_0;
S_998_2: /* 3 */
		Uerror("blocking sel in d_step (nr.48, near line 119)");
S_999_0: /* 2 */
		goto S_1001_0;
S_1001_0: /* 1 */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 99: // STATE 517 - rcu_x86.pml:124 - [((fsleep[t]==0))] (0:0:0 - 1)
		IfNotBlocked
		reached[2][517] = 1;
		if (!((((int)now.fsleep[ Index(((int)((P2 *)_this)->t), 3) ])==0)))
			continue;
		_m = 3; goto P999; /* 0 */
	case 100: // STATE 524 - rcu_x86.pml:95 - [D_STEP95]
		if (!(boq == -1 && (((int)now.bn[ Index(((int)((P2 *)_this)->t), 3) ])==0)))
			continue;

		reached[2][524] = 1;
		reached[2][t->st] = 1;
		reached[2][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_1006_0: /* 2 */
		if (!((((int)now.bn[ Index(((int)((P2 *)_this)->t), 3) ])==0)))
			Uerror("block in d_step seq");
S_1007_0: /* 2 */
		now.mem[5] = (((int)now.mem[5])+255);
#ifdef VAR_RANGES
		logval("mem[5]", ((int)now.mem[5]));
#endif
		;
		goto S_1010_0;
S_1010_0: /* 1 */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 101: // STATE 526 - rcu_x86.pml:273 - [v = 0] (0:529:1 - 1)
		IfNotBlocked
		reached[2][526] = 1;
		(trpt+1)->bup.oval = ((int)((P2 *)_this)->v);
		((P2 *)_this)->v = 0;
#ifdef VAR_RANGES
		logval("updater:v", ((int)((P2 *)_this)->v));
#endif
		;
		/* merge: .(goto)(0, 528, 529) */
		reached[2][528] = 1;
		;
		/* merge: .(goto)(0, 530, 529) */
		reached[2][530] = 1;
		;
		_m = 3; goto P999; /* 2 */
	case 102: // STATE 532 - rcu_x86.pml:276 - [done = 0] (0:539:1 - 3)
		IfNotBlocked
		reached[2][532] = 1;
		(trpt+1)->bup.oval = ((int)((P2 *)_this)->done);
		((P2 *)_this)->done = 0;
#ifdef VAR_RANGES
		logval("updater:done", ((int)((P2 *)_this)->done));
#endif
		;
		_m = 3; goto P999; /* 0 */
	case 103: // STATE 538 - rcu_x86.pml:84 - [D_STEP84]
		if (!(boq == -1 && (((int)now.bn[ Index(((int)((P2 *)_this)->t), 3) ])<2)))
			continue;

		reached[2][538] = 1;
		reached[2][t->st] = 1;
		reached[2][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_1018_0: /* 2 */
		if (!((((int)now.bn[ Index(((int)((P2 *)_this)->t), 3) ])<2)))
			Uerror("block in d_step seq");
S_1019_0: /* 2 */
		now.baddr[ Index(((((P2 *)_this)->t*2)+now.bn[ Index(((P2 *)_this)->t, 3) ]), 6) ] = 6;
#ifdef VAR_RANGES
		logval("baddr[((updater:t*2)+bn[updater:t])]", ((int)now.baddr[ Index(((((int)((P2 *)_this)->t)*2)+((int)now.bn[ Index(((int)((P2 *)_this)->t), 3) ])), 6) ]));
#endif
		;
S_1020_0: /* 2 */
		now.bval[ Index(((((P2 *)_this)->t*2)+now.bn[ Index(((P2 *)_this)->t, 3) ]), 6) ] = ((int)((P2 *)_this)->target);
#ifdef VAR_RANGES
		logval("bval[((updater:t*2)+bn[updater:t])]", ((int)now.bval[ Index(((((int)((P2 *)_this)->t)*2)+((int)now.bn[ Index(((int)((P2 *)_this)->t), 3) ])), 6) ]));
#endif
		;
S_1021_0: /* 2 */
		now.bn[ Index(((P2 *)_this)->t, 3) ] = (((int)now.bn[ Index(((int)((P2 *)_this)->t), 3) ])+1);
#ifdef VAR_RANGES
		logval("bn[updater:t]", ((int)now.bn[ Index(((int)((P2 *)_this)->t), 3) ]));
#endif
		;
		goto S_1024_0;
S_1024_0: /* 1 */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 104: // STATE 540 - rcu_x86.pml:298 - [target = 0] (0:547:1 - 1)
		IfNotBlocked
		reached[2][540] = 1;
		(trpt+1)->bup.oval = ((int)((P2 *)_this)->target);
		((P2 *)_this)->target = 0;
#ifdef VAR_RANGES
		logval("updater:target", ((int)((P2 *)_this)->target));
#endif
		;
		/* merge: .(goto)(0, 544, 547) */
		reached[2][544] = 1;
		;
		_m = 3; goto P999; /* 1 */
	case 105: // STATE 547 - rcu_x86.pml:317 - [D_STEP317]
		if (!(boq == -1 && (((int)now.bn[ Index(((int)((P2 *)_this)->t), 3) ])==0)))
			continue;

		reached[2][547] = 1;
		reached[2][t->st] = 1;
		reached[2][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_1029_0: /* 2 */
		if (!((((int)now.bn[ Index(((int)((P2 *)_this)->t), 3) ])==0)))
			Uerror("block in d_step seq");
S_1030_0: /* 2 */
		now.mem[9] = 0;
#ifdef VAR_RANGES
		logval("mem[9]", ((int)now.mem[9]));
#endif
		;
		goto S_1073_0;
S_1073_0: /* 1 */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 106: // STATE 550 - rcu_x86.pml:95 - [D_STEP95]
		if (!(boq == -1 && (((int)now.bn[ Index(((int)((P2 *)_this)->t), 3) ])==0)))
			continue;

		reached[2][550] = 1;
		reached[2][t->st] = 1;
		reached[2][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_1032_0: /* 2 */
		if (!((((int)now.bn[ Index(((int)((P2 *)_this)->t), 3) ])==0)))
			Uerror("block in d_step seq");
S_1033_0: /* 2 */
		now.mem[7] = (((int)now.mem[7])+1);
#ifdef VAR_RANGES
		logval("mem[7]", ((int)now.mem[7]));
#endif
		;
		goto S_1048_0;
S_1048_0: /* 1 */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 107: // STATE 563 - rcu_x86.pml:70 - [D_STEP70]
		if (!(((boq == -1 && ((((int)now.bn[ Index(((int)((P2 *)_this)->t), 3) ])==2)&&(((int)now.baddr[ Index(((((int)((P2 *)_this)->t)*2)+1), 6) ])==8)))) || (boq == -1 /* else */)))
			continue;

		reached[2][563] = 1;
		reached[2][t->st] = 1;
		reached[2][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_1045_0: /* 2 */
S_1036_0: /* 2 */
		if (!(((((int)now.bn[ Index(((int)((P2 *)_this)->t), 3) ])==2)&&(((int)now.baddr[ Index(((((int)((P2 *)_this)->t)*2)+1), 6) ])==8))))
			goto S_1045_1;
S_1037_0: /* 2 */
		((P2 *)_this)->w = ((int)now.bval[ Index(((((int)((P2 *)_this)->t)*2)+1), 6) ]);
#ifdef VAR_RANGES
		logval("updater:w", ((int)((P2 *)_this)->w));
#endif
		;
		goto S_1046_0;
S_1045_1: /* 3 */
S_1038_0: /* 2 */
		/* else */;
S_1043_0: /* 2 */
S_1039_0: /* 2 */
		if (!(((((int)now.bn[ Index(((int)((P2 *)_this)->t), 3) ])>=1)&&(((int)now.baddr[ Index((((int)((P2 *)_this)->t)*2), 6) ])==8))))
			goto S_1043_1;
S_1040_0: /* 2 */
		((P2 *)_this)->w = ((int)now.bval[ Index((((int)((P2 *)_this)->t)*2), 6) ]);
#ifdef VAR_RANGES
		logval("updater:w", ((int)((P2 *)_this)->w));
#endif
		;
		goto S_1044_0;
S_1043_1: /* 3 */
S_1041_0: /* 2 */
		/* else */;
S_1042_0: /* 2 */
		((P2 *)_this)->w = ((int)now.mem[8]);
#ifdef VAR_RANGES
		logval("updater:w", ((int)((P2 *)_this)->w));
#endif
		;
		goto S_1044_0;
S_1043_2: /* 3 */
		Uerror("blocking sel in d_step (nr.49, near line 74)");
S_1044_0: /* 2 */
		goto S_1046_0;
S_1045_2: /* 3 */
		Uerror("blocking sel in d_step (nr.50, near line 71)");
S_1046_0: /* 2 */
		goto S_1070_0;
S_1070_0: /* 1 */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 108: // STATE 565 - rcu_x86.pml:148 - [(w)] (0:0:1 - 1)
		IfNotBlocked
		reached[2][565] = 1;
		if (!(((int)((P2 *)_this)->w)))
			continue;
		if (TstOnly) return 1; /* TT */
		/* dead 1: w */  (trpt+1)->bup.oval = ((P2 *)_this)->w;
#ifdef HAS_CODE
		if (!readtrail)
#endif
			((P2 *)_this)->w = 0;
		_m = 3; goto P999; /* 0 */
	case 109: // STATE 566 - rcu_x86.pml:89 - [((bn[t]==0))] (0:0:0 - 1)
		IfNotBlocked
		reached[2][566] = 1;
		if (!((((int)now.bn[ Index(((int)((P2 *)_this)->t), 3) ])==0)))
			continue;
		_m = 3; goto P999; /* 0 */
	case 110: // STATE 583 - rcu_x86.pml:130 - [D_STEP130]
		IfNotBlocked

		reached[2][583] = 1;
		reached[2][t->st] = 1;
		reached[2][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_1052_0: /* 2 */
		((P2 *)_this)->_3_19_45_54_46_37_j = 0;
#ifdef VAR_RANGES
		logval("updater:j", ((int)((P2 *)_this)->_3_19_45_54_46_37_j));
#endif
		;
S_1053_0: /* 2 */
		((P2 *)_this)->_3_19_45_54_46_37_j = 0;
#ifdef VAR_RANGES
		logval("updater:j", ((int)((P2 *)_this)->_3_19_45_54_46_37_j));
#endif
		;
S_1064_0: /* 2 */
S_1063_0: /* 2 */
S_1054_0: /* 2 */
		if (!((((int)((P2 *)_this)->_3_19_45_54_46_37_j)<=(3-1))))
			goto S_1063_1;
S_1058_0: /* 2 */
S_1055_0: /* 2 */
		if (!((((int)now.fsleep[ Index(((int)((P2 *)_this)->_3_19_45_54_46_37_j), 3) ])==(7+1))))
			goto S_1058_1;
S_1056_0: /* 2 */
		now.fsleep[ Index(((P2 *)_this)->_3_19_45_54_46_37_j, 3) ] = 0;
#ifdef VAR_RANGES
		logval("fsleep[updater:j]", ((int)now.fsleep[ Index(((int)((P2 *)_this)->_3_19_45_54_46_37_j), 3) ]));
#endif
		;
		goto S_1059_0;
S_1058_1: /* 3 */
S_1057_0: /* 2 */
		/* else */;
		goto S_1059_0;
S_1058_2: /* 3 */
		Uerror("blocking sel in d_step (nr.51, near line 133)");
S_1059_0: /* 2 */
S_1060_0: /* 2 */
		((P2 *)_this)->_3_19_45_54_46_37_j = (((int)((P2 *)_this)->_3_19_45_54_46_37_j)+1);
#ifdef VAR_RANGES
		logval("updater:j", ((int)((P2 *)_this)->_3_19_45_54_46_37_j));
#endif
		;
		goto S_1064_0; /* ';' */
S_1063_1: /* 3 */
S_1061_0: /* 2 */
		/* else */;
S_1062_0: /* 2 */
		goto S_1065_0;	/* 'goto' */
S_1063_2: /* 3 */
		Uerror("blocking sel in d_step (nr.52, near line 137)");
S_1065_0: /* 2 */
		goto S_1066_0;	/* 'break' */
S_1066_0: /* 2 */
		((P2 *)_this)->_3_19_45_54_46_37_j = 0;
#ifdef VAR_RANGES
		logval("updater:j", ((int)((P2 *)_this)->_3_19_45_54_46_37_j));
#endif
		;
		goto S_1071_0;
S_1071_0: /* 1 */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 111: // STATE 588 - rcu_x86.pml:151 - [w = 0] (0:640:3 - 3)
		IfNotBlocked
		reached[2][588] = 1;
		(trpt+1)->bup.ovals = grab_ints(3);
		(trpt+1)->bup.ovals[0] = ((int)((P2 *)_this)->w);
		((P2 *)_this)->w = 0;
#ifdef VAR_RANGES
		logval("updater:w", ((int)((P2 *)_this)->w));
#endif
		;
		/* merge: goto :b8(640, 590, 640) */
		reached[2][590] = 1;
		;
		/* merge: cpl = 0(640, 636, 640) */
		reached[2][636] = 1;
		(trpt+1)->bup.ovals[1] = ((int)((P2 *)_this)->cpl);
		((P2 *)_this)->cpl = 0;
#ifdef VAR_RANGES
		logval("updater:cpl", ((int)((P2 *)_this)->cpl));
#endif
		;
		/* merge: v = 0(640, 637, 640) */
		reached[2][637] = 1;
		(trpt+1)->bup.ovals[2] = ((int)((P2 *)_this)->v);
		((P2 *)_this)->v = 0;
#ifdef VAR_RANGES
		logval("updater:v", ((int)((P2 *)_this)->v));
#endif
		;
		_m = 3; goto P999; /* 3 */
	case 112: // STATE 592 - rcu_x86.pml:320 - [D_STEP320]
		if (!(boq == -1 && ((((int)now.bn[ Index(((int)((P2 *)_this)->t), 3) ])==0)&&(((int)now.mem[9])!=0))))
			continue;

		reached[2][592] = 1;
		reached[2][t->st] = 1;
		reached[2][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_1075_0: /* 2 */
		if (!(((((int)now.bn[ Index(((int)((P2 *)_this)->t), 3) ])==0)&&(((int)now.mem[9])!=0))))
			Uerror("block in d_step seq");
		goto S_1080_0;
S_1080_0: /* 1 */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 113: // STATE 595 - rcu_x86.pml:95 - [D_STEP95]
		if (!(boq == -1 && (((int)now.bn[ Index(((int)((P2 *)_this)->t), 3) ])==0)))
			continue;

		reached[2][595] = 1;
		reached[2][t->st] = 1;
		reached[2][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_1077_0: /* 2 */
		if (!((((int)now.bn[ Index(((int)((P2 *)_this)->t), 3) ])==0)))
			Uerror("block in d_step seq");
S_1078_0: /* 2 */
		now.mem[8] = (((int)now.mem[8])+1);
#ifdef VAR_RANGES
		logval("mem[8]", ((int)now.mem[8]));
#endif
		;
		goto S_1093_0;
S_1093_0: /* 1 */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 114: // STATE 608 - rcu_x86.pml:70 - [D_STEP70]
		if (!(((boq == -1 && ((((int)now.bn[ Index(((int)((P2 *)_this)->t), 3) ])==2)&&(((int)now.baddr[ Index(((((int)((P2 *)_this)->t)*2)+1), 6) ])==7)))) || (boq == -1 /* else */)))
			continue;

		reached[2][608] = 1;
		reached[2][t->st] = 1;
		reached[2][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_1090_0: /* 2 */
S_1081_0: /* 2 */
		if (!(((((int)now.bn[ Index(((int)((P2 *)_this)->t), 3) ])==2)&&(((int)now.baddr[ Index(((((int)((P2 *)_this)->t)*2)+1), 6) ])==7))))
			goto S_1090_1;
S_1082_0: /* 2 */
		((P2 *)_this)->g = ((int)now.bval[ Index(((((int)((P2 *)_this)->t)*2)+1), 6) ]);
#ifdef VAR_RANGES
		logval("updater:g", ((int)((P2 *)_this)->g));
#endif
		;
		goto S_1091_0;
S_1090_1: /* 3 */
S_1083_0: /* 2 */
		/* else */;
S_1088_0: /* 2 */
S_1084_0: /* 2 */
		if (!(((((int)now.bn[ Index(((int)((P2 *)_this)->t), 3) ])>=1)&&(((int)now.baddr[ Index((((int)((P2 *)_this)->t)*2), 6) ])==7))))
			goto S_1088_1;
S_1085_0: /* 2 */
		((P2 *)_this)->g = ((int)now.bval[ Index((((int)((P2 *)_this)->t)*2), 6) ]);
#ifdef VAR_RANGES
		logval("updater:g", ((int)((P2 *)_this)->g));
#endif
		;
		goto S_1089_0;
S_1088_1: /* 3 */
S_1086_0: /* 2 */
		/* else */;
S_1087_0: /* 2 */
		((P2 *)_this)->g = ((int)now.mem[7]);
#ifdef VAR_RANGES
		logval("updater:g", ((int)((P2 *)_this)->g));
#endif
		;
		goto S_1089_0;
S_1088_2: /* 3 */
		Uerror("blocking sel in d_step (nr.53, near line 74)");
S_1089_0: /* 2 */
		goto S_1091_0;
S_1090_2: /* 3 */
		Uerror("blocking sel in d_step (nr.54, near line 71)");
S_1091_0: /* 2 */
		goto S_1106_0;
S_1106_0: /* 1 */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 115: // STATE 610 - rcu_x86.pml:324 - [((g==v))] (0:0:1 - 1)
		IfNotBlocked
		reached[2][610] = 1;
		if (!((((int)((P2 *)_this)->g)==((int)((P2 *)_this)->v))))
			continue;
		if (TstOnly) return 1; /* TT */
		/* dead 1: g */  (trpt+1)->bup.oval = ((P2 *)_this)->g;
#ifdef HAS_CODE
		if (!readtrail)
#endif
			((P2 *)_this)->g = 0;
		_m = 3; goto P999; /* 0 */
	case 116: // STATE 611 - rcu_x86.pml:89 - [((bn[t]==0))] (0:0:0 - 1)
		IfNotBlocked
		reached[2][611] = 1;
		if (!((((int)now.bn[ Index(((int)((P2 *)_this)->t), 3) ])==0)))
			continue;
		_m = 3; goto P999; /* 0 */
	case 117: // STATE 618 - rcu_x86.pml:118 - [D_STEP118]
		if (!(((boq == -1 && (((int)now.mem[7])==((int)((P2 *)_this)->v)))) || (boq == -1 /* else */)))
			continue;

		reached[2][618] = 1;
		reached[2][t->st] = 1;
		reached[2][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_1100_0: /* 2 */
S_1097_0: /* 2 */
		if (!((((int)now.mem[7])==((int)((P2 *)_this)->v))))
			goto S_1100_1;
S_1098_0: /* 2 */
		now.fsleep[ Index(((P2 *)_this)->t, 3) ] = (7+1);
#ifdef VAR_RANGES
		logval("fsleep[updater:t]", ((int)now.fsleep[ Index(((int)((P2 *)_this)->t), 3) ]));
#endif
		;
		goto S_1101_0;
S_1100_1: /* 3 */
S_1099_0: /* 2 */
		/* else */;
		goto S_1101_0;
S_1100_2: /* 3 */
		Uerror("blocking sel in d_step (nr.55, near line 119)");
S_1101_0: /* 2 */
		goto S_1103_0;
S_1103_0: /* 1 */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 118: // STATE 619 - rcu_x86.pml:124 - [((fsleep[t]==0))] (0:0:0 - 1)
		IfNotBlocked
		reached[2][619] = 1;
		if (!((((int)now.fsleep[ Index(((int)((P2 *)_this)->t), 3) ])==0)))
			continue;
		_m = 3; goto P999; /* 0 */
	case 119: // STATE 626 - rcu_x86.pml:95 - [D_STEP95]
		if (!(boq == -1 && (((int)now.bn[ Index(((int)((P2 *)_this)->t), 3) ])==0)))
			continue;

		reached[2][626] = 1;
		reached[2][t->st] = 1;
		reached[2][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_1108_0: /* 2 */
		if (!((((int)now.bn[ Index(((int)((P2 *)_this)->t), 3) ])==0)))
			Uerror("block in d_step seq");
S_1109_0: /* 2 */
		now.mem[8] = (((int)now.mem[8])+255);
#ifdef VAR_RANGES
		logval("mem[8]", ((int)now.mem[8]));
#endif
		;
		goto S_1112_0;
S_1112_0: /* 1 */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 120: // STATE 628 - rcu_x86.pml:328 - [g = 0] (0:633:3 - 1)
		IfNotBlocked
		reached[2][628] = 1;
		(trpt+1)->bup.ovals = grab_ints(3);
		(trpt+1)->bup.ovals[0] = ((int)((P2 *)_this)->g);
		((P2 *)_this)->g = 0;
#ifdef VAR_RANGES
		logval("updater:g", ((int)((P2 *)_this)->g));
#endif
		;
		/* merge: .(goto)(633, 630, 633) */
		reached[2][630] = 1;
		;
		/* merge: cpl = 0(633, 631, 633) */
		reached[2][631] = 1;
		(trpt+1)->bup.ovals[1] = ((int)((P2 *)_this)->cpl);
		((P2 *)_this)->cpl = 0;
#ifdef VAR_RANGES
		logval("updater:cpl", ((int)((P2 *)_this)->cpl));
#endif
		;
		/* merge: v = 0(633, 632, 633) */
		reached[2][632] = 1;
		(trpt+1)->bup.ovals[2] = ((int)((P2 *)_this)->v);
		((P2 *)_this)->v = 0;
#ifdef VAR_RANGES
		logval("updater:v", ((int)((P2 *)_this)->v));
#endif
		;
		/* merge: .(goto)(0, 634, 633) */
		reached[2][634] = 1;
		;
		_m = 3; goto P999; /* 4 */
	case 121: // STATE 631 - rcu_x86.pml:330 - [cpl = 0] (0:633:2 - 2)
		IfNotBlocked
		reached[2][631] = 1;
		(trpt+1)->bup.ovals = grab_ints(2);
		(trpt+1)->bup.ovals[0] = ((int)((P2 *)_this)->cpl);
		((P2 *)_this)->cpl = 0;
#ifdef VAR_RANGES
		logval("updater:cpl", ((int)((P2 *)_this)->cpl));
#endif
		;
		/* merge: v = 0(633, 632, 633) */
		reached[2][632] = 1;
		(trpt+1)->bup.ovals[1] = ((int)((P2 *)_this)->v);
		((P2 *)_this)->v = 0;
#ifdef VAR_RANGES
		logval("updater:v", ((int)((P2 *)_this)->v));
#endif
		;
		/* merge: .(goto)(0, 634, 633) */
		reached[2][634] = 1;
		;
		_m = 3; goto P999; /* 2 */
	case 122: // STATE 636 - rcu_x86.pml:332 - [cpl = 0] (0:640:2 - 5)
		IfNotBlocked
		reached[2][636] = 1;
		(trpt+1)->bup.ovals = grab_ints(2);
		(trpt+1)->bup.ovals[0] = ((int)((P2 *)_this)->cpl);
		((P2 *)_this)->cpl = 0;
#ifdef VAR_RANGES
		logval("updater:cpl", ((int)((P2 *)_this)->cpl));
#endif
		;
		/* merge: v = 0(640, 637, 640) */
		reached[2][637] = 1;
		(trpt+1)->bup.ovals[1] = ((int)((P2 *)_this)->v);
		((P2 *)_this)->v = 0;
#ifdef VAR_RANGES
		logval("updater:v", ((int)((P2 *)_this)->v));
#endif
		;
		_m = 3; goto P999; /* 1 */
	case 123: // STATE 639 - rcu_x86.pml:89 - [((bn[t]==0))] (0:0:1 - 1)
		IfNotBlocked
		reached[2][639] = 1;
		if (!((((int)now.bn[ Index(((int)((P2 *)_this)->t), 3) ])==0)))
			continue;
		if (TstOnly) return 1; /* TT */
		/* dead 1: t */  (trpt+1)->bup.oval = ((P2 *)_this)->t;
#ifdef HAS_CODE
		if (!readtrail)
#endif
			((P2 *)_this)->t = 0;
		_m = 3; goto P999; /* 0 */
	case 124: // STATE 641 - rcu_x86.pml:341 - [s = 0] (0:0:1 - 1)
		IfNotBlocked
		reached[2][641] = 1;
		(trpt+1)->bup.oval = ((int)((P2 *)_this)->s);
		((P2 *)_this)->s = 0;
#ifdef VAR_RANGES
		logval("updater:s", ((int)((P2 *)_this)->s));
#endif
		;
		_m = 3; goto P999; /* 0 */
	case 125: // STATE 645 - rcu_x86.pml:358 - [-end-] (0:0:0 - 3)
		IfNotBlocked
		reached[2][645] = 1;
		if (!delproc(1, II)) continue;
		_m = 3; goto P999; /* 0 */

		 /* PROC reader */
	case 126: // STATE 12 - rcu_x86.pml:70 - [D_STEP70]
		if (!(((boq == -1 && ((((int)now.bn[0])==2)&&(((int)now.baddr[ Index(((0*2)+1), 6) ])==2)))) || (boq == -1 /* else */)))
			continue;

		reached[1][12] = 1;
		reached[1][t->st] = 1;
		reached[1][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_024_0: /* 2 */
S_015_0: /* 2 */
		if (!(((((int)now.bn[0])==2)&&(((int)now.baddr[ Index(((0*2)+1), 6) ])==2))))
			goto S_024_1;
S_016_0: /* 2 */
		((P1 *)_this)->c = ((int)now.bval[ Index(((0*2)+1), 6) ]);
#ifdef VAR_RANGES
		logval("reader:c", ((int)((P1 *)_this)->c));
#endif
		;
		goto S_025_0;
S_024_1: /* 3 */
S_017_0: /* 2 */
		/* else */;
S_022_0: /* 2 */
S_018_0: /* 2 */
		if (!(((((int)now.bn[0])>=1)&&(((int)now.baddr[ Index((0*2), 6) ])==2))))
			goto S_022_1;
S_019_0: /* 2 */
		((P1 *)_this)->c = ((int)now.bval[ Index((0*2), 6) ]);
#ifdef VAR_RANGES
		logval("reader:c", ((int)((P1 *)_this)->c));
#endif
		;
		goto S_023_0;
S_022_1: /* 3 */
S_020_0: /* 2 */
		/* else */;
S_021_0: /* 2 */
		((P1 *)_this)->c = ((int)now.mem[2]);
#ifdef VAR_RANGES
		logval("reader:c", ((int)((P1 *)_this)->c));
#endif
		;
		goto S_023_0;
S_022_2: /* 3 */
		Uerror("blocking sel in d_step (nr.56, near line 74)");
S_023_0: /* 2 */
		goto S_025_0;
S_024_2: /* 3 */
		Uerror("blocking sel in d_step (nr.57, near line 71)");
S_025_0: /* 2 */
		goto S_055_0;
S_055_0: /* 1 */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 127: // STATE 14 - rcu_x86.pml:178 - [(((c%4)==0))] (0:0:1 - 1)
		IfNotBlocked
		reached[1][14] = 1;
		if (!(((((int)((P1 *)_this)->c)%4)==0)))
			continue;
		if (TstOnly) return 1; /* TT */
		/* dead 1: c */  (trpt+1)->bup.oval = ((P1 *)_this)->c;
#ifdef HAS_CODE
		if (!readtrail)
#endif
			((P1 *)_this)->c = 0;
		_m = 3; goto P999; /* 0 */
	case 128: // STATE 26 - rcu_x86.pml:70 - [D_STEP70]
		if (!(((boq == -1 && ((((int)now.bn[0])==2)&&(((int)now.baddr[ Index(((0*2)+1), 6) ])==1)))) || (boq == -1 /* else */)))
			continue;

		reached[1][26] = 1;
		reached[1][t->st] = 1;
		reached[1][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_038_0: /* 2 */
S_029_0: /* 2 */
		if (!(((((int)now.bn[0])==2)&&(((int)now.baddr[ Index(((0*2)+1), 6) ])==1))))
			goto S_038_1;
S_030_0: /* 2 */
		((P1 *)_this)->g = ((int)now.bval[ Index(((0*2)+1), 6) ]);
#ifdef VAR_RANGES
		logval("reader:g", ((int)((P1 *)_this)->g));
#endif
		;
		goto S_039_0;
S_038_1: /* 3 */
S_031_0: /* 2 */
		/* else */;
S_036_0: /* 2 */
S_032_0: /* 2 */
		if (!(((((int)now.bn[0])>=1)&&(((int)now.baddr[ Index((0*2), 6) ])==1))))
			goto S_036_1;
S_033_0: /* 2 */
		((P1 *)_this)->g = ((int)now.bval[ Index((0*2), 6) ]);
#ifdef VAR_RANGES
		logval("reader:g", ((int)((P1 *)_this)->g));
#endif
		;
		goto S_037_0;
S_036_1: /* 3 */
S_034_0: /* 2 */
		/* else */;
S_035_0: /* 2 */
		((P1 *)_this)->g = ((int)now.mem[1]);
#ifdef VAR_RANGES
		logval("reader:g", ((int)((P1 *)_this)->g));
#endif
		;
		goto S_037_0;
S_036_2: /* 3 */
		Uerror("blocking sel in d_step (nr.58, near line 74)");
S_037_0: /* 2 */
		goto S_039_0;
S_038_2: /* 3 */
		Uerror("blocking sel in d_step (nr.59, near line 71)");
S_039_0: /* 2 */
		goto S_047_0;
S_047_0: /* 1 */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 129: // STATE 32 - rcu_x86.pml:84 - [D_STEP84]
		if (!(boq == -1 && (((int)now.bn[0])<2)))
			continue;

		reached[1][32] = 1;
		reached[1][t->st] = 1;
		reached[1][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_042_0: /* 2 */
		if (!((((int)now.bn[0])<2)))
			Uerror("block in d_step seq");
S_043_0: /* 2 */
		now.baddr[ Index(((0*2)+now.bn[0]), 6) ] = 2;
#ifdef VAR_RANGES
		logval("baddr[((0*2)+bn[0])]", ((int)now.baddr[ Index(((0*2)+((int)now.bn[0])), 6) ]));
#endif
		;
S_044_0: /* 2 */
		now.bval[ Index(((0*2)+now.bn[0]), 6) ] = ((((int)((P1 *)_this)->g)*4)+1);
#ifdef VAR_RANGES
		logval("bval[((0*2)+bn[0])]", ((int)now.bval[ Index(((0*2)+((int)now.bn[0])), 6) ]));
#endif
		;
S_045_0: /* 2 */
		now.bn[0] = (((int)now.bn[0])+1);
#ifdef VAR_RANGES
		logval("bn[0]", ((int)now.bn[0]));
#endif
		;
		goto S_056_0;
S_056_0: /* 1 */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 130: // STATE 39 - rcu_x86.pml:84 - [D_STEP84]
		if (!(boq == -1 && (((int)now.bn[0])<2)))
			continue;

		reached[1][39] = 1;
		reached[1][t->st] = 1;
		reached[1][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_049_0: /* 2 */
		if (!((((int)now.bn[0])<2)))
			Uerror("block in d_step seq");
S_050_0: /* 2 */
		now.baddr[ Index(((0*2)+now.bn[0]), 6) ] = 2;
#ifdef VAR_RANGES
		logval("baddr[((0*2)+bn[0])]", ((int)now.baddr[ Index(((0*2)+((int)now.bn[0])), 6) ]));
#endif
		;
S_051_0: /* 2 */
		now.bval[ Index(((0*2)+now.bn[0]), 6) ] = (((int)((P1 *)_this)->c)+1);
#ifdef VAR_RANGES
		logval("bval[((0*2)+bn[0])]", ((int)now.bval[ Index(((0*2)+((int)now.bn[0])), 6) ]));
#endif
		;
S_052_0: /* 2 */
		now.bn[0] = (((int)now.bn[0])+1);
#ifdef VAR_RANGES
		logval("bn[0]", ((int)now.bn[0]));
#endif
		;
		goto S_056_0; /* ';' */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 131: // STATE 45 - rcu_x86.pml:189 - [D_STEP189]
		IfNotBlocked

		reached[1][45] = 1;
		reached[1][t->st] = 1;
		reached[1][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_057_0: /* 2 */
		((P1 *)_this)->c = 0;
#ifdef VAR_RANGES
		logval("reader:c", ((int)((P1 *)_this)->c));
#endif
		;
S_058_0: /* 2 */
		((P1 *)_this)->g = 0;
#ifdef VAR_RANGES
		logval("reader:g", ((int)((P1 *)_this)->g));
#endif
		;
		goto S_073_0;
S_073_0: /* 1 */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 132: // STATE 58 - rcu_x86.pml:70 - [D_STEP70]
		if (!(((boq == -1 && ((((int)now.bn[0])==2)&&(((int)now.baddr[ Index(((0*2)+1), 6) ])==0)))) || (boq == -1 /* else */)))
			continue;

		reached[1][58] = 1;
		reached[1][t->st] = 1;
		reached[1][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_070_0: /* 2 */
S_061_0: /* 2 */
		if (!(((((int)now.bn[0])==2)&&(((int)now.baddr[ Index(((0*2)+1), 6) ])==0))))
			goto S_070_1;
S_062_0: /* 2 */
		((P1 *)_this)->p = ((int)now.bval[ Index(((0*2)+1), 6) ]);
#ifdef VAR_RANGES
		logval("reader:p", ((int)((P1 *)_this)->p));
#endif
		;
		goto S_071_0;
S_070_1: /* 3 */
S_063_0: /* 2 */
		/* else */;
S_068_0: /* 2 */
S_064_0: /* 2 */
		if (!(((((int)now.bn[0])>=1)&&(((int)now.baddr[ Index((0*2), 6) ])==0))))
			goto S_068_1;
S_065_0: /* 2 */
		((P1 *)_this)->p = ((int)now.bval[ Index((0*2), 6) ]);
#ifdef VAR_RANGES
		logval("reader:p", ((int)((P1 *)_this)->p));
#endif
		;
		goto S_069_0;
S_068_1: /* 3 */
S_066_0: /* 2 */
		/* else */;
S_067_0: /* 2 */
		((P1 *)_this)->p = ((int)now.mem[0]);
#ifdef VAR_RANGES
		logval("reader:p", ((int)((P1 *)_this)->p));
#endif
		;
		goto S_069_0;
S_068_2: /* 3 */
		Uerror("blocking sel in d_step (nr.60, near line 74)");
S_069_0: /* 2 */
		goto S_071_0;
S_070_2: /* 3 */
		Uerror("blocking sel in d_step (nr.61, near line 71)");
S_071_0: /* 2 */
		goto S_074_0;
S_074_0: /* 1 */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 133: // STATE 60 - rcu_x86.pml:225 - [holds_old = (p==0)] (0:0:1 - 1)
		IfNotBlocked
		reached[1][60] = 1;
		(trpt+1)->bup.oval = ((int)now.holds_old);
		now.holds_old = (((int)((P1 *)_this)->p)==0);
#ifdef VAR_RANGES
		logval("holds_old", ((int)now.holds_old));
#endif
		;
		_m = 3; goto P999; /* 0 */
	case 134: // STATE 72 - rcu_x86.pml:70 - [D_STEP70]
		if (!(((boq == -1 && ((((int)now.bn[0])==2)&&(((int)now.baddr[ Index(((0*2)+1), 6) ])==2)))) || (boq == -1 /* else */)))
			continue;

		reached[1][72] = 1;
		reached[1][t->st] = 1;
		reached[1][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_084_0: /* 2 */
S_075_0: /* 2 */
		if (!(((((int)now.bn[0])==2)&&(((int)now.baddr[ Index(((0*2)+1), 6) ])==2))))
			goto S_084_1;
S_076_0: /* 2 */
		((P1 *)_this)->c = ((int)now.bval[ Index(((0*2)+1), 6) ]);
#ifdef VAR_RANGES
		logval("reader:c", ((int)((P1 *)_this)->c));
#endif
		;
		goto S_085_0;
S_084_1: /* 3 */
S_077_0: /* 2 */
		/* else */;
S_082_0: /* 2 */
S_078_0: /* 2 */
		if (!(((((int)now.bn[0])>=1)&&(((int)now.baddr[ Index((0*2), 6) ])==2))))
			goto S_082_1;
S_079_0: /* 2 */
		((P1 *)_this)->c = ((int)now.bval[ Index((0*2), 6) ]);
#ifdef VAR_RANGES
		logval("reader:c", ((int)((P1 *)_this)->c));
#endif
		;
		goto S_083_0;
S_082_1: /* 3 */
S_080_0: /* 2 */
		/* else */;
S_081_0: /* 2 */
		((P1 *)_this)->c = ((int)now.mem[2]);
#ifdef VAR_RANGES
		logval("reader:c", ((int)((P1 *)_this)->c));
#endif
		;
		goto S_083_0;
S_082_2: /* 3 */
		Uerror("blocking sel in d_step (nr.62, near line 74)");
S_083_0: /* 2 */
		goto S_085_0;
S_084_2: /* 3 */
		Uerror("blocking sel in d_step (nr.63, near line 71)");
S_085_0: /* 2 */
		goto S_115_0;
S_115_0: /* 1 */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 135: // STATE 74 - rcu_x86.pml:178 - [(((c%4)==0))] (0:0:1 - 1)
		IfNotBlocked
		reached[1][74] = 1;
		if (!(((((int)((P1 *)_this)->c)%4)==0)))
			continue;
		if (TstOnly) return 1; /* TT */
		/* dead 1: c */  (trpt+1)->bup.oval = ((P1 *)_this)->c;
#ifdef HAS_CODE
		if (!readtrail)
#endif
			((P1 *)_this)->c = 0;
		_m = 3; goto P999; /* 0 */
	case 136: // STATE 86 - rcu_x86.pml:70 - [D_STEP70]
		if (!(((boq == -1 && ((((int)now.bn[0])==2)&&(((int)now.baddr[ Index(((0*2)+1), 6) ])==1)))) || (boq == -1 /* else */)))
			continue;

		reached[1][86] = 1;
		reached[1][t->st] = 1;
		reached[1][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_098_0: /* 2 */
S_089_0: /* 2 */
		if (!(((((int)now.bn[0])==2)&&(((int)now.baddr[ Index(((0*2)+1), 6) ])==1))))
			goto S_098_1;
S_090_0: /* 2 */
		((P1 *)_this)->g = ((int)now.bval[ Index(((0*2)+1), 6) ]);
#ifdef VAR_RANGES
		logval("reader:g", ((int)((P1 *)_this)->g));
#endif
		;
		goto S_099_0;
S_098_1: /* 3 */
S_091_0: /* 2 */
		/* else */;
S_096_0: /* 2 */
S_092_0: /* 2 */
		if (!(((((int)now.bn[0])>=1)&&(((int)now.baddr[ Index((0*2), 6) ])==1))))
			goto S_096_1;
S_093_0: /* 2 */
		((P1 *)_this)->g = ((int)now.bval[ Index((0*2), 6) ]);
#ifdef VAR_RANGES
		logval("reader:g", ((int)((P1 *)_this)->g));
#endif
		;
		goto S_097_0;
S_096_1: /* 3 */
S_094_0: /* 2 */
		/* else */;
S_095_0: /* 2 */
		((P1 *)_this)->g = ((int)now.mem[1]);
#ifdef VAR_RANGES
		logval("reader:g", ((int)((P1 *)_this)->g));
#endif
		;
		goto S_097_0;
S_096_2: /* 3 */
		Uerror("blocking sel in d_step (nr.64, near line 74)");
S_097_0: /* 2 */
		goto S_099_0;
S_098_2: /* 3 */
		Uerror("blocking sel in d_step (nr.65, near line 71)");
S_099_0: /* 2 */
		goto S_107_0;
S_107_0: /* 1 */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 137: // STATE 92 - rcu_x86.pml:84 - [D_STEP84]
		if (!(boq == -1 && (((int)now.bn[0])<2)))
			continue;

		reached[1][92] = 1;
		reached[1][t->st] = 1;
		reached[1][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_102_0: /* 2 */
		if (!((((int)now.bn[0])<2)))
			Uerror("block in d_step seq");
S_103_0: /* 2 */
		now.baddr[ Index(((0*2)+now.bn[0]), 6) ] = 2;
#ifdef VAR_RANGES
		logval("baddr[((0*2)+bn[0])]", ((int)now.baddr[ Index(((0*2)+((int)now.bn[0])), 6) ]));
#endif
		;
S_104_0: /* 2 */
		now.bval[ Index(((0*2)+now.bn[0]), 6) ] = ((((int)((P1 *)_this)->g)*4)+1);
#ifdef VAR_RANGES
		logval("bval[((0*2)+bn[0])]", ((int)now.bval[ Index(((0*2)+((int)now.bn[0])), 6) ]));
#endif
		;
S_105_0: /* 2 */
		now.bn[0] = (((int)now.bn[0])+1);
#ifdef VAR_RANGES
		logval("bn[0]", ((int)now.bn[0]));
#endif
		;
		goto S_116_0;
S_116_0: /* 1 */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 138: // STATE 99 - rcu_x86.pml:84 - [D_STEP84]
		if (!(boq == -1 && (((int)now.bn[0])<2)))
			continue;

		reached[1][99] = 1;
		reached[1][t->st] = 1;
		reached[1][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_109_0: /* 2 */
		if (!((((int)now.bn[0])<2)))
			Uerror("block in d_step seq");
S_110_0: /* 2 */
		now.baddr[ Index(((0*2)+now.bn[0]), 6) ] = 2;
#ifdef VAR_RANGES
		logval("baddr[((0*2)+bn[0])]", ((int)now.baddr[ Index(((0*2)+((int)now.bn[0])), 6) ]));
#endif
		;
S_111_0: /* 2 */
		now.bval[ Index(((0*2)+now.bn[0]), 6) ] = (((int)((P1 *)_this)->c)+1);
#ifdef VAR_RANGES
		logval("bval[((0*2)+bn[0])]", ((int)now.bval[ Index(((0*2)+((int)now.bn[0])), 6) ]));
#endif
		;
S_112_0: /* 2 */
		now.bn[0] = (((int)now.bn[0])+1);
#ifdef VAR_RANGES
		logval("bn[0]", ((int)now.bn[0]));
#endif
		;
		goto S_116_0; /* ';' */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 139: // STATE 105 - rcu_x86.pml:189 - [D_STEP189]
		IfNotBlocked

		reached[1][105] = 1;
		reached[1][t->st] = 1;
		reached[1][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_117_0: /* 2 */
		((P1 *)_this)->c = 0;
#ifdef VAR_RANGES
		logval("reader:c", ((int)((P1 *)_this)->c));
#endif
		;
S_118_0: /* 2 */
		((P1 *)_this)->g = 0;
#ifdef VAR_RANGES
		logval("reader:g", ((int)((P1 *)_this)->g));
#endif
		;
		goto S_122_0;
S_122_0: /* 1 */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 140: // STATE 107 - rcu_x86.pml:211 - [assert(((p!=0)||!(freed)))] (0:0:0 - 1)
		IfNotBlocked
		reached[1][107] = 1;
		spin_assert(((((int)((P1 *)_this)->p)!=0)|| !(((int)now.freed))), "((p!=0)|| !(freed))", II, tt, t);
		_m = 3; goto P999; /* 0 */
	case 141: // STATE 120 - rcu_x86.pml:70 - [D_STEP70]
		if (!(((boq == -1 && ((((int)now.bn[0])==2)&&(((int)now.baddr[ Index(((0*2)+1), 6) ])==2)))) || (boq == -1 /* else */)))
			continue;

		reached[1][120] = 1;
		reached[1][t->st] = 1;
		reached[1][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_132_0: /* 2 */
S_123_0: /* 2 */
		if (!(((((int)now.bn[0])==2)&&(((int)now.baddr[ Index(((0*2)+1), 6) ])==2))))
			goto S_132_1;
S_124_0: /* 2 */
		((P1 *)_this)->c = ((int)now.bval[ Index(((0*2)+1), 6) ]);
#ifdef VAR_RANGES
		logval("reader:c", ((int)((P1 *)_this)->c));
#endif
		;
		goto S_133_0;
S_132_1: /* 3 */
S_125_0: /* 2 */
		/* else */;
S_130_0: /* 2 */
S_126_0: /* 2 */
		if (!(((((int)now.bn[0])>=1)&&(((int)now.baddr[ Index((0*2), 6) ])==2))))
			goto S_130_1;
S_127_0: /* 2 */
		((P1 *)_this)->c = ((int)now.bval[ Index((0*2), 6) ]);
#ifdef VAR_RANGES
		logval("reader:c", ((int)((P1 *)_this)->c));
#endif
		;
		goto S_131_0;
S_130_1: /* 3 */
S_128_0: /* 2 */
		/* else */;
S_129_0: /* 2 */
		((P1 *)_this)->c = ((int)now.mem[2]);
#ifdef VAR_RANGES
		logval("reader:c", ((int)((P1 *)_this)->c));
#endif
		;
		goto S_131_0;
S_130_2: /* 3 */
		Uerror("blocking sel in d_step (nr.66, near line 74)");
S_131_0: /* 2 */
		goto S_133_0;
S_132_2: /* 3 */
		Uerror("blocking sel in d_step (nr.67, near line 71)");
S_133_0: /* 2 */
		goto S_211_0;
S_211_0: /* 1 */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 142: // STATE 122 - rcu_x86.pml:196 - [(((c%4)==1))] (0:0:1 - 1)
		IfNotBlocked
		reached[1][122] = 1;
		if (!(((((int)((P1 *)_this)->c)%4)==1)))
			continue;
		if (TstOnly) return 1; /* TT */
		/* dead 1: c */  (trpt+1)->bup.oval = ((P1 *)_this)->c;
#ifdef HAS_CODE
		if (!readtrail)
#endif
			((P1 *)_this)->c = 0;
		_m = 3; goto P999; /* 0 */
	case 143: // STATE 130 - rcu_x86.pml:197 - [D_STEP197]
		if (!(boq == -1 && (((int)now.bn[0])<2)))
			continue;

		reached[1][130] = 1;
		reached[1][t->st] = 1;
		reached[1][tt] = 1;

		if (TstOnly) return 1;


		reached[1][130] = 1;
		reached[1][t->st] = 1;
		reached[1][tt] = 1;

		sv_save();
		S_142_0: /* 2 */
S_141_0: /* 2 */
S_137_0: /* 2 */
		if (!((((int)now.bn[0])<2)))
			Uerror("block in d_step seq");
S_138_0: /* 2 */
		now.baddr[ Index(((0*2)+now.bn[0]), 6) ] = 2;
#ifdef VAR_RANGES
		logval("baddr[((0*2)+bn[0])]", ((int)now.baddr[ Index(((0*2)+((int)now.bn[0])), 6) ]));
#endif
		;
S_139_0: /* 2 */
		now.bval[ Index(((0*2)+now.bn[0]), 6) ] = 0;
#ifdef VAR_RANGES
		logval("bval[((0*2)+bn[0])]", ((int)now.bval[ Index(((0*2)+((int)now.bn[0])), 6) ]));
#endif
		;
S_140_0: /* 2 */
		now.bn[0] = (((int)now.bn[0])+1);
#ifdef VAR_RANGES
		logval("bn[0]", ((int)now.bn[0]));
#endif
		;
		goto S_143_0;
S_143_0: /* 2 */
		now.holds_old = 0;
#ifdef VAR_RANGES
		logval("holds_old", ((int)now.holds_old));
#endif
		;
		goto S_157_0;
S_157_0: /* 1 */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 144: // STATE 142 - rcu_x86.pml:70 - [D_STEP70]
		if (!(((boq == -1 && ((((int)now.bn[0])==2)&&(((int)now.baddr[ Index(((0*2)+1), 6) ])==5)))) || (boq == -1 /* else */)))
			continue;

		reached[1][142] = 1;
		reached[1][t->st] = 1;
		reached[1][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_154_0: /* 2 */
S_145_0: /* 2 */
		if (!(((((int)now.bn[0])==2)&&(((int)now.baddr[ Index(((0*2)+1), 6) ])==5))))
			goto S_154_1;
S_146_0: /* 2 */
		((P1 *)_this)->w = ((int)now.bval[ Index(((0*2)+1), 6) ]);
#ifdef VAR_RANGES
		logval("reader:w", ((int)((P1 *)_this)->w));
#endif
		;
		goto S_155_0;
S_154_1: /* 3 */
S_147_0: /* 2 */
		/* else */;
S_152_0: /* 2 */
S_148_0: /* 2 */
		if (!(((((int)now.bn[0])>=1)&&(((int)now.baddr[ Index((0*2), 6) ])==5))))
			goto S_152_1;
S_149_0: /* 2 */
		((P1 *)_this)->w = ((int)now.bval[ Index((0*2), 6) ]);
#ifdef VAR_RANGES
		logval("reader:w", ((int)((P1 *)_this)->w));
#endif
		;
		goto S_153_0;
S_152_1: /* 3 */
S_150_0: /* 2 */
		/* else */;
S_151_0: /* 2 */
		((P1 *)_this)->w = ((int)now.mem[5]);
#ifdef VAR_RANGES
		logval("reader:w", ((int)((P1 *)_this)->w));
#endif
		;
		goto S_153_0;
S_152_2: /* 3 */
		Uerror("blocking sel in d_step (nr.68, near line 74)");
S_153_0: /* 2 */
		goto S_155_0;
S_154_2: /* 3 */
		Uerror("blocking sel in d_step (nr.69, near line 71)");
S_155_0: /* 2 */
		goto S_202_0;
S_202_0: /* 1 */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 145: // STATE 144 - rcu_x86.pml:200 - [(w)] (0:0:1 - 1)
		IfNotBlocked
		reached[1][144] = 1;
		if (!(((int)((P1 *)_this)->w)))
			continue;
		if (TstOnly) return 1; /* TT */
		/* dead 1: w */  (trpt+1)->bup.oval = ((P1 *)_this)->w;
#ifdef HAS_CODE
		if (!readtrail)
#endif
			((P1 *)_this)->w = 0;
		_m = 3; goto P999; /* 0 */
	case 146: // STATE 147 - rcu_x86.pml:95 - [D_STEP95]
		if (!(boq == -1 && (((int)now.bn[0])==0)))
			continue;

		reached[1][147] = 1;
		reached[1][t->st] = 1;
		reached[1][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_159_0: /* 2 */
		if (!((((int)now.bn[0])==0)))
			Uerror("block in d_step seq");
S_160_0: /* 2 */
		now.mem[4] = (((int)now.mem[4])+1);
#ifdef VAR_RANGES
		logval("mem[4]", ((int)now.mem[4]));
#endif
		;
		goto S_175_0;
S_175_0: /* 1 */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 147: // STATE 160 - rcu_x86.pml:70 - [D_STEP70]
		if (!(((boq == -1 && ((((int)now.bn[0])==2)&&(((int)now.baddr[ Index(((0*2)+1), 6) ])==5)))) || (boq == -1 /* else */)))
			continue;

		reached[1][160] = 1;
		reached[1][t->st] = 1;
		reached[1][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_172_0: /* 2 */
S_163_0: /* 2 */
		if (!(((((int)now.bn[0])==2)&&(((int)now.baddr[ Index(((0*2)+1), 6) ])==5))))
			goto S_172_1;
S_164_0: /* 2 */
		((P1 *)_this)->w = ((int)now.bval[ Index(((0*2)+1), 6) ]);
#ifdef VAR_RANGES
		logval("reader:w", ((int)((P1 *)_this)->w));
#endif
		;
		goto S_173_0;
S_172_1: /* 3 */
S_165_0: /* 2 */
		/* else */;
S_170_0: /* 2 */
S_166_0: /* 2 */
		if (!(((((int)now.bn[0])>=1)&&(((int)now.baddr[ Index((0*2), 6) ])==5))))
			goto S_170_1;
S_167_0: /* 2 */
		((P1 *)_this)->w = ((int)now.bval[ Index((0*2), 6) ]);
#ifdef VAR_RANGES
		logval("reader:w", ((int)((P1 *)_this)->w));
#endif
		;
		goto S_171_0;
S_170_1: /* 3 */
S_168_0: /* 2 */
		/* else */;
S_169_0: /* 2 */
		((P1 *)_this)->w = ((int)now.mem[5]);
#ifdef VAR_RANGES
		logval("reader:w", ((int)((P1 *)_this)->w));
#endif
		;
		goto S_171_0;
S_170_2: /* 3 */
		Uerror("blocking sel in d_step (nr.70, near line 74)");
S_171_0: /* 2 */
		goto S_173_0;
S_172_2: /* 3 */
		Uerror("blocking sel in d_step (nr.71, near line 71)");
S_173_0: /* 2 */
		goto S_197_0;
S_197_0: /* 1 */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 148: // STATE 162 - rcu_x86.pml:148 - [(w)] (0:0:1 - 1)
		IfNotBlocked
		reached[1][162] = 1;
		if (!(((int)((P1 *)_this)->w)))
			continue;
		if (TstOnly) return 1; /* TT */
		/* dead 1: w */  (trpt+1)->bup.oval = ((P1 *)_this)->w;
#ifdef HAS_CODE
		if (!readtrail)
#endif
			((P1 *)_this)->w = 0;
		_m = 3; goto P999; /* 0 */
	case 149: // STATE 163 - rcu_x86.pml:89 - [((bn[0]==0))] (0:0:0 - 1)
		IfNotBlocked
		reached[1][163] = 1;
		if (!((((int)now.bn[0])==0)))
			continue;
		_m = 3; goto P999; /* 0 */
	case 150: // STATE 180 - rcu_x86.pml:130 - [D_STEP130]
		IfNotBlocked

		reached[1][180] = 1;
		reached[1][t->st] = 1;
		reached[1][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_179_0: /* 2 */
		((P1 *)_this)->_2_7_15_14_5_j = 0;
#ifdef VAR_RANGES
		logval("reader:j", ((int)((P1 *)_this)->_2_7_15_14_5_j));
#endif
		;
S_180_0: /* 2 */
		((P1 *)_this)->_2_7_15_14_5_j = 0;
#ifdef VAR_RANGES
		logval("reader:j", ((int)((P1 *)_this)->_2_7_15_14_5_j));
#endif
		;
S_191_0: /* 2 */
S_190_0: /* 2 */
S_181_0: /* 2 */
		if (!((((int)((P1 *)_this)->_2_7_15_14_5_j)<=(3-1))))
			goto S_190_1;
S_185_0: /* 2 */
S_182_0: /* 2 */
		if (!((((int)now.fsleep[ Index(((int)((P1 *)_this)->_2_7_15_14_5_j), 3) ])==(4+1))))
			goto S_185_1;
S_183_0: /* 2 */
		now.fsleep[ Index(((P1 *)_this)->_2_7_15_14_5_j, 3) ] = 0;
#ifdef VAR_RANGES
		logval("fsleep[reader:j]", ((int)now.fsleep[ Index(((int)((P1 *)_this)->_2_7_15_14_5_j), 3) ]));
#endif
		;
		goto S_186_0;
S_185_1: /* 3 */
S_184_0: /* 2 */
		/* else */;
		goto S_186_0;
S_185_2: /* 3 */
		Uerror("blocking sel in d_step (nr.72, near line 133)");
S_186_0: /* 2 */
S_187_0: /* 2 */
		((P1 *)_this)->_2_7_15_14_5_j = (((int)((P1 *)_this)->_2_7_15_14_5_j)+1);
#ifdef VAR_RANGES
		logval("reader:j", ((int)((P1 *)_this)->_2_7_15_14_5_j));
#endif
		;
		goto S_191_0; /* ';' */
S_190_1: /* 3 */
S_188_0: /* 2 */
		/* else */;
S_189_0: /* 2 */
		goto S_192_0;	/* 'goto' */
S_190_2: /* 3 */
		Uerror("blocking sel in d_step (nr.73, near line 137)");
S_192_0: /* 2 */
		goto S_193_0;	/* 'break' */
S_193_0: /* 2 */
		((P1 *)_this)->_2_7_15_14_5_j = 0;
#ifdef VAR_RANGES
		logval("reader:j", ((int)((P1 *)_this)->_2_7_15_14_5_j));
#endif
		;
		goto S_198_0;
S_198_0: /* 1 */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 151: // STATE 185 - rcu_x86.pml:151 - [w = 0] (0:201:1 - 3)
		IfNotBlocked
		reached[1][185] = 1;
		(trpt+1)->bup.oval = ((int)((P1 *)_this)->w);
		((P1 *)_this)->w = 0;
#ifdef VAR_RANGES
		logval("reader:w", ((int)((P1 *)_this)->w));
#endif
		;
		/* merge: .(goto)(0, 189, 201) */
		reached[1][189] = 1;
		;
		/* merge: .(goto)(0, 198, 201) */
		reached[1][198] = 1;
		;
		_m = 3; goto P999; /* 2 */
	case 152: // STATE 195 - rcu_x86.pml:84 - [D_STEP84]
		if (!(boq == -1 && (((int)now.bn[0])<2)))
			continue;

		reached[1][195] = 1;
		reached[1][t->st] = 1;
		reached[1][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_205_0: /* 2 */
		if (!((((int)now.bn[0])<2)))
			Uerror("block in d_step seq");
S_206_0: /* 2 */
		now.baddr[ Index(((0*2)+now.bn[0]), 6) ] = 2;
#ifdef VAR_RANGES
		logval("baddr[((0*2)+bn[0])]", ((int)now.baddr[ Index(((0*2)+((int)now.bn[0])), 6) ]));
#endif
		;
S_207_0: /* 2 */
		now.bval[ Index(((0*2)+now.bn[0]), 6) ] = (((int)((P1 *)_this)->c)-1);
#ifdef VAR_RANGES
		logval("bval[((0*2)+bn[0])]", ((int)now.bval[ Index(((0*2)+((int)now.bn[0])), 6) ]));
#endif
		;
S_208_0: /* 2 */
		now.bn[0] = (((int)now.bn[0])+1);
#ifdef VAR_RANGES
		logval("bn[0]", ((int)now.bn[0]));
#endif
		;
		goto S_212_0;
S_212_0: /* 1 */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 153: // STATE 201 - rcu_x86.pml:205 - [D_STEP205]
		IfNotBlocked

		reached[1][201] = 1;
		reached[1][t->st] = 1;
		reached[1][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_213_0: /* 2 */
		((P1 *)_this)->c = 0;
#ifdef VAR_RANGES
		logval("reader:c", ((int)((P1 *)_this)->c));
#endif
		;
S_214_0: /* 2 */
		((P1 *)_this)->w = 0;
#ifdef VAR_RANGES
		logval("reader:w", ((int)((P1 *)_this)->w));
#endif
		;
		goto S_218_0;
S_218_0: /* 1 */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 154: // STATE 203 - rcu_x86.pml:211 - [assert(((p!=0)||!(freed)))] (0:0:0 - 1)
		IfNotBlocked
		reached[1][203] = 1;
		spin_assert(((((int)((P1 *)_this)->p)!=0)|| !(((int)now.freed))), "((p!=0)|| !(freed))", II, tt, t);
		_m = 3; goto P999; /* 0 */
	case 155: // STATE 216 - rcu_x86.pml:70 - [D_STEP70]
		if (!(((boq == -1 && ((((int)now.bn[0])==2)&&(((int)now.baddr[ Index(((0*2)+1), 6) ])==2)))) || (boq == -1 /* else */)))
			continue;

		reached[1][216] = 1;
		reached[1][t->st] = 1;
		reached[1][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_228_0: /* 2 */
S_219_0: /* 2 */
		if (!(((((int)now.bn[0])==2)&&(((int)now.baddr[ Index(((0*2)+1), 6) ])==2))))
			goto S_228_1;
S_220_0: /* 2 */
		((P1 *)_this)->c = ((int)now.bval[ Index(((0*2)+1), 6) ]);
#ifdef VAR_RANGES
		logval("reader:c", ((int)((P1 *)_this)->c));
#endif
		;
		goto S_229_0;
S_228_1: /* 3 */
S_221_0: /* 2 */
		/* else */;
S_226_0: /* 2 */
S_222_0: /* 2 */
		if (!(((((int)now.bn[0])>=1)&&(((int)now.baddr[ Index((0*2), 6) ])==2))))
			goto S_226_1;
S_223_0: /* 2 */
		((P1 *)_this)->c = ((int)now.bval[ Index((0*2), 6) ]);
#ifdef VAR_RANGES
		logval("reader:c", ((int)((P1 *)_this)->c));
#endif
		;
		goto S_227_0;
S_226_1: /* 3 */
S_224_0: /* 2 */
		/* else */;
S_225_0: /* 2 */
		((P1 *)_this)->c = ((int)now.mem[2]);
#ifdef VAR_RANGES
		logval("reader:c", ((int)((P1 *)_this)->c));
#endif
		;
		goto S_227_0;
S_226_2: /* 3 */
		Uerror("blocking sel in d_step (nr.74, near line 74)");
S_227_0: /* 2 */
		goto S_229_0;
S_228_2: /* 3 */
		Uerror("blocking sel in d_step (nr.75, near line 71)");
S_229_0: /* 2 */
		goto S_307_0;
S_307_0: /* 1 */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 156: // STATE 218 - rcu_x86.pml:196 - [(((c%4)==1))] (0:0:1 - 1)
		IfNotBlocked
		reached[1][218] = 1;
		if (!(((((int)((P1 *)_this)->c)%4)==1)))
			continue;
		if (TstOnly) return 1; /* TT */
		/* dead 1: c */  (trpt+1)->bup.oval = ((P1 *)_this)->c;
#ifdef HAS_CODE
		if (!readtrail)
#endif
			((P1 *)_this)->c = 0;
		_m = 3; goto P999; /* 0 */
	case 157: // STATE 226 - rcu_x86.pml:197 - [D_STEP197]
		if (!(boq == -1 && (((int)now.bn[0])<2)))
			continue;

		reached[1][226] = 1;
		reached[1][t->st] = 1;
		reached[1][tt] = 1;

		if (TstOnly) return 1;


		reached[1][226] = 1;
		reached[1][t->st] = 1;
		reached[1][tt] = 1;

		sv_save();
		S_238_0: /* 2 */
S_237_0: /* 2 */
S_233_0: /* 2 */
		if (!((((int)now.bn[0])<2)))
			Uerror("block in d_step seq");
S_234_0: /* 2 */
		now.baddr[ Index(((0*2)+now.bn[0]), 6) ] = 2;
#ifdef VAR_RANGES
		logval("baddr[((0*2)+bn[0])]", ((int)now.baddr[ Index(((0*2)+((int)now.bn[0])), 6) ]));
#endif
		;
S_235_0: /* 2 */
		now.bval[ Index(((0*2)+now.bn[0]), 6) ] = 0;
#ifdef VAR_RANGES
		logval("bval[((0*2)+bn[0])]", ((int)now.bval[ Index(((0*2)+((int)now.bn[0])), 6) ]));
#endif
		;
S_236_0: /* 2 */
		now.bn[0] = (((int)now.bn[0])+1);
#ifdef VAR_RANGES
		logval("bn[0]", ((int)now.bn[0]));
#endif
		;
		goto S_239_0;
S_239_0: /* 2 */
		now.holds_old = 0;
#ifdef VAR_RANGES
		logval("holds_old", ((int)now.holds_old));
#endif
		;
		goto S_253_0;
S_253_0: /* 1 */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 158: // STATE 238 - rcu_x86.pml:70 - [D_STEP70]
		if (!(((boq == -1 && ((((int)now.bn[0])==2)&&(((int)now.baddr[ Index(((0*2)+1), 6) ])==5)))) || (boq == -1 /* else */)))
			continue;

		reached[1][238] = 1;
		reached[1][t->st] = 1;
		reached[1][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_250_0: /* 2 */
S_241_0: /* 2 */
		if (!(((((int)now.bn[0])==2)&&(((int)now.baddr[ Index(((0*2)+1), 6) ])==5))))
			goto S_250_1;
S_242_0: /* 2 */
		((P1 *)_this)->w = ((int)now.bval[ Index(((0*2)+1), 6) ]);
#ifdef VAR_RANGES
		logval("reader:w", ((int)((P1 *)_this)->w));
#endif
		;
		goto S_251_0;
S_250_1: /* 3 */
S_243_0: /* 2 */
		/* else */;
S_248_0: /* 2 */
S_244_0: /* 2 */
		if (!(((((int)now.bn[0])>=1)&&(((int)now.baddr[ Index((0*2), 6) ])==5))))
			goto S_248_1;
S_245_0: /* 2 */
		((P1 *)_this)->w = ((int)now.bval[ Index((0*2), 6) ]);
#ifdef VAR_RANGES
		logval("reader:w", ((int)((P1 *)_this)->w));
#endif
		;
		goto S_249_0;
S_248_1: /* 3 */
S_246_0: /* 2 */
		/* else */;
S_247_0: /* 2 */
		((P1 *)_this)->w = ((int)now.mem[5]);
#ifdef VAR_RANGES
		logval("reader:w", ((int)((P1 *)_this)->w));
#endif
		;
		goto S_249_0;
S_248_2: /* 3 */
		Uerror("blocking sel in d_step (nr.76, near line 74)");
S_249_0: /* 2 */
		goto S_251_0;
S_250_2: /* 3 */
		Uerror("blocking sel in d_step (nr.77, near line 71)");
S_251_0: /* 2 */
		goto S_298_0;
S_298_0: /* 1 */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 159: // STATE 240 - rcu_x86.pml:200 - [(w)] (0:0:1 - 1)
		IfNotBlocked
		reached[1][240] = 1;
		if (!(((int)((P1 *)_this)->w)))
			continue;
		if (TstOnly) return 1; /* TT */
		/* dead 1: w */  (trpt+1)->bup.oval = ((P1 *)_this)->w;
#ifdef HAS_CODE
		if (!readtrail)
#endif
			((P1 *)_this)->w = 0;
		_m = 3; goto P999; /* 0 */
	case 160: // STATE 243 - rcu_x86.pml:95 - [D_STEP95]
		if (!(boq == -1 && (((int)now.bn[0])==0)))
			continue;

		reached[1][243] = 1;
		reached[1][t->st] = 1;
		reached[1][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_255_0: /* 2 */
		if (!((((int)now.bn[0])==0)))
			Uerror("block in d_step seq");
S_256_0: /* 2 */
		now.mem[4] = (((int)now.mem[4])+1);
#ifdef VAR_RANGES
		logval("mem[4]", ((int)now.mem[4]));
#endif
		;
		goto S_271_0;
S_271_0: /* 1 */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 161: // STATE 256 - rcu_x86.pml:70 - [D_STEP70]
		if (!(((boq == -1 && ((((int)now.bn[0])==2)&&(((int)now.baddr[ Index(((0*2)+1), 6) ])==5)))) || (boq == -1 /* else */)))
			continue;

		reached[1][256] = 1;
		reached[1][t->st] = 1;
		reached[1][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_268_0: /* 2 */
S_259_0: /* 2 */
		if (!(((((int)now.bn[0])==2)&&(((int)now.baddr[ Index(((0*2)+1), 6) ])==5))))
			goto S_268_1;
S_260_0: /* 2 */
		((P1 *)_this)->w = ((int)now.bval[ Index(((0*2)+1), 6) ]);
#ifdef VAR_RANGES
		logval("reader:w", ((int)((P1 *)_this)->w));
#endif
		;
		goto S_269_0;
S_268_1: /* 3 */
S_261_0: /* 2 */
		/* else */;
S_266_0: /* 2 */
S_262_0: /* 2 */
		if (!(((((int)now.bn[0])>=1)&&(((int)now.baddr[ Index((0*2), 6) ])==5))))
			goto S_266_1;
S_263_0: /* 2 */
		((P1 *)_this)->w = ((int)now.bval[ Index((0*2), 6) ]);
#ifdef VAR_RANGES
		logval("reader:w", ((int)((P1 *)_this)->w));
#endif
		;
		goto S_267_0;
S_266_1: /* 3 */
S_264_0: /* 2 */
		/* else */;
S_265_0: /* 2 */
		((P1 *)_this)->w = ((int)now.mem[5]);
#ifdef VAR_RANGES
		logval("reader:w", ((int)((P1 *)_this)->w));
#endif
		;
		goto S_267_0;
S_266_2: /* 3 */
		Uerror("blocking sel in d_step (nr.78, near line 74)");
S_267_0: /* 2 */
		goto S_269_0;
S_268_2: /* 3 */
		Uerror("blocking sel in d_step (nr.79, near line 71)");
S_269_0: /* 2 */
		goto S_293_0;
S_293_0: /* 1 */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 162: // STATE 258 - rcu_x86.pml:148 - [(w)] (0:0:1 - 1)
		IfNotBlocked
		reached[1][258] = 1;
		if (!(((int)((P1 *)_this)->w)))
			continue;
		if (TstOnly) return 1; /* TT */
		/* dead 1: w */  (trpt+1)->bup.oval = ((P1 *)_this)->w;
#ifdef HAS_CODE
		if (!readtrail)
#endif
			((P1 *)_this)->w = 0;
		_m = 3; goto P999; /* 0 */
	case 163: // STATE 259 - rcu_x86.pml:89 - [((bn[0]==0))] (0:0:0 - 1)
		IfNotBlocked
		reached[1][259] = 1;
		if (!((((int)now.bn[0])==0)))
			continue;
		_m = 3; goto P999; /* 0 */
	case 164: // STATE 276 - rcu_x86.pml:130 - [D_STEP130]
		IfNotBlocked

		reached[1][276] = 1;
		reached[1][t->st] = 1;
		reached[1][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_275_0: /* 2 */
		((P1 *)_this)->_2_9_21_21_10_j = 0;
#ifdef VAR_RANGES
		logval("reader:j", ((int)((P1 *)_this)->_2_9_21_21_10_j));
#endif
		;
S_276_0: /* 2 */
		((P1 *)_this)->_2_9_21_21_10_j = 0;
#ifdef VAR_RANGES
		logval("reader:j", ((int)((P1 *)_this)->_2_9_21_21_10_j));
#endif
		;
S_287_0: /* 2 */
S_286_0: /* 2 */
S_277_0: /* 2 */
		if (!((((int)((P1 *)_this)->_2_9_21_21_10_j)<=(3-1))))
			goto S_286_1;
S_281_0: /* 2 */
S_278_0: /* 2 */
		if (!((((int)now.fsleep[ Index(((int)((P1 *)_this)->_2_9_21_21_10_j), 3) ])==(4+1))))
			goto S_281_1;
S_279_0: /* 2 */
		now.fsleep[ Index(((P1 *)_this)->_2_9_21_21_10_j, 3) ] = 0;
#ifdef VAR_RANGES
		logval("fsleep[reader:j]", ((int)now.fsleep[ Index(((int)((P1 *)_this)->_2_9_21_21_10_j), 3) ]));
#endif
		;
		goto S_282_0;
S_281_1: /* 3 */
S_280_0: /* 2 */
		/* else */;
		goto S_282_0;
S_281_2: /* 3 */
		Uerror("blocking sel in d_step (nr.80, near line 133)");
S_282_0: /* 2 */
S_283_0: /* 2 */
		((P1 *)_this)->_2_9_21_21_10_j = (((int)((P1 *)_this)->_2_9_21_21_10_j)+1);
#ifdef VAR_RANGES
		logval("reader:j", ((int)((P1 *)_this)->_2_9_21_21_10_j));
#endif
		;
		goto S_287_0; /* ';' */
S_286_1: /* 3 */
S_284_0: /* 2 */
		/* else */;
S_285_0: /* 2 */
		goto S_288_0;	/* 'goto' */
S_286_2: /* 3 */
		Uerror("blocking sel in d_step (nr.81, near line 137)");
S_288_0: /* 2 */
		goto S_289_0;	/* 'break' */
S_289_0: /* 2 */
		((P1 *)_this)->_2_9_21_21_10_j = 0;
#ifdef VAR_RANGES
		logval("reader:j", ((int)((P1 *)_this)->_2_9_21_21_10_j));
#endif
		;
		goto S_294_0;
S_294_0: /* 1 */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 165: // STATE 281 - rcu_x86.pml:151 - [w = 0] (0:297:1 - 3)
		IfNotBlocked
		reached[1][281] = 1;
		(trpt+1)->bup.oval = ((int)((P1 *)_this)->w);
		((P1 *)_this)->w = 0;
#ifdef VAR_RANGES
		logval("reader:w", ((int)((P1 *)_this)->w));
#endif
		;
		/* merge: .(goto)(0, 285, 297) */
		reached[1][285] = 1;
		;
		/* merge: .(goto)(0, 294, 297) */
		reached[1][294] = 1;
		;
		_m = 3; goto P999; /* 2 */
	case 166: // STATE 291 - rcu_x86.pml:84 - [D_STEP84]
		if (!(boq == -1 && (((int)now.bn[0])<2)))
			continue;

		reached[1][291] = 1;
		reached[1][t->st] = 1;
		reached[1][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_301_0: /* 2 */
		if (!((((int)now.bn[0])<2)))
			Uerror("block in d_step seq");
S_302_0: /* 2 */
		now.baddr[ Index(((0*2)+now.bn[0]), 6) ] = 2;
#ifdef VAR_RANGES
		logval("baddr[((0*2)+bn[0])]", ((int)now.baddr[ Index(((0*2)+((int)now.bn[0])), 6) ]));
#endif
		;
S_303_0: /* 2 */
		now.bval[ Index(((0*2)+now.bn[0]), 6) ] = (((int)((P1 *)_this)->c)-1);
#ifdef VAR_RANGES
		logval("bval[((0*2)+bn[0])]", ((int)now.bval[ Index(((0*2)+((int)now.bn[0])), 6) ]));
#endif
		;
S_304_0: /* 2 */
		now.bn[0] = (((int)now.bn[0])+1);
#ifdef VAR_RANGES
		logval("bn[0]", ((int)now.bn[0]));
#endif
		;
		goto S_308_0;
S_308_0: /* 1 */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 167: // STATE 297 - rcu_x86.pml:205 - [D_STEP205]
		IfNotBlocked

		reached[1][297] = 1;
		reached[1][t->st] = 1;
		reached[1][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_309_0: /* 2 */
		((P1 *)_this)->c = 0;
#ifdef VAR_RANGES
		logval("reader:c", ((int)((P1 *)_this)->c));
#endif
		;
S_310_0: /* 2 */
		((P1 *)_this)->w = 0;
#ifdef VAR_RANGES
		logval("reader:w", ((int)((P1 *)_this)->w));
#endif
		;
		goto S_313_0;
S_313_0: /* 1 */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 168: // STATE 299 - rcu_x86.pml:231 - [p = 0] (0:305:1 - 1)
		IfNotBlocked
		reached[1][299] = 1;
		(trpt+1)->bup.oval = ((int)((P1 *)_this)->p);
		((P1 *)_this)->p = 0;
#ifdef VAR_RANGES
		logval("reader:p", ((int)((P1 *)_this)->p));
#endif
		;
		_m = 3; goto P999; /* 0 */
	case 169: // STATE 304 - rcu_x86.pml:84 - [D_STEP84]
		if (!(boq == -1 && (((int)now.bn[0])<2)))
			continue;

		reached[1][304] = 1;
		reached[1][t->st] = 1;
		reached[1][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_314_0: /* 2 */
		if (!((((int)now.bn[0])<2)))
			Uerror("block in d_step seq");
S_315_0: /* 2 */
		now.baddr[ Index(((0*2)+now.bn[0]), 6) ] = 3;
#ifdef VAR_RANGES
		logval("baddr[((0*2)+bn[0])]", ((int)now.baddr[ Index(((0*2)+((int)now.bn[0])), 6) ]));
#endif
		;
S_316_0: /* 2 */
		now.bval[ Index(((0*2)+now.bn[0]), 6) ] = 0;
#ifdef VAR_RANGES
		logval("bval[((0*2)+bn[0])]", ((int)now.bval[ Index(((0*2)+((int)now.bn[0])), 6) ]));
#endif
		;
S_317_0: /* 2 */
		now.bn[0] = (((int)now.bn[0])+1);
#ifdef VAR_RANGES
		logval("bn[0]", ((int)now.bn[0]));
#endif
		;
		goto S_325_0;
S_325_0: /* 1 */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 170: // STATE 310 - rcu_x86.pml:84 - [D_STEP84]
		if (!(boq == -1 && (((int)now.bn[0])<2)))
			continue;

		reached[1][310] = 1;
		reached[1][t->st] = 1;
		reached[1][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_320_0: /* 2 */
		if (!((((int)now.bn[0])<2)))
			Uerror("block in d_step seq");
S_321_0: /* 2 */
		now.baddr[ Index(((0*2)+now.bn[0]), 6) ] = 3;
#ifdef VAR_RANGES
		logval("baddr[((0*2)+bn[0])]", ((int)now.baddr[ Index(((0*2)+((int)now.bn[0])), 6) ]));
#endif
		;
S_322_0: /* 2 */
		now.bval[ Index(((0*2)+now.bn[0]), 6) ] = 1;
#ifdef VAR_RANGES
		logval("bval[((0*2)+bn[0])]", ((int)now.bval[ Index(((0*2)+((int)now.bn[0])), 6) ]));
#endif
		;
S_323_0: /* 2 */
		now.bn[0] = (((int)now.bn[0])+1);
#ifdef VAR_RANGES
		logval("bn[0]", ((int)now.bn[0]));
#endif
		;
		goto S_327_0;
S_327_0: /* 1 */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 171: // STATE 312 - rcu_x86.pml:89 - [((bn[0]==0))] (0:0:0 - 1)
		IfNotBlocked
		reached[1][312] = 1;
		if (!((((int)now.bn[0])==0)))
			continue;
		_m = 3; goto P999; /* 0 */
	case 172: // STATE 325 - rcu_x86.pml:70 - [D_STEP70]
		if (!(((boq == -1 && ((((int)now.bn[0])==2)&&(((int)now.baddr[ Index(((0*2)+1), 6) ])==2)))) || (boq == -1 /* else */)))
			continue;

		reached[1][325] = 1;
		reached[1][t->st] = 1;
		reached[1][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_337_0: /* 2 */
S_328_0: /* 2 */
		if (!(((((int)now.bn[0])==2)&&(((int)now.baddr[ Index(((0*2)+1), 6) ])==2))))
			goto S_337_1;
S_329_0: /* 2 */
		((P1 *)_this)->c = ((int)now.bval[ Index(((0*2)+1), 6) ]);
#ifdef VAR_RANGES
		logval("reader:c", ((int)((P1 *)_this)->c));
#endif
		;
		goto S_338_0;
S_337_1: /* 3 */
S_330_0: /* 2 */
		/* else */;
S_335_0: /* 2 */
S_331_0: /* 2 */
		if (!(((((int)now.bn[0])>=1)&&(((int)now.baddr[ Index((0*2), 6) ])==2))))
			goto S_335_1;
S_332_0: /* 2 */
		((P1 *)_this)->c = ((int)now.bval[ Index((0*2), 6) ]);
#ifdef VAR_RANGES
		logval("reader:c", ((int)((P1 *)_this)->c));
#endif
		;
		goto S_336_0;
S_335_1: /* 3 */
S_333_0: /* 2 */
		/* else */;
S_334_0: /* 2 */
		((P1 *)_this)->c = ((int)now.mem[2]);
#ifdef VAR_RANGES
		logval("reader:c", ((int)((P1 *)_this)->c));
#endif
		;
		goto S_336_0;
S_335_2: /* 3 */
		Uerror("blocking sel in d_step (nr.82, near line 74)");
S_336_0: /* 2 */
		goto S_338_0;
S_337_2: /* 3 */
		Uerror("blocking sel in d_step (nr.83, near line 71)");
S_338_0: /* 2 */
		goto S_368_0;
S_368_0: /* 1 */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 173: // STATE 327 - rcu_x86.pml:178 - [(((c%4)==0))] (0:0:1 - 1)
		IfNotBlocked
		reached[1][327] = 1;
		if (!(((((int)((P1 *)_this)->c)%4)==0)))
			continue;
		if (TstOnly) return 1; /* TT */
		/* dead 1: c */  (trpt+1)->bup.oval = ((P1 *)_this)->c;
#ifdef HAS_CODE
		if (!readtrail)
#endif
			((P1 *)_this)->c = 0;
		_m = 3; goto P999; /* 0 */
	case 174: // STATE 339 - rcu_x86.pml:70 - [D_STEP70]
		if (!(((boq == -1 && ((((int)now.bn[0])==2)&&(((int)now.baddr[ Index(((0*2)+1), 6) ])==1)))) || (boq == -1 /* else */)))
			continue;

		reached[1][339] = 1;
		reached[1][t->st] = 1;
		reached[1][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_351_0: /* 2 */
S_342_0: /* 2 */
		if (!(((((int)now.bn[0])==2)&&(((int)now.baddr[ Index(((0*2)+1), 6) ])==1))))
			goto S_351_1;
S_343_0: /* 2 */
		((P1 *)_this)->g = ((int)now.bval[ Index(((0*2)+1), 6) ]);
#ifdef VAR_RANGES
		logval("reader:g", ((int)((P1 *)_this)->g));
#endif
		;
		goto S_352_0;
S_351_1: /* 3 */
S_344_0: /* 2 */
		/* else */;
S_349_0: /* 2 */
S_345_0: /* 2 */
		if (!(((((int)now.bn[0])>=1)&&(((int)now.baddr[ Index((0*2), 6) ])==1))))
			goto S_349_1;
S_346_0: /* 2 */
		((P1 *)_this)->g = ((int)now.bval[ Index((0*2), 6) ]);
#ifdef VAR_RANGES
		logval("reader:g", ((int)((P1 *)_this)->g));
#endif
		;
		goto S_350_0;
S_349_1: /* 3 */
S_347_0: /* 2 */
		/* else */;
S_348_0: /* 2 */
		((P1 *)_this)->g = ((int)now.mem[1]);
#ifdef VAR_RANGES
		logval("reader:g", ((int)((P1 *)_this)->g));
#endif
		;
		goto S_350_0;
S_349_2: /* 3 */
		Uerror("blocking sel in d_step (nr.84, near line 74)");
S_350_0: /* 2 */
		goto S_352_0;
S_351_2: /* 3 */
		Uerror("blocking sel in d_step (nr.85, near line 71)");
S_352_0: /* 2 */
		goto S_360_0;
S_360_0: /* 1 */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 175: // STATE 345 - rcu_x86.pml:84 - [D_STEP84]
		if (!(boq == -1 && (((int)now.bn[0])<2)))
			continue;

		reached[1][345] = 1;
		reached[1][t->st] = 1;
		reached[1][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_355_0: /* 2 */
		if (!((((int)now.bn[0])<2)))
			Uerror("block in d_step seq");
S_356_0: /* 2 */
		now.baddr[ Index(((0*2)+now.bn[0]), 6) ] = 2;
#ifdef VAR_RANGES
		logval("baddr[((0*2)+bn[0])]", ((int)now.baddr[ Index(((0*2)+((int)now.bn[0])), 6) ]));
#endif
		;
S_357_0: /* 2 */
		now.bval[ Index(((0*2)+now.bn[0]), 6) ] = ((((int)((P1 *)_this)->g)*4)+1);
#ifdef VAR_RANGES
		logval("bval[((0*2)+bn[0])]", ((int)now.bval[ Index(((0*2)+((int)now.bn[0])), 6) ]));
#endif
		;
S_358_0: /* 2 */
		now.bn[0] = (((int)now.bn[0])+1);
#ifdef VAR_RANGES
		logval("bn[0]", ((int)now.bn[0]));
#endif
		;
		goto S_369_0;
S_369_0: /* 1 */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 176: // STATE 352 - rcu_x86.pml:84 - [D_STEP84]
		if (!(boq == -1 && (((int)now.bn[0])<2)))
			continue;

		reached[1][352] = 1;
		reached[1][t->st] = 1;
		reached[1][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_362_0: /* 2 */
		if (!((((int)now.bn[0])<2)))
			Uerror("block in d_step seq");
S_363_0: /* 2 */
		now.baddr[ Index(((0*2)+now.bn[0]), 6) ] = 2;
#ifdef VAR_RANGES
		logval("baddr[((0*2)+bn[0])]", ((int)now.baddr[ Index(((0*2)+((int)now.bn[0])), 6) ]));
#endif
		;
S_364_0: /* 2 */
		now.bval[ Index(((0*2)+now.bn[0]), 6) ] = (((int)((P1 *)_this)->c)+1);
#ifdef VAR_RANGES
		logval("bval[((0*2)+bn[0])]", ((int)now.bval[ Index(((0*2)+((int)now.bn[0])), 6) ]));
#endif
		;
S_365_0: /* 2 */
		now.bn[0] = (((int)now.bn[0])+1);
#ifdef VAR_RANGES
		logval("bn[0]", ((int)now.bn[0]));
#endif
		;
		goto S_369_0; /* ';' */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 177: // STATE 358 - rcu_x86.pml:189 - [D_STEP189]
		IfNotBlocked

		reached[1][358] = 1;
		reached[1][t->st] = 1;
		reached[1][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_370_0: /* 2 */
		((P1 *)_this)->c = 0;
#ifdef VAR_RANGES
		logval("reader:c", ((int)((P1 *)_this)->c));
#endif
		;
S_371_0: /* 2 */
		((P1 *)_this)->g = 0;
#ifdef VAR_RANGES
		logval("reader:g", ((int)((P1 *)_this)->g));
#endif
		;
		goto S_386_0;
S_386_0: /* 1 */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 178: // STATE 371 - rcu_x86.pml:70 - [D_STEP70]
		if (!(((boq == -1 && ((((int)now.bn[0])==2)&&(((int)now.baddr[ Index(((0*2)+1), 6) ])==0)))) || (boq == -1 /* else */)))
			continue;

		reached[1][371] = 1;
		reached[1][t->st] = 1;
		reached[1][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_383_0: /* 2 */
S_374_0: /* 2 */
		if (!(((((int)now.bn[0])==2)&&(((int)now.baddr[ Index(((0*2)+1), 6) ])==0))))
			goto S_383_1;
S_375_0: /* 2 */
		((P1 *)_this)->p = ((int)now.bval[ Index(((0*2)+1), 6) ]);
#ifdef VAR_RANGES
		logval("reader:p", ((int)((P1 *)_this)->p));
#endif
		;
		goto S_384_0;
S_383_1: /* 3 */
S_376_0: /* 2 */
		/* else */;
S_381_0: /* 2 */
S_377_0: /* 2 */
		if (!(((((int)now.bn[0])>=1)&&(((int)now.baddr[ Index((0*2), 6) ])==0))))
			goto S_381_1;
S_378_0: /* 2 */
		((P1 *)_this)->p = ((int)now.bval[ Index((0*2), 6) ]);
#ifdef VAR_RANGES
		logval("reader:p", ((int)((P1 *)_this)->p));
#endif
		;
		goto S_382_0;
S_381_1: /* 3 */
S_379_0: /* 2 */
		/* else */;
S_380_0: /* 2 */
		((P1 *)_this)->p = ((int)now.mem[0]);
#ifdef VAR_RANGES
		logval("reader:p", ((int)((P1 *)_this)->p));
#endif
		;
		goto S_382_0;
S_381_2: /* 3 */
		Uerror("blocking sel in d_step (nr.86, near line 74)");
S_382_0: /* 2 */
		goto S_384_0;
S_383_2: /* 3 */
		Uerror("blocking sel in d_step (nr.87, near line 71)");
S_384_0: /* 2 */
		goto S_387_0;
S_387_0: /* 1 */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 179: // STATE 373 - rcu_x86.pml:237 - [holds_old = (p==0)] (0:0:1 - 1)
		IfNotBlocked
		reached[1][373] = 1;
		(trpt+1)->bup.oval = ((int)now.holds_old);
		now.holds_old = (((int)((P1 *)_this)->p)==0);
#ifdef VAR_RANGES
		logval("holds_old", ((int)now.holds_old));
#endif
		;
		_m = 3; goto P999; /* 0 */
	case 180: // STATE 374 - rcu_x86.pml:211 - [assert(((p!=0)||!(freed)))] (0:0:0 - 1)
		IfNotBlocked
		reached[1][374] = 1;
		spin_assert(((((int)((P1 *)_this)->p)!=0)|| !(((int)now.freed))), "((p!=0)|| !(freed))", II, tt, t);
		_m = 3; goto P999; /* 0 */
	case 181: // STATE 387 - rcu_x86.pml:70 - [D_STEP70]
		if (!(((boq == -1 && ((((int)now.bn[0])==2)&&(((int)now.baddr[ Index(((0*2)+1), 6) ])==2)))) || (boq == -1 /* else */)))
			continue;

		reached[1][387] = 1;
		reached[1][t->st] = 1;
		reached[1][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_399_0: /* 2 */
S_390_0: /* 2 */
		if (!(((((int)now.bn[0])==2)&&(((int)now.baddr[ Index(((0*2)+1), 6) ])==2))))
			goto S_399_1;
S_391_0: /* 2 */
		((P1 *)_this)->c = ((int)now.bval[ Index(((0*2)+1), 6) ]);
#ifdef VAR_RANGES
		logval("reader:c", ((int)((P1 *)_this)->c));
#endif
		;
		goto S_400_0;
S_399_1: /* 3 */
S_392_0: /* 2 */
		/* else */;
S_397_0: /* 2 */
S_393_0: /* 2 */
		if (!(((((int)now.bn[0])>=1)&&(((int)now.baddr[ Index((0*2), 6) ])==2))))
			goto S_397_1;
S_394_0: /* 2 */
		((P1 *)_this)->c = ((int)now.bval[ Index((0*2), 6) ]);
#ifdef VAR_RANGES
		logval("reader:c", ((int)((P1 *)_this)->c));
#endif
		;
		goto S_398_0;
S_397_1: /* 3 */
S_395_0: /* 2 */
		/* else */;
S_396_0: /* 2 */
		((P1 *)_this)->c = ((int)now.mem[2]);
#ifdef VAR_RANGES
		logval("reader:c", ((int)((P1 *)_this)->c));
#endif
		;
		goto S_398_0;
S_397_2: /* 3 */
		Uerror("blocking sel in d_step (nr.88, near line 74)");
S_398_0: /* 2 */
		goto S_400_0;
S_399_2: /* 3 */
		Uerror("blocking sel in d_step (nr.89, near line 71)");
S_400_0: /* 2 */
		goto S_478_0;
S_478_0: /* 1 */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 182: // STATE 389 - rcu_x86.pml:196 - [(((c%4)==1))] (0:0:1 - 1)
		IfNotBlocked
		reached[1][389] = 1;
		if (!(((((int)((P1 *)_this)->c)%4)==1)))
			continue;
		if (TstOnly) return 1; /* TT */
		/* dead 1: c */  (trpt+1)->bup.oval = ((P1 *)_this)->c;
#ifdef HAS_CODE
		if (!readtrail)
#endif
			((P1 *)_this)->c = 0;
		_m = 3; goto P999; /* 0 */
	case 183: // STATE 397 - rcu_x86.pml:197 - [D_STEP197]
		if (!(boq == -1 && (((int)now.bn[0])<2)))
			continue;

		reached[1][397] = 1;
		reached[1][t->st] = 1;
		reached[1][tt] = 1;

		if (TstOnly) return 1;


		reached[1][397] = 1;
		reached[1][t->st] = 1;
		reached[1][tt] = 1;

		sv_save();
		S_409_0: /* 2 */
S_408_0: /* 2 */
S_404_0: /* 2 */
		if (!((((int)now.bn[0])<2)))
			Uerror("block in d_step seq");
S_405_0: /* 2 */
		now.baddr[ Index(((0*2)+now.bn[0]), 6) ] = 2;
#ifdef VAR_RANGES
		logval("baddr[((0*2)+bn[0])]", ((int)now.baddr[ Index(((0*2)+((int)now.bn[0])), 6) ]));
#endif
		;
S_406_0: /* 2 */
		now.bval[ Index(((0*2)+now.bn[0]), 6) ] = 0;
#ifdef VAR_RANGES
		logval("bval[((0*2)+bn[0])]", ((int)now.bval[ Index(((0*2)+((int)now.bn[0])), 6) ]));
#endif
		;
S_407_0: /* 2 */
		now.bn[0] = (((int)now.bn[0])+1);
#ifdef VAR_RANGES
		logval("bn[0]", ((int)now.bn[0]));
#endif
		;
		goto S_410_0;
S_410_0: /* 2 */
		now.holds_old = 0;
#ifdef VAR_RANGES
		logval("holds_old", ((int)now.holds_old));
#endif
		;
		goto S_424_0;
S_424_0: /* 1 */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 184: // STATE 409 - rcu_x86.pml:70 - [D_STEP70]
		if (!(((boq == -1 && ((((int)now.bn[0])==2)&&(((int)now.baddr[ Index(((0*2)+1), 6) ])==5)))) || (boq == -1 /* else */)))
			continue;

		reached[1][409] = 1;
		reached[1][t->st] = 1;
		reached[1][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_421_0: /* 2 */
S_412_0: /* 2 */
		if (!(((((int)now.bn[0])==2)&&(((int)now.baddr[ Index(((0*2)+1), 6) ])==5))))
			goto S_421_1;
S_413_0: /* 2 */
		((P1 *)_this)->w = ((int)now.bval[ Index(((0*2)+1), 6) ]);
#ifdef VAR_RANGES
		logval("reader:w", ((int)((P1 *)_this)->w));
#endif
		;
		goto S_422_0;
S_421_1: /* 3 */
S_414_0: /* 2 */
		/* else */;
S_419_0: /* 2 */
S_415_0: /* 2 */
		if (!(((((int)now.bn[0])>=1)&&(((int)now.baddr[ Index((0*2), 6) ])==5))))
			goto S_419_1;
S_416_0: /* 2 */
		((P1 *)_this)->w = ((int)now.bval[ Index((0*2), 6) ]);
#ifdef VAR_RANGES
		logval("reader:w", ((int)((P1 *)_this)->w));
#endif
		;
		goto S_420_0;
S_419_1: /* 3 */
S_417_0: /* 2 */
		/* else */;
S_418_0: /* 2 */
		((P1 *)_this)->w = ((int)now.mem[5]);
#ifdef VAR_RANGES
		logval("reader:w", ((int)((P1 *)_this)->w));
#endif
		;
		goto S_420_0;
S_419_2: /* 3 */
		Uerror("blocking sel in d_step (nr.90, near line 74)");
S_420_0: /* 2 */
		goto S_422_0;
S_421_2: /* 3 */
		Uerror("blocking sel in d_step (nr.91, near line 71)");
S_422_0: /* 2 */
		goto S_469_0;
S_469_0: /* 1 */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 185: // STATE 411 - rcu_x86.pml:200 - [(w)] (0:0:1 - 1)
		IfNotBlocked
		reached[1][411] = 1;
		if (!(((int)((P1 *)_this)->w)))
			continue;
		if (TstOnly) return 1; /* TT */
		/* dead 1: w */  (trpt+1)->bup.oval = ((P1 *)_this)->w;
#ifdef HAS_CODE
		if (!readtrail)
#endif
			((P1 *)_this)->w = 0;
		_m = 3; goto P999; /* 0 */
	case 186: // STATE 414 - rcu_x86.pml:95 - [D_STEP95]
		if (!(boq == -1 && (((int)now.bn[0])==0)))
			continue;

		reached[1][414] = 1;
		reached[1][t->st] = 1;
		reached[1][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_426_0: /* 2 */
		if (!((((int)now.bn[0])==0)))
			Uerror("block in d_step seq");
S_427_0: /* 2 */
		now.mem[4] = (((int)now.mem[4])+1);
#ifdef VAR_RANGES
		logval("mem[4]", ((int)now.mem[4]));
#endif
		;
		goto S_442_0;
S_442_0: /* 1 */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 187: // STATE 427 - rcu_x86.pml:70 - [D_STEP70]
		if (!(((boq == -1 && ((((int)now.bn[0])==2)&&(((int)now.baddr[ Index(((0*2)+1), 6) ])==5)))) || (boq == -1 /* else */)))
			continue;

		reached[1][427] = 1;
		reached[1][t->st] = 1;
		reached[1][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_439_0: /* 2 */
S_430_0: /* 2 */
		if (!(((((int)now.bn[0])==2)&&(((int)now.baddr[ Index(((0*2)+1), 6) ])==5))))
			goto S_439_1;
S_431_0: /* 2 */
		((P1 *)_this)->w = ((int)now.bval[ Index(((0*2)+1), 6) ]);
#ifdef VAR_RANGES
		logval("reader:w", ((int)((P1 *)_this)->w));
#endif
		;
		goto S_440_0;
S_439_1: /* 3 */
S_432_0: /* 2 */
		/* else */;
S_437_0: /* 2 */
S_433_0: /* 2 */
		if (!(((((int)now.bn[0])>=1)&&(((int)now.baddr[ Index((0*2), 6) ])==5))))
			goto S_437_1;
S_434_0: /* 2 */
		((P1 *)_this)->w = ((int)now.bval[ Index((0*2), 6) ]);
#ifdef VAR_RANGES
		logval("reader:w", ((int)((P1 *)_this)->w));
#endif
		;
		goto S_438_0;
S_437_1: /* 3 */
S_435_0: /* 2 */
		/* else */;
S_436_0: /* 2 */
		((P1 *)_this)->w = ((int)now.mem[5]);
#ifdef VAR_RANGES
		logval("reader:w", ((int)((P1 *)_this)->w));
#endif
		;
		goto S_438_0;
S_437_2: /* 3 */
		Uerror("blocking sel in d_step (nr.92, near line 74)");
S_438_0: /* 2 */
		goto S_440_0;
S_439_2: /* 3 */
		Uerror("blocking sel in d_step (nr.93, near line 71)");
S_440_0: /* 2 */
		goto S_464_0;
S_464_0: /* 1 */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 188: // STATE 429 - rcu_x86.pml:148 - [(w)] (0:0:1 - 1)
		IfNotBlocked
		reached[1][429] = 1;
		if (!(((int)((P1 *)_this)->w)))
			continue;
		if (TstOnly) return 1; /* TT */
		/* dead 1: w */  (trpt+1)->bup.oval = ((P1 *)_this)->w;
#ifdef HAS_CODE
		if (!readtrail)
#endif
			((P1 *)_this)->w = 0;
		_m = 3; goto P999; /* 0 */
	case 189: // STATE 430 - rcu_x86.pml:89 - [((bn[0]==0))] (0:0:0 - 1)
		IfNotBlocked
		reached[1][430] = 1;
		if (!((((int)now.bn[0])==0)))
			continue;
		_m = 3; goto P999; /* 0 */
	case 190: // STATE 447 - rcu_x86.pml:130 - [D_STEP130]
		IfNotBlocked

		reached[1][447] = 1;
		reached[1][t->st] = 1;
		reached[1][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_446_0: /* 2 */
		((P1 *)_this)->_2_16_35_32_15_j = 0;
#ifdef VAR_RANGES
		logval("reader:j", ((int)((P1 *)_this)->_2_16_35_32_15_j));
#endif
		;
S_447_0: /* 2 */
		((P1 *)_this)->_2_16_35_32_15_j = 0;
#ifdef VAR_RANGES
		logval("reader:j", ((int)((P1 *)_this)->_2_16_35_32_15_j));
#endif
		;
S_458_0: /* 2 */
S_457_0: /* 2 */
S_448_0: /* 2 */
		if (!((((int)((P1 *)_this)->_2_16_35_32_15_j)<=(3-1))))
			goto S_457_1;
S_452_0: /* 2 */
S_449_0: /* 2 */
		if (!((((int)now.fsleep[ Index(((int)((P1 *)_this)->_2_16_35_32_15_j), 3) ])==(4+1))))
			goto S_452_1;
S_450_0: /* 2 */
		now.fsleep[ Index(((P1 *)_this)->_2_16_35_32_15_j, 3) ] = 0;
#ifdef VAR_RANGES
		logval("fsleep[reader:j]", ((int)now.fsleep[ Index(((int)((P1 *)_this)->_2_16_35_32_15_j), 3) ]));
#endif
		;
		goto S_453_0;
S_452_1: /* 3 */
S_451_0: /* 2 */
		/* else */;
		goto S_453_0;
S_452_2: /* 3 */
		Uerror("blocking sel in d_step (nr.94, near line 133)");
S_453_0: /* 2 */
S_454_0: /* 2 */
		((P1 *)_this)->_2_16_35_32_15_j = (((int)((P1 *)_this)->_2_16_35_32_15_j)+1);
#ifdef VAR_RANGES
		logval("reader:j", ((int)((P1 *)_this)->_2_16_35_32_15_j));
#endif
		;
		goto S_458_0; /* ';' */
S_457_1: /* 3 */
S_455_0: /* 2 */
		/* else */;
S_456_0: /* 2 */
		goto S_459_0;	/* 'goto' */
S_457_2: /* 3 */
		Uerror("blocking sel in d_step (nr.95, near line 137)");
S_459_0: /* 2 */
		goto S_460_0;	/* 'break' */
S_460_0: /* 2 */
		((P1 *)_this)->_2_16_35_32_15_j = 0;
#ifdef VAR_RANGES
		logval("reader:j", ((int)((P1 *)_this)->_2_16_35_32_15_j));
#endif
		;
		goto S_465_0;
S_465_0: /* 1 */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 191: // STATE 452 - rcu_x86.pml:151 - [w = 0] (0:468:1 - 3)
		IfNotBlocked
		reached[1][452] = 1;
		(trpt+1)->bup.oval = ((int)((P1 *)_this)->w);
		((P1 *)_this)->w = 0;
#ifdef VAR_RANGES
		logval("reader:w", ((int)((P1 *)_this)->w));
#endif
		;
		/* merge: .(goto)(0, 456, 468) */
		reached[1][456] = 1;
		;
		/* merge: .(goto)(0, 465, 468) */
		reached[1][465] = 1;
		;
		_m = 3; goto P999; /* 2 */
	case 192: // STATE 462 - rcu_x86.pml:84 - [D_STEP84]
		if (!(boq == -1 && (((int)now.bn[0])<2)))
			continue;

		reached[1][462] = 1;
		reached[1][t->st] = 1;
		reached[1][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_472_0: /* 2 */
		if (!((((int)now.bn[0])<2)))
			Uerror("block in d_step seq");
S_473_0: /* 2 */
		now.baddr[ Index(((0*2)+now.bn[0]), 6) ] = 2;
#ifdef VAR_RANGES
		logval("baddr[((0*2)+bn[0])]", ((int)now.baddr[ Index(((0*2)+((int)now.bn[0])), 6) ]));
#endif
		;
S_474_0: /* 2 */
		now.bval[ Index(((0*2)+now.bn[0]), 6) ] = (((int)((P1 *)_this)->c)-1);
#ifdef VAR_RANGES
		logval("bval[((0*2)+bn[0])]", ((int)now.bval[ Index(((0*2)+((int)now.bn[0])), 6) ]));
#endif
		;
S_475_0: /* 2 */
		now.bn[0] = (((int)now.bn[0])+1);
#ifdef VAR_RANGES
		logval("bn[0]", ((int)now.bn[0]));
#endif
		;
		goto S_479_0;
S_479_0: /* 1 */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 193: // STATE 468 - rcu_x86.pml:205 - [D_STEP205]
		IfNotBlocked

		reached[1][468] = 1;
		reached[1][t->st] = 1;
		reached[1][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_480_0: /* 2 */
		((P1 *)_this)->c = 0;
#ifdef VAR_RANGES
		logval("reader:c", ((int)((P1 *)_this)->c));
#endif
		;
S_481_0: /* 2 */
		((P1 *)_this)->w = 0;
#ifdef VAR_RANGES
		logval("reader:w", ((int)((P1 *)_this)->w));
#endif
		;
		goto S_484_0;
S_484_0: /* 1 */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 194: // STATE 470 - rcu_x86.pml:240 - [-end-] (0:0:0 - 1)
		IfNotBlocked
		reached[1][470] = 1;
		if (!delproc(1, II)) continue;
		_m = 3; goto P999; /* 0 */

		 /* PROC env */
	case 195: // STATE 8 - rcu_x86.pml:159 - [D_STEP159]
		if (!(boq == -1 && (((int)now.bn[ Index(((int)((P0 *)_this)->t), 3) ])>0)))
			continue;

		reached[0][8] = 1;
		reached[0][t->st] = 1;
		reached[0][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_000_0: /* 2 */
		if (!((((int)now.bn[ Index(((int)((P0 *)_this)->t), 3) ])>0)))
			Uerror("block in d_step seq");
S_001_0: /* 2 */
		now.mem[ Index(now.baddr[ Index((((P0 *)_this)->t*2), 6) ], 10) ] = ((int)now.bval[ Index((((int)((P0 *)_this)->t)*2), 6) ]);
#ifdef VAR_RANGES
		logval("mem[baddr[(env:t*2)]]", ((int)now.mem[ Index(((int)now.baddr[ Index((((int)((P0 *)_this)->t)*2), 6) ]), 10) ]));
#endif
		;
S_002_0: /* 2 */
		now.baddr[ Index((((P0 *)_this)->t*2), 6) ] = ((int)now.baddr[ Index(((((int)((P0 *)_this)->t)*2)+1), 6) ]);
#ifdef VAR_RANGES
		logval("baddr[(env:t*2)]", ((int)now.baddr[ Index((((int)((P0 *)_this)->t)*2), 6) ]));
#endif
		;
S_003_0: /* 2 */
		now.bval[ Index((((P0 *)_this)->t*2), 6) ] = ((int)now.bval[ Index(((((int)((P0 *)_this)->t)*2)+1), 6) ]);
#ifdef VAR_RANGES
		logval("bval[(env:t*2)]", ((int)now.bval[ Index((((int)((P0 *)_this)->t)*2), 6) ]));
#endif
		;
S_004_0: /* 2 */
		now.baddr[ Index(((((P0 *)_this)->t*2)+1), 6) ] = 0;
#ifdef VAR_RANGES
		logval("baddr[((env:t*2)+1)]", ((int)now.baddr[ Index(((((int)((P0 *)_this)->t)*2)+1), 6) ]));
#endif
		;
S_005_0: /* 2 */
		now.bval[ Index(((((P0 *)_this)->t*2)+1), 6) ] = 0;
#ifdef VAR_RANGES
		logval("bval[((env:t*2)+1)]", ((int)now.bval[ Index(((((int)((P0 *)_this)->t)*2)+1), 6) ]));
#endif
		;
S_006_0: /* 2 */
		now.bn[ Index(((P0 *)_this)->t, 3) ] = (((int)now.bn[ Index(((int)((P0 *)_this)->t), 3) ])-1);
#ifdef VAR_RANGES
		logval("bn[env:t]", ((int)now.bn[ Index(((int)((P0 *)_this)->t), 3) ]));
#endif
		;
		goto S_012_0;
S_012_0: /* 1 */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 196: // STATE 11 - rcu_x86.pml:168 - [D_STEP168]
		if (!(boq == -1 && ((((int)now.hreq[ Index(((int)((P0 *)_this)->t), 3) ])!=0)&&(((int)now.bn[ Index(((int)((P0 *)_this)->t), 3) ])==0))))
			continue;

		reached[0][11] = 1;
		reached[0][t->st] = 1;
		reached[0][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_008_0: /* 2 */
		if (!(((((int)now.hreq[ Index(((int)((P0 *)_this)->t), 3) ])!=0)&&(((int)now.bn[ Index(((int)((P0 *)_this)->t), 3) ])==0))))
			Uerror("block in d_step seq");
S_009_0: /* 2 */
		now.hreq[ Index(((P0 *)_this)->t, 3) ] = 0;
#ifdef VAR_RANGES
		logval("hreq[env:t]", ((int)now.hreq[ Index(((int)((P0 *)_this)->t), 3) ]));
#endif
		;
		goto S_012_0; /* ';' */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 197: // STATE 15 - rcu_x86.pml:170 - [-end-] (0:0:0 - 1)
		IfNotBlocked
		reached[0][15] = 1;
		if (!delproc(1, II)) continue;
		_m = 3; goto P999; /* 0 */
	case  _T5:	/* np_ */
		if (!((!(trpt->o_pm&4) && !(trpt->tau&128))))
			continue;
		/* else fall through */
	case  _T2:	/* true */
		_m = 3; goto P999;
#undef rand
	}

