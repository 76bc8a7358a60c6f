#!/usr/bin/env bash
# SPDX-License-Identifier: LGPL-2.1-or-later
#
# lazymb quickstart, on a fresh Debian (or Ubuntu) machine:
#   ./quickstart.sh demo    install what is missing, build, run lazymb-probe and a demo
#   ./quickstart.sh check   the same set-up, then the whole test suite
#                           (with CI set: also distcheck, the cross suites,
#                           ASan/UBSan and valgrind)
#   ./quickstart.sh cross   the suite cross-built for powerpc64le and aarch64,
#                           run under qemu-user
#   ./quickstart.sh sanitize  the suite under ASan+UBSan, valgrind and TSan
# Each stage prints one line with its time; its whole output goes to
# build-logs/, and the tail of it is shown if the stage fails. With -v
# (./quickstart.sh -v check) everything is shown as it comes.
# Installing needs root or sudo; otherwise the exact apt-get line is printed.
set -euo pipefail

verbose=${LAZYMB_VERBOSE:-}
args=()
for a in "$@"; do
	case $a in
	-v|--verbose) verbose=1 ;;
	*) args+=("$a") ;;
	esac
done
set -- "${args[@]+"${args[@]}"}"

here=$(cd "$(dirname "$0")" && pwd)
cd "$here"
build=${LAZYMB_BUILD_DIR:-$here/build}
jobs=$(nproc 2>/dev/null || echo 2)

# Build and test dependencies, by Debian package name.
DEPS=(build-essential autoconf automake libtool pkg-config check liburcu-dev
      libatomic-ops-dev jq binutils abigail-tools spin g++ clang man-db groff-base mandoc
      libck-dev)

say() { printf '\n==> %s\n' "$*"; }

# step LABEL CMD...: run CMD as one stage: one line with its time, or, with
# -v, a heading and all its output. Returns CMD's status.
logs=$here/build-logs
step_n=0
step() {
	local label=$1 t0=$SECONDS rc=0 log
	shift
	if [ -n "$verbose" ]; then
		say "$label"
		"$@" || rc=$?
		return $rc
	fi
	step_n=$((step_n + 1))
	mkdir -p "$logs"
	log=$logs/$(printf '%02d-%s' "$step_n" "$label" | tr -c 'A-Za-z0-9._-' '_').log
	printf '==> %s ... ' "$label"
	"$@" >"$log" 2>&1 </dev/null || rc=$?
	if [ $rc -eq 0 ]; then
		printf 'done (%d s)\n' $((SECONDS - t0))
	else
		printf 'FAILED (exit %d, %d s)\n' $rc $((SECONDS - t0))
		echo "---- the last 60 lines of $log ----"
		tail -n 60 "$log"
		echo "---- end of $log ----"
	fi
	return $rc
}

# failed_logs DIR: the end of the log of every test that failed in DIR.
failed_logs() {
	local trs
	for trs in $(grep -lE '^:test-result: (FAIL|ERROR|XPASS)' $(find "$1" -name '*.trs') 2>/dev/null); do
		echo "---- ${trs%.trs}.log (end) ----"
		tail -n 40 "${trs%.trs}.log" 2>/dev/null || true
	done
}

missing_pkgs() {
	local p
	for p in "$@"; do
		dpkg-query -W -f='${Status}\n' "$p" 2>/dev/null | grep -q '^install ok installed$' ||
			printf '%s\n' "$p"
	done
}

as_root() {
	if [ "$(id -u)" -eq 0 ]; then
		"$@"
	elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
		sudo "$@"
	else
		echo "lazymb: needs root or sudo: $*" >&2
		exit 1
	fi
}

# add_arch DEBARCH: enable a multiarch architecture (for target libraries).
add_arch() {
	dpkg --print-foreign-architectures | grep -qx "$1" && return 0
	step "dpkg --add-architecture $1" add_arch_now "$1"
}
add_arch_now() {
	as_root dpkg --add-architecture "$1"
	as_root env DEBIAN_FRONTEND=noninteractive apt-get update -q
}

