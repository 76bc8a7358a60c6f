#ifdef PEG
struct T_SRC {
	char *fl; int ln;
} T_SRC[NTRANS];

void
tr_2_src(int m, char *file, int ln)
{	T_SRC[m].fl = file;
	T_SRC[m].ln = ln;
}

void
putpeg(int n, int m)
{	printf("%5d	trans %4d ", m, n);
	printf("%s:%d\n",
		T_SRC[n].fl, T_SRC[n].ln);
}
#endif

void
settable(void)
{	Trans *T;
	Trans *settr(int, int, int, int, int, char *, int, int, int);

	trans = (Trans ***) emalloc(5*sizeof(Trans **));

	/* proctype 3: :init: */

	trans[3] = (Trans **) emalloc(12*sizeof(Trans *));

	T = trans[ 3][10] = settr(1139,2,0,0,0,"ATOMIC", 1, 2, 0);
	T->nxt	= settr(1139,2,1,0,0,"ATOMIC", 1, 2, 0);
	trans[3][1]	= settr(1130,2,4,3,3,"mem[1] = 1", 1, 2, 0); /* m: 2 -> 0,4 */
	reached3[2] = 1;
	trans[3][2]	= settr(0,0,0,0,0,"mem[6] = 1",0,0,0);
	trans[3][3]	= settr(0,0,0,0,0,"mem[3] = 1",0,0,0);
	trans[3][4]	= settr(1133,2,5,4,4,"(run reader())", 1, 2, 0);
	trans[3][5]	= settr(1134,2,6,5,5,"(run updater(1))", 1, 2, 0);
	trans[3][6]	= settr(1135,2,7,6,6,"(run updater(2))", 1, 2, 0);
	trans[3][7]	= settr(1136,2,8,7,7,"(run env(0))", 1, 2, 0);
	trans[3][8]	= settr(1137,2,9,8,8,"(run env(1))", 1, 2, 0);
	trans[3][9]	= settr(1138,0,11,9,9,"(run env(2))", 1, 2, 0);
	trans[3][11]	= settr(1140,0,0,10,10,"-end-", 0, 3500, 0);

	/* proctype 2: updater */

	trans[2] = (Trans **) emalloc(646*sizeof(Trans *));

	T = trans[2][643] = settr(1127,0,0,0,0,"IF", 0, 2, 0);
	T = T->nxt	= settr(1127,0,1,0,0,"IF", 0, 2, 0);
	    T->nxt	= settr(1127,0,326,0,0,"IF", 0, 2, 0);
	trans[2][1]	= settr(485,0,7,11,0,"((t==1))", 0, 2, 0);
	T = trans[ 2][7] = settr(491,0,0,0,0,"sub-sequence", 0, 2, 0);
	T->nxt	= settr(491,0,6,0,0,"sub-sequence", 0, 2, 0);
/*->*/	trans[2][6]	= settr(490,32,323,12,12,"D_STEP84", 1, 2, 0);
	T = trans[ 2][323] = settr(807,0,0,0,0,"sub-sequence", 0, 2, 0);
	T->nxt	= settr(807,0,9,0,0,"sub-sequence", 0, 2, 0);
	T = trans[ 2][9] = settr(493,0,0,0,0,"sub-sequence", 0, 2, 0);
	T->nxt	= settr(493,0,8,0,0,"sub-sequence", 0, 2, 0);
	trans[2][8]	= settr(492,0,22,13,0,"((bn[t]==0))", 1, 2, 0);
	T = trans[ 2][22] = settr(506,0,0,0,0,"sub-sequence", 0, 2, 0);
	T->nxt	= settr(506,0,21,0,0,"sub-sequence", 0, 2, 0);
/*->*/	trans[2][21]	= settr(505,32,319,14,14,"D_STEP70", 1, 2, 0);
	T = trans[ 2][319] = settr(803,0,0,0,0,"sub-sequence", 0, 2, 0);
	T->nxt	= settr(803,0,314,0,0,"sub-sequence", 0, 2, 0);
	trans[2][315]	= settr(799,0,314,1,0,".(goto)", 0, 2, 0);
	T = trans[2][314] = settr(798,0,0,0,0,"DO", 0, 2, 0);
	    T->nxt	= settr(798,0,35,0,0,"DO", 0, 2, 0);
	T = trans[ 2][35] = settr(519,0,0,0,0,"sub-sequence", 0, 2, 0);
	T->nxt	= settr(519,0,34,0,0,"sub-sequence", 0, 2, 0);
/*->*/	trans[2][34]	= settr(518,32,48,15,15,"D_STEP70", 1, 2, 0);
	T = trans[ 2][48] = settr(532,0,0,0,0,"sub-sequence", 0, 2, 0);
	T->nxt	= settr(532,0,47,0,0,"sub-sequence", 0, 2, 0);
/*->*/	trans[2][47]	= settr(531,32,52,16,16,"D_STEP70", 1, 2, 0);
	T = trans[2][52] = settr(536,0,0,0,0,"IF", 0, 2, 0);
	T = T->nxt	= settr(536,0,49,0,0,"IF", 0, 2, 0);
	    T->nxt	= settr(536,0,51,0,0,"IF", 0, 2, 0);
	trans[2][49]	= settr(533,0,321,17,17,"((cpl>s))", 0, 2, 0); /* m: 317 -> 321,0 */
	reached2[317] = 1;
	trans[2][50]	= settr(534,0,317,1,0,"goto :b4", 0, 2, 0); /* m: 317 -> 0,321 */
	reached2[317] = 1;
	trans[2][53]	= settr(537,0,310,1,0,".(goto)", 0, 2, 0);
	trans[2][51]	= settr(535,0,310,2,0,"else", 0, 2, 0);
	T = trans[2][310] = settr(794,0,0,0,0,"IF", 0, 2, 0);
	T = T->nxt	= settr(794,0,56,0,0,"IF", 0, 2, 0);
	    T->nxt	= settr(794,0,273,0,0,"IF", 0, 2, 0);
/*->*/	trans[2][56]	= settr(540,32,69,18,18,"D_STEP311", 1, 2, 0);
	T = trans[ 2][69] = settr(553,0,0,0,0,"sub-sequence", 0, 2, 0);
	T->nxt	= settr(553,0,68,0,0,"sub-sequence", 0, 2, 0);
/*->*/	trans[2][68]	= settr(552,32,224,19,19,"D_STEP70", 1, 2, 0);
	T = trans[2][224] = settr(708,0,0,0,0,"IF", 0, 2, 0);
	T = T->nxt	= settr(708,0,70,0,0,"IF", 0, 2, 0);
	    T->nxt	= settr(708,0,223,0,0,"IF", 0, 2, 0);
	trans[2][70]	= settr(554,0,222,20,20,"((cpl<=s))", 0, 2, 0);
	T = trans[ 2][222] = settr(706,0,0,0,0,"sub-sequence", 0, 2, 0);
	T->nxt	= settr(706,0,83,0,0,"sub-sequence", 0, 2, 0);
	T = trans[ 2][83] = settr(567,0,0,0,0,"sub-sequence", 0, 2, 0);
	T->nxt	= settr(567,0,82,0,0,"sub-sequence", 0, 2, 0);
/*->*/	trans[2][82]	= settr(566,32,84,21,21,"D_STEP70", 1, 2, 0);
	trans[2][84]	= settr(568,0,90,22,22,"target = (target+1)", 0, 2, 0);
	T = trans[ 2][90] = settr(574,0,0,0,0,"sub-sequence", 0, 2, 0);
	T->nxt	= settr(574,0,89,0,0,"sub-sequence", 0, 2, 0);
/*->*/	trans[2][89]	= settr(573,32,92,23,23,"D_STEP84", 1, 2, 0);
	T = trans[ 2][92] = settr(576,0,0,0,0,"sub-sequence", 0, 2, 0);
	T->nxt	= settr(576,0,91,0,0,"sub-sequence", 0, 2, 0);
	trans[2][91]	= settr(575,0,105,24,0,"((bn[t]==0))", 1, 2, 0);
	T = trans[ 2][105] = settr(589,0,0,0,0,"sub-sequence", 0, 2, 0);
	T->nxt	= settr(589,0,104,0,0,"sub-sequence", 0, 2, 0);
/*->*/	trans[2][104]	= settr(588,32,130,25,25,"D_STEP70", 1, 2, 0);
	T = trans[2][130] = settr(614,0,0,0,0,"IF", 0, 2, 0);
	T = T->nxt	= settr(614,0,106,0,0,"IF", 0, 2, 0);
	    T->nxt	= settr(614,0,129,0,0,"IF", 0, 2, 0);
	trans[2][106]	= settr(590,0,128,26,26,"(o)", 0, 2, 0);
	T = trans[ 2][128] = settr(612,0,0,0,0,"sub-sequence", 0, 2, 0);
	T->nxt	= settr(612,0,108,0,0,"sub-sequence", 0, 2, 0);
	T = trans[ 2][108] = settr(592,0,0,0,0,"sub-sequence", 0, 2, 0);
	T->nxt	= settr(592,0,107,0,0,"sub-sequence", 0, 2, 0);
	trans[2][107]	= settr(591,0,124,27,0,"((bn[t]==0))", 1, 2, 0);
/*->*/	trans[2][124]	= settr(608,32,125,28,28,"D_STEP101", 1, 2, 0);
	trans[2][125]	= settr(609,0,127,29,0,"(((((hreq[0]&(1<<t))==0)&&((hreq[1]&(1<<t))==0))&&((hreq[2]&(1<<t))==0)))", 1, 2, 0);
	T = trans[ 2][127] = settr(611,0,0,0,0,"sub-sequence", 0, 2, 0);
	T->nxt	= settr(611,0,126,0,0,"sub-sequence", 0, 2, 0);
	trans[2][126]	= settr(610,0,132,30,0,"((bn[t]==0))", 1, 2, 0);
	trans[2][131]	= settr(615,0,132,1,0,".(goto)", 0, 2, 0); /* m: 132 -> 0,214 */
	reached2[132] = 1;
	trans[2][129]	= settr(613,0,132,2,0,"else", 0, 2, 0);
	trans[2][132]	= settr(616,0,214,31,31,"o = 0", 0, 2, 0);
	T = trans[ 2][214] = settr(698,0,0,0,0,"sub-sequence", 0, 2, 0);
	T->nxt	= settr(698,0,210,0,0,"sub-sequence", 0, 2, 0);
	trans[2][211]	= settr(695,0,210,1,0,".(goto)", 0, 2, 0);
	T = trans[2][210] = settr(694,0,0,0,0,"DO", 0, 2, 0);
	    T->nxt	= settr(694,0,148,0,0,"DO", 0, 2, 0);
	T = trans[ 2][148] = settr(632,0,0,0,0,"sub-sequence", 0, 2, 0);
	T->nxt	= settr(632,0,145,0,0,"sub-sequence", 0, 2, 0);
	T = trans[ 2][145] = settr(629,0,0,0,0,"sub-sequence", 0, 2, 0);
	T->nxt	= settr(629,0,144,0,0,"sub-sequence", 0, 2, 0);
/*->*/	trans[2][144]	= settr(628,32,146,32,32,"D_STEP70", 1, 2, 0);
	trans[2][146]	= settr(630,0,152,33,33,"done = ((c==0)||((c/4)>=target))", 0, 2, 0); /* m: 147 -> 0,152 */
	reached2[147] = 1;
	trans[2][147]	= settr(0,0,0,0,0,"c = 0",0,0,0);
	T = trans[2][152] = settr(636,0,0,0,0,"IF", 0, 2, 0);
	T = T->nxt	= settr(636,0,149,0,0,"IF", 0, 2, 0);
	    T->nxt	= settr(636,0,151,0,0,"IF", 0, 2, 0);
	trans[2][149]	= settr(633,0,220,34,34,"(done)", 0, 2, 0); /* m: 213 -> 220,0 */
	reached2[213] = 1;
	trans[2][150]	= settr(634,0,213,1,0,"goto :b6", 0, 2, 0); /* m: 213 -> 0,220 */
	reached2[213] = 1;
	trans[2][153]	= settr(637,0,208,1,0,".(goto)", 0, 2, 0);
	trans[2][151]	= settr(635,0,208,2,0,"else", 0, 2, 0);
	T = trans[2][208] = settr(692,0,0,0,0,"IF", 0, 2, 0);
	T = T->nxt	= settr(692,0,154,0,0,"IF", 0, 2, 0);
	    T->nxt	= settr(692,0,155,0,0,"IF", 0, 2, 0);
	trans[2][154]	= settr(638,0,210,1,0,"(1)", 0, 2, 0);
	trans[2][209]	= settr(693,0,210,1,0,".(goto)", 0, 2, 0);
	trans[2][155]	= settr(639,0,159,1,0,"(1)", 0, 2, 0);
	T = trans[ 2][159] = settr(643,0,0,0,0,"sub-sequence", 0, 2, 0);
	T->nxt	= settr(643,0,158,0,0,"sub-sequence", 0, 2, 0);
/*->*/	trans[2][158]	= settr(642,32,172,35,35,"D_STEP95", 1, 2, 0);
	T = trans[ 2][172] = settr(656,0,0,0,0,"sub-sequence", 0, 2, 0);
	T->nxt	= settr(656,0,171,0,0,"sub-sequence", 0, 2, 0);
/*->*/	trans[2][171]	= settr(655,32,188,36,36,"D_STEP70", 1, 2, 0);
	T = trans[ 2][188] = settr(672,0,0,0,0,"sub-sequence", 0, 2, 0);
	T->nxt	= settr(672,0,185,0,0,"sub-sequence", 0, 2, 0);
	T = trans[ 2][185] = settr(669,0,0,0,0,"sub-sequence", 0, 2, 0);
	T->nxt	= settr(669,0,184,0,0,"sub-sequence", 0, 2, 0);
/*->*/	trans[2][184]	= settr(668,32,186,37,37,"D_STEP70", 1, 2, 0);
	trans[2][186]	= settr(670,0,201,38,38,"done = ((c==0)||((c/4)>=target))", 0, 2, 0); /* m: 187 -> 0,201 */
	reached2[187] = 1;
	trans[2][187]	= settr(0,0,0,0,0,"c = 0",0,0,0);
	T = trans[2][201] = settr(685,0,0,0,0,"IF", 0, 2, 0);
	T = T->nxt	= settr(685,0,189,0,0,"IF", 0, 2, 0);
	    T->nxt	= settr(685,0,200,0,0,"IF", 0, 2, 0);
	trans[2][189]	= settr(673,0,199,39,39,"(!(done))", 0, 2, 0);
	T = trans[ 2][199] = settr(683,0,0,0,0,"sub-sequence", 0, 2, 0);
	T->nxt	= settr(683,0,191,0,0,"sub-sequence", 0, 2, 0);
	T = trans[ 2][191] = settr(675,0,0,0,0,"sub-sequence", 0, 2, 0);
	T->nxt	= settr(675,0,190,0,0,"sub-sequence", 0, 2, 0);
	trans[2][190]	= settr(674,0,197,40,0,"((bn[t]==0))", 1, 2, 0);
/*->*/	trans[2][197]	= settr(681,32,198,41,41,"D_STEP118", 1, 2, 0);
	trans[2][198]	= settr(682,0,206,42,0,"((fsleep[t]==0))", 1, 2, 0);
	trans[2][202]	= settr(686,0,206,1,0,".(goto)", 0, 2, 0);
	trans[2][200]	= settr(684,0,206,2,0,"else", 0, 2, 0);
	T = trans[ 2][206] = settr(690,0,0,0,0,"sub-sequence", 0, 2, 0);
	T->nxt	= settr(690,0,205,0,0,"sub-sequence", 0, 2, 0);
/*->*/	trans[2][205]	= settr(689,32,207,43,43,"D_STEP95", 1, 2, 0);
	trans[2][207]	= settr(691,0,210,44,44,"v = 0", 0, 2, 0);
	trans[2][212]	= settr(696,0,213,1,0,"break", 0, 2, 0);
	trans[2][213]	= settr(697,0,220,45,45,"done = 0", 0, 2, 0);
	T = trans[ 2][220] = settr(704,0,0,0,0,"sub-sequence", 0, 2, 0);
	T->nxt	= settr(704,0,219,0,0,"sub-sequence", 0, 2, 0);
/*->*/	trans[2][219]	= settr(703,32,221,46,46,"D_STEP84", 1, 2, 0);
	trans[2][221]	= settr(705,0,228,47,47,"target = 0", 0, 2, 0);
	trans[2][225]	= settr(709,0,228,1,0,".(goto)", 0, 2, 0);
	trans[2][223]	= settr(707,0,228,2,0,"else", 0, 2, 0);
/*->*/	trans[2][228]	= settr(712,32,270,48,48,"D_STEP317", 1, 2, 0);
	T = trans[ 2][270] = settr(754,0,0,0,0,"sub-sequence", 0, 2, 0);
	T->nxt	= settr(754,0,232,0,0,"sub-sequence", 0, 2, 0);
	T = trans[ 2][232] = settr(716,0,0,0,0,"sub-sequence", 0, 2, 0);
	T->nxt	= settr(716,0,231,0,0,"sub-sequence", 0, 2, 0);
/*->*/	trans[2][231]	= settr(715,32,245,49,49,"D_STEP95", 1, 2, 0);
	T = trans[ 2][245] = settr(729,0,0,0,0,"sub-sequence", 0, 2, 0);
	T->nxt	= settr(729,0,244,0,0,"sub-sequence", 0, 2, 0);
/*->*/	trans[2][244]	= settr(728,32,267,50,50,"D_STEP70", 1, 2, 0);
	T = trans[2][267] = settr(751,0,0,0,0,"IF", 0, 2, 0);
	T = T->nxt	= settr(751,0,246,0,0,"IF", 0, 2, 0);
	    T->nxt	= settr(751,0,266,0,0,"IF", 0, 2, 0);
	trans[2][246]	= settr(730,0,265,51,51,"(w)", 0, 2, 0);
	T = trans[ 2][265] = settr(749,0,0,0,0,"sub-sequence", 0, 2, 0);
	T->nxt	= settr(749,0,248,0,0,"sub-sequence", 0, 2, 0);
	T = trans[ 2][248] = settr(732,0,0,0,0,"sub-sequence", 0, 2, 0);
	T->nxt	= settr(732,0,247,0,0,"sub-sequence", 0, 2, 0);
	trans[2][247]	= settr(731,0,264,52,0,"((bn[t]==0))", 1, 2, 0);
/*->*/	trans[2][264]	= settr(748,32,269,53,53,"D_STEP130", 1, 2, 0);
	trans[2][268]	= settr(752,0,269,1,0,".(goto)", 0, 2, 0); /* m: 269 -> 0,321 */
	reached2[269] = 1;
	trans[2][266]	= settr(750,0,269,2,0,"else", 0, 2, 0);
	trans[2][269]	= settr(753,0,321,54,54,"w = 0", 0, 2, 0); /* m: 317 -> 0,321 */
	reached2[317] = 1;
	trans[2][271]	= settr(755,0,317,1,0,"goto :b4", 0, 2, 0); /* m: 317 -> 0,321 */
	reached2[317] = 1;
	trans[2][311]	= settr(795,0,312,1,0,".(goto)", 0, 2, 0); /* m: 312 -> 0,314 */
	reached2[312] = 1;
/*->*/	trans[2][273]	= settr(757,32,277,55,55,"D_STEP320", 1, 2, 0);
	T = trans[ 2][277] = settr(761,0,0,0,0,"sub-sequence", 0, 2, 0);
	T->nxt	= settr(761,0,276,0,0,"sub-sequence", 0, 2, 0);
/*->*/	trans[2][276]	= settr(760,32,290,56,56,"D_STEP95", 1, 2, 0);
	T = trans[ 2][290] = settr(774,0,0,0,0,"sub-sequence", 0, 2, 0);
	T->nxt	= settr(774,0,289,0,0,"sub-sequence", 0, 2, 0);
/*->*/	trans[2][289]	= settr(773,32,303,57,57,"D_STEP70", 1, 2, 0);
	T = trans[2][303] = settr(787,0,0,0,0,"IF", 0, 2, 0);
	T = T->nxt	= settr(787,0,291,0,0,"IF", 0, 2, 0);
	    T->nxt	= settr(787,0,302,0,0,"IF", 0, 2, 0);
	trans[2][291]	= settr(775,0,301,58,58,"((g==v))", 0, 2, 0);
	T = trans[ 2][301] = settr(785,0,0,0,0,"sub-sequence", 0, 2, 0);
	T->nxt	= settr(785,0,293,0,0,"sub-sequence", 0, 2, 0);
	T = trans[ 2][293] = settr(777,0,0,0,0,"sub-sequence", 0, 2, 0);
	T->nxt	= settr(777,0,292,0,0,"sub-sequence", 0, 2, 0);
	trans[2][292]	= settr(776,0,299,59,0,"((bn[t]==0))", 1, 2, 0);
/*->*/	trans[2][299]	= settr(783,32,300,60,60,"D_STEP118", 1, 2, 0);
	trans[2][300]	= settr(784,0,308,61,0,"((fsleep[t]==0))", 1, 2, 0);
	trans[2][304]	= settr(788,0,308,1,0,".(goto)", 0, 2, 0);
	trans[2][302]	= settr(786,0,308,2,0,"else", 0, 2, 0);
	T = trans[ 2][308] = settr(792,0,0,0,0,"sub-sequence", 0, 2, 0);
	T->nxt	= settr(792,0,307,0,0,"sub-sequence", 0, 2, 0);
/*->*/	trans[2][307]	= settr(791,32,309,62,62,"D_STEP95", 1, 2, 0);
	trans[2][309]	= settr(793,0,314,63,63,"g = 0", 0, 2, 0); /* m: 312 -> 0,314 */
	reached2[312] = 1;
	trans[2][312]	= settr(796,0,314,64,64,"cpl = 0", 0, 2, 0); /* m: 313 -> 0,314 */
	reached2[313] = 1;
	trans[2][313]	= settr(0,0,0,0,0,"v = 0",0,0,0);
	trans[2][316]	= settr(800,0,317,1,0,"break", 0, 2, 0);
	trans[2][317]	= settr(801,0,321,65,65,"cpl = 0", 0, 2, 0); /* m: 318 -> 0,321 */
	reached2[318] = 1;
	trans[2][318]	= settr(0,0,0,0,0,"v = 0",0,0,0);
	T = trans[ 2][321] = settr(805,0,0,0,0,"sub-sequence", 0, 2, 0);
	T->nxt	= settr(805,0,320,0,0,"sub-sequence", 0, 2, 0);
	trans[2][320]	= settr(804,0,322,66,66,"((bn[t]==0))", 1, 2, 0);
	trans[2][322]	= settr(806,0,324,67,67,"s = 0", 0, 2, 0);
	trans[2][324]	= settr(808,0,325,68,68,"freed = 1", 1, 2, 0);
	trans[2][325]	= settr(809,0,645,69,0,"assert(!(holds_old))", 1, 2, 0);
	trans[2][644]	= settr(1128,0,645,1,0,".(goto)", 0, 2, 0);
	trans[2][326]	= settr(810,0,642,2,0,"else", 0, 2, 0);
	T = trans[ 2][642] = settr(1126,0,0,0,0,"sub-sequence", 0, 2, 0);
	T->nxt	= settr(1126,0,328,0,0,"sub-sequence", 0, 2, 0);
	T = trans[ 2][328] = settr(812,0,0,0,0,"sub-sequence", 0, 2, 0);
	T->nxt	= settr(812,0,327,0,0,"sub-sequence", 0, 2, 0);
	trans[2][327]	= settr(811,0,341,70,0,"((bn[t]==0))", 1, 2, 0);
	T = trans[ 2][341] = settr(825,0,0,0,0,"sub-sequence", 0, 2, 0);
	T->nxt	= settr(825,0,340,0,0,"sub-sequence", 0, 2, 0);
/*->*/	trans[2][340]	= settr(824,32,638,71,71,"D_STEP70", 1, 2, 0);
	T = trans[ 2][638] = settr(1122,0,0,0,0,"sub-sequence", 0, 2, 0);
	T->nxt	= settr(1122,0,633,0,0,"sub-sequence", 0, 2, 0);
	trans[2][634]	= settr(1118,0,633,1,0,".(goto)", 0, 2, 0);
	T = trans[2][633] = settr(1117,0,0,0,0,"DO", 0, 2, 0);
	    T->nxt	= settr(1117,0,354,0,0,"DO", 0, 2, 0);
	T = trans[ 2][354] = settr(838,0,0,0,0,"sub-sequence", 0, 2, 0);
	T->nxt	= settr(838,0,353,0,0,"sub-sequence", 0, 2, 0);
/*->*/	trans[2][353]	= settr(837,32,367,72,72,"D_STEP70", 1, 2, 0);
	T = trans[ 2][367] = settr(851,0,0,0,0,"sub-sequence", 0, 2, 0);
	T->nxt	= settr(851,0,366,0,0,"sub-sequence", 0, 2, 0);
/*->*/	trans[2][366]	= settr(850,32,371,73,73,"D_STEP70", 1, 2, 0);
	T = trans[2][371] = settr(855,0,0,0,0,"IF", 0, 2, 0);
	T = T->nxt	= settr(855,0,368,0,0,"IF", 0, 2, 0);
	    T->nxt	= settr(855,0,370,0,0,"IF", 0, 2, 0);
	trans[2][368]	= settr(852,0,640,74,74,"((cpl>s))", 0, 2, 0); /* m: 636 -> 640,0 */
	reached2[636] = 1;
	trans[2][369]	= settr(853,0,636,1,0,"goto :b8", 0, 2, 0); /* m: 636 -> 0,640 */
	reached2[636] = 1;
	trans[2][372]	= settr(856,0,629,1,0,".(goto)", 0, 2, 0);
	trans[2][370]	= settr(854,0,629,2,0,"else", 0, 2, 0);
	T = trans[2][629] = settr(1113,0,0,0,0,"IF", 0, 2, 0);
	T = T->nxt	= settr(1113,0,375,0,0,"IF", 0, 2, 0);
	    T->nxt	= settr(1113,0,592,0,0,"IF", 0, 2, 0);
/*->*/	trans[2][375]	= settr(859,32,388,75,75,"D_STEP311", 1, 2, 0);
	T = trans[ 2][388] = settr(872,0,0,0,0,"sub-sequence", 0, 2, 0);
	T->nxt	= settr(872,0,387,0,0,"sub-sequence", 0, 2, 0);
/*->*/	trans[2][387]	= settr(871,32,543,76,76,"D_STEP70", 1, 2, 0);
	T = trans[2][543] = settr(1027,0,0,0,0,"IF", 0, 2, 0);
	T = T->nxt	= settr(1027,0,389,0,0,"IF", 0, 2, 0);
	    T->nxt	= settr(1027,0,542,0,0,"IF", 0, 2, 0);
	trans[2][389]	= settr(873,0,541,77,77,"((cpl<=s))", 0, 2, 0);
	T = trans[ 2][541] = settr(1025,0,0,0,0,"sub-sequence", 0, 2, 0);
	T->nxt	= settr(1025,0,402,0,0,"sub-sequence", 0, 2, 0);
	T = trans[ 2][402] = settr(886,0,0,0,0,"sub-sequence", 0, 2, 0);
	T->nxt	= settr(886,0,401,0,0,"sub-sequence", 0, 2, 0);
/*->*/	trans[2][401]	= settr(885,32,403,78,78,"D_STEP70", 1, 2, 0);
	trans[2][403]	= settr(887,0,409,79,79,"target = (target+1)", 0, 2, 0);
	T = trans[ 2][409] = settr(893,0,0,0,0,"sub-sequence", 0, 2, 0);
	T->nxt	= settr(893,0,408,0,0,"sub-sequence", 0, 2, 0);
/*->*/	trans[2][408]	= settr(892,32,411,80,80,"D_STEP84", 1, 2, 0);
	T = trans[ 2][411] = settr(895,0,0,0,0,"sub-sequence", 0, 2, 0);
	T->nxt	= settr(895,0,410,0,0,"sub-sequence", 0, 2, 0);
	trans[2][410]	= settr(894,0,424,81,0,"((bn[t]==0))", 1, 2, 0);
	T = trans[ 2][424] = settr(908,0,0,0,0,"sub-sequence", 0, 2, 0);
	T->nxt	= settr(908,0,423,0,0,"sub-sequence", 0, 2, 0);
/*->*/	trans[2][423]	= settr(907,32,449,82,82,"D_STEP70", 1, 2, 0);
	T = trans[2][449] = settr(933,0,0,0,0,"IF", 0, 2, 0);
	T = T->nxt	= settr(933,0,425,0,0,"IF", 0, 2, 0);
	    T->nxt	= settr(933,0,448,0,0,"IF", 0, 2, 0);
	trans[2][425]	= settr(909,0,447,83,83,"(o)", 0, 2, 0);
	T = trans[ 2][447] = settr(931,0,0,0,0,"sub-sequence", 0, 2, 0);
	T->nxt	= settr(931,0,427,0,0,"sub-sequence", 0, 2, 0);
	T = trans[ 2][427] = settr(911,0,0,0,0,"sub-sequence", 0, 2, 0);
	T->nxt	= settr(911,0,426,0,0,"sub-sequence", 0, 2, 0);
	trans[2][426]	= settr(910,0,443,84,0,"((bn[t]==0))", 1, 2, 0);
/*->*/	trans[2][443]	= settr(927,32,444,85,85,"D_STEP101", 1, 2, 0);
	trans[2][444]	= settr(928,0,446,86,0,"(((((hreq[0]&(1<<t))==0)&&((hreq[1]&(1<<t))==0))&&((hreq[2]&(1<<t))==0)))", 1, 2, 0);
	T = trans[ 2][446] = settr(930,0,0,0,0,"sub-sequence", 0, 2, 0);
	T->nxt	= settr(930,0,445,0,0,"sub-sequence", 0, 2, 0);
	trans[2][445]	= settr(929,0,451,87,0,"((bn[t]==0))", 1, 2, 0);
	trans[2][450]	= settr(934,0,451,1,0,".(goto)", 0, 2, 0); /* m: 451 -> 0,533 */
	reached2[451] = 1;
	trans[2][448]	= settr(932,0,451,2,0,"else", 0, 2, 0);
	trans[2][451]	= settr(935,0,533,88,88,"o = 0", 0, 2, 0);
	T = trans[ 2][533] = settr(1017,0,0,0,0,"sub-sequence", 0, 2, 0);
	T->nxt	= settr(1017,0,529,0,0,"sub-sequence", 0, 2, 0);
	trans[2][530]	= settr(1014,0,529,1,0,".(goto)", 0, 2, 0);
	T = trans[2][529] = settr(1013,0,0,0,0,"DO", 0, 2, 0);
	    T->nxt	= settr(1013,0,467,0,0,"DO", 0, 2, 0);
	T = trans[ 2][467] = settr(951,0,0,0,0,"sub-sequence", 0, 2, 0);
	T->nxt	= settr(951,0,464,0,0,"sub-sequence", 0, 2, 0);
	T = trans[ 2][464] = settr(948,0,0,0,0,"sub-sequence", 0, 2, 0);
	T->nxt	= settr(948,0,463,0,0,"sub-sequence", 0, 2, 0);
/*->*/	trans[2][463]	= settr(947,32,465,89,89,"D_STEP70", 1, 2, 0);
	trans[2][465]	= settr(949,0,471,90,90,"done = ((c==0)||((c/4)>=target))", 0, 2, 0); /* m: 466 -> 0,471 */
	reached2[466] = 1;
	trans[2][466]	= settr(0,0,0,0,0,"c = 0",0,0,0);
	T = trans[2][471] = settr(955,0,0,0,0,"IF", 0, 2, 0);
	T = T->nxt	= settr(955,0,468,0,0,"IF", 0, 2, 0);
	    T->nxt	= settr(955,0,470,0,0,"IF", 0, 2, 0);
	trans[2][468]	= settr(952,0,539,91,91,"(done)", 0, 2, 0); /* m: 532 -> 539,0 */
	reached2[532] = 1;
	trans[2][469]	= settr(953,0,532,1,0,"goto :b10", 0, 2, 0); /* m: 532 -> 0,539 */
	reached2[532] = 1;
	trans[2][472]	= settr(956,0,527,1,0,".(goto)", 0, 2, 0);
	trans[2][470]	= settr(954,0,527,2,0,"else", 0, 2, 0);
	T = trans[2][527] = settr(1011,0,0,0,0,"IF", 0, 2, 0);
	T = T->nxt	= settr(1011,0,473,0,0,"IF", 0, 2, 0);
	    T->nxt	= settr(1011,0,474,0,0,"IF", 0, 2, 0);
	trans[2][473]	= settr(957,0,529,1,0,"(1)", 0, 2, 0);
	trans[2][528]	= settr(1012,0,529,1,0,".(goto)", 0, 2, 0);
	trans[2][474]	= settr(958,0,478,1,0,"(1)", 0, 2, 0);
	T = trans[ 2][478] = settr(962,0,0,0,0,"sub-sequence", 0, 2, 0);
	T->nxt	= settr(962,0,477,0,0,"sub-sequence", 0, 2, 0);
/*->*/	trans[2][477]	= settr(961,32,491,92,92,"D_STEP95", 1, 2, 0);
	T = trans[ 2][491] = settr(975,0,0,0,0,"sub-sequence", 0, 2, 0);
	T->nxt	= settr(975,0,490,0,0,"sub-sequence", 0, 2, 0);
/*->*/	trans[2][490]	= settr(974,32,507,93,93,"D_STEP70", 1, 2, 0);
	T = trans[ 2][507] = settr(991,0,0,0,0,"sub-sequence", 0, 2, 0);
	T->nxt	= settr(991,0,504,0,0,"sub-sequence", 0, 2, 0);
	T = trans[ 2][504] = settr(988,0,0,0,0,"sub-sequence", 0, 2, 0);
	T->nxt	= settr(988,0,503,0,0,"sub-sequence", 0, 2, 0);
/*->*/	trans[2][503]	= settr(987,32,505,94,94,"D_STEP70", 1, 2, 0);
	trans[2][505]	= settr(989,0,520,95,95,"done = ((c==0)||((c/4)>=target))", 0, 2, 0); /* m: 506 -> 0,520 */
	reached2[506] = 1;
	trans[2][506]	= settr(0,0,0,0,0,"c = 0",0,0,0);
	T = trans[2][520] = settr(1004,0,0,0,0,"IF", 0, 2, 0);
	T = T->nxt	= settr(1004,0,508,0,0,"IF", 0, 2, 0);
	    T->nxt	= settr(1004,0,519,0,0,"IF", 0, 2, 0);
	trans[2][508]	= settr(992,0,518,96,96,"(!(done))", 0, 2, 0);
	T = trans[ 2][518] = settr(1002,0,0,0,0,"sub-sequence", 0, 2, 0);
	T->nxt	= settr(1002,0,510,0,0,"sub-sequence", 0, 2, 0);
	T = trans[ 2][510] = settr(994,0,0,0,0,"sub-sequence", 0, 2, 0);
	T->nxt	= settr(994,0,509,0,0,"sub-sequence", 0, 2, 0);
	trans[2][509]	= settr(993,0,516,97,0,"((bn[t]==0))", 1, 2, 0);
/*->*/	trans[2][516]	= settr(1000,32,517,98,98,"D_STEP118", 1, 2, 0);
	trans[2][517]	= settr(1001,0,525,99,0,"((fsleep[t]==0))", 1, 2, 0);
	trans[2][521]	= settr(1005,0,525,1,0,".(goto)", 0, 2, 0);
	trans[2][519]	= settr(1003,0,525,2,0,"else", 0, 2, 0);
	T = trans[ 2][525] = settr(1009,0,0,0,0,"sub-sequence", 0, 2, 0);
	T->nxt	= settr(1009,0,524,0,0,"sub-sequence", 0, 2, 0);
/*->*/	trans[2][524]	= settr(1008,32,526,100,100,"D_STEP95", 1, 2, 0);
	trans[2][526]	= settr(1010,0,529,101,101,"v = 0", 0, 2, 0);
	trans[2][531]	= settr(1015,0,532,1,0,"break", 0, 2, 0);
	trans[2][532]	= settr(1016,0,539,102,102,"done = 0", 0, 2, 0);
	T = trans[ 2][539] = settr(1023,0,0,0,0,"sub-sequence", 0, 2, 0);
	T->nxt	= settr(1023,0,538,0,0,"sub-sequence", 0, 2, 0);
/*->*/	trans[2][538]	= settr(1022,32,540,103,103,"D_STEP84", 1, 2, 0);
	trans[2][540]	= settr(1024,0,547,104,104,"target = 0", 0, 2, 0);
	trans[2][544]	= settr(1028,0,547,1,0,".(goto)", 0, 2, 0);
	trans[2][542]	= settr(1026,0,547,2,0,"else", 0, 2, 0);
/*->*/	trans[2][547]	= settr(1031,32,589,105,105,"D_STEP317", 1, 2, 0);
	T = trans[ 2][589] = settr(1073,0,0,0,0,"sub-sequence", 0, 2, 0);
	T->nxt	= settr(1073,0,551,0,0,"sub-sequence", 0, 2, 0);
	T = trans[ 2][551] = settr(1035,0,0,0,0,"sub-sequence", 0, 2, 0);
	T->nxt	= settr(1035,0,550,0,0,"sub-sequence", 0, 2, 0);
/*->*/	trans[2][550]	= settr(1034,32,564,106,106,"D_STEP95", 1, 2, 0);
	T = trans[ 2][564] = settr(1048,0,0,0,0,"sub-sequence", 0, 2, 0);
	T->nxt	= settr(1048,0,563,0,0,"sub-sequence", 0, 2, 0);
/*->*/	trans[2][563]	= settr(1047,32,586,107,107,"D_STEP70", 1, 2, 0);
	T = trans[2][586] = settr(1070,0,0,0,0,"IF", 0, 2, 0);
	T = T->nxt	= settr(1070,0,565,0,0,"IF", 0, 2, 0);
	    T->nxt	= settr(1070,0,585,0,0,"IF", 0, 2, 0);
	trans[2][565]	= settr(1049,0,584,108,108,"(w)", 0, 2, 0);
	T = trans[ 2][584] = settr(1068,0,0,0,0,"sub-sequence", 0, 2, 0);
	T->nxt	= settr(1068,0,567,0,0,"sub-sequence", 0, 2, 0);
	T = trans[ 2][567] = settr(1051,0,0,0,0,"sub-sequence", 0, 2, 0);
	T->nxt	= settr(1051,0,566,0,0,"sub-sequence", 0, 2, 0);
	trans[2][566]	= settr(1050,0,583,109,0,"((bn[t]==0))", 1, 2, 0);
/*->*/	trans[2][583]	= settr(1067,32,588,110,110,"D_STEP130", 1, 2, 0);
	trans[2][587]	= settr(1071,0,588,1,0,".(goto)", 0, 2, 0); /* m: 588 -> 0,640 */
	reached2[588] = 1;
	trans[2][585]	= settr(1069,0,588,2,0,"else", 0, 2, 0);
	trans[2][588]	= settr(1072,0,640,111,111,"w = 0", 0, 2, 0); /* m: 636 -> 0,640 */
	reached2[636] = 1;
	trans[2][590]	= settr(1074,0,636,1,0,"goto :b8", 0, 2, 0); /* m: 636 -> 0,640 */
	reached2[636] = 1;
	trans[2][630]	= settr(1114,0,631,1,0,".(goto)", 0, 2, 0); /* m: 631 -> 0,633 */
	reached2[631] = 1;
/*->*/	trans[2][592]	= settr(1076,32,596,112,112,"D_STEP320", 1, 2, 0);
	T = trans[ 2][596] = settr(1080,0,0,0,0,"sub-sequence", 0, 2, 0);
	T->nxt	= settr(1080,0,595,0,0,"sub-sequence", 0, 2, 0);
/*->*/	trans[2][595]	= settr(1079,32,609,113,113,"D_STEP95", 1, 2, 0);
	T = trans[ 2][609] = settr(1093,0,0,0,0,"sub-sequence", 0, 2, 0);
	T->nxt	= settr(1093,0,608,0,0,"sub-sequence", 0, 2, 0);
/*->*/	trans[2][608]	= settr(1092,32,622,114,114,"D_STEP70", 1, 2, 0);
	T = trans[2][622] = settr(1106,0,0,0,0,"IF", 0, 2, 0);
	T = T->nxt	= settr(1106,0,610,0,0,"IF", 0, 2, 0);
	    T->nxt	= settr(1106,0,621,0,0,"IF", 0, 2, 0);
	trans[2][610]	= settr(1094,0,620,115,115,"((g==v))", 0, 2, 0);
	T = trans[ 2][620] = settr(1104,0,0,0,0,"sub-sequence", 0, 2, 0);
	T->nxt	= settr(1104,0,612,0,0,"sub-sequence", 0, 2, 0);
	T = trans[ 2][612] = settr(1096,0,0,0,0,"sub-sequence", 0, 2, 0);
	T->nxt	= settr(1096,0,611,0,0,"sub-sequence", 0, 2, 0);
	trans[2][611]	= settr(1095,0,618,116,0,"((bn[t]==0))", 1, 2, 0);
/*->*/	trans[2][618]	= settr(1102,32,619,117,117,"D_STEP118", 1, 2, 0);
	trans[2][619]	= settr(1103,0,627,118,0,"((fsleep[t]==0))", 1, 2, 0);
	trans[2][623]	= settr(1107,0,627,1,0,".(goto)", 0, 2, 0);
	trans[2][621]	= settr(1105,0,627,2,0,"else", 0, 2, 0);
	T = trans[ 2][627] = settr(1111,0,0,0,0,"sub-sequence", 0, 2, 0);
	T->nxt	= settr(1111,0,626,0,0,"sub-sequence", 0, 2, 0);
/*->*/	trans[2][626]	= settr(1110,32,628,119,119,"D_STEP95", 1, 2, 0);
	trans[2][628]	= settr(1112,0,633,120,120,"g = 0", 0, 2, 0); /* m: 631 -> 0,633 */
	reached2[631] = 1;
	trans[2][631]	= settr(1115,0,633,121,121,"cpl = 0", 0, 2, 0); /* m: 632 -> 0,633 */
	reached2[632] = 1;
	trans[2][632]	= settr(0,0,0,0,0,"v = 0",0,0,0);
	trans[2][635]	= settr(1119,0,636,1,0,"break", 0, 2, 0);
	trans[2][636]	= settr(1120,0,640,122,122,"cpl = 0", 0, 2, 0); /* m: 637 -> 0,640 */
	reached2[637] = 1;
	trans[2][637]	= settr(0,0,0,0,0,"v = 0",0,0,0);
	T = trans[ 2][640] = settr(1124,0,0,0,0,"sub-sequence", 0, 2, 0);
	T->nxt	= settr(1124,0,639,0,0,"sub-sequence", 0, 2, 0);
	trans[2][639]	= settr(1123,0,641,123,123,"((bn[t]==0))", 1, 2, 0);
	trans[2][641]	= settr(1125,0,645,124,124,"s = 0", 0, 2, 0);
	trans[2][645]	= settr(1129,0,0,125,125,"-end-", 0, 3500, 0);

	/* proctype 1: reader */

	trans[1] = (Trans **) emalloc(471*sizeof(Trans *));

	T = trans[ 1][46] = settr(60,0,0,0,0,"sub-sequence", 0, 2, 0);
	T->nxt	= settr(60,0,13,0,0,"sub-sequence", 0, 2, 0);
	T = trans[ 1][13] = settr(27,0,0,0,0,"sub-sequence", 0, 2, 0);
	T->nxt	= settr(27,0,12,0,0,"sub-sequence", 0, 2, 0);
/*->*/	trans[1][12]	= settr(26,32,41,126,126,"D_STEP70", 1, 2, 0);
	T = trans[1][41] = settr(55,0,0,0,0,"IF", 0, 2, 0);
	T = T->nxt	= settr(55,0,14,0,0,"IF", 0, 2, 0);
	    T->nxt	= settr(55,0,34,0,0,"IF", 0, 2, 0);
	trans[1][14]	= settr(28,0,27,127,127,"(((c%4)==0))", 0, 2, 0);
	T = trans[ 1][27] = settr(41,0,0,0,0,"sub-sequence", 0, 2, 0);
	T->nxt	= settr(41,0,26,0,0,"sub-sequence", 0, 2, 0);
/*->*/	trans[1][26]	= settr(40,32,33,128,128,"D_STEP70", 1, 2, 0);
	T = trans[ 1][33] = settr(47,0,0,0,0,"sub-sequence", 0, 2, 0);
	T->nxt	= settr(47,0,32,0,0,"sub-sequence", 0, 2, 0);
/*->*/	trans[1][32]	= settr(46,32,45,129,129,"D_STEP84", 1, 2, 0);
	trans[1][42]	= settr(56,0,45,1,0,".(goto)", 0, 2, 0);
	trans[1][34]	= settr(48,0,40,2,0,"else", 0, 2, 0);
	T = trans[ 1][40] = settr(54,0,0,0,0,"sub-sequence", 0, 2, 0);
	T->nxt	= settr(54,0,39,0,0,"sub-sequence", 0, 2, 0);
/*->*/	trans[1][39]	= settr(53,32,45,130,130,"D_STEP84", 1, 2, 0);
/*->*/	trans[1][45]	= settr(59,32,59,131,131,"D_STEP189", 0, 2, 0);
	T = trans[ 1][59] = settr(73,0,0,0,0,"sub-sequence", 0, 2, 0);
	T->nxt	= settr(73,0,58,0,0,"sub-sequence", 0, 2, 0);
/*->*/	trans[1][58]	= settr(72,32,60,132,132,"D_STEP70", 1, 2, 0);
	trans[1][60]	= settr(74,0,106,133,133,"holds_old = (p==0)", 1, 2, 0);
	T = trans[ 1][106] = settr(120,0,0,0,0,"sub-sequence", 0, 2, 0);
	T->nxt	= settr(120,0,73,0,0,"sub-sequence", 0, 2, 0);
	T = trans[ 1][73] = settr(87,0,0,0,0,"sub-sequence", 0, 2, 0);
	T->nxt	= settr(87,0,72,0,0,"sub-sequence", 0, 2, 0);
/*->*/	trans[1][72]	= settr(86,32,101,134,134,"D_STEP70", 1, 2, 0);
	T = trans[1][101] = settr(115,0,0,0,0,"IF", 0, 2, 0);
	T = T->nxt	= settr(115,0,74,0,0,"IF", 0, 2, 0);
	    T->nxt	= settr(115,0,94,0,0,"IF", 0, 2, 0);
	trans[1][74]	= settr(88,0,87,135,135,"(((c%4)==0))", 0, 2, 0);
	T = trans[ 1][87] = settr(101,0,0,0,0,"sub-sequence", 0, 2, 0);
	T->nxt	= settr(101,0,86,0,0,"sub-sequence", 0, 2, 0);
/*->*/	trans[1][86]	= settr(100,32,93,136,136,"D_STEP70", 1, 2, 0);
	T = trans[ 1][93] = settr(107,0,0,0,0,"sub-sequence", 0, 2, 0);
	T->nxt	= settr(107,0,92,0,0,"sub-sequence", 0, 2, 0);
/*->*/	trans[1][92]	= settr(106,32,105,137,137,"D_STEP84", 1, 2, 0);
	trans[1][102]	= settr(116,0,105,1,0,".(goto)", 0, 2, 0);
	trans[1][94]	= settr(108,0,100,2,0,"else", 0, 2, 0);
	T = trans[ 1][100] = settr(114,0,0,0,0,"sub-sequence", 0, 2, 0);
	T->nxt	= settr(114,0,99,0,0,"sub-sequence", 0, 2, 0);
/*->*/	trans[1][99]	= settr(113,32,105,138,138,"D_STEP84", 1, 2, 0);
/*->*/	trans[1][105]	= settr(119,32,108,139,139,"D_STEP189", 0, 2, 0);
	T = trans[ 1][108] = settr(122,0,0,0,0,"sub-sequence", 0, 2, 0);
	T->nxt	= settr(122,0,107,0,0,"sub-sequence", 0, 2, 0);
	trans[1][107]	= settr(121,0,202,140,0,"assert(((p!=0)||!(freed)))", 1, 2, 0);
	T = trans[ 1][202] = settr(216,0,0,0,0,"sub-sequence", 0, 2, 0);
	T->nxt	= settr(216,0,121,0,0,"sub-sequence", 0, 2, 0);
	T = trans[ 1][121] = settr(135,0,0,0,0,"sub-sequence", 0, 2, 0);
	T->nxt	= settr(135,0,120,0,0,"sub-sequence", 0, 2, 0);
/*->*/	trans[1][120]	= settr(134,32,197,141,141,"D_STEP70", 1, 2, 0);
	T = trans[1][197] = settr(211,0,0,0,0,"IF", 0, 2, 0);
	T = T->nxt	= settr(211,0,122,0,0,"IF", 0, 2, 0);
	    T->nxt	= settr(211,0,190,0,0,"IF", 0, 2, 0);
	trans[1][122]	= settr(136,0,130,142,142,"(((c%4)==1))", 0, 2, 0);
/*->*/	trans[1][130]	= settr(144,32,143,143,143,"D_STEP197", 1, 2, 0);
	T = trans[ 1][143] = settr(157,0,0,0,0,"sub-sequence", 0, 2, 0);
	T->nxt	= settr(157,0,142,0,0,"sub-sequence", 0, 2, 0);
/*->*/	trans[1][142]	= settr(156,32,188,144,144,"D_STEP70", 1, 2, 0);
	T = trans[1][188] = settr(202,0,0,0,0,"IF", 0, 2, 0);
	T = T->nxt	= settr(202,0,144,0,0,"IF", 0, 2, 0);
	    T->nxt	= settr(202,0,187,0,0,"IF", 0, 2, 0);
	trans[1][144]	= settr(158,0,186,145,145,"(w)", 0, 2, 0);
	T = trans[ 1][186] = settr(200,0,0,0,0,"sub-sequence", 0, 2, 0);
	T->nxt	= settr(200,0,148,0,0,"sub-sequence", 0, 2, 0);
	T = trans[ 1][148] = settr(162,0,0,0,0,"sub-sequence", 0, 2, 0);
	T->nxt	= settr(162,0,147,0,0,"sub-sequence", 0, 2, 0);
/*->*/	trans[1][147]	= settr(161,32,161,146,146,"D_STEP95", 1, 2, 0);
	T = trans[ 1][161] = settr(175,0,0,0,0,"sub-sequence", 0, 2, 0);
	T->nxt	= settr(175,0,160,0,0,"sub-sequence", 0, 2, 0);
/*->*/	trans[1][160]	= settr(174,32,183,147,147,"D_STEP70", 1, 2, 0);
	T = trans[1][183] = settr(197,0,0,0,0,"IF", 0, 2, 0);
	T = T->nxt	= settr(197,0,162,0,0,"IF", 0, 2, 0);
	    T->nxt	= settr(197,0,182,0,0,"IF", 0, 2, 0);
	trans[1][162]	= settr(176,0,181,148,148,"(w)", 0, 2, 0);
	T = trans[ 1][181] = settr(195,0,0,0,0,"sub-sequence", 0, 2, 0);
	T->nxt	= settr(195,0,164,0,0,"sub-sequence", 0, 2, 0);
	T = trans[ 1][164] = settr(178,0,0,0,0,"sub-sequence", 0, 2, 0);
	T->nxt	= settr(178,0,163,0,0,"sub-sequence", 0, 2, 0);
	trans[1][163]	= settr(177,0,180,149,0,"((bn[0]==0))", 1, 2, 0);
/*->*/	trans[1][180]	= settr(194,32,185,150,150,"D_STEP130", 1, 2, 0);
	trans[1][184]	= settr(198,0,185,1,0,".(goto)", 0, 2, 0); /* m: 185 -> 0,201 */
	reached1[185] = 1;
	trans[1][182]	= settr(196,0,185,2,0,"else", 0, 2, 0);
	trans[1][185]	= settr(199,0,201,151,151,"w = 0", 0, 2, 0);
	trans[1][189]	= settr(203,0,201,1,0,".(goto)", 0, 2, 0);
	trans[1][187]	= settr(201,0,201,2,0,"else", 0, 2, 0);
	trans[1][198]	= settr(212,0,201,1,0,".(goto)", 0, 2, 0);
	trans[1][190]	= settr(204,0,196,2,0,"else", 0, 2, 0);
	T = trans[ 1][196] = settr(210,0,0,0,0,"sub-sequence", 0, 2, 0);
	T->nxt	= settr(210,0,195,0,0,"sub-sequence", 0, 2, 0);
/*->*/	trans[1][195]	= settr(209,32,201,152,152,"D_STEP84", 1, 2, 0);
/*->*/	trans[1][201]	= settr(215,32,204,153,153,"D_STEP205", 0, 2, 0);
	T = trans[ 1][204] = settr(218,0,0,0,0,"sub-sequence", 0, 2, 0);
	T->nxt	= settr(218,0,203,0,0,"sub-sequence", 0, 2, 0);
	trans[1][203]	= settr(217,0,298,154,0,"assert(((p!=0)||!(freed)))", 1, 2, 0);
	T = trans[ 1][298] = settr(312,0,0,0,0,"sub-sequence", 0, 2, 0);
	T->nxt	= settr(312,0,217,0,0,"sub-sequence", 0, 2, 0);
	T = trans[ 1][217] = settr(231,0,0,0,0,"sub-sequence", 0, 2, 0);
	T->nxt	= settr(231,0,216,0,0,"sub-sequence", 0, 2, 0);
/*->*/	trans[1][216]	= settr(230,32,293,155,155,"D_STEP70", 1, 2, 0);
	T = trans[1][293] = settr(307,0,0,0,0,"IF", 0, 2, 0);
	T = T->nxt	= settr(307,0,218,0,0,"IF", 0, 2, 0);
	    T->nxt	= settr(307,0,286,0,0,"IF", 0, 2, 0);
	trans[1][218]	= settr(232,0,226,156,156,"(((c%4)==1))", 0, 2, 0);
/*->*/	trans[1][226]	= settr(240,32,239,157,157,"D_STEP197", 1, 2, 0);
	T = trans[ 1][239] = settr(253,0,0,0,0,"sub-sequence", 0, 2, 0);
	T->nxt	= settr(253,0,238,0,0,"sub-sequence", 0, 2, 0);
/*->*/	trans[1][238]	= settr(252,32,284,158,158,"D_STEP70", 1, 2, 0);
	T = trans[1][284] = settr(298,0,0,0,0,"IF", 0, 2, 0);
	T = T->nxt	= settr(298,0,240,0,0,"IF", 0, 2, 0);
	    T->nxt	= settr(298,0,283,0,0,"IF", 0, 2, 0);
	trans[1][240]	= settr(254,0,282,159,159,"(w)", 0, 2, 0);
	T = trans[ 1][282] = settr(296,0,0,0,0,"sub-sequence", 0, 2, 0);
	T->nxt	= settr(296,0,244,0,0,"sub-sequence", 0, 2, 0);
	T = trans[ 1][244] = settr(258,0,0,0,0,"sub-sequence", 0, 2, 0);
	T->nxt	= settr(258,0,243,0,0,"sub-sequence", 0, 2, 0);
/*->*/	trans[1][243]	= settr(257,32,257,160,160,"D_STEP95", 1, 2, 0);
	T = trans[ 1][257] = settr(271,0,0,0,0,"sub-sequence", 0, 2, 0);
	T->nxt	= settr(271,0,256,0,0,"sub-sequence", 0, 2, 0);
/*->*/	trans[1][256]	= settr(270,32,279,161,161,"D_STEP70", 1, 2, 0);
	T = trans[1][279] = settr(293,0,0,0,0,"IF", 0, 2, 0);
	T = T->nxt	= settr(293,0,258,0,0,"IF", 0, 2, 0);
	    T->nxt	= settr(293,0,278,0,0,"IF", 0, 2, 0);
	trans[1][258]	= settr(272,0,277,162,162,"(w)", 0, 2, 0);
	T = trans[ 1][277] = settr(291,0,0,0,0,"sub-sequence", 0, 2, 0);
	T->nxt	= settr(291,0,260,0,0,"sub-sequence", 0, 2, 0);
	T = trans[ 1][260] = settr(274,0,0,0,0,"sub-sequence", 0, 2, 0);
	T->nxt	= settr(274,0,259,0,0,"sub-sequence", 0, 2, 0);
	trans[1][259]	= settr(273,0,276,163,0,"((bn[0]==0))", 1, 2, 0);
/*->*/	trans[1][276]	= settr(290,32,281,164,164,"D_STEP130", 1, 2, 0);
	trans[1][280]	= settr(294,0,281,1,0,".(goto)", 0, 2, 0); /* m: 281 -> 0,297 */
	reached1[281] = 1;
	trans[1][278]	= settr(292,0,281,2,0,"else", 0, 2, 0);
	trans[1][281]	= settr(295,0,297,165,165,"w = 0", 0, 2, 0);
	trans[1][285]	= settr(299,0,297,1,0,".(goto)", 0, 2, 0);
	trans[1][283]	= settr(297,0,297,2,0,"else", 0, 2, 0);
	trans[1][294]	= settr(308,0,297,1,0,".(goto)", 0, 2, 0);
	trans[1][286]	= settr(300,0,292,2,0,"else", 0, 2, 0);
	T = trans[ 1][292] = settr(306,0,0,0,0,"sub-sequence", 0, 2, 0);
	T->nxt	= settr(306,0,291,0,0,"sub-sequence", 0, 2, 0);
/*->*/	trans[1][291]	= settr(305,32,297,166,166,"D_STEP84", 1, 2, 0);
/*->*/	trans[1][297]	= settr(311,32,299,167,167,"D_STEP205", 0, 2, 0);
	trans[1][299]	= settr(313,0,305,168,168,"p = 0", 0, 2, 0);
	T = trans[ 1][305] = settr(319,0,0,0,0,"sub-sequence", 0, 2, 0);
	T->nxt	= settr(319,0,304,0,0,"sub-sequence", 0, 2, 0);
/*->*/	trans[1][304]	= settr(318,32,311,169,169,"D_STEP84", 1, 2, 0);
	T = trans[ 1][311] = settr(325,0,0,0,0,"sub-sequence", 0, 2, 0);
	T->nxt	= settr(325,0,310,0,0,"sub-sequence", 0, 2, 0);
/*->*/	trans[1][310]	= settr(324,32,313,170,170,"D_STEP84", 1, 2, 0);
	T = trans[ 1][313] = settr(327,0,0,0,0,"sub-sequence", 0, 2, 0);
	T->nxt	= settr(327,0,312,0,0,"sub-sequence", 0, 2, 0);
	trans[1][312]	= settr(326,0,359,171,0,"((bn[0]==0))", 1, 2, 0);
	T = trans[ 1][359] = settr(373,0,0,0,0,"sub-sequence", 0, 2, 0);
	T->nxt	= settr(373,0,326,0,0,"sub-sequence", 0, 2, 0);
	T = trans[ 1][326] = settr(340,0,0,0,0,"sub-sequence", 0, 2, 0);
	T->nxt	= settr(340,0,325,0,0,"sub-sequence", 0, 2, 0);
/*->*/	trans[1][325]	= settr(339,32,354,172,172,"D_STEP70", 1, 2, 0);
	T = trans[1][354] = settr(368,0,0,0,0,"IF", 0, 2, 0);
	T = T->nxt	= settr(368,0,327,0,0,"IF", 0, 2, 0);
	    T->nxt	= settr(368,0,347,0,0,"IF", 0, 2, 0);
	trans[1][327]	= settr(341,0,340,173,173,"(((c%4)==0))", 0, 2, 0);
	T = trans[ 1][340] = settr(354,0,0,0,0,"sub-sequence", 0, 2, 0);
	T->nxt	= settr(354,0,339,0,0,"sub-sequence", 0, 2, 0);
/*->*/	trans[1][339]	= settr(353,32,346,174,174,"D_STEP70", 1, 2, 0);
	T = trans[ 1][346] = settr(360,0,0,0,0,"sub-sequence", 0, 2, 0);
	T->nxt	= settr(360,0,345,0,0,"sub-sequence", 0, 2, 0);
/*->*/	trans[1][345]	= settr(359,32,358,175,175,"D_STEP84", 1, 2, 0);
	trans[1][355]	= settr(369,0,358,1,0,".(goto)", 0, 2, 0);
	trans[1][347]	= settr(361,0,353,2,0,"else", 0, 2, 0);
	T = trans[ 1][353] = settr(367,0,0,0,0,"sub-sequence", 0, 2, 0);
	T->nxt	= settr(367,0,352,0,0,"sub-sequence", 0, 2, 0);
/*->*/	trans[1][352]	= settr(366,32,358,176,176,"D_STEP84", 1, 2, 0);
/*->*/	trans[1][358]	= settr(372,32,372,177,177,"D_STEP189", 0, 2, 0);
	T = trans[ 1][372] = settr(386,0,0,0,0,"sub-sequence", 0, 2, 0);
	T->nxt	= settr(386,0,371,0,0,"sub-sequence", 0, 2, 0);
/*->*/	trans[1][371]	= settr(385,32,373,178,178,"D_STEP70", 1, 2, 0);
	trans[1][373]	= settr(387,0,375,179,179,"holds_old = (p==0)", 1, 2, 0);
	T = trans[ 1][375] = settr(389,0,0,0,0,"sub-sequence", 0, 2, 0);
	T->nxt	= settr(389,0,374,0,0,"sub-sequence", 0, 2, 0);
	trans[1][374]	= settr(388,0,469,180,0,"assert(((p!=0)||!(freed)))", 1, 2, 0);
	T = trans[ 1][469] = settr(483,0,0,0,0,"sub-sequence", 0, 2, 0);
	T->nxt	= settr(483,0,388,0,0,"sub-sequence", 0, 2, 0);
	T = trans[ 1][388] = settr(402,0,0,0,0,"sub-sequence", 0, 2, 0);
	T->nxt	= settr(402,0,387,0,0,"sub-sequence", 0, 2, 0);
/*->*/	trans[1][387]	= settr(401,32,464,181,181,"D_STEP70", 1, 2, 0);
	T = trans[1][464] = settr(478,0,0,0,0,"IF", 0, 2, 0);
	T = T->nxt	= settr(478,0,389,0,0,"IF", 0, 2, 0);
	    T->nxt	= settr(478,0,457,0,0,"IF", 0, 2, 0);
	trans[1][389]	= settr(403,0,397,182,182,"(((c%4)==1))", 0, 2, 0);
/*->*/	trans[1][397]	= settr(411,32,410,183,183,"D_STEP197", 1, 2, 0);
	T = trans[ 1][410] = settr(424,0,0,0,0,"sub-sequence", 0, 2, 0);
	T->nxt	= settr(424,0,409,0,0,"sub-sequence", 0, 2, 0);
/*->*/	trans[1][409]	= settr(423,32,455,184,184,"D_STEP70", 1, 2, 0);
	T = trans[1][455] = settr(469,0,0,0,0,"IF", 0, 2, 0);
	T = T->nxt	= settr(469,0,411,0,0,"IF", 0, 2, 0);
	    T->nxt	= settr(469,0,454,0,0,"IF", 0, 2, 0);
	trans[1][411]	= settr(425,0,453,185,185,"(w)", 0, 2, 0);
	T = trans[ 1][453] = settr(467,0,0,0,0,"sub-sequence", 0, 2, 0);
	T->nxt	= settr(467,0,415,0,0,"sub-sequence", 0, 2, 0);
	T = trans[ 1][415] = settr(429,0,0,0,0,"sub-sequence", 0, 2, 0);
	T->nxt	= settr(429,0,414,0,0,"sub-sequence", 0, 2, 0);
/*->*/	trans[1][414]	= settr(428,32,428,186,186,"D_STEP95", 1, 2, 0);
	T = trans[ 1][428] = settr(442,0,0,0,0,"sub-sequence", 0, 2, 0);
	T->nxt	= settr(442,0,427,0,0,"sub-sequence", 0, 2, 0);
/*->*/	trans[1][427]	= settr(441,32,450,187,187,"D_STEP70", 1, 2, 0);
	T = trans[1][450] = settr(464,0,0,0,0,"IF", 0, 2, 0);
	T = T->nxt	= settr(464,0,429,0,0,"IF", 0, 2, 0);
	    T->nxt	= settr(464,0,449,0,0,"IF", 0, 2, 0);
	trans[1][429]	= settr(443,0,448,188,188,"(w)", 0, 2, 0);
	T = trans[ 1][448] = settr(462,0,0,0,0,"sub-sequence", 0, 2, 0);
	T->nxt	= settr(462,0,431,0,0,"sub-sequence", 0, 2, 0);
	T = trans[ 1][431] = settr(445,0,0,0,0,"sub-sequence", 0, 2, 0);
	T->nxt	= settr(445,0,430,0,0,"sub-sequence", 0, 2, 0);
	trans[1][430]	= settr(444,0,447,189,0,"((bn[0]==0))", 1, 2, 0);
/*->*/	trans[1][447]	= settr(461,32,452,190,190,"D_STEP130", 1, 2, 0);
	trans[1][451]	= settr(465,0,452,1,0,".(goto)", 0, 2, 0); /* m: 452 -> 0,468 */
	reached1[452] = 1;
	trans[1][449]	= settr(463,0,452,2,0,"else", 0, 2, 0);
	trans[1][452]	= settr(466,0,468,191,191,"w = 0", 0, 2, 0);
	trans[1][456]	= settr(470,0,468,1,0,".(goto)", 0, 2, 0);
	trans[1][454]	= settr(468,0,468,2,0,"else", 0, 2, 0);
	trans[1][465]	= settr(479,0,468,1,0,".(goto)", 0, 2, 0);
	trans[1][457]	= settr(471,0,463,2,0,"else", 0, 2, 0);
	T = trans[ 1][463] = settr(477,0,0,0,0,"sub-sequence", 0, 2, 0);
	T->nxt	= settr(477,0,462,0,0,"sub-sequence", 0, 2, 0);
/*->*/	trans[1][462]	= settr(476,32,468,192,192,"D_STEP84", 1, 2, 0);
/*->*/	trans[1][468]	= settr(482,32,470,193,193,"D_STEP205", 0, 2, 0);
	trans[1][470]	= settr(484,0,0,194,194,"-end-", 0, 3500, 0);

	/* proctype 0: env */

	trans[0] = (Trans **) emalloc(16*sizeof(Trans *));

	trans[0][13]	= settr(12,0,12,1,0,".(goto)", 0, 2, 0);
	T = trans[0][12] = settr(11,0,0,0,0,"DO", 0, 2, 0);
	T = T->nxt	= settr(11,0,8,0,0,"DO", 0, 2, 0);
	    T->nxt	= settr(11,0,11,0,0,"DO", 0, 2, 0);
/*->*/	trans[0][8]	= settr(7,32,12,195,195,"D_STEP159", 1, 2, 0);
/*->*/	trans[0][11]	= settr(10,32,12,196,196,"D_STEP168", 1, 2, 0);
	trans[0][14]	= settr(13,0,15,1,0,"break", 0, 2, 0);
	trans[0][15]	= settr(14,0,0,197,197,"-end-", 0, 3500, 0);
	/* np_ demon: */
	trans[_NP_] = (Trans **) emalloc(3*sizeof(Trans *));
	T = trans[_NP_][0] = settr(9997,0,1,_T5,0,"(np_)", 1,2,0);
	    T->nxt	  = settr(9998,0,0,_T2,0,"(1)",   0,2,0);
	T = trans[_NP_][1] = settr(9999,0,1,_T5,0,"(np_)", 1,2,0);
}

