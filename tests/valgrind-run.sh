#!/bin/sh
# SPDX-License-Identifier: LGPL-2.1-or-later
# LOG_COMPILER for ./quickstart.sh sanitize: one test under valgrind
# memcheck, failing on any error and on definite leaks. --smc-check=all:
# the JIT tests run code they rewrite. Controls skip (valgrind runs one
# thread at a time, nothing reorders) and rounds shrink (LAZYMB_TEST_*).
set -eu
# Check's per-test timeouts, stretched for the slower machine.
CK_TIMEOUT_MULTIPLIER=5
export CK_TIMEOUT_MULTIPLIER
LAZYMB_TEST_VALGRIND=1 LAZYMB_TEST_QUICK=1
export LAZYMB_TEST_VALGRIND LAZYMB_TEST_QUICK
case $(basename "$1") in
*.sh) exec "${SHELL:-/bin/sh}" "$@" ;;
# It re-executes itself with this set when it can; here it cannot.
check_membarrier) LAZYMB_REGISTER=lazy; export LAZYMB_REGISTER ;;
esac
exec valgrind -q --error-exitcode=3 --leak-check=full --errors-for-leak-kinds=definite \
	--show-leak-kinds=definite --smc-check=all --child-silent-after-fork=yes "$@"
