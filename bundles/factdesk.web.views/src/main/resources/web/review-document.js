// Review › Document: the document's extracted text (never its markup) with every flag highlighted by type. Clicking
// a highlight selects its flag; the selected flag is outlined and scrolled into view.

import {el, clear} from '/app/ui.js';
import {errorBox, typeLabel} from './common.js';

export function mount(root, wb) {
  const header = el('div', {class: 'doc-header'});
  const error = errorBox();
  const body = el('div', {class: 'doc-text', id: 'document-text'});
  root.append(header, error, body);
  let doc = null;
  let loading = null;
  let selected = null;

  async function load(path) {
    if (doc && doc.path === path) return doc;
    if (loading && loading.path === path) return loading.promise;
    const promise = wb.api.get('/api/document?path=' + encodeURIComponent(path)).then(d => {
      doc = d;
      render();
      error.textContent = '';
      return d;
    }).catch(e => {
      error.textContent = e.message;
      throw e;
    }).finally(() => { loading = null; });
    loading = {path, promise};
    return promise;
  }

  async function reload() {
    if (!doc) return;
    const path = doc.path;
    doc = null;
    await load(path).catch(() => {});
    if (selected) markSelected(selected, false);
  }

  function render() {
    clear(header);
    header.append(el('h2', {}, doc.title || doc.path),
      el('div', {class: 'muted'}, doc.path, doc.publisher ? ' · ' + doc.publisher : '', doc.kind ? ' · ' + doc.kind + ' source' : '',
        ' · ' + doc.flags.length + ' flags'));
    if (doc.stale) {
      header.append(el('p', {class: 'warning'}, 'The file changed since the last run: highlights may be off. Run factdesk run again.'));
    }
    const types = [...new Set(doc.flags.map(f => f.type))].sort();
    header.append(el('div', {class: 'legend'}, types.map(t => typeLabel(t))));
    clear(body);
    body.append(segments(doc.text, doc.flags));
  }

  function segments(text, flags) {
    const valid = flags.filter(f => f.start >= 0 && f.end <= text.length && f.start < f.end);
    const cuts = new Set([0, text.length]);
    for (const f of valid) { cuts.add(f.start); cuts.add(f.end); }
    const points = [...cuts].sort((a, b) => a - b);
    const out = document.createDocumentFragment();
    for (let i = 0; i + 1 < points.length; i++) {
      const a = points[i], b = points[i + 1];
      const covering = valid.filter(f => f.start <= a && f.end >= b);
      const piece = text.slice(a, b);
      if (covering.length === 0) {
        out.append(document.createTextNode(piece));
        continue;
      }
      covering.sort((x, y) => (x.end - x.start) - (y.end - y.start));
      const top = covering[0];
      out.append(el('span', {class: ['fl', 't-' + top.type, 's-' + top.status],
        dataset: {flag: top.id, flags: covering.map(f => f.id).join(' ')},
        title: covering.map(f => f.type + ' (' + f.status + ')').join(', ')}, piece));
    }
    return out;
  }

  function markSelected(id, scroll = true) {
    selected = id;
    for (const s of body.querySelectorAll('.fl.current')) s.classList.remove('current');
    const spans = body.querySelectorAll('[data-flags~="' + CSS.escape(id) + '"]');
    spans.forEach(s => s.classList.add('current'));
    if (scroll && spans.length) spans[0].scrollIntoView({block: 'center'});
  }

  /** Scrolls to a character offset of the text (a search hit's passage). */
  function showRange([start]) {
    let at = 0;
    const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const len = node.textContent.length;
      if (at + len > start) {
        const parent = node.parentNode;
        const marker = el('span', {class: 'range-marker'});
        parent.insertBefore(marker, node.splitText(start - at));
        marker.scrollIntoView({block: 'center'});
        marker.remove();
        parent.normalize();
        return;
      }
      at += len;
    }
  }

  body.addEventListener('click', e => {
    const span = e.target.closest('.fl');
    if (span && doc) wb.bus.emit('flag:select', {id: span.dataset.flag, doc: doc.path});
  });

  wb.bus.on('document:open', async d => {
    await load(d.path).catch(() => {});
    if (d.range) showRange(d.range);
  });
  wb.bus.on('flag:select', async f => {
    if (f.doc) await load(f.doc).catch(() => {});
    markSelected(f.id);
  });
  wb.bus.on('flags:changed', () => reload());

  const lastFlag = wb.bus.last('flag:select');
  const lastDoc = wb.bus.last('document:open');
  if (lastFlag) load(lastFlag.doc).then(() => markSelected(lastFlag.id)).catch(() => {});
  else if (lastDoc) load(lastDoc.path).catch(() => {});
  else body.append(el('p', {class: 'muted'}, 'Choose a document, or press j for the first flag to review.'));
}
