#!/usr/bin/env bash
# Seeds the local platform with published articles for the hot list: N articles (ids from 30,000,001)
# updated at random times over the last 6.9 days, each with random counts (likes 0–999, collects 0–99,
# reads 0–9,999) in the interactive context's table. Written straight into MySQL, as a migration would:
# no events; the job is what reconciles. It replaces the rows it seeded before and leaves the rest alone.
#
#   bench/ranking/seed.sh [articles=200000]
#   bench/ranking/seed.sh --drop
#
# Needs MariaDB (its seq_1_to_N tables generate rows) and Redis; deploy/local/run.sh up for the schemas.
set -euo pipefail

MYSQL=(mysql -h "${WEBOOK_MYSQL_HOST_ONLY:-127.0.0.1}" -P "${WEBOOK_MYSQL_PORT:-3306}" -u "${WEBOOK_MYSQL_USERNAME:-root}")
[[ -n ${WEBOOK_MYSQL_PASSWORD:-} ]] && MYSQL+=(-p"$WEBOOK_MYSQL_PASSWORD")
REDIS=(redis-cli -h "${WEBOOK_REDIS_HOST:-127.0.0.1}" -p "${WEBOOK_REDIS_PORT:-6379}")
FIRST_ID=30000001
LAST_ID=39999999
sql() { "${MYSQL[@]}" -N -B "$@"; }

drop() {
  sql webook_article -e "DELETE FROM articles WHERE id BETWEEN $FIRST_ID AND $LAST_ID;
                         DELETE FROM published_articles WHERE id BETWEEN $FIRST_ID AND $LAST_ID;"
  sql webook_interactive -e "DELETE FROM interactives WHERE biz = 'article' AND biz_id BETWEEN $FIRST_ID AND $LAST_ID;"
  # Cached counts and copies of seeded ids would outlive the rows.
  local pattern
  for pattern in 'interactive:article:3*' 'article:*:3*'; do
    "${REDIS[@]}" --scan --pattern "$pattern" | xargs -r -n 500 "${REDIS[@]}" DEL >/dev/null
  done
}

if [[ ${1:-} == --drop ]]; then
  drop
  echo "seeded rows removed"
  exit 0
fi
ARTICLES=${1:-200000}
drop
now=$(($(date +%s) * 1000))
span=$((6 * 86400000 + 21 * 3600000))
echo "seeding $ARTICLES articles updated over the last 6.9 days ..."
sql webook_article -e "
  INSERT INTO articles (id, author_id, title, content, status, created_at, updated_at)
  SELECT $FIRST_ID + seq - 1, 1 + seq % 10, CONCAT('Hot list bench article ', seq),
         REPEAT('Lorem ipsum dolor sit amet, consectetur adipiscing elit. ', 6), 2,
         $now - FLOOR(RAND(seq) * $span), $now - FLOOR(RAND(seq) * $span)
  FROM seq_1_to_$ARTICLES;
  INSERT INTO published_articles (id, author_id, title, content, status, created_at, updated_at)
  SELECT id, author_id, title, content, status, created_at, updated_at FROM articles
  WHERE id BETWEEN $FIRST_ID AND $((FIRST_ID + ARTICLES - 1));"
sql webook_interactive -e "
  INSERT INTO interactives (biz, biz_id, read_cnt, like_cnt, collect_cnt, ctime, utime)
  SELECT 'article', $FIRST_ID + seq - 1, FLOOR(RAND(seq * 3) * 10000), FLOOR(RAND(seq * 7) * 1000),
         FLOOR(RAND(seq * 11) * 100), $now, $now
  FROM seq_1_to_$ARTICLES;"
echo "seeded articles $FIRST_ID..$((FIRST_ID + ARTICLES - 1))"
