#!/bin/sh
# SPDX-License-Identifier: LGPL-2.1-or-later
# lazymb_fence_light() emits no instruction: the disassembly of a function
# using it holds no fence and no locked instruction. Negative control: the
# same check flags the twin function that uses a seq_cst fence.
set -eu
b=${LAZYMB_TEST_BUILDDIR:-.}
bin="$b/tests/light_fence_fn"
OBJDUMP=${OBJDUMP:-objdump}
command -v "$OBJDUMP" >/dev/null 2>&1 || { echo "SKIP: no objdump"; exit 77; }
case $("$OBJDUMP" -f "$bin" | sed -n 's/.*file format //p') in
*x86-64*)  fences='mfence|lfence|sfence|lock|xchg|serialize' ;;
*powerpc*) fences='[[:space:]](sync|lwsync|hwsync|isync|eieio)([[:space:]]|$)' ;;
*aarch64*) fences='[[:space:]](dmb|dsb|isb)[[:space:]]' ;;
*) echo "SKIP: no fence pattern for this arch"; exit 77 ;;
esac
body() { "$OBJDUMP" -d --no-show-raw-insn "$bin" | awk -v f="<$1>:" '$2 == f { on = 1; next } on && /^$/ { exit } on'; }
light=$(body lz_with_light_fence)
strong=$(body lz_with_seq_cst_fence)
[ -n "$light" ] && [ -n "$strong" ] || { echo "FAIL: functions not found in $bin"; exit 1; }
fail=0
if printf '%s\n' "$light" | grep -Eq "$fences"; then
	echo "FAIL: lazymb_fence_light() emitted a fence:"; printf '%s\n' "$light"; fail=1
fi
if ! printf '%s\n' "$strong" | grep -Eq "$fences"; then
	echo "FAIL: the control's seq_cst fence was not found: the check cannot fail"; printf '%s\n' "$strong"; fail=1
fi
[ $fail -eq 0 ] && echo "light-fence-disasm: 1 passed, 0 failed" || echo "light-fence-disasm: 0 passed, 1 failed"
exit $fail
