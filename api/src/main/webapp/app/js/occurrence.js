// One obligation (kỳ): the task, the deadline and how it is read, progress, evidence from the phone's camera or
// files, extension requests and their decisions, the audit history. Writes send If-Match; a 412 is explained
// and what the user typed stays in the form.
import * as api from './api.js';
import { me, hasRole, showOffline, previousScreen } from './main.js';
import { h, date, instant, reading, statusBadge, finished, message, toast, today, plusDays } from './format.js';
import { onSubmit, refusal } from './forms.js';

const FIELD_NAMES = {
  progress_percent: 'Tiến độ (%)', due_date: 'Hạn', finished_on: 'Ngày hoàn thành', evidence_count: 'Số minh chứng',
  status: 'Trạng thái', note: 'Ghi chú', evidence: 'Minh chứng', event: 'Sự kiện',
};
const CHANNELS = { API: 'ứng dụng', BOT: 'chat bot', SYSTEM: 'hệ thống', IMPORT: 'nhập kế hoạch' };
const EXTENSION = { PENDING: 'Đang chờ quyết định', APPROVED: 'Đã đồng ý', REJECTED: 'Không đồng ý' };

/** The screens that lead to an obligation, by their route, with the name of the way back to them. */
const SCREENS = {
  'viec': 'Việc của tôi', 'tong-quan': 'Tổng quan', 'thong-bao': 'Thông báo', 'quan-tri': 'Quản trị',
  'quan-tri/don-vi': 'Đơn vị', 'quan-tri/tai-khoan': 'Tài khoản', 'quan-tri/lich': 'Ngày nghỉ',
};

/**
 * Where the way back leads, [href, text]: an obligation of one's own agency back to "Việc của tôi", which lists
 * it; another agency's back to the screen it was opened from, or when there was none (a link opened anew, a
 * reload), to the dashboard for those who may see it.
 */
