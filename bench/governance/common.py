"""What the governance benchmarks share: the console's API as admin, and each app's command API."""
import base64
import json
import os
import urllib.error
import urllib.request

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), '..', '..'))
RUN = os.environ.get('WEBOOK_RUN_DIR', os.path.join(ROOT, '.run'))
CONSOLE = os.environ.get('WEBOOK_GOVERNANCE_URL', 'http://127.0.0.1:8290')
PASSWORD = os.environ.get('WEBOOK_GOVERNANCE_PASSWORD') or open(os.path.join(RUN, 'secrets', 'governance-password')).read().strip()
AUTH = 'Basic ' + base64.b64encode(('admin:' + PASSWORD).encode()).decode()


def console(method, path, body=None):
    """The console's answer: (HTTP status, envelope)."""
    request = urllib.request.Request(CONSOLE + path, method=method,
                                     data=None if body is None else json.dumps(body).encode())
    request.add_header('Authorization', AUTH)
    if body is not None:
        request.add_header('Content-Type', 'application/json')
    try:
        with urllib.request.urlopen(request, timeout=10) as answer:
            return answer.status, json.loads(answer.read() or b'null')
    except urllib.error.HTTPError as refused:
        return refused.code, json.loads(refused.read() or b'null')


def instances(app):
    """The live instances of an app, as the console lists them."""
    return [i for a in console('GET', '/api/v1/apps')[1]['data'] if a['app'] == app for i in a['instances'] if i['live']]


def enforced(instance, rule_type='flow'):
    """The rules an instance enforces now, from its own command API."""
    machine = instance['machine']
    command = 'getParamFlowRules' if rule_type == 'param-flow' else 'getRules?type=' + rule_type
    with urllib.request.urlopen('http://%s:%d/%s' % (machine['ip'], machine['port'], command), timeout=3) as answer:
        return json.loads(answer.read())
