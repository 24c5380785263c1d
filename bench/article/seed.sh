#!/usr/bin/env bash
# Seeds the local platform with data to measure against: 10 bench authors (real accounts, signed up
# through consumer-web), 100,000 published articles of about 2 KB by them, and 1,000,000 likes by
# 10 bench readers (every article liked by each, so each article's like count is 10), with counts rows
# for every article. Ids of seeded articles start at 10,000,001, apart from articles written by hand.
#
#   bench/article/seed.sh            seed (again: it replaces the seeded rows, leaves the rest alone)
#   bench/article/seed.sh --drop     remove the seeded rows
#
# Needs the platform up (deploy/local/run.sh up) and a MariaDB (its seq_1_to_N tables generate rows).
set -euo pipefail

B=${WEBOOK_BENCH_URL:-http://127.0.0.1:8080}
MYSQL=(mysql -h "${WEBOOK_MYSQL_HOST_ONLY:-127.0.0.1}" -P "${WEBOOK_MYSQL_PORT:-3306}" -u "${WEBOOK_MYSQL_USERNAME:-root}")
[[ -n ${WEBOOK_MYSQL_PASSWORD:-} ]] && MYSQL+=(-p"$WEBOOK_MYSQL_PASSWORD")
FIRST_ID=10000001
ARTICLES=${WEBOOK_BENCH_ARTICLES:-100000}
LAST_ID=$((FIRST_ID + ARTICLES - 1))
READERS=10
FIRST_READER=20000001

# shellcheck source=accounts.sh
source "$(dirname "$0")/accounts.sh"

sql() { "${MYSQL[@]}" -N -B "$@"; }

drop() {
  sql webook_article -e "DELETE FROM articles WHERE id BETWEEN $FIRST_ID AND $LAST_ID;
                         DELETE FROM published_articles WHERE id BETWEEN $FIRST_ID AND $LAST_ID;"
  sql webook_interactive -e "DELETE FROM interactives WHERE biz = 'article' AND biz_id BETWEEN $FIRST_ID AND $LAST_ID;
                             DELETE FROM user_like_bizs WHERE biz = 'article' AND biz_id BETWEEN $FIRST_ID AND $LAST_ID;"
  # Cached copies of seeded ids (counts, reader copies, "no such article" marks) would outlive the rows.
  local pattern
  for pattern in 'interactive:article:100*' 'article:*:100*'; do
    redis-cli -h "${WEBOOK_REDIS_HOST:-127.0.0.1}" -p "${WEBOOK_REDIS_PORT:-6379}" --scan --pattern "$pattern" |
      xargs -r -n 500 redis-cli -h "${WEBOOK_REDIS_HOST:-127.0.0.1}" -p "${WEBOOK_REDIS_PORT:-6379}" DEL >/dev/null
  done
}

# Signs up (or just logs in) a bench account; prints its user id.
account() {
  local email=$1 nickname=$2 token
  token=$(bench_token "$email")
  curl -fs -o /dev/null -X POST "$B/users/edit" -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
    -d "{\"nickname\":\"$nickname\",\"aboutMe\":\"\"}"
  curl -fs "$B/users/profile" -H "Authorization: Bearer $token" | grep -o '"id":[0-9]*' | head -1 | cut -d: -f2
}

if [[ ${1:-} == --drop ]]; then
  drop
  echo "seeded rows removed"
  exit 0
fi

curl -fs "$B/ping" >/dev/null || { echo "consumer-web does not answer at $B: run deploy/local/run.sh up first" >&2; exit 1; }
authors=()
for i in $(seq 1 10); do
  authors+=("$(account "bench-author-$i@example.com" "Bench author $i")")
done
echo "bench authors: ${authors[*]}"
author_case="CASE seq % 10"
for i in "${!authors[@]}"; do author_case+=" WHEN $i THEN ${authors[$i]}"; done
author_case+=" END"

drop
now=$(($(date +%s) * 1000))
content="REPEAT('Lorem **ipsum** dolor sit amet, consectetur adipiscing elit.\n', 32)"
echo "seeding $ARTICLES articles ..."
sql webook_article -e "
  INSERT INTO articles (id, author_id, title, content, status, created_at, updated_at)
  SELECT $FIRST_ID + seq - 1, $author_case, CONCAT('Bench article ', seq), $content, 2,
         $now - seq * 1000, $now - seq * 1000
  FROM seq_1_to_$ARTICLES;
  INSERT INTO published_articles (id, author_id, title, content, status, created_at, updated_at)
  SELECT id, author_id, title, content, status, created_at, updated_at FROM articles
  WHERE id BETWEEN $FIRST_ID AND $LAST_ID;"
echo "seeding $((ARTICLES * READERS)) likes and $ARTICLES counts rows ..."
sql webook_interactive -e "
  INSERT INTO user_like_bizs (biz, biz_id, uid, status, ctime, utime)
  SELECT 'article', $FIRST_ID + (seq % $ARTICLES), $FIRST_READER + seq DIV $ARTICLES, 1, $now, $now
  FROM seq_0_to_$((ARTICLES * READERS - 1));
  INSERT INTO interactives (biz, biz_id, read_cnt, like_cnt, collect_cnt, ctime, utime)
  SELECT 'article', $FIRST_ID + seq - 1, 1000 + seq % 997, $READERS, seq % 7, $now, $now
  FROM seq_1_to_$ARTICLES;"
echo "seeded articles $FIRST_ID..$LAST_ID"
