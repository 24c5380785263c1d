#!/usr/bin/env bash
# CPU per reader view, process by process: runs the reader view as fast as it goes for a while
# (wrk, as run.sh does) and reads each process's user+system time from /proc/<pid>/stat before and after.
#
#   bench/article/cpu.sh [seconds=20] [connections=16] [hot-articles=1000] [reader|anonymous]
#
# "anonymous" measures the view without a token instead of the logged-in reader's.
#
# The apps are the local platform's (their pids in .run/pids, or WEBOOK_RUN_DIR); MariaDB and Redis are
# found by name. Needs deploy/local/run.sh up, bench/article/seed.sh and wrk.
set -euo pipefail
cd "$(dirname "$0")"

# shellcheck source=views.sh
source views.sh "$@"
TICKS=$(getconf CLK_TCK)

declare -A pids
for name in consumer-web article-provider interactive-provider user-provider kafka; do
  [[ -f $RUN/pids/$name.pid ]] && pids[$name]=$(cat "$RUN/pids/$name.pid")
done
pids[mariadb]=$(pgrep -o mariadbd || true)
pids[redis]=$(pgrep -o redis-server || true)

ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }

declare -A before
for name in "${!pids[@]}"; do [[ -n ${pids[$name]} ]] && before[$name]=$(ticks "${pids[$name]}"); done
out=$(run_views)
requests=$(awk '/requests in/ {print $1}' <<<"$out")
rps=$(awk '/^Requests\/sec/ {printf "%d", $2}' <<<"$out")

printf '%s requests in %s s (%s/s)\n%-22s %s\n' "$requests" "$SECONDS_PER_RUN" "$rps" process "CPU ms per view"
total=0
for name in consumer-web article-provider interactive-provider user-provider mariadb redis kafka; do
  [[ -n ${pids[$name]:-} && -n ${before[$name]:-} ]] || continue
  used=$(( $(ticks "${pids[$name]}") - before[$name] ))
  per=$(awk -v t="$used" -v hz="$TICKS" -v n="$requests" 'BEGIN {printf "%.3f", t * 1000 / hz / n}')
  total=$(awk -v a="$total" -v b="$per" 'BEGIN {printf "%.3f", a + b}')
  printf '%-22s %s\n' "$name" "$per"
done
printf '%-22s %s\n' total "$total"
