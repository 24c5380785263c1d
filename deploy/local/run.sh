#!/usr/bin/env bash
# Webook on one machine: the infrastructure (etcd, MariaDB, Redis, Kafka) and the apps, each its own
# process, with data, logs and pids under the run directory (.run/ in the checkout, ignored by git).
#
#   deploy/local/run.sh up       build, start everything that is not running, print where to open it
#   deploy/local/run.sh test     start what the tests need, run ./mvnw verify --fail-at-end, stop what it started
#   deploy/local/run.sh status   each process: pid, port, healthy or not
#   deploy/local/run.sh down     stop everything this script started (by pid, nothing else)
#   deploy/local/run.sh infra    start only the infrastructure
#   deploy/local/run.sh start APP   start one app (already built) that is not running, e.g. after a crash
#   deploy/local/run.sh stop APP    stop one app gracefully: it leaves the registry first
#   deploy/local/run.sh demo-executor   start a stock XXL-Job executor (another team's app) for job-admin
#
# Servers already listening on their ports (a MariaDB on 3306, a Redis on 6379, ...) are reused and
# never stopped. Running `up` twice starts nothing twice. Ports and addresses come from the
# environment, see the defaults below.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
RUN=${WEBOOK_RUN_DIR:-$ROOT/.run}
PIDS=$RUN/pids
LOGS=$RUN/logs

ETCD_PORT=${WEBOOK_ETCD_PORT:-2379}
ETCD_PEER_PORT=${WEBOOK_ETCD_PEER_PORT:-2380}
MYSQL_PORT=${WEBOOK_MYSQL_PORT:-3306}
REDIS_PORT=${WEBOOK_REDIS_PORT:-6379}
KAFKA_PORT=${WEBOOK_KAFKA_PORT:-9092}
KAFKA_CONTROLLER_PORT=${WEBOOK_KAFKA_CONTROLLER_PORT:-9093}
USER_HTTP_PORT=${WEBOOK_USER_HTTP_PORT:-8181}
USER_DUBBO_PORT=${WEBOOK_USER_DUBBO_PORT:-20881}
CODE_HTTP_PORT=${WEBOOK_CODE_HTTP_PORT:-8182}
CODE_DUBBO_PORT=${WEBOOK_CODE_DUBBO_PORT:-20882}
SMS_HTTP_PORT=${WEBOOK_SMS_HTTP_PORT:-8183}
SMS_DUBBO_PORT=${WEBOOK_SMS_DUBBO_PORT:-20883}
ARTICLE_HTTP_PORT=${WEBOOK_ARTICLE_HTTP_PORT:-8184}
ARTICLE_DUBBO_PORT=${WEBOOK_ARTICLE_DUBBO_PORT:-20884}
INTERACTIVE_HTTP_PORT=${WEBOOK_INTERACTIVE_HTTP_PORT:-8185}
INTERACTIVE_DUBBO_PORT=${WEBOOK_INTERACTIVE_DUBBO_PORT:-20885}
RANKING_HTTP_PORT=${WEBOOK_RANKING_HTTP_PORT:-8186}
RANKING_DUBBO_PORT=${WEBOOK_RANKING_DUBBO_PORT:-20886}
RANKING_EXECUTOR_PORT=${WEBOOK_RANKING_EXECUTOR_PORT:-9998}
WEB_HTTP_PORT=${WEBOOK_WEB_HTTP_PORT:-8080}
WEB_MANAGEMENT_PORT=${WEBOOK_WEB_MANAGEMENT_PORT:-8090}
JOB_HTTP_PORT=${WEBOOK_JOB_HTTP_PORT:-8280}
GOV_HTTP_PORT=${WEBOOK_GOVERNANCE_HTTP_PORT:-8290}
DEMO_EXECUTOR_PORT=${WEBOOK_DEMO_EXECUTOR_PORT:-9999}
APP_HEAP=${WEBOOK_APP_HEAP:-384m}
# The etcd namespaces the apps' account may use: the local platform's and the tests'.
ETCD_NAMESPACES=${WEBOOK_ETCD_NAMESPACES:-webook webook-it webook-it-sms-failover}
SECRETS=$RUN/secrets

export WEBOOK_ETCD_ENDPOINTS=${WEBOOK_ETCD_ENDPOINTS:-127.0.0.1:$ETCD_PORT}
export WEBOOK_MYSQL_HOST=${WEBOOK_MYSQL_HOST:-127.0.0.1:$MYSQL_PORT}
export WEBOOK_REDIS_HOST=${WEBOOK_REDIS_HOST:-127.0.0.1}
export WEBOOK_REDIS_PORT=${WEBOOK_REDIS_PORT:-$REDIS_PORT}
export WEBOOK_KAFKA_BOOTSTRAP_SERVERS=${WEBOOK_KAFKA_BOOTSTRAP_SERVERS:-127.0.0.1:$KAFKA_PORT}
# Every app's Sentinel sends its heartbeat to the governance console.
export WEBOOK_SENTINEL_CONSOLE=${WEBOOK_SENTINEL_CONSOLE:-127.0.0.1:$GOV_HTTP_PORT}

