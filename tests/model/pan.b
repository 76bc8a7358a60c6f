	switch (t->back) {
	default: Uerror("bad return move");
	case  0: goto R999; /* nothing to undo */

		 /* PROC :init: */

	case 3: // STATE 3
		;
		now.mem[3] = trpt->bup.ovals[2];
		now.mem[6] = trpt->bup.ovals[1];
		now.mem[1] = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 3);
		goto R999;

	case 4: // STATE 4
		;
		;
		delproc(0, now._nr_pr-1);
		;
		goto R999;

	case 5: // STATE 5
		;
		;
		delproc(0, now._nr_pr-1);
		;
		goto R999;

	case 6: // STATE 6
		;
		;
		delproc(0, now._nr_pr-1);
		;
		goto R999;

	case 7: // STATE 7
		;
		;
		delproc(0, now._nr_pr-1);
		;
		goto R999;

	case 8: // STATE 8
		;
		;
		delproc(0, now._nr_pr-1);
		;
		goto R999;

	case 9: // STATE 9
		;
		;
		delproc(0, now._nr_pr-1);
		;
		goto R999;

	case 10: // STATE 11
		;
		p_restor(II);
		;
		;
		goto R999;

		 /* PROC updater */
;
		;
			case 12: // STATE 6
		sv_restor();
		goto R999;
;
		;
			case 14: // STATE 21
		sv_restor();
		goto R999;
	case 15: // STATE 34
		sv_restor();
		goto R999;
	case 16: // STATE 47
		sv_restor();
		goto R999;

	case 17: // STATE 318
		;
		((P2 *)_this)->v = trpt->bup.ovals[3];
		((P2 *)_this)->cpl = trpt->bup.ovals[2];
	/* 1 */	((P2 *)_this)->s = trpt->bup.ovals[1];
	/* 0 */	((P2 *)_this)->cpl = trpt->bup.ovals[0];
		;
		;
		ungrab_ints(trpt->bup.ovals, 4);
		goto R999;
	case 18: // STATE 56
		sv_restor();
		goto R999;
	case 19: // STATE 68
		sv_restor();
		goto R999;

	case 20: // STATE 70
		;
	/* 1 */	((P2 *)_this)->s = trpt->bup.ovals[1];
	/* 0 */	((P2 *)_this)->cpl = trpt->bup.ovals[0];
		;
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;
	case 21: // STATE 82
		sv_restor();
		goto R999;

	case 22: // STATE 84
		;
		((P2 *)_this)->target = trpt->bup.oval;
		;
		goto R999;
	case 23: // STATE 89
		sv_restor();
		goto R999;
;
		;
			case 25: // STATE 104
		sv_restor();
		goto R999;

	case 26: // STATE 106
		;
	/* 0 */	((P2 *)_this)->o = trpt->bup.oval;
		;
		;
		goto R999;
;
		;
			case 28: // STATE 124
		sv_restor();
		goto R999;
;
		;
		;
		;
		
	case 31: // STATE 132
		;
		((P2 *)_this)->o = trpt->bup.oval;
		;
		goto R999;
	case 32: // STATE 144
		sv_restor();
		goto R999;

	case 33: // STATE 147
		;
		((P2 *)_this)->c = trpt->bup.ovals[1];
		((P2 *)_this)->done = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 34: // STATE 213
		;
		((P2 *)_this)->done = trpt->bup.ovals[1];
	/* 0 */	((P2 *)_this)->done = trpt->bup.ovals[0];
		;
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;
	case 35: // STATE 158
		sv_restor();
		goto R999;
	case 36: // STATE 171
		sv_restor();
		goto R999;
	case 37: // STATE 184
		sv_restor();
		goto R999;

	case 38: // STATE 187
		;
		((P2 *)_this)->c = trpt->bup.ovals[1];
		((P2 *)_this)->done = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 39: // STATE 189
		;
	/* 0 */	((P2 *)_this)->done = trpt->bup.oval;
		;
		;
		goto R999;
;
		;
			case 41: // STATE 197
		sv_restor();
		goto R999;
;
		;
			case 43: // STATE 205
		sv_restor();
		goto R999;

	case 44: // STATE 207
		;
		((P2 *)_this)->v = trpt->bup.oval;
		;
		goto R999;

	case 45: // STATE 213
		;
		((P2 *)_this)->done = trpt->bup.oval;
		;
		goto R999;
	case 46: // STATE 219
		sv_restor();
		goto R999;

	case 47: // STATE 221
		;
		((P2 *)_this)->target = trpt->bup.oval;
		;
		goto R999;
	case 48: // STATE 228
		sv_restor();
		goto R999;
	case 49: // STATE 231
		sv_restor();
		goto R999;
	case 50: // STATE 244
		sv_restor();
		goto R999;

	case 51: // STATE 246
		;
	/* 0 */	((P2 *)_this)->w = trpt->bup.oval;
		;
		;
		goto R999;
