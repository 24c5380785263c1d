#!/usr/bin/env bash
# Where consumer-web's CPU goes in the reader view: records a JFR (default settings: execution samples
# every 20 ms) of consumer-web while the view runs as fast as it goes, then prints, for each part of the
# stack, the share of samples that have it on their stack (inclusive, so the shares overlap), and the
# methods most often on top. JFR keeps the 64 frames nearest the top of each stack, so parts that sit
# only near the bottom (Tomcat's request loop) are undercounted.
#
#   bench/article/profile.sh [seconds=20] [connections=16] [hot-articles=1000] [reader|anonymous] [jfr-file]
#
# Needs deploy/local/run.sh up, bench/article/seed.sh, wrk and python3.
set -euo pipefail
cd "$(dirname "$0")"

JFR=${5:-$(mktemp -u /tmp/webook-reader-XXXXXX.jfr)}
# shellcheck source=views.sh
source views.sh "$@"
pid=$(cat "$RUN/pids/consumer-web.pid")

jcmd "$pid" JFR.start name=reader-profile settings=default filename="$JFR" >/dev/null
run_views | awk '/^Requests\/sec/ {printf "%s views/s while recording\n", $2}'
jcmd "$pid" JFR.stop name=reader-profile >/dev/null
echo "recording: $JFR"

jfr print --json --events jdk.ExecutionSample "$JFR" | python3 -c '
import json, sys, collections
parts = [
    ("HTTP server (Tomcat, Spring MVC)", ("org.apache.catalina.", "org.apache.coyote.", "org.springframework.web.")),
    ("JSON (Jackson)", ("com.fasterxml.jackson.",)),
    ("Dubbo client and server", ("org.apache.dubbo.",)),
    ("Netty", ("io.netty.",)),
    ("TLS", ("sun.security.ssl.", "com.sun.crypto.provider.")),
    ("Redis (Lettuce, Spring Data)", ("io.lettuce.", "org.springframework.data.redis.")),
    ("Sa-Token", ("cn.dev33.",)),
    ("JWT (hutool)", ("cn.hutool.",)),
    ("Micrometer (metrics, tracing)", ("io.micrometer.",)),
    ("logging", ("ch.qos.logback.", "org.slf4j.")),
    ("Caffeine", ("com.github.benmanes.caffeine.",)),
    ("webook code", ("com.webook.",)),
]
events = json.load(sys.stdin)["recording"]["events"]
total = len(events)
inclusive = collections.Counter()
top = collections.Counter()
for event in events:
    frames = event["values"]["stackTrace"]["frames"] if event["values"].get("stackTrace") else []
    names = [f["method"]["type"]["name"].replace("/", ".") + "." + f["method"]["name"] for f in frames]
    if names:
        top[names[0]] += 1
    for part, prefixes in parts:
        if any(n.startswith(prefixes) for n in names):
            inclusive[part] += 1
print(f"{total} samples")
print("part of the stack                     share of samples (inclusive)")
for part, _ in parts:
    print(f"  {part:<36} {100 * inclusive[part] / max(total, 1):5.1f}%")
print("methods most often on top")
for name, count in top.most_common(12):
    print(f"  {100 * count / max(total, 1):5.1f}%  {name}")
'
