#!/usr/bin/env bash
# The evaluation overhead of experiments, against the standalone on the built-in echo models (no provider).
# Starts ./dakora on a fresh data directory and its own ports, uploads a dataset of ROWS rows, then runs
# WARMUP unmeasured rounds and ROUNDS measured rounds of (ExperimentOverhead):
#   a. a plain batch of ROWS rows x MODELS;
#   b. an experiment over the same rows and models with three deterministic assertions;
#   c. the same with one llm-judge more (judge model echo/judge; its template's text is a JSON score, so the
#      echo answer is the verdict): one judge call per evaluated call.
# Each run from submission to final status: wall time, calls/s, CPU seconds of the standalone JVM and of its
# PostgreSQL (/proc utime + stime before and after), the load average before and after; then medians and
# the overhead of b and c against a, and the CPU of one experiment page read (which the runs poll).
# Knobs: PORT (24441), ROWS (1000), MODELS (echo,echo/b,echo/c), ROUNDS (3), WARMUP (2), DAKORA_HEAP (512m),
# THREADS (set: the JVM's busiest thread groups per run, /proc/<pid>/task), KINDS (batch,deterministic,judged: the
# kinds of run, batch always among them), EXTRA_ARGS (more arguments for ./dakora; DAKORA_JAVA_OPTS for JVM options).
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
PORT="${PORT:-24441}"
ROWS="${ROWS:-1000}"
MODELS="${MODELS:-echo,echo/b,echo/c}"
URL="http://127.0.0.1:$PORT"
WORK="$(mktemp -d)"
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
JAVA="$JAVA_HOME/bin/java"

if [ ! -f "$ROOT/bench/target/classpath.txt" ] || [ -n "$(find "$ROOT/bench/src/main" "$ROOT/bench/pom.xml" -newer "$ROOT/bench/target/classpath.txt" -print -quit)" ]; then
  (cd "$ROOT" && ./mvnw -B -ntp -q -pl bench -am package dependency:build-classpath -DskipTests \
    -Dstudio.skip=true -Dmdep.outputFile=target/classpath.txt)
fi
CP="$ROOT/bench/target/classes:$(cat "$ROOT/bench/target/classpath.txt")"

cleanup() {
  if [ -n "${PID:-}" ] && kill -0 "$PID" 2>/dev/null; then kill -TERM "$PID"; wait "$PID" 2>/dev/null || true; fi
  rm -rf "$WORK"
}
trap cleanup EXIT

"$ROOT/dakora" --server.port="$PORT" \
  --dakora.data-dir="$WORK/data" --dakora.registry.local.path="$WORK/prompts" \
  --dakora.standalone.postgres.port=$((PORT + 1)) --dakora.standalone.kafka.port=$((PORT + 2)) \
  --dakora.standalone.kafka.controller-port=$((PORT + 3)) --logging.level.root=WARN ${EXTRA_ARGS:-} \
  > "$WORK/standalone.log" 2>&1 &
PID=$!

for _ in $(seq 1 600); do
  curl -fs "$URL/api/health" >/dev/null 2>&1 && break
  kill -0 "$PID" 2>/dev/null || { cat "$WORK/standalone.log" >&2; exit 1; }
  sleep 0.5
done
curl -fs "$URL/api/health" >/dev/null || { echo "the standalone did not become healthy" >&2; exit 1; }
echo "$(grep -m1 'Dakora is ready' "$WORK/standalone.log" || true) [load $(cut -d' ' -f1-3 /proc/loadavg)]"
POSTMASTER="$(pgrep -f "postgres -D $WORK/data/postgres" | head -n 1)"

"$JAVA" -cp "$CP" dev.dakora.bench.ExperimentOverhead "$URL" "$PID" "$POSTMASTER" "$ROWS" "$MODELS" \
  "${ROUNDS:-3}" "${WARMUP:-2}" 300