Trans *
settr(	int t_id, int a, int b, int c, int d,
	char *t, int g, int tpe0, int tpe1)
{	Trans *tmp = (Trans *) emalloc(sizeof(Trans));

	tmp->atom  = a&(6|32);	/* only (2|8|32) have meaning */
	if (!g) tmp->atom |= 8;	/* no global references */
	tmp->st    = b;
	tmp->tpe[0] = tpe0;
	tmp->tpe[1] = tpe1;
	tmp->tp    = t;
	tmp->t_id  = t_id;
	tmp->forw  = c;
	tmp->back  = d;
	return tmp;
}

Trans *
cpytr(Trans *a)
{	Trans *tmp = (Trans *) emalloc(sizeof(Trans));

	int i;
	tmp->atom  = a->atom;
	tmp->st    = a->st;
#ifdef HAS_UNLESS
	tmp->e_trans = a->e_trans;
	for (i = 0; i < HAS_UNLESS; i++)
		tmp->escp[i] = a->escp[i];
#endif
	tmp->tpe[0] = a->tpe[0];
	tmp->tpe[1] = a->tpe[1];
	for (i = 0; i < 6; i++)
	{	tmp->qu[i] = a->qu[i];
		tmp->ty[i] = a->ty[i];
	}
	tmp->tp    = (char *) emalloc(strlen(a->tp)+1);
	strcpy(tmp->tp, a->tp);
	tmp->t_id  = a->t_id;
	tmp->forw  = a->forw;
	tmp->back  = a->back;
	return tmp;
}

