// DOM helpers for the shell and every view. Documents are untrusted: text goes into the DOM only as text nodes
// (textContent), never as markup. Nothing here parses HTML.

const SVG_NS = 'http://www.w3.org/2000/svg';

/**
 * el('div', {class: 'x', dataset: {id: 1}, on: {click: fn}, title: 't'}, child, 'text', ...)
 * Children may be nodes, strings (added as text), arrays, null or false (skipped).
 */
export function el(tag, attrs = {}, ...children) {
  return build(document.createElement(tag), attrs, children);
}

/** The same for SVG elements (charts). */
export function svg(tag, attrs = {}, ...children) {
  return build(document.createElementNS(SVG_NS, tag), attrs, children);
}

function build(node, attrs, children) {
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (key === 'class') node.setAttribute('class', Array.isArray(value) ? value.filter(Boolean).join(' ') : value);
    else if (key === 'dataset') Object.entries(value).forEach(([k, v]) => { node.dataset[k] = String(v); });
    else if (key === 'on') Object.entries(value).forEach(([ev, fn]) => node.addEventListener(ev, fn));
    else if (key === 'text') node.textContent = String(value);
    else if (key === 'value' || key === 'checked' || key === 'disabled' || key === 'selected' || key === 'hidden') node[key] = value;
    else if (key.startsWith('on')) throw new Error('use {on: {...}} for event handlers, not ' + key);
    else node.setAttribute(key, value === true ? '' : String(value));
  }
  append(node, children);
  return node;
}

export function append(node, children) {
  for (const c of children.flat(Infinity)) {
    if (c === null || c === undefined || c === false) continue;
    node.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return node;
}

export function clear(node) {
  while (node.firstChild) node.removeChild(node.firstChild);
  return node;
}

/** Text with the given [start, end) spans wrapped in <mark>; overlapping or out-of-range spans are skipped. */
export function marked(text, spans, cls = 'hit') {
  const out = document.createDocumentFragment();
  let at = 0;
  for (const [start, end] of [...(spans || [])].sort((a, b) => a[0] - b[0])) {
    if (start < at || end > text.length || end <= start) continue;
    out.append(document.createTextNode(text.slice(at, start)));
    out.append(el('mark', {class: cls}, text.slice(start, end)));
    at = end;
  }
  out.append(document.createTextNode(text.slice(at)));
  return out;
}

/** A status word as a coloured badge. */
export function badge(word, kind = 'status') {
  return el('span', {class: ['badge', kind + '-' + String(word).replace(/[^a-z0-9-]/gi, '')]}, word);
}

export function button(label, onClick, attrs = {}) {
  return el('button', {type: 'button', ...attrs, on: {click: onClick}}, label);
}

export function select(options, value, onChange, attrs = {}) {
  const s = el('select', attrs, options.map(([v, label]) => el('option', {value: v, selected: v === value}, label)));
  s.addEventListener('change', () => onChange(s.value));
  return s;
}

export function percent(x) {
  return Math.round(x * 100) + ' %';
}

/** Short form of an ISO instant: 2026-11-23 14:02. */
export function when(iso) {
  if (!iso) return '';
  return String(iso).replace('T', ' ').replace(/:\d\d(\.\d+)?Z$/, ' UTC');
}

/**
 * A sortable table. columns: [{key, label, value: row => sortable value, render: row => node|string, class}].
 * Returns {element, setRows(rows), sortBy(key, dir)}. Clicking a header sorts by it (again: reverses).
 */
export function sortableTable(columns, {onRowClick, rowClass, rowId} = {}) {
  let rows = [];
  let sortKey = null;
  let dir = 1;
  const thead = el('thead');
  const tbody = el('tbody');
  const table = el('table', {class: 'grid'}, thead, tbody);
  const headRow = el('tr');
  for (const c of columns) {
    const th = el('th', {class: c.class, scope: 'col', dataset: {key: c.key}}, c.label);
    if (c.value) {
      th.classList.add('sortable');
      th.tabIndex = 0;
      const sort = () => { dir = sortKey === c.key ? -dir : 1; sortKey = c.key; render(); };
      th.addEventListener('click', sort);
      th.addEventListener('keydown', e => { if (e.key === 'Enter') sort(); });
    }
    headRow.append(th);
  }
  thead.append(headRow);

  function sorted() {
    if (!sortKey) return rows;
    const col = columns.find(c => c.key === sortKey);
    return [...rows].sort((a, b) => {
      const x = col.value(a), y = col.value(b);
      return (x < y ? -1 : x > y ? 1 : 0) * dir;
    });
  }

  function render() {
    clear(tbody);
    for (const th of headRow.children) {
      th.removeAttribute('aria-sort');
      if (th.dataset.key === sortKey) th.setAttribute('aria-sort', dir > 0 ? 'ascending' : 'descending');
    }
    for (const r of sorted()) {
      const tr = el('tr', {class: rowClass ? rowClass(r) : null});
      if (rowId) tr.dataset.id = rowId(r);
      for (const c of columns) {
        const v = c.render ? c.render(r) : (c.value ? c.value(r) : '');
        tr.append(el('td', {class: c.class}, v));
      }
      if (onRowClick) tr.addEventListener('click', e => onRowClick(r, e));
      tbody.append(tr);
    }
  }

  return {
    element: table,
    setRows(newRows) { rows = newRows; render(); },
    sortBy(key, direction = 1) { sortKey = key; dir = direction; render(); },
    order() { return sorted(); },
    body: tbody,
  };
}

/** Adds a stylesheet (a view's own CSS, by URL) once. */
export function useStylesheet(href) {
  const url = String(href);
  if ([...document.querySelectorAll('link[rel="stylesheet"]')].some(l => l.href === url)) return;
  document.head.append(el('link', {rel: 'stylesheet', href: url}));
}
