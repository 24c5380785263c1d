#!/usr/bin/env python3
"""A QPS-5 flow rule on consumer-web's GET /ping set through the governance console: how long until every
consumer-web instance enforces it, what 50 requests/s for 2 s get, and how long a rollback takes to be enforced.
Run against a platform from `deploy/local/run.sh up`; it leaves the rule rolled back and then deletes it."""
import time
import urllib.error
import urllib.request

from common import console, enforced, instances

APP = 'webook-consumer-web'
web = instances(APP)
start = time.time()
status, body = console('POST', '/api/v1/apps/%s/rules/flow' % APP, {'rule': {'resource': 'GET:/ping', 'grade': 1, 'count': 5}})
rule = body['data']['id']
for instance in web:
    while not any(r.get('id') == rule for r in enforced(instance)):
        time.sleep(0.01)
print('rule %d (QPS 5 on GET:/ping) enforced by all %d instance(s) %.0f ms after the request to the console'
      % (rule, len(web), (time.time() - start) * 1000))

answers = []
start = time.time()
for i in range(100):
    while time.time() < start + i * 0.02:
        pass
    try:
        with urllib.request.urlopen('http://127.0.0.1:8080/ping', timeout=5) as answer:
            answers.append((answer.status, None))
    except urllib.error.HTTPError as refused:
        answers.append((refused.code, refused.headers.get('Retry-After')))
passed = sum(1 for s, _ in answers if s == 200)
throttled = [a for a in answers if a[0] == 429]
print('50 requests/s for 2 s: %d passed, %d answered 429 (Retry-After %s), %d other'
      % (passed, len(throttled), sorted(set(r for _, r in throttled)), 100 - passed - len(throttled)))

console('PUT', '/api/v1/apps/%s/rules/flow/%d' % (APP, rule), {'rule': {'resource': 'GET:/ping', 'grade': 1, 'count': 50}})
for instance in web:
    while not any(r.get('id') == rule and r.get('count') == 50 for r in enforced(instance)):
        time.sleep(0.01)
history = console('GET', '/api/v1/apps/%s/rules/flow/history' % APP)[1]['data']
created = [v for v in history if v['action'].startswith('created rule %d' % rule)][0]['id']
start = time.time()
console('POST', '/api/v1/versions/%d/rollback' % created)
for instance in web:
    while not any(r.get('id') == rule and r.get('count') == 5 for r in enforced(instance)):
        time.sleep(0.01)
print('rollback to version %d (QPS 5 again) enforced by all instances %.0f ms after the request'
      % (created, (time.time() - start) * 1000))
console('DELETE', '/api/v1/apps/%s/rules/flow/%d' % (APP, rule))
