// The governance console: a page per hash (#/apps, #/services, #/rules, #/metrics, #/audit) on the REST API under
// /api/v1. The API client, login, notices and the dialog are the console kit's (/kit/console-kit.js).
'use strict';

const TYPES = ['flow', 'degrade', 'param-flow', 'system', 'authority'];
const STATE_KEY = {flow: 'FLOW', degrade: 'DEGRADE', 'param-flow': 'PARAM_FLOW', system: 'SYSTEM', authority: 'AUTHORITY'};
const selected = {app: null, type: 'flow'};
let refresh = null;
ConsoleKit.onLogout = () => clearInterval(refresh);
ConsoleKit.afterChange = () => show();

// --- pages ---------------------------------------------------------------------------------------------

async function appNames() {
  const apps = await api('GET', '/api/v1/apps');
  const names = apps.map((a) => a.app);
  if (!selected.app || !names.includes(selected.app)) {
    selected.app = names.find((n) => n.startsWith('webook-')) || names[0] || null;
  }
  return {apps, names};
}

function appPicker(names, id) {
  return `<label>App <select id="${id}">${names.map((n) => `<option ${n === selected.app ? 'selected' : ''}>${esc(n)}</option>`).join('')}</select></label>`;
}

const pages = {
  async apps() {
    const {apps} = await appNames();
    if (!apps.length) {
      return '<div class="card muted">No app has sent a heartbeat yet. Point an app at this console with '
        + '<code>csp.sentinel.dashboard.server</code> (Webook apps: <code>webook.sentinel.console</code>).</div>';
    }
    const live = apps.reduce((n, a) => n + a.live, 0);
    const drifted = apps.reduce((n, a) => n + a.drifted, 0);
    return `<div class="cards">
      <div class="card"><div class="muted">Apps</div><div class="figure" id="apps-count">${apps.length}</div></div>
      <div class="card"><div class="muted">Instances live</div><div class="figure" id="instances-live">${live}</div></div>
      <div class="card"><div class="muted">Instances whose rules differ from etcd</div><div class="figure" id="instances-drifted">${drifted}</div></div>
    </div>
    <table id="apps-table"><thead><tr><th>App</th><th>Instance</th><th>Heartbeat</th><th>Rules against etcd</th><th></th></tr></thead><tbody>
    ${apps.map((a) => (a.instances.length ? [...a.instances].sort((x, y) => y.live - x.live) : [null]).map((i, n) => `<tr data-app="${esc(a.app)}" ${i ? `data-instance="${esc(i.machine.ip)}:${i.machine.port}"` : ''}>
      <td>${n === 0 ? `<b>${esc(a.app)}</b>` : ''}</td>
      ${i ? `<td><code>${esc(i.machine.ip)}:${i.machine.port}</code><div class="muted">${esc(i.machine.hostname)} · Sentinel ${esc(i.machine.sentinelVersion)}</div></td>
      <td><span class="pill ${i.live ? 'live' : 'gone'}">${i.live ? 'live' : 'gone'}</span><div class="muted">${when(i.lastSeen)}</div></td>
      <td>${TYPES.map((t) => { const s = i.rules[STATE_KEY[t]]; return s ? `<span class="pill ${esc(s.state)}" title="${esc(s.detail)}">${t}: ${esc(s.state.toLowerCase().replace('_', ' '))}</span>` : ''; }).join('') || `<span class="muted">${i.live ? 'not checked yet' : 'not checked while gone'}</span>`}</td>
      <td class="actions">${i.live ? `<button class="resync" data-app="${esc(a.app)}" data-ip="${esc(i.machine.ip)}" data-port="${i.machine.port}">Re-sync</button>` : ''}</td>`
        : '<td colspan="4" class="muted">rules in etcd, no instance heard from</td>'}</tr>`).join('')).join('')}
    </tbody></table>`;
  },

  async services() {
    const services = await api('GET', '/api/v1/services');
    if (!services.length) {
      return '<div class="card muted">No Dubbo service is registered in etcd.</div>';
    }
    return `<table id="services-table"><thead><tr><th>Service</th><th>Providers (address, weight, timeout)</th><th>Consumers</th></tr></thead><tbody>
    ${services.map((s) => `<tr data-service="${esc(s.name)}"><td><code>${esc(s.name)}</code><div class="muted">version ${esc(s.version)}</div>
        ${s.override ? '<span class="pill expires" title="' + esc(s.override) + '">override rule in the config center</span>' : ''}</td>
      <td>${s.providers.map((p) => `<div><b>${esc(p.app)}</b> <code>${esc(p.address)}</code> <span class="muted">weight ${p.weight}${p.timeout ? ', ' + esc(p.timeout) + ' ms' : ''}</span>${p.enabled ? '' : ' <span class="pill gone">disabled</span>'}</div>`).join('') || '<span class="pill gone">no provider</span>'}</td>
      <td>${s.consumers.map((c) => `<div>${esc(c.app)} <span class="muted">${esc(c.host)} pid ${esc(c.pid)}${c.timeout ? ', ' + esc(c.timeout) + ' ms' : ''}</span></div>`).join('') || '<span class="muted">none</span>'}</td></tr>`).join('')}
    </tbody></table>`;
  },

  async rules() {
    const {names} = await appNames();
    if (!selected.app) {
      return '<div class="card muted">No apps yet.</div>';
    }
    const set = await api('GET', `/api/v1/apps/${encodeURIComponent(selected.app)}/rules/${selected.type}`);
    const history = await api('GET', `/api/v1/apps/${encodeURIComponent(selected.app)}/rules/${selected.type}/history?limit=20`);
    $('#page-actions').innerHTML = '<button class="primary" id="new-rule">New rule</button>';
    $('#new-rule').onclick = () => editRule(null);
    window.currentRules = set.rules;
    window.currentHistory = history;
    return `<div class="toolbar">${appPicker(names, 'rule-app')}
      <label>Type <select id="rule-type">${TYPES.map((t) => `<option ${t === selected.type ? 'selected' : ''}>${t}</option>`).join('')}</select></label>
      <span class="muted">etcd revision ${set.version}</span></div>
    <table id="rules-table"><thead><tr><th>Id</th><th>Resource</th><th>Rule</th><th></th></tr></thead><tbody>
    ${set.rules.map((r) => `<tr data-id="${r.id}"><td>${esc(r.id)}</td><td><code>${esc(r.resource || '(app)')}</code></td>
      <td>${describe(selected.type, r)}${set.expiries[r.id] ? ` <span class="pill expires">expires ${when(set.expiries[r.id])}</span>` : ''}</td>
      <td class="actions"><button class="edit" data-id="${r.id}">Edit</button> <button class="danger delete" data-id="${r.id}">Delete</button></td></tr>`).join('')
      || '<tr><td colspan="4" class="muted">No rules of this type. Create one with “New rule”.</td></tr>'}
    </tbody></table>
    <div class="card" style="margin-top:14px"><h3>History</h3>
    <table id="history-table"><thead><tr><th>Version</th><th>When</th><th>Who</th><th>What</th><th></th></tr></thead><tbody>
    ${history.map((v, n) => `<tr data-version="${v.id}"><td>${v.id}</td><td>${when(v.at)}</td><td>${esc(v.author)}</td><td>${esc(v.action)}</td>
      <td class="actions"><button class="view" data-n="${n}">Diff</button> ${n > 0 ? `<button class="rollback" data-version="${v.id}">Roll back to this</button>` : ''}</td></tr>`).join('')
      || '<tr><td colspan="5" class="muted">No changes yet.</td></tr>'}
    </tbody></table></div>`;
  },

  async metrics() {
    const {names} = await appNames();
    if (!selected.app) {
      return '<div class="card muted">No apps yet.</div>';
    }
    const resources = await api('GET', `/api/v1/apps/${encodeURIComponent(selected.app)}/metrics?minutes=5`);
    return `<div class="toolbar">${appPicker(names, 'metric-app')}<span class="muted legend">last 5 minutes, summed over the app's instances, a bar per second:
      <span style="background:var(--accent)"></span>passed <span style="background:var(--bad)"></span>blocked</span></div>
    <table id="metrics-table"><thead><tr><th>Resource</th><th>Per second</th><th class="num">Passed</th><th class="num">Blocked</th><th class="num">Exceptions</th><th class="num">Avg RT</th></tr></thead><tbody>
    ${resources.map((r) => `<tr data-resource="${esc(r.resource)}"><td><code>${esc(r.resource)}</code></td><td>${spark(r.seconds, 5)}</td>
      <td class="num pass">${r.pass}</td><td class="num block">${r.block}</td><td class="num">${r.exception}</td><td class="num">${r.averageRt} ms</td></tr>`).join('')
      || '<tr><td colspan="6" class="muted">No calls in the last 5 minutes.</td></tr>'}
    </tbody></table>`;
  },

  async audit() {
    const entries = await api('GET', '/api/v1/audit?limit=200');
    return `<table id="audit-table"><thead><tr><th>When</th><th>Who</th><th>What</th><th>App</th><th>Detail</th></tr></thead><tbody>
    ${entries.map((e) => `<tr><td>${when(e.at)}</td><td>${esc(e.actor)}</td><td>${esc(e.action)}</td><td>${esc(e.app)}</td><td>${esc(e.detail)}</td></tr>`).join('')
      || '<tr><td colspan="5" class="muted">Nothing yet.</td></tr>'}</tbody></table>`;
  },
};

