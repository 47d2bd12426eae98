// Sở Nội vụ's overview: counts per area and per agency, agencies ranked by overdue, on-time rate per year,
// indicators against targets, the PAR INDEX history, extension requests to decide, the yearly XLSX report.
// Every figure comes from the server's dashboards; no list of occurrences is downloaded.
import * as api from './api.js';
import { hasRole, showOffline } from './main.js';
import { h, date, instant, message, toast, number, today } from './format.js';
import { lineChart, seriesChart } from './charts.js';
import { refusal } from './forms.js';

const ORDER = ['OVERDUE', 'DUE_SOON', 'NOT_YET_DUE', 'FINISHED_LATE', 'FINISHED_ON_TIME', 'FINISHED_EARLY'];
const LABEL = {
  OVERDUE: 'Quá hạn', DUE_SOON: 'Sắp đến hạn', NOT_YET_DUE: 'Chưa đến hạn', FINISHED_LATE: 'Xong trễ hạn',
  FINISHED_ON_TIME: 'Xong đúng hạn', FINISHED_EARLY: 'Xong trước hạn',
};
const choice = { plan: null, year: null };

function percent(rate) { return rate === null || rate === undefined ? '—' : number(rate * 100, 1) + '%'; }

/** Per-status counts as a table, with a stacked bar per row drawn from the same numbers. */
function statusTable(id, caption, rows, nameHeader) {
  const bar = row => {
    const el = h('div', { class: 'stack', 'aria-hidden': 'true' });
    for (const s of ORDER) {
      const n = row.counts[s] || 0;
      if (!n) continue;
      const part = h('span', { class: 'seg seg-' + s.toLowerCase() });
      part.style.width = (100 * n / Math.max(1, row.total)) + '%';
      el.append(part);
    }
    return el;
  };
  return h('div', { class: 'table-wrap' }, h('table', { id, class: 'status-table' },
    h('caption', {}, caption),
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, nameHeader), ORDER.map(s => h('th', { scope: 'col' }, LABEL[s])),
      h('th', { scope: 'col' }, 'Xong có minh chứng'), h('th', { scope: 'col' }, 'Tổng'), h('th', { scope: 'col' }, 'Tỉ lệ đúng hạn'), h('th', { scope: 'col', class: 'bar-col' }, 'Biểu đồ'))),
    h('tbody', {}, rows.map(r => h('tr', { dataset: { id: r.id } }, h('th', { scope: 'row' }, r.name), ORDER.map(s => h('td', { class: 'num' }, r.counts[s] || 0)),
      h('td', { class: 'num evidence' }, r.finishedWithEvidence || 0), h('td', { class: 'num' }, r.total), h('td', { class: 'num' }, percent(r.onTimeRate)), h('td', { class: 'bar-col' }, bar(r)))))));
}

function legend() {
  return h('ul', { class: 'legend', 'aria-hidden': 'true' }, ORDER.map(s => h('li', {}, h('span', { class: 'seg seg-' + s.toLowerCase() }), LABEL[s])));
}

async function extensionsSection() {
  const section = h('section', { class: 'card', 'aria-labelledby': 'd-ext' }, h('h2', { id: 'd-ext' }, 'Đề nghị gia hạn chờ quyết định'));
  const pending = await api.all('extensions?status=PENDING', 200);
  if (!pending.items.length) {
    section.append(h('p', { class: 'empty' }, 'Không có đề nghị nào đang chờ.'));
    return section;
  }
  const list = h('ul', { class: 'plain decisions' });
  for (const x of pending.items) {
    const ref = h('input', { id: 'ref-' + x.id, name: 'reference', required: true, maxlength: 255, placeholder: 'Số văn bản quyết định' });
    const status = h('div', { class: 'form-status' });
    const decide = async decision => {
      status.replaceChildren();
      if (!ref.value.trim()) { status.append(message('error', 'Hãy ghi số văn bản quyết định.')); ref.focus(); return; }
      try {
        const current = await api.get('extensions/' + x.id);
        await api.send('POST', `extensions/${x.id}/decision`, { decision, reference: ref.value.trim() }, current.etag);
        li.replaceChildren(message('ok', (decision === 'APPROVE' ? 'Đã đồng ý gia hạn' : 'Đã không đồng ý gia hạn')
          + ` kỳ ${x.occurrenceId} đến ${date(x.newDueDate)} (${ref.value.trim()}).`));
      } catch (e) {
        status.append(e.stale ? message('error', 'Đề nghị vừa được người khác quyết định; hãy tải lại trang.')
          : refusal(li, e, { reference: ['Số văn bản quyết định', 'ref-' + x.id] }));
      }
    };
    const li = h('li', { class: 'card decision', id: 'ext-' + x.id },
      h('p', {}, h('a', { href: '#/ky/' + x.occurrenceId }, 'Kỳ ' + x.occurrenceId), `: từ ${date(x.oldDueDate)} đến `, h('strong', {}, date(x.newDueDate)),
        ' — ' + x.reason + ' (gửi lúc ' + instant(x.requestedAt) + ')'),
      status,
      h('label', { for: 'ref-' + x.id }, 'Số văn bản quyết định'), ref,
      hasRole('admin') ? h('div', { class: 'actions' },
        h('button', { type: 'button', class: 'primary', onclick: () => decide('APPROVE') }, 'Đồng ý'),
        h('button', { type: 'button', onclick: () => decide('REJECT') }, 'Không đồng ý')) : null);
    list.append(li);
  }
  section.append(list);
  return section;
}