function wayBack(occurrence) {
  const own = me().agency && me().agency.id === occurrence.agencyId;
  const previous = previousScreen();
  const route = previous === null ? null : previous.replace(/^#\/?/, '') || 'viec';
  if (!own && SCREENS[route]) return ['#/' + route, SCREENS[route]];
  if (!own && hasRole('admin', 'leader')) return ['#/tong-quan', SCREENS['tong-quan']];
  return ['#/viec', SCREENS.viec];
}

/** An audit value as a line can show it: long ones (a file's checksum) are cut. */
function short(value) {
  if (value === null || value === undefined || value === '') return '—';
  value = String(value).replace(/ sha256:[0-9a-f]+/, '');
  return value.length > 60 ? value.slice(0, 57) + '…' : value;
}

/**
 * The list filled with its items; when there are none, the text that says so as a paragraph in its place, with
 * the list's id, so that it is neither numbered nor bulleted.
 */
function listOr(list, items, emptyText) {
  if (!items.length) return h('p', { class: 'empty', id: list.id }, emptyText);
  list.append(...items);
  return list;
}

/** A text as a sentence that another can follow: a full stop added when it ends without one. */
function sentence(text) {
  return /[.!?…]$/.test(text) ? text : text + '.';
}

export async function render(main, [id], isCurrent) {
  main.replaceChildren(h('p', { class: 'loading' }, 'Đang tải…'));
  const state = {};

  async function load() {
    const occ = await api.get('occurrences/' + id);
    state.occ = occ.data;
    state.etag = occ.etag;
    showOffline(occ.cachedAt);
    const [task, progress, evidence, extensions, history] = await Promise.all([
      api.get('tasks/' + state.occ.taskId),
      api.get(`occurrences/${id}/progress`),
      api.get(`occurrences/${id}/evidence`),
      api.get(`occurrences/${id}/extensions`),
      api.get(`occurrences/${id}/history`),
    ]);
    state.task = task.data;
    state.progress = progress.data.items;
    state.evidence = evidence.data.items;
    state.extensions = extensions.data.items;
    state.history = history.data.items;
    try {
      state.deadline = (await api.get(`tasks/${state.occ.taskId}/deadline?year=${state.occ.planYear}`)).data;
    } catch (e) {
      state.deadline = null;
    }
  }

  await load();
  if (!isCurrent()) return;
  document.title = state.task.code + ' — CCHC Lai Châu';

  const mayWrite = !finished(state.occ.status) && (hasRole('admin') || (hasRole('official') && me().agency && me().agency.id === state.occ.agencyId));

  const summary = h('section', { class: 'card', 'aria-labelledby': 'o-title' });
  // each list, or the paragraph that says it is empty, drawn again after every write
  const evidenceShown = h('div', {});
  const extensionsShown = h('div', {});
  const historyShown = h('div', {});
  const progressShown = h('div', {});

  function drawSummary() {
    const o = state.occ;
    const d = state.deadline;
    const [backHref, backText] = wayBack(o);
    summary.replaceChildren(
      h('p', { class: 'crumb' }, h('a', { href: backHref, id: 'o-back' }, '← ' + backText)),
      h('h1', { id: 'o-title' }, h('span', { class: 'code' }, state.task.code), ' ', state.task.title),
      h('dl', { class: 'facts' },
        h('dt', {}, 'Hạn'), h('dd', { id: 'o-due' }, h('strong', {}, date(o.dueDate)), ' · ', h('span', { class: 'reading' }, reading(o)), ' ', statusBadge(o.status)),
        h('dt', {}, 'Thời gian hoàn thành ghi trong kế hoạch'), h('dd', {}, '“' + state.task.deadlinePhrase + '”'),
        o.deadlineMeaning ? h('dt', {}, 'Hạn này là') : null,
        o.deadlineMeaning ? h('dd', { id: 'o-meaning' }, o.deadlineMeaning) : null,
        d ? h('dt', {}, 'Cách hiểu') : null,
        d ? h('dd', { id: 'o-rule' }, sentence(d.description + (d.reason ? ' — ' + d.reason : '')),
          d.years && d.years[0] && d.years[0].occurrences.length
            ? ' Năm ' + o.planYear + ': ' + d.years[0].occurrences.map(x => date(x.dueDate)).join(', ') + '.' : '') : null,
        h('dt', {}, 'Năm kế hoạch · kỳ'), h('dd', {}, o.planYear + ' · ' + o.period),
        h('dt', {}, 'Tiến độ'), h('dd', { id: 'o-progress' }, h('progress', { max: 100, value: o.progressPercent, 'aria-label': 'Tiến độ' }), ' ' + o.progressPercent + '%'),
        h('dt', {}, 'Đơn vị chủ trì'), h('dd', {}, state.task.leadText || ''),
        state.task.coordinatingText ? h('dt', {}, 'Đơn vị phối hợp') : null,
        state.task.coordinatingText ? h('dd', {}, state.task.coordinatingText) : null,
        h('dt', {}, 'Tài liệu kiểm chứng'),
        h('dd', {}, state.task.evidenceDocuments && state.task.evidenceDocuments.length
          ? h('ul', { class: 'plain' }, state.task.evidenceDocuments.map(x => h('li', {}, x)))
          : (state.task.evidenceRequired ? 'Có' : 'Không yêu cầu'))),
      h('details', {}, h('summary', {}, 'Nội dung nhiệm vụ'), h('p', { class: 'task-text' }, state.task.text)));
  }

  function drawLists() {
    progressShown.replaceChildren(listOr(h('ul', { class: 'plain', id: 'progress-list' }), state.progress.slice().reverse().map(p =>
      h('li', {}, h('strong', {}, p.percent + '%'), ' · ' + instant(p.reportedAt), p.note ? ' — ' + p.note : '')),
    'Chưa có báo cáo.'));
    evidenceShown.replaceChildren(listOr(h('ul', { class: 'files', id: 'evidence-list' }), state.evidence.map(e =>
      h('li', {}, h('button', { type: 'button', class: 'link', 'aria-label': 'Tải về ' + e.fileName,
        onclick: () => api.download(e.download, e.fileName).catch(err => toast(err.message)) }, e.fileName),
      ' · ' + Math.max(1, Math.round(e.sizeBytes / 1024)) + ' KB · ' + instant(e.uploadedAt))),
    'Chưa có minh chứng.'));
    extensionsShown.replaceChildren(listOr(h('ul', { class: 'plain', id: 'extension-list' }), state.extensions.map(x =>
      h('li', { class: 'ext ext-' + x.status.toLowerCase() },
        h('strong', {}, EXTENSION[x.status] || x.status), ': từ ' + date(x.oldDueDate) + ' đến ' + date(x.newDueDate),
        ' — lý do: ' + x.reason,
        x.decisionReference ? ' — quyết định: ' + x.decisionReference + ' (' + instant(x.decidedAt) + ')' : '')),
    'Chưa có yêu cầu gia hạn.'));
    historyShown.replaceChildren(listOr(h('ol', { class: 'history', id: 'history-list' }), state.history.slice().reverse().map(a =>
      h('li', {}, h('time', { datetime: a.occurredAt }, instant(a.occurredAt)), ' · ',
        (a.actor || 'hệ thống') + ' qua ' + (CHANNELS[a.channel] || a.channel) + ': ',
        (FIELD_NAMES[a.field] || a.field) + ' ' + short(a.oldValue) + ' → ' + short(a.newValue))),
    'Chưa có thay đổi.'));
  }

  async function reloadKeepingForms() {
    await load();
    drawSummary();
    drawLists();
  }

  /**
   * A write: on 412 the latest version is read again, the user's text stays, and they are told why; another
   * refusal names the fields by the form's labels (`labels` as in forms.js).
   */
  function writeForm(formId, title, fields, submitText, labels, action) {
    const status = h('div', { class: 'form-status' });
    const submit = h('button', { type: 'submit', class: 'primary' }, submitText);
    const form = h('form', { id: formId, class: 'card', 'aria-labelledby': formId + '-title', novalidate: true },
      h('h2', { id: formId + '-title' }, title), status, ...fields, submit);
    onSubmit(form, async () => {
      status.replaceChildren();
      for (const el of form.querySelectorAll('[aria-invalid]')) el.removeAttribute('aria-invalid');
      try {
        const done = await action();
        status.replaceChildren(message('ok', done));
        await reloadKeepingForms();
      } catch (e) {
        if (e.stale) {
          status.replaceChildren(message('error', 'Kỳ này vừa được người khác cập nhật nên chưa lưu được. '
            + 'Nội dung bạn nhập vẫn còn; thông tin mới nhất đã được tải lại — hãy xem lại rồi gửi lại.'));
          try { await reloadKeepingForms(); } catch (ignored) { /* keep the text */ }
        } else {
          status.replaceChildren(refusal(form, e, labels));
        }
      }
    });
    return form;
  }

  const percent = h('input', { id: 'p-percent', name: 'percent', type: 'number', min: 0, max: 100, step: 1, inputmode: 'numeric', required: true, value: state.occ.progressPercent });
  const note = h('textarea', { id: 'p-note', name: 'note', rows: 3, maxlength: 2000 });
  const progressForm = writeForm('progress-form', 'Báo cáo tiến độ', [
    h('label', { for: 'p-percent' }, 'Phần trăm hoàn thành (0–100)'), percent,
    h('label', { for: 'p-note' }, 'Ghi chú (không bắt buộc)'), note,
  ], 'Gửi báo cáo', { percent: ['Phần trăm hoàn thành', 'p-percent'], note: ['Ghi chú', 'p-note'] }, async () => {
    const value = Number(percent.value);
    if (percent.value.trim() === '' || !Number.isInteger(value) || value < 0 || value > 100) throw new api.ApiError(400, 'Phần trăm phải là số nguyên từ 0 đến 100.');
    await api.send('POST', `occurrences/${id}/progress`, note.value.trim() ? { percent: value, note: note.value.trim() } : { percent: value }, state.etag);
    note.value = '';
    return 'Đã ghi nhận tiến độ ' + value + '%.';
  });

  const photo = h('input', { id: 'e-photo', name: 'photo', type: 'file', accept: 'image/*', capture: 'environment' });
  const file = h('input', { id: 'e-file', name: 'file', type: 'file', accept: '.pdf,.doc,.docx,.xls,.xlsx,.zip,.txt,image/jpeg,image/png' });
  const evidenceForm = writeForm('evidence-form', 'Nộp minh chứng', [
    h('label', { for: 'e-photo' }, 'Chụp ảnh văn bản bằng máy ảnh'), photo,
    h('label', { for: 'e-file' }, 'Hoặc chọn tệp (PDF, Word, Excel, ZIP, ảnh; tối đa 20 MB)'), file,
  ], 'Tải lên', { file: ['Tệp minh chứng', 'e-file'] }, async () => {
    const chosen = (photo.files && photo.files[0]) || (file.files && file.files[0]);
    if (!chosen) throw new api.ApiError(400, 'Hãy chụp ảnh hoặc chọn một tệp.');
    if (chosen.size > 20 * 1024 * 1024) throw new api.ApiError(413, 'Tệp quá lớn (tối đa 20 MB).');
    await api.upload(`occurrences/${id}/evidence`, chosen, state.etag);
    photo.value = '';
    file.value = '';
    return 'Đã nộp minh chứng “' + chosen.name + '”.';
  });

  const newDate = h('input', { id: 'x-date', name: 'newDueDate', type: 'date', required: true, min: plusDays(state.occ.dueDate, 1) });
  const reason = h('textarea', { id: 'x-reason', name: 'reason', rows: 3, maxlength: 2000, required: true });
  const extensionForm = writeForm('extension-form', 'Xin gia hạn', [
    h('label', { for: 'x-date' }, 'Hạn mới đề nghị'), newDate,
    h('label', { for: 'x-reason' }, 'Lý do'), reason,
  ], 'Gửi đề nghị gia hạn', { newDueDate: ['Hạn mới đề nghị', 'x-date'], reason: ['Lý do', 'x-reason'] }, async () => {
    if (!newDate.value || !reason.value.trim()) throw new api.ApiError(400, 'Hãy chọn hạn mới và ghi lý do.');
    await api.send('POST', `occurrences/${id}/extensions`, { newDueDate: newDate.value, reason: reason.value.trim() }, state.etag);
    reason.value = '';
    return 'Đã gửi đề nghị gia hạn đến ' + date(newDate.value) + '; Sở Nội vụ sẽ quyết định.';
  });

  const finishButton = h('button', { type: 'button', id: 'finish' }, 'Đánh dấu hoàn thành hôm nay (' + date(today()) + ')');
  const finishStatus = h('div', { class: 'form-status' });
  finishButton.addEventListener('click', async () => {
    finishStatus.replaceChildren();
    try {
      await api.send('POST', `occurrences/${id}/finish`, undefined, state.etag);
      toast('Đã đánh dấu hoàn thành.');
      render(main, [id], isCurrent);
    } catch (e) {
      finishStatus.replaceChildren(message('error', e.stale ? 'Kỳ này vừa được người khác cập nhật; hãy tải lại rồi thử lại.' : e.message));
      if (e.stale) reloadKeepingForms().catch(() => {});
    }
  });

  drawSummary();
  drawLists();
  main.replaceChildren(
    summary,
    mayWrite ? h('div', { class: 'grid' }, progressForm, evidenceForm, extensionForm,
      h('section', { class: 'card', 'aria-labelledby': 'f-title' }, h('h2', { id: 'f-title' }, 'Hoàn thành'), finishStatus, finishButton)) : null,
    h('div', { class: 'grid' },
      h('section', { class: 'card', 'aria-labelledby': 'l-evidence' }, h('h2', { id: 'l-evidence' }, 'Minh chứng đã nộp'), evidenceShown),
      h('section', { class: 'card', 'aria-labelledby': 'l-progress' }, h('h2', { id: 'l-progress' }, 'Các lần báo cáo tiến độ'), progressShown),
      h('section', { class: 'card', 'aria-labelledby': 'l-ext' }, h('h2', { id: 'l-ext' }, 'Gia hạn'), extensionsShown),
      h('section', { class: 'card', 'aria-labelledby': 'l-history' }, h('h2', { id: 'l-history' }, 'Lịch sử thay đổi'), historyShown)));
}
