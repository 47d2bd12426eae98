// Quản trị — đơn vị: create an agency, change it, end it (last day, successor, what becomes of its officials) or
// undo an end recorded by mistake; the list shows each agency's validity and successor.
import * as api from './api.js';
import { h, date, message, today } from './format.js';
import { field, choice, check, value, refusal, plain, onSubmit } from './forms.js';

export const KIND = {
  PROVINCIAL_COMMITTEE: 'UBND tỉnh', DEPARTMENT: 'Sở, ban, ngành', DISTRICT_COMMITTEE: 'UBND huyện',
  COMMUNE_COMMITTEE: 'UBND xã', OTHER: 'Khác',
};
const KINDS = Object.entries(KIND).map(([value, text]) => ({ value, text }));
const LABELS = {
  code: ['Mã đơn vị', 'ag-code'], name: ['Tên đơn vị', 'ag-name'], shortName: ['Tên viết tắt', 'ag-short'],
  kind: ['Loại', 'ag-kind'], parentId: ['Đơn vị cấp trên', 'ag-parent'], validFrom: ['Hiệu lực từ', 'ag-from'],
};
const EDIT_LABELS = {
  name: ['Tên đơn vị', 'ae-name'], shortName: ['Tên viết tắt', 'ae-short'], kind: ['Loại', 'ae-kind'],
  parentId: ['Đơn vị cấp trên', 'ae-parent'], validFrom: ['Hiệu lực từ', 'ae-from'],
  validTo: ['Hiệu lực đến', 'ae-from'], successorId: ['Đơn vị kế thừa', 'ae-successor'],
};
const END_LABELS = {
  lastDay: ['Ngày cuối cùng', 'ae-last'], successorId: ['Đơn vị kế thừa', 'ae-successor'],
  officials: ['Cán bộ của đơn vị', 'ae-move'],
};

function validity(a) {
  if (!a.validFrom && !a.validTo) return 'không thời hạn';
  return (a.validFrom ? 'từ ' + date(a.validFrom) : '') + (a.validTo ? ' đến ' + date(a.validTo) : '');
}

/** Ended: its last day has passed. One that has not begun yet, or ends later, is not. */
function ended(a) { return !!a.validTo && a.validTo < today(); }

/** Not begun yet: its first day lies ahead. */
function upcoming(a) { return !!a.validFrom && a.validFrom > today(); }

function agencyOptions(agencies, exceptId, none) {
  return [{ value: '', text: none }, ...agencies.filter(a => a.id !== exceptId && (a.activeToday || upcoming(a)))
    .map(a => ({ value: a.id, text: a.name }))];
}

