// Quản trị: import an appendix (upload → draft with per-row warnings → accept or discard) and try a deadline
// phrase before relying on it; the menu leads to the agencies, the accounts and the calendar (their own modules).
import * as api from './api.js';
import { h, date, instant, message, today } from './format.js';
import { onSubmit, refusal } from './forms.js';

/** The acceptance's fields as the form shows them (label, input). */
const ACCEPT_LABELS = {
  number: ['Số kế hoạch', 'a-number'], title: ['Tên kế hoạch', 'a-title'], issuer: ['Cơ quan ban hành', 'a-issuer'],
  issuedOn: ['Ngày ban hành', 'a-issued'], firstYear: ['Năm đầu', 'a-first'], lastYear: ['Năm cuối', 'a-last'],
};

/** The preview's fields as the form shows them (label, input); a year of the list is named as the list. */
const PREVIEW_LABELS = {
  phrase: ['Thời gian hoàn thành', 'dp-phrase'], years: ['Năm kế hoạch', 'dp-year'], eventDate: ['Ngày diễn ra sự kiện', 'dp-event'],
};

/** What a deadline phrase means and the due dates it gives in each year, in words and dd/MM/yyyy. */
function previewAnswer(d) {
  const dated = d.answer === 'DATED';
  return h('div', { class: 'msg ' + (dated ? 'msg-ok' : 'msg-info'), role: 'status' },
    h('p', {}, h('strong', {}, 'Cách hiểu: '), d.description),
    d.reason ? h('p', {}, h('strong', {}, dated ? 'Lưu ý: ' : 'Chưa tính được hạn: '), d.reason) : null,
    d.years.slice().sort((a, b) => a.year - b.year).flatMap(y => [
      h('p', {}, h('strong', {}, 'Năm ' + y.year + ':'), y.occurrences.length ? '' : ' không có kỳ hạn nào.'),
      y.occurrences.length ? h('ul', {}, y.occurrences.map(o => h('li', {},
        h('strong', {}, date(o.dueDate)), o.meaning ? ' — ' + o.meaning : ''))) : null,
    ]));
}

