#!/usr/bin/env bash
# Read events per second applied to MySQL by the interactive provider's consumer write path, in batches
# beside one event per transaction, in the same run.
# Usage: bench/interactive/run.sh [mysql-host:port] [database] [seconds] [batch-size] [articles]
# Needs a MariaDB/MySQL (deploy/local/run.sh infra starts or reuses one); uses its own database
# (webook_interactive_bench by default) and empties its read tables first.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cd "$ROOT"
./mvnw -B -q ${MAVEN_OFFLINE:+-o} -pl providers/interactive -am test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test >/dev/null
exec java -cp "providers/interactive/target/test-classes:providers/interactive/target/classes:$(cat providers/interactive/target/bench.classpath)" \
  com.webook.interactive.bench.ReadCountingBenchmark "$@"