# install_pkgs PKG...: apt-get install what is missing, as root or via sudo.
install_pkgs() {
	local missing
	mapfile -t missing < <(missing_pkgs "$@")
	[ ${#missing[@]} -eq 0 ] && return 0
	local sudo=""
	if [ "$(id -u)" -ne 0 ]; then
		if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
			sudo=sudo
		else
			echo "lazymb: missing packages: ${missing[*]}" >&2
			echo "lazymb: run as root, or install them with:" >&2
			echo "  sudo apt-get update && sudo apt-get install -y ${missing[*]}" >&2
			exit 1
		fi
	fi
	step "installing ${missing[*]}" apt_install $sudo "${missing[@]}"
}
apt_install() {
	local sudo=
	[ "$1" = sudo ] && { sudo=sudo; shift; }
	$sudo env DEBIAN_FRONTEND=noninteractive apt-get update -q
	$sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "$@"
}

setup() {
	command -v dpkg-query >/dev/null 2>&1 && install_pkgs "${DEPS[@]}"
	if [ ! -x configure ] || [ configure.ac -nt configure ]; then
		step "bootstrapping (autoreconf)" autoreconf -fi
	fi
	mkdir -p "$build"
	if [ ! -f "$build/Makefile" ] || [ configure -nt "$build/config.status" ]; then
		step "configuring in $build" configure_in "$build" ${LAZYMB_CONFIGURE_FLAGS:-}
	fi
	step "building" build_in "$build"
}
# configure_in DIR ARGS...: configure in DIR.
configure_in() {
	local dir=$1
	shift
	(cd "$dir" && "$here/configure" "$@")
}
# build_in DIR: the library, the tools and every test program.
build_in() {
	make -C "$1" -j"$jobs"
	make -C "$1" -j"$jobs" check TESTS=
}

# Print each test's summary lines (Check's "N%: Checks: ..." and ours).
print_summaries() {
	local dir=$1 log
	for log in $(find "$dir" -name '*.log' ! -name 'test-suite.log' ! -name 'config.log' | sort); do
		grep -hE '^[0-9]+%: Checks:|passed, [0-9]+ failed|^SKIP:' "$log" 2>/dev/null |
			sed "s|^|  $(basename "$log" .log): |" || true
	done
}

run_demo() {
	say "lazymb-probe"
	"$build/lazymb-probe"
	for d in jit-demo fence-demo; do
		if [ -x "$build/examples/$d" ]; then
			say "examples/$d"
			"$build/examples/$d"
		fi
	done
}

run_check() {
	local rc=0
	step "make check" make -C "$build" -j"$jobs" check VERBOSE=1 || rc=$?
	[ $rc -eq 0 ] || failed_logs "$build"
	say "test summaries"
	print_summaries "$build/tests"
	print_summaries "$build/examples"
	grep -E '^# (TOTAL|PASS|SKIP|XFAIL|FAIL|XPASS|ERROR)' "$build/test-suite.log" || true
	[ $rc -eq 0 ] || { echo "lazymb: make check failed" >&2; exit $rc; }
	if [ -n "${CI:-}" ]; then
		local t0=$SECONDS
		step "make distcheck" make -C "$build" -j"$jobs" distcheck
		run_cross || rc=1
		SAN_SUMMARY=()
		run_asan || rc=1
		run_valgrind || rc=1
		say "CI summary"
		counts "native" "$build/test-suite.log"
		printf '%s\n' "${CROSS_SUMMARY[@]}" "${SAN_SUMMARY[@]}"
		echo "extra CI stages took $((SECONDS - t0)) s"
		[ $rc -eq 0 ] || { echo "lazymb: CI stages failed" >&2; exit $rc; }
	fi
}

# Count a finished make check: "<label>: PASS n FAIL n SKIP n ...".
counts() {
	local label=$1 log=$2
	printf '%s: ' "$label"
	if [ -f "$log" ]; then
		grep -E '^# (PASS|FAIL|SKIP|XFAIL|ERROR):' "$log" | sed 's/^# //' | tr -s ' ' | tr '\n' ' '
		echo
	else
		echo "no test-suite.log"
	fi
}

# The Check suites and examples; the shell tests check the host build.
SUITE_BINARIES="tests/check_membarrier tests/check_caps tests/check_headers tests/check_fence tests/check_rounds
	tests/check_rcu tests/check_rcu_life tests/check_rcu_sched tests/check_jit tests/check_jit_life
	examples/fence-demo examples/jit-demo"

# cross ARCH: configure --host in its own folder, build, run under qemu-user,
# then again with the signal fallbacks forced.
cross_one() {
	local arch=$1 triplet debarch qemu dir rc=0
	case $arch in
	ppc64le) triplet=powerpc64le-linux-gnu debarch=ppc64el qemu=qemu-ppc64le ;;
	aarch64) triplet=aarch64-linux-gnu debarch=arm64 qemu=qemu-aarch64 ;;
	esac
	add_arch "$debarch"
	install_pkgs qemu-user "gcc-$triplet" "libc6-dev-$debarch-cross" "check:$debarch"
	dir=$here/build-cross-$arch
	mkdir -p "$dir"
	if [ ! -f "$dir/Makefile" ] || [ configure -nt "$dir/config.status" ]; then
		step "configuring $arch in $dir" env PKG_CONFIG_LIBDIR=/usr/lib/$triplet/pkgconfig:/usr/share/pkgconfig \
			bash -c 'cd "$1" && shift && exec "$@"' cd "$dir" \
			"$here/configure" --host="$triplet" --disable-shared || return 1
	fi
	step "building for $arch" build_in "$dir" || return 1
	local env=(TEST_WRAPPER="$here/tests/qemu-run.sh" LAZYMB_QEMU="$qemu" LAZYMB_QEMU_PREFIX=/)  # the multiarch libc6:$debarch that check:$debarch brings: the cross ld.so with it smashes the stack
	step "$arch: the suite under $qemu" \
		make -C "$dir" -j"$jobs" check "${env[@]}" TESTS="$SUITE_BINARIES tests/light-fence-disasm.sh" || rc=1
	cp "$dir/test-suite.log" "$dir/cross-default.log" 2>/dev/null || true
	step "$arch: again with LAZYMB_FENCE=signal LAZYMB_SYNC_CORE=signal" \
		env LAZYMB_FENCE=signal LAZYMB_SYNC_CORE=signal \
		make -C "$dir" -j"$jobs" check "${env[@]}" TESTS="tests/check_caps examples/fence-demo examples/jit-demo" || rc=1
	cp "$dir/test-suite.log" "$dir/cross-signal.log" 2>/dev/null || true
	CROSS_SUMMARY+=("$(counts "cross $arch" "$dir/cross-default.log")")
	CROSS_SUMMARY+=("$(counts "cross $arch (signal forced)" "$dir/cross-signal.log")")
	return $rc
}

