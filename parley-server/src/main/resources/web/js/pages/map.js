// The negotiation map of one issue: one lane per party along a time axis, coloured by position, a marker at every
// shift; a click on a segment shows the statements behind it with their evidence; a date slider sets "as of"; the
// parties' positions at that date side by side with their conditions; where they overlap or clash; what changed.
// Lanes are plain buttons positioned in percent (keyboard- and screen-reader-usable, no canvas), so they reflow at 390 px.
import {get} from '../api.js';
import {el, section, muted, clear, articleLine, evidenceLink, positionBadge} from '../dom.js';

const DAY = 86400000;
const MAX_LANES = 12;
const days = d => Date.parse(d + 'T00:00:00Z') / DAY;
const dateOf = n => new Date(n * DAY).toISOString().slice(0, 10);

/** Renders the map of `id` into `view`: `params` may carry `at` (YYYY-MM-DD). Returns the map's name. */
export async function issueMap(view, id, params) {
  const whole = await get('/api/issues/' + encodeURIComponent(id) + '/map');
  const parties = whole.items;
  view.appendChild(el('h1', {id: 'map-title'}, whole.name || id));
  view.appendChild(el('p', {class: 'muted'}, 'Issue ' + id));
  if (!parties.length) {
    view.appendChild(muted('No party holds a counted position on this issue yet.'));
    return;
  }
  const first = Math.min(...parties.map(p => days(p.segments[0].from)));
  const last = days(whole.at);
  const span = last - first + 1; // days on the axis, the last day included
  const at = params.get('at') && days(params.get('at')) <= last && days(params.get('at')) >= first ? params.get('at') : whole.at;

  const slider = el('input', {type: 'range', id: 'map-at', min: 0, max: span - 1, value: Math.round(days(at) - first),
    'aria-label': 'As of date'});
  const atLabel = el('output', {id: 'map-at-label', for: 'map-at'}, at);
  const lanesBox = el('div', {id: 'map-lanes', class: 'lanes'});
  const evidence = el('div', {id: 'segment-evidence'}, muted('Click a segment of a lane to see the statements behind it.'));
  const positions = el('div', {id: 'map-positions', class: 'party-grid'});
  const overlaps = el('div', {id: 'map-overlaps'});
  const changes = el('div', {id: 'map-changes'});
  const downloads = el('div', {id: 'map-downloads'});

  view.appendChild(section('Positions over time',
    el('div', {class: 'filters as-of'}, el('label', {for: 'map-at'}, 'As of '), slider, ' ', atLabel),
    lanesBox, legend(), evidence));
  view.appendChild(section('Where each party stands', positions));
  view.appendChild(section('Between the parties', overlaps));
  view.appendChild(section('What changed', changes));
  view.appendChild(section('Download the map', downloads));

  let pending = 0;
  const show = async date => {
    const mine = ++pending;
    const map = date === whole.at ? whole : await get('/api/issues/' + encodeURIComponent(id) + '/map', {at: date});
    if (mine !== pending) return;
    atLabel.textContent = date;
    drawLanes(lanesBox, map, first, span, segment => showSegment(evidence, segment));
    drawPositions(positions, map);
    drawOverlaps(overlaps, map);
    drawDownloads(downloads, id, date);
    await drawChanges(changes, id, date);
  };
  slider.addEventListener('input', () => { atLabel.textContent = dateOf(first + Number(slider.value)); });
  slider.addEventListener('change', () => show(dateOf(first + Number(slider.value))));
  await show(at);
  return whole.name;
}

function legend() {
  return el('p', {class: 'legend muted'}, ['support', 'mixed', 'neutral', 'oppose'].map(p =>
    el('span', {}, el('span', {class: 'swatch pos-' + p}), ' ' + p + ' ')), el('span', {class: 'shift-marker static'}), ' shift');
}

function drawLanes(box, map, first, span, onPick) {
  clear(box);
  const pct = d => (100 * (days(d) - first) / span);
  const shown = map.items.slice(0, MAX_LANES);
  const atPct = Math.min(100, pct(map.at));
  for (const party of shown) {
    const track = el('div', {class: 'track'});
    party.segments.forEach((s, i) => {
      const left = Math.min(Math.max(0, pct(s.from)), 100 - 100 / span);
      const width = Math.max(0.8, pct(s.to) + 100 / span - left);
      const label = `${party.party.name}: ${s.position} from ${s.from} to ${s.to}, ${s.count} statement${s.count === 1 ? '' : 's'}`;
      const button = el('button', {type: 'button', class: 'seg pos-' + s.position, title: label, 'aria-label': label,
        'data-key': party.party.key, 'data-position': s.position, on: {click: () => onPick({party, segment: s})}});
      button.style.left = left + '%';
      button.style.width = Math.min(width, 100 - left) + '%';
      track.appendChild(button);
      if (i > 0) {
        const mark = el('span', {class: 'shift-marker', title: `shift on ${s.from}: ${party.segments[i - 1].position} to ${s.position}`});
        mark.style.left = left + '%';
        track.appendChild(mark);
      }
    });
    const now = el('span', {class: 'now-line'});
    now.style.left = atPct + '%';
    track.appendChild(now);
    box.appendChild(el('div', {class: 'lane'}, el('div', {class: 'lane-name'}, party.party.name,
      el('span', {class: 'muted'}, ' · ' + party.label)), track));
  }
  box.appendChild(el('div', {class: 'axis muted'}, el('span', {}, dateOf(first)), el('span', {}, dateOf(first + span - 1))));
  if (map.items.length > shown.length) {
    box.appendChild(muted(`${map.items.length - shown.length} more parties with fewer statements are listed below.`));
  }
}

