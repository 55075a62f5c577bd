// Priority bands: the flags still to review by priority band, from this bundle's own endpoint. It uses the shell's
// DOM helpers and nothing else: a view is a WorkbenchView service plus this module.

import {el, svg, clear} from '/app/ui.js';

const BANDS = [['high', 'priority ≥ 0.9', '#d9534f'], ['medium', '0.7 – 0.9', '#e8b44a'], ['low', '< 0.7', '#7aa7e8']];

export function mount(root, wb) {
  const body = el('div', {id: 'priority-bands'});
  root.append(el('h2', {}, 'Priority bands'), body);

  async function load() {
    try {
      const b = await wb.api.get(wb.endpoint('bands'));
      const max = Math.max(1, ...BANDS.map(([k]) => b[k]));
      const chart = svg('svg', {class: 'chart', width: 300, height: BANDS.length * 26, role: 'img', 'aria-label': 'open flags by priority'});
      BANDS.forEach(([key, label, color], i) => {
        const y = i * 26;
        chart.append(svg('text', {x: 0, y: y + 15}, key),
          svg('rect', {x: 70, y: y + 3, width: Math.max(1, b[key] / max * 180), height: 16, fill: color, rx: 3}, svg('title', {}, label)),
          svg('text', {x: 76 + b[key] / max * 180, y: y + 15}, String(b[key])));
      });
      clear(body).append(el('p', {class: 'muted'}, b.open + ' flags to review'), chart);
    } catch (e) {
      clear(body).append(el('p', {class: 'error'}, e.message));
    }
  }

  wb.bus.on('flags:changed', () => load());
  load();
}
