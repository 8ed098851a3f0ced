#!/usr/bin/env bash
# Warm start: how fast a new standalone answers, with and without a cache of the JVM's work.
# For each mode of MODES, starts ./dakora (DAKORA_CACHE=<mode>) on a fresh data directory and its own ports,
# measures the time to ready (launch to /api/health answering 200, and the JVM's CPU seconds by then), then
# runs WarmStart: the first FIRST synchronous compares on echo from one client in buckets of BUCKET (p50, p95),
# WARMUP more unmeasured, then WARM more for the warm steady state. Modes: none (the JDK's own CDS archive
# only), cds (the dynamic class data sharing archive ./dakora writes on its first run; made first when missing),
# auto (the AOT cache; ./dakora aot-cache builds it first when it is missing or stale, and that is timed).
# Each mode runs once per entry of WARM_UPS: the standalone's own warm-up before ready
# (--dakora.standalone.warm-up.compares=<n>, 0 = none), whose time is part of the time to ready.
# Knobs: MODES ("none cds auto"), WARM_UPS ("0 500"), ROUNDS (1), RETRAIN (set: build the AOT cache again first, once), FIRST (1000), BUCKET (100), WARMUP (3000), WARM (1000),
# PORT (24361; below the ephemeral range), DAKORA_HEAP (512m).
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
MODES="${MODES:-none cds auto}"
WARM_UPS="${WARM_UPS:-0 500}"
ROUNDS="${ROUNDS:-1}"
PORT="${PORT:-24361}"
URL="http://127.0.0.1:$PORT"
WORK="$(mktemp -d)"
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
JAVA="$JAVA_HOME/bin/java"

if [ ! -f "$ROOT/bench/target/classpath.txt" ] || [ -n "$(find "$ROOT/bench/src/main" -newer "$ROOT/bench/target/classpath.txt" -print -quit)" ]; then
  (cd "$ROOT" && ./mvnw -B -ntp -q -pl bench -am package dependency:build-classpath -DskipTests -Dstudio.skip=true \
    -Dmdep.outputFile=target/classpath.txt)
fi
CP="$ROOT/bench/target/classes:$(cat "$ROOT/bench/target/classpath.txt")"

cleanup() {
  if [ -n "${PID:-}" ] && kill -0 "$PID" 2>/dev/null; then kill -TERM "$PID"; wait "$PID" 2>/dev/null || true; fi
  rm -rf "$WORK"
}
trap cleanup EXIT

load() { cut -d' ' -f1-3 /proc/loadavg; }
cpu_seconds() { awk -v hz="$(getconf CLK_TCK)" '{ printf "%.1f", ($14 + $15) / hz }' "/proc/$1/stat"; }

start() {
  rm -rf "$WORK/data" "$WORK/prompts"
  DAKORA_CACHE="$1" "$ROOT/dakora" --dakora.standalone.warm-up.compares="${2:-0}" --server.port="$PORT" --dakora.data-dir="$WORK/data" \
    --dakora.registry.local.path="$WORK/prompts" --dakora.standalone.postgres.port=$((PORT + 1)) \
    --dakora.standalone.kafka.port=$((PORT + 2)) --dakora.standalone.kafka.controller-port=$((PORT + 3)) \
    --logging.level.root=WARN > "$WORK/standalone.log" 2>&1 &
  PID=$!
  local launched=$SECONDS
  until curl -fs "$URL/api/health" >/dev/null 2>&1; do
    kill -0 "$PID" 2>/dev/null || { cat "$WORK/standalone.log" >&2; exit 1; }
    [ $((SECONDS - launched)) -lt 600 ] || { echo "not ready in 600 s" >&2; exit 1; }
    sleep 0.2
  done
}

stop() {
  kill -TERM "$PID"; wait "$PID" 2>/dev/null || true; PID=
}

# ./dakora builds the jar when the sources are newer (which removes the AOT cache); build it before measuring
if [[ " $MODES " == *" cds "* ]] && [ ! -f "$ROOT/standalone/target/dakora/dakora.jsa" ]; then
  echo "Writing the class data sharing archive (one unmeasured start) [load $(load)]"
  start cds; stop
fi
for round in $(seq 1 "$ROUNDS"); do
  for mode in $MODES; do
   for warm_up in $WARM_UPS; do
    if [ "$mode" = auto ] && { [ ! -f "$ROOT/standalone/target/dakora/dakora.aot" ] || [ -n "${RETRAIN:-}" ]; }; then
      RETRAIN=
      trained=$SECONDS
      echo "Building the AOT cache [load $(load)]"
      "$ROOT/dakora" aot-cache
      echo "  built in $((SECONDS - trained)) s [load $(load)]"
    fi
    launched=$(date +%s%N)
    start "$mode" "$warm_up"
    ready_ms=$((($(date +%s%N) - launched) / 1000000))
    echo "round $round mode $mode warm-up $warm_up: ready in $((ready_ms / 1000)).$(((ready_ms % 1000) / 100)) s, JVM CPU $(cpu_seconds "$PID") s;" \
      "$(grep -m1 -o 'Dakora is ready in [0-9.]* s ([^)]*)' "$WORK/standalone.log" || true) [load $(load)]"
    grep -i 'aot\|cds\|shar' "$WORK/standalone.log" | head -n 5 || true
    "$JAVA" -cp "$CP" dev.dakora.bench.WarmStart "$URL" "${FIRST:-1000}" "${BUCKET:-100}" "${WARMUP:-3000}" "${WARM:-1000}"
    echo "  JVM CPU after the compares $(cpu_seconds "$PID") s [load $(load)]"
    stop
   done
  done
done
