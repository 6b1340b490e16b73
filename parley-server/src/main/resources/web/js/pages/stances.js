import {get} from '../api.js';
import {el, muted, route, articleLine, evidenceLink, personLink, csvLink, issueName, positionBadge} from '../dom.js';
import {reviewControls} from '../review.js';

/** Every stance statement, by issue and holder, each with its evidence and the controls to review it. */
export async function stances(view, _segment, params) {
  const filters = {issue: params.get('issue') || '', holder_name: params.get('holder_name') || ''};
  view.appendChild(el('h1', {}, 'Stances'));
  const issues = (await get('/api/issues')).items;
  const issue = el('select', {name: 'issue', id: 'stances-issue'}, el('option', {value: ''}, 'any issue'),
    issues.map(i => {
      const o = el('option', {value: i.issue}, i.name || i.issue);
      o.selected = i.issue === filters.issue;
      return o;
    }));
  const holder = el('input', {type: 'text', name: 'holder_name', id: 'stances-holder', value: filters.holder_name, autocomplete: 'off'});
  view.appendChild(el('form', {class: 'filters', id: 'stance-filters', on: {submit: e => {
    e.preventDefault();
    location.hash = route('stances', null, {issue: issue.value, holder_name: holder.value});
  }}}, el('label', {for: issue.id}, 'Issue ', issue), el('label', {for: holder.id}, 'Holder ', holder),
  el('button', {type: 'submit'}, 'Show')));

  const summary = el('p', {class: 'muted', id: 'stance-count'});
  const list = el('ul', {class: 'quotes', id: 'stance-list'});
  view.appendChild(summary);
  view.appendChild(list);
  view.appendChild(csvLink('/api/stances', filters));
  const more = el('button', {type: 'button', class: 'more'}, 'More stances');
  let cursor;
  let shown = 0;
  const redraw = () => window.dispatchEvent(new HashChangeEvent('hashchange'));
  const load = async () => {
    const page = await get('/api/stances', {...filters, limit: 100, cursor});
    page.items.forEach(s => list.appendChild(stance(s, issues, redraw)));
    shown += page.items.length;
    cursor = page.next_cursor;
    summary.textContent = shown + (cursor ? '+' : '') + (shown === 1 ? ' stance' : ' stances');
    if (cursor) list.after(more); else more.remove();
  };
  more.addEventListener('click', () => load().catch(e => summary.textContent = e.message));
  await load();
  if (!shown) list.appendChild(el('li', {}, muted('No stance matches these filters.')));
}

function stance(s, issues, redraw) {
  return el('li', {class: 'quote stance', 'data-key': String(s.id), 'data-position': s.position},
    el('div', {}, positionBadge(s.position), ' ', personLink(s.holder), ' on ',
      el('a', {href: route('issue', s.issue)}, issueName(issues, s.issue))),
    el('blockquote', {class: 'reported'}, s.evidence.text),
    s.condition ? el('p', {class: 'condition'}, s.condition_kind + ': ' + s.condition) : null,
    el('div', {class: 'meta'}, articleLine(s.article), ' · ', evidenceLink(s.article.id, s.evidence.start, s.evidence.end, 'show in article')),
    reviewControls('stance', s, redraw));
}
