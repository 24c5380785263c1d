#!/usr/bin/env bash
# Correctness under load: produces <events> read events (1,000,000 by default) to Kafka over
# <articles> article ids, kills the interactive provider with SIGKILL in the middle of consuming them,
# starts it again, replays the first 10% of the events (a redelivery storm), and checks that every
# article's read count in MySQL is exact: no event lost, none counted twice.
#
#   bench/interactive/exact-counts.sh [events=1000000] [articles=1000]
#
# Needs the platform up (deploy/local/run.sh up). Uses article ids from 90,000,001 on, which nothing
# else uses, and resets their counts first.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
EVENTS=${1:-1000000}
ARTICLES=${2:-1000}
FIRST_ID=90000001
LAST_ID=$((FIRST_ID + ARTICLES - 1))
TOPIC=article_read_events
BOOTSTRAP=${WEBOOK_KAFKA_BOOTSTRAP_SERVERS:-127.0.0.1:9092}
RUN=${WEBOOK_RUN_DIR:-$ROOT/.run}
PIDFILE=$RUN/pids/interactive-provider.pid
MYSQL=(mysql -h 127.0.0.1 -u "${WEBOOK_MYSQL_USERNAME:-root}" -N -B webook_interactive)
[[ -n ${WEBOOK_MYSQL_PASSWORD:-} ]] && MYSQL+=(-p"$WEBOOK_MYSQL_PASSWORD")
REDIS=(redis-cli -h "${WEBOOK_REDIS_HOST:-127.0.0.1}" -p "${WEBOOK_REDIS_PORT:-6379}")

[[ -f $PIDFILE ]] && kill -0 "$(cat "$PIDFILE")" 2>/dev/null ||
  { echo "the interactive provider is not running: deploy/local/run.sh up" >&2; exit 1; }
[[ -s $RUN/kafka/classpath.txt ]] || { echo "no Kafka classpath under $RUN/kafka: deploy/local/run.sh up" >&2; exit 1; }

total() { "${MYSQL[@]}" -e "SELECT COALESCE(SUM(read_cnt), 0) FROM interactives WHERE biz = 'article' AND biz_id BETWEEN $FIRST_ID AND $LAST_ID"; }

echo "resetting the counts of articles $FIRST_ID..$LAST_ID"
"${MYSQL[@]}" -e "DELETE FROM interactives WHERE biz = 'article' AND biz_id BETWEEN $FIRST_ID AND $LAST_ID"
"${REDIS[@]}" --scan --pattern 'interactive:article:9000*' | xargs -r -n 500 "${REDIS[@]}" DEL >/dev/null

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
run_id=$(date +%s%N)
echo "writing $EVENTS events"
awk -v n="$EVENTS" -v a="$ARTICLES" -v first="$FIRST_ID" -v run="$run_id" 'BEGIN {
  for (i = 0; i < n; i++) {
    id = first + (i % a)
    printf "%d\t{\"eventId\":\"exact-%s-%d\",\"articleId\":%d,\"readerId\":%d,\"readAtMillis\":%d}\n", id, run, i, id, i % 5000, 1795000000000 + i
  }
}' >"$work/events"
head -n $((EVENTS / 10)) "$work/events" >"$work/replay"

produce() {
  java -Xmx512m -cp "$(cat "$RUN/kafka/classpath.txt")" -Dlog4j.configuration=file:/dev/null kafka.tools.ConsoleProducer \
    --bootstrap-server "$BOOTSTRAP" --topic "$TOPIC" \
    --property parse.key=true --property key.separator=$'\t' \
    --producer-property acks=all --producer-property linger.ms=20 --producer-property batch.size=262144 \
    --producer-property enable.idempotence=true <"$1"
}

start=$(date +%s)
echo "producing them to $TOPIC ..."
produce "$work/events" &
producer=$!

# Kill the consumer once about a third has been counted.
until (( $(total) >= EVENTS / 3 )); do sleep 0.5; done
pid=$(cat "$PIDFILE")
echo "counted $(total) so far; killing the interactive provider (pid $pid) with SIGKILL"
kill -9 "$pid"
sleep 3
"$ROOT/deploy/local/run.sh" start interactive-provider

wait "$producer"
echo "all $EVENTS produced; replaying the first $((EVENTS / 10)) again"
produce "$work/replay"

previous=-1
while :; do
  now=$(total)
  (( now == previous )) && (( now >= EVENTS )) && break
  if (( $(date +%s) - start > 900 )); then echo "gave up waiting: $now counted"; break; fi
  previous=$now
  sleep 3
done
elapsed=$(($(date +%s) - start))

wrong=$("${MYSQL[@]}" -e "
  SELECT COUNT(*) FROM (SELECT $FIRST_ID + seq AS id FROM seq_0_to_$((ARTICLES - 1))) expected
  LEFT JOIN interactives i ON i.biz = 'article' AND i.biz_id = expected.id
  WHERE COALESCE(i.read_cnt, 0) <> FLOOR($EVENTS / $ARTICLES) + IF(expected.id - $FIRST_ID < $EVENTS % $ARTICLES, 1, 0)")
cached_wrong=0
for id in $(seq "$FIRST_ID" $((FIRST_ID + 99))); do
  cached=$("${REDIS[@]}" HGET "interactive:article:$id" read_cnt)
  [[ -z $cached ]] && continue
  stored=$("${MYSQL[@]}" -e "SELECT read_cnt FROM interactives WHERE biz = 'article' AND biz_id = $id")
  [[ $cached == "$stored" ]] || cached_wrong=$((cached_wrong + 1))
done
echo "events: $EVENTS (+ $((EVENTS / 10)) replayed), articles: $ARTICLES, counted: $(total), elapsed: ${elapsed}s"
echo "articles with a wrong count in MySQL: $wrong; of the first 100 cached in Redis, differing from MySQL: $cached_wrong"
[[ $wrong == 0 ]]
