#!/usr/bin/env bash
# How many fires per second job-admin sustains with p99 fire lag within 1 s, one admin against two, in one
# run: for each admin count, jobs firing every second are added in steps (RATES), each step measured for
# SECONDS seconds after a warm-up, until p99 passes 1 s. Executors: two stock ones with a handler that
# only records it ran. All on this machine: admins, executors and MariaDB share its cores.
#
#   bench/job/throughput.sh [seconds=30] [rates="250 500 1000 1500 2000"]
#
# Needs MariaDB (deploy/local/run.sh infra); uses its own database webook_job_bench (dropped per admin
# count) and ports 8380, 8381 (admins) and 9981, 9982 (executors).
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cd "$ROOT"
SECONDS_PER_STEP=${1:-30}
RATES=${2:-"250 500 1000 1500 2000"}
DB=webook_job_bench
MYSQL=(mariadb -h127.0.0.1 -P"${WEBOOK_MYSQL_PORT:-3306}" -uroot)
WORK=$(mktemp -d /tmp/webook-job-throughput.XXXXXX)
TOKEN=dev-only-demo-executor-token
PIDS=()

stop_all() { for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done; for pid in "${PIDS[@]}"; do wait "$pid" 2>/dev/null || true; done; PIDS=(); }
trap stop_all EXIT INT TERM

./mvnw -B -q ${MAVEN_OFFLINE:+-o} -pl job-admin -am package -DskipTests dependency:build-classpath \
  -Dmdep.includeScope=test -Dmdep.outputFile="$WORK/classpath.txt" >"$WORK/build.out" 2>&1 ||
  { echo "build failed, see $WORK/build.out"; exit 1; }
CP="$ROOT/job-admin/target/test-classes:$ROOT/job-admin/target/classes:$(cat "$WORK/classpath.txt")"

cpu_ms() { # pids... -> their CPU time so far, in ms (utime + stime from /proc)
  local total=0 pid ticks
  for pid in "$@"; do
    ticks=$(awk '{print $14 + $15}' "/proc/$pid/stat" 2>/dev/null || echo 0)
    total=$((total + ticks))
  done
  echo $((total * 1000 / $(getconf CLK_TCK)))
}

ready() { until curl -fs "http://127.0.0.1:$1/actuator/health/readiness" >/dev/null 2>&1; do sleep 0.5; done; }

measure() { # admins
  local admins=$1 port rate seeded=0 added p99 p50 fired since admin_pids=() executor_pids=() a0 e0 m0 a1 e1 m1
  "${MYSQL[@]}" -e "DROP DATABASE IF EXISTS $DB"
  for ((i = 0; i < admins; i++)); do
    port=$((8380 + i))
    java -Xms256m -Xmx256m -XX:+UseSerialGC -cp "$CP" com.webook.job.JobAdminApplication --spring.profiles.active=local \
      --server.port="$port" --webook.mysql.database=$DB --logging.level.com.webook.job.alarm=ERROR \
      >>"$WORK/admin-$admins-$port.out" 2>&1 &
    PIDS+=("$!")
    admin_pids+=("$!")
    ready "$port"
  done
  local addresses="http://127.0.0.1:8380/"
  ((admins == 2)) && addresses+=",http://127.0.0.1:8381/"
  for port in 9981 9982; do
    java -Xmx256m -XX:+UseSerialGC -cp "$CP" com.webook.job.demo.DemoExecutor "$addresses" webook-demo "$TOKEN" "$port" \
      "$WORK/executor-$admins-$port" "$WORK/record-$admins-$port.txt" >"$WORK/executor-$admins-$port.out" 2>&1 &
    PIDS+=("$!")
    executor_pids+=("$!")
  done
  until [[ $("${MYSQL[@]}" -N $DB -e "SELECT COUNT(*) FROM job_executor") == 2 ]]; do sleep 0.5; done
  for rate in $RATES; do
    added=$((rate - seeded))
    "${MYSQL[@]}" $DB -e "
      INSERT INTO job (app_name, name, schedule_type, schedule, handler, routing, block_strategy, misfire, status,
                       partition_no, next_fire_at)
      SELECT 'webook-demo', CONCAT('bench-', $seeded + seq), 'FIXED_RATE', '1', 'demoRecord', 'ROUND_ROBIN',
             'SERIAL_EXECUTION', 'SKIP', 'ACTIVE', 0, NOW(3) + INTERVAL 2 SECOND + INTERVAL (seq * 1000 DIV $added) * 1000 MICROSECOND
      FROM seq_1_to_$added;
      UPDATE job SET partition_no = id % 64 WHERE partition_no = 0;"
    seeded=$rate
    sleep 10
    since=$("${MYSQL[@]}" -N -e "SELECT NOW(3)")
    a0=$(cpu_ms "${admin_pids[@]}"); e0=$(cpu_ms "${executor_pids[@]}"); m0=$(cpu_ms "$(pgrep -x mariadbd | head -1)")
    sleep "$SECONDS_PER_STEP"
    a1=$(cpu_ms "${admin_pids[@]}"); e1=$(cpu_ms "${executor_pids[@]}"); m1=$(cpu_ms "$(pgrep -x mariadbd | head -1)")
    sleep 2 # the last runs of the window are sent
    read -r fired p50 p99 < <("${MYSQL[@]}" -N $DB -e "
      SELECT COUNT(*) / $SECONDS_PER_STEP, MAX(p50), MAX(p99) FROM (
        SELECT PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY lag) OVER () AS p50,
               PERCENTILE_CONT(0.99) WITHIN GROUP (ORDER BY lag) OVER () AS p99
        FROM (SELECT COALESCE(TIMESTAMPDIFF(MICROSECOND, scheduled_at, sent_at), 99000000) / 1000 AS lag
              FROM job_run WHERE scheduled_at >= '$since' AND scheduled_at < '$since' + INTERVAL $SECONDS_PER_STEP SECOND
                AND trigger_type = 'SCHEDULE' AND state <> 'SKIPPED') l) q")
    printf '%-7s %-12s %-14s %-10s %-10s %-16s %-16s %s\n' "$admins" "$rate" "$fired" "$p50" "$p99" \
      "$(awk "BEGIN {printf \"%.2f\", ($a1 - $a0) / ($fired * $SECONDS_PER_STEP)}")" \
      "$(awk "BEGIN {printf \"%.2f\", ($e1 - $e0) / ($fired * $SECONDS_PER_STEP)}")" \
      "$(awk "BEGIN {printf \"%.2f\", ($m1 - $m0) / ($fired * $SECONDS_PER_STEP)}")"
    if awk "BEGIN {exit !($p99 > 1000)}"; then
      break
    fi
  done
  stop_all
}

printf '%-7s %-12s %-14s %-10s %-10s %-16s %-16s %s\n' admins "jobs (1/s)" "sent per s" "p50 ms" "p99 ms" \
  "admin CPU ms/run" "executors ms/run" "MariaDB ms/run"
measure 1
measure 2
echo "(logs in $WORK)"
