// Sources: the corpus documents as manifest.json describes them (primary sources first) and the reference registry
// (corpus/reference/*.json): what a maintainer verified, and where the corpus uses each number.

import {el, clear, badge, sortableTable} from '/app/ui.js';
import {errorBox} from './common.js';

export function mount(root, wb) {
  const error = errorBox();
  const docs = sortableTable([
    {key: 'kind', label: 'Kind', value: d => d.kind || '', render: d => d.kind ? badge(d.kind, 'kind') : el('span', {class: 'muted'}, 'not in manifest')},
    {key: 'title', label: 'Title', value: d => (d.title || d.path).toLowerCase(), render: d => d.title || d.path},
    {key: 'publisher', label: 'Publisher', value: d => d.publisher || ''},
    {key: 'date', label: 'Date', value: d => d.date || ''},
    {key: 'state', label: 'State', value: d => d.state || ''},
    {key: 'flags', label: 'Flags', class: 'num', value: d => d.flags},
    {key: 'path', label: 'Path', class: 'mono', value: d => d.path},
  ], {rowId: d => d.path, onRowClick: d => { wb.bus.emit('document:open', {path: d.path}); wb.openPerspective('Review'); }});
  const registry = el('div', {class: 'cards', id: 'registry'});
  root.append(el('h2', {}, 'Sources'), error, el('h3', {}, 'Documents (corpus/manifest.json)'), docs.element,
    el('h3', {}, 'Reference registry (corpus/reference)'), registry);

  function link(url) {
    // only web addresses become links; they open without a referrer and without access to this page
    return /^https:\/\//.test(url || '') ? el('a', {href: url, target: '_blank', rel: 'noopener noreferrer'}, url) : (url || '—');
  }

  function renderRegistry(entries) {
    clear(registry);
    if (entries.length === 0) registry.append(el('p', {class: 'muted'}, 'No registry in this corpus.'));
    for (const e of entries) {
      registry.append(el('div', {class: 'card'},
        el('h3', {}, e.organization || e.id),
        el('div', {class: 'muted'}, [e.operator, e.area_served, e.hours].filter(Boolean).join(' · ')),
        el('table', {class: 'grid'}, el('tbody', {}, (e.contacts || []).map(c => el('tr', {},
          el('td', {}, c.channel), el('td', {class: 'mono'}, c.display || c.number),
          el('td', {}, (c.uses || []).length ? (c.uses.length + ' in the corpus') : el('span', {class: 'muted'}, 'not in the corpus')))))),
        el('div', {class: 'muted'}, 'verified ', e.verified || '?', ' by ', e.verified_by || '?', ' · ', link(e.source_url)),
        el('div', {class: 'muted mono'}, e.file)));
    }
  }

  async function load() {
    try {
      const [d, r] = await Promise.all([wb.api.get(wb.endpoint('documents')), wb.api.get(wb.endpoint('registry'))]);
      docs.setRows(d.documents);
      renderRegistry(r.entries);
      error.textContent = '';
    } catch (e) {
      error.textContent = e.message;
    }
  }

  load();
}