function describe(type, r) {
  if (type === 'flow') {
    return `${r.grade === 0 ? 'threads' : 'QPS'} ≤ <b>${esc(r.count)}</b>${r.limitApp && r.limitApp !== 'default' ? ` for ${esc(r.limitApp)}` : ''}`;
  }
  if (type === 'degrade') {
    const grade = ['slow calls (RT > ' + esc(r.count) + ' ms, ratio ' + esc(r.slowRatioThreshold ?? 1) + ')', 'error ratio ' + esc(r.count), 'errors ≥ ' + esc(r.count)][r.grade ?? 0];
    return `opens on ${grade} for ${esc(r.timeWindow)} s`;
  }
  return `<code>${esc(JSON.stringify(Object.fromEntries(Object.entries(r).filter(([k]) => !['id', 'resource'].includes(k)))))}</code>`;
}

/** Passed (up) and blocked (down) per second over the whole window, a bar per second: gaps are quiet seconds. */
function spark(seconds, minutes) {
  const w = 240; const h = 36; const mid = h * 0.7;
  if (!seconds.length) {
    return '<span class="muted">—</span>';
  }
  const end = Math.floor(Date.now() / 1000) * 1000; const start = end - minutes * 60000;
  const max = Math.max(1, ...seconds.map((s) => Math.max(s[1], s[2])));
  const x = (t) => ((t - start) / (end - start) * (w - 1)).toFixed(1);
  const bars = seconds.filter((s) => s[0] >= start).map((s) =>
    (s[1] ? `<line x1="${x(s[0])}" x2="${x(s[0])}" y1="${mid}" y2="${(mid - s[1] / max * (mid - 1)).toFixed(1)}" stroke="var(--accent)"/>` : '')
    + (s[2] ? `<line x1="${x(s[0])}" x2="${x(s[0])}" y1="${mid}" y2="${(mid + s[2] / max * (h - mid - 1)).toFixed(1)}" stroke="var(--bad)"/>` : '')).join('');
  return `<svg class="spark" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}"><line x1="0" x2="${w}" y1="${mid}" y2="${mid}" stroke="var(--line)"/>${bars}</svg>`;
}