#ifndef NOREDUCE
int
srinc_set(int n)
{	if (n <= 2) return LOCAL;
	if (n <= 2+  DELTA) return Q_FULL_F; /* 's' or nfull  */
	if (n <= 2+2*DELTA) return Q_EMPT_F; /* 'r' or nempty */
	if (n <= 2+3*DELTA) return Q_EMPT_T; /* empty */
	if (n <= 2+4*DELTA) return Q_FULL_T; /* full  */
	if (n ==   5*DELTA) return GLOBAL;
	if (n ==   6*DELTA) return TIMEOUT_F;
	if (n ==   7*DELTA) return ALPHA_F;
	Uerror("cannot happen srinc_class");
	return BAD;
}
int
srunc(int n, int m)
{	switch(m) {
	case Q_FULL_F: return n-2;
	case Q_EMPT_F: return n-2-DELTA;
	case Q_EMPT_T: return n-2-2*DELTA;
	case Q_FULL_T: return n-2-3*DELTA;
	case ALPHA_F:
	case TIMEOUT_F: return 257; /* non-zero, and > MAXQ */
	}
	Uerror("cannot happen srunc");
	return 0;
}
#endif
int cnt;
#ifdef HAS_UNLESS
int
isthere(Trans *a, int b)
{	Trans *t;
	for (t = a; t; t = t->nxt)
		if (t->t_id == b)
			return 1;
	return 0;
}
#endif
#ifndef NOREDUCE
int
mark_safety(Trans *t) /* for conditional safety */
{	int g = 0, i, j, k;

	if (!t) return 0;
	if (t->qu[0])
		return (t->qu[1])?2:1;	/* marked */

	for (i = 0; i < 2; i++)
	{	j = srinc_set(t->tpe[i]);
		if (j >= GLOBAL && j != ALPHA_F)
			return -1;
		if (j != LOCAL)
		{	k = srunc(t->tpe[i], j);
			if (g == 0
			||  t->qu[0] != k
			||  t->ty[0] != j)
			{	t->qu[g] = k;
				t->ty[g] = j;
				g++;
	}	}	}
	return g;
}
#endif
void
retrans(int n, int m, int is, short srcln[], uchar reach[], uchar lpstate[])
	/* process n, with m states, is=initial state */
{	Trans *T0, *T1, *T2, *T3;
	Trans *T4, *T5; /* t_reverse or has_unless */
	int i;
#if defined(HAS_UNLESS) || !defined(NOREDUCE)
	int k;
#endif
#ifndef NOREDUCE
	int g, h, j, aa;
#endif
#ifdef HAS_UNLESS
	int p;
#endif
	if (state_tables >= 4)
	{	printf("STEP 1 %s\n", 
			procname[n]);
		for (i = 1; i < m; i++)
		for (T0 = trans[n][i]; T0; T0 = T0->nxt)
			crack(n, i, T0, srcln);
		return;
	}
	do {
		for (i = 1, cnt = 0; i < m; i++)
		{	T2 = trans[n][i];
			T1 = T2?T2->nxt:(Trans *)0;
/* prescan: */		for (T0 = T1; T0; T0 = T0->nxt)
/* choice in choice */	{	if (T0->st && trans[n][T0->st]
				&&  trans[n][T0->st]->nxt)
					break;
			}
#if 0
		if (T0)
		printf("\tstate %d / %d: choice in choice\n",
		i, T0->st);
#endif
			if (T0)
			for (T0 = T1; T0; T0 = T0->nxt)
			{	T3 = trans[n][T0->st];
				if (!T3->nxt)
				{	T2->nxt = cpytr(T0);
					T2 = T2->nxt;
					imed(T2, T0->st, n, i);
					continue;
				}
				do {	T3 = T3->nxt;
					T2->nxt = cpytr(T3);
					T2 = T2->nxt;
					imed(T2, T0->st, n, i);
				} while (T3->nxt);
				cnt++;
			}
		}
	} while (cnt);
	if (state_tables >= 3)
	{	printf("STEP 2 %s\n", 
			procname[n]);
		for (i = 1; i < m; i++)
		for (T0 = trans[n][i]; T0; T0 = T0->nxt)
			crack(n, i, T0, srcln);
		return;
	}
	for (i = 1; i < m; i++)
	{	if (trans[n][i] && trans[n][i]->nxt) /* optimize */
		{	T1 = trans[n][i]->nxt;
#if 0
			printf("\t\tpull %d (%d) to %d\n",
			T1->st, T1->forw, i);
#endif
			srcln[i] = srcln[T1->st];	/* Oyvind Teig, 5.2.0 */

			if (!trans[n][T1->st]) continue;
			T0 = cpytr(trans[n][T1->st]);
			trans[n][i] = T0;
			reach[T1->st] = 1;
			imed(T0, T1->st, n, i);
			for (T1 = T1->nxt; T1; T1 = T1->nxt)
			{
#if 0
			printf("\t\tpull %d (%d) to %d\n",
				T1->st, T1->forw, i);
#endif
		/*		srcln[i] = srcln[T1->st];  gh: not useful */
				if (!trans[n][T1->st]) continue;
				T0->nxt = cpytr(trans[n][T1->st]);
				T0 = T0->nxt;
				reach[T1->st] = 1;
				imed(T0, T1->st, n, i);
	}	}	}
	if (state_tables >= 2)
	{	printf("STEP 3 %s\n", 
			procname[n]);
		for (i = 1; i < m; i++)
		for (T0 = trans[n][i]; T0; T0 = T0->nxt)
			crack(n, i, T0, srcln);
		return;
	}
#ifdef HAS_UNLESS
	for (i = 1; i < m; i++)
	{	if (!trans[n][i]) continue;
		/* check for each state i if an
		 * escape to some state p is defined
		 * if so, copy and mark p's transitions
		 * and prepend them to the transition-
		 * list of state i
		 */
	 if (!like_java) /* the default */
	 {	for (T0 = trans[n][i]; T0; T0 = T0->nxt)
		for (k = HAS_UNLESS-1; k >= 0; k--)
		{	if (p = T0->escp[k])
			for (T1 = trans[n][p]; T1; T1 = T1->nxt)
			{	if (isthere(trans[n][i], T1->t_id))
					continue;
				T2 = cpytr(T1);
				T2->e_trans = p;
				T2->nxt = trans[n][i];
				trans[n][i] = T2;
		}	}
	 } else /* outermost unless checked first */
	 {	T4 = T3 = (Trans *) 0;
		for (T0 = trans[n][i]; T0; T0 = T0->nxt)
		for (k = HAS_UNLESS-1; k >= 0; k--)
		{	if (p = T0->escp[k])
			for (T1 = trans[n][p]; T1; T1 = T1->nxt)
			{	if (isthere(trans[n][i], T1->t_id))
					continue;
				T2 = cpytr(T1);
				T2->nxt = (Trans *) 0;
				T2->e_trans = p;
				if (T3)	T3->nxt = T2;
				else	T4 = T2;
				T3 = T2;
		}	}
		if (T4)
		{	T3->nxt = trans[n][i];
			trans[n][i] = T4;
		}
	 }
	}
#endif
#ifndef NOREDUCE
	for (i = 1; i < m; i++)
	{	if (a_cycles)
		{ /* moves through these states are visible */
	#if PROG_LAB>0 && defined(HAS_NP)
			if (progstate[n][i])
				goto degrade;
			for (T1 = trans[n][i]; T1; T1 = T1->nxt)
				if (progstate[n][T1->st])
					goto degrade;
	#endif
			if (accpstate[n][i] || visstate[n][i])
				goto degrade;
			for (T1 = trans[n][i]; T1; T1 = T1->nxt)
				if (accpstate[n][T1->st])
					goto degrade;
		}
		T1 = trans[n][i];
		if (!T1) continue;
		g = mark_safety(T1);	/* V3.3.1 */
		if (g < 0) goto degrade; /* global */
		/* check if mixing of guards preserves reduction */
		if (T1->nxt)
		{	k = 0;
			for (T0 = T1; T0; T0 = T0->nxt)
			{	if (!(T0->atom&8))
					goto degrade;
				for (aa = 0; aa < 2; aa++)
				{	j = srinc_set(T0->tpe[aa]);
					if (j >= GLOBAL && j != ALPHA_F)
						goto degrade;
					if (T0->tpe[aa]
					&&  T0->tpe[aa]
					!=  T1->tpe[0])
						k = 1;
			}	}
			/* g = 0;	V3.3.1 */
			if (k)	/* non-uniform selection */
			for (T0 = T1; T0; T0 = T0->nxt)
			for (aa = 0; aa < 2; aa++)
			{	j = srinc_set(T0->tpe[aa]);
				if (j != LOCAL)
				{	k = srunc(T0->tpe[aa], j);
					for (h = 0; h < 6; h++)
						if (T1->qu[h] == k
						&&  T1->ty[h] == j)
							break;
					if (h >= 6)
					{	T1->qu[g%6] = k;
						T1->ty[g%6] = j;
						g++;
			}	}	}
			if (g > 6)
			{	T1->qu[0] = 0;	/* turn it off */
				printf("pan: warning, line %d, ",
					srcln[i]);
			 	printf("too many stmnt types (%d)",
					g);
			  	printf(" in selection\n");
			  goto degrade;
			}
		}
		/* mark all options global if >=1 is global */
		for (T1 = trans[n][i]; T1; T1 = T1->nxt)
			if (!(T1->atom&8)) break;
		if (T1)
degrade:	for (T1 = trans[n][i]; T1; T1 = T1->nxt)
			T1->atom &= ~8;	/* mark as unsafe */
		/* can only mix 'r's or 's's if on same chan */
		/* and not mixed with other local operations */
		T1 = trans[n][i];
		if (!T1 || T1->qu[0]) continue;
		j = T1->tpe[0];
		if (T1->nxt && T1->atom&8)
		{ if (j == 5*DELTA)
		  {	printf("warning: line %d ", srcln[i]);
			printf("mixed condition ");
			printf("(defeats reduction)\n");
			goto degrade;
		  }
		  for (T0 = T1; T0; T0 = T0->nxt)
		  for (aa = 0; aa < 2; aa++)
		  if  (T0->tpe[aa] && T0->tpe[aa] != j)
		  {	printf("warning: line %d ", srcln[i]);
			printf("[%d-%d] mixed %stion ",
				T0->tpe[aa], j, 
				(j==5*DELTA)?"condi":"selec");
			printf("(defeats reduction)\n");
			printf("	'%s' <-> '%s'\n",
				T1->tp, T0->tp);
			goto degrade;
		} }
	}
#endif
	for (i = 1; i < m; i++)
	{	T2 = trans[n][i];
		if (!T2
		||  T2->nxt
		||  strncmp(T2->tp, ".(goto)", 7)
		||  !stopstate[n][i])
			continue;
		stopstate[n][T2->st] = 1;
	}
	if (state_tables && !verbose)
	{	if (dodot)
		{	char buf[256], *q = buf, *p = procname[n];
			while (*p != '\0')
			{	if (*p != ':')
				{	*q++ = *p;
				}
				p++;
			}
			*q = '\0';
			printf("digraph ");
			switch (Btypes[n]) {
			case I_PROC:  printf("init {\n"); break;
			case N_CLAIM: printf("claim_%s {\n", buf); break;
			case E_TRACE: printf("notrace {\n"); break;
			case N_TRACE: printf("trace {\n"); break;
			default:      printf("p_%s {\n", buf); break;
			}
			printf("size=\"8,10\";\n");
			printf("  GT [shape=box,style=dotted,label=\"%s\"];\n", buf);
			printf("  GT -> S%d;\n", is);
		} else
		{	switch (Btypes[n]) {
			case I_PROC:  printf("init\n"); break;
			case N_CLAIM: printf("claim %s\n", procname[n]); break;
			case E_TRACE: printf("notrace assertion\n"); break;
			case N_TRACE: printf("trace assertion\n"); break;
			default:      printf("proctype %s\n", procname[n]); break;
		}	}
		for (i = 1; i < m; i++)
		{	reach[i] = 1;
		}
		tagtable(n, m, is, srcln, reach);
		if (dodot) printf("}\n");
	} else
	for (i = 1; i < m; i++)
	{	int nrelse;
		if (Btypes[n] != N_CLAIM)
		{	for (T0 = trans[n][i]; T0; T0 = T0->nxt)
			{	if (T0->st == i
				&& strcmp(T0->tp, "(1)") == 0)
				{	printf("error: proctype '%s' ",
						procname[n]);
		  			printf("line %d, state %d: has un",
						srcln[i], i);
					printf("conditional self-loop\n");
					pan_exit(1);
		}	}	}
		nrelse = 0;
		for (T0 = trans[n][i]; T0; T0 = T0->nxt)
		{	if (strcmp(T0->tp, "else") == 0)
				nrelse++;
		}
		if (nrelse > 1)
		{	printf("error: proctype '%s' state",
				procname[n]);
		  	printf(" %d, inherits %d", i, nrelse);
		  	printf(" 'else' stmnts\n");
			pan_exit(1);
	}	}
#if !defined(LOOPSTATE) && !defined(BFS_PAR)
	if (state_tables)
#endif
	do_dfs(n, m, is, srcln, reach, lpstate);

	if (!t_reverse)
	{	return;
	}
	/* process n, with m states, is=initial state -- reverse list */
	if (!state_tables && Btypes[n] != N_CLAIM)
	{	for (i = 1; i < m; i++)
		{	Trans *Tx = (Trans *) 0; /* list of escapes */
			Trans *Ty = (Trans *) 0; /* its tail element */
			T1 = (Trans *) 0; /* reversed list */
			T2 = (Trans *) 0; /* its tail */
			T3 = (Trans *) 0; /* remembers possible 'else' */

			/* find unless-escapes, they should go first */
			T4 = T5 = T0 = trans[n][i];
	#ifdef HAS_UNLESS
			while (T4 && T4->e_trans) /* escapes are first in orig list */
			{	T5 = T4;	  /* remember predecessor */
				T4 = T4->nxt;
			}
	#endif
			/* T4 points to first non-escape, T5 to its parent, T0 to original list */
			if (T4 != T0)		 /* there was at least one escape */
			{	T3 = T5->nxt;		 /* start of non-escapes */
				T5->nxt = (Trans *) 0;	 /* separate */
				Tx = T0;		 /* start of the escapes */
				Ty = T5;		 /* its tail */
				T0 = T3;		 /* the rest, to be reversed */
			}
			/* T0 points to first non-escape, Tx to the list of escapes, Ty to its tail */

			/* first tail-add non-escape transitions, reversed */
			T3 = (Trans *) 0;
			for (T5 = T0; T5; T5 = T4)
			{	T4 = T5->nxt;
	#ifdef HAS_UNLESS
				if (T5->e_trans)
				{	printf("error: cannot happen!\n");
					continue;
				}
	#endif
				if (strcmp(T5->tp, "else") == 0)
				{	T3 = T5;
					T5->nxt = (Trans *) 0;
				} else
				{	T5->nxt = T1;
					if (!T1) { T2 = T5; }
					T1 = T5;
			}	}
			/* T3 points to a possible else, which is removed from the list */
			/* T1 points to the reversed list so far (without escapes) */
			/* T2 points to the tail element -- where the else should go */
			if (T2 && T3)
			{	T2->nxt = T3;	/* add else */
			} else
			{	if (T3) /* there was an else, but there's no tail */
				{	if (!T1)	/* and no reversed list */
					{	T1 = T3; /* odd, but possible */
					} else		/* even stranger */
					{	T1->nxt = T3;
			}	}	}

			/* add in the escapes, to that they appear at the front */
			if (Tx && Ty) { Ty->nxt = T1; T1 = Tx; }

			trans[n][i] = T1;
			/* reversed, with escapes first and else last */
	}	}
	if (state_tables && verbose)
	{	printf("FINAL proctype %s\n", 
			procname[n]);
		for (i = 1; i < m; i++)
		for (T0 = trans[n][i]; T0; T0 = T0->nxt)
			crack(n, i, T0, srcln);
	}
}
void
imed(Trans *T, int v, int n, int j)	/* set intermediate state */
{	progstate[n][T->st] |= progstate[n][v];
	accpstate[n][T->st] |= accpstate[n][v];
	stopstate[n][T->st] |= stopstate[n][v];
	mapstate[n][j] = T->st;
}
void
tagtable(int n, int m, int is, short srcln[], uchar reach[])
{	Trans *z;

	if (is >= m || !trans[n][is]
	||  is <= 0 || reach[is] == 0)
		return;
	reach[is] = 0;
	if (state_tables)
	for (z = trans[n][is]; z; z = z->nxt)
	{	if (dodot)
			dot_crack(n, is, z);
		else
			crack(n, is, z, srcln);
	}

	for (z = trans[n][is]; z; z = z->nxt)
	{
#ifdef HAS_UNLESS
		int i, j;
#endif
		tagtable(n, m, z->st, srcln, reach);
#ifdef HAS_UNLESS
		for (i = 0; i < HAS_UNLESS; i++)
		{	j = trans[n][is]->escp[i];
			if (!j) break;
			tagtable(n, m, j, srcln, reach);
		}
#endif
	}
}

