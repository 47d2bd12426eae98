// Dates as dd/MM/yyyy in Asia/Ho_Chi_Minh, statuses in Vietnamese, and small DOM helpers.

export const ZONE = 'Asia/Ho_Chi_Minh';
const DAY = 86400000;

/** Today in Lai Châu as YYYY-MM-DD, whatever the phone's own zone. */
export function today() {
  return new Intl.DateTimeFormat('en-CA', { timeZone: ZONE, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
}

/** YYYY-MM-DD → dd/MM/yyyy. */
export function date(iso) {
  if (!iso) return '';
  const [y, m, d] = iso.slice(0, 10).split('-');
  return `${d}/${m}/${y}`;
}

/** An instant → HH:mm dd/MM/yyyy in Lai Châu. */
export function instant(iso) {
  if (!iso) return '';
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: ZONE, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hour12: false,
  }).formatToParts(new Date(iso));
  const p = Object.fromEntries(parts.map(x => [x.type, x.value]));
  return `${p.hour}:${p.minute} ${p.day}/${p.month}/${p.year}`;
}

/** Whole days from `from` to `to` (both YYYY-MM-DD). */
export function daysBetween(from, to) {
  return Math.round((Date.parse(to + 'T00:00:00Z') - Date.parse(from + 'T00:00:00Z')) / DAY);
}

export function plusDays(iso, days) {
  return new Date(Date.parse(iso + 'T00:00:00Z') + days * DAY).toISOString().slice(0, 10);
}

export const STATUS = {
  NOT_YET_DUE: { text: 'Chưa đến hạn', tone: 'neutral' },
  DUE_SOON: { text: 'Sắp đến hạn', tone: 'warn' },
  OVERDUE: { text: 'Quá hạn', tone: 'bad' },
  FINISHED_EARLY: { text: 'Hoàn thành trước hạn', tone: 'good' },
  FINISHED_ON_TIME: { text: 'Hoàn thành đúng hạn', tone: 'good' },
  FINISHED_LATE: { text: 'Hoàn thành trễ hạn', tone: 'late' },
};

export function finished(status) { return status && status.startsWith('FINISHED'); }

/** "Còn 5 ngày", "Quá hạn 12 ngày", "Đến hạn hôm nay", or when it was finished. */
export function reading(occurrence, todayIso = today()) {
  if (occurrence.finishedOn) return 'Hoàn thành ngày ' + date(occurrence.finishedOn);
  const days = daysBetween(todayIso, occurrence.dueDate);
  if (days > 0) return `Còn ${days} ngày`;
  if (days === 0) return 'Đến hạn hôm nay';
  return `Quá hạn ${-days} ngày`;
}

/** Builds an element: h('p', {class: 'x'}, 'text', child…). Text is always text, never HTML. */
export function h(tag, attributes, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes || {})) {
    if (value === false || value === null || value === undefined) continue;
    if (name.startsWith('on')) element.addEventListener(name.slice(2), value);
    else if (name === 'dataset') Object.assign(element.dataset, value);
    else element.setAttribute(name, value === true ? '' : value);
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    element.append(child instanceof Node ? child : String(child));
  }
  return element;
}

export function statusBadge(status) {
  const s = STATUS[status] || { text: status, tone: 'neutral' };
  return h('span', { class: 'badge status-' + s.tone }, s.text);
}

/** A message area that screen readers announce. */
export function message(kind, text) {
  return h('p', { class: 'msg msg-' + kind, role: kind === 'error' ? 'alert' : 'status' }, text);
}

let toastTimer = null;
export function toast(text) {
  const el = document.getElementById('toast');
  el.textContent = text;
  el.classList.add('show');
  clearTimeout(toastTimer);
  toastTimer = setTimeout(() => el.classList.remove('show'), 4000);
}

/** Numbers the Vietnamese way: 1.234,5 */
export function number(value, digits = 0) {
  return new Intl.NumberFormat('vi-VN', { maximumFractionDigits: digits }).format(value);
}
