// Export: run the export service into WORKSPACE/export (maintainers) and see the last export: its manifest (counts,
// formats, checksums) and changes.json (what was added, removed or changed since the export before).

import {el, append, clear, button, when} from '/app/ui.js';
import {errorBox} from './common.js';

export function mount(root, wb) {
  const error = errorBox();
  const maintainer = wb.user.may('maintainer');
  const unverified = el('input', {type: 'checkbox', id: 'export-unverified'});
  const formats = el('input', {id: 'export-formats', placeholder: 'formats, e.g. hsds csv (empty: all)'});
  const run = button('Run export', () => start(), {class: 'primary', id: 'export-run', disabled: !maintainer});
  const last = el('div', {id: 'export-last'});
  append(root, [el('h2', {}, 'Export'),
    el('div', {class: 'toolbar'}, formats, el('label', {}, unverified, ' include unverified (marked)'), run),
    maintainer ? null : el('p', {class: 'notice'}, 'Exports are run by maintainers; you can see the last one.'),
    error, last]);

  function list(title, items) {
    return [el('h3', {}, title + ' (' + items.length + ')'), items.length === 0 ? el('p', {class: 'muted'}, 'none')
      : el('ul', {class: 'mono'}, items.slice(0, 200).map(i => el('li', {}, typeof i === 'string' ? i : JSON.stringify(i))))];
  }

  function render(answer) {
    clear(last);
    if (!answer.manifest) {
      last.append(el('p', {class: 'muted'}, 'No export yet in ' + answer.directory + '.'));
      return;
    }
    const m = answer.manifest;
    const counts = m.counts || {};
    last.append(el('p', {}, 'Last export: ', el('strong', {}, when(answer.writtenAt)), ' in ', el('span', {class: 'mono'}, answer.directory),
        m.include_unverified ? ' (unverified included)' : ''),
      el('div', {class: 'cards'}, Object.entries(counts).map(([k, v]) => el('div', {class: 'card'},
        el('div', {class: 'figure'}, String(v)), el('div', {class: 'muted'}, k)))),
      el('h3', {}, 'Formats'), el('ul', {}, Object.entries(m.formats || {}).map(([f, v]) => el('li', {}, f + ' ' + v))),
      el('h3', {}, 'Files'), el('table', {class: 'grid'}, el('tbody', {}, Object.entries(m.files || {}).map(([f, sha]) =>
        el('tr', {}, el('td', {class: 'mono'}, f), el('td', {class: 'mono muted'}, sha))))));
    const c = answer.changes;
    if (c) {
      last.append(el('h2', {}, 'changes.json'), el('div', {id: 'export-changes'},
        list('Added', c.added || []), list('Removed', c.removed || []), list('Changed', c.changed || [])));
    }
  }

  async function load() {
    try {
      render(await wb.api.get(wb.endpoint('last')));
    } catch (e) {
      error.textContent = e.message;
    }
  }

  async function start() {
    run.disabled = true;
    error.textContent = '';
    try {
      const answer = await wb.api.post(wb.endpoint('run'), {
        formats: formats.value.split(/[\s,]+/).filter(Boolean), includeUnverified: unverified.checked});
      render(answer);
      const s = answer.summary;
      wb.status('Exported ' + s.resources + ' resources, ' + s.phones + ' phones, ' + s.claims + ' claims; '
        + s.added + ' added, ' + s.removed + ' removed, ' + s.changed + ' changed', 'ok');
    } catch (e) {
      error.textContent = e.message;
    } finally {
      run.disabled = !maintainer;
    }
  }

  load();
}
