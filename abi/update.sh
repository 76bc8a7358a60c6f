#!/bin/sh
# SPDX-License-Identifier: LGPL-2.1-or-later
#
# Regenerate the ABI baseline (abi/<host_cpu>/*.abi) from a build of this
# tree: abi/update.sh [BUILDDIR] (default: build). Only when the ABI changes
# on purpose: see doc/release.md, "Checking the ABI".
#
# The build must be shared (the default) and carry debug info (-g, the
# default CFLAGS "-g -O2"). The baseline keeps only what the exported
# symbols reach, without source paths, locations or DT_NEEDED, so it does
# not depend on where or with which compiler it was built.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
b=${1:-$here/../build}
command -v abidw >/dev/null 2>&1 || { echo "abi/update.sh: abidw not found (Debian: abigail-tools)" >&2; exit 1; }
[ -f "$b/Makefile" ] || { echo "abi/update.sh: $b is not a configured build folder" >&2; exit 1; }
cpu=$(sed -n 's/^host_cpu = //p' "$b/Makefile")
mkdir -p "$here/$cpu"
n=0
for lib in liblazymb liblazymb-urcu; do
	so=$b/.libs/$lib.so
	if [ ! -e "$so" ]; then
		echo "abi/update.sh: $so not built: baseline of $lib left as it is" >&2
		continue
	fi
	if ! readelf -S "$so" | grep -q '\.debug_info'; then
		echo "abi/update.sh: $so has no debug info: configure with CFLAGS='-g -O2'" >&2
		exit 1
	fi
	abidw --no-corpus-path --no-comp-dir-path --no-show-locs --no-elf-needed \
		--exported-interfaces-only --type-id-style hash "$so" |
		# The translation units' names, relative to the build folder:
		# keep only the part inside the source tree.
		sed -E "s|( path=')[^']*/(lib/[^']*')|\1\2|" > "$here/$cpu/$lib.abi.tmp"
	mv "$here/$cpu/$lib.abi.tmp" "$here/$cpu/$lib.abi"
	echo "abi/update.sh: wrote abi/$cpu/$lib.abi ($(objdump -p "$so" | awk '/SONAME/ {print $2}'))"
	n=$((n + 1))
done
[ $n -gt 0 ] || { echo "abi/update.sh: no shared library in $b/.libs" >&2; exit 1; }
