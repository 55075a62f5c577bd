// The workbench shell: sign-in, perspectives and docks built from GET /api/views, view modules loaded from their
// bundles, keyboard commands, help overlay and status bar. It knows no view by name: a bundle that registers a
// WorkbenchView service shows up here within seconds, and disappears when the bundle goes.

import {el, clear} from './ui.js';
import {createApi} from './api.js';
import {createBus, scoped} from './bus.js';

const ROLES = ['viewer', 'editor', 'maintainer', 'admin'];
const DOCKS = ['left', 'center', 'right', 'bottom'];
const POLL_MS = 3000;
const KEYS = {
  j: ['key:next'], k: ['key:prev'], e: ['key:evidence'],
  v: ['key:verdict', 'verified'], c: ['key:verdict', 'corrected'], d: ['key:verdict', 'disputed'],
  u: ['key:verdict', 'unverifiable'], n: ['key:verdict', 'not-a-claim'],
};

const $ = id => document.getElementById(id);
const bus = createBus();
const state = {user: null, views: [], perspectives: [], current: null, mounted: [], signature: '', activeTabs: {}, poll: null};

const api = createApi({
  onUnauthorized: () => showSignIn('Your session has ended: sign in again.'),
  onTiming: (method, url, ms, statusCode) => {
    if (method === 'GET') return;
    const l = $('latency');
    l.textContent = method + ' ' + url.replace(/^\/api\//, '') + ' → ' + statusCode + ' in ' + Math.round(ms) + ' ms';
    l.dataset.ms = String(Math.round(ms));
  },
});

function status(message, kind = 'info') {
  const s = $('status');
  s.textContent = message;
  s.className = 'status-' + kind;
}

function may(role) {
  return state.user && ROLES.indexOf(state.user.role) >= ROLES.indexOf(role);
}

// --- sign-in ---

function showSignIn(message) {
  stopPolling();
  unmountAll();
  state.user = null;
  $('workbench').hidden = true;
  $('sign-out').hidden = true;
  clear($('perspectives'));
  $('user').textContent = '';
  $('sign-in').hidden = false;
  $('sign-in-error').textContent = message || '';
  $('sign-in-name').focus();
}

async function signIn(event) {
  event.preventDefault();
  const name = $('sign-in-name').value.trim();
  const password = $('sign-in-password').value;
  $('sign-in-submit').disabled = true;
  try {
    const session = await api.post('/api/session', {name, password});
    $('sign-in-password').value = '';
    await signedIn(session);
  } catch (e) {
    $('sign-in-error').textContent = e.status === 401 ? 'Wrong name or password.' : e.message;
  } finally {
    $('sign-in-submit').disabled = false;
  }
}

async function signOut() {
  try {
    await api.del('/api/session');
  } catch (e) {
    // the session may be gone already
  }
  api.setCsrf(null);
  showSignIn('Signed out.');
}

async function signedIn(session) {
  api.setCsrf(session.csrf);
  state.user = {name: session.user, role: session.role};
  $('sign-in').hidden = true;
  $('workbench').hidden = false;
  $('sign-out').hidden = false;
  $('user').textContent = session.user + ' · ' + session.role;
  $('user').dataset.role = session.role;
  state.signature = '';
  await refreshViews();
  startPolling();
  status('Signed in as ' + session.user + ' (' + session.role + '). Press ? for the keyboard.');
}

// --- views and perspectives ---

function startPolling() {
  stopPolling();
  state.poll = setInterval(() => refreshViews().catch(() => {}), POLL_MS);
}

function stopPolling() {
  if (state.poll) clearInterval(state.poll);
  state.poll = null;
}

async function refreshViews() {
  if (!state.user) return;
  const answer = await api.get('/api/views');
  const signature = JSON.stringify(answer.views.map(v => [v.id, v.perspective, v.dock, v.script, v.rank]));
  if (signature === state.signature) return;
  const before = new Map(state.views.map(v => [v.id, JSON.stringify(v)]));
  state.signature = signature;
  state.views = answer.views;
  state.perspectives = answer.perspectives.map(p => p.name);
  renderPerspectiveTabs();
  if (!state.perspectives.includes(state.current)) {
    openPerspective(state.perspectives[0] || null);
    return;
  }
  const now = viewsOf(state.current);
  const changed = now.length !== state.mounted.length || now.some(v => before.get(v.id) !== JSON.stringify(v));
  if (changed) openPerspective(state.current);
}

function viewsOf(perspective) {
  return state.views.filter(v => v.perspective === perspective).sort((a, b) => a.rank - b.rank);
}

function renderPerspectiveTabs() {
  const nav = clear($('perspectives'));
  for (const p of state.perspectives) {
    nav.append(el('button', {type: 'button', class: ['perspective', p === state.current && 'active'],
      dataset: {perspective: p}, 'aria-pressed': p === state.current ? 'true' : 'false',
      on: {click: () => openPerspective(p)}}, p));
  }
}

function unmountAll() {
  for (const m of state.mounted) {
    try { m.dispose(); } catch (e) { console.error(e); }
  }
  state.mounted = [];
  clear($('workbench'));
}

function openPerspective(name) {
  unmountAll();
  state.current = name;
  renderPerspectiveTabs();
  if (!name) return;
  const views = viewsOf(name);
  const main = $('workbench');
  main.className = 'workbench';
  main.dataset.perspective = name;
  const docks = {};
  for (const dock of DOCKS) {
    const inDock = views.filter(v => v.dock === dock);
    if (inDock.length === 0) continue;
    main.classList.add('has-' + dock);
    docks[dock] = buildDock(name, dock, inDock);
    main.append(docks[dock].element);
  }
  for (const v of views) mountView(v, docks[v.dock]);
}

function buildDock(perspective, dock, views) {
  const key = perspective + '/' + dock;
  const active = state.activeTabs[key] && views.some(v => v.id === state.activeTabs[key]) ? state.activeTabs[key] : views[0].id;
  const tabs = el('div', {class: 'dock-tabs', role: 'tablist'});
  const body = el('div', {class: 'dock-body'});
  const panels = new Map();
  const tabButtons = new Map();
  const activate = id => {
    state.activeTabs[key] = id;
    for (const [vid, panel] of panels) panel.hidden = vid !== id;
    for (const [vid, b] of tabButtons) {
      b.classList.toggle('active', vid === id);
      b.setAttribute('aria-selected', vid === id ? 'true' : 'false');
    }
  };
  for (const v of views) {
    const b = el('button', {type: 'button', class: 'dock-tab', role: 'tab', dataset: {viewTab: v.id},
      on: {click: () => activate(v.id)}}, v.title);
    tabButtons.set(v.id, b);
    tabs.append(b);
    const panel = el('section', {class: 'view', dataset: {viewId: v.id}, 'aria-label': v.title, role: 'tabpanel'});
    panels.set(v.id, panel);
    body.append(panel);
  }
  activate(active);
  return {element: el('div', {class: ['dock', 'dock-' + dock], dataset: {dock}}, tabs, body), panels, activate};
}

async function mountView(view, dock) {
  const panel = dock.panels.get(view.id);
  const viewBus = scoped(bus);
  const record = {id: view.id, dispose: () => viewBus.dispose()};
  state.mounted.push(record);
  const wb = {
    api,
    bus: viewBus,
    user: {...state.user, may},
    view,
    endpoint: name => {
      const e = view.endpoints.find(x => x.name === name);
      if (!e) throw new Error('the view ' + view.id + ' declares no endpoint ' + name);
      return e.url;
    },
    status,
    reveal: () => dock.activate(view.id),
    openPerspective: name => { if (state.perspectives.includes(name)) openPerspective(name); },
  };
  try {
    const module = await import(view.script);
    if (!state.mounted.includes(record)) return; // the perspective changed while loading
    const disposer = await module.mount(panel, wb);
    record.dispose = () => {
      viewBus.dispose();
      if (typeof disposer === 'function') disposer();
    };
  } catch (e) {
    clear(panel).append(el('p', {class: 'error'}, 'The view ' + view.title + ' could not be loaded: ' + e.message));
  }
}

// --- keyboard ---

function typing(target) {
  return target && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
}

function toggleHelp(show) {
  const help = $('help');
  help.hidden = show === undefined ? !help.hidden : !show;
  if (!help.hidden) $('help-close').focus();
}

function onKey(event) {
  if (event.ctrlKey || event.metaKey || event.altKey) return;
  if (event.key === 'Escape') {
    if (!$('help').hidden) toggleHelp(false);
    else if (typing(event.target)) event.target.blur();
    return;
  }
  if (typing(event.target) || !state.user) return;
  if (event.key === '?') {
    event.preventDefault();
    toggleHelp();
    return;
  }
  if (!$('help').hidden) return;
  if (event.key === '/') {
    event.preventDefault();
    if (state.current !== 'Review' && state.perspectives.includes('Review')) openPerspective('Review');
    bus.emit('key:search', {at: Date.now()});
    return;
  }
  const command = KEYS[event.key];
  if (command) {
    event.preventDefault();
    bus.emit(command[0], {verdict: command[1]});
  }
}

// --- start ---

document.addEventListener('DOMContentLoaded', async () => {
  $('sign-in-form').addEventListener('submit', signIn);
  $('sign-out').addEventListener('click', signOut);
  $('help-button').addEventListener('click', () => toggleHelp());
  $('help-close').addEventListener('click', () => toggleHelp(false));
  document.addEventListener('keydown', onKey);
  try {
    const session = await api.get('/api/session');
    await signedIn(session);
  } catch (e) {
    showSignIn(e.status === 401 ? '' : e.message);
  }
});