;
		;
			case 53: // STATE 264
		sv_restor();
		goto R999;

	case 54: // STATE 318
		;
		((P2 *)_this)->v = trpt->bup.ovals[2];
		((P2 *)_this)->cpl = trpt->bup.ovals[1];
		((P2 *)_this)->w = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 3);
		goto R999;
	case 55: // STATE 273
		sv_restor();
		goto R999;
	case 56: // STATE 276
		sv_restor();
		goto R999;
	case 57: // STATE 289
		sv_restor();
		goto R999;

	case 58: // STATE 291
		;
	/* 0 */	((P2 *)_this)->g = trpt->bup.oval;
		;
		;
		goto R999;
;
		;
			case 60: // STATE 299
		sv_restor();
		goto R999;
;
		;
			case 62: // STATE 307
		sv_restor();
		goto R999;

	case 63: // STATE 313
		;
		((P2 *)_this)->v = trpt->bup.ovals[2];
		((P2 *)_this)->cpl = trpt->bup.ovals[1];
		((P2 *)_this)->g = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 3);
		goto R999;

	case 64: // STATE 313
		;
		((P2 *)_this)->v = trpt->bup.ovals[1];
		((P2 *)_this)->cpl = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 65: // STATE 318
		;
		((P2 *)_this)->v = trpt->bup.ovals[1];
		((P2 *)_this)->cpl = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 66: // STATE 320
		;
	/* 0 */	((P2 *)_this)->t = trpt->bup.oval;
		;
		;
		goto R999;

	case 67: // STATE 322
		;
		((P2 *)_this)->s = trpt->bup.oval;
		;
		goto R999;

	case 68: // STATE 324
		;
		now.freed = trpt->bup.oval;
		;
		goto R999;
;
		;
		;
		;
			case 71: // STATE 340
		sv_restor();
		goto R999;
	case 72: // STATE 353
		sv_restor();
		goto R999;
	case 73: // STATE 366
		sv_restor();
		goto R999;

	case 74: // STATE 637
		;
		((P2 *)_this)->v = trpt->bup.ovals[3];
		((P2 *)_this)->cpl = trpt->bup.ovals[2];
	/* 1 */	((P2 *)_this)->s = trpt->bup.ovals[1];
	/* 0 */	((P2 *)_this)->cpl = trpt->bup.ovals[0];
		;
		;
		ungrab_ints(trpt->bup.ovals, 4);
		goto R999;
	case 75: // STATE 375
		sv_restor();
		goto R999;
	case 76: // STATE 387
		sv_restor();
		goto R999;

	case 77: // STATE 389
		;
	/* 1 */	((P2 *)_this)->s = trpt->bup.ovals[1];
	/* 0 */	((P2 *)_this)->cpl = trpt->bup.ovals[0];
		;
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;
	case 78: // STATE 401
		sv_restor();
		goto R999;

	case 79: // STATE 403
		;
		((P2 *)_this)->target = trpt->bup.oval;
		;
		goto R999;
	case 80: // STATE 408
		sv_restor();
		goto R999;
;
		;
			case 82: // STATE 423
		sv_restor();
		goto R999;

	case 83: // STATE 425
		;
	/* 0 */	((P2 *)_this)->o = trpt->bup.oval;
		;
		;
		goto R999;
;
		;
			case 85: // STATE 443
		sv_restor();
		goto R999;
;
		;
		;
		;
		
	case 88: // STATE 451
		;
		((P2 *)_this)->o = trpt->bup.oval;
		;
		goto R999;
	case 89: // STATE 463
		sv_restor();
		goto R999;

	case 90: // STATE 466
		;
		((P2 *)_this)->c = trpt->bup.ovals[1];
		((P2 *)_this)->done = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 91: // STATE 532
		;
		((P2 *)_this)->done = trpt->bup.ovals[1];
	/* 0 */	((P2 *)_this)->done = trpt->bup.ovals[0];
		;
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;
	case 92: // STATE 477
		sv_restor();
		goto R999;
	case 93: // STATE 490
		sv_restor();
		goto R999;
	case 94: // STATE 503
		sv_restor();
		goto R999;

	case 95: // STATE 506
		;
		((P2 *)_this)->c = trpt->bup.ovals[1];
		((P2 *)_this)->done = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 96: // STATE 508
		;
	/* 0 */	((P2 *)_this)->done = trpt->bup.oval;
		;
		;
		goto R999;
