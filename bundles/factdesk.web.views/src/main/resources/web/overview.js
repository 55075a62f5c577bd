// Overview: flags by type and status, the verified share of each document, and the re-checks falling due, drawn as
// SVG in the page (no outside service).

import {el, svg, clear, percent, select} from '/app/ui.js';
import {STATUSES, errorBox, shortDoc} from './common.js';

const STATUS_COLORS = {
  'open': '#7aa7e8', 'needs-recheck': '#e8b44a', 'verified': '#3fae62', 'corrected': '#2b8fd6',
  'disputed': '#d9534f', 'unverifiable': '#9b7bd4', 'not-a-claim': '#b8bec9',
};

export function mount(root, wb) {
  const error = errorBox();
  const figures = el('div', {class: 'cards', id: 'overview-figures'});
  const byType = el('div', {class: 'card'});
  const byDoc = el('div', {class: 'card'});
  const due = el('div', {class: 'card'});
  let days = '90';
  const window = select([['30', '30 days'], ['90', '90 days'], ['365', 'a year'], ['730', 'two years']], days,
    v => { days = v; load(); }, {'aria-label': 'Re-checks due within', id: 'overview-days'});
  root.append(el('div', {class: 'toolbar'}, el('h2', {}, 'Overview'), el('span', {class: 'spacer'}),
    el('label', {class: 'muted'}, 'Re-checks due within ', window)), error, figures, el('div', {class: 'cards'}, byType, byDoc), due);

  function figure(value, label) {
    return el('div', {class: 'card'}, el('div', {class: 'figure'}, String(value)), el('div', {class: 'muted'}, label));
  }

  function legend() {
    return el('div', {class: 'legend'}, STATUSES.map(s => el('span', {},
      svg('svg', {width: 10, height: 10, 'aria-hidden': 'true'}, svg('rect', {width: 10, height: 10, rx: 2, fill: STATUS_COLORS[s]})), ' ', s)));
  }

  function typeChart(data) {
    const types = Object.keys(data);
    const totals = types.map(t => Object.values(data[t]).reduce((a, b) => a + b, 0));
    const max = Math.max(1, ...totals);
    const row = 22, label = 90, width = 460, barWidth = width - label - 40;
    const chart = svg('svg', {class: 'chart', id: 'chart-types', width, height: types.length * row + 4, role: 'img',
      'aria-label': 'flags by type and status'});
    types.forEach((t, i) => {
      const y = i * row + 2;
      chart.append(svg('text', {x: 0, y: y + 14}, t));
      let x = label;
      for (const s of STATUSES) {
        const n = data[t][s] || 0;
        if (!n) continue;
        const w = n / max * barWidth;
        chart.append(svg('rect', {x, y, width: Math.max(w, 1), height: row - 6, fill: STATUS_COLORS[s]},
          svg('title', {}, t + ': ' + n + ' ' + s)));
        x += w;
      }
      chart.append(svg('text', {x: x + 4, y: y + 14}, String(totals[i])));
    });
    return chart;
  }

  function docChart(docs) {
    const row = 24, label = 170, width = 460, barWidth = width - label - 50;
    const chart = svg('svg', {class: 'chart', id: 'chart-documents', width, height: docs.length * row + 4, role: 'img',
      'aria-label': 'verified share per document'});
    docs.forEach((d, i) => {
      const y = i * row + 2;
      chart.append(svg('text', {x: 0, y: y + 14}, shortDoc(d.doc), svg('title', {}, d.title)));
      chart.append(svg('rect', {x: label, y, width: barWidth, height: row - 8, fill: '#eef0f3', rx: 3}));
      chart.append(svg('rect', {x: label, y, width: Math.max(d.share * barWidth, 0), height: row - 8, fill: STATUS_COLORS.verified, rx: 3},
        svg('title', {}, d.verified + ' of ' + d.flags + ' flags verified or corrected')));
      chart.append(svg('text', {x: label + barWidth + 6, y: y + 14}, percent(d.share)));
    });
    return chart;
  }

  function dueChart(items, days, asOf) {
    const width = 920, height = 70, left = 20, right = 20;
    const start = new Date(asOf + 'T00:00:00Z').getTime();
    const span = Math.max(1, days) * 86400000;
    const chart = svg('svg', {class: 'chart', id: 'chart-due', width, height, role: 'img', 'aria-label': 're-checks falling due'});
    const xOf = d => left + Math.min(1, Math.max(0, (new Date(d + 'T00:00:00Z').getTime() - start) / span)) * (width - left - right);
    chart.append(svg('line', {class: 'axis', x1: left, x2: width - right, y1: 40, y2: 40, stroke: '#c5cad3'}));
    chart.append(svg('text', {x: left, y: 62}, 'today ' + asOf), svg('text', {x: width - right - 70, y: 62}, '+' + days + ' days'));
    for (const item of items) {
      const x = xOf(item.due);
      chart.append(svg('circle', {cx: x, cy: 40, r: 6, fill: item.inDays <= 0 ? STATUS_COLORS.disputed : STATUS_COLORS['needs-recheck']},
        svg('title', {}, item.normalized + ' due ' + item.due)));
    }
    return chart;
  }

  async function load() {
    try {
      const s = await wb.api.get(wb.endpoint('stats') + '?days=' + days);
      const counts = {};
      for (const statuses of Object.values(s.byTypeAndStatus)) {
        for (const [st, n] of Object.entries(statuses)) counts[st] = (counts[st] || 0) + n;
      }
      clear(figures).append(figure(s.total, 'flags'), figure((counts.open || 0) + (counts['needs-recheck'] || 0), 'to review'),
        figure((counts.verified || 0) + (counts.corrected || 0), 'verified or corrected'), figure(s.due.length, 're-checks due within ' + s.dueWithinDays + ' days'),
        figure(s.orphans, 'decisions whose claim is gone'));
      clear(byType).append(el('h3', {}, 'Flags by type and status'), typeChart(s.byTypeAndStatus), legend());
      clear(byDoc).append(el('h3', {}, 'Verified share per document'), docChart(s.documents));
      clear(due).append(el('h3', {}, 'Re-checks falling due'), dueChart(s.due, s.dueWithinDays, s.asOf),
        s.due.length === 0 ? el('p', {class: 'muted'}, 'Nothing falls due within ' + s.dueWithinDays + ' days.')
          : el('table', {class: 'grid'}, el('tbody', {}, s.due.map(d => el('tr', {},
            el('td', {}, d.due), el('td', {class: 'num'}, d.inDays <= 0 ? 'due' : 'in ' + d.inDays + ' d'),
            el('td', {class: 'mono'}, d.normalized), el('td', {}, d.status), el('td', {class: 'mono'}, shortDoc(d.doc)))))));
      error.textContent = '';
    } catch (e) {
      error.textContent = e.message;
    }
  }

  wb.bus.on('flags:changed', () => load());
  load();
}