run_cross() {
	local rc=0 a
	CROSS_SUMMARY=()
	for a in ppc64le aarch64; do
		cross_one "$a" || rc=1
	done
	say "cross summary"
	printf '%s\n' "${CROSS_SUMMARY[@]}"
	return $rc
}

# sanitize_one NAME CFLAGS [make check arguments]: its own build folder.
sanitize_one() {
	local name=$1 flags=$2 dir=$here/build-$1 rc=0
	shift 2
	mkdir -p "$dir"
	if [ ! -f "$dir/Makefile" ] || [ configure -nt "$dir/config.status" ]; then
		step "configuring $name in $dir" configure_in "$dir" --disable-shared \
			CFLAGS="-O1 -g $flags" LDFLAGS="$flags" || return 1
	fi
	step "building under $name" build_in "$dir" || return 1
	step "make check under $name" make -C "$dir" -j"$jobs" check "$@" || rc=1
	SAN_SUMMARY+=("$(counts "$name" "$dir/test-suite.log")")
	return $rc
}

# -fno-sanitize=null: in this static build, gcc 12 -O1 tests the address of
# the thread-local lazymb__rcu_tls for NULL with the flags of an
# "add x@gottpoff(%rip)", and ld relaxes that add into a lea, which sets
# no flags: UBSan then reports a null member access that is not there
# (the address is %fs-relative, never 0). ASan still catches real NULL
# dereferences (they fault).
UBSAN_NO_NULL=-fno-sanitize=null
run_asan() {
	# halt_on_error: the first report fails the test.
	ASAN_OPTIONS=halt_on_error=1:detect_leaks=1 UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 \
		sanitize_one asan "-fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer $UBSAN_NO_NULL" \
		TESTS="$SUITE_BINARIES tests/check_urcu_flavor examples/rcu-hash examples/alloc-fence
			tests/check_trap_race tests/check_hazptr examples/hazptr-stack"
}

run_valgrind() {
	install_pkgs valgrind
	# Not examples/fence-demo nor tests/check_fence: their litmus tests
	# spin-wait between two threads round after round, and valgrind runs
	# one thread at a time, so they take many minutes (check_fence did not
	# finish in 5). They run natively, under ASan+UBSan and under qemu.
	local t=${SUITE_BINARIES/examples\/fence-demo/}
	# Not check_jit_life either: its fork storms' children exit through
	# valgrind's leak check of the parent's copied state (exit 3).
	t=${t/tests\/check_jit_life/}
	sanitize_one valgrind "" TEST_WRAPPER="$here/tests/valgrind-run.sh" \
		TESTS="${t/tests\/check_fence/}"
}

run_tsan() {
	# TSan sees C11 atomics and locks, not membarrier IPIs or signal
	# handlers that fence: the heavy fence orders plain accesses it
	# cannot follow. It runs the tests whose synchronization is all in
	# atomics and locks; excluded: check_fence, check_rcu, check_jit and
	# the examples (their ordering comes from the heavy fence or from
	# sync_core by design), check_membarrier (interposes syscall()).
	TSAN_OPTIONS=halt_on_error=1 sanitize_one tsan "-fsanitize=thread" \
		TESTS="tests/check_caps tests/check_headers"
}

run_sanitize() {
	local rc=0
	SAN_SUMMARY=()
	run_asan || rc=1
	run_valgrind || rc=1
	run_tsan || rc=1
	say "sanitizer summary"
	printf '%s\n' "${SAN_SUMMARY[@]}"
	return $rc
}

case ${1:-} in
demo)
	setup
	run_demo
	;;
check)
	setup
	run_check
	;;
cross)
	setup
	run_cross
	;;
sanitize)
	setup
	run_sanitize
	;;
*)
	echo "usage: $0 demo|check|cross|sanitize" >&2
	exit 2
	;;
esac
