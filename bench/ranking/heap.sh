#!/usr/bin/env bash
# The hot list job's own time and memory over N generated articles (no stores: pages are made on the fly),
# for each N given: the live heap after a full GC every 20 pages, against the live heap before the run.
# Usage: bench/ranking/heap.sh [articles...]     (default: 50000 200000)
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cd "$ROOT"
./mvnw -B -q ${MAVEN_OFFLINE:+-o} -pl providers/ranking -am test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test >/dev/null
exec java -Xmx256m -XX:+UseSerialGC -cp "providers/ranking/target/test-classes:providers/ranking/target/classes:$(cat providers/ranking/target/bench.classpath)" \
  com.webook.ranking.application.RankingJobBenchmark "$@"
