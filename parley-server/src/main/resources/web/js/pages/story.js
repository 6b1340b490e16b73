import {get, all} from '../api.js';
import {el, section, muted, route, articleLine, evidenceLink, personLink, csvLink} from '../dom.js';
import {chart, esc} from '../charts.js';
import {loadMarks, badges, corroborated} from '../marks.js';

/** '#/stories': stories of two or more articles, latest first; ?all=1 lists single-article stories too. */
export async function stories(view, _segment, params) {
  const everything = params.get('all') === '1';
  const items = await all('/api/stories', {min_articles: everything ? 1 : 2}, 2000);
  view.appendChild(el('h1', {}, 'Stories'));
  view.appendChild(el('p', {class: 'muted'}, everything ? 'All stories. ' : 'Stories covered by two or more articles. ',
    el('a', {href: route('stories', null, everything ? {} : {all: 1})}, everything ? 'Only larger stories' : 'Show all')));
  view.appendChild(items.length ? storyList(items) : muted('No stories yet: articles are put in stories as they are ingested.'));
  view.appendChild(csvLink('/api/stories', {min_articles: everything ? 1 : 2}));
}

export function storyList(items, id = 'stories') {
  return el('ul', {class: 'list', id}, items.map(s => el('li', {class: 'story-item'},
    el('a', {href: route('story', s.id)}, s.label || '(no label)'), ' ',
    el('span', {class: 'muted'}, [span(s), plural(s.article_count, 'article'), plural(s.outlets.length, 'outlet')].join(' · ')),
    s.corroborated ? [' ', el('span', {class: 'badge corroborated'}, s.corroborated + ' corroborated')] : null,
    s.conflicts ? [' ', el('span', {class: 'badge contested'}, plural(s.conflicts, 'conflict'))] : null)));
}

function plural(n, word) {
  return n + ' ' + word + (n === 1 ? '' : 's');
}

function span(s) {
  if (!s.first) return 'undated';
  return s.first === s.last ? s.first : s.first + ' to ' + s.last;
}

/** '#/story/{id}': one story with its articles, key people, issues, claims and conflicts. */
export async function story(view, id) {
  if (!id) throw new Error('no story given');
  const [d, mark] = await Promise.all([get('/api/stories/' + encodeURIComponent(id)), loadMarks()]);
  const s = d.story;
  view.appendChild(el('h1', {id: 'story-label'}, s.label || '(no label)'));
  view.appendChild(el('p', {class: 'muted', id: 'story-facts'}, [span(s), plural(s.article_count, 'article'),
    s.outlets.length ? 'outlets: ' + s.outlets.join(', ') : 'no outlet known'].join(' · ')));
  const grid = el('div', {class: 'grid'});
  view.appendChild(grid);
  grid.appendChild(section('Articles by date and outlet', articlesChart(d.articles)));
  grid.appendChild(section('Key people and issues',
    s.people.length ? el('ul', {class: 'list', id: 'story-people'}, s.people.slice(0, 12).map(p => el('li', {},
      personLink(p.person), el('span', {class: 'muted'}, ' ' + plural(p.mentions, 'mention'))))) : muted('No resolved people.'),
    el('h3', {}, 'Issues'),
    s.issues.length ? el('ul', {class: 'list', id: 'story-issues'}, s.issues.map(i => el('li', {},
      el('a', {href: route('issue', i.issue)}, i.issue), el('span', {class: 'muted'}, ' ' + plural(i.stances, 'stance'))))) : muted('No stances.')));
  view.appendChild(section(`Claims (${d.claims.length})`, d.claims.length ? claimList(d.claims)
    : muted('No quote or claim carried by two or more articles.')));
  view.appendChild(section(`Conflicts (${d.conflicts.length})`, d.conflicts.length
    ? el('div', {id: 'conflicts'}, d.conflicts.map(c => conflictView(c, mark))) : muted('No contradictions found between these articles.')));
  view.appendChild(section(`Articles (${d.articles.length})`, el('ul', {class: 'list', id: 'story-articles'},
    d.articles.map(a => el('li', {}, articleLine(a))))));
}