function statementItem(s) {
  return el('li', {class: 'evidence-item'},
    el('blockquote', {}, s.evidence.text || '(sentence not available)'),
    el('div', {class: 'meta'}, s.speaker.name + ' · ', positionBadge(s.position), ' · ' + (s.date || ''),
      s.condition ? ` · ${s.condition.kind}: “${s.condition.text}”` : '',
      s.cues.length ? ' · cues: ' + s.cues.join(', ') : '', ' · ', articleLine(s.article), ' · ',
      evidenceLink(s.article.id, s.evidence.start, s.evidence.end, 'show in article')));
}

function showSegment(box, {party, segment}) {
  clear(box);
  box.appendChild(el('h3', {}, party.party.name + ' · ', positionBadge(segment.position), ` ${segment.from} to ${segment.to}`));
  box.appendChild(el('ul', {class: 'list'}, segment.statements.map(statementItem)));
  box.scrollIntoView({block: 'nearest'});
}

function drawPositions(box, map) {
  clear(box);
  for (const p of map.items) {
    const terms = [['conditions', p.conditionals], ['demands', p.demands], ['red lines', p.red_lines]]
      .filter(([, list]) => list.length)
      .map(([name, list]) => el('div', {class: 'terms'}, el('strong', {}, name + ': '),
        el('ul', {}, list.slice(0, 5).map(t => el('li', {}, t)))));
    box.appendChild(el('article', {class: 'party-card'},
      el('h3', {}, p.party.name, ' ', positionBadge(p.position), p.conditional ? el('span', {class: 'muted'}, ' conditional') : ''),
      el('p', {class: 'meta'}, `${p.counted} statements counted` + (p.not_counted ? `, ${p.not_counted} below confidence not counted` : '')),
      ...terms,
      p.last ? el('div', {class: 'last'}, el('strong', {}, 'Latest statement:'), el('ul', {class: 'list'}, statementItem(p.last))) : null,
      p.earlier.length ? el('p', {class: 'meta'}, 'Moved from: ' + p.earlier.map(s => `${s.position} (${s.from} to ${s.to})`).join(' → ')) : null,
      el('details', {}, el('summary', {}, `Who speaks for ${p.party.name} (${p.members.length})`),
        el('ul', {class: 'members'}, p.members.map(m => el('li', {}, `${m.name} (${m.statements}): ${m.basis}`))))));
  }
}

function drawOverlaps(box, map) {
  clear(box);
  if (!map.overlaps.length) { box.appendChild(muted('No two parties heard at least twice hold a position at this date.')); return; }
  box.appendChild(el('ul', {class: 'list'}, map.overlaps.map(o => el('li', {},
    el('span', {class: 'badge overlap-' + o.kind.replace(/ /g, '-')}, o.kind), ' ', o.reason,
    o.condition_texts.length ? el('div', {class: 'meta'}, 'terms: ' + o.condition_texts.slice(0, 4).join('; ')) : null))));
}

async function drawChanges(box, id, at) {
  clear(box);
  const since = dateOf(days(at) - 30);
  const list = (await get('/api/changes', {since, issue: id})).items.filter(c => c.date <= at);
  box.appendChild(el('p', {class: 'muted'}, `In the 30 days up to ${at} (since ${since}):`));
  if (!list.length) { box.appendChild(muted('Nothing new.')); return; }
  box.appendChild(el('ul', {class: 'list'}, list.map(c => el('li', {},
    el('span', {class: 'date'}, c.date), ' ', el('strong', {}, c.party.name), ' ', c.kind.replace(/-/g, ' '), ': ',
    c.kind === 'shift' ? [positionBadge(c.from), ' → ', positionBadge(c.to)] : c.condition ? `${c.condition.kind} “${c.condition.text}”` : positionBadge(c.to),
    ' ', evidenceLink(c.evidence.article.id, c.evidence.evidence.start, c.evidence.evidence.end)))));
  box.appendChild(csvLink('/api/changes', {since, issue: id}, 'Download these changes as CSV'));
}

/** A download link for the CSV of a map table: the whole table (a map is never paged, so no limit). */
function csvLink(path, params, label) {
  const q = new URLSearchParams({...params, format: 'csv'});
  const file = path.replace(/^\/api\//, '').replace(/\//g, '-') + '.csv';
  return el('p', {class: 'download'}, el('a', {href: new URL(path + '?' + q, location.origin).href, download: file}, label));
}

function drawDownloads(box, id, at) {
  clear(box);
  const base = '/api/issues/' + encodeURIComponent(id) + '/map';
  box.appendChild(csvLink(base, {at}, 'The parties as CSV'));
  box.appendChild(csvLink(base + '/lanes', {at}, 'The lanes (positions over time) as CSV'));
  box.appendChild(csvLink(base + '/overlaps', {at}, 'Between the parties as CSV'));
  box.appendChild(el('p', {class: 'download'}, el('a', {href: new URL(base + '?at=' + at, location.origin).href,
    download: id + '-map.json'}, 'The whole map as JSON')));
}
