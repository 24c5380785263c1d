#!/usr/bin/env bash
# The hot list against the local platform (deploy/local/run.sh up), three measurements:
#   1. the job over N seeded articles of the last 7 days (bench/ranking/seed.sh N), fired through job-admin
#      three times per N: its own report (articles, pages, time waiting for articles and for counts);
#   2. correctness: over 10,000 seeded articles, the served top 100 against a full sort in SQL of every
#      published article of the last 7 days, at the list's own computedAt;
#   3. drift: after 500 likes through consumer-web by 10 bench readers (half on the served top 100, half on
#      random seeded articles), how far the live list is from the next full run (the run's own report);
#   4. GET /ranking/hot beside GET /ping through consumer-web with wrk, in the same run.
#
#   bench/ranking/run.sh [sizes="50000 200000"] [seconds=20] [connections=16] [rounds=2]
#
# It leaves 10,000 seeded articles; bench/ranking/seed.sh --drop removes them.
set -euo pipefail
cd "$(dirname "$0")"
SIZES=${1:-50000 200000}
SECONDS_PER_RUN=${2:-20}
CONNECTIONS=${3:-16}
ROUNDS=${4:-2}
ROOT=$(cd ../.. && pwd)
RUN=${WEBOOK_RUN_DIR:-$ROOT/.run}
W=${WEBOOK_BENCH_URL:-http://127.0.0.1:8080}
J=${WEBOOK_BENCH_JOB_ADMIN:-http://127.0.0.1:8280}
P=$(cat "$RUN/secrets/job-admin-password")
MYSQL=(mysql -h "${WEBOOK_MYSQL_HOST_ONLY:-127.0.0.1}" -P "${WEBOOK_MYSQL_PORT:-3306}" -u "${WEBOOK_MYSQL_USERNAME:-root}")

command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 1; }
curl -fs "$W/ping" >/dev/null || { echo "consumer-web does not answer at $W: run deploy/local/run.sh up" >&2; exit 1; }
job=$(curl -fs -u "admin:$P" "$J/api/v1/jobs?name=hot" | grep -o '"id":[0-9]*' | head -1 | cut -d: -f2)
[[ -n $job ]] || { echo "no hot list job in job-admin (deploy/local/run.sh up creates it)" >&2; exit 1; }

# The schedule is paused while this runs (a scheduled run meanwhile would find the job lock taken) and
# resumed at the end; each run is fired by hand.
curl -fs -o /dev/null -u "admin:$P" -X POST "$J/api/v1/jobs/$job/pause"
trap 'curl -fs -o /dev/null -u "admin:$P" -X POST "$J/api/v1/jobs/$job/resume"' EXIT

# Fires the job once and waits for its run to end; prints the run's result message.
fire() {
  local run state
  run=$(curl -fs -u "admin:$P" -H 'Content-Type: application/json' -d '{"param":""}' "$J/api/v1/jobs/$job/trigger" |
    grep -o '"id":[0-9]*' | head -1 | cut -d: -f2)
  for _ in $(seq 1 120); do
    state=$(curl -fs -u "admin:$P" "$J/api/v1/runs/$run")
    if grep -q '"state":"\(SUCCEEDED\|FAILED\|LOST\|TIMED_OUT\|KILLED\|SKIPPED\)"' <<<"$state"; then
      grep -o '"resultMsg":"[^"]*"' <<<"$state" | cut -d'"' -f4 | cut -c1-160
      return
    fi
    sleep 0.5
  done
  echo "run $run did not end within a minute"
}

pid=$(cat "$RUN/pids/ranking-provider.pid")
echo "== 1. the job over seeded articles (ranking provider pid $pid)"
for n in $SIZES; do
  ./seed.sh "$n" >/dev/null
  echo "-- $n articles"
  for i in 1 2 3; do
    echo "run $i: $(fire)"
    sleep 1
  done
  jcmd "$pid" GC.run >/dev/null
  echo "ranking provider's heap after a full GC: $(jcmd "$pid" GC.heap_info | grep -E 'generation|Metaspace' |
    sed -E 's/^ *([a-z]+) .*(total [0-9]+K), (used [0-9]+K).*/\1: \3 of \2/' | paste -sd';')"
done

echo "== 2. correctness over 10,000 seeded articles"
./seed.sh 10000 >/dev/null
fire >/dev/null
answer=$(curl -fs "$W/ranking/hot?offset=0&limit=100")
computed=$(grep -o '"computedAt":"[^"]*"' <<<"$answer" | cut -d'"' -f4)
at=$(($(date -d "$computed" +%s%N) / 1000000))
served=$(grep -o '"id":[0-9]*' <<<"$answer" | cut -d: -f2 | paste -sd,)
expected=$("${MYSQL[@]}" -N -B -e "
  SELECT p.id FROM webook_article.published_articles p
  LEFT JOIN webook_interactive.interactives i ON i.biz = 'article' AND i.biz_id = p.id
  WHERE p.status = 2 AND p.updated_at >= $at - 7 * 86400000
  ORDER BY (COALESCE(i.like_cnt, 0) - 1) / POW(GREATEST(0, $at - p.updated_at) / 3600000 + 2, 1.5) DESC,
           p.updated_at DESC, p.id DESC
  LIMIT 100" | paste -sd,)
if [[ $served == "$expected" ]]; then
  echo "the served top 100 equals the full sort in SQL (100 of 100 in the same order, at $computed)"
else
  echo "DIFFERENT at $computed:"
  echo "  served:   $served"
  echo "  expected: $expected"
fi

echo "== 3. drift of the live list after 500 random likes"
B=$W
# shellcheck source=../article/accounts.sh
source ../article/accounts.sh
tokens=()
for i in $(seq 1 10); do tokens+=("$(bench_token "bench-liker-$i@example.com")"); done
mapfile -t top < <(curl -fs "$W/ranking/hot?offset=0&limit=100" | grep -o '"id":[0-9]*' | cut -d: -f2)
liked=0
for i in $(seq 0 499); do
  if ((i % 2 == 0)); then target=${top[$((RANDOM % ${#top[@]}))]}; else target=$((30000001 + RANDOM % 10000)); fi
  code=$(curl -s -o /dev/null -w '%{http_code}' -X POST "$W/articles/pub/like" -H "Authorization: Bearer ${tokens[$((i % 10))]}" \
    -H 'Content-Type: application/json' -d "{\"id\":$target,\"like\":true}")
  [[ $code == 200 ]] && liked=$((liked + 1))
done
sleep 5
echo "$liked likes accepted; the next full run: $(fire)"

echo "== 4. GET /ranking/hot beside GET /ping (wrk, $CONNECTIONS connections, ${SECONDS_PER_RUN}s each)"
rps() { wrk -t2 -c"$CONNECTIONS" -d"${SECONDS_PER_RUN}s" --latency "$W$1" | awk '/^Requests\/sec/ {printf "%d", $2}'; }
wrk -t2 -c"$CONNECTIONS" -d5s "$W/ranking/hot?limit=20" >/dev/null
for round in $(seq 1 "$ROUNDS"); do
  ping=$(rps /ping)
  hot=$(rps "/ranking/hot?limit=20")
  echo "round $round: /ping $ping rps, /ranking/hot $hot rps: $((100 * hot / ping))% of /ping"
done
