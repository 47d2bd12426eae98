// Form pieces the administration screens share: labelled fields, and a refusal of the server (problem+json)
// shown in Vietnamese next to the form, with the fields it names marked invalid.
import { vietnamese } from './api.js';
import { h, message } from './format.js';

/** A label and its input, as two elements for a form's children. */
export function field(id, label, attrs = {}) {
  return [h('label', { for: id }, label), h('input', { id, name: attrs.name || id, ...attrs })];
}

/** A label and a select with `options` [{value, text}]; `selected` is the chosen value. */
export function choice(id, label, options, selected, attrs = {}) {
  const select = h('select', { id, name: attrs.name || id, ...attrs },
    options.map(o => h('option', { value: o.value, selected: String(o.value) === String(selected ?? '') }, o.text)));
  return [h('label', { for: id }, label), select];
}

/** A checkbox with its label beside it. */
export function check(id, label, checked, attrs = {}) {
  return h('label', { class: 'check', for: id }, h('input', { id, name: attrs.name || id, type: 'checkbox', checked: !!checked, ...attrs }), label);
}

/** The value of a form's field by id, trimmed; empty text is null. */
export function value(form, id) {
  const el = form.querySelector('#' + id);
  const v = el ? el.value.trim() : '';
  return v === '' ? null : v;
}

/**
 * What went wrong, in Vietnamese: the problem's detail and each violation under the field's own label
 * (`labels` maps the API's field names to labels and to the ids of the inputs: {name: [label, id]}; an item of a
 * list, `years[0]`, takes the list's). A violation of a field without a label shows its message alone, never the
 * API's name for the field.
 * The inputs named are marked aria-invalid and the first one takes the focus.
 */
export function refusal(form, error, labels = {}) {
  for (const el of form.querySelectorAll('[aria-invalid]')) el.removeAttribute('aria-invalid');
  const problem = error.problem;
  if (!problem) return message('error', error.message);
  const lines = [];
  let first = null;
  for (const v of problem.violations || []) {
    const [label, id] = labels[v.field] || labels[String(v.field).replace(/\[\d+\]$/, '')] || [null, null];
    lines.push((label ? label + ': ' : '') + vietnamese(v.message));
    const input = id && form.querySelector('#' + id);
    if (input) {
      input.setAttribute('aria-invalid', 'true');
      first = first || input;
    }
  }
  if (first) first.focus();
  const base = problem.detail ? vietnamese(problem.detail) : error.message;
  return h('div', { class: 'msg msg-error', role: 'alert' }, h('p', {}, base),
    lines.length ? h('ul', {}, lines.map(l => h('li', {}, l))) : null);
}

/** Removes diacritics and case, so that "so noi vu" finds "Sở Nội vụ". */
export function plain(text) {
  return (text || '').normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'd').toLowerCase();
}

/**
 * Calls {@code handler} when the form is sent, one send at a time: its buttons stay disabled until the handler
 * ends, so a double tap creates nothing twice.
 */
export function onSubmit(form, handler) {
  let busy = false;
  form.addEventListener('submit', async event => {
    event.preventDefault();
    if (busy) return;
    busy = true;
    const buttons = [...form.querySelectorAll('button')].filter(b => !b.disabled);
    buttons.forEach(b => { b.disabled = true; });
    try {
      await handler(event);
    } finally {
      busy = false;
      buttons.forEach(b => { b.disabled = false; });
    }
  });
}