extern Trans *t_id_lkup[];

void
dfs_table(int n, int m, int is, short srcln[], uchar reach[], uchar lpstate[])
{	Trans *z;

	if (is >= m || is <= 0 || !trans[n][is])
		return;
	if ((reach[is] & (4|8|16)) != 0)
	{	if ((reach[is] & (8|16)) == 16)	/* on stack, not yet recorded */
		{	lpstate[is] = 1;
			reach[is] |= 8; /* recorded */
			if (state_tables && verbose)
			{	printf("state %d line %d is a loopstate\n", is, srcln[is]);
		}	}
		return;
	}
	reach[is] |= (4|16);	/* visited | onstack */
	for (z = trans[n][is]; z; z = z->nxt)
	{	t_id_lkup[z->t_id] = z;
#ifdef HAS_UNLESS
		int i, j;
#endif
		dfs_table(n, m, z->st, srcln, reach, lpstate);
#ifdef HAS_UNLESS
		for (i = 0; i < HAS_UNLESS; i++)
		{	j = trans[n][is]->escp[i];
			if (!j) break;
			dfs_table(n, m, j, srcln, reach, lpstate);
		}
#endif
	}
	reach[is] &= ~16; /* no longer on stack */
}
void
do_dfs(int n, int m, int is, short srcln[], uchar reach[], uchar lpstate[])
{	int i;
	dfs_table(n, m, is, srcln, reach, lpstate);
	for (i = 0; i < m; i++)
		reach[i] &= ~(4|8|16);
}
void
crack(int n, int j, Trans *z, short srcln[])
{	int i;

	if (!z) return;
	printf("	state %3d -(tr %3d)-> state %3d  ",
		j, z->forw, z->st);
	printf("[id %3d tp %3d", z->t_id, z->tpe[0]);
	if (z->tpe[1]) printf(",%d", z->tpe[1]);
#ifdef HAS_UNLESS
	if (z->e_trans)
		printf(" org %3d", z->e_trans);
	else if (state_tables >= 2)
	for (i = 0; i < HAS_UNLESS; i++)
	{	if (!z->escp[i]) break;
		printf(" esc %d", z->escp[i]);
	}
#endif
	printf("]");
	printf(" [%s%s%s%s%s] %s:%d => ",
		z->atom&6?"A":z->atom&32?"D":"-",
		accpstate[n][j]?"a" :"-",
		stopstate[n][j]?"e" : "-",
		progstate[n][j]?"p" : "-",
		z->atom & 8 ?"L":"G",
		PanSource, srcln[j]);
	for (i = 0; z->tp[i]; i++)
		if (z->tp[i] == '\n')
			printf("\\n");
		else
			putchar(z->tp[i]);
	if (verbose && z->qu[0])
	{	printf("\t[");
		for (i = 0; i < 6; i++)
			if (z->qu[i])
				printf("(%d,%d)",
				z->qu[i], z->ty[i]);
		printf("]");
	}
	printf("\n");
	fflush(stdout);
}
/* spin -a m.pml; cc -o pan pan.c; ./pan -D | dot -Tps > foo.ps; ps2pdf foo.ps */
void
dot_crack(int n, int j, Trans *z)
{	int i;

	if (!z) return;
	printf("	S%d -> S%d  [color=black", j, z->st);

	if (z->atom&6) printf(",style=dashed");
	else if (z->atom&32) printf(",style=dotted");
	else if (z->atom&8) printf(",style=solid");
	else printf(",style=bold");

	printf(",label=\"");
	for (i = 0; z->tp[i]; i++)
	{	if (z->tp[i] == '\\'
		&&  z->tp[i+1] == 'n')
		{	i++; printf(" ");
		} else
		{	putchar(z->tp[i]);
	}	}
	printf("\"];\n");
	if (accpstate[n][j]) printf("  S%d [color=red,style=bold];\n", j);
	else if (progstate[n][j]) printf("  S%d [color=green,style=bold];\n", j);
	if (stopstate[n][j]) printf("  S%d [color=blue,style=bold,shape=box];\n", j);
}