export async function render(main) {
  const state = { agencies: [] };
  const listStatus = h('div', { class: 'form-status', id: 'ag-list-status', 'aria-live': 'polite' });
  const editor = h('section', { class: 'card editor', id: 'ag-editor', 'aria-labelledby': 'ae-title', hidden: true });
  const query = h('input', { id: 'ag-q', type: 'search', autocomplete: 'off', placeholder: 'so noi vu' });
  const showEnded = check('ag-ended', 'Hiện cả đơn vị đã kết thúc', true);
  const table = h('div', { class: 'table-wrap', id: 'ag-table' });

  async function load() {
    state.agencies = (await api.all('agencies')).items;
    draw();
  }

  function draw() {
    const q = plain(query.value.trim());
    const withEnded = showEnded.querySelector('input').checked;
    const shown = state.agencies.filter(a => (withEnded || !ended(a)) && (!q || plain(a.name + ' ' + a.code + ' ' + (a.shortName || '')).includes(q)));
    table.replaceChildren(h('table', { id: 'agencies' },
      h('caption', {}, `${shown.length} / ${state.agencies.length} đơn vị`),
      h('thead', {}, h('tr', {}, ['Đơn vị', 'Loại', 'Hiệu lực', 'Đơn vị kế thừa'].map(t => h('th', { scope: 'col' }, t)),
        h('th', { scope: 'col', class: 'row-action' }, 'Thao tác'))),
      h('tbody', {}, shown.map(a => h('tr', { class: ended(a) ? 'ended' : '', dataset: { id: a.id } },
        h('th', { scope: 'row' }, a.name, h('br'), h('small', {}, a.code + (ended(a) ? ' · đã kết thúc' : upcoming(a) ? ' · từ ' + date(a.validFrom) : ''))),
        h('td', {}, KIND[a.kind] || a.kind),
        h('td', { class: 'validity' }, validity(a)),
        h('td', { class: 'successor' }, a.successor ? a.successor.name : '—'),
        h('td', { class: 'row-action' }, h('button', { type: 'button', class: 'link', 'aria-label': 'Sửa đơn vị ' + a.name, onclick: () => edit(a.id) }, 'Sửa')))))));
  }

  async function edit(id) {
    editor.hidden = false;
    editor.replaceChildren(h('p', { class: 'loading' }, 'Đang tải…'));
    let answer;
    try { answer = await api.get('agencies/' + id); } catch (e) { editor.replaceChildren(message('error', e.message)); return; }
    const a = answer.data;
    const etag = answer.etag;
    const status = h('div', { class: 'form-status', id: 'ae-status', 'aria-live': 'polite' });
    const form = h('form', { id: 'ae-form', novalidate: true, 'aria-label': 'Sửa thông tin đơn vị' },
      ...field('ae-name', 'Tên đơn vị', { value: a.name, required: true, maxlength: 255 }),
      ...field('ae-short', 'Tên viết tắt', { value: a.shortName || '', maxlength: 64 }),
      ...choice('ae-kind', 'Loại', KINDS, a.kind),
      ...choice('ae-parent', 'Đơn vị cấp trên', agencyOptions(state.agencies, a.id, '— không có —'), a.parentId),
      ...field('ae-from', 'Hiệu lực từ', { type: 'date', value: a.validFrom || '' }),
      h('button', { type: 'submit', class: 'primary' }, 'Lưu thay đổi'));
    onSubmit(form, async event => {
      event.preventDefault();
      status.replaceChildren();
      try {
        await api.send('PUT', 'agencies/' + a.id, {
          name: value(form, 'ae-name'), shortName: value(form, 'ae-short'), kind: value(form, 'ae-kind'),
          parentId: value(form, 'ae-parent') ? Number(value(form, 'ae-parent')) : null, validFrom: value(form, 'ae-from'),
          validTo: a.validTo || null, successorId: a.successorId || null,
        }, etag);
        await load();
        await edit(a.id);
        editor.querySelector('#ae-status').append(message('ok', 'Đã lưu đơn vị ' + value(form, 'ae-name') + '.'));
      } catch (e) {
        status.append(e.stale ? message('error', 'Đơn vị vừa được người khác sửa; hãy mở lại để xem bản mới.') : refusal(form, e, EDIT_LABELS));
      }
    });

    let lifecycle;
    if (a.validTo) {
      const restore = h('button', { type: 'button', id: 'ae-restore' }, 'Khôi phục hoạt động (bỏ ngày kết thúc và đơn vị kế thừa)');
      restore.addEventListener('click', async () => {
        status.replaceChildren();
        try {
          await api.send('POST', `agencies/${a.id}/reactivation`, undefined, etag);
          await load();
          await edit(a.id);
          editor.querySelector('#ae-status').append(message('ok', 'Đơn vị ' + a.name + ' hoạt động trở lại.'));
        } catch (e) { status.append(refusal(form, e, EDIT_LABELS)); }
      });
      lifecycle = h('div', {}, h('h3', {}, 'Khôi phục'), h('p', {}, 'Dùng khi việc kết thúc được ghi nhầm.'), restore);
    } else {
      const end = h('form', { id: 'ae-end', novalidate: true, 'aria-label': 'Kết thúc hoạt động của đơn vị' },
        ...field('ae-last', 'Ngày cuối cùng', { type: 'date', value: today(), required: true }),
        ...choice('ae-successor', 'Đơn vị kế thừa', agencyOptions(state.agencies, a.id, '— không có —'), ''),
        h('fieldset', { id: 'ae-move', tabindex: '-1' }, h('legend', {}, 'Cán bộ của đơn vị'),
          h('label', { class: 'check' }, h('input', { type: 'radio', name: 'officials', value: 'MOVE_TO_SUCCESSOR', id: 'ae-move-successor' }), 'Chuyển sang đơn vị kế thừa'),
          h('label', { class: 'check' }, h('input', { type: 'radio', name: 'officials', value: 'DEACTIVATE', id: 'ae-move-deactivate' }), 'Khóa tài khoản'),
          h('label', { class: 'check' }, h('input', { type: 'radio', name: 'officials', value: '', id: 'ae-move-none', checked: true }), 'Đơn vị không còn cán bộ nào')),
        h('button', { type: 'submit' }, 'Kết thúc hoạt động'));
      onSubmit(end, async event => {
        event.preventDefault();
        status.replaceChildren();
        const officials = end.querySelector('input[name=officials]:checked');
        try {
          const done = (await api.send('POST', `agencies/${a.id}/deactivation`, {
            lastDay: value(end, 'ae-last'), successorId: value(end, 'ae-successor') ? Number(value(end, 'ae-successor')) : null,
            officials: officials && officials.value ? officials.value : null,
          }, etag)).data;
          await load();
          await edit(a.id);
          editor.querySelector('#ae-status').append(message('ok', `Đơn vị ${a.name} kết thúc ngày ${date(done.lastDay)}`
            + (done.agency.successor ? ', đơn vị kế thừa: ' + done.agency.successor.name : '') + '. '
            + `Kỳ hạn chưa xong: ${done.openDueByLastDay} đến hạn trước ngày cuối, ${done.openDueAfterLastDay} đến hạn sau đó.`));
        } catch (e) {
          status.append(e.stale ? message('error', 'Đơn vị vừa được người khác sửa; hãy mở lại để xem bản mới.') : refusal(end, e, END_LABELS));
        }
      });
      lifecycle = h('div', {}, h('h3', {}, 'Kết thúc hoạt động (sáp nhập, giải thể)'), end);
    }

    const close = h('button', { type: 'button', onclick: () => { editor.hidden = true; editor.replaceChildren(); } }, 'Đóng');
    editor.replaceChildren(
      h('h2', { id: 'ae-title', tabindex: '-1' }, 'Đơn vị: ' + a.name),
      h('dl', { class: 'facts', id: 'ae-facts' },
        h('dt', {}, 'Mã'), h('dd', {}, a.code),
        h('dt', {}, 'Hiệu lực'), h('dd', { id: 'ae-validity' }, validity(a) + (a.activeToday ? ' · đang hoạt động' : ' · không hoạt động hôm nay')),
        h('dt', {}, 'Đơn vị kế thừa'), h('dd', { id: 'ae-successor-name' }, a.successor ? a.successor.name + ' (' + a.successor.code + ')' : '—'),
        h('dt', {}, 'Kế thừa từ'), h('dd', {}, a.predecessors && a.predecessors.length ? a.predecessors.map(p => p.name).join(', ') : '—')),
      status, form, lifecycle, h('div', { class: 'actions' }, close));
    editor.querySelector('#ae-title').focus();
  }

  const status = h('div', { class: 'form-status', id: 'ag-status', 'aria-live': 'polite' });
  const create = h('form', { class: 'card', id: 'ag-new', novalidate: true, 'aria-labelledby': 'ag-new-title' },
    h('h2', { id: 'ag-new-title' }, 'Thêm đơn vị'), status,
    ...field('ag-code', 'Mã đơn vị (chữ in hoa, số, dấu _)', { required: true, maxlength: 64, autocapitalize: 'characters', spellcheck: 'false' }),
    ...field('ag-name', 'Tên đơn vị', { required: true, maxlength: 255 }),
    ...field('ag-short', 'Tên viết tắt', { maxlength: 64 }),
    ...choice('ag-kind', 'Loại', KINDS, 'DEPARTMENT'),
    ...choice('ag-parent', 'Đơn vị cấp trên', [{ value: '', text: '— không có —' }], ''),
    ...field('ag-from', 'Hiệu lực từ', { type: 'date' }),
    h('button', { type: 'submit', class: 'primary' }, 'Thêm đơn vị'));
  onSubmit(create, async event => {
    event.preventDefault();
    status.replaceChildren();
    try {
      const made = (await api.send('POST', 'agencies', {
        code: value(create, 'ag-code'), name: value(create, 'ag-name'), shortName: value(create, 'ag-short'),
        kind: value(create, 'ag-kind'), parentId: value(create, 'ag-parent') ? Number(value(create, 'ag-parent')) : null,
        validFrom: value(create, 'ag-from'),
      })).data;
      create.reset();
      status.append(message('ok', `Đã thêm đơn vị ${made.name} (${made.code}).`));
      await load();
      fillParents();
    } catch (e) { status.append(refusal(create, e, LABELS)); }
  });
  function fillParents() {
    const select = create.querySelector('#ag-parent');
    select.replaceChildren(...agencyOptions(state.agencies, null, '— không có —').map(o => h('option', { value: o.value }, o.text)));
  }

  query.addEventListener('input', draw);
  showEnded.querySelector('input').addEventListener('change', draw);
  main.append(h('h1', {}, 'Đơn vị, hiệu lực và đơn vị kế thừa'), editor,
    h('section', { class: 'card', 'aria-labelledby': 'ag-list-title' }, h('h2', { id: 'ag-list-title' }, 'Danh sách đơn vị'),
      h('label', { for: 'ag-q' }, 'Tìm đơn vị (gõ không dấu cũng được)'), query, showEnded, listStatus, table),
    create);
  try {
    await load();
    fillParents();
  } catch (e) { listStatus.append(message('error', e.message)); }
}
