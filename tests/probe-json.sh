#!/bin/sh
# SPDX-License-Identifier: LGPL-2.1-or-later
# lazymb-probe --json prints one valid JSON document, whatever other flags
# come with it (every combination of --bench, --verify, --stats, --version,
# --help), with fields of plain meaning: booleans for availability, errno
# names for refusals, CPU features by name. --bench shows each strategy's
# cost, also with membarrier blocked by a seccomp filter.
set -eu
b=${LAZYMB_TEST_BUILDDIR:-.}
probe="${LAZYMB_TEST_WRAPPER:-} $b/lazymb-probe"
command -v jq >/dev/null 2>&1 || { echo "SKIP: probe-json: no jq to validate JSON"; exit 77; }
d=$(mktemp -d); trap 'rm -rf "$d"' EXIT
pass=0 fail=0
ok() { pass=$((pass + 1)); }
bad() { echo "FAIL: $*"; fail=$((fail + 1)); }

# expect FILE JQ-EXPR WHAT: FILE holds exactly one JSON value and EXPR holds.
expect() {
	if [ "$(jq -s length "$1" 2>/dev/null)" != 1 ]; then
		bad "$3: not one JSON document:"; sed 's/^/    /' "$1" | head -20; return
	fi
	if jq -e "$2" "$1" >/dev/null; then ok; else bad "$3: $2"; fi
}

# The validator catches what it must: broken JSON, and two documents.
printf '{"arch": "x86_64",}\n' > "$d/x"
! jq -e . "$d/x" >/dev/null 2>&1 || bad "jq accepted broken JSON"
printf '{}\n{}\n' > "$d/x"
[ "$(jq -s length "$d/x")" = 2 ] || bad "jq -s did not count two documents"

# The report's fields and their types.
caps='(.probe_version|type=="string") and (.library_version == .probe_version) and
      (.arch|type=="string") and (.kernel_release|type=="string") and
      (.cpu_features|type=="array") and all(.cpu_features[]; type=="string") and
      (.cpu_features_mask|type=="number") and
      (.query.available|type=="boolean") and
      (.query.error == null or (.query.error|test("^E[A-Z0-9]+$"))) and
      (.kernel_registrations.available|type=="boolean") and
      (.registered|type=="array") and (.commands|length==10) and
      all(.commands[]; (.supported|type=="boolean") and
          ((has("refused")|not) or .refused == null or (.refused|test("^E[A-Z0-9]+$")))) and
      (.init.ok|type=="boolean") and (.fence.available|type=="boolean") and
      (.fence.strategy|type=="string") and (.sync_core.reason|type=="string") and
      (.fence_heavy_cpu.available|type=="boolean")'
bench='(.bench.strategies|length==7) and
       all(.bench.strategies[]; (.available|type=="boolean") and
           (.available == false or (.alone_ns|type=="number"))) and
       ([.bench.strategies[] | select(.selected and .op=="fence")] | length == 1) and
       ([.bench.strategies[] | select(.selected and .op=="fence")][0].available) and
       (.bench.syscalls|length==7) and
       all(.bench.syscalls[]; .available == (.error == null))'
verify='(.verify.checks|length==7) and (.verify.ok|type=="boolean") and
        (.verify.summary|type=="string")'
stats='(.stats.heavy_issued > 0)'

# Every combination of the three sections (the default report first).
for bn in 0 1; do for vn in 0 1; do for sn in 0 1; do
	args="--json" want=$caps
	[ $bn = 1 ] && args="$args --bench" && want="$want and $bench"
	[ $vn = 1 ] && args="$args --verify" && want="$want and $verify"
	[ $sn = 1 ] && args="$args --stats" && want="$want and $stats"
	[ $vn = 0 ] && want="$want and (has(\"verify\")|not)"
	[ $bn = 0 ] && want="$want and (has(\"bench\")|not)"
	secs=""
	{ [ $vn = 1 ] || [ $sn = 1 ]; } && secs="--seconds 0.5"
	st=0; $probe $args $secs > "$d/out.json" 2> "$d/err" || st=$?
	# --verify may exit 1 (INCONCLUSIVE on a busy machine): still one document.
	[ $st -le 1 ] || bad "$args: exit $st: $(cat "$d/err")"
	expect "$d/out.json" "$want" "lazymb-probe $args $secs"
	echo "  lazymb-probe $args $secs: exit $st, one document"
done; done; done
# --version and --help answer alone, as one document too, whatever follows.
for extra in "" "--bench" "--verify --stats"; do
	$probe --json --version $extra > "$d/v.json"
	expect "$d/v.json" '.probe_version == .library_version and (.probe_version|test("^[0-9]+\\.[0-9]+\\.[0-9]+$"))' "--json --version $extra"
	$probe --json --help $extra > "$d/h.json"
	expect "$d/h.json" '.usage|test("--bench")' "--json --help $extra"
done
$probe --version | grep -q "^lazymb-probe [0-9.]* (library [0-9.]*)$" && ok || bad "--version text"

# Membarrier blocked by seccomp: the report says so with errno names, and
# --bench measures the signal fallback lazymb uses instead.
if [ -x "$b/tests/no-membarrier" ]; then
	st=0; "$b/tests/no-membarrier" EPERM $probe --json --bench > "$d/sec.json" 2> "$d/err" || st=$?
	if [ $st -eq 125 ]; then
		echo "  note: cannot install a seccomp filter here: $(cat "$d/err")"
	else
		expect "$d/sec.json" "$caps and $bench and .query.available == false and
			.query.error == \"EPERM\" and .fence.strategy == \"signal\" and
			([.bench.strategies[] | select(.strategy==\"membarrier\")] | all(.available == false)) and
			([.bench.strategies[] | select(.op==\"fence\" and .strategy==\"signal\")][0] |
			 .selected and .alone_ns > 0) and
			all(.bench.syscalls[]; .error == \"EPERM\")" "seccomp EPERM --json --bench"
		"$b/tests/no-membarrier" EPERM $probe --bench > "$d/sec.txt"
		grep -q '^\* fence  *signal  *[0-9]' "$d/sec.txt" && ok ||
			{ bad "seccomp --bench text: no measured signal row"; cat "$d/sec.txt"; }
	fi
fi

# The human report and bad usage.
$probe | grep -q 'heavy fence:' && ok || bad "human report"
! $probe --no-such-option 2>/dev/null && ok || bad "bad option accepted"
! $probe --seconds 1 2>/dev/null && ok || bad "--seconds without --verify/--stats accepted"

echo "probe-json: $pass passed, $fail failed"
[ $fail -eq 0 ]
