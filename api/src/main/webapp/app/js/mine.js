// "Việc của tôi": the obligations of the official's agency — overdue, due within 14 days, the rest open, done —
// filtered by plan year and area, searched without diacritics through the tasks' own search (q).
import * as api from './api.js';
import { me, showOffline } from './main.js';
import { h, date, reading, statusBadge, today, daysBetween, finished, message } from './format.js';

const SOON_DAYS = 14;
const filters = { year: '', area: '', q: '' };

async function reference() {
  const plans = await api.all('plans');
  const areas = [];
  for (const plan of plans.items) {
    const answer = await api.get(`plans/${plan.id}/areas`);
    areas.push(...answer.data.items.map(a => ({ ...a, plan })));
  }
  const tasks = await api.all('tasks');
  return { plans: plans.items, areas, tasks: new Map(tasks.items.map(t => [t.id, t])) };
}

function item(o, task, todayIso) {
  const tone = o.status === 'OVERDUE' ? 'bad' : finished(o.status) ? 'good' : daysBetween(todayIso, o.dueDate) <= SOON_DAYS ? 'warn' : 'neutral';
  const title = task ? task.title : 'Nhiệm vụ ' + o.taskCode;
  return h('li', { class: 'occ tone-' + tone },
    h('a', { href: '#/ky/' + o.id, class: 'occ-link' },
      h('span', { class: 'code' }, o.taskCode || ''), ' ',
      h('span', { class: 'title' }, title)),
    h('div', { class: 'meta' },
      h('span', { title: o.deadlineMeaning || null }, 'Hạn ', h('strong', {}, date(o.dueDate))),
      h('span', { class: 'reading' }, reading(o, todayIso)),
      statusBadge(o.status),
      h('span', {}, 'Tiến độ ' + o.progressPercent + '%'),
      o.evidenceRequired ? h('span', {}, 'Minh chứng: ' + o.evidenceCount) : null));
}

function section(id, title, list, empty, task, todayIso) {
  return h('section', { class: 'group', 'aria-labelledby': id },
    h('h2', { id }, title, ' ', h('span', { class: 'count' }, '(' + list.length + ')')),
    list.length ? h('ul', { class: 'occ-list' }, list.map(o => item(o, task(o), todayIso))) : h('p', { class: 'empty' }, empty));
}