/** A rule's form: fields for flow rules, JSON for the others (and for every field Sentinel has). */
function editRule(rule) {
  const type = selected.type;
  const base = rule ? Object.fromEntries(Object.entries(rule).filter(([k]) => k !== 'id')) : (type === 'flow'
    ? {resource: '', grade: 1, count: 10, limitApp: 'default'}
    : type === 'degrade' ? {resource: '', grade: 0, count: 500, slowRatioThreshold: 0.5, minRequestAmount: 5, statIntervalMs: 1000, timeWindow: 10}
      : type === 'system' ? {qps: 1000} : type === 'authority' ? {resource: '', strategy: 1, limitApp: ''}
        : {resource: '', paramIdx: 0, count: 10, grade: 1});
  const flow = type === 'flow';
  const body = flow ? `<div class="grid2">
      <label>Resource <input id="f-resource" value="${esc(base.resource)}" placeholder="GET:/articles/pub/{id}"></label>
      <label>Limit app (caller) <input id="f-limit-app" value="${esc(base.limitApp || 'default')}"></label>
      <label>Threshold type <select id="f-grade"><option value="1" ${base.grade !== 0 ? 'selected' : ''}>QPS</option><option value="0" ${base.grade === 0 ? 'selected' : ''}>threads</option></select></label>
      <label>Threshold <input id="f-count" type="number" min="0" step="any" value="${esc(base.count)}"></label></div>`
    : `<label>Rule (JSON, as Sentinel reads it) <textarea id="f-json">${esc(JSON.stringify(base, null, 2))}</textarea></label>`;
  const expiry = rule ? '' : '<label>Expires after (minutes, empty: never) <input id="f-expires" type="number" min="1" max="10080" placeholder="e.g. 30 for an incident limit"></label>';
  dialog(rule ? `Edit ${type} rule ${rule.id}` : `New ${type} rule for ${selected.app}`, body + expiry, async () => {
    let value;
    if (flow) {
      value = Object.assign({}, base, {resource: $('#f-resource').value.trim(), limitApp: $('#f-limit-app').value.trim() || 'default',
        grade: Number($('#f-grade').value), count: Number($('#f-count').value)});
    } else {
      try { value = JSON.parse($('#f-json').value); } catch (e) { throw new Error('the rule is not valid JSON'); }
    }
    const path = `/api/v1/apps/${encodeURIComponent(selected.app)}/rules/${type}`;
    if (rule) {
      await api('PUT', `${path}/${rule.id}`, {rule: value});
      notice(`Rule ${rule.id} saved to etcd; instances apply it within seconds.`);
    } else {
      const minutes = $('#f-expires').value;
      const created = await api('POST', path, {rule: value, expiresInSeconds: minutes ? Number(minutes) * 60 : null});
      notice(`Rule ${created.id} saved to etcd; instances apply it within seconds.`);
    }
  });
}