;
		;
			case 98: // STATE 516
		sv_restor();
		goto R999;
;
		;
			case 100: // STATE 524
		sv_restor();
		goto R999;

	case 101: // STATE 526
		;
		((P2 *)_this)->v = trpt->bup.oval;
		;
		goto R999;

	case 102: // STATE 532
		;
		((P2 *)_this)->done = trpt->bup.oval;
		;
		goto R999;
	case 103: // STATE 538
		sv_restor();
		goto R999;

	case 104: // STATE 540
		;
		((P2 *)_this)->target = trpt->bup.oval;
		;
		goto R999;
	case 105: // STATE 547
		sv_restor();
		goto R999;
	case 106: // STATE 550
		sv_restor();
		goto R999;
	case 107: // STATE 563
		sv_restor();
		goto R999;

	case 108: // STATE 565
		;
	/* 0 */	((P2 *)_this)->w = trpt->bup.oval;
		;
		;
		goto R999;
;
		;
			case 110: // STATE 583
		sv_restor();
		goto R999;

	case 111: // STATE 637
		;
		((P2 *)_this)->v = trpt->bup.ovals[2];
		((P2 *)_this)->cpl = trpt->bup.ovals[1];
		((P2 *)_this)->w = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 3);
		goto R999;
	case 112: // STATE 592
		sv_restor();
		goto R999;
	case 113: // STATE 595
		sv_restor();
		goto R999;
	case 114: // STATE 608
		sv_restor();
		goto R999;

	case 115: // STATE 610
		;
	/* 0 */	((P2 *)_this)->g = trpt->bup.oval;
		;
		;
		goto R999;
;
		;
			case 117: // STATE 618
		sv_restor();
		goto R999;
;
		;
			case 119: // STATE 626
		sv_restor();
		goto R999;

	case 120: // STATE 632
		;
		((P2 *)_this)->v = trpt->bup.ovals[2];
		((P2 *)_this)->cpl = trpt->bup.ovals[1];
		((P2 *)_this)->g = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 3);
		goto R999;

	case 121: // STATE 632
		;
		((P2 *)_this)->v = trpt->bup.ovals[1];
		((P2 *)_this)->cpl = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 122: // STATE 637
		;
		((P2 *)_this)->v = trpt->bup.ovals[1];
		((P2 *)_this)->cpl = trpt->bup.ovals[0];
		;
		ungrab_ints(trpt->bup.ovals, 2);
		goto R999;

	case 123: // STATE 639
		;
	/* 0 */	((P2 *)_this)->t = trpt->bup.oval;
		;
		;
		goto R999;

	case 124: // STATE 641
		;
		((P2 *)_this)->s = trpt->bup.oval;
		;
		goto R999;

	case 125: // STATE 645
		;
		p_restor(II);
		;
		;
		goto R999;

		 /* PROC reader */
	case 126: // STATE 12
		sv_restor();
		goto R999;

	case 127: // STATE 14
		;
	/* 0 */	((P1 *)_this)->c = trpt->bup.oval;
		;
		;
		goto R999;
	case 128: // STATE 26
		sv_restor();
		goto R999;
	case 129: // STATE 32
		sv_restor();
		goto R999;
	case 130: // STATE 39
		sv_restor();
		goto R999;
	case 131: // STATE 45
		sv_restor();
		goto R999;
	case 132: // STATE 58
		sv_restor();
		goto R999;

	case 133: // STATE 60
		;
		now.holds_old = trpt->bup.oval;
		;
		goto R999;
	case 134: // STATE 72
		sv_restor();
		goto R999;

	case 135: // STATE 74
		;
	/* 0 */	((P1 *)_this)->c = trpt->bup.oval;
		;
		;
		goto R999;
	case 136: // STATE 86
		sv_restor();
		goto R999;
	case 137: // STATE 92
		sv_restor();
		goto R999;
	case 138: // STATE 99
		sv_restor();
		goto R999;
	case 139: // STATE 105
		sv_restor();
		goto R999;
