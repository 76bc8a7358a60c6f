#!/bin/sh
# SPDX-License-Identifier: LGPL-2.1-or-later
# SPDX-FileCopyrightText: 2026 The lazymb authors
#
# Model-check the algorithms the guarantees rest on (doc/guarantees.md,
# "Models"): each spin model must verify with no error, and each of its
# negative controls (the model with one step removed or reordered, chosen
# by a -D macro) must produce a counterexample. Exhaustive search (no
# bitstate), safety only (-DSAFETY: assertions and invalid end states),
# depth bound 100000 (a search that hits it fails), state vectors
# compressed (-DCOLLAPSE); each model takes a few seconds
# on one core, compilation included.
# SKIP (77) when spin or a C compiler is missing.

srcdir=${LAZYMB_TEST_SRCDIR:-$(cd "$(dirname "$0")/../.." && pwd)}
models=$srcdir/tests/model
cc=${CC:-cc}

if ! command -v spin >/dev/null 2>&1; then
	echo "SKIP: spin (Promela model checker, Debian package spin) is not installed"
	exit 77
fi
if ! command -v "$cc" >/dev/null 2>&1; then
	echo "SKIP: no C compiler ($cc) to build spin's verifiers"
	exit 77
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/lazymb-model.XXXXXX") || exit 99
trap 'rm -rf "$work"' EXIT
fail=0

# run MODEL EXPECT [SPIN_DEFINES...]; EXPECT: pass (no error, search
# complete) or cex (a counterexample).
run() {
	model=$1 expect=$2
	shift 2
	cp "$models/$model.pml" "$work/" || exit 99
	label="$model${*:+ $*}"
	t0=$(date +%s.%N)
	if ! (cd "$work" && rm -f pan pan.* ./*.trail &&
	      spin "$@" -a "$model.pml" >spin.out 2>&1 &&
	      "$cc" -O2 -w -DSAFETY -DCOLLAPSE -o pan pan.c >cc.out 2>&1 &&
	      ./pan -n -m100000 >pan.out 2>&1); then
		# pan exits 0 with errors too; a failure here is spin or cc.
		echo "FAIL: $label: spin or cc failed"
		cat "$work/spin.out" "$work/cc.out" 2>/dev/null
		fail=1
		return
	fi
	t1=$(date +%s.%N)
	out=$work/pan.out
	errors=$(sed -n 's/.*errors: \([0-9][0-9]*\).*/\1/p' "$out" | head -n 1)
	states=$(sed -n 's/^ *\([0-9][0-9]*\) states, stored.*/\1/p' "$out" | head -n 1)
	what=$(grep -m 1 -E '^pan:1?:' "$out" | sed 's/ (at depth.*//')
	secs=$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.2f", b - a }')
	case $expect in
	pass)
		if [ "$errors" = 0 ] && ! grep -qE 'Search not completed|max search depth too small' "$out"; then
			echo "PASS: $label: verified, $states states, ${secs}s"
		else
			echo "FAIL: $label: expected no error, got: ${what:-errors: $errors}"
			cat "$out"
			fail=1
		fi ;;
	cex)
		if [ -n "$errors" ] && [ "$errors" -gt 0 ]; then
			echo "PASS: $label (control): counterexample found as required: $what, $states states, ${secs}s"
		else
			echo "FAIL: $label (control): no counterexample: the model does not see the step it should need"
			cat "$out"
			fail=1
		fi ;;
	esac
}

echo "spin: $(spin -V 2>&1 | head -n 1)"
run rcu_x86 pass
run rcu_x86 cex -DNO_HEAVY_FENCE
run rcu_x86 cex -DREORDER_LIGHT
run rcu_x86 cex -DNO_SLEEP_FENCE
run rcu_weak pass
run rcu_weak cex -DRELAXED_UNLOCK
run rcu_weak cex -DNO_HEAVY_FENCE
run combine pass
run combine pass -DNCALLERS=2 -DNCALLS=2
run combine cex -DACCEPT_EQUAL
run jit_breakpoint pass
run jit_breakpoint cex -DNO_SEQ_REREAD
exit $fail