function draftView(main, draft, etag, back) {
  const status = h('div', { class: 'form-status', id: 'draft-status' });
  const year = Number(today().slice(0, 4));
  const field = (id, label, attrs) => [h('label', { for: id }, label), h('input', { id, name: id, required: true, ...attrs })];
  const accept = h('form', { class: 'card', id: 'accept-form', 'aria-labelledby': 'accept-title', novalidate: true },
    h('h2', { id: 'accept-title' }, 'Chấp nhận thành kế hoạch'), status,
    ...field('a-number', 'Số kế hoạch', { placeholder: '123/KH-UBND', maxlength: 64 }),
    ...field('a-title', 'Tên kế hoạch', { maxlength: 1000 }),
    ...field('a-issuer', 'Cơ quan ban hành', { value: 'UBND tỉnh Lai Châu', maxlength: 255 }),
    ...field('a-issued', 'Ngày ban hành', { type: 'date', value: today() }),
    ...field('a-first', 'Năm đầu', { type: 'number', value: year, min: 1900, max: 2200 }),
    ...field('a-last', 'Năm cuối', { type: 'number', value: year, min: 1900, max: 2200 }),
    h('div', { class: 'actions' },
      h('button', { type: 'submit', class: 'primary' }, 'Chấp nhận'),
      h('button', { type: 'button', id: 'discard' }, 'Bỏ bản nháp')));
  const value = id => accept.querySelector('#' + id).value.trim();
  onSubmit(accept, async event => {
    event.preventDefault();
    status.replaceChildren();
    try {
      const done = await api.send('POST', `plan-imports/${draft.id}/acceptance`, {
        number: value('a-number'), title: value('a-title'), issuer: value('a-issuer'), issuedOn: value('a-issued') || null,
        firstYear: Number(value('a-first')) || null, lastYear: Number(value('a-last')) || null,
      }, etag);
      main.replaceChildren(h('h1', {}, 'Đã nhập kế hoạch'),
        message('ok', `Kế hoạch ${done.data.number} đã được tạo với ${done.data.tasks} nhiệm vụ và ${done.data.occurrencesCreated} kỳ hạn.`),
        h('p', {}, h('a', { href: '#/quan-tri' }, '← Quản trị')));
    } catch (e) {
      status.append(e.stale ? message('error', 'Bản nháp vừa được người khác sửa; hãy mở lại bản nháp.')
        : refusal(accept, e, ACCEPT_LABELS));
      status.scrollIntoView({ block: 'nearest' });
    }
  });
  accept.querySelector('#discard').addEventListener('click', async () => {
    try {
      await api.send('DELETE', `plan-imports/${draft.id}`);
      back();
    } catch (e) { status.append(message('error', e.message)); }
  });

  const rows = h('div', { class: 'table-wrap' }, h('table', { id: 'draft-rows' },
    h('caption', {}, `${draft.taskCount} nhiệm vụ, ${draft.warningCount} cảnh báo`),
    h('thead', {}, h('tr', {}, ['Dòng', 'STT', 'Nhiệm vụ', 'Chủ trì', 'Thời gian hoàn thành', 'Cảnh báo'].map(t => h('th', { scope: 'col' }, t)))),
    h('tbody', {}, draft.rows.map(r => h('tr', { class: r.warnings.length ? 'warn-row' : '' },
      h('td', { class: 'num' }, r.sourceRows.join(', ')),
      h('th', { scope: 'row' }, r.code),
      h('td', {}, r.text),
      h('td', {}, r.leadText || ''),
      h('td', {}, '“' + (r.deadlinePhrase || '') + '”', h('br'), h('small', {}, r.deadline ? r.deadline.description : '')),
      h('td', {}, r.warnings.length ? h('ul', { class: 'plain warnings' }, r.warnings.map(w => h('li', {}, w.messageVi))) : 'Không'))))));
  const general = draft.warnings.filter(w => !draft.rows.some(r => r.warnings.some(x => x.row === w.row && x.messageVi === w.messageVi)));
  main.replaceChildren(
    h('p', { class: 'crumb' }, h('a', { href: '#/quan-tri', onclick: e => { e.preventDefault(); back(); } }, '← Quản trị')),
    h('h1', {}, 'Bản nháp: ' + draft.fileName),
    h('p', { class: 'lead' }, `Tải lên lúc ${instant(draft.createdAt)} · ${draft.taskCount} nhiệm vụ · ${draft.warningCount} cảnh báo`),
    general.length ? h('section', { class: 'card' }, h('h2', {}, 'Cảnh báo chung'), h('ul', {}, general.map(w => h('li', {}, 'Dòng ' + w.row + ': ' + w.messageVi)))) : null,
    rows, accept);
}

const TABS = [
  { path: '', text: 'Nhập kế hoạch' },
  { path: 'don-vi', text: 'Đơn vị', load: () => import('./agencies.js') },
  { path: 'tai-khoan', text: 'Tài khoản', load: () => import('./accounts.js') },
  { path: 'lich', text: 'Ngày nghỉ', load: () => import('./calendar.js') },
];

/** The administration's own menu: import, agencies, accounts, the calendar. */
function tabs(current) {
  return h('nav', { 'aria-label': 'Quản trị' }, h('ul', { class: 'tabs' }, TABS.map(t => h('li', {},
    h('a', { href: '#/quan-tri' + (t.path ? '/' + t.path : ''), 'aria-current': t.path === current ? 'page' : false }, t.text)))));
}

