/**
 * The admin page's script (served at /admin/app.js, the only script the page's CSP allows).
 * Everything from the API is written with textContent, never as HTML. The admin token stays in
 * sessionStorage for the tab's life.
 */
export const PAGE_JS = String.raw`
'use strict';
const $ = (id) => document.getElementById(id);
let token = sessionStorage.getItem('gatewayAdminToken') || '';

function say(text) { $('status').textContent = text || ''; }

async function api(method, path, body) {
  const init = { method, headers: { authorization: 'Bearer ' + token } };
  if (body !== undefined) { init.headers['content-type'] = 'application/json'; init.body = JSON.stringify(body); }
  const res = await fetch(path, init);
  const data = await res.json().catch(() => ({}));
  if (res.status === 401) { sessionStorage.removeItem('gatewayAdminToken'); $('app').hidden = true; $('login').hidden = false; }
  if (!res.ok) throw new Error((data && data.message) || ('HTTP ' + res.status));
  return data;
}

function cell(row, value) { const td = document.createElement('td'); td.textContent = value == null ? '' : String(value); row.append(td); return td; }
function button(td, label, action) {
  const b = document.createElement('button'); b.type = 'button'; b.textContent = label;
  b.addEventListener('click', () => action().catch((e) => say(e.message))); td.append(b);
}
function fill(id, items, render) { const body = $(id); body.replaceChildren(); for (const item of items) { const tr = document.createElement('tr'); render(tr, item); body.append(tr); } }
const limit = (v) => (v == null ? 'no limit' : v);
const numberOrNull = (v) => (v === '' || v == null ? null : Number(v));

async function loadTeam() {
  const t = await api('GET', '/admin/team');
  const c = (t.usage && t.usage.credits) || {};
  const plan = (t.usage && t.usage.plan && t.usage.plan.category) || 'unknown plan';
  $('team').textContent = 'Lusha credits: ' + c.remaining + ' left of ' + c.total + ' (' + plan + '), as of ' + t.fetchedAt + '.';
}

async function loadReps() {
  const { reps } = await api('GET', '/admin/reps');
  fill('reps', reps, (tr, r) => {
    cell(tr, r.name); cell(tr, r.id); cell(tr, limit(r.dailyCredits)); cell(tr, limit(r.monthlyCredits));
    cell(tr, r.spentToday); cell(tr, r.spentThisMonth); cell(tr, r.remaining == null ? '-' : r.remaining);
    cell(tr, r.revokedAt ? 'revoked' : 'active');
    const td = cell(tr, '');
    if (r.revokedAt) return;
    button(td, 'Budgets', async () => {
      const d = prompt('Credits a day (empty: no limit)', r.dailyCredits == null ? '' : r.dailyCredits);
      if (d === null) return;
      const m = prompt('Credits a month (empty: no limit)', r.monthlyCredits == null ? '' : r.monthlyCredits);
      if (m === null) return;
      await api('PATCH', '/admin/reps/' + encodeURIComponent(r.id), { dailyCredits: numberOrNull(d), monthlyCredits: numberOrNull(m) });
      await loadReps();
    });
    button(td, 'Revoke', async () => {
      if (!confirm('Revoke ' + r.name + "'s token?")) return;
      await api('DELETE', '/admin/reps/' + encodeURIComponent(r.id)); await loadReps();
    });
  });
}

async function loadAudit() {
  const { entries } = await api('GET', '/admin/audit?limit=100');
  fill('audit', entries, (tr, e) => {
    cell(tr, e.at); cell(tr, e.repName); cell(tr, e.method + ' ' + e.path); cell(tr, e.identifiers);
    cell(tr, e.cached); cell(tr, e.credits); cell(tr, e.status + ' ' + e.outcome); cell(tr, e.note);
  });
}

async function loadHooks() {
  const subs = await api('GET', '/admin/lusha/api/subscriptions?limit=100');
  fill('subs', subs.data || [], (tr, s) => {
    cell(tr, s.name); cell(tr, s.entityType + ' ' + (s.entityId || '')); cell(tr, (s.signalTypes || []).join(', '));
    cell(tr, s.isActive ? 'yes' : 'no'); cell(tr, s.id);
    const td = cell(tr, '');
    const path = '/admin/lusha/api/subscriptions/' + encodeURIComponent(s.id);
    button(td, 'Test', async () => { const r = await api('POST', path + '/test'); say('Test delivery: ' + (r.isSuccess ? 'acknowledged' : 'failed')); await loadHooks(); });
    button(td, s.isActive ? 'Pause' : 'Resume', async () => { await api('PATCH', path, { isActive: !s.isActive }); await loadHooks(); });
    button(td, 'Delete', async () => { await api('POST', '/admin/lusha/api/subscriptions/delete', { ids: [s.id] }); await loadHooks(); });
  });
  const stats = await api('GET', '/admin/lusha/api/audit-logs/stats');
  $('hook-stats').textContent = stats.total + ' deliveries, ' + stats.successRate + ' acknowledged.';
  const logs = await api('GET', '/admin/lusha/api/audit-logs?limit=50');
  fill('hook-logs', logs.data || [], (tr, l) => { cell(tr, l.deliveredAt); cell(tr, l.subscriptionId); cell(tr, l.status); cell(tr, l.error); });
}

function formValues(form) { return Object.fromEntries(new FormData(form).entries()); }

function on(id, handler) {
  $(id).addEventListener('submit', (event) => { event.preventDefault(); say(''); handler(event.target).catch((e) => say(e.message)); });
}

on('login', async () => { token = $('token').value.trim(); sessionStorage.setItem('gatewayAdminToken', token); await start(); });
on('new-rep', async (form) => {
  const v = formValues(form);
  const rep = await api('POST', '/admin/reps', { name: v.name, dailyCredits: numberOrNull(v.dailyCredits), monthlyCredits: numberOrNull(v.monthlyCredits) });
  $('new-token-name').textContent = rep.name; $('new-token-value').textContent = rep.token; $('new-token').hidden = false;
  form.reset(); await loadReps();
});
on('new-subs', async (form) => {
  const v = formValues(form);
  const ids = String(v.ids).split(/[\s,]+/).filter(Boolean);
  const signalTypes = String(v.signalTypes).split(/[\s,]+/).filter(Boolean);
  const r = await api('POST', '/admin/lusha/api/subscriptions', {
    defaults: { url: v.url, entityType: v.entityType, signalTypes },
    subscriptions: ids.map((entityId) => (v.name ? { entityId, name: v.name } : { entityId })),
  });
  say(r.successful + ' of ' + r.total + ' subscriptions created.'); await loadHooks();
});
on('opt-out', async (form) => { await api('POST', '/admin/lusha/api/subscriptions/opt-out', { entityType: 'contact', url: formValues(form).url }); await loadHooks(); });
$('reload-audit').addEventListener('click', () => loadAudit().catch((e) => say(e.message)));
$('get-secret').addEventListener('click', () => api('GET', '/admin/lusha/api/account/secret').then((r) => { $('secret').textContent = r.secret; }, (e) => say(e.message)));
$('regen-secret').addEventListener('click', () => {
  if (!confirm('Regenerate the webhook secret? Deliveries signed with the old one will be refused.')) return;
  api('POST', '/admin/lusha/api/account/secret/regenerate').then((r) => { $('secret').textContent = r.secret; }, (e) => say(e.message));
});

async function start() {
  $('login').hidden = true; $('app').hidden = false;
  const hook = location.origin + '/webhooks/lusha';
  $('hook-url').textContent = hook;
  for (const input of document.querySelectorAll('input[type=url]')) input.value = hook;
  await Promise.all([loadTeam(), loadReps(), loadAudit()]).catch((e) => say(e.message));
  await loadHooks().catch((e) => say('Webhooks: ' + e.message));
}
if (token) start();
`;
