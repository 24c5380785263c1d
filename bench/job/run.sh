#!/usr/bin/env bash
# job-admin under load with two admins: JOBS jobs firing every 5 s (spread evenly over the 5 s) with a
# handler that only records that it ran, on two stock executors, for MINUTES minutes; halfway, one admin is
# SIGKILLed and started again. Then every job is paused, and the script counts, from MySQL and from the
# executors' records:
#   - (job, scheduled time) runs missing between a job's first and last run, and runs fired twice (the
#     unique key makes that impossible in MySQL; the executors' records would show a run sent twice);
#   - how the runs ended (LOST: claimed by the killed admin while it was sending);
#   - fire lag (sent minus scheduled) p50/p99/max before the kill, in the minute after it, and afterwards.
#
#   bench/job/run.sh [minutes=10] [jobs=2000] [period-seconds=5]
#
# Needs MariaDB (deploy/local/run.sh infra); uses its own database webook_job_bench (dropped first) and
# ports 8380, 8381 (admins) and 9981, 9982 (executors). Not for CI: it runs for minutes.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cd "$ROOT"
MINUTES=${1:-10}
JOBS=${2:-2000}
PERIOD=${3:-5}
DB=webook_job_bench
MYSQL=(mariadb -h127.0.0.1 -P"${WEBOOK_MYSQL_PORT:-3306}" -uroot)
WORK=$(mktemp -d /tmp/webook-job-bench.XXXXXX)
TOKEN=dev-only-demo-executor-token
PIDS=()

cleanup() { for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done; }
trap cleanup EXIT INT TERM

./mvnw -B -q ${MAVEN_OFFLINE:+-o} -pl job-admin -am package -DskipTests dependency:build-classpath \
  -Dmdep.includeScope=test -Dmdep.outputFile="$WORK/classpath.txt" >"$WORK/build.out" 2>&1 ||
  { echo "build failed, see $WORK/build.out"; exit 1; }
CP="$ROOT/job-admin/target/test-classes:$ROOT/job-admin/target/classes:$(cat "$WORK/classpath.txt")"
"${MYSQL[@]}" -e "DROP DATABASE IF EXISTS $DB"

admin() { # port
  java -Xms256m -Xmx256m -XX:+UseSerialGC -cp "$CP" com.webook.job.JobAdminApplication --spring.profiles.active=local \
    --server.port="$1" --webook.mysql.database=$DB --webook.job.bootstrap.password=bench-admin-password \
    --logging.level.com.webook.job.alarm=ERROR >>"$WORK/admin-$1.out" 2>&1 &
  echo $!
}
ready() { until curl -fs "http://127.0.0.1:$1/actuator/health/readiness" >/dev/null 2>&1; do sleep 0.5; done; }

A=$(admin 8380); PIDS+=("$A"); ready 8380
B=$(admin 8381); PIDS+=("$B"); ready 8381
for port in 9981 9982; do
  java -Xmx256m -XX:+UseSerialGC -cp "$CP" com.webook.job.demo.DemoExecutor "http://127.0.0.1:8380/,http://127.0.0.1:8381/" \
    webook-demo "$TOKEN" "$port" "$WORK/executor-$port" "$WORK/record-$port.txt" >"$WORK/executor-$port.out" 2>&1 &
  PIDS+=("$!")
done
until [[ $("${MYSQL[@]}" -N $DB -e "SELECT COUNT(*) FROM job_executor WHERE renewed_at > NOW(3) - INTERVAL 90 SECOND") == 2 ]]; do sleep 0.5; done

# The jobs, seeded in SQL (the API checks a bcrypt password per call): first fire times spread over the period.
"${MYSQL[@]}" $DB -e "
  INSERT INTO job (app_name, name, schedule_type, schedule, handler, routing, block_strategy, misfire, status,
                   partition_no, next_fire_at)
  SELECT 'webook-demo', CONCAT('bench-', seq), 'FIXED_RATE', '$PERIOD', 'demoRecord', 'ROUND_ROBIN', 'SERIAL_EXECUTION',
         'FIRE_ONCE_NOW', 'ACTIVE', 0, NOW(3) + INTERVAL 3 SECOND + INTERVAL (seq * $PERIOD * 1000 DIV $JOBS) * 1000 MICROSECOND
  FROM seq_1_to_$JOBS;
  UPDATE job SET partition_no = id % 64;"