# What this invocation started, so `test` can stop exactly that.
STARTED=()

say() { printf '[webook] %s\n' "$*"; }
die() { printf '[webook] error: %s\n' "$*" >&2; exit 1; }

port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

pid_of() { [[ -f $PIDS/$1.pid ]] && cat "$PIDS/$1.pid"; }

running() {
  local pid
  pid=$(pid_of "$1") || return 1
  kill -0 "$pid" 2>/dev/null
}

wait_for() { # description, seconds, command...
  local what=$1 seconds=$2
  shift 2
  local deadline=$((SECONDS + seconds))
  until "$@"; do
    if ((SECONDS >= deadline)); then
      return 1
    fi
    sleep 0.5
  done
}

start_process() { # name, command...
  local name=$1
  shift
  mkdir -p "$PIDS" "$LOGS"
  nohup "$@" >"$LOGS/$name.out" 2>&1 </dev/null &
  echo $! >"$PIDS/$name.pid"
  STARTED+=("$name")
}

# --- packages -------------------------------------------------------------------------------------

install_packages() { # package...
  if [[ $(id -u) -eq 0 ]] && command -v apt-get >/dev/null; then
    say "installing $* from Debian's packages"
    export DEBIAN_FRONTEND=noninteractive
    apt-get install -y -q "$@" >"$RUN/apt.log" 2>&1 ||
      { apt-get update -q >>"$RUN/apt.log" 2>&1 && apt-get install -y -q "$@" >>"$RUN/apt.log" 2>&1; } ||
      die "could not install $*; see $RUN/apt.log"
  else
    die "please install: $* (for example: sudo apt-get install $*), then run this again"
  fi
}

need() { # command, package
  command -v "$1" >/dev/null || install_packages "$2"
  command -v "$1" >/dev/null || die "$1 is still missing after installing $2"
}

