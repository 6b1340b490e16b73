import {get} from '../api.js';
import {el, section, muted, route, personLink, articleLine, evidenceLink, positionBadge, clear, csvLink} from '../dom.js';
import {chart, esc, POSITION_COLORS} from '../charts.js';
import {loadMarks, badges} from '../marks.js';
import {issueMap} from './map.js';

const POSITIONS = ['support', 'mixed', 'neutral', 'oppose'];

export async function issues(view) {
  const list = await get('/api/issues');
  view.appendChild(el('h1', {}, 'Issues'));
  if (!list.items.length) { view.appendChild(muted('No stances yet.')); return; }
  view.appendChild(el('ul', {class: 'list'}, list.items.map(i => el('li', {},
    el('a', {href: route('issue', i.issue)}, i.name || i.issue),
    el('span', {class: 'muted'}, ` ${i.stances} statements by ${i.holders} holders · ` +
      POSITIONS.filter(p => i.positions[p]).map(p => `${p} ${i.positions[p]}`).join(', '))))));
  view.appendChild(csvLink('/api/issues'));
}

export async function issue(view, id, params) {
  if (!id) throw new Error('no issue given');
  const [matrix, mark] = await Promise.all([get('/api/stances/matrix', {issue: id}), loadMarks()]);
  const rows = matrix.items;
  // The map heads the page (with the issue's name); the holder-by-position matrix follows for every single speaker.
  await issueMap(view, id, params);
  if (!rows.length) { view.appendChild(muted('Nobody holds a recorded stance on this issue.')); return; }
  const evidence = el('div', {id: 'cell-evidence'}, muted('Click a cell to see the sentences behind it.'));
  const show = (row, position) => showEvidence(evidence, row, position, mark);
  view.appendChild(section('Every holder by position', matrixChart(rows, show), matrixTable(rows, show),
    csvLink('/api/stances/matrix', {issue: id}, 'Download this table as CSV'),
    csvLink('/api/stances', {issue: id}, 'Download every statement on this issue as CSV')));
  view.appendChild(section('Evidence', evidence));
  const shifts = (await get('/api/shifts', {issue: id})).items;
  if (shifts.length) {
    view.appendChild(section('Changes of position', el('ul', {class: 'list'}, shifts.map(s => el('li', {},
      personLink(s.holder), ': ', s.from ? positionBadge(s.from) : '?', ' → ', positionBadge(s.to), ' ',
      el('span', {class: 'muted'}, s.after.date || s.after.article.date || ''), ' ',
      evidenceLink(s.after.article.id, s.after.evidence.start, s.after.evidence.end))))));
  }
  const holder = params.get('holder');
  const position = params.get('position');
  const row = rows.find(r => r.holder.key === holder);
  if (row && position) show(row, position);
}

function matrixChart(rows, show) {
  const holders = rows.map(r => r.holder.name);
  const data = [];
  rows.forEach((r, y) => POSITIONS.forEach((p, x) => { if (r.counts[p]) data.push([x, y, r.counts[p]]); }));
  const max = Math.max(1, ...data.map(d => d[2]));
  // Each cell in its position's colour, stronger for more statements.
  const cells = data.map(d => ({value: d, itemStyle: {color: POSITION_COLORS[POSITIONS[d[0]]], opacity: 0.45 + 0.55 * d[2] / max}}));
  return chart({
    tooltip: {formatter: p => esc(holders[p.value[1]]) + ' · ' + POSITIONS[p.value[0]] + ': ' + p.value[2] + ' statements'},
    grid: {left: 130, right: 16, top: 16, bottom: 32},
    xAxis: {type: 'category', data: POSITIONS, splitArea: {show: true}, axisLabel: {interval: 0, fontSize: 11}},
    yAxis: {type: 'category', data: holders, inverse: true, axisLabel: {width: 120, overflow: 'truncate'}},
    series: [{type: 'heatmap', data: cells, label: {show: true, color: '#fff', fontWeight: 'bold'},
      itemStyle: {borderColor: '#fff', borderWidth: 2}}]
  }, {height: Math.max(160, rows.length * 36 + 60), label: 'Holders by position',
    onClick: p => show(rows[p.value[1]], POSITIONS[p.value[0]])});
}

function matrixTable(rows, show) {
  return el('div', {class: 'table-wrap'}, el('table', {class: 'matrix', id: 'matrix'},
    el('thead', {}, el('tr', {}, el('th', {}, 'Holder'), POSITIONS.map(p => el('th', {}, p)), el('th', {}, 'Latest'))),
    el('tbody', {}, rows.map(r => el('tr', {},
      el('th', {}, personLink(r.holder)),
      POSITIONS.map(p => el('td', {}, r.counts[p]
        ? el('button', {class: 'cell pos-' + p, type: 'button', 'data-key': r.holder.key, 'data-position': p,
          on: {click: () => show(r, p)}}, String(r.counts[p])) : '')),
      el('td', {}, positionBadge(r.latest), r.latest_date ? ' ' + r.latest_date : ''))))));
}

function showEvidence(box, row, position, mark) {
  clear(box);
  const items = row.evidence[position] || [];
  box.appendChild(el('h3', {}, row.holder.name + ' · ', positionBadge(position)));
  box.appendChild(el('ul', {class: 'list'}, items.map(s => el('li', {class: 'evidence-item'},
    el('blockquote', {}, s.evidence.text),
    el('div', {class: 'meta'}, s.cues.length ? 'cues: ' + s.cues.join(', ') + ' · ' : '', articleLine(s.article), ' · ',
      evidenceLink(s.article.id, s.evidence.start, s.evidence.end, 'show in article'),
      ...badges(mark(s.article.id, s.evidence.start, s.evidence.end)))))));
  box.scrollIntoView({block: 'nearest'});
}
