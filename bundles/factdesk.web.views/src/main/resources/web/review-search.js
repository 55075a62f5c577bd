// Review › Search: Lucene query syntax over the indexed passages, with the matched words highlighted, the documents
// the hits fall in, and filters by flag type and status (only passages holding such a flag). "/" jumps here.

import {el, clear, badge, marked, select} from '/app/ui.js';
import {TYPES, STATUSES, errorBox, typeLabel} from './common.js';

export function mount(root, wb) {
  const q = el('input', {type: 'search', id: 'search-query', 'aria-label': 'Search query',
    placeholder: 'hotline AND Willmar, "text HELP", shelter*'});
  let type = '';
  let status = '';
  const typeSelect = select([['', 'any flag type'], ...TYPES.map(t => [t, t])], '', v => { type = v; run(); },
    {'aria-label': 'Flag type', id: 'search-type'});
  const statusSelect = select([['', 'any status'], ...STATUSES.map(s => [s, s])], '', v => { status = v; run(); },
    {'aria-label': 'Flag status', id: 'search-status'});
  const form = el('form', {class: 'search-form', role: 'search'}, q, el('div', {class: 'toolbar'}, typeSelect, statusSelect));
  const error = errorBox();
  const summary = el('div', {class: 'muted', id: 'search-summary'});
  const docs = el('ul', {class: 'hits', id: 'search-documents'});
  const hits = el('ul', {class: 'hits', id: 'search-hits'});
  root.append(form, error, summary, docs, el('h3', {}, 'Passages'), hits);

  form.addEventListener('submit', e => { e.preventDefault(); run(); });

  async function run() {
    const query = q.value.trim();
    if (!query) return;
    const params = new URLSearchParams({q: query, limit: '30'});
    if (type) params.set('type', type);
    if (status) params.set('status', status);
    error.textContent = '';
    try {
      const answer = await wb.api.get('/api/search?' + params);
      render(answer);
    } catch (e) {
      clear(docs);
      clear(hits);
      summary.textContent = '';
      error.textContent = e.message;
    }
  }

  function render(answer) {
    summary.textContent = answer.hits.length + ' passages in ' + answer.documents.length + ' documents';
    clear(docs);
    for (const d of answer.documents) {
      docs.append(el('li', {on: {click: () => wb.bus.emit('document:open', {path: d.doc})}},
        el('strong', {}, d.title), el('div', {class: 'where'}, d.doc + ' · ' + d.hits + ' passages')));
    }
    clear(hits);
    for (const h of answer.hits) {
      const chips = el('div', {class: 'chips'}, h.flags.map(f => el('button', {type: 'button', class: 'chip',
        on: {click: e => { e.stopPropagation(); wb.bus.emit('flag:select', {id: f.id, doc: h.doc}); }}},
        typeLabel(f.type), ' ', f.text.length > 40 ? f.text.slice(0, 39) + '…' : f.text, ' ', badge(f.status))));
      hits.append(el('li', {dataset: {doc: h.doc}, on: {click: () => wb.bus.emit('document:open', {path: h.doc, range: [h.start, h.end]})}},
        el('div', {class: 'where'}, h.title + ' [' + h.start + '-' + h.end + '] · score ' + h.score.toFixed(2)),
        el('div', {class: 'snippet'}, marked(h.text, h.highlights)), h.flags.length ? chips : null));
    }
  }

  function focus() {
    wb.reveal();
    q.focus();
    q.select();
  }

  wb.bus.on('key:search', focus);
  const last = wb.bus.last('key:search');
  if (last && Date.now() - last.at < 2000) focus(); // "/" pressed in another perspective: this view was just mounted
}