export async function render(main, args, isCurrent) {
  const tab = TABS.find(t => t.path === (args[0] || '')) || TABS[0];
  document.title = tab.text + ' — Quản trị — CCHC Lai Châu';
  if (tab.load) {
    const view = await tab.load();
    if (!isCurrent()) return;
    main.replaceChildren(tabs(tab.path));
    await view.render(main);
    return;
  }
  const back = () => render(main, args, isCurrent);
  const status = h('div', { class: 'form-status', id: 'import-status' });
  const file = h('input', { id: 'i-file', name: 'file', type: 'file', required: true, accept: '.xlsx,.csv,.tsv,.txt,text/plain,text/csv,text/tab-separated-values,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });
  const upload = h('form', { class: 'card', id: 'import-form', 'aria-labelledby': 'import-title', novalidate: true },
    h('h2', { id: 'import-title' }, 'Nhập phụ biểu kế hoạch'),
    h('p', {}, 'Tệp XLSX, CSV hoặc văn bản phân cách bằng tab, với các cột STT, Nhiệm vụ, Đơn vị chủ trì, Đơn vị phối hợp, Thời gian hoàn thành, Tài liệu kiểm chứng.'),
    status,
    h('label', { for: 'i-file' }, 'Tệp phụ biểu'), file,
    h('button', { type: 'submit', class: 'primary' }, 'Tải lên và xem bản nháp'));
  onSubmit(upload, async event => {
    event.preventDefault();
    status.replaceChildren();
    const chosen = file.files && file.files[0];
    if (!chosen) { status.append(message('error', 'Hãy chọn tệp phụ biểu.')); return; }
    try {
      const stored = await api.upload('plan-imports', chosen);
      draftView(main, stored.data, stored.etag, back);
    } catch (e) { status.append(refusal(upload, e, { file: ['Tệp phụ biểu', 'i-file'] })); }
  });

  const phrase = h('input', { id: 'dp-phrase', name: 'phrase', maxlength: 1000, placeholder: 'Trước 20/12 hằng năm' });
  const previewYear = h('input', { id: 'dp-year', name: 'year', type: 'number', value: Number(today().slice(0, 4)), min: 1900, max: 2200 });
  const eventDate = h('input', { id: 'dp-event', name: 'eventDate', type: 'date' });
  const previewOut = h('div', { id: 'dp-out', 'aria-live': 'polite' });
  const preview = h('form', { class: 'card', id: 'dp-form', 'aria-labelledby': 'dp-title', novalidate: true },
    h('h2', { id: 'dp-title' }, 'Thử cách đọc thời hạn'),
    h('label', { for: 'dp-phrase' }, 'Thời gian hoàn thành (như ghi trong kế hoạch)'), phrase,
    h('label', { for: 'dp-year' }, 'Năm kế hoạch'), previewYear,
    h('label', { for: 'dp-event' }, 'Ngày diễn ra sự kiện (cho thời hạn tính từ một sự kiện, không bắt buộc)'), eventDate,
    h('button', { type: 'submit' }, 'Xem'), previewOut);
  onSubmit(preview, async event => {
    event.preventDefault();
    previewOut.replaceChildren();
    for (const el of preview.querySelectorAll('[aria-invalid]')) el.removeAttribute('aria-invalid');
    try {
      const answer = await api.send('POST', 'deadlines/preview', {
        phrase: phrase.value, years: previewYear.value.trim() ? [Number(previewYear.value)] : [], eventDate: eventDate.value || null,
      });
      previewOut.append(previewAnswer(answer.data));
    } catch (e) { previewOut.append(refusal(preview, e, PREVIEW_LABELS)); }
  });

  main.replaceChildren(tabs(''), h('h1', {}, 'Quản trị'), h('div', { class: 'grid' }, upload, preview),
    h('p', { class: 'loading' }, 'Đang tải bản nháp…'));
  try {
    const drafts = await api.all('plan-imports', 200);
    if (!isCurrent()) return;
    main.lastChild.replaceWith(h('section', { class: 'card', 'aria-labelledby': 'drafts-title' }, h('h2', { id: 'drafts-title' }, 'Bản nháp đang chờ'),
      drafts.items.length ? h('ul', { class: 'plain' }, drafts.items.map(d => h('li', {},
        h('button', { type: 'button', class: 'link', onclick: async () => {
          const full = await api.get('plan-imports/' + d.id);
          draftView(main, full.data, full.etag, back);
        } }, d.fileName), ` · ${d.taskCount} nhiệm vụ · ${d.warningCount} cảnh báo · ${instant(d.createdAt)}`)))
        : h('p', { class: 'empty' }, 'Không có bản nháp.')));
  } catch (e) {
    main.lastChild.replaceWith(message('error', e.message));
  }
}