function articlesChart(articles) {
  const dated = articles.filter(a => a.date);
  if (!dated.length) return muted('No dated articles.');
  const dates = [...new Set(dated.map(a => a.date))].sort();
  const outlets = [...new Set(dated.map(a => a.outlet || '(unknown outlet)'))].sort();
  const series = outlets.map(outlet => ({
    name: outlet, type: 'bar', stack: 'articles', barMaxWidth: 32,
    data: dates.map(d => dated.filter(a => a.date === d && (a.outlet || '(unknown outlet)') === outlet).length)
  }));
  return chart({
    tooltip: {trigger: 'axis', formatter: ps => esc(ps[0].axisValue) + '<br>' +
        ps.filter(p => p.value).map(p => esc(p.seriesName) + ': ' + p.value).join('<br>')},
    legend: {type: 'scroll', top: 0},
    grid: {left: 36, right: 16, top: 40, bottom: 50},
    xAxis: {type: 'category', data: dates, axisLabel: {rotate: 30}},
    yAxis: {type: 'value', minInterval: 1},
    series
  }, {height: 260, label: 'Articles of this story by date and outlet'});
}

function claimList(claims) {
  return el('ul', {class: 'quotes', id: 'claims'}, claims.map(c => el('li', {class: 'quote claim'},
    el('blockquote', {class: c.direct ? 'direct' : 'reported'}, c.direct ? '“' + c.text + '”' : c.text),
    el('div', {class: 'meta'}, c.speaker ? c.speaker + ' · ' : '',
      c.corroborated ? corroborated(c.independent_outlets)
        : el('span', {class: 'badge'}, `carried by ${c.independent_outlets} independent outlet`),
      ' ' + plural(c.sources.length, 'source')),
    el('ul', {class: 'sources'}, c.sources.map(s => el('li', {},
      articleLine(s.article), s.speaker ? ' · ' + s.speaker : '', ' ',
      evidenceLink(s.article.id, s.evidence.start, s.evidence.end)))))));
}

/** A conflict with every side next to each other, each with its reports; `mark` badges reports that are also claims. */
export function conflictView(c, mark) {
  return el('div', {class: 'conflict', 'data-key': c.id},
    el('h3', {}, el('span', {class: 'badge contested'}, c.kind), ' ', el('a', {href: route('conflict', c.id)}, c.subject)),
    el('div', {class: 'sides'}, c.sides.map(side => el('div', {class: 'side'},
      el('h4', {}, sideLabel(c.kind, side.value)),
      el('ul', {class: 'list'}, side.evidence.map(r => el('li', {},
        el('blockquote', {}, r.evidence.text),
        el('div', {class: 'meta'}, articleLine(r.article), r.date && r.date !== r.article.date ? ' · said ' + r.date : '', ' ',
          evidenceLink(r.article.id, r.evidence.start, r.evidence.end),
          ...badges(mark ? mark(r.article.id, r.evidence.start, r.evidence.end) : undefined, c.id)))))))));
}

function sideLabel(kind, value) {
  if (kind === 'stance') return el('span', {class: 'badge pos-' + value.toLowerCase()}, value.toLowerCase());
  if (kind === 'speaker') return 'attributed to ' + value;
  return 'dated ' + value;
}

/** '#/conflict/{id}': one conflict, both sides with their evidence. */
export async function conflict(view, id) {
  if (!id) throw new Error('no conflict given');
  const [c, mark] = await Promise.all([get('/api/conflicts/' + encodeURIComponent(id)), loadMarks()]);
  view.appendChild(el('h1', {}, 'Conflict: ' + c.subject));
  view.appendChild(el('p', {class: 'muted'}, 'Reports that contradict each other, side by side. Parley shows who said what; it does not decide which is true.',
    ...c.stories.map(s => [' ', el('a', {href: route('story', s)}, 'story')])));
  view.appendChild(section('Sides', conflictView(c, mark)));
}
