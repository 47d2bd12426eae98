// Quản trị — ngày nghỉ: a year's holidays (by law, lunar, compensatory) and the days an administrator adds or
// removes (a swap day off, a make-up working Saturday); each change says which deadlines it moved.
import * as api from './api.js';
import { h, date, message, today } from './format.js';
import { field, choice, value, refusal, onSubmit } from './forms.js';

const SOURCE = { SOLAR_HOLIDAY: 'nghỉ lễ', LUNAR_HOLIDAY: 'nghỉ lễ theo âm lịch', COMPENSATORY: 'nghỉ bù', ADJUSTMENT: 'ngày nghỉ thêm' };
const KINDS = [{ value: 'DAY_OFF', text: 'Ngày nghỉ (nghỉ hoán đổi, nghỉ thêm)' }, { value: 'WORKING_DAY', text: 'Ngày làm việc (làm bù thứ Bảy)' }];
const LABELS = { date: ['Ngày', 'c-date'], kind: ['Loại ngày', 'c-kind'], reason: ['Lý do', 'c-reason'] };

/** What a change did: the day and the deadlines it moved, each linked to its obligation. */
function changed(verb, change) {
  const kind = change.kind === 'DAY_OFF' ? 'ngày nghỉ' : 'ngày làm việc';
  return h('div', { class: 'msg msg-ok', role: 'status' },
    h('p', {}, `${verb} ${kind} ${date(change.date)}. ` + (change.movedOccurrences
      ? `${change.movedOccurrences} kỳ hạn được tính lại hạn:` : 'Không kỳ hạn nào phải tính lại hạn.')),
    change.moved && change.moved.length ? h('ul', { id: 'c-moved' }, change.moved.map(m => h('li', {},
      h('a', { href: '#/ky/' + m.occurrenceId, dataset: { occurrence: m.occurrenceId } }, 'Kỳ hạn ' + m.occurrenceId), `: hạn ${date(m.from)} → `, h('strong', {}, date(m.to))))) : null);
}

/** Names each moved obligation by its task's code and period (at most 20 are looked up). */
async function nameMoves(result) {
  for (const link of [...result.querySelectorAll('#c-moved a[data-occurrence]')].slice(0, 20)) {
    try {
      const o = (await api.get('occurrences/' + link.dataset.occurrence)).data;
      link.textContent = 'Nhiệm vụ ' + o.taskCode + ' (kỳ ' + o.period + ')';
    } catch (e) { /* the number stays */ }
  }
}

export async function render(main) {
  const result = h('div', { id: 'c-result', 'aria-live': 'polite' });
  const yearOut = h('div', { id: 'c-year-out', 'aria-live': 'polite' });
  const year = h('input', { id: 'c-year', name: 'year', type: 'number', value: Number(today().slice(0, 4)), min: 1900, max: 2200, required: true });

  async function show(y) {
    year.value = y;
    yearOut.replaceChildren(h('p', { class: 'loading' }, 'Đang tải…'));
    try {
      const c = (await api.get('calendar/years/' + y)).data;
      yearOut.replaceChildren(
        h('p', {}, `Năm ${c.year}: ${c.workingDays} ngày làm việc.`),
        h('h3', {}, 'Ngày nghỉ lễ, Tết, nghỉ bù'),
        h('ul', { class: 'plain', id: 'holidays' }, c.holidays.map(x => h('li', {}, date(x.date) + ' — ' + x.name + ' (' + (SOURCE[x.source] || x.source) + ')'))),
        h('h3', {}, 'Ngày do quản trị thêm'),
        c.adjustments.length ? h('ul', { class: 'plain', id: 'adjustments' }, c.adjustments.map(x => {
          const remove = h('button', { type: 'button', class: 'link', 'aria-label': 'Xóa ngày ' + date(x.date) }, 'Xóa');
          remove.addEventListener('click', async () => {
            result.replaceChildren();
            try {
              const done = (await api.send('DELETE', 'calendar/adjustments/' + x.date)).data;
              result.append(changed('Đã xóa', done));
              nameMoves(result);
              await show(Number(x.date.slice(0, 4)));
            } catch (e) { result.append(message('error', e.message)); }
          });
          return h('li', { dataset: { date: x.date } }, date(x.date) + ' — ' + (x.kind === 'DAY_OFF' ? 'nghỉ' : 'làm việc')
            + (x.reason ? ': ' + x.reason : '') + ' ', remove);
        })) : h('p', { class: 'empty', id: 'adjustments' }, 'Chưa có.'));
    } catch (e) { yearOut.replaceChildren(message('error', e.message)); }
  }

  const pick = h('form', { class: 'filters', id: 'c-pick', novalidate: true, 'aria-label': 'Chọn năm' },
    h('div', { class: 'field' }, h('label', { for: 'c-year' }, 'Năm'), year),
    h('button', { type: 'submit', id: 'calendar-load' }, 'Xem lịch năm'));
  pick.addEventListener('submit', event => {
    event.preventDefault();
    const y = Number(year.value);
    if (!Number.isInteger(y) || y < 1900 || y > 2200) {
      year.setAttribute('aria-invalid', 'true');
      yearOut.replaceChildren(message('error', 'Năm phải từ 1900 đến 2200.'));
      return;
    }
    year.removeAttribute('aria-invalid');
    show(y);
  });

  const add = h('form', { class: 'card', id: 'c-add', novalidate: true, 'aria-labelledby': 'c-add-title' },
    h('h2', { id: 'c-add-title' }, 'Thêm ngày nghỉ hoặc ngày làm bù'),
    h('p', { class: 'summary' }, 'Các thời hạn tính theo ngày làm việc (ví dụ “05 ngày làm việc kể từ ngày ký”) được tính lại ngay; hạn ghi bằng ngày cụ thể giữ nguyên.'),
    ...field('c-date', 'Ngày', { type: 'date', required: true }),
    ...choice('c-kind', 'Loại ngày', KINDS, 'DAY_OFF'),
    ...field('c-reason', 'Lý do', { required: true, maxlength: 255, placeholder: 'Nghỉ hoán đổi theo thông báo của UBND tỉnh' }),
    h('button', { type: 'submit', class: 'primary' }, 'Thêm ngày'));
  onSubmit(add, async event => {
    event.preventDefault();
    result.replaceChildren();
    const day = value(add, 'c-date');
    if (!day) {
      add.querySelector('#c-date').setAttribute('aria-invalid', 'true');
      result.append(message('error', 'Hãy chọn ngày.'));
      return;
    }
    try {
      const done = (await api.send('POST', 'calendar/adjustments', { date: day, kind: value(add, 'c-kind'), reason: value(add, 'c-reason') })).data;
      result.append(changed('Đã thêm', done));
      nameMoves(result);
      add.reset();
      await show(Number(day.slice(0, 4)));
    } catch (e) { result.append(refusal(add, e, LABELS)); }
  });

  main.append(h('h1', {}, 'Ngày nghỉ lễ, nghỉ bù và ngày làm bù'), add, result,
    h('section', { class: 'card', 'aria-labelledby': 'c-list-title' }, h('h2', { id: 'c-list-title' }, 'Lịch theo năm'), pick, yearOut));
  await show(Number(year.value));
}
