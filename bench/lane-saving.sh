#!/usr/bin/env bash
# The batch lane's saving, priced (bench/README.md, "Batch lane saving"): the same CALLS calls of one batch
# through the LLM worker's online lane to a fake OpenAI chat server and through its batch lane to a fake
# OpenAI Batch API, both reporting the same usage; prints the tokens and total cost of each and the saving.
# Knobs: CALLS (1000), MODELS ("openai/gpt-4o-mini openai/gpt-4o"; each must be in the price table).
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
CALLS="${CALLS:-1000}"
MODELS="${MODELS:-openai/gpt-4o-mini openai/gpt-4o}"
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"

cd "$ROOT"
./mvnw -B -ntp -q -pl bench -am package dependency:build-classpath -DskipTests -Dstudio.skip=true \
  -Dmdep.outputFile=target/classpath.txt
CP="bench/target/classes:$(cat bench/target/classpath.txt)"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
for model in $MODELS; do
  "$JAVA_HOME/bin/java" -cp "$CP" dev.dakora.bench.LaneSaving "$CALLS" "$model" 2>&1 | grep -E '^(online|batch lane|[0-9]+ calls)'
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