/** A version against the one before it, line by line (longest common subsequence). */
function diff(before, after) {
  const a = before.split('\n'); const b = after.split('\n');
  const l = Array.from({length: a.length + 1}, () => new Array(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--) for (let j = b.length - 1; j >= 0; j--) l[i][j] = a[i] === b[j] ? l[i + 1][j + 1] + 1 : Math.max(l[i + 1][j], l[i][j + 1]);
  const out = []; let i = 0; let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) { out.push('  ' + esc(a[i])); i++; j++; }
    else if (j < b.length && (i >= a.length || l[i][j + 1] >= l[i + 1][j])) { out.push(`<span class="add">+ ${esc(b[j])}</span>`); j++; }
    else { out.push(`<span class="del">- ${esc(a[i])}</span>`); i++; }
  }
  return out.join('\n');
}

const pretty = (text) => { try { return JSON.stringify(JSON.parse(text), null, 2); } catch (e) { return text; } };

document.addEventListener('click', async (event) => {
  const target = event.target.closest('button');
  if (!target) {
    return;
  }
  try {
    if (target.classList.contains('resync')) {
      const done = await api('POST', `/api/v1/apps/${encodeURIComponent(target.dataset.app)}/instances/${encodeURIComponent(target.dataset.ip)}/${target.dataset.port}/resync`);
      notice(`Loaded etcd's rules into ${target.dataset.ip}:${target.dataset.port} (${done.typesLoaded} type(s) differed).`);
      await show();
    } else if (target.classList.contains('edit')) {
      editRule(window.currentRules.find((r) => String(r.id) === target.dataset.id));
    } else if (target.classList.contains('delete')) {
      dialog(`Delete rule ${target.dataset.id}?`, `<p>It is removed from etcd and every instance of ${esc(selected.app)} stops enforcing it.</p>`, async () => {
        await api('DELETE', `/api/v1/apps/${encodeURIComponent(selected.app)}/rules/${selected.type}/${target.dataset.id}`);
        notice(`Rule ${target.dataset.id} deleted.`);
      }, 'Delete');
    } else if (target.classList.contains('view')) {
      const n = Number(target.dataset.n); const v = window.currentHistory[n]; const before = window.currentHistory[n + 1];
      dialog(`Version ${v.id}: ${v.action}`, `<p class="muted">${esc(v.author)}, ${when(v.at)}${before ? ` — against version ${before.id}` : ''}</p>`
        + `<pre class="json" id="diff">${diff(before ? pretty(before.rulesJson) : '', pretty(v.rulesJson))}</pre>`, null);
    } else if (target.classList.contains('rollback')) {
      dialog(`Roll back to version ${target.dataset.version}?`, '<p>The rules are put back as they were in that version; the rollback is a new version.</p>', async () => {
        await api('POST', `/api/v1/versions/${target.dataset.version}/rollback`);
        notice(`Rolled back to version ${target.dataset.version}.`);
      }, 'Roll back');
    }
  } catch (e) {
    notice(e.message);
  }
});

