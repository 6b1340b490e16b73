// DOM helpers. Data from articles only ever reaches the page as text nodes (textContent) or as attribute values
// set with setAttribute on a fixed list of harmless attributes; links are built only from our own hash routes or
// http(s) URLs. Nothing here uses innerHTML.

const SAFE_ATTRS = new Set(['class', 'id', 'title', 'type', 'name', 'value', 'placeholder', 'role', 'aria-label',
  'aria-live', 'aria-current', 'for', 'min', 'max', 'data-key', 'data-position', 'data-start', 'data-end', 'tabindex',
  'rel', 'target', 'autocomplete', 'enterkeyhint', 'download']);

/** el('a', {href: route('article', id), class: 'x'}, 'text', child, …): strings become text nodes. */
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs || {})) {
    if (value === undefined || value === null || value === false) continue;
    if (name === 'href') node.setAttribute('href', safeHref(value));
    else if (name === 'on') for (const [event, fn] of Object.entries(value)) node.addEventListener(event, fn);
    else if (SAFE_ATTRS.has(name)) node.setAttribute(name, String(value));
    else throw new Error('attribute not allowed: ' + name);
  }
  append(node, children);
  return node;
}

export function append(node, children) {
  for (const c of children.flat()) {
    if (c === undefined || c === null || c === false) continue;
    node.appendChild(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return node;
}

/** Our routes (#/…) and plain web links only; anything else (javascript:, data:) becomes an inert '#'. */
export function safeHref(value) {
  const s = String(value);
  if (s.startsWith('#/')) return s;
  try {
    const u = new URL(s);
    if (u.protocol === 'http:' || u.protocol === 'https:') return u.href;
  } catch (e) { /* not a URL */ }
  return '#';
}

/** '#/name/seg?k=v' with every part encoded. */
export function route(name, segment, params) {
  let h = '#/' + name;
  if (segment !== undefined && segment !== null) h += '/' + encodeURIComponent(segment);
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params || {})) if (v !== undefined && v !== null && v !== '') q.set(k, v);
  const qs = q.toString();
  return qs ? h + '?' + qs : h;
}

export function clear(node) {
  while (node.firstChild) node.removeChild(node.firstChild);
  return node;
}

/** Text with marks: ranges [{start, end}] of `text` wrapped in <mark>. */
export function marked(text, marks) {
  const out = document.createDocumentFragment();
  let at = 0;
  for (const m of [...(marks || [])].sort((a, b) => a.start - b.start)) {
    if (m.start < at) continue;
    out.appendChild(document.createTextNode(text.slice(at, m.start)));
    out.appendChild(el('mark', {}, text.slice(m.start, m.end)));
    at = m.end;
  }
  out.appendChild(document.createTextNode(text.slice(at)));
  return out;
}

export function section(title, ...children) {
  return el('section', {class: 'card'}, el('h2', {}, title), ...children);
}

export function muted(text) {
  return el('p', {class: 'muted'}, text);
}

/** A link to the sentence a fact was read from: one click from the fact to its evidence. */
export function evidenceLink(articleId, start, end, label = 'evidence') {
  return el('a', {class: 'evidence-link', href: route('article', articleId, {start, end})}, label);
}

export function articleLine(ref) {
  if (!ref) return null;
  return el('span', {class: 'source'},
    el('a', {href: route('article', ref.id)}, ref.title || ref.name || ref.id),
    ref.outlet ? ' · ' + ref.outlet : '', ref.date ? ' · ' + ref.date : '');
}

export function personLink(who) {
  if (!who) return el('span', {class: 'muted'}, 'unknown source');
  return el('a', {class: 'person', href: route('person', who.key)}, who.name);
}

/**
 * A link that downloads the CSV of an API listing with these filters (the same rows the table shows, up to 1000):
 * put under every table, so what is on the page opens in a spreadsheet.
 */
export function csvLink(path, params, label = 'Download CSV') {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params || {})) if (v !== undefined && v !== null && v !== '') q.set(k, v);
  q.set('limit', '1000');
  q.set('format', 'csv');
  const file = path.replace(/^\/api\//, '').replace(/\//g, '-') + '.csv';
  return el('p', {class: 'download'}, el('a', {href: new URL(path + '?' + q, location.origin).href, download: file}, label));
}

/** The issue's name when the server knows it (from its issues file), else its id. */
export function issueName(issues, id) {
  return issues.find(i => i.issue === id)?.name || id;
}

export function positionBadge(position) {
  return el('span', {class: 'badge pos-' + position}, position);
}
