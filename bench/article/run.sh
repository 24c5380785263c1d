#!/usr/bin/env bash
# The reader view under load, beside consumer-web's cheapest endpoint (GET /ping), in the same run,
# against the local platform with seeded data (bench/article/seed.sh). For each round: the most
# requests per second each endpoint serves, then p50/p99 latency at a fixed moderate rate.
#
#   bench/article/run.sh [seconds=20] [connections=16] [hot-articles=1000] [paced-rps=100] [rounds=2]
#
# The reader view is read by a logged-in reader (the article, its counts and the reader's flags; one read
# event to Kafka per request) and by an anonymous reader (no token: the article and its counts), over
# <hot-articles> seeded ids, warmed first.
set -euo pipefail
cd "$(dirname "$0")"

SECONDS_PER_RUN=${1:-20}
CONNECTIONS=${2:-16}
HOT=${3:-1000}
PACED_RPS=${4:-100}
ROUNDS=${5:-2}
THREADS=2
B=${WEBOOK_BENCH_URL:-http://127.0.0.1:8080}
FIRST_ID=10000001
LAST_ID=$((FIRST_ID + HOT - 1))
PACED_CONNECTIONS=20

command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 1; }
curl -fs "$B/ping" >/dev/null || { echo "consumer-web does not answer at $B: run deploy/local/run.sh up" >&2; exit 1; }
curl -fs "$B/articles/pub/$LAST_ID" >/dev/null || { echo "article $LAST_ID is not there: run bench/article/seed.sh" >&2; exit 1; }

# shellcheck source=accounts.sh
source accounts.sh
token=$(bench_token bench-reader@example.com)
[[ -n $token ]] || { echo "could not log the bench reader in" >&2; exit 1; }

reader="/articles/pub/{id}"
# run <path> <connections> <rate per connection, 0 = as fast as possible> [token, - for none]
#   → "rps p50 p99 errors"
run() {
  local out
  out=$(wrk -t"$THREADS" -c"$2" -d"${SECONDS_PER_RUN}s" --latency -s paced.lua "$B" -- "$1" "$3" "${4:-$token}" "$FIRST_ID" "$LAST_ID")
  local rps p50 p99 errors
  rps=$(awk '/^Requests\/sec/ {printf "%d", $2}' <<<"$out")
  p50=$(awk '$1=="50%" {print $2}' <<<"$out")
  p99=$(awk '$1=="99%" {print $2}' <<<"$out")
  local non2xx timeouts
  non2xx=$(awk '/Non-2xx or 3xx/ {print $NF}' <<<"$out")
  timeouts=$(awk '/Socket errors/ {print $NF}' <<<"$out")
  errors="non-2xx=${non2xx:-0},timeouts=${timeouts:-0}"
  echo "$rps $p50 $p99 $errors"
}

echo "warming the reader path over $HOT articles ..."
wrk -t"$THREADS" -c"$CONNECTIONS" -d10s -s paced.lua "$B" -- "$reader" 0 "$token" "$FIRST_ID" "$LAST_ID" >/dev/null
wrk -t"$THREADS" -c"$CONNECTIONS" -d5s -s paced.lua "$B" -- "$reader" 0 - "$FIRST_ID" "$LAST_ID" >/dev/null

per_connection=$((PACED_RPS / PACED_CONNECTIONS))
printf '\n%-6s %-14s %10s %10s %10s %s\n' round endpoint "max rps" "p50" "p99" "(p50/p99 at $PACED_RPS rps offered; errors)"
for round in $(seq 1 "$ROUNDS"); do
  read -r ping_rps _ _ ping_err <<<"$(run /ping "$CONNECTIONS" 0)"
  read -r reader_rps _ _ reader_err <<<"$(run "$reader" "$CONNECTIONS" 0)"
  read -r _ ping_p50 ping_p99 ping_perr <<<"$(run /ping "$PACED_CONNECTIONS" "$per_connection")"
  read -r _ reader_p50 reader_p99 reader_perr <<<"$(run "$reader" "$PACED_CONNECTIONS" "$per_connection")"
  read -r anon_rps _ _ anon_err <<<"$(run "$reader" "$CONNECTIONS" 0 -)"
  read -r _ anon_p50 anon_p99 anon_perr <<<"$(run "$reader" "$PACED_CONNECTIONS" "$per_connection" -)"
  printf '%-6s %-14s %10s %10s %10s %s\n' "$round" "GET /ping" "$ping_rps" "$ping_p50" "$ping_p99" "$ping_err $ping_perr"
  printf '%-6s %-14s %10s %10s %10s %s\n' "$round" "reader view" "$reader_rps" "$reader_p50" "$reader_p99" "$reader_err $reader_perr"
  printf '%-6s %-14s %10s %10s %10s %s\n' "$round" "anonymous view" "$anon_rps" "$anon_p50" "$anon_p99" "$anon_err $anon_perr"
  echo "round $round: reader view at $((100 * reader_rps / ping_rps))%, anonymous view at $((100 * anon_rps / ping_rps))% of /ping's throughput"
done
