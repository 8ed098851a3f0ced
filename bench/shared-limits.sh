#!/usr/bin/env bash
# Rate limits shared by LLM worker processes through PostgreSQL (llm-worker/README.md, "Shared limits"),
# at full size: worker processes (the production call path: limits, adaptive concurrency, retries,
# langchain4j's OpenAI client) share 600 requests a minute against a fake provider answering in 200 ms;
# 3,000 calls take about five minutes per run. Prints, per run, the most requests the provider saw in any
# minute and the rate; then calls per CPU-second of the workers with 1, 2 and 4 processes; then the cost of
# one permit. The database is an embedded PostgreSQL started by the benchmark.
# Knobs: CALLS (3000), LIMIT (600), WINDOW_MS (60000), MARGIN_MS (1000), ADHERENCE ("1 3": worker counts),
# CPU ("1 2 4"), CPU_CALLS (6000), CPU_LIMIT (100000), SKIP (any of adherence, cpu, permit).
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
CALLS="${CALLS:-3000}"
LIMIT="${LIMIT:-600}"
WINDOW_MS="${WINDOW_MS:-60000}"
MARGIN_MS="${MARGIN_MS:-1000}"
ADHERENCE="${ADHERENCE:-1 3}"
CPU="${CPU:-1 2 4}"
CPU_CALLS="${CPU_CALLS:-6000}"
CPU_LIMIT="${CPU_LIMIT:-100000}"
SKIP="${SKIP:-}"
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"

cd "$ROOT"
./mvnw -B -ntp -q -pl llm-worker -am test-compile dependency:build-classpath -Dstudio.skip=true \
  -Dmdep.outputFile=target/classpath.txt -Dmdep.includeScope=test
# the classes are copied so that a build in the worktree meanwhile cannot pull them from under the processes
CLASSES="$(mktemp -d)"
trap 'rm -rf "$CLASSES"' EXIT
cp -r llm-worker/target/test-classes "$CLASSES/test-classes"
cp -r llm-worker/target/classes "$CLASSES/classes"
CP="$CLASSES/test-classes:$CLASSES/classes:$(cat llm-worker/target/classpath.txt)"
run() { "$JAVA_HOME/bin/java" -cp "$CP" dev.dakora.llm.bench.SharedLimitBenchmark "$@"; }

echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
if [[ " $SKIP " != *" adherence "* ]]; then
  for workers in $ADHERENCE; do run adherence "$workers" "$CALLS" "$LIMIT" "$WINDOW_MS" "$MARGIN_MS"; done
fi
if [[ " $SKIP " != *" cpu "* ]]; then
  for workers in $CPU; do run cpu "$workers" "$CPU_CALLS" "$CPU_LIMIT" "$WINDOW_MS" "$MARGIN_MS"; done
fi
if [[ " $SKIP " != *" permit "* ]]; then
  run permit 1 5000
  run permit 4 10000
fi
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
