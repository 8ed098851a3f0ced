#!/usr/bin/env bash
# Load test of POST /api/templates/{id}/render against the standalone, loopback only, bounded in time.
# Starts ./dakora on a fresh data directory and its own ports, creates a template, then runs wrk:
#   1. warm-up (WARMUP s: the first tens of thousands of requests run before the JIT has compiled
#   the hot path), 2. maximum throughput (closed loop), 3. a paced run near RATE requests/s for latency.
# Prints requests/s and p50/p99 latency for each run, and the JVM's resident memory.
# Needs wrk (Debian: apt-get install -y wrk) and curl. Knobs: DURATION (s, default 20), WARMUP (s,
# default 60), CONNECTIONS
# (default 64), THREADS (default 1), RATE (default 5000), PORT (default 54331).
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
DURATION="${DURATION:-20}"
WARMUP="${WARMUP:-60}"
CONNECTIONS="${CONNECTIONS:-64}"
THREADS="${THREADS:-1}"
RATE="${RATE:-5000}"
PORT="${PORT:-54331}"
URL="http://127.0.0.1:$PORT"
WORK="$(mktemp -d)"

command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }

cleanup() {
  if [ -n "${PID:-}" ] && kill -0 "$PID" 2>/dev/null; then
    kill -TERM "$PID"; wait "$PID" 2>/dev/null || true
  fi
  rm -rf "$WORK"
}
trap cleanup EXIT

"$ROOT/dakora" --server.port="$PORT" --dakora.data-dir="$WORK/data" --dakora.registry.local.path="$WORK/prompts" \
  --dakora.standalone.postgres.port=$((PORT + 1)) --dakora.standalone.kafka.port=$((PORT + 2)) \
  --dakora.standalone.kafka.controller-port=$((PORT + 3)) --logging.level.root=WARN > "$WORK/standalone.log" 2>&1 &
PID=$!

for _ in $(seq 1 240); do
  curl -fs "$URL/api/health" >/dev/null 2>&1 && break
  kill -0 "$PID" 2>/dev/null || { cat "$WORK/standalone.log" >&2; exit 1; }
  sleep 0.5
done
curl -fs "$URL/api/health" >/dev/null || { echo "the standalone did not become healthy" >&2; exit 1; }
grep -m1 'Dakora is ready' "$WORK/standalone.log" || true

# Resident memory: the JVM's RSS, and the PostgreSQL processes' PSS (their shared buffers counted once).
rss_report() {
  local postmaster pg_kb=0 pid
  postmaster="$(pgrep -f "postgres -D $WORK/data/postgres" | head -n 1 || true)"
  for pid in $postmaster $(pgrep -P "${postmaster:-0}" || true); do
    pg_kb=$((pg_kb + $(awk '/^Pss:/ {print $2}' "/proc/$pid/smaps_rollup" 2>/dev/null || echo 0)))
  done
  echo "Memory $1: JVM RSS $(awk '/VmRSS/ {print int($2 / 1024)}' "/proc/$PID/status") MiB," \
    "PostgreSQL PSS $((pg_kb / 1024)) MiB"
}
rss_report "when ready"

# CPU seconds the JVM has used: less sensitive than wall time to other work on a shared machine.
TICKS="$(getconf CLK_TCK)"
cpu_seconds() {
  awk -v ticks="$TICKS" '{printf "%.1f", ($14 + $15) / ticks}' "/proc/$PID/stat"
}
echo "JVM CPU time until ready: $(cpu_seconds) s"

curl -fs -X POST "$URL/api/templates" -H 'Content-Type: application/json' -d '{
  "id": "load-greeting",
  "template": "Hello {{ name }}! Today we talk about {{ topic }}.{% for i in range(3) %} #{{ i }}{% endfor %}",
  "inputs": {"name": {"type": "string", "required": true}, "topic": {"type": "string", "default": "prompts"}}
}' >/dev/null
curl -fs -X POST "$URL/api/templates/load-greeting/render" -H 'Content-Type: application/json' \
  -d '{"inputs":{"name":"Ada","topic":"load tests"}}'
echo

run() {
  local label="$1"; shift
  echo "== $label"
  wrk "$@" --latency -s "$ROOT/bench/render.lua" "$URL/api/templates/load-greeting/render" | grep RESULT
}

WRK_DELAY_MS=0 run "warm-up ($WARMUP s, lets the JIT compile the hot path)" -t "$THREADS" -c "$CONNECTIONS" -d "${WARMUP}s"
BEFORE="$(cpu_seconds)"
WRK_DELAY_MS=0 run "max throughput ($DURATION s, $CONNECTIONS connections)" -t "$THREADS" -c "$CONNECTIONS" \
  -d "${DURATION}s" | tee "$WORK/max.txt"
AFTER="$(cpu_seconds)"
awk -v before="$BEFORE" -v after="$AFTER" '/RESULT/ { split($2, r, "="); used = after - before;
  printf "server CPU during the run: %.1f s, %.0f requests per CPU-second\n", used, r[2] / used }' "$WORK/max.txt"
# wrk waits WRK_DELAY_MS after each response, so a connection's period is that pause plus the
# latency (about 1 ms here): 60 connections pausing 60000 / RATE - 1 ms come close to RATE.
PACED_CONNECTIONS=60
WRK_DELAY_MS=$((PACED_CONNECTIONS * 1000 / RATE - 1)) \
  run "paced towards $RATE requests/s ($DURATION s, $PACED_CONNECTIONS connections)" \
  -t "$THREADS" -c "$PACED_CONNECTIONS" -d "${DURATION}s"
rss_report "after the load"
