// job-admin console: a page per hash (#/dashboard, #/jobs, #/runs, #/executors, #/audit) on the REST API
// under /api/v1. The API client, login, notices and the dialog are the console kit's (/kit/console-kit.js).
'use strict';

const pill = (state) => `<span class="pill ${esc(state)}">${esc(state)}</span>`;
let me = null;
ConsoleKit.onLogout = () => { me = null; };

// --- pages ---------------------------------------------------------------------------------------------

const pages = {
  async dashboard() {
    const d = await api('GET', '/api/v1/dashboard');
    const runs = d.runsLastDay || {};
    const total = Object.values(runs).reduce((a, b) => a + b, 0);
    const ok = runs.SUCCEEDED || 0;
    const failed = (runs.FAILED || 0) + (runs.TIMED_OUT || 0) + (runs.LOST || 0);
    const admins = Object.entries(d.partitionsByAdmin).map(([node, n]) => `<div><code>${esc(node)}</code>: ${n} of ${d.partitions}</div>`).join('');
    return `<div class="cards">
      <div class="card"><div class="muted">Runs, last 24 h</div><div class="figure" id="runs-total">${total}</div>
        <div class="bar"><span style="width:${total ? 100 * ok / total : 0}%;background:var(--ok)"></span><span style="width:${total ? 100 * failed / total : 0}%;background:var(--bad)"></span></div></div>
      <div class="card"><div class="muted">Succeeded</div><div class="figure" id="runs-succeeded">${ok}</div></div>
      <div class="card"><div class="muted">Failed, timed out or lost</div><div class="figure" id="runs-failed">${failed}</div></div>
      <div class="card"><div class="muted">Fire lag p50 / p99</div><div class="figure" id="fire-lag">${d.fireLag.p50Ms} / ${d.fireLag.p99Ms} <small>ms</small></div>
        <div class="muted">over the last ${d.fireLag.samples} runs sent</div></div>
      <div class="card"><div class="muted">Executors live</div><div class="figure" id="executors-live">${d.executorsLive} <small>of ${d.executorsKnown}</small></div></div>
    </div>
    <div class="cards"><div class="card"><div class="muted">Partitions by admin</div>${admins || '<div class="muted">none</div>'}</div>
    <div class="card"><div class="muted">Runs per day (UTC, counted every 10 minutes)</div>
      <table id="days-table"><thead><tr><th>Day</th><th>Succeeded</th><th>Failed</th><th>Other</th></tr></thead><tbody>
      ${Object.entries(d.lastDays).reverse().map(([day, s]) => {
        const good = s.SUCCEEDED || 0; const bad = (s.FAILED || 0) + (s.TIMED_OUT || 0) + (s.LOST || 0);
        const all = Object.values(s).reduce((a, b) => a + b, 0);
        return `<tr><td>${esc(day)}</td><td>${good}</td><td>${bad}</td><td>${all - good - bad}</td></tr>`; }).join('') || '<tr><td colspan="4" class="muted">not counted yet</td></tr>'}
      </tbody></table></div></div>`;
  },

  async jobs() {
    const jobs = await api('GET', '/api/v1/jobs?limit=200');
    $('#page-actions').innerHTML = '<button class="primary" id="new-job">New job</button>';
    $('#new-job').onclick = () => editJob(null);
    if (!jobs.length) {
      return '<div class="card muted">No jobs yet. Create one with “New job”.</div>';
    }
    return `<table id="jobs-table"><thead><tr><th>Job</th><th>App / handler</th><th>Schedule</th><th>Next fire</th><th>Status</th><th></th></tr></thead><tbody>
      ${jobs.map((j) => `<tr data-job="${j.id}" data-name="${esc(j.name)}">
        <td><strong>${esc(j.name)}</strong><div class="muted">#${j.id} ${esc(j.description)}</div></td>
        <td>${esc(j.app)}<div class="mono">${esc(j.handler)}</div></td>
        <td><code>${esc(j.scheduleType)} ${esc(j.schedule)}</code><div class="muted">${esc(j.routing)}</div></td>
        <td>${when(j.nextFireAt)}</td><td>${pill(j.status)}</td>
        <td class="actions">
          <button data-act="trigger">Run once</button>
          <button data-act="${j.status === 'ACTIVE' ? 'pause' : 'resume'}">${j.status === 'ACTIVE' ? 'Pause' : 'Resume'}</button>
          <button data-act="edit">Edit</button> <button data-act="runs">Runs</button>
          <button data-act="delete" class="danger">Delete</button></td></tr>`).join('')}
      </tbody></table>`;
  },

  async runs() {
    const params = new URLSearchParams(location.hash.split('?')[1] || '');
    const query = new URLSearchParams({limit: '100'});
    if (params.get('job')) query.set('job', params.get('job'));
    if (params.get('state')) query.set('state', params.get('state'));
    const runs = await api('GET', '/api/v1/runs?' + query);
    const states = ['', 'SCHEDULED', 'SENDING', 'RUNNING', 'SUCCEEDED', 'FAILED', 'TIMED_OUT', 'KILLED', 'LOST', 'SKIPPED'];
    return `<div class="filters">
        <label>Job id <input id="filter-job" value="${esc(params.get('job') || '')}"></label>
        <label>State <select id="filter-state">${states.map((s) => `<option ${s === (params.get('state') || '') ? 'selected' : ''}>${s}</option>`).join('')}</select></label>
        <button id="filter-apply">Filter / refresh</button></div>
      <table id="runs-table"><thead><tr><th>Run</th><th>Job</th><th>Why</th><th>Scheduled</th><th>Executor</th><th>State</th><th>Result</th><th></th></tr></thead><tbody>
      ${runs.map((r) => `<tr data-run="${r.id}">
        <td>#${r.id}${r.attempt ? `<div class="muted">attempt ${r.attempt}</div>` : ''}</td>
        <td>#${r.jobId}<div class="muted">${esc(r.app)}</div></td><td>${esc(r.trigger)}</td>
        <td>${when(r.scheduledAt)}${r.sentAt ? `<div class="muted">lag ${Math.max(0, new Date(r.sentAt) - new Date(r.scheduledAt))} ms</div>` : ''}</td>
        <td class="mono">${esc(r.executor || '—')}</td><td>${pill(r.state)}</td>
        <td class="result">${esc(r.resultMsg || '')}</td>
        <td class="actions"><button data-act="log">Log</button>${r.state === 'RUNNING' ? ' <button data-act="kill" class="danger">Kill</button>' : ''}</td></tr>`).join('')}
      </tbody></table>`;
  },

  async executors() {
    const apps = await api('GET', '/api/v1/executors');
    return apps.map((a) => `<div class="card" style="margin-bottom:14px" data-app="${esc(a.app)}">
      <h3 style="margin-top:0">${esc(a.title)} <span class="muted mono">${esc(a.app)}</span></h3>
      ${a.instances.length ? `<table><thead><tr><th>Address</th><th>Registered</th><th>Last renewed</th><th>State</th><th></th></tr></thead><tbody>
      ${a.instances.map((i) => `<tr data-address="${esc(i.address)}"><td class="mono">${esc(i.address)}</td><td>${when(i.registeredAt)}</td><td>${when(i.renewedAt)}</td>
        <td>${i.live ? pill('live') : '<span class="pill dead">gone</span>'} ${i.enabled ? '' : '<span class="pill out">out of rotation</span>'}</td>
        <td class="actions"><button data-act="${i.enabled ? 'disable' : 'enable'}">${i.enabled ? 'Take out of rotation' : 'Put back'}</button></td></tr>`).join('')}
      </tbody></table>` : '<div class="muted">No instance has registered.</div>'}</div>`).join('');
  },

  async audit() {
    const entries = await api('GET', '/api/v1/audit?limit=200');
    return `<table id="audit-table"><thead><tr><th>When</th><th>Who</th><th>What</th><th>Target</th><th>Details</th></tr></thead><tbody>
      ${entries.map((e) => `<tr><td>${when(e.at)}</td><td>${esc(e.username)}</td><td><code>${esc(e.action)}</code></td><td>${esc(e.target)}</td><td>${esc(e.detail)}</td></tr>`).join('')}
      </tbody></table>`;
  },
};

