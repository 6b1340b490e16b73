import {get} from '../api.js';
import {el, muted, marked, route, articleLine, evidenceLink, personLink, csvLink} from '../dom.js';

export async function search(view, _segment, params) {
  const q = params.get('q') || '';
  const speaker = params.get('speaker') || '';
  const outlet = params.get('outlet') || '';
  const from = params.get('from') || '';
  const to = params.get('to') || '';
  view.appendChild(el('h1', {}, 'Search'));
  const input = el('input', {type: 'search', name: 'q', value: q, placeholder: 'words, "a phrase", a OR b, -word',
    'aria-label': 'search', autocomplete: 'off', enterkeyhint: 'search', id: 'q'});
  const speakerInput = el('input', {type: 'text', name: 'speaker', value: speaker, placeholder: 'speaker', 'aria-label': 'speaker'});
  const outletInput = el('input', {type: 'text', name: 'outlet', value: outlet, placeholder: 'outlet', 'aria-label': 'outlet'});
  const fromInput = el('input', {type: 'date', name: 'from', value: from, 'aria-label': 'from'});
  const toInput = el('input', {type: 'date', name: 'to', value: to, 'aria-label': 'to'});
  view.appendChild(el('form', {class: 'filters search', on: {submit: e => {
    e.preventDefault();
    location.hash = route('search', null, {q: input.value, speaker: speakerInput.value, outlet: outletInput.value,
      from: fromInput.value, to: toInput.value});
  }}}, input, speakerInput, outletInput, fromInput, toInput, el('button', {type: 'submit'}, 'Search')));
  if (!q.trim()) { view.appendChild(muted('Type words to find in articles and quotes.')); return; }
  const results = el('ol', {class: 'results', id: 'results'});
  const summary = el('p', {class: 'muted'});
  view.appendChild(summary);
  view.appendChild(results);
  view.appendChild(csvLink('/api/search', {q, speaker, outlet, from, to}));
  const more = el('button', {type: 'button', class: 'more'}, 'More results');
  let cursor;
  const load = async () => {
    const page = await get('/api/search', {q, speaker, outlet, from, to, limit: 20, cursor});
    summary.textContent = page.total + (page.total === 1 ? ' match' : ' matches');
    page.items.forEach(h => results.appendChild(hit(h)));
    cursor = page.next_cursor;
    if (cursor) view.appendChild(more); else more.remove();
  };
  more.addEventListener('click', () => load().catch(e => summary.textContent = e.message));
  await load();
}

function hit(h) {
  const link = h.evidence ? evidenceLink(h.article.id, h.evidence.start, h.evidence.end, 'show in article')
    : el('a', {href: route('article', h.article.id)}, 'open article');
  return el('li', {class: 'hit ' + h.kind},
    el('div', {class: 'snippet'}, marked(h.snippet, h.marks)),
    el('div', {class: 'meta'}, h.kind === 'quote' ? el('span', {}, personLink(h.speaker), ' · ') : '',
      articleLine(h.article), ' · ', link));
}
