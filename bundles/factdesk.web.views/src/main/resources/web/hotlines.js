// Hotlines: every phone number of the corpus with its organization, channel, status, last verification, re-check
// due date and conflicts. Maintainers re-check numbers in bulk: the evidence candidates of the selected numbers are
// fetched, and those the reference registry supports can be recorded as verified with that evidence, under their name.

import {el, append, clear, badge, button, sortableTable} from '/app/ui.js';
import {errorBox, shortDoc} from './common.js';

export function mount(root, wb) {
  let rows = [];
  let asOf = new Date().toISOString().slice(0, 10);
  const picked = new Set();
  const rechecks = new Map(); // id → {assessment, reference, reason}
  const error = errorBox();
  const summary = el('span', {class: 'muted', id: 'hotlines-summary'});
  const maintainer = wb.user.may('maintainer');
  const recheckButton = button('Re-check selected', () => recheck(), {id: 'hotlines-recheck', disabled: !maintainer});
  const verifyButton = button('Record verified for supported', () => verifySupported(),
    {id: 'hotlines-verify', class: 'primary', hidden: true});

  const table = sortableTable([
    {key: 'pick', label: '', render: r => {
      const box = el('input', {type: 'checkbox', 'aria-label': 'select ' + r.text, checked: picked.has(r.id)});
      box.addEventListener('click', e => e.stopPropagation());
      box.addEventListener('change', () => { box.checked ? picked.add(r.id) : picked.delete(r.id); });
      return box;
    }},
    {key: 'number', label: 'Number', class: 'mono', value: r => r.number, render: r => el('span', {title: 'as written: ' + r.text}, r.text)},
    {key: 'organization', label: 'Organization', value: r => r.organization.toLowerCase(), render: r => [r.organization || '—',
      r.organization && r.organizationSource !== 'registry' ? el('span', {class: 'muted'}, ' (' + r.organizationSource + ')') : null]},
    {key: 'channel', label: 'Channel', value: r => r.channel},
    {key: 'status', label: 'Status', value: r => r.status, render: r => badge(r.status)},
    {key: 'verified', label: 'Last verified', value: r => r.verifiedAt, render: r => r.verifiedAt ? r.verifiedAt + ' · ' + r.reviewer : '—'},
    {key: 'due', label: 'Due', value: r => r.recheckDue || '9999', render: r => r.recheckDue || '—'},
    {key: 'conflicts', label: 'Conflicts', value: r => r.conflicts.length, render: r => r.conflicts.length
      ? el('span', {class: 'error', title: r.conflicts.map(c => c.message).join('\n')}, r.conflicts.length + ': ' + r.conflicts[0].message)
      : (r.listed ? el('span', {class: 'ok'}, 'in registry') : '—')},
    {key: 'recheck', label: 'Re-check', render: r => recheckCell(r)},
    {key: 'doc', label: 'Document', value: r => r.doc, render: r => shortDoc(r.doc)},
  ], {
    rowId: r => r.id,
    onRowClick: r => {
      wb.bus.emit('flag:select', {id: r.id, doc: r.doc});
      wb.openPerspective('Review');
    },
  });
  table.sortBy('due');

  append(root, [el('h2', {}, 'Hotlines'),
    el('div', {class: 'toolbar'}, button('Select those needing a check', () => selectWhere(needsCheck), {id: 'hotlines-select-due'}),
      button('Select none', () => { picked.clear(); table.setRows(rows); }), recheckButton, verifyButton, summary),
    maintainer ? null : el('p', {class: 'notice'}, 'Bulk re-checks are for maintainers; you can read every number and open it in Review.'),
    error, table.element]);

  /** Open, due for a re-check, or falling due within 30 days. */
  function needsCheck(r) {
    if (r.status === 'open' || r.status === 'needs-recheck') return true;
    if (!r.recheckDue) return false;
    const soon = new Date(asOf);
    soon.setDate(soon.getDate() + 30);
    return r.recheckDue <= soon.toISOString().slice(0, 10);
  }

  function recheckCell(r) {
    const c = rechecks.get(r.id);
    if (!c) return '';
    if (c.pending) return el('span', {class: 'muted'}, 'checking…');
    if (!c.assessment) return el('span', {class: 'muted'}, 'no registry evidence');
    return el('span', {class: c.assessment === 'supports' ? 'recheck-supported' : 'recheck-contradicted', title: c.reason},
      c.assessment + (c.reference ? ' · ' + c.reference : ''));
  }

  function selectWhere(test) {
    picked.clear();
    rows.filter(test).forEach(r => picked.add(r.id));
    table.setRows(rows);
  }

  async function load() {
    try {
      const answer = await wb.api.get(wb.endpoint('phones'));
      rows = answer.phones;
      asOf = answer.asOf;
      const due = rows.filter(r => r.status === 'needs-recheck').length;
      summary.textContent = rows.length + ' numbers · ' + rows.filter(r => r.status === 'verified' || r.status === 'corrected').length
        + ' verified · ' + due + ' need a re-check · as of ' + answer.asOf;
      table.setRows(rows);
      error.textContent = '';
    } catch (e) {
      error.textContent = e.message;
    }
  }

  async function recheck() {
    if (picked.size === 0) {
      wb.status('Select numbers to re-check first.');
      return;
    }
    for (const id of picked) rechecks.set(id, {pending: true});
    table.setRows(rows);
    for (const id of [...picked]) {
      try {
        const ev = await wb.api.get('/api/flags/' + encodeURIComponent(id) + '/evidence');
        const registry = ev.candidates.filter(c => c.source === 'registry');
        const best = registry.find(c => c.assessment === 'supports') || registry.find(c => c.assessment === 'contradicts');
        rechecks.set(id, best ? {assessment: best.assessment, reference: best.reference, reason: best.reason} : {});
      } catch (e) {
        rechecks.set(id, {assessment: 'failed', reason: e.message});
      }
      table.setRows(rows);
    }
    const supported = [...rechecks.entries()].filter(([, c]) => c.assessment === 'supports');
    verifyButton.hidden = supported.length === 0;
    verifyButton.textContent = 'Record verified for ' + supported.length + ' supported';
    wb.status('Re-checked ' + picked.size + ' numbers: ' + supported.length + ' supported by the registry.');
  }

  async function verifySupported() {
    const items = rows.filter(r => rechecks.get(r.id)?.assessment === 'supports')
      .map(r => ({id: r.id, version: r.version, evidence: rechecks.get(r.id).reference}));
    if (items.length === 0) return;
    try {
      const answer = await wb.api.post(wb.endpoint('recheck'), {items, note: 'bulk re-check against the reference registry'});
      const failed = answer.results.filter(r => !r.ok);
      wb.status('Recorded verified for ' + answer.recorded + ' numbers' + (failed.length ? '; refused: '
        + failed.map(f => f.id + ' (' + f.error + ')').join(', ') : ''), failed.length ? 'error' : 'ok');
      rechecks.clear();
      verifyButton.hidden = true;
      await load();
    } catch (e) {
      error.textContent = e.message;
      wb.status(e.message, 'error');
    }
  }

  wb.bus.on('flags:changed', () => load());
  load();
}
