#!/usr/bin/env python3
"""A direct setRules on one instance (as a stock dashboard would push it): how long until the governance
console flags the drift, and whether a re-sync mends it. Run against a platform from `deploy/local/run.sh up`."""
import time
import urllib.parse
import urllib.request

from common import console, instances

APP = 'webook-article'
machine = instances(APP)[0]['machine']
data = urllib.parse.quote(urllib.parse.quote('[{"resource":"pushed-directly","count":1}]'))
request = urllib.request.Request('http://%s:%d/setRules' % (machine['ip'], machine['port']),
                                 data=('type=flow&data=' + data).encode(), method='POST')
request.add_header('Content-Type', 'application/x-www-form-urlencoded')
print('setRules on %s:%d answered: %s' % (machine['ip'], machine['port'], urllib.request.urlopen(request).read().decode()))
start = time.time()
while instances(APP)[0]['rules']['FLOW']['state'] != 'DRIFTED':
    time.sleep(0.1)
print('flagged as drift %.1f s later' % (time.time() - start))
answer = console('POST', '/api/v1/apps/%s/instances/%s/%d/resync' % (APP, machine['ip'], machine['port']))[1]['data']
print('re-sync loaded %d type(s); the instance is now %s' % (answer['typesLoaded'], instances(APP)[0]['rules']['FLOW']['state']))
