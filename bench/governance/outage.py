#!/usr/bin/env python3
"""etcd stopped for 30 s and started again (`deploy/local/run.sh infra`): how soon the console can write
rules again, and how long each app then takes to enforce a rule written for it. Run against a platform from
`deploy/local/run.sh up` whose etcd run.sh started; it deletes its rules at the end."""
import os
import subprocess
import time

from common import ROOT, RUN, console, enforced, instances

APPS = ['webook-consumer-web', 'webook-article', 'webook-interactive', 'webook-code', 'webook-user', 'webook-ranking']
live = {app: instances(app) for app in APPS}
subprocess.run(['kill', open(os.path.join(RUN, 'pids', 'etcd.pid')).read().strip()], check=True)
time.sleep(30)
subprocess.run([os.path.join(ROOT, 'deploy', 'local', 'run.sh'), 'infra'], check=True, capture_output=True)
back = time.time()
written = {}
for app in APPS:
    while True:
        status, body = console('POST', '/api/v1/apps/%s/rules/flow' % app, {'rule': {'resource': 'after-outage', 'count': 77}})
        if status == 200:
            written[app] = (body['data']['id'], time.time())
            break
        time.sleep(0.05)
print('after 30 s without etcd: the console wrote its first rule %.0f ms after etcd was started again'
      % ((min(t for _, t in written.values()) - back) * 1000))
for app, (rule, at) in written.items():
    for instance in live[app]:
        while not any(r.get('id') == rule for r in enforced(instance)):
            time.sleep(0.01)
    print('  %-20s enforced it %5.0f ms after the console wrote it' % (app, (time.time() - at) * 1000))
    console('DELETE', '/api/v1/apps/%s/rules/flow/%d' % (app, rule))