document.addEventListener('change', async (event) => {
  if (['rule-app', 'metric-app'].includes(event.target.id)) {
    selected.app = event.target.value;
  } else if (event.target.id === 'rule-type') {
    selected.type = event.target.value;
  } else {
    return;
  }
  await show();
});

// --- routing -------------------------------------------------------------------------------------------

const titles = {apps: 'Apps & instances', services: 'Services', rules: 'Rules', metrics: 'Metrics', audit: 'Audit log'};

async function show() {
  const page = (location.hash.replace('#/', '') || 'apps').split('?')[0];
  const name = pages[page] ? page : 'apps';
  document.querySelectorAll('.sidebar a').forEach((a) => a.classList.toggle('active', a.dataset.page === name));
  $('#page-title').textContent = titles[name];
  $('#page-actions').innerHTML = '';
  try {
    $('#page').innerHTML = await pages[name]();
  } catch (e) {
    if (e.status !== 401) {
      $('#page').innerHTML = `<div class="card error">${esc(e.message)}</div>`;
    }
  }
}

ConsoleKit.onStart = start;

async function start() {
  const me = await api('GET', '/api/v1/me').catch(() => null);
  if (!me) {
    showLogin();
    return;
  }
  $('#who').textContent = me.username;
  $('#login-view').hidden = true;
  $('#app-view').hidden = false;
  await show();
  clearInterval(refresh);
  // The live pages follow the instances by themselves; a form being filled in is never redrawn.
  refresh = setInterval(() => {
    const page = location.hash.replace('#/', '') || 'apps';
    if (!$('#dialog').open && (page === 'apps' || page === 'metrics')) {
      show();
    }
  }, 5000);
}

window.addEventListener('hashchange', () => { notice(''); show(); });
start();
