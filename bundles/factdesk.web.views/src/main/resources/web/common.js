// Shared by the built-in views: flag types and statuses, and small renderers. Bus topics used between views:
//   flag:select    {id, doc}            a flag was chosen (table, document, search, hotlines)
//   document:open  {path, range}        show a document, optionally scrolled to [start, end)
//   flags:changed  {flag, advance}      a decision was recorded; advance: move on to the next flag
//   key:next, key:prev, key:verdict {verdict}, key:evidence, key:search   keyboard commands from the shell

import {el, useStylesheet} from '/app/ui.js';

useStylesheet(new URL('./views.css', import.meta.url));

export const TYPES = ['phone', 'statistic', 'citation', 'attribution', 'claim', 'artifact', 'boilerplate', 'stale',
  'resource', 'conflict'];
export const STATUSES = ['open', 'needs-recheck', 'verified', 'corrected', 'disputed', 'unverifiable', 'not-a-claim'];
export const TO_REVIEW = new Set(['open', 'needs-recheck']);

/** seed/000_76fc4e1531144b50.txt → 000_76fc4e15…txt */
export function shortDoc(path) {
  const name = String(path).split('/').pop();
  return name.length > 24 ? name.slice(0, 12) + '…' + name.slice(-8) : name;
}

export function typeLabel(type) {
  return el('span', {class: 'type-label'}, el('span', {class: ['swatch', 't-' + type]}), type);
}

export function errorBox() {
  return el('p', {class: 'error', role: 'alert'});
}

/** The mark of the flag's surface text inside its sentence, as a span list for marked(). */
export function spanOf(context, text) {
  const at = context.indexOf(text);
  return at < 0 ? [] : [[at, at + text.length]];
}
