#!/usr/bin/env bash
# The floor under every remote call: a bare Dubbo echo over Triple and over the dubbo protocol, with and
# without TLS and the platform's filters (see RpcFloorBenchmark), and, in the same run, consumer-web's
# GET /ping when a local platform answers on :8080 (deploy/local/run.sh up; wrk).
#
#   bench/rpc/run.sh [seconds=10] [callers=16] [rounds=1] [variants=all, comma-separated]
#
# Needs etcd and its accounts (deploy/local/run.sh infra); registers under the tests' namespace webook-it.
# WEBOOK_BENCH_JFR=<file.jfr> records a flight recording of the whole run (pick the variants to profile).
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cd "$ROOT"
SECONDS_PER_RUN=${1:-10}
CALLERS=${2:-16}
ROUNDS=${3:-1}
B=${WEBOOK_BENCH_URL:-http://127.0.0.1:8080}

./mvnw -B -q ${MAVEN_OFFLINE:+-o} -pl registry-config -am test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test >/dev/null

ping() {
  if command -v wrk >/dev/null && curl -fs "$B/ping" >/dev/null 2>&1; then
    echo "GET /ping (consumer-web, wrk -t2 -c$CALLERS -d${SECONDS_PER_RUN}s):"
    wrk -t2 -c"$CALLERS" -d"${SECONDS_PER_RUN}s" --latency "$B/ping" | awk '/Requests\/sec|^ +50%|^ +99%/'
  else
    echo "GET /ping: skipped (no consumer-web at $B, or no wrk)"
  fi
}

ping
java -Xms512m -Xmx512m -Dwebook.it.secrets.dir="$ROOT/.run/secrets" \
  ${WEBOOK_BENCH_JFR:+-XX:StartFlightRecording=filename=$WEBOOK_BENCH_JFR,settings=profile} \
  -cp "registry-config/target/test-classes:registry-config/target/classes:$(cat registry-config/target/bench.classpath)" \
  com.webook.governance.bench.RpcFloorBenchmark "$SECONDS_PER_RUN" "$CALLERS" "$ROUNDS" ${4:-}
ping