check_java() {
  command -v java >/dev/null || die "please install a JDK 17 or newer (for example: sudo apt-get install openjdk-17-jdk-headless)"
  local version
  version=$(java -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/ {print $2}')
  ((${version%%.*} >= 17)) || die "Java 17 or newer is needed, found $version"
}

# --- infrastructure -------------------------------------------------------------------------------

start_etcd() {
  need etcdctl etcd-client
  if port_open "$ETCD_PORT"; then
    running etcd && say "etcd: already running (pid $(pid_of etcd))" || say "etcd: reusing the server on :$ETCD_PORT"
    if [[ -s $SECRETS/etcd-root ]]; then
      secure_etcd
    else
      say "etcd: the server on :$ETCD_PORT is not this script's and there are no credentials for it in $SECRETS;" \
        "the apps connect without an account"
    fi
    return
  fi
  need etcd etcd-server
  mkdir -p "$RUN/etcd" "$SECRETS"
  # Auth tokens are JWTs signed with a key of this checkout (see deploy/local/EtcdTokenKey.java).
  java "$ROOT/deploy/local/EtcdTokenKey.java" "$SECRETS" || die "could not draw etcd's token key into $SECRETS"
  start_process etcd etcd --name webook --data-dir "$RUN/etcd/data" \
    --listen-client-urls "http://127.0.0.1:$ETCD_PORT" --advertise-client-urls "http://127.0.0.1:$ETCD_PORT" \
    --listen-peer-urls "http://127.0.0.1:$ETCD_PEER_PORT" --initial-advertise-peer-urls "http://127.0.0.1:$ETCD_PEER_PORT" \
    --initial-cluster "webook=http://127.0.0.1:$ETCD_PEER_PORT" --log-outputs stderr \
    --auth-token "jwt,pub-key=$SECRETS/etcd-token.pub,priv-key=$SECRETS/etcd-token.key,sign-method=RS256,ttl=10m"
  wait_for etcd 30 curl -fs "http://127.0.0.1:$ETCD_PORT/health" >/dev/null || die "etcd did not start; see $LOGS/etcd.out"
  secure_etcd
  say "etcd: started on :$ETCD_PORT, with authentication (passwords in $SECRETS)"
}

# etcd requires an account: root, webook-app (the apps) and webook-operator, with passwords drawn once
# into $SECRETS (see deploy/local/etcd-access.sh).
secure_etcd() {
  # shellcheck disable=SC2086
  "$ROOT/deploy/local/etcd-access.sh" "127.0.0.1:$ETCD_PORT" "$SECRETS" $ETCD_NAMESPACES >"$LOGS/etcd-access.out" 2>&1 ||
    die "could not set up etcd's accounts; see $LOGS/etcd-access.out (a stale .run/etcd from before? run.sh down && rm -rf .run/etcd)"
  etcd_account
}

# The apps' etcd account, from the environment when set there, else from $SECRETS.
etcd_account() {
  if [[ -z ${WEBOOK_ETCD_USERNAME:-} && -s $SECRETS/etcd-webook-app ]]; then
    export WEBOOK_ETCD_USERNAME=webook-app
    WEBOOK_ETCD_PASSWORD=$(cat "$SECRETS/etcd-webook-app")
    export WEBOOK_ETCD_PASSWORD
  fi
}

start_mariadb() {
  if port_open "$MYSQL_PORT"; then
    running mariadb && say "MariaDB: already running (pid $(pid_of mariadb))" || say "MariaDB: reusing the server on :$MYSQL_PORT"
    return
  fi
  need mariadbd mariadb-server
  [[ -d /var/lib/mysql/mysql ]] || mariadb-install-db --user=mysql >"$LOGS/mariadb-install.out" 2>&1
  mkdir -p /run/mysqld && chown mysql:mysql /run/mysqld 2>/dev/null || true
  start_process mariadb mariadbd --user=mysql --bind-address=127.0.0.1 --port="$MYSQL_PORT"
  wait_for MariaDB 60 port_open "$MYSQL_PORT" || die "MariaDB did not start; see $LOGS/mariadb.out"
  # Debian's root logs in through the socket only; the apps log in over TCP as root without a
  # password unless WEBOOK_MYSQL_USERNAME / WEBOOK_MYSQL_PASSWORD say otherwise.
  if ! mariadb -h127.0.0.1 -P"$MYSQL_PORT" -uroot -e 'SELECT 1' >/dev/null 2>&1; then
    mariadb -uroot -e "ALTER USER 'root'@'localhost' IDENTIFIED VIA unix_socket OR mysql_native_password USING PASSWORD('')" ||
      say "MariaDB: set WEBOOK_MYSQL_USERNAME and WEBOOK_MYSQL_PASSWORD for a user that can create databases"
  fi
  say "MariaDB: started on :$MYSQL_PORT"
}

start_redis() {
  if port_open "$REDIS_PORT"; then
    running redis && say "Redis: already running (pid $(pid_of redis))" || say "Redis: reusing the server on :$REDIS_PORT"
    return
  fi
  need redis-server redis-server
  mkdir -p "$RUN/redis"
  start_process redis redis-server --bind 127.0.0.1 --port "$REDIS_PORT" --save "" --appendonly no --dir "$RUN/redis"
  wait_for Redis 20 port_open "$REDIS_PORT" || die "Redis did not start; see $LOGS/redis.out"
  say "Redis: started on :$REDIS_PORT"
}

start_kafka() {
  if port_open "$KAFKA_PORT"; then
    running kafka && say "Kafka: already running (pid $(pid_of kafka))" || say "Kafka: reusing the broker on :$KAFKA_PORT"
    return
  fi
  local dir=$RUN/kafka
  mkdir -p "$dir"
  if [[ ! -s $dir/classpath.txt || $ROOT/deploy/local/kafka/pom.xml -nt $dir/classpath.txt ]]; then
    say "Kafka: resolving the broker's jars from Maven"
    (cd "$ROOT" && ./mvnw -B -q -f deploy/local/kafka/pom.xml dependency:build-classpath \
      -Dmdep.outputFile="$dir/classpath.txt") >"$LOGS/kafka-resolve.out" 2>&1 ||
      die "could not resolve Kafka's jars; see $LOGS/kafka-resolve.out"
  fi
  cat >"$dir/server.properties" <<EOF
process.roles=broker,controller
node.id=1
controller.quorum.voters=1@127.0.0.1:$KAFKA_CONTROLLER_PORT
listeners=PLAINTEXT://127.0.0.1:$KAFKA_PORT,CONTROLLER://127.0.0.1:$KAFKA_CONTROLLER_PORT
advertised.listeners=PLAINTEXT://127.0.0.1:$KAFKA_PORT
controller.listener.names=CONTROLLER
listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT
inter.broker.listener.name=PLAINTEXT
log.dirs=$dir/data
num.partitions=4
offsets.topic.replication.factor=1
transaction.state.log.replication.factor=1
transaction.state.log.min.isr=1
group.initial.rebalance.delay.ms=0
auto.create.topics.enable=true
EOF
  cat >"$dir/log4j.properties" <<EOF
log4j.rootLogger=WARN, file
log4j.logger.kafka.server.KafkaServer=INFO
log4j.logger.kafka.server.KafkaRaftServer=INFO
log4j.appender.file=org.apache.log4j.FileAppender
log4j.appender.file.File=$LOGS/kafka.log
log4j.appender.file.layout=org.apache.log4j.PatternLayout
log4j.appender.file.layout.ConversionPattern=[%d] %p %m (%c)%n
EOF
  local classpath
  classpath=$(cat "$dir/classpath.txt")
  if [[ ! -f $dir/data/meta.properties ]]; then
    java -cp "$classpath" -Dlog4j.configuration="file:$dir/log4j.properties" kafka.tools.StorageTool format \
      -t "$(java -cp "$classpath" kafka.tools.StorageTool random-uuid 2>/dev/null | tail -1)" \
      -c "$dir/server.properties" >"$LOGS/kafka-format.out" 2>&1 || die "could not format Kafka's storage; see $LOGS/kafka-format.out"
  fi
  start_process kafka java -Xms256m -Xmx512m -Dlog4j.configuration="file:$dir/log4j.properties" \
    -cp "$classpath" kafka.Kafka "$dir/server.properties"
  wait_for Kafka 60 port_open "$KAFKA_PORT" || die "Kafka did not start; see $LOGS/kafka.out and $LOGS/kafka.log"
  say "Kafka: started on :$KAFKA_PORT"
}

infra() {
  mkdir -p "$RUN" "$PIDS" "$LOGS"
  check_java
  need curl curl
  start_etcd
  start_mariadb
  start_redis
  start_kafka
}

# --- apps -----------------------------------------------------------------------------------------

# name | jar | HTTP port | management port | Dubbo port (- for none) | identity | more arguments
# In start order; `down` stops them in reverse. The identity is the app's spring.application.name: the
# name in its certificate, the one providers' allow-lists name. Every app runs with the local profile:
# development defaults are allowed (elsewhere the production guard refuses them), and the SMS provider's
# local vendor delivers into an inbox you can read (see the URLs printed by `up`): no real SMS is sent.
APPS=(
  "governance-console|registry-config/console/target/webook-governance-console-0.1.0-SNAPSHOT-exec.jar|$GOV_HTTP_PORT|$GOV_HTTP_PORT|-|webook-governance|"
  "sms-provider|providers/sms/target/webook-sms-provider-0.1.0-SNAPSHOT-exec.jar|$SMS_HTTP_PORT|$SMS_HTTP_PORT|$SMS_DUBBO_PORT|webook-sms|"
  "code-provider|providers/code/target/webook-code-provider-0.1.0-SNAPSHOT-exec.jar|$CODE_HTTP_PORT|$CODE_HTTP_PORT|$CODE_DUBBO_PORT|webook-code|"
  "user-provider|providers/user/target/webook-user-provider-0.1.0-SNAPSHOT-exec.jar|$USER_HTTP_PORT|$USER_HTTP_PORT|$USER_DUBBO_PORT|webook-user|"
  "interactive-provider|providers/interactive/target/webook-interactive-provider-0.1.0-SNAPSHOT-exec.jar|$INTERACTIVE_HTTP_PORT|$INTERACTIVE_HTTP_PORT|$INTERACTIVE_DUBBO_PORT|webook-interactive|"
  "article-provider|providers/article/target/webook-article-provider-0.1.0-SNAPSHOT-exec.jar|$ARTICLE_HTTP_PORT|$ARTICLE_HTTP_PORT|$ARTICLE_DUBBO_PORT|webook-article|"
  "consumer-web|consumer-web/target/webook-consumer-web-0.1.0-SNAPSHOT-exec.jar|$WEB_HTTP_PORT|$WEB_MANAGEMENT_PORT|-|webook-consumer-web|"
  "job-admin|job-admin/target/webook-job-admin-0.1.0-SNAPSHOT-exec.jar|$JOB_HTTP_PORT|$JOB_HTTP_PORT|-|webook-job-admin|"
  "ranking-provider|providers/ranking/target/webook-ranking-provider-0.1.0-SNAPSHOT-exec.jar|$RANKING_HTTP_PORT|$RANKING_HTTP_PORT|$RANKING_DUBBO_PORT|webook-ranking|--webook.ranking.executor.port=$RANKING_EXECUTOR_PORT"
)

build() {
  say "building the apps (./mvnw package, tests skipped)"
  (cd "$ROOT" && ./mvnw -B -q -DskipTests package) >"$LOGS/build.out" 2>&1 || die "the build failed; see $LOGS/build.out"
}

ready() { curl -fs "http://127.0.0.1:$1/actuator/health/readiness" >/dev/null; }

# The development CA and one certificate per app under $RUN/tls (registry-config's DevelopmentPki):
# created on the first `up`, kept afterwards, renewed when near their end. Production uses its own CA.
ensure_certificates() {
  local tools=$RUN/tools identities=() app name jar http management dubbo identity more
  mkdir -p "$tools"
  if [[ ! -s $tools/pki-classpath.txt || $ROOT/pom.xml -nt $tools/pki-classpath.txt ]]; then
    # In the reactor (-pl -am), so registry-config's own modules (api-interfaces) resolve from the build just
    # made, not from a local repository that a fresh machine does not have; registry-config comes last and
    # writes the file.
    (cd "$ROOT" && ./mvnw -B -q -pl registry-config -am compile dependency:build-classpath \
      -Dmdep.includeGroupIds=org.bouncycastle -Dmdep.outputFile="$tools/pki-classpath.txt") >"$LOGS/pki-resolve.out" 2>&1 ||
      die "could not resolve the certificate tool's jars; see $LOGS/pki-resolve.out"
  fi
  for app in "${APPS[@]}"; do
    IFS='|' read -r name jar http management dubbo identity more <<<"$app"
    identities+=("$identity")
  done
  java -cp "$ROOT/registry-config/target/classes:$(cat "$tools/pki-classpath.txt")" \
    com.webook.governance.tls.DevelopmentPki "$RUN/tls" "${identities[@]}" >"$LOGS/pki.out" 2>&1 ||
    die "could not issue the development certificates; see $LOGS/pki.out"
  say "certificates: $(tail -1 "$LOGS/pki.out")"
}

start_app() {
  local name jar http management dubbo identity more
  IFS='|' read -r name jar http management dubbo identity more <<<"$1"
  if running "$name"; then
    say "$name: already running (pid $(pid_of "$name"))"
    return
  fi
  port_open "$http" && die "$name: port $http is taken by another process"
  local args=(--spring.profiles.active=local --webook.tls.dir="$RUN/tls"
    --server.port="$http" --management.server.port="$management" --logging.file.name="$LOGS/$name.log")
  [[ $dubbo != - ]] && args+=(--dubbo.protocol.port="$dubbo")
  [[ -n $more ]] && args+=("$more")
  etcd_account
  # The governance console writes rules to etcd: the operators' account, given to it alone.
  local account=()
  if [[ $name == governance-console && -s $SECRETS/etcd-webook-operator ]]; then
    account=(env WEBOOK_ETCD_USERNAME=webook-operator "WEBOOK_ETCD_PASSWORD=$(cat "$SECRETS/etcd-webook-operator")")
  fi
  # Run a copy, so a later build can replace the jar under target/ without touching the running app.
  mkdir -p "$RUN/apps"
  cp "$ROOT/$jar" "$RUN/apps/$name.jar"
  # user.home in the run directory: Dubbo keeps its registry cache files under ~/.dubbo, Sentinel its
  # metric files under ~/logs/csp.
  start_process "$name" "${account[@]}" java -Xmx"$APP_HEAP" -XX:+UseSerialGC -Duser.home="$RUN/home" \
    -jar "$RUN/apps/$name.jar" "${args[@]}"
  wait_for "$name" 120 ready "$management" || die "$name did not become ready; see $LOGS/$name.out"
  say "$name: ready (pid $(pid_of "$name"), HTTP :$http)"
}

# job-admin's first console admin: a password drawn once into $SECRETS (there is no default password).
job_admin_password() {
  mkdir -p "$SECRETS"
  if [[ ! -s $SECRETS/job-admin-password ]]; then
    (umask 077 && head -c 18 /dev/urandom | base64 | tr '+/' '-_' >"$SECRETS/job-admin-password")
  fi
  WEBOOK_JOB_BOOTSTRAP_PASSWORD=$(cat "$SECRETS/job-admin-password")
  export WEBOOK_JOB_BOOTSTRAP_PASSWORD
}

# The governance console's first user (admin): a password drawn once into $SECRETS; there is no default.
governance_password() {
  mkdir -p "$SECRETS"
  if [[ ! -s $SECRETS/governance-password ]]; then
    (umask 077 && head -c 18 /dev/urandom | base64 | tr '+/' '-_' >"$SECRETS/governance-password")
  fi
  WEBOOK_GOVERNANCE_BOOTSTRAP_PASSWORD=$(cat "$SECRETS/governance-password")
  export WEBOOK_GOVERNANCE_BOOTSTRAP_PASSWORD
}

# The default Sentinel rules (registry-config/sentinel-rules/<app>/<type>.json) into etcd, each only where
# its key does not exist yet: what operators changed in the console stays as they left it.
load_default_rules() {
  local file app type key found loaded=0
  [[ -s $SECRETS/etcd-webook-operator ]] || die "no password of etcd's operator account in $SECRETS"
  # The operator's password through etcdctl's environment (ETCDCTL_USER), never on a command line.
  etcd_as_operator() {
    ETCDCTL_API=3 ETCDCTL_USER="webook-operator:$(cat "$SECRETS/etcd-webook-operator")" \
      etcdctl --endpoints="127.0.0.1:$ETCD_PORT" --command-timeout=5s "$@"
  }
  for file in "$ROOT"/registry-config/sentinel-rules/*/*.json; do
    [[ -e $file ]] || continue
    app=$(basename "$(dirname "$file")")
    type=$(basename "$file" .json)
    key="/${WEBOOK_ETCD_NAMESPACE:-webook}/config/sentinel/$app/$type"
    found=$(etcd_as_operator get "$key" --keys-only) || die "could not read $key from etcd"
    if [[ -z $found ]]; then
      etcd_as_operator put "$key" "$(cat "$file")" >/dev/null || die "could not write the default rules to $key"
      loaded=$((loaded + 1))
    fi
  done
  ((loaded == 0)) || say "Sentinel: loaded $loaded default rule set(s) into etcd (registry-config/sentinel-rules)"
}

# A stock xxl-job-core 3.2.0 executor that is not Webook's (job-admin's test app DemoExecutor: handlers
# demoEcho, demoFail, demoSleep, demoRecord), registered as the app webook-demo with its local token.
demo_executor() {
  local tools=$RUN/tools
  mkdir -p "$tools" "$PIDS" "$LOGS"
  if running demo-executor; then
    say "demo-executor: already running (pid $(pid_of demo-executor))"
    return
  fi
  port_open "$JOB_HTTP_PORT" || die "job-admin is not running on :$JOB_HTTP_PORT; run deploy/local/run.sh up first"
  if [[ ! -s $tools/demo-executor-classpath.txt || $ROOT/job-admin/pom.xml -nt $tools/demo-executor-classpath.txt ||
    ! -d $ROOT/job-admin/target/test-classes ]]; then
    (cd "$ROOT" && ./mvnw -B -q -pl job-admin -am test-compile dependency:build-classpath -Dmdep.includeScope=test \
      -Dmdep.outputFile="$tools/demo-executor-classpath.txt") >"$LOGS/demo-executor-resolve.out" 2>&1 ||
      die "could not build the demo executor; see $LOGS/demo-executor-resolve.out"
  fi
  start_process demo-executor java -Xmx64m -XX:+UseSerialGC \
    -cp "$ROOT/job-admin/target/test-classes:$(cat "$tools/demo-executor-classpath.txt")" com.webook.job.demo.DemoExecutor \
    "http://127.0.0.1:$JOB_HTTP_PORT/" webook-demo "${WEBOOK_JOB_APPS_WEBOOK_DEMO_TOKEN:-dev-only-demo-executor-token}" \
    "$DEMO_EXECUTOR_PORT" "$RUN/demo-executor/logs"
  wait_for demo-executor 30 port_open "$DEMO_EXECUTOR_PORT" || die "the demo executor did not start; see $LOGS/demo-executor.out"
  say "demo-executor: listening on :$DEMO_EXECUTOR_PORT (pid $(pid_of demo-executor)); it registers with job-admin as webook-demo"
}

# The hot list's job in job-admin (created once; operators may change it in the console afterwards): every
# minute on the ranking provider's executor, failing over between its instances, at most one run at a time.
ensure_ranking_job() {
  local body status
  body='{"app":"webook-ranking","name":"hot list","description":"Ranks the articles of the last 7 days (providers/ranking)",'
  body+='"scheduleType":"CRON","schedule":"0 * * * * *","handler":"rankingJob","param":"","routing":"FAILOVER",'
  body+='"blockStrategy":"DISCARD_LATER","misfire":"FIRE_ONCE_NOW","timeoutSeconds":60,"maxRetries":1,'
  body+='"retryBackoffMs":5000,"exclusive":true}'
  status=$(curl -s -o "$LOGS/ranking-job.out" -w '%{http_code}' -u "admin:$WEBOOK_JOB_BOOTSTRAP_PASSWORD" \
    -H 'Content-Type: application/json' -d "$body" "http://127.0.0.1:$JOB_HTTP_PORT/api/v1/jobs") || status=000
  case $status in
    200) say "job-admin: created the hot list's job (rankingJob, every minute); it runs once now"
      local id
      id=$(grep -o '"id":[0-9]*' "$LOGS/ranking-job.out" | head -1 | cut -d: -f2)
      curl -s -o /dev/null -u "admin:$WEBOOK_JOB_BOOTSTRAP_PASSWORD" -H 'Content-Type: application/json' \
        -d '{"param":""}' "http://127.0.0.1:$JOB_HTTP_PORT/api/v1/jobs/$id/trigger" || true ;;
    409) ;; # there already
    401) say "warning: the hot list's job was not created: job-admin's database already has users, and admin's password"
      say "  is not the one in $SECRETS/job-admin-password (that one is used only while there are no users). Create it"
      say "  in the console (app webook-ranking, handler rankingJob, cron 0 * * * * *) or put admin's password in that file" ;;
    *) say "warning: could not create the hot list's job in job-admin (HTTP $status, see $LOGS/ranking-job.out)" ;;
  esac
}

# The governance console's first user exists only while its database had no users: say so when the
# password in $SECRETS is not admin's (a database that another checkout created).
check_governance_login() {
  local status
  status=$(curl -s -o /dev/null -w '%{http_code}' -u "admin:$WEBOOK_GOVERNANCE_BOOTSTRAP_PASSWORD" \
    "http://127.0.0.1:$GOV_HTTP_PORT/api/v1/me") || status=000
  [[ $status == 200 ]] && return
  say "warning: cannot log in to the governance console as admin with $SECRETS/governance-password (HTTP $status):"
  say "  its database (webook_governance) already has users, and that password is used only while there are none."
  say "  Log in with the password of the checkout that created them, or put it in that file"
}

up() {
  infra
  build
  ensure_certificates
  job_admin_password
  governance_password
  load_default_rules
  local app
  for app in "${APPS[@]}"; do
    start_app "$app"
  done
  ensure_ranking_job
  check_governance_login
  cat <<EOF

Webook is up.
  API (consumer-web)     http://127.0.0.1:$WEB_HTTP_PORT        try: curl http://127.0.0.1:$WEB_HTTP_PORT/ping
  web page               http://127.0.0.1:$WEB_HTTP_PORT/
  consumer-web health    http://127.0.0.1:$WEB_MANAGEMENT_PORT/actuator/health
  consumer-web metrics   http://127.0.0.1:$WEB_MANAGEMENT_PORT/actuator/prometheus
  user provider health   http://127.0.0.1:$USER_HTTP_PORT/actuator/health   (Dubbo on :$USER_DUBBO_PORT)
  code provider health   http://127.0.0.1:$CODE_HTTP_PORT/actuator/health   (Dubbo on :$CODE_DUBBO_PORT)
  SMS provider health    http://127.0.0.1:$SMS_HTTP_PORT/actuator/health   (Dubbo on :$SMS_DUBBO_PORT)
  article provider       http://127.0.0.1:$ARTICLE_HTTP_PORT/actuator/health   (Dubbo on :$ARTICLE_DUBBO_PORT)
  interactive provider   http://127.0.0.1:$INTERACTIVE_HTTP_PORT/actuator/health   (Dubbo on :$INTERACTIVE_DUBBO_PORT)
  ranking provider       http://127.0.0.1:$RANKING_HTTP_PORT/actuator/health   (Dubbo on :$RANKING_DUBBO_PORT, executor on :$RANKING_EXECUTOR_PORT)
  hot list               http://127.0.0.1:$WEB_HTTP_PORT/ranking/hot   (job "hot list" in job-admin, every minute)
  governance console     http://127.0.0.1:$GOV_HTTP_PORT/   log in as admin, password in $SECRETS/governance-password
                         (every app's Sentinel reports to it; flow rules, breakers, live metrics)
  job-admin console      http://127.0.0.1:$JOB_HTTP_PORT/   log in as admin, password in $SECRETS/job-admin-password
                         (try a stock XXL-Job executor: deploy/local/run.sh demo-executor)
  SMS inbox (local only) http://127.0.0.1:$SMS_HTTP_PORT/dev/sms/inbox?phone=%2B8613800138000
  etcd                   http://127.0.0.1:$ETCD_PORT   (registry under /webook, config under /webook/config;
                         accounts and passwords in $SECRETS)
  logs                   $LOGS
Status: deploy/local/run.sh status    Stop: deploy/local/run.sh down
EOF
}

# --- status and stop ------------------------------------------------------------------------------

status() {
  printf '%-21s %-9s %-7s %s\n' PROCESS PID PORT STATE
  row() { # name, port, health command...
    local name=$1 port=$2 pid=external state
    shift 2
    if running "$name"; then pid=$(pid_of "$name"); elif ! port_open "$port"; then pid=-; fi
    if "$@" >/dev/null 2>&1; then state=healthy; elif [[ $pid == - ]]; then state=stopped; else state=UNHEALTHY; fi
    printf '%-21s %-9s %-7s %s\n' "$name" "$pid" "$port" "$state"
  }
  row etcd "$ETCD_PORT" curl -fs "http://127.0.0.1:$ETCD_PORT/health"
  row mariadb "$MYSQL_PORT" port_open "$MYSQL_PORT"
  row redis "$REDIS_PORT" port_open "$REDIS_PORT"
  row kafka "$KAFKA_PORT" port_open "$KAFKA_PORT"
  local app name jar http management dubbo identity more
  for app in "${APPS[@]}"; do
    IFS='|' read -r name jar http management dubbo identity more <<<"$app"
    row "$name" "$http" ready "$management"
  done
  if running demo-executor; then row demo-executor "$DEMO_EXECUTOR_PORT" port_open "$DEMO_EXECUTOR_PORT"; fi
}

stop_one() {
  local name=$1 pid
  pid=$(pid_of "$name") || return 0
  if kill -0 "$pid" 2>/dev/null; then
    kill "$pid"
    if ! wait_for "$name" 30 bash -c "! kill -0 $pid 2>/dev/null"; then
      kill -9 "$pid" 2>/dev/null || true
    fi
    say "$name: stopped (pid $pid)"
  fi
  rm -f "$PIDS/$name.pid"
}

down() {
  local i name
  stop_one demo-executor
  for ((i = ${#APPS[@]} - 1; i >= 0; i--)); do
    stop_one "${APPS[i]%%|*}"
  done
  for name in kafka redis mariadb etcd; do
    stop_one "$name"
  done
}

app_named() {
  local app
  for app in "${APPS[@]}"; do
    [[ ${app%%|*} == "$1" ]] && { printf '%s' "$app"; return; }
  done
  die "no app named '$1'; the apps are: $(printf '%s ' "${APPS[@]%%|*}")"
}

stop_started() {
  local i
  for ((i = ${#STARTED[@]} - 1; i >= 0; i--)); do
    stop_one "${STARTED[i]}"
  done
}

# --- a test run's own etcd namespace -----------------------------------------------------------------
# Every `test` is a run of its own, it_r<epoch seconds>p<pid> (webook.it.run; see the test kit's TestRun):
# its apps register in the etcd namespaces webook-<run> and webook-<run>-sms-failover, which the apps' and
# operators' accounts are granted for the run. So two runs side by side never call each other's providers,
# and nothing a run leaves in etcd can reach the next: the run removes its namespaces (grants and keys) when
# it ends, and one that was killed is cleaned up by the next run (its pid is gone, or it is a day old). A
# plain ./mvnw verify is the run "it" (webook-it, granted by the bring-up). The test databases
# (webook_<context>_it) are shared by every run: see TestRun for why.
IT_RUN=it_r$(date +%s)p$$
IT_RUN_NAME='it_r[0-9]+p[0-9]+'

it_namespaces() { printf '%s\n' "webook-$1" "webook-$1-sms-failover"; }

forget_test_run() { # run
  # shellcheck disable=SC2046 # one argument per namespace
  "$ROOT/deploy/local/etcd-access.sh" --remove "$WEBOOK_ETCD_ENDPOINTS" "$SECRETS" $(it_namespaces "$1") ||
    say "warning: could not remove test run $1's etcd namespaces"
}

# Test runs whose namespaces are still granted and that are over: their run.sh is gone, or they began a day ago.
ended_test_runs() {
  local run pid began
  "$ROOT/deploy/local/etcd-access.sh" --granted "$WEBOOK_ETCD_ENDPOINTS" "$SECRETS" 2>/dev/null |
    sed -nE "s/^webook-(${IT_RUN_NAME})\$/\1/p" | while read -r run; do
    [[ $run == "$IT_RUN" ]] && continue
    pid=${run##*p}
    began=${run#it_r}
    began=${began%p*}
    if [[ ! -d /proc/$pid ]] || (($(date +%s) - began > 86400)); then
      printf '%s\n' "$run"
    fi
  done
}

begin_test_run() {
  local run
  for run in $(ended_test_runs); do
    say "removing what the ended test run $run left in etcd"
    forget_test_run "$run" >>"$LOGS/test-runs.out" 2>&1
  done
  # shellcheck disable=SC2046 # one argument per namespace
  "$ROOT/deploy/local/etcd-access.sh" "$WEBOOK_ETCD_ENDPOINTS" "$SECRETS" $(it_namespaces "$IT_RUN") >>"$LOGS/test-runs.out" 2>&1 ||
    die "could not grant the test run's etcd namespaces; see $LOGS/test-runs.out"
}

end_test_run() {
  forget_test_run "$IT_RUN" >>"$LOGS/test-runs.out" 2>&1 || true
}

run_tests() {
  trap 'end_test_run; stop_started' EXIT
  infra
  # job-admin's console is tested in a real headless browser: Debian's chromium and its driver.
  need chromium chromium
  need chromedriver chromium-driver
  begin_test_run
  # --fail-at-end: a failing module does not hide the results of the modules that do not depend on it.
  say "running the tests (run $IT_RUN): ./mvnw -B verify --fail-at-end"
  (cd "$ROOT" && ./mvnw -B verify --fail-at-end -Dwebook.it.secrets.dir="$SECRETS" -Dwebook.it.run="$IT_RUN" "$@")
}

case ${1:-} in
  up) up ;;
  down) down ;;
  status) status ;;
  infra) infra ;;
  test) shift; run_tests "$@" ;;
  start) app=$(app_named "${2:-}"); mkdir -p "$PIDS" "$LOGS"; job_admin_password; governance_password; start_app "$app" ;;
  demo-executor) demo_executor ;;
  stop) app=$(app_named "${2:-}"); stop_one "${app%%|*}" ;;
  *) sed -n '2,16p' "$0" | sed 's/^# \{0,1\}//'; exit 2 ;;
esac
