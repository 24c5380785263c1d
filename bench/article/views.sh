# Sourced by cpu.sh and profile.sh, with their arguments: one run of the reader view as fast as it goes.
#   [seconds=20] [connections=16] [hot-articles=1000] [reader|anonymous]
# "anonymous" reads without a token instead of as the logged-in bench reader.
SECONDS_PER_RUN=${1:-20}
CONNECTIONS=${2:-16}
HOT=${3:-1000}
WHO=${4:-reader}
B=${WEBOOK_BENCH_URL:-http://127.0.0.1:8080}
RUN=${WEBOOK_RUN_DIR:-$(cd ../.. && pwd)/.run}
FIRST_ID=10000001
LAST_ID=$((FIRST_ID + HOT - 1))

command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 1; }
# shellcheck source=accounts.sh
source accounts.sh
token=-
[[ $WHO == anonymous ]] || token=$(bench_token bench-reader@example.com)

# Runs wrk on the view over the hot articles as fast as it goes; prints wrk's report.
run_views() {
  wrk -t2 -c"$CONNECTIONS" -d"${SECONDS_PER_RUN}s" -s paced.lua "$B" -- "/articles/pub/{id}" 0 "$token" "$FIRST_ID" "$LAST_ID"
}
