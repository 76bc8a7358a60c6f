#!/bin/sh
# SPDX-License-Identifier: LGPL-2.1-or-later
# make install puts every piece where users look for it (headers, the
# library with its soname, pkg-config files, man pages, lazymb-probe), and
# make uninstall takes all of it away again (only empty folders remain).
set -eu
b=${LAZYMB_TEST_BUILDDIR:-.}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
${MAKE:-make} -s -C "$b" install DESTDIR="$tmp" >"$tmp.log" 2>&1 || {
	cat "$tmp.log"; rm -f "$tmp.log"; echo "install-uninstall: 0 passed, 1 failed"; exit 1; }
rm -f "$tmp.log"
fail=0
need() {
	found=$(find "$tmp" -path "*$1" | head -n 1)
	[ -n "$found" ] || { echo "FAIL: not installed: $1"; fail=1; }
}
need /include/lazymb/lazymb.h
need /include/lazymb/fence.h
need /include/lazymb/rcu.h
need /include/lazymb/jit.h
need /pkgconfig/lazymb.pc
need /man/man3/lazymb_fence_heavy.3
need /man/man7/lazymb.7
need /man/man1/lazymb-probe.1
need /bin/lazymb-probe
if grep -q '^#define HAVE_URCU' "$b/config.h" 2>/dev/null || [ -e "$b/liblazymb-urcu.la" ]; then
	need /pkgconfig/lazymb-urcu.pc
	need /include/lazymb/urcu-flavor.h
fi
so=$(find "$tmp" -name 'liblazymb.so.*' | head -n 1)
if [ -e "$b/.libs/liblazymb.so" ]; then
	[ -n "$so" ] || { echo "FAIL: liblazymb.so.* not installed"; fail=1; }
fi
${MAKE:-make} -s -C "$b" uninstall DESTDIR="$tmp" >/dev/null 2>&1 || { echo "FAIL: make uninstall"; fail=1; }
left=$(find "$tmp" -type f -o -type l)
[ -z "$left" ] || { echo "FAIL: left after make uninstall:"; echo "$left"; fail=1; }
[ $fail -eq 0 ] && echo "install-uninstall: 1 passed, 0 failed" || echo "install-uninstall: 0 passed, 1 failed"
exit $fail