;
		;
			case 141: // STATE 120
		sv_restor();
		goto R999;

	case 142: // STATE 122
		;
	/* 0 */	((P1 *)_this)->c = trpt->bup.oval;
		;
		;
		goto R999;
	case 143: // STATE 130
		sv_restor();
		goto R999;
	case 144: // STATE 142
		sv_restor();
		goto R999;

	case 145: // STATE 144
		;
	/* 0 */	((P1 *)_this)->w = trpt->bup.oval;
		;
		;
		goto R999;
	case 146: // STATE 147
		sv_restor();
		goto R999;
	case 147: // STATE 160
		sv_restor();
		goto R999;

	case 148: // STATE 162
		;
	/* 0 */	((P1 *)_this)->w = trpt->bup.oval;
		;
		;
		goto R999;
;
		;
			case 150: // STATE 180
		sv_restor();
		goto R999;

	case 151: // STATE 185
		;
		((P1 *)_this)->w = trpt->bup.oval;
		;
		goto R999;
	case 152: // STATE 195
		sv_restor();
		goto R999;
	case 153: // STATE 201
		sv_restor();
		goto R999;
;
		;
			case 155: // STATE 216
		sv_restor();
		goto R999;

	case 156: // STATE 218
		;
	/* 0 */	((P1 *)_this)->c = trpt->bup.oval;
		;
		;
		goto R999;
	case 157: // STATE 226
		sv_restor();
		goto R999;
	case 158: // STATE 238
		sv_restor();
		goto R999;

	case 159: // STATE 240
		;
	/* 0 */	((P1 *)_this)->w = trpt->bup.oval;
		;
		;
		goto R999;
	case 160: // STATE 243
		sv_restor();
		goto R999;
	case 161: // STATE 256
		sv_restor();
		goto R999;

	case 162: // STATE 258
		;
	/* 0 */	((P1 *)_this)->w = trpt->bup.oval;
		;
		;
		goto R999;
;
		;
			case 164: // STATE 276
		sv_restor();
		goto R999;

	case 165: // STATE 281
		;
		((P1 *)_this)->w = trpt->bup.oval;
		;
		goto R999;
	case 166: // STATE 291
		sv_restor();
		goto R999;
	case 167: // STATE 297
		sv_restor();
		goto R999;

	case 168: // STATE 299
		;
		((P1 *)_this)->p = trpt->bup.oval;
		;
		goto R999;
	case 169: // STATE 304
		sv_restor();
		goto R999;
	case 170: // STATE 310
		sv_restor();
		goto R999;
;
		;
			case 172: // STATE 325
		sv_restor();
		goto R999;

	case 173: // STATE 327
		;
	/* 0 */	((P1 *)_this)->c = trpt->bup.oval;
		;
		;
		goto R999;
	case 174: // STATE 339
		sv_restor();
		goto R999;
	case 175: // STATE 345
		sv_restor();
		goto R999;
	case 176: // STATE 352
		sv_restor();
		goto R999;
	case 177: // STATE 358
		sv_restor();
		goto R999;
	case 178: // STATE 371
		sv_restor();
		goto R999;

	case 179: // STATE 373
		;
		now.holds_old = trpt->bup.oval;
		;
		goto R999;
;
		;
			case 181: // STATE 387
		sv_restor();
		goto R999;

	case 182: // STATE 389
		;
	/* 0 */	((P1 *)_this)->c = trpt->bup.oval;
		;
		;
		goto R999;
	case 183: // STATE 397
		sv_restor();
		goto R999;
	case 184: // STATE 409
		sv_restor();
		goto R999;

	case 185: // STATE 411
		;
	/* 0 */	((P1 *)_this)->w = trpt->bup.oval;
		;
		;
		goto R999;
	case 186: // STATE 414
		sv_restor();
		goto R999;
	case 187: // STATE 427
		sv_restor();
		goto R999;

	case 188: // STATE 429
		;
	/* 0 */	((P1 *)_this)->w = trpt->bup.oval;
		;
		;
		goto R999;
;
		;
			case 190: // STATE 447
		sv_restor();
		goto R999;

	case 191: // STATE 452
		;
		((P1 *)_this)->w = trpt->bup.oval;
		;
		goto R999;
	case 192: // STATE 462
		sv_restor();
		goto R999;
	case 193: // STATE 468
		sv_restor();
		goto R999;

	case 194: // STATE 470
		;
		p_restor(II);
		;
		;
		goto R999;

		 /* PROC env */
	case 195: // STATE 8
		sv_restor();
		goto R999;
	case 196: // STATE 11
		sv_restor();
		goto R999;

	case 197: // STATE 15
		;
		p_restor(II);
		;
		;
		goto R999;
	}

