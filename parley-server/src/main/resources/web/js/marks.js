// Badges on quotes and stances: "corroborated (N outlets)" when two or more independent outlets carry the quote,
// "contested" (a link to the conflict) when the report is one side of a contradiction. /api/marks gives the spans.
import {get} from './api.js';
import {el, route} from './dom.js';

/** A lookup of marks by (article, start, end); `article` limits it to one article. */
export async function loadMarks(article) {
  const marks = (await get('/api/marks', {article})).items;
  const byKey = new Map(marks.map(m => [key(m.article, m.start, m.end), m]));
  return (articleId, start, end) => byKey.get(key(articleId, start, end));
}

function key(article, start, end) {
  return article + '@' + start + '-' + end;
}

/** The badges for a mark (none when `mark` is undefined); `skipConflict` leaves out the conflict being shown. */
export function badges(mark, skipConflict) {
  if (!mark) return [];
  const out = [];
  if (mark.independent_outlets >= 2) out.push(corroborated(mark.independent_outlets));
  const seen = new Set();
  for (const c of mark.conflicts) {
    if (c.id === skipConflict || seen.has(c.id)) continue;
    seen.add(c.id);
    out.push(' ', el('a', {class: 'badge contested', href: route('conflict', c.id),
      title: `contested (${c.kind}): ${c.subject} — this report says ${c.side}`}, 'contested'));
  }
  return out.length ? [' ', ...out] : [];
}

export function corroborated(outlets) {
  return el('span', {class: 'badge corroborated', title: `carried by ${outlets} independent outlets`},
    `corroborated (${outlets} outlets)`);
}
