#!/usr/bin/env bash
# Pipeline benchmarks against the standalone, loopback only, bounded in time.
# Starts a fake OpenAI-compatible provider (FakeOpenAiProvider, LATENCY ms per answer) and ./dakora on a
# fresh data directory and its own ports, then runs:
#   1. overhead: synchronous compares on echo (0 ms), CONCURRENCY clients one request after another,
#      OVERHEAD_REQUESTS measured after OVERHEAD_WARMUP (PipelineOverhead): p50/p99;
#   2. throughput: after THROUGHPUT_WARMUP rows of warm-up batches, BATCHES batches of ROWS rows x MODELS
#      against the fake provider, each submit to completed (PipelineThroughput): calls/s and the highest
#      heap use seen.
# Prints the ready line, memory and the load average next to each result.
# Knobs: PORT (24341; below the ephemeral port range, so no client socket holds it), FAKE_PORT (24351), LATENCY (200), CONCURRENCY ("1 4"), OVERHEAD_REQUESTS (2000),
# OVERHEAD_WARMUP (3000), ROWS (10000), THROUGHPUT_WARMUP (rows of unmeasured batches first, 50000: the rate climbs for about
# 100,000 calls while the JIT compiles), BATCHES (measured batches, 3), MODELS (fake/bench-a,fake/bench-b), DAKORA_HEAP (512m), SKIP (overhead|throughput),
# TRACE (set: per-hop times of the last overhead run, PipelineTrace; with CONCURRENCY=1 also the HTTP ends;
# it switches the topics to broker append times, which slowed the batch submission tenfold: use SKIP=throughput with it), EXTRA_ARGS (more arguments for ./dakora, e.g. --dakora.log-sink.streams.properties[commit.interval.ms]=10).
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
PORT="${PORT:-24341}"
FAKE_PORT="${FAKE_PORT:-24351}"
LATENCY="${LATENCY:-200}"
CONCURRENCY="${CONCURRENCY:-1 4}"
OVERHEAD_REQUESTS="${OVERHEAD_REQUESTS:-2000}"
OVERHEAD_WARMUP="${OVERHEAD_WARMUP:-3000}"
ROWS="${ROWS:-10000}"
export BATCHES="${BATCHES:-3}"
MODELS="${MODELS:-fake/bench-a,fake/bench-b}"
SKIP="${SKIP:-}"
URL="http://127.0.0.1:$PORT"
WORK="$(mktemp -d)"
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
JAVA="$JAVA_HOME/bin/java"

if [ ! -f "$ROOT/bench/target/classpath.txt" ] || [ -n "$(find "$ROOT/bench/src/main" -newer "$ROOT/bench/target/classpath.txt" -print -quit)" ]; then
  (cd "$ROOT" && ./mvnw -B -ntp -q -pl bench -am package dependency:build-classpath -DskipTests \
    -Dmdep.outputFile=target/classpath.txt)
fi
CP="$ROOT/bench/target/classes:$(cat "$ROOT/bench/target/classpath.txt")"

cleanup() {
  for pid in ${PID:-} ${FAKE_PID:-}; do
    if kill -0 "$pid" 2>/dev/null; then kill -TERM "$pid"; wait "$pid" 2>/dev/null || true; fi
  done
  rm -rf "$WORK"
}
trap cleanup EXIT

load() { cut -d' ' -f1-3 /proc/loadavg; }

"$JAVA" -Xmx256m -cp "$CP" dev.dakora.bench.FakeOpenAiProvider "$FAKE_PORT" "$LATENCY" > "$WORK/fake.log" 2>&1 &
FAKE_PID=$!

# The LLM worker runs with its default limits: 256 calls at a time per model (about 1,280 calls/s per model
# against a 200 ms provider) and 2000 in flight. Raising them to 2000 and 4000 made the batch slower: over
# HTTP/1.1 every call in flight holds its own connection, and the pool of thousands of idle connections
# (a 16 KiB buffer each) tripled the garbage collector's work.
DAKORA_BENCH_KEY="bench-$(od -An -N8 -tx8 /dev/urandom | tr -d ' ')" "$ROOT/dakora" --server.port="$PORT" \
  --dakora.data-dir="$WORK/data" --dakora.registry.local.path="$WORK/prompts" \
  --dakora.standalone.postgres.port=$((PORT + 1)) --dakora.standalone.kafka.port=$((PORT + 2)) \
  --dakora.standalone.kafka.controller-port=$((PORT + 3)) --logging.level.root=WARN \
  --dakora.llm.providers.fake.base-url="http://127.0.0.1:$FAKE_PORT/v1" \
  --dakora.llm.providers.fake.api-key-env=DAKORA_BENCH_KEY ${EXTRA_ARGS:-} \
  > "$WORK/standalone.log" 2>&1 &
PID=$!

for _ in $(seq 1 360); do
  curl -fs "$URL/api/health" >/dev/null 2>&1 && break
  kill -0 "$PID" 2>/dev/null || { cat "$WORK/standalone.log" >&2; exit 1; }
  sleep 0.5
done
curl -fs "$URL/api/health" >/dev/null || { echo "the standalone did not become healthy" >&2; exit 1; }
echo "$(grep -m1 'Dakora is ready' "$WORK/standalone.log" || true) [load $(load)]"

rss_report() {
  local postmaster pg_kb=0 pid
  postmaster="$(pgrep -f "postgres -D $WORK/data/postgres" | head -n 1 || true)"
  for pid in $postmaster $(pgrep -P "${postmaster:-0}" || true); do
    pg_kb=$((pg_kb + $(awk '/^Pss:/ {print $2}' "/proc/$pid/smaps_rollup" 2>/dev/null || echo 0)))
  done
  echo "Memory $1: JVM RSS $(awk '/VmRSS/ {print int($2 / 1024)}' "/proc/$PID/status") MiB," \
    "PostgreSQL PSS $((pg_kb / 1024)) MiB [load $(load)]"
}
rss_report "when ready"

if [ "$SKIP" != overhead ]; then
  if [ -n "${TRACE:-}" ]; then
    "$JAVA" -cp "$CP" dev.dakora.bench.PipelineTrace "127.0.0.1:$((PORT + 2))" log-append-time
    export OVERHEAD_TIMES="$WORK/overhead-times"
  fi
  for c in $CONCURRENCY; do
    "$JAVA" -cp "$CP" dev.dakora.bench.PipelineOverhead "$URL" "$OVERHEAD_REQUESTS" "$c" "$OVERHEAD_WARMUP" 120
    echo "  [load $(load)]"
  done
  if [ -n "${TRACE:-}" ]; then "$JAVA" -cp "$CP" dev.dakora.bench.PipelineTrace "127.0.0.1:$((PORT + 2))" "$OVERHEAD_REQUESTS"; fi
  rss_report "after the overhead runs"
fi
if [ "$SKIP" != throughput ]; then
  "$JAVA" -cp "$CP" dev.dakora.bench.PipelineThroughput "$URL" "$ROWS" "$MODELS" 300 "${THROUGHPUT_WARMUP:-50000}"
  echo "  [load $(load)]"
  rss_report "after the batch"
fi
