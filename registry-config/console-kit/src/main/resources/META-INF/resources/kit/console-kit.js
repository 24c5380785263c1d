// What the platform's consoles share in the browser: the API client (session cookie, CSRF token from
// XSRF-TOKEN on every change, envelopes), the login form, logout, notices and the dialog. Load it before
// the console's own script, which sets ConsoleKit.onStart (show the console after a login or a reload),
// and may set ConsoleKit.onLogout and ConsoleKit.afterChange (after a dialog's change went through).
'use strict';

const $ = (selector, root = document) => root.querySelector(selector);
const esc = (value) => String(value ?? '').replace(/[&<>"']/g, (c) => ({'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;'}[c]));
const when = (iso) => iso ? new Date(iso).toLocaleString() : '—';
const ConsoleKit = {onStart: async () => {}, onLogout: () => {}, afterChange: async () => {}};

function cookie(name) {
  const found = document.cookie.split('; ').find((c) => c.startsWith(name + '='));
  return found ? decodeURIComponent(found.split('=')[1]) : null;
}

async function csrf() {
  if (!cookie('XSRF-TOKEN')) {
    await fetch('/api/v1/csrf', {credentials: 'same-origin'});
  }
  return cookie('XSRF-TOKEN');
}

class ApiError extends Error {
  constructor(status, body) { super(body && body.msg ? body.msg : 'HTTP ' + status); this.status = status; }
}

async function api(method, path, body) {
  const headers = {'Accept': 'application/json'};
  if (method !== 'GET') {
    headers['X-XSRF-TOKEN'] = await csrf();
  }
  if (body !== undefined) {
    headers['Content-Type'] = 'application/json';
  }
  const response = await fetch(path, {method, headers, credentials: 'same-origin',
    body: body === undefined ? undefined : JSON.stringify(body)});
  const answer = await response.json().catch(() => null);
  if (response.status === 401) {
    showLogin();
    throw new ApiError(401, answer);
  }
  if (!response.ok || !answer || answer.code !== 0) {
    throw new ApiError(response.status, answer);
  }
  return answer.data;
}

function notice(text) {
  const box = $('#notice');
  box.textContent = text;
  box.hidden = !text;
}

// --- login ---------------------------------------------------------------------------------------------

function showLogin() {
  ConsoleKit.onLogout();
  $('#app-view').hidden = true;
  $('#login-view').hidden = false;
  $('#login-username').focus();
}

$('#login-form').addEventListener('submit', async (event) => {
  event.preventDefault();
  $('#login-error').textContent = '';
  const form = new URLSearchParams({username: $('#login-username').value, password: $('#login-password').value});
  const response = await fetch('/api/v1/login', {method: 'POST', credentials: 'same-origin',
    headers: {'X-XSRF-TOKEN': await csrf(), 'Content-Type': 'application/x-www-form-urlencoded'}, body: form});
  if (response.ok) {
    $('#login-password').value = '';
    await ConsoleKit.onStart();
  } else {
    const answer = await response.json().catch(() => null);
    $('#login-error').textContent = answer && answer.msg ? answer.msg : 'could not log in';
  }
});

$('#logout').addEventListener('click', async () => {
  await api('POST', '/api/v1/logout').catch(() => null);
  showLogin();
});

// --- dialog --------------------------------------------------------------------------------------------

/** A modal with {@code body} (HTML); OK runs {@code onOk} and closes it when that went through. */
function dialog(title, body, onOk, okLabel = 'OK') {
  const box = $('#dialog');
  $('#dialog-title').textContent = title;
  $('#dialog-body').innerHTML = body;
  $('#dialog-error').textContent = '';
  $('#dialog-ok').textContent = okLabel;
  $('#dialog-ok').hidden = !onOk;
  $('#dialog-ok').onclick = async (event) => {
    event.preventDefault();
    try {
      await onOk();
      box.close();
      await ConsoleKit.afterChange();
    } catch (e) {
      $('#dialog-error').textContent = e.message;
    }
  };
  box.showModal();
}
