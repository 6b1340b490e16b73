import {get} from '../api.js';
import {el, muted, route, articleLine, evidenceLink, personLink, csvLink} from '../dom.js';
import {reviewControls} from '../review.js';

const KINDS = ['', 'speech', 'belief', 'report', 'other'];

/** Every quote, filtered as /api/quotes filters them (speaker by any name, issue, dates, words, kind, directness). */
export async function quotes(view, _segment, params) {
  const filters = {};
  for (const k of ['speaker', 'issue', 'from', 'to', 'text', 'kind', 'direct']) filters[k] = params.get(k) || '';
  view.appendChild(el('h1', {}, 'Quotes'));
  const issues = (await get('/api/issues')).items;
  const input = (name, type = 'text') => el('input', {type, name, id: 'quotes-' + name, value: filters[name],
    autocomplete: 'off'});
  const speaker = input('speaker');
  const text = input('text', 'search');
  const from = input('from', 'date');
  const to = input('to', 'date');
  const issue = el('select', {name: 'issue', id: 'quotes-issue'}, el('option', {value: ''}, 'any issue'),
    issues.map(i => option(i.issue, i.name || i.issue, filters.issue)));
  const kind = el('select', {name: 'kind', id: 'quotes-kind'}, KINDS.map(k => option(k, k || 'any kind', filters.kind)));
  const direct = el('input', {type: 'checkbox', name: 'direct', id: 'quotes-direct'});
  direct.checked = filters.direct === 'true';
  const label = (field, words) => el('label', {for: field.id}, words, ' ', field);
  view.appendChild(el('form', {class: 'filters', id: 'quote-filters', on: {submit: e => {
    e.preventDefault();
    location.hash = route('quotes', null, {speaker: speaker.value, text: text.value, from: from.value, to: to.value,
      issue: issue.value, kind: kind.value, direct: direct.checked ? 'true' : ''});
  }}}, label(speaker, 'Speaker'), label(text, 'Words'), label(issue, 'Issue'), label(kind, 'Kind'), label(from, 'From'),
  label(to, 'To'), label(direct, 'In quotation marks only'), el('button', {type: 'submit'}, 'Show')));

  const list = el('ul', {class: 'quotes', id: 'quote-list'});
  const summary = el('p', {class: 'muted', id: 'quote-count'});
  view.appendChild(summary);
  view.appendChild(list);
  view.appendChild(csvLink('/api/quotes', filters));
  const more = el('button', {type: 'button', class: 'more'}, 'More quotes');
  let cursor;
  let shown = 0;
  const redraw = () => window.dispatchEvent(new HashChangeEvent('hashchange'));
  const load = async () => {
    const page = await get('/api/quotes', {...filters, limit: 100, cursor});
    page.items.forEach(q => list.appendChild(quote(q, redraw)));
    shown += page.items.length;
    cursor = page.next_cursor;
    summary.textContent = shown + (cursor ? '+' : '') + (shown === 1 ? ' quote' : ' quotes');
    if (cursor) list.after(more); else more.remove();
  };
  more.addEventListener('click', () => load().catch(e => summary.textContent = e.message));
  await load();
  if (!shown) list.appendChild(el('li', {}, muted('No quote matches these filters.')));
}

function option(value, label, selected) {
  const o = el('option', {value}, label);
  o.selected = value === selected;
  return o;
}

function quote(q, redraw) {
  return el('li', {class: 'quote', 'data-key': String(q.id)},
    el('blockquote', {class: q.direct ? 'direct' : 'reported'}, q.direct ? '“' + q.text + '”' : q.text),
    el('div', {class: 'meta'}, personLink(q.speaker), q.cue ? ' · ' + q.cue : '', ' · ', articleLine(q.article), ' · ',
      evidenceLink(q.article.id, q.start, q.end, 'show in article')),
    reviewControls('quote', q, redraw));
}
