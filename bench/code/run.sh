#!/usr/bin/env bash
# Sends per second of the code service's send path against a Redis, beside a bare EVALSHA loop in the
# same run. Usage: bench/code/run.sh [redis-host] [port] [database] [threads] [seconds]
# Needs a Redis (deploy/local/run.sh infra starts or reuses one); uses database 12 by default and
# deletes its keys afterwards.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cd "$ROOT"
./mvnw -B -q -pl providers/code -am -DskipTests install >/dev/null
./mvnw -B -q -f providers/code/pom.xml test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test >/dev/null
exec java -cp "providers/code/target/test-classes:providers/code/target/classes:$(cat providers/code/target/bench.classpath)" \
  com.webook.code.bench.CodeSendBenchmark "$@"
