import {all, send, TOKEN_KEY} from '../api.js';
import {el, muted, route, csvLink} from '../dom.js';

/** The review history, newest first, with Undo; and the token this tab sends with changes. */
export async function corrections(view) {
  view.appendChild(el('h1', {}, 'Corrections'));
  const token = el('input', {type: 'password', id: 'review-token', name: 'token', autocomplete: 'off',
    value: sessionStorage.getItem(TOKEN_KEY) || ''});
  const saved = el('span', {class: 'muted', 'aria-live': 'polite'});
  view.appendChild(el('form', {class: 'filters', id: 'token-form', on: {submit: e => {
    e.preventDefault();
    if (token.value) sessionStorage.setItem(TOKEN_KEY, token.value); else sessionStorage.removeItem(TOKEN_KEY);
    saved.textContent = token.value ? 'The token is kept for this tab.' : 'No token is sent.';
  }}}, el('label', {for: token.id}, 'Server token (needed for changes when the server has one) ', token),
  el('button', {type: 'submit'}, 'Keep'), saved));

  const items = (await all('/api/corrections', {})).reverse();
  const message = el('p', {class: 'muted', id: 'corrections-message', 'aria-live': 'polite'},
    items.length + (items.length === 1 ? ' correction' : ' corrections'));
  view.appendChild(message);
  const list = el('ul', {class: 'quotes', id: 'correction-list'});
  view.appendChild(list);
  view.appendChild(csvLink('/api/corrections', {}));
  const redraw = () => window.dispatchEvent(new HashChangeEvent('hashchange'));
  for (const c of items) list.appendChild(entry(c, message, redraw));
  if (!items.length) list.appendChild(el('li', {}, muted('Nobody has reviewed anything yet: use Confirm, Reject or Correct on the Stances and Quotes pages.')));
}

function entry(c, message, redraw) {
  const what = c.action === 'undo' ? 'undo of correction ' + c.undoes
    : c.action + ' of ' + c.fact + ' ' + c.row_id + (c.issue ? ' (' + c.issue + ')' : '')
      + (c.new_value !== undefined ? ': ' + (c.old_value !== undefined ? show(c.old_value) + ' → ' : '') + show(c.new_value) : '');
  const undo = c.action !== 'undo' && c.undone_by === undefined
    ? el('button', {type: 'button', class: 'review-undo', 'aria-label': 'Undo correction ' + c.id, on: {click: async () => {
      try {
        await send('DELETE', '/api/corrections/' + c.id);
        await redraw();
      } catch (e) {
        message.textContent = e.message;
      }
    }}}, 'Undo')
    : null;
  return el('li', {class: 'quote correction', 'data-key': String(c.id)},
    el('div', {}, el('strong', {}, '#' + c.id + ' '), what, c.note ? ' — ' + c.note : ''),
    el('div', {class: 'meta'}, c.by + ' · ' + c.at.replace('T', ' ').replace(/\.\d+Z$/, ' UTC'),
      c.undone_by !== undefined ? ' · undone by #' + c.undone_by : '', ' · ',
      el('a', {href: route(c.fact === 'stance' ? 'stances' : 'quotes', null, {}), class: 'muted-link'}, c.fact === 'stance' ? 'stances' : 'quotes'),
      ' ', undo));
}

function show(value) {
  return value === '' ? '(none)' : value;
}
