// Review › Documents: every document of the workspace with its flag counts and verified share; choosing one opens it.

import {el, clear} from '/app/ui.js';
import {errorBox} from './common.js';

export function mount(root, wb) {
  const list = el('ul', {class: 'doc-list', role: 'listbox', 'aria-label': 'Documents'});
  const error = errorBox();
  root.append(el('h2', {}, 'Documents'), error, list);
  let current = null;

  async function load() {
    try {
      const answer = await wb.api.get('/api/documents');
      render(answer.documents);
      error.textContent = '';
    } catch (e) {
      error.textContent = e.message;
    }
  }

  function render(documents) {
    clear(list);
    for (const d of documents) {
      const s = d.byStatus || {};
      const decided = (s.verified || 0) + (s.corrected || 0);
      const toReview = (s.open || 0) + (s['needs-recheck'] || 0);
      const share = d.flags ? decided / d.flags : 0;
      const bar = el('span', {class: 'bar', title: decided + ' of ' + d.flags + ' verified or corrected'}, el('span'));
      bar.firstChild.style.width = Math.round(share * 100) + '%';
      const item = el('li', {role: 'option', class: d.path === current ? 'current' : null, dataset: {path: d.path},
          tabindex: 0, on: {click: () => open(d.path), keydown: e => { if (e.key === 'Enter') open(d.path); }}},
        el('div', {class: 'title'}, d.title || d.path),
        el('div', {class: 'meta'}, el('span', {}, d.path), d.kind ? el('span', {class: 'badge'}, d.kind) : null),
        el('div', {class: 'meta'}, el('span', {}, toReview + ' to review · ' + d.flags + ' flags'), bar));
      list.append(item);
    }
  }

  function open(path) {
    wb.bus.emit('document:open', {path});
  }

  function markCurrent(path) {
    current = path;
    for (const li of list.children) li.classList.toggle('current', li.dataset.path === path);
  }

  wb.bus.on('document:open', d => markCurrent(d.path));
  wb.bus.on('flag:select', f => markCurrent(f.doc));
  wb.bus.on('flags:changed', () => load());
  const last = wb.bus.last('document:open');
  if (last) current = last.path;
  load();
}
