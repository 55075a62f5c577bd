// Review › Flags: every flag as a sortable, filterable table (type, status, document, text). j and k move through
// the rows in the order shown; after a decision the next flag is selected.

import {el, clear, badge, select, sortableTable} from '/app/ui.js';
import {TYPES, STATUSES, TO_REVIEW, shortDoc, typeLabel, errorBox} from './common.js';

export function mount(root, wb) {
  let flags = [];
  let selectedId = null;
  let cursor = -1;
  const filter = {type: '', status: 'to-review', scope: 'all', text: ''};
  let currentDoc = null;

  const error = errorBox();
  const count = el('span', {class: 'muted', id: 'queue-count'});
  const typeSelect = select([['', 'all types'], ...TYPES.map(t => [t, t])], '', v => { filter.type = v; render(); },
    {'aria-label': 'Type', id: 'queue-type'});
  const statusSelect = select([['to-review', 'to review'], ['', 'any status'], ...STATUSES.map(s => [s, s])], 'to-review',
    v => { filter.status = v; render(); }, {'aria-label': 'Status', id: 'queue-status'});
  const scopeSelect = select([['all', 'all documents'], ['doc', 'this document']], 'all',
    v => { filter.scope = v; render(); }, {'aria-label': 'Documents'});
  const text = el('input', {type: 'search', placeholder: 'filter text…', 'aria-label': 'Filter text', id: 'queue-filter'});
  text.addEventListener('input', () => { filter.text = text.value.toLowerCase(); render(); });

  const table = sortableTable([
    {key: 'priority', label: 'Priority', class: 'num', value: f => f.priority, render: f => f.priority.toFixed(2)},
    {key: 'type', label: 'Type', value: f => f.type, render: f => typeLabel(f.type)},
    {key: 'status', label: 'Status', value: f => f.status, render: f => badge(f.status)},
    {key: 'text', label: 'Text', class: 'clip', value: f => f.text.toLowerCase(), render: f => f.text},
    {key: 'normalized', label: 'Normalized', class: 'clip mono', value: f => f.normalized, render: f => f.normalized},
    {key: 'doc', label: 'Document', value: f => f.doc + String(f.start).padStart(9, '0'), render: f => shortDoc(f.doc)},
    {key: 'version', label: 'v', class: 'num', value: f => f.version},
  ], {
    rowId: f => f.id,
    rowClass: f => f.id === selectedId ? 'selected' : null,
    onRowClick: f => choose(f),
  });
  table.sortBy('priority', -1);

  root.append(el('div', {class: 'toolbar'}, typeSelect, statusSelect, scopeSelect, text, count), error, table.element);

  function visible() {
    return flags.filter(f => (!filter.type || f.type === filter.type)
      && (filter.status === '' || (filter.status === 'to-review' ? TO_REVIEW.has(f.status) : f.status === filter.status))
      && (filter.scope === 'all' || f.doc === currentDoc)
      && (!filter.text || f.text.toLowerCase().includes(filter.text) || f.normalized.toLowerCase().includes(filter.text)
        || f.context.toLowerCase().includes(filter.text)));
  }

  function render() {
    const rows = visible();
    table.setRows(rows);
    count.textContent = rows.length + ' of ' + flags.length + ' flags';
    const order = table.order();
    const at = order.findIndex(f => f.id === selectedId);
    if (at >= 0) cursor = at;
    const row = table.body.querySelector('tr.selected');
    if (row) row.scrollIntoView({block: 'nearest'});
  }

  function choose(f) {
    selectedId = f.id;
    cursor = table.order().findIndex(x => x.id === f.id);
    for (const tr of table.body.children) tr.classList.toggle('selected', tr.dataset.id === f.id);
    const row = table.body.querySelector('tr.selected');
    if (row) row.scrollIntoView({block: 'nearest'});
    wb.bus.emit('flag:select', {id: f.id, doc: f.doc});
  }

  function move(step) {
    const order = table.order();
    if (order.length === 0) {
      wb.status('No flag matches the filters.');
      return;
    }
    const at = order.findIndex(f => f.id === selectedId);
    let next;
    if (at >= 0) next = at + step;
    else if (cursor >= 0) next = step > 0 ? cursor : cursor - 1; // the selected flag left the list: stay in place
    else next = step > 0 ? 0 : order.length - 1;
    next = Math.max(0, Math.min(order.length - 1, next));
    choose(order[next]);
  }

  async function load() {
    try {
      const answer = await wb.api.get('/api/flags');
      flags = answer.flags;
      error.textContent = '';
      render();
    } catch (e) {
      error.textContent = e.message;
    }
  }

  wb.bus.on('key:next', () => move(1));
  wb.bus.on('key:prev', () => move(-1));
  wb.bus.on('flag:select', f => {
    selectedId = f.id;
    currentDoc = f.doc || currentDoc;
    for (const tr of table.body.children) tr.classList.toggle('selected', tr.dataset.id === f.id);
    const at = table.order().findIndex(x => x.id === f.id);
    if (at >= 0) cursor = at;
  });
  wb.bus.on('document:open', d => { currentDoc = d.path; if (filter.scope === 'doc') render(); });
  wb.bus.on('flags:changed', ({flag, advance}) => {
    const i = flags.findIndex(f => f.id === flag.id);
    if (i >= 0) flags[i] = flag;
    const wasSelected = selectedId === flag.id;
    render();
    if (advance && wasSelected) move(1);
  });

  const last = wb.bus.last('flag:select');
  if (last) { selectedId = last.id; currentDoc = last.doc; }
  load();
}
