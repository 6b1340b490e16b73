import {get, all} from '../api.js';
import {el, section, muted, articleLine, evidenceLink, route, positionBadge, csvLink} from '../dom.js';
import {chart, esc} from '../charts.js';
import {loadMarks, badges} from '../marks.js';

export async function person(view, key) {
  if (!key) throw new Error('no person given');
  const entity = key.startsWith('name:') ? null : await get('/api/entities/' + encodeURIComponent(key)).catch(() => null);
  const [quotes, mark] = await Promise.all([all('/api/quotes', {speaker: key}, 1000), loadMarks()]);
  const name = entity?.name || quotes.find(q => q.speaker)?.speaker.name || key.replace(/^name:/, '');
  view.appendChild(el('h1', {}, name));
  if (entity) {
    view.appendChild(el('dl', {class: 'facts'},
      el('dt', {}, 'Type'), el('dd', {}, entity.type),
      el('dt', {}, 'Roles'), el('dd', {id: 'roles'}, entity.roles.length ? entity.roles.join('; ') : '—'),
      el('dt', {}, 'Also called'), el('dd', {id: 'aliases'}, entity.aliases.length ? entity.aliases.join('; ') : '—'),
      el('dt', {}, 'Mentioned in'), el('dd', {}, entity.articles + ' articles')));
  }
  const grid = el('div', {class: 'grid'});
  view.appendChild(grid);
  grid.appendChild(section('Quotes over time', quotesChart(quotes)));
  const [rows, shifts] = await Promise.all([get('/api/stances/matrix', {holder: key}), get('/api/shifts', {holder: key})]);
  grid.appendChild(section('Stances', stanceList(rows.items, shifts.items, mark), csvLink('/api/stances', {holder: key})));
  view.appendChild(section(`Quotes (${quotes.length})`, quoteList(quotes, mark), csvLink('/api/quotes', {speaker: key})));
}

function quotesChart(quotes) {
  const byDate = new Map();
  for (const q of quotes) if (q.article.date) byDate.set(q.article.date, (byDate.get(q.article.date) || 0) + 1);
  if (!byDate.size) return muted('No dated quotes.');
  const data = [...byDate.entries()].sort((a, b) => a[0].localeCompare(b[0]));
  return chart({
    tooltip: {trigger: 'axis', formatter: ps => esc(ps[0].axisValue) + ': ' + ps[0].value[1] + ' quotes'},
    grid: {left: 36, right: 16, top: 16, bottom: 40},
    xAxis: {type: 'time', min: v => v.min - 86400000, max: v => v.max + 86400000},
    yAxis: {type: 'value', minInterval: 1},
    series: [{type: 'bar', barMaxWidth: 18, data, itemStyle: {color: '#3949ab'}}]
  }, {height: 240, label: 'Quotes over time'});
}

function stanceList(rows, shifts, mark) {
  if (!rows.length) return muted('No stances recorded.');
  const list = el('ul', {class: 'list'}, rows.map(r => el('li', {},
    el('a', {href: route('issue', r.issue)}, r.issue), ' ', positionBadge(r.latest),
    el('span', {class: 'muted'}, ' ' + Object.entries(r.counts).map(([p, n]) => `${p} ${n}`).join(', ')),
    ...Object.values(r.evidence).flat().slice(0, 3).map(s =>
      el('div', {class: 'evidence-line'}, '“' + s.evidence.text + '” ',
        evidenceLink(s.article.id, s.evidence.start, s.evidence.end),
        ...badges(mark(s.article.id, s.evidence.start, s.evidence.end)))))));
  const changes = shifts.length ? el('ul', {class: 'list'}, shifts.map(s => el('li', {},
    `${s.issue}: `, s.from ? positionBadge(s.from) : '?', ' → ', positionBadge(s.to),
    s.reported ? el('span', {class: 'muted'}, ' (reported as a change)') : '', ' ',
    evidenceLink(s.after.article.id, s.after.evidence.start, s.after.evidence.end)))) : null;
  return el('div', {}, list, changes ? el('h3', {}, 'Changes of position') : null, changes);
}

function quoteList(quotes, mark) {
  if (!quotes.length) return muted('No quotes.');
  return el('ul', {class: 'quotes', id: 'quotes'}, quotes.map(q => el('li', {class: 'quote'},
    el('blockquote', {class: q.direct ? 'direct' : 'reported'}, q.direct ? '“' + q.text + '”' : q.text),
    el('div', {class: 'meta'}, q.cue ? q.cue + ' · ' : '', articleLine(q.article), ' · ',
      evidenceLink(q.article.id, q.start, q.end, 'show in article'), ...badges(mark(q.article.id, q.start, q.end))))));
}
