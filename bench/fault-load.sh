#!/usr/bin/env bash
# The fault scenarios of fault-tests with a bigger batch: every role a process of its own (and the
# standalone), each killed with kill -9 in the middle of a batch of ROWS rows x 2 models, then audited.
# Prints the per-scenario lines of fault-tests/target/fault-logs/summary.txt (where the kill landed,
# recovery times, audited totals); the processes' logs are next to it.
# Knobs: ROWS (2000), LATENCY (fake provider answer time, ms, 200), SCENARIOS (failsafe's it.test,
# default every scenario: '*FaultIT'), FINISH_TIMEOUT_S (longest wait for a batch, 900).
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
ROWS="${ROWS:-2000}"
LATENCY="${LATENCY:-200}"
SCENARIOS="${SCENARIOS:-*FaultIT}"
FINISH_TIMEOUT_S="${FINISH_TIMEOUT_S:-900}"
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"

rm -f "$ROOT/fault-tests/target/fault-logs/summary.txt"
status=0
(cd "$ROOT" && ./mvnw -B -ntp -pl fault-tests -am verify -Dstudio.skip=true -Pfault-known-failing \
  -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false -Dit.test="$SCENARIOS" \
  -Ddakora.fault.rows="$ROWS" -Ddakora.fault.latency-ms="$LATENCY" \
  -Ddakora.fault.finish-timeout-s="$FINISH_TIMEOUT_S") || status=$?
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
cat "$ROOT/fault-tests/target/fault-logs/summary.txt" 2>/dev/null || echo "no scenario finished"
exit "$status"