START=$(date +%s)
echo "started $JOBS jobs every $PERIOD s on two admins and two executors at $(date -u +%T); kill at minute $((MINUTES / 2))"

sleep $((MINUTES * 30))
KILLED_AT=$("${MYSQL[@]}" -N -e "SELECT NOW(3)")
kill -9 "$B"
echo "SIGKILLed admin :8381 at $KILLED_AT"
B=$(admin 8381); PIDS+=("$B"); ready 8381
echo "admin :8381 is back at $("${MYSQL[@]}" -N -e "SELECT NOW(3)")"
sleep $((START + MINUTES * 60 - $(date +%s)))

"${MYSQL[@]}" $DB -e "UPDATE job SET status = 'PAUSED', next_fire_at = NULL"
until [[ $("${MYSQL[@]}" -N $DB -e "SELECT COUNT(*) FROM job_run WHERE state IN ('SCHEDULED','SENDING','RUNNING')") == 0 ]]; do sleep 1; done

echo
echo "== runs by how they ended"
"${MYSQL[@]}" -t $DB -e "SELECT trigger_type, state, COUNT(*) AS runs FROM job_run GROUP BY trigger_type, state"
echo "== (job, scheduled time) missing between each job's first and last scheduled run"
"${MYSQL[@]}" -t $DB -e "
  SELECT COUNT(*) AS jobs, SUM(expected) AS expected, SUM(fired) AS fired, SUM(expected - fired) AS missing
  FROM (SELECT job_id, COUNT(*) AS fired,
               TIMESTAMPDIFF(MICROSECOND, MIN(scheduled_at), MAX(scheduled_at)) DIV ($PERIOD * 1000000) + 1 AS expected
        FROM job_run WHERE trigger_type IN ('SCHEDULE', 'MISFIRE') GROUP BY job_id) per_job"
echo "== runs the executors ran more than once (from their records)"
cat "$WORK"/record-*.txt | sort | uniq -d | wc -l
echo "== runs the executors ran, and runs MySQL says succeeded"
cat "$WORK"/record-*.txt | wc -l
"${MYSQL[@]}" -N $DB -e "SELECT COUNT(*) FROM job_run WHERE state = 'SUCCEEDED'"
echo "== fire lag (ms) of scheduled runs: warm-up (the first 2 minutes), before the kill, the minute after it, afterwards"
"${MYSQL[@]}" -t $DB -e "
  SELECT phase, COUNT(*) AS runs, MAX(p50) AS p50_ms, MAX(p99) AS p99_ms, MAX(lag) AS max_ms FROM (
    SELECT phase, lag,
           PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY lag) OVER (PARTITION BY phase) AS p50,
           PERCENTILE_CONT(0.99) WITHIN GROUP (ORDER BY lag) OVER (PARTITION BY phase) AS p99
    FROM (SELECT TIMESTAMPDIFF(MICROSECOND, scheduled_at, sent_at) / 1000 AS lag,
                 CASE WHEN scheduled_at < (SELECT MIN(scheduled_at) FROM job_run) + INTERVAL 2 MINUTE THEN '0 warm-up'
                      WHEN scheduled_at < '$KILLED_AT' THEN '1 before the kill'
                      WHEN scheduled_at < '$KILLED_AT' + INTERVAL 1 MINUTE THEN '2 the minute after'
                      ELSE '3 afterwards' END AS phase
          FROM job_run WHERE sent_at IS NOT NULL AND trigger_type = 'SCHEDULE' AND state <> 'SKIPPED') lags) q
  GROUP BY phase ORDER BY phase"
echo "== partitions by admin at the end"
"${MYSQL[@]}" -t $DB -e "SELECT owner, COUNT(*) FROM job_partition WHERE lease_until > NOW(3) GROUP BY owner"
echo "(logs in $WORK)"
