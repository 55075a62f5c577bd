// Review › Inspector: the selected flag (normalized value, context, facts), its evidence candidates with the matched
// words highlighted, the verdict form and the flag's history. Keys: e chooses the next candidate as evidence;
// v, d, u, n record that verdict; c asks for the corrected value (Enter records it).

import {el, clear, badge, marked, when, button} from '/app/ui.js';
import {errorBox, spanOf, typeLabel} from './common.js';

const VERDICTS = [
  ['verified', 'Verified', 'v'], ['corrected', 'Corrected', 'c'], ['disputed', 'Disputed', 'd'],
  ['unverifiable', 'Unverifiable', 'u'], ['not-a-claim', 'Not a claim', 'n'],
];
const REVIEW_FACTS = new Set(['verdict', 'evidence', 'reviewer', 'reviewed_at', 'note', 'corrected_value', 'verified_at',
  'recheck_due', 'recheck_reason']);

export function mount(root, wb) {
  root.classList.add('inspector');
  const content = el('div', {id: 'inspector'});
  root.append(content);
  content.append(el('p', {class: 'muted'}, 'Select a flag (j / k, or click one) to inspect it.'));

  let flag = null;
  let history = [];
  let candidates = [];
  let chosen = -1;
  let requestId = 0;
  let busy = false;

  const message = el('p', {class: 'error', role: 'alert', id: 'review-message'});
  const value = el('input', {id: 'review-value', placeholder: 'corrected value', 'aria-label': 'Corrected value'});
  const evidence = el('input', {id: 'review-evidence', 'aria-label': 'Evidence',
    placeholder: 'doc:PATH#START-END or https://… (read YYYY-MM-DD)'});
  const note = el('input', {id: 'review-note', placeholder: 'note (optional)', 'aria-label': 'Note'});
  value.addEventListener('keydown', e => { if (e.key === 'Enter') { e.preventDefault(); submit('corrected'); } });
  evidence.addEventListener('keydown', e => { if (e.key === 'Enter') e.preventDefault(); });

  async function load(id) {
    const mine = ++requestId;
    message.textContent = '';
    content.classList.add('loading'); // what is shown is the previous flag until the new one arrives
    content.dataset.flag = id;
    try {
      const [detail, ev] = await Promise.all([
        wb.api.get('/api/flags/' + encodeURIComponent(id)),
        wb.api.get('/api/flags/' + encodeURIComponent(id) + '/evidence').catch(e => ({candidates: [], error: e.message})),
      ]);
      if (mine !== requestId) return;
      flag = detail.flag;
      history = detail.history;
      candidates = ev.candidates || [];
      chosen = -1;
      value.value = '';
      evidence.value = '';
      note.value = '';
      render(ev.error);
    } catch (e) {
      if (mine !== requestId) return;
      clear(content).append(el('p', {class: 'error', role: 'alert'}, e.message));
    } finally {
      if (mine === requestId) content.classList.remove('loading');
    }
  }

  function render(evidenceError) {
    clear(content);
    const a = flag.attributes;
    const facts = Object.entries(a).filter(([k]) => !REVIEW_FACTS.has(k));
    content.append(
      el('div', {class: 'toolbar'}, typeLabel(flag.type), badge(flag.status), el('span', {class: 'muted mono'}, flag.id),
        el('span', {class: 'muted'}, 'version ' + flag.version + ' · priority ' + flag.priority.toFixed(2))),
      el('dl', {},
        el('dt', {}, 'Text'), el('dd', {class: 'quote', id: 'inspector-text'}, flag.text),
        el('dt', {}, 'Normalized'), el('dd', {class: 'mono', id: 'inspector-normalized'}, flag.normalized),
        el('dt', {}, 'Context'), el('dd', {class: 'quote'}, marked(flag.context, spanOf(flag.context, flag.text))),
        el('dt', {}, 'Document'), el('dd', {class: 'mono'}, flag.doc + ' [' + flag.start + '-' + flag.end + ']'),
        facts.map(([k, v]) => [el('dt', {}, k.replace(/_/g, ' ')), el('dd', {}, v)])));
    if (a.verdict) {
      content.append(el('h3', {}, 'Decision'), el('dl', {},
        el('dt', {}, 'Verdict'), el('dd', {}, badge(a.verdict), ' by ', a.reviewer, ' · ', when(a.reviewed_at)),
        el('dt', {}, 'Evidence'), el('dd', {class: 'mono'}, a.evidence || '—'),
        a.corrected_value ? [el('dt', {}, 'Corrected'), el('dd', {class: 'mono'}, a.corrected_value)] : null,
        a.note ? [el('dt', {}, 'Note'), el('dd', {}, a.note)] : null,
        a.recheck_due ? [el('dt', {}, 'Re-check due'), el('dd', {}, a.recheck_due)] : null,
        a.recheck_reason ? [el('dt', {}, 'Why again'), el('dd', {}, a.recheck_reason)] : null));
    }
    content.append(el('h3', {}, 'Evidence candidates'), candidateList(evidenceError));
    content.append(el('h3', {}, 'Verdict'), form());
    content.append(el('h3', {}, 'History'), historyList());
  }

  function candidateList(evidenceError) {
    if (evidenceError) return el('p', {class: 'error'}, evidenceError);
    if (candidates.length === 0) return el('p', {class: 'muted'}, 'No candidates: give a URL you read, or a document passage.');
    const list = el('ol', {class: 'candidates', id: 'evidence-candidates'});
    candidates.forEach((c, i) => list.append(el('li', {class: i === chosen ? 'chosen' : null, dataset: {index: i}},
      el('div', {class: 'toolbar'}, badge(c.assessment, 'assessment'), el('span', {class: 'muted'}, c.source),
        el('span', {class: 'spacer'}), button(i === chosen ? 'Chosen' : 'Use', () => choose(i), {class: 'use-evidence'})),
      el('div', {}, c.reason),
      el('div', {class: 'passage'}, marked(c.passage, c.highlights)),
      el('div', {class: 'ref'}, c.reference))));
    return list;
  }

  function form() {
    const buttons = VERDICTS.map(([verdict, label, key]) => el('button', {type: 'button', class: 'verdict',
      dataset: {verdict}, title: 'key ' + key, on: {click: () => verdict === 'corrected' && !value.value.trim()
        ? askValue() : submit(verdict)}}, label, ' ', el('kbd', {}, key)));
    const readOnly = !wb.user.may('editor')
      ? el('p', {class: 'notice', id: 'review-role-notice'}, 'You are signed in as a ' + wb.user.role
        + ': you can read everything, but only editors record verdicts.')
      : null;
    return el('div', {class: 'verdict-form'}, readOnly,
      el('label', {}, 'Evidence', evidence), el('label', {}, 'Corrected value', value), el('label', {}, 'Note', note),
      el('div', {class: 'verdicts'}, buttons), message);
  }

  function historyList() {
    if (history.length === 0) return el('p', {class: 'muted', id: 'history'}, 'No decision yet.');
    return el('ul', {class: 'history', id: 'history'}, history.slice().reverse().map(d => el('li', {},
      el('div', {}, badge(d.verdict), ' #' + d.sequence + ' by ', el('strong', {}, d.reviewer), ' · ', when(d.at)),
      el('div', {class: 'mono'}, d.evidence || '—'),
      d.value ? el('div', {}, 'value: ', d.value) : null,
      d.note ? el('div', {class: 'muted'}, d.note) : null)));
  }

  function choose(i) {
    chosen = i;
    evidence.value = candidates[i].reference;
    for (const li of content.querySelectorAll('#evidence-candidates > li')) {
      const on = Number(li.dataset.index) === i;
      li.classList.toggle('chosen', on);
      li.querySelector('.use-evidence').textContent = on ? 'Chosen' : 'Use';
      if (on) li.scrollIntoView({block: 'nearest'});
    }
  }

  function askValue() {
    wb.reveal();
    if (!value.value) value.value = flag.normalized;
    value.focus();
    value.select();
    message.textContent = 'Type the corrected value, then Enter.';
  }

  async function submit(verdict) {
    if (!flag || busy) return;
    wb.reveal();
    busy = true;
    message.textContent = '';
    const body = {verdict, value: verdict === 'corrected' ? value.value.trim() : '', evidence: evidence.value.trim(),
      note: note.value.trim(), version: flag.version};
    try {
      const {data, ms} = await wb.api.timedPost('/api/flags/' + encodeURIComponent(flag.id) + '/review', body);
      root.dataset.lastReviewMs = String(Math.round(ms));
      wb.status('Recorded ' + verdict + ' on ' + flag.text + ' as ' + data.decision.reviewer + ' (decision #'
        + data.decision.sequence + ') in ' + Math.round(ms) + ' ms', 'ok');
      wb.bus.emit('flags:changed', {flag: data.flag, advance: true});
    } catch (e) {
      const text = e.status === 403 ? 'Not allowed: ' + e.message
        : e.reason === 'stale' ? 'Someone decided on this flag meanwhile: reloaded, decide again. (' + e.message + ')'
        : e.message;
      if (e.reason === 'stale') await load(flag.id);
      message.textContent = text;
      wb.status(text, 'error');
    } finally {
      busy = false;
    }
  }

  wb.bus.on('flag:select', f => load(f.id));
  wb.bus.on('key:evidence', () => {
    if (!flag || candidates.length === 0) {
      wb.status(flag ? 'No evidence candidates for this flag.' : 'Select a flag first.');
      return;
    }
    wb.reveal();
    choose((chosen + 1) % candidates.length);
  });
  wb.bus.on('key:verdict', ({verdict}) => {
    if (!flag) {
      wb.status('Select a flag first (j).');
      return;
    }
    if (verdict === 'corrected' && !value.value.trim()) askValue();
    else submit(verdict);
  });

  const last = wb.bus.last('flag:select');
  if (last) load(last.id);
}