export async function render(main, args, isCurrent) {
  document.title = 'Việc của tôi — CCHC Lai Châu';
  const who = me();
  main.replaceChildren(h('h1', {}, 'Việc của tôi'), h('p', { class: 'lead' }, who.agency ? who.agency.name : ''), h('p', { class: 'loading' }, 'Đang tải…'));
  const ref = await reference();
  if (!isCurrent()) return;
  const years = new Set();
  for (const p of ref.plans) for (let y = p.firstYear; y <= p.lastYear; y++) years.add(y);

  const yearSelect = h('select', { id: 'f-year', name: 'year' },
    h('option', { value: '' }, 'Tất cả các năm'),
    [...years].sort().reverse().map(y => h('option', { value: y, selected: String(y) === filters.year }, y)));
  const areaSelect = h('select', { id: 'f-area', name: 'area' },
    h('option', { value: '' }, 'Tất cả lĩnh vực'),
    ref.areas.map(a => h('option', { value: a.id, selected: String(a.id) === filters.area },
      a.numeral + '. ' + a.name + (ref.plans.length > 1 ? ' (' + a.plan.number + ')' : ''))));
  const areaAgencies = h('p', { id: 'f-area-agencies', class: 'lead', 'aria-live': 'polite' });
  const partyNames = parties => parties.map(p => {
    const now = p.actingToday || [];
    const moved = p.kind === 'AGENCY' && now.length > 0 && !now.some(a => a.code === p.code);
    return p.name + (moved ? ' (nay: ' + now.map(a => a.name).join(', ') + ')' : '');
  }).join('; ');
  function showAreaAgencies() {
    const area = ref.areas.find(a => String(a.id) === areaSelect.value);
    if (!area || !area.responsibilitySection) { areaAgencies.replaceChildren(); return; }
    areaAgencies.replaceChildren('Chủ trì: ' + partyNames(area.leads) + '. Phối hợp: '
      + partyNames(area.coordinators) + ' (mục ' + area.responsibilitySection + ' của kế hoạch).');
  }
  showAreaAgencies();
  const search = h('input', { id: 'f-q', name: 'q', type: 'search', value: filters.q, placeholder: 'ví dụ: dao tao', autocomplete: 'off' });
  const results = h('div', { id: 'results', 'aria-live': 'polite' });
  const form = h('form', { class: 'filters', role: 'search', 'aria-label': 'Lọc và tìm nhiệm vụ' },
    h('div', { class: 'field' }, h('label', { for: 'f-q' }, 'Tìm nhiệm vụ (gõ có dấu hoặc không dấu)'), search),
    h('div', { class: 'field' }, h('label', { for: 'f-year' }, 'Năm kế hoạch'), yearSelect),
    h('div', { class: 'field' }, h('label', { for: 'f-area' }, 'Lĩnh vực'), areaSelect),
    h('button', { type: 'submit' }, 'Tìm'));

  let run = 0;
  async function refresh() {
    const mine = ++run;
    filters.year = yearSelect.value;
    filters.area = areaSelect.value;
    filters.q = search.value.trim();
    results.replaceChildren(h('p', { class: 'loading' }, 'Đang tải…'));
    try {
      const occurrences = await api.all('occurrences?mine=true' + (filters.year ? '&year=' + filters.year : ''));
      let matching = null;
      if (filters.q) {
        const found = await api.all('tasks?q=' + encodeURIComponent(filters.q));
        matching = new Set(found.items.map(t => t.id));
        for (const t of found.items) if (!ref.tasks.has(t.id)) ref.tasks.set(t.id, t);
      }
      if (mine !== run || !isCurrent()) return;
      showOffline(occurrences.cachedAt);
      const todayIso = today();
      const task = o => ref.tasks.get(o.taskId);
      const list = occurrences.items
        .filter(o => !matching || matching.has(o.taskId))
        .filter(o => !filters.area || (task(o) && String(task(o).areaId) === filters.area))
        .sort((a, b) => a.dueDate.localeCompare(b.dueDate) || a.id - b.id);
      const overdue = list.filter(o => o.status === 'OVERDUE');
      const done = list.filter(o => finished(o.status)).reverse();
      const open = list.filter(o => !finished(o.status) && o.status !== 'OVERDUE');
      const soon = open.filter(o => daysBetween(todayIso, o.dueDate) <= SOON_DAYS);
      const later = open.filter(o => daysBetween(todayIso, o.dueDate) > SOON_DAYS);
      results.replaceChildren(
        h('p', { class: 'summary' }, `${list.length} kỳ hạn` + (filters.q ? ` khớp “${filters.q}”` : '') + ` · hôm nay ${date(todayIso)}`),
        section('g-overdue', 'Quá hạn', overdue, 'Không có việc quá hạn.', task, todayIso),
        section('g-soon', 'Đến hạn trong 14 ngày', soon, 'Không có việc đến hạn trong 14 ngày tới.', task, todayIso),
        section('g-later', 'Chưa đến hạn', later, 'Không có.', task, todayIso),
        section('g-done', 'Đã hoàn thành', done, 'Chưa có việc hoàn thành.', task, todayIso));
    } catch (e) {
      if (mine === run) results.replaceChildren(message('error', e.message));
    }
  }
  form.addEventListener('submit', e => { e.preventDefault(); refresh(); });
  yearSelect.addEventListener('change', refresh);
  areaSelect.addEventListener('change', () => { showAreaAgencies(); refresh(); });
  main.replaceChildren(h('h1', {}, 'Việc của tôi'), h('p', { class: 'lead' }, who.agency ? who.agency.name : ''), form, areaAgencies, results);
  await refresh();
}
