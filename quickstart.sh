#!/usr/bin/env bash
# SPDX-License-Identifier: LGPL-2.1-or-later
#
# lazymb quickstart, on a fresh Debian (or Ubuntu) machine:
#   ./quickstart.sh demo    install what is missing, build, run lazymb-probe and a demo
#   ./quickstart.sh check   the same set-up, then the whole test suite
#                           (and make distcheck when CI is set)
# Installing needs root or sudo; otherwise the exact apt-get line is printed.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
cd "$here"
build=${LAZYMB_BUILD_DIR:-$here/build}
jobs=$(nproc 2>/dev/null || echo 2)

# Build and test dependencies, by Debian package name.
DEPS=(build-essential autoconf automake libtool pkg-config check liburcu-dev
      libatomic-ops-dev jq binutils)

say() { printf '\n==> %s\n' "$*"; }

missing_pkgs() {
	local p
	for p in "$@"; do
		dpkg-query -W -f='${Status}\n' "$p" 2>/dev/null | grep -q '^install ok installed$' ||
			printf '%s\n' "$p"
	done
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
	say "installing ${missing[*]}"
	$sudo env DEBIAN_FRONTEND=noninteractive apt-get update -q
	$sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
}

setup() {
	command -v dpkg-query >/dev/null 2>&1 && install_pkgs "${DEPS[@]}"
	if [ ! -x configure ] || [ configure.ac -nt configure ]; then
		say "bootstrapping (autoreconf)"
		autoreconf -fi
	fi
	mkdir -p "$build"
	if [ ! -f "$build/Makefile" ] || [ configure -nt "$build/config.status" ]; then
		say "configuring in $build"
		(cd "$build" && "$here/configure" ${LAZYMB_CONFIGURE_FLAGS:-})
	fi
	say "building"
	make -C "$build" -j"$jobs"
	make -C "$build" -j"$jobs" check TESTS= >/dev/null
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
	say "make check"
	local rc=0
	make -C "$build" -j"$jobs" check VERBOSE=1 || rc=$?
	say "test summaries"
	print_summaries "$build/tests"
	print_summaries "$build/examples"
	grep -E '^# (TOTAL|PASS|SKIP|XFAIL|FAIL|XPASS|ERROR)' "$build/test-suite.log" || true
	[ $rc -eq 0 ] || { echo "lazymb: make check failed" >&2; exit $rc; }
	if [ -n "${CI:-}" ]; then
		say "make distcheck"
		make -C "$build" -j"$jobs" distcheck
	fi
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
*)
	echo "usage: $0 demo|check" >&2
	exit 2
	;;
esac
