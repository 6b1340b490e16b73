import {get} from '../api.js';
import {el, section, muted, evidenceLink, personLink, positionBadge, route, csvLink} from '../dom.js';
import {loadMarks, badges} from '../marks.js';

/**
 * An article with the evidence span of a fact highlighted: ?start=&end= marks the span and its whole sentence.
 * Residue the cleaner removed shows as a small marker instead of the blank it left in the text.
 */
export async function article(view, id, params) {
  if (!id) throw new Error('no article given');
  const [a, mark] = await Promise.all([get('/api/articles/' + encodeURIComponent(id)), loadMarks(id)]);
  const start = intParam(params, 'start');
  const end = intParam(params, 'end');
  view.appendChild(el('h1', {id: 'article-title'}, a.title || a.name));
  view.appendChild(el('p', {class: 'muted'}, [a.outlet, a.author, a.date ? a.date + (a.date_estimated ? ' (estimated)' : '') : 'undated']
    .filter(Boolean).join(' · '), ' · ', a.url ? el('a', {href: a.url, rel: 'noopener noreferrer', target: '_blank'}, 'original') : a.source));
  const grid = el('div', {class: 'grid article-grid'});
  view.appendChild(grid);
  const body = el('div', {class: 'article-text', id: 'article-text'});
  renderText(body, a, start, end);
  grid.appendChild(section('Text', body));
  grid.appendChild(facts(a, mark));
  const target = body.querySelector('mark.evidence') || body.querySelector('.evidence-sentence');
  if (target) requestAnimationFrame(() => target.scrollIntoView({block: 'center'}));
}

function intParam(params, name) {
  const v = params.get(name);
  return v !== null && /^\d+$/.test(v) ? Number(v) : null;
}

/** Builds the text from text nodes only: sentences of the evidence wrapped, the span itself in a <mark>. */
function renderText(body, a, start, end) {
  const text = a.text;
  const hasSpan = start !== null && end !== null && start <= end && end <= text.length;
  let sStart = -1, sEnd = -1;
  if (hasSpan) {
    const around = a.sentences.filter(s => s.start < Math.max(end, start + 1) && s.end > start);
    sStart = around.length ? Math.min(start, around[0].start) : start;
    sEnd = around.length ? Math.max(end, around[around.length - 1].end) : end;
  }
  const removed = [...a.removed].sort((x, y) => x.start - y.start);
  const cuts = new Set([0, text.length]);
  if (hasSpan) [start, end, sStart, sEnd].forEach(c => cuts.add(c));
  removed.forEach(r => { cuts.add(r.start); cuts.add(r.end); });
  const points = [...cuts].filter(c => c >= 0 && c <= text.length).sort((x, y) => x - y);
  let sentenceBox = null;
  for (let i = 0; i + 1 < points.length; i++) {
    const from = points[i], to = points[i + 1];
    const removal = removed.find(r => r.start <= from && to <= r.end && r.start < r.end);
    if (removal) {
      if (from === removal.start) body.appendChild(removedMarker(removal));
      continue;
    }
    const inSentence = hasSpan && from >= sStart && to <= sEnd;
    const inMark = hasSpan && from >= start && to <= end;
    const piece = document.createTextNode(text.slice(from, to));
    const node = inMark ? el('mark', {class: 'evidence'}, piece) : piece;
    if (inSentence) {
      if (!sentenceBox) { sentenceBox = el('span', {class: 'evidence-sentence'}); body.appendChild(sentenceBox); }
      sentenceBox.appendChild(node);
    } else {
      sentenceBox = null;
      body.appendChild(node);
    }
  }
}

function removedMarker(r) {
  const details = el('details', {class: 'removed'}, el('summary', {title: r.reason}, 'removed: ' + r.reason), r.text);
  return details;
}

function facts(a, mark) {
  const box = el('div', {class: 'facts-col'});
  box.appendChild(section(`Quotes (${a.quotes.length})`, a.quotes.length ? el('ul', {class: 'list', id: 'article-quotes'},
    a.quotes.map(q => el('li', {}, personLink(q.speaker), ': ', q.direct ? '“' + q.text + '”' : q.text, ' ',
      evidenceLink(a.id, q.start, q.end), ...badges(mark(a.id, q.start, q.end))))) : muted('None found.'),
    a.quotes.length ? csvLink('/api/quotes', {article: a.id}) : null));
  box.appendChild(section(`Stances (${a.stances.length})`, a.stances.length ? el('ul', {class: 'list'},
    a.stances.map(s => el('li', {}, personLink(s.holder), ' on ', el('a', {href: route('issue', s.issue)}, s.issue), ': ',
      positionBadge(s.position), ' ', evidenceLink(a.id, s.evidence.start, s.evidence.end),
      ...badges(mark(a.id, s.evidence.start, s.evidence.end))))) : muted('None found.'),
    a.stances.length ? csvLink('/api/stances', {article: a.id}) : null));
  box.appendChild(section(`Events (${a.events.length})`, a.events.length ? el('ul', {class: 'list'},
    a.events.map(e => el('li', {}, el('strong', {}, e.kind), e.date ? ' ' + e.date : '',
      e.participants.length ? ' · ' + e.participants.join(', ') : '', ' ',
      evidenceLink(a.id, e.evidence.start, e.evidence.end)))) : muted('None found.')));
  box.appendChild(section('Entities', el('ul', {class: 'list'}, a.entities.map(e => el('li', {},
    e.name, el('span', {class: 'muted'}, ' ' + e.type + (e.roles.length ? ' · ' + e.roles.join('; ') : '')))))));
  if (a.warnings.length) box.appendChild(section('Warnings', el('ul', {class: 'list'}, a.warnings.map(w => el('li', {}, w)))));
  return box;
}
