#!/bin/sh
# SPDX-License-Identifier: LGPL-2.1-or-later
# lazymb-probe --json prints one valid JSON object with the expected keys,
# and the human report names the chosen strategies.
set -eu
b=${LAZYMB_TEST_BUILDDIR:-.}
out=$(mktemp); trap 'rm -f "$out"' EXIT
${LAZYMB_TEST_WRAPPER:-} "$b/lazymb-probe" --json > "$out"
if command -v jq >/dev/null 2>&1; then
	jq -e '.arch and .kernel_release and (.query|type=="number") and
	       (.commands|length==10) and .fence.strategy and .sync_core.reason' "$out" >/dev/null
elif command -v python3 >/dev/null 2>&1; then
	python3 - "$out" <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
assert d["arch"] and d["kernel_release"] and isinstance(d["query"], int)
assert len(d["commands"]) == 10 and d["fence"]["strategy"] and d["sync_core"]["reason"]
PY
else
	echo "SKIP: probe-json: neither jq nor python3 to validate JSON"; exit 77
fi
# Broken JSON must be caught by the same validator (the check can fail).
printf '{"arch": "x86_64",}\n' > "$out"
if command -v jq >/dev/null 2>&1; then
	! jq -e . "$out" >/dev/null 2>&1
else
	! python3 -c 'import json,sys; json.load(open(sys.argv[1]))' "$out" 2>/dev/null
fi
${LAZYMB_TEST_WRAPPER:-} "$b/lazymb-probe" | grep -q 'heavy fence:'
! ${LAZYMB_TEST_WRAPPER:-} "$b/lazymb-probe" --no-such-option 2>/dev/null
echo "probe-json: 1 passed, 0 failed"
