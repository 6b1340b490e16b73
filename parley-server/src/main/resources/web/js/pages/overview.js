import {get, all} from '../api.js';
import {el, route, section, muted, personLink, csvLink} from '../dom.js';
import {chart, esc} from '../charts.js';
import {storyList} from './story.js';

export async function overview(view) {
  const o = await get('/api/overview');
  const t = o.totals;
  view.appendChild(el('h1', {}, 'Overview'));
  view.appendChild(el('div', {class: 'totals'},
    total(t.articles, 'articles'), total(t.quotes, 'quotes'), total(t.stances, 'stances'),
    total(t.events, 'events'), total(t.entities, 'entities')));
  const grid = el('div', {class: 'grid'});
  view.appendChild(grid);
  grid.appendChild(section('Articles by outlet and date', byOutletChart(o.articles_by_outlet_date)));
  grid.appendChild(section('Most quoted', speakersChart(o.top_speakers), speakerList(o.top_speakers)));
  grid.appendChild(section('Issues', issueList(o.issues), csvLink('/api/issues')));
  const stories = await get('/api/stories', {min_articles: 2, limit: 10});
  grid.appendChild(section('Stories', stories.items.length ? storyList(stories.items, 'top-stories')
    : muted('No story covered by two or more articles yet.'), el('p', {}, el('a', {href: route('stories')}, 'All stories'))));
  const articles = await all('/api/articles', {}, 500);
  grid.appendChild(section('Articles', el('ul', {class: 'list', id: 'articles'}, articles.map(a =>
    el('li', {}, el('a', {href: route('article', a.id)}, a.title || a.name),
      el('span', {class: 'muted'}, ' ' + [a.outlet, a.date].filter(Boolean).join(' · '))))), csvLink('/api/articles')));
}

function total(n, label) {
  return el('div', {class: 'total'}, el('strong', {}, String(n)), el('span', {}, label));
}

function byOutletChart(days) {
  if (!days.length) return muted('No dated articles yet.');
  // Many distinct days make hairline bars: count by month then.
  const monthly = new Set(days.map(r => r.date)).size > 60;
  const merged = new Map();
  for (const r of days) {
    const date = monthly ? r.date.slice(0, 7) : r.date;
    const key = r.outlet + '\u0000' + date;
    merged.set(key, {outlet: r.outlet, date, articles: (merged.get(key)?.articles || 0) + r.articles});
  }
  const rows = [...merged.values()];
  const dates = [...new Set(rows.map(r => r.date))].sort();
  const outlets = [...new Set(rows.map(r => r.outlet))];
  const series = outlets.map(outlet => ({
    name: outlet, type: 'bar', stack: 'articles',
    data: dates.map(d => rows.find(r => r.outlet === outlet && r.date === d)?.articles || 0)
  }));
  return chart({
    tooltip: {trigger: 'axis', formatter: ps => esc(ps[0].axisValue) + '<br>' +
        ps.filter(p => p.value).map(p => esc(p.seriesName) + ': ' + p.value).join('<br>')},
    legend: {type: 'scroll', top: 0},
    grid: {left: 40, right: 16, top: 40, bottom: 60},
    xAxis: {type: 'category', data: dates, axisLabel: {rotate: 45}},
    yAxis: {type: 'value', minInterval: 1},
    series
  }, {label: 'Articles by outlet and date'});
}

function speakersChart(top) {
  if (!top.length) return muted('No quotes yet.');
  const rows = top.slice(0, 10).reverse();
  return chart({
    tooltip: {formatter: p => esc(p.name) + ': ' + p.value + ' quotes'},
    grid: {left: 120, right: 24, top: 8, bottom: 24},
    xAxis: {type: 'value', minInterval: 1},
    yAxis: {type: 'category', data: rows.map(r => r.speaker.name), axisLabel: {width: 110, overflow: 'truncate'}},
    series: [{type: 'bar', data: rows.map(r => r.quotes), itemStyle: {color: '#3949ab'}}]
  }, {height: Math.max(160, rows.length * 28 + 40), label: 'Most quoted people',
    onClick: p => { location.hash = route('person', rows[p.dataIndex].speaker.key); }});
}

function speakerList(top) {
  return el('ol', {class: 'list', id: 'top-speakers'}, top.map(s =>
    el('li', {}, personLink(s.speaker), el('span', {class: 'muted'}, ' ' + s.quotes + ' quotes'))));
}

function issueList(issues) {
  if (!issues.length) return muted('No stances yet.');
  return el('ul', {class: 'list'}, issues.map(i =>
    el('li', {}, el('a', {href: route('issue', i.issue)}, i.name || i.issue),
      el('span', {class: 'muted'}, ` ${i.stances} statements by ${i.holders} holders`))));
}