#ifdef VAR_RANGES
#define BYTESIZE	32	/* 2^8 : 2^3 = 256:8 = 32 */

typedef struct Vr_Ptr {
	char	*nm;
	uchar	vals[BYTESIZE];
	struct Vr_Ptr *nxt;
} Vr_Ptr;
Vr_Ptr *ranges = (Vr_Ptr *) 0;

void
logval(char *s, int v)
{	Vr_Ptr *tmp;

	if (v<0 || v > 255) return;
	for (tmp = ranges; tmp; tmp = tmp->nxt)
		if (!strcmp(tmp->nm, s))
			goto found;
	tmp = (Vr_Ptr *) emalloc(sizeof(Vr_Ptr));
	tmp->nxt = ranges;
	ranges = tmp;
	tmp->nm = s;
found:
	tmp->vals[(v)/8] |= 1<<((v)%8);
}

void
dumpval(uchar X[], int range)
{	int w, x, i, j = -1;

	for (w = i = 0; w < range; w++)
	for (x = 0; x < 8; x++, i++)
	{
from:		if ((X[w] & (1<<x)))
		{	printf("%d", i);
			j = i;
			goto upto;
	}	}
	return;
	for (w = 0; w < range; w++)
	for (x = 0; x < 8; x++, i++)
	{
upto:		if (!(X[w] & (1<<x)))
		{	if (i-1 == j)
				printf(", ");
			else
				printf("-%d, ", i-1);
			goto from;
	}	}
	if (j >= 0 && j != 255)
		printf("-255");
}

void
dumpranges(void)
{	Vr_Ptr *tmp;
	printf("\nValues assigned within ");
	printf("interval [0..255]:\n");
	for (tmp = ranges; tmp; tmp = tmp->nxt)
	{	printf("\t%s\t: ", tmp->nm);
		dumpval(tmp->vals, BYTESIZE);
		printf("\n");
	}
}
#endif