export async function render(main, args, isCurrent) {
  document.title = 'Tổng quan — CCHC Lai Châu';
  const started = performance.now();
  main.replaceChildren(h('h1', {}, 'Tổng quan kế hoạch'), h('p', { class: 'loading' }, 'Đang tải…'));
  const plans = (await api.all('plans')).items;
  if (!plans.length) { main.replaceChildren(h('h1', {}, 'Tổng quan kế hoạch'), message('info', 'Chưa có kế hoạch.')); return; }
  const thisYear = Number(today().slice(0, 4));
  if (!choice.plan || !plans.some(p => p.id === choice.plan)) {
    const plan = plans.find(p => p.firstYear <= thisYear && thisYear <= p.lastYear) || plans[plans.length - 1];
    choice.plan = plan.id;
    choice.year = Math.min(Math.max(thisYear, plan.firstYear), plan.lastYear);
  }
  const plan = plans.find(p => p.id === choice.plan);
  const planSelect = h('select', { id: 'd-plan' }, plans.map(p => h('option', { value: p.id, selected: p.id === plan.id }, p.number + ' (' + p.firstYear + '–' + p.lastYear + ')')));
  const years = [];
  for (let y = plan.firstYear; y <= plan.lastYear; y++) years.push(y);
  const yearSelect = h('select', { id: 'd-year' }, years.map(y => h('option', { value: y, selected: y === choice.year }, y)));
  planSelect.addEventListener('change', () => { choice.plan = Number(planSelect.value); choice.year = null; const p = plans.find(x => x.id === choice.plan); choice.year = p.lastYear; render(main, args, isCurrent); });
  yearSelect.addEventListener('change', () => { choice.year = Number(yearSelect.value); render(main, args, isCurrent); });
  const reportButton = h('button', { type: 'button', id: 'd-report' }, 'Tải báo cáo năm ' + choice.year + ' (XLSX)');
  reportButton.addEventListener('click', async () => {
    try {
      const name = await api.download(`reports/plans/${plan.id}/years/${choice.year}`, `bao-cao-${choice.year}.xlsx`);
      toast('Đã tải ' + name);
    } catch (e) { toast(e.message); }
  });

  const base = `dashboards/plans/${plan.id}/years/${choice.year}`;
  const [byArea, byAgency, overdue, indicators, rates, par, months] = await Promise.all([
    api.get(base + '/status?by=area'), api.get(base + '/status?by=agency'), api.get(base + '/overdue'),
    api.get(base + '/indicators'), api.get(`dashboards/plans/${plan.id}/on-time-rates`), api.get('dashboards/par-index'),
    api.get(base + '/months'),
  ]);
  if (!isCurrent()) return;
  showOffline(byArea.cachedAt);

  const totals = {};
  for (const r of byArea.data.rows) for (const [s, n] of Object.entries(r.counts)) totals[s] = (totals[s] || 0) + n;
  const total = Object.values(totals).reduce((a, b) => a + b, 0);
  const withEvidence = byArea.data.rows.reduce((n, r) => n + (r.finishedWithEvidence || 0), 0);
  const tiles = h('ul', { class: 'tiles', id: 'd-tiles' },
    h('li', {}, h('span', { class: 'big' }, number(total)), 'kỳ hạn năm ' + choice.year),
    ORDER.map(s => h('li', { class: 'tile-' + s.toLowerCase() }, h('span', { class: 'big' }, number(totals[s] || 0)), LABEL[s])),
    h('li', { class: 'tile-evidence', id: 'd-evidence' }, h('span', { class: 'big' }, number(withEvidence)), 'Xong có minh chứng'));

  // per month of the plan year: due, done, done with evidence, overdue — counted by the server
  const m = months.data;
  const monthChart = h('div', { class: 'chart', id: 'chart-months', role: 'img', 'aria-label': 'Theo tháng đến hạn năm ' + choice.year + ': '
    + m.months.map(x => `tháng ${x.month}: ${x.due} đến hạn, ${x.finished} hoàn thành, ${x.overdue} quá hạn`).join('; ') });
  const other = m.otherYearsDue ? h('p', { class: 'summary' }, `Ngoài ra ${m.otherYearsDue} kỳ hạn của năm kế hoạch ${choice.year} có hạn trong năm khác `
    + `(${m.otherYearsFinished} hoàn thành, ${m.otherYearsFinishedWithEvidence} có minh chứng, ${m.otherYearsOverdue} quá hạn).`) : null;
  const monthTable = h('div', { class: 'table-wrap' }, h('table', { id: 'd-months' },
    h('caption', {}, 'Số kỳ hạn theo tháng đến hạn, năm ' + choice.year),
    h('thead', {}, h('tr', {}, ['Tháng', 'Đến hạn', 'Hoàn thành', 'Có minh chứng', 'Quá hạn'].map((t, i) => h('th', { scope: 'col', class: i ? 'num' : null }, t)))),
    h('tbody', {}, m.months.map(x => h('tr', {}, h('th', { scope: 'row' }, 'Tháng ' + x.month),
      [x.due, x.finished, x.finishedWithEvidence, x.overdue].map(n => h('td', { class: 'num' }, n)))))));

  const ranking = byAgency.data.rows.filter(r => (r.counts.OVERDUE || 0) > 0)
    .sort((a, b) => (b.counts.OVERDUE || 0) - (a.counts.OVERDUE || 0) || a.name.localeCompare(b.name, 'vi')).slice(0, 15);
  const rankingList = h('ol', { class: 'ranking', id: 'd-ranking' }, ranking.length
    ? ranking.map((r, i) => h('li', {}, h('span', { class: 'name' }, (i + 1) + '. ' + r.name), h('span', { class: 'num' }, (r.counts.OVERDUE || 0) + ' quá hạn')))
    : h('li', { class: 'empty' }, 'Không đơn vị nào có việc quá hạn.'));

  // on-time rate per year for the whole province, summed from the per-agency rows the server counted
  const perYear = new Map();
  for (const row of rates.data.rows) for (const y of row.years) {
    const t = perYear.get(y.year) || { onTime: 0, late: 0, overdue: 0 };
    t.onTime += y.onTime; t.late += y.late; t.overdue += y.overdue;
    perYear.set(y.year, t);
  }
  const rateYears = [...perYear.keys()].sort();
  const rateValues = rateYears.map(y => { const t = perYear.get(y); const d = t.onTime + t.late + t.overdue; return d ? Math.round(1000 * t.onTime / d) / 10 : null; });
  const rateChart = h('div', { class: 'chart', id: 'chart-rate', role: 'img', 'aria-label': 'Tỉ lệ đúng hạn theo năm: ' + rateYears.map((y, i) => y + ' ' + (rateValues[i] ?? '—') + '%').join(', ') });

  const parYears = par.data.years || [];
  const parChart = h('div', { class: 'chart', id: 'chart-par', role: 'img', 'aria-label': 'Điểm PAR INDEX theo năm: ' + parYears.map(y => y.year + ' ' + y.score).join(', ') });

  const ind = indicators.data;
  // a target "cao hơn năm trước" is the year before's value, absent while that year has none
  const lastYear = choice.year - 1;
  const target = i => {
    const known = i.target !== undefined && i.target !== null;
    if (i.comparison === 'ABOVE_LAST_YEAR') {
      return h('td', { class: 'in-words' }, known ? `cao hơn ${number(i.target, 2)}${i.unit ? ' ' + i.unit : ''} (năm ${lastYear})`
        : `cao hơn năm ${lastYear} (năm ${lastYear} chưa có số liệu)`);
    }
    return h('td', { class: 'num' }, known ? (i.symbol || '') + ' ' + number(i.target, 2) + ' ' + (i.unit || '') : '—');
  };
  const indicatorTable = h('div', { class: 'table-wrap' }, h('table', { id: 'd-indicators' },
    h('caption', {}, `Chỉ tiêu năm ${choice.year}: ${ind.met} đạt, ${ind.behind.length} chưa đạt, ${ind.notReported.length} chưa báo cáo`),
    h('thead', {}, h('tr', {}, ['Chỉ tiêu', 'Mục tiêu', 'Thực hiện', 'Còn thiếu', 'Mức đạt'].map(t => h('th', { scope: 'col' }, t)))),
    h('tbody', {}, [...ind.behind, ...ind.notReported].map(i => {
      const reached = i.actual !== undefined && i.actual !== null && Number(i.target) > 0 ? Math.min(100, 100 * Number(i.actual) / Number(i.target)) : 0;
      const meter = h('span', { class: 'meter', 'aria-hidden': 'true' }, h('span', {}));
      meter.firstChild.style.width = reached + '%';
      return h('tr', {}, h('th', { scope: 'row' }, i.code + ' — ' + i.description),
        target(i),
        h('td', { class: 'num' }, i.actual !== undefined && i.actual !== null ? number(i.actual, 2) : 'chưa báo cáo'),
        h('td', { class: 'num' }, i.shortfall !== undefined && i.shortfall !== null ? number(i.shortfall, 2) : '—'),
        h('td', {}, meter));
    }))));

  const controls = h('form', { class: 'filters', 'aria-label': 'Chọn kế hoạch và năm' },
    h('div', { class: 'field' }, h('label', { for: 'd-plan' }, 'Kế hoạch'), planSelect),
    h('div', { class: 'field' }, h('label', { for: 'd-year' }, 'Năm kế hoạch'), yearSelect),
    reportButton);
  controls.addEventListener('submit', e => e.preventDefault());

  main.replaceChildren(
    h('h1', {}, 'Tổng quan kế hoạch'),
    h('p', { class: 'lead' }, plan.title + ' — số liệu đến ngày ' + date(byArea.data.today)),
    controls, tiles, legend(),
    h('section', { class: 'card', 'aria-labelledby': 'd-area-h' }, h('h2', { id: 'd-area-h' }, 'Theo lĩnh vực'),
      statusTable('d-area', 'Số kỳ hạn theo lĩnh vực và trạng thái', byArea.data.rows, 'Lĩnh vực')),
    h('section', { class: 'card', 'aria-labelledby': 'd-month-h' }, h('h2', { id: 'd-month-h' }, 'Theo tháng đến hạn'), monthChart, other,
      h('details', {}, h('summary', {}, 'Bảng số liệu theo tháng'), monthTable)),
    h('div', { class: 'grid' },
      h('section', { class: 'card', 'aria-labelledby': 'd-rank-h' }, h('h2', { id: 'd-rank-h' }, 'Xếp hạng đơn vị theo số việc quá hạn'), rankingList),
      h('section', { class: 'card', 'aria-labelledby': 'd-rate-h' }, h('h2', { id: 'd-rate-h' }, 'Tỉ lệ hoàn thành đúng hạn theo năm'), rateChart),
      h('section', { class: 'card', 'aria-labelledby': 'd-par-h' }, h('h2', { id: 'd-par-h' }, 'Lịch sử Chỉ số CCHC (PAR INDEX)'), parChart,
        h('ul', { class: 'plain', id: 'd-par' }, parYears.map(y => h('li', {}, `${y.year}: ${number(y.score, 2)}/${number(y.maxScore, 2)} điểm` + (y.rank ? `, hạng ${y.rank}/${y.rankedOutOf}` : ', chưa rõ thứ hạng')))))),
    await extensionsSection(),
    h('section', { class: 'card', 'aria-labelledby': 'd-ind-h' }, h('h2', { id: 'd-ind-h' }, 'Chỉ tiêu so với mục tiêu'), indicatorTable),
    h('section', { class: 'card', 'aria-labelledby': 'd-agency-h' }, h('h2', { id: 'd-agency-h' }, 'Theo đơn vị'),
      statusTable('d-agency', 'Số kỳ hạn theo đơn vị và trạng thái', byAgency.data.rows.slice().sort((a, b) => b.total - a.total), 'Đơn vị')),
    h('section', { class: 'card', 'aria-labelledby': 'd-over-h' }, h('h2', { id: 'd-over-h' }, 'Việc quá hạn lâu nhất'),
      h('ul', { class: 'plain' }, overdue.data.items.slice(0, 20).map(i => h('li', {}, h('a', { href: '#/ky/' + i.occurrenceId }, i.taskCode + ' ' + i.task),
        ` — ${i.agency}, hạn ${date(i.dueDate)}, quá ${i.daysOverdue} ngày`)))));

  // how long the dashboard took to show, for docs/web-app.md
  performance.measure('par-dashboard', { start: started, end: performance.now() });
  seriesChart(monthChart, m.months.map(x => x.month), [
    { label: 'Đến hạn', values: m.months.map(x => x.due), stroke: '#2d4a66' },
    { label: 'Hoàn thành', values: m.months.map(x => x.finished), stroke: '#1e7b34' },
    { label: 'Có minh chứng', values: m.months.map(x => x.finishedWithEvidence), stroke: '#58b86f' },
    { label: 'Quá hạn', values: m.months.map(x => x.overdue), stroke: '#b3261e' },
  ], x => 'T' + x).catch(() => {});
  lineChart(rateChart, rateYears, rateValues, 'Đúng hạn (%)', [0, 100]).catch(() => {});
  lineChart(parChart, parYears.map(y => y.year), parYears.map(y => Number(y.score)), 'Điểm', [0, 100]).catch(() => {});
}
