import {all, get} from '../api.js';
import {el, section, muted, articleLine, evidenceLink, route, clear, csvLink} from '../dom.js';
import {chart, esc} from '../charts.js';

export async function timeline(view, _segment, params) {
  let from = params.get('from') || '';
  let to = params.get('to') || '';
  // Articles mention dates far back ("since 1932"); the timeline opens on the store's own period, the dates of its
  // articles, and '?all=1' shows every date.
  const everything = params.get('all') === '1';
  if (!from && !to && !everything) [from, to] = await period();
  view.appendChild(el('h1', {}, 'Timeline'));
  const fromInput = el('input', {type: 'date', name: 'from', value: from, 'aria-label': 'from'});
  const toInput = el('input', {type: 'date', name: 'to', value: to, 'aria-label': 'to'});
  view.appendChild(el('form', {class: 'filters', on: {submit: e => {
    e.preventDefault();
    location.hash = route('timeline', null, {from: fromInput.value, to: toInput.value});
  }}}, el('label', {}, 'From ', fromInput), el('label', {}, 'To ', toInput), el('button', {type: 'submit'}, 'Show'),
    el('a', {href: route('timeline', null, {all: 1})}, 'every date')));
  const items = await all('/api/timeline', {from, to}, 5000);
  if (!items.length) { view.appendChild(muted('Nothing dated in this range.')); return; }
  const list = el('div', {id: 'timeline-list'});
  view.appendChild(section('Events and statements by date', timelineChart(items, date => showDay(list, items, date))));
  view.appendChild(section('Entries', list, csvLink('/api/timeline', {from, to})));
  showDay(list, items, null);
}

/** [first, last] article date in the store, or ['', ''] when no article is dated. */
async function period() {
  const dates = (await get('/api/overview')).articles_by_outlet_date.map(r => r.date).sort();
  return dates.length ? [dates[0], dates[dates.length - 1]] : ['', ''];
}

function timelineChart(items, pick) {
  const days = new Map();
  for (const i of items) {
    const d = days.get(i.date) || {event: 0, statement: 0};
    d[i.type]++;
    days.set(i.date, d);
  }
  const dates = [...days.keys()].sort();
  const series = ['event', 'statement'].map(type => ({
    name: type === 'event' ? 'events' : 'statements', type: 'bar', stack: 'all', barMaxWidth: 24,
    data: dates.map(d => [d, days.get(d)[type]])
  }));
  return chart({
    tooltip: {trigger: 'axis', formatter: ps => esc(ps[0].value[0]) + '<br>' + ps.map(p => esc(p.seriesName) + ': ' + p.value[1]).join('<br>')},
    legend: {top: 0},
    color: ['#c62828', '#3949ab'],
    grid: {left: 36, right: 16, top: 36, bottom: 70},
    xAxis: {type: 'time', min: v => v.min - 86400000, max: v => v.max + 86400000},
    yAxis: {type: 'value', minInterval: 1},
    dataZoom: [{type: 'inside'}, {type: 'slider', height: 18, bottom: 8}],
    series
  }, {height: 300, label: 'Events and statements by date', onClick: p => pick(p.value[0])});
}

function showDay(list, items, date) {
  clear(list);
  const shown = date ? items.filter(i => i.date === date) : items;
  if (date) list.appendChild(el('p', {}, 'Showing ' + date + ' · ', el('a', {href: '#/timeline'}, 'show all')));
  list.appendChild(el('ul', {class: 'list timeline'}, shown.slice(0, 500).map(i => el('li', {class: 'entry ' + i.type},
    el('span', {class: 'date'}, i.date), ' ',
    el('span', {class: 'badge ' + i.type}, i.type === 'event' ? i.label : (i.label || 'statement')), ' ',
    // Only what did not simply happen is flagged: a threatened invasion must not read as the invasion.
    i.status && i.status !== 'happened' ? el('span', {class: 'badge status-' + i.status}, i.status) : '', ' ',
    i.who.length ? el('strong', {}, i.who.join(', ') + ': ') : '',
    i.type === 'statement' ? '“' + i.text + '”' : (i.sentence || i.text), ' ',
    el('div', {class: 'meta'}, articleLine(i.article), ' · ', evidenceLink(i.article.id, i.evidence.start, i.evidence.end))))));
}
