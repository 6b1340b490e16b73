// Review controls for one stance or quote: Confirm, Reject, and Correct (a small form), and what review did so far.
// Every change goes to the API; the page is drawn again from the API afterwards, so it shows what the server keeps.
import {send} from './api.js';
import {el} from './dom.js';

const POSITIONS = ['support', 'oppose', 'mixed', 'neutral'];
let forms = 0;

/** "corrected (polarity was support)", "confirmed", … from an item's review; empty when nobody reviewed it. */
export function reviewText(review) {
  if (!review) return '';
  const was = Object.entries(review.corrected || {}).map(([field, value]) => field + ' was ' + (value || 'none'));
  return review.status + (was.length ? ' (' + was.join(', ') + ')' : '') + ' by ' + review.by;
}

/**
 * @param kind 'stance' or 'quote'
 * @param item the stance or quote as the API gives it (with its id)
 * @param done called after a change was stored, to draw the page again
 */
export function reviewControls(kind, item, done) {
  const n = ++forms;
  const status = el('span', {class: 'review-status', role: 'status'}, reviewText(item.review));
  const message = el('span', {class: 'review-message', 'aria-live': 'polite'});
  const post = async (action, value) => {
    message.textContent = 'Saving…';
    try {
      await send('POST', '/api/' + (kind === 'stance' ? 'stances' : 'quotes') + '/' + item.id + '/review',
        value === undefined ? {action} : {action, value});
      message.textContent = 'Saved.';
      await done();
    } catch (e) {
      message.textContent = e.message;
    }
  };
  const form = kind === 'stance' ? stanceForm(n, item, post) : quoteForm(n, item, post);
  form.hidden = true;
  const correct = el('button', {type: 'button', class: 'review-correct'}, 'Correct');
  correct.setAttribute('aria-expanded', 'false');
  correct.addEventListener('click', () => {
    form.hidden = !form.hidden;
    correct.setAttribute('aria-expanded', String(!form.hidden));
  });
  const what = kind === 'stance' ? 'stance' : 'quote';
  return el('div', {class: 'review', 'data-key': String(item.id)},
    el('button', {type: 'button', class: 'review-confirm', 'aria-label': 'Confirm this ' + what, on: {click: () => post('confirm')}}, 'Confirm'),
    el('button', {type: 'button', class: 'review-reject', 'aria-label': 'Reject this ' + what, on: {click: () => post('reject')}}, 'Reject'),
    correct, status, message, form);
}

function stanceForm(n, s, post) {
  const polarity = el('select', {id: 'review-polarity-' + n, name: 'polarity'},
    POSITIONS.map(p => {
      const o = el('option', {value: p}, p);
      o.selected = p === s.position;
      return o;
    }));
  const holder = el('input', {type: 'text', id: 'review-holder-' + n, name: 'holder', value: s.holder?.name || '', autocomplete: 'off'});
  const condition = el('input', {type: 'text', id: 'review-condition-' + n, name: 'condition', autocomplete: 'off',
    value: s.condition ? s.condition_kind + ': ' + s.condition : '', placeholder: 'red-line: the article\'s words, or none'});
  return el('div', {class: 'review-form'},
    row(polarity, 'Polarity', 'Set polarity', () => post('set-polarity', polarity.value)),
    row(holder, 'Holder', 'Set holder', () => post('set-holder', holder.value)),
    row(condition, 'Condition', 'Set condition', () => post('set-condition', condition.value || 'none')));
}

function quoteForm(n, q, post) {
  const speaker = el('input', {type: 'text', id: 'review-speaker-' + n, name: 'speaker', value: q.speaker?.name || '', autocomplete: 'off'});
  return el('div', {class: 'review-form'}, row(speaker, 'Speaker', 'Set speaker', () => post('set-speaker', speaker.value)));
}

function row(field, label, button, action) {
  return el('div', {class: 'review-row'}, el('label', {for: field.id}, label), field,
    el('button', {type: 'button', class: 'review-set', on: {click: action}}, button));
}