const titles = {dashboard: 'Dashboard', jobs: 'Jobs', runs: 'Runs', executors: 'Executors', audit: 'Audit log'};

async function render() {
  const page = (location.hash.replace(/^#\//, '').split('?')[0]) || 'dashboard';
  const show = pages[page] ? page : 'dashboard';
  document.querySelectorAll('.sidebar a').forEach((a) => a.classList.toggle('active', a.dataset.page === show));
  $('#page-title').textContent = titles[show];
  $('#page-actions').innerHTML = '';
  try {
    $('#page').innerHTML = await pages[show]();
    $('#page').dataset.page = show;
  } catch (e) {
    if (e.status !== 401) {
      $('#page').innerHTML = `<div class="card error">${esc(e.message)}</div>`;
    }
  }
}

// --- actions -------------------------------------------------------------------------------------------

function jobForm(j) {
  const opt = (values, chosen) => values.map((v) => `<option ${v === chosen ? 'selected' : ''}>${v}</option>`).join('');
  return `<div class="grid2">
    <label>App <input id="job-app" value="${esc(j.app || '')}" placeholder="webook-demo"></label>
    <label>Name <input id="job-name" value="${esc(j.name || '')}"></label>
    <label>Schedule type <select id="job-schedule-type">${opt(['CRON', 'FIXED_RATE', 'NONE'], j.scheduleType || 'CRON')}</select></label>
    <label>Schedule (cron with seconds, or seconds) <input id="job-schedule" value="${esc(j.schedule || '')}" placeholder="0 */5 * * * ?"></label>
    <label>Handler <input id="job-handler" value="${esc(j.handler || '')}" placeholder="demoEcho"></label>
    <label>Parameter <input id="job-param" value="${esc(j.param || '')}"></label>
    <label>Routing <select id="job-routing">${opt(['FIRST', 'LAST', 'ROUND_ROBIN', 'RANDOM', 'CONSISTENT_HASH', 'LEAST_FREQUENTLY_USED', 'LEAST_RECENTLY_USED', 'FAILOVER', 'BUSYOVER'], j.routing || 'FIRST')}</select></label>
    <label>When still running (on the executor) <select id="job-block">${opt(['SERIAL_EXECUTION', 'DISCARD_LATER', 'COVER_EARLY'], j.blockStrategy || 'SERIAL_EXECUTION')}</select></label>
    <label>Missed fire times <select id="job-misfire">${opt(['SKIP', 'FIRE_ONCE_NOW'], j.misfire || 'SKIP')}</select></label>
    <label>Timeout, s (0: none) <input id="job-timeout" type="number" min="0" value="${j.timeoutSeconds || 0}"></label>
    <label>Retries <input id="job-retries" type="number" min="0" max="10" value="${j.maxRetries || 0}"></label>
    <label>First retry after, ms (doubling) <input id="job-backoff" type="number" min="100" value="${j.retryBackoffMs || 1000}"></label>
    <label>Child jobs (ids, on success) <input id="job-children" value="${esc((j.children || []).join(','))}"></label>
    <label><input id="job-exclusive" type="checkbox" style="width:auto" ${j.exclusive ? 'checked' : ''}> At most one run anywhere</label>
  </div>
  <label>Description <input id="job-description" value="${esc(j.description || '')}"></label>`;
}

function readJobForm(version) {
  const children = $('#job-children').value.split(',').map((s) => s.trim()).filter(Boolean).map(Number);
  return {app: $('#job-app').value.trim(), name: $('#job-name').value, description: $('#job-description').value,
    scheduleType: $('#job-schedule-type').value, schedule: $('#job-schedule').value, handler: $('#job-handler').value.trim(),
    param: $('#job-param').value, routing: $('#job-routing').value, blockStrategy: $('#job-block').value,
    misfire: $('#job-misfire').value, timeoutSeconds: Number($('#job-timeout').value), maxRetries: Number($('#job-retries').value),
    retryBackoffMs: Number($('#job-backoff').value), exclusive: $('#job-exclusive').checked, children, version};
}

async function editJob(id) {
  const job = id ? await api('GET', '/api/v1/jobs/' + id) : {};
  dialog(id ? 'Edit job #' + id : 'New job', jobForm(job), async () => {
    if (id) {
      await api('PUT', '/api/v1/jobs/' + id, readJobForm(job.version));
    } else {
      await api('POST', '/api/v1/jobs', readJobForm());
    }
    notice(id ? 'Job saved.' : 'Job created.');
    await render();
  }, 'Save');
}

async function showLog(runId) {
  const run = await api('GET', '/api/v1/runs/' + runId);
  const log = await api('GET', `/api/v1/runs/${runId}/log?from=1`);
  dialog(`Run #${runId} — ${run.state}`, `<p class="muted">${esc(run.executor || '')} · ${esc(run.resultMsg || '')}</p>
    <pre class="log" id="run-log">${esc(log.content || '(empty)')}</pre>`, null);
}

document.addEventListener('click', async (event) => {
  const button = event.target.closest('button[data-act]');
  if (!button) return;
  const act = button.dataset.act;
  const jobRow = button.closest('tr[data-job]');
  const runRow = button.closest('tr[data-run]');
  try {
    if (jobRow) {
      const id = jobRow.dataset.job;
      if (act === 'trigger') {
        dialog('Run “' + jobRow.dataset.name + '” once', '<label>Parameter (empty: the job\'s own) <input id="trigger-param"></label>', async () => {
          const param = $('#trigger-param').value;
          const run = await api('POST', `/api/v1/jobs/${id}/trigger`, param ? {param} : {});
          notice(`Run #${run.id} started.`);
          location.hash = '#/runs?job=' + id;
        }, 'Run');
      } else if (act === 'pause' || act === 'resume') {
        await api('POST', `/api/v1/jobs/${id}/${act}`);
        await render();
      } else if (act === 'edit') {
        await editJob(id);
      } else if (act === 'runs') {
        location.hash = '#/runs?job=' + id;
      } else if (act === 'delete') {
        dialog('Delete job #' + id + '?', '<p>Its runs stay in the run log.</p>', async () => {
          await api('DELETE', '/api/v1/jobs/' + id);
          await render();
        }, 'Delete');
      }
    } else if (runRow) {
      const id = runRow.dataset.run;
      if (act === 'log') await showLog(id);
      if (act === 'kill') {
        await api('POST', `/api/v1/runs/${id}/kill`);
        await render();
      }
    } else if (act === 'disable' || act === 'enable') {
      const app = button.closest('[data-app]').dataset.app;
      const address = button.closest('tr[data-address]').dataset.address;
      await api('POST', `/api/v1/executors/${encodeURIComponent(app)}/rotation`, {address, enabled: act === 'enable'});
      await render();
    }
  } catch (e) {
    notice(e.message);
  }
});

document.addEventListener('click', (event) => {
  if (event.target.id === 'filter-apply') {
    const q = new URLSearchParams();
    if ($('#filter-job').value) q.set('job', $('#filter-job').value);
    if ($('#filter-state').value) q.set('state', $('#filter-state').value);
    const hash = '#/runs?' + q;
    if (location.hash === hash) {
      render();
    } else {
      location.hash = hash;
    }
  }
});

window.addEventListener('hashchange', () => { notice(''); render(); });

ConsoleKit.onStart = start;

async function start() {
  try {
    me = await api('GET', '/api/v1/me');
  } catch (e) {
    return;
  }
  $('#login-view').hidden = true;
  $('#app-view').hidden = false;
  $('#who').textContent = `${me.username} (${me.role.toLowerCase()})`;
  document.querySelectorAll('.admin-only').forEach((a) => a.hidden = me.role !== 'ADMIN');
  await render();
}

start();
