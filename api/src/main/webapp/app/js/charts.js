// Charts with uPlot (from its WebJar), loaded only when a chart is first shown so that the officials' screens
// never download it. The version here is the WebJar's in the parent POM (uplot.version).
const UPLOT = '/webjars/uplot/1.6.30/dist/';
let loading = null;

function load() {
  if (!loading) {
    loading = new Promise((resolve, reject) => {
      const css = document.createElement('link');
      css.rel = 'stylesheet';
      css.href = UPLOT + 'uPlot.min.css';
      document.head.append(css);
      const script = document.createElement('script');
      script.src = UPLOT + 'uPlot.iife.min.js';
      script.onload = () => resolve(window.uPlot);
      script.onerror = () => { loading = null; reject(new Error('Không tải được thư viện biểu đồ.')); };
      document.head.append(script);
    });
  }
  return loading;
}

/** A line chart of one series over years, as wide as its container. */
export async function lineChart(container, years, values, label, range) {
  if (!years.length) {
    container.textContent = 'Chưa có số liệu.';
    return;
  }
  const uPlot = await load();
  const width = Math.max(260, container.clientWidth || 300);
  const options = {
    width, height: 200,
    scales: { x: { time: false }, y: { range } },
    axes: [{ values: (u, ticks) => ticks.map(t => Number.isInteger(t) ? String(t) : '') }, {}],
    legend: { show: false },
    series: [{ label: 'Năm' }, { label, stroke: '#8b1d1d', width: 2, points: { size: 6, fill: '#8b1d1d' } }],
  };
  container.replaceChildren();
  new uPlot(options, [years, values], container);
}

/**
 * Several series over the same x values (the months of a year), each with its colour; the legend names them.
 * `label(x)` writes an x value on the axis.
 */
export async function seriesChart(container, xs, series, label) {
  if (!xs.length) {
    container.textContent = 'Chưa có số liệu.';
    return;
  }
  const uPlot = await load();
  const width = Math.max(260, container.clientWidth || 300);
  const options = {
    width, height: 220,
    scales: { x: { time: false }, y: { range: (u, min, max) => [0, Math.max(1, Math.ceil(max * 1.1))] } },
    axes: [{ values: (u, ticks) => ticks.map(t => Number.isInteger(t) ? label(t) : '') }, {}],
    series: [{ label: 'Tháng', value: (u, v) => v === null || v === undefined ? '' : label(v) },
      ...series.map(s => ({ label: s.label, stroke: s.stroke, width: 2, points: { size: 5, fill: s.stroke } }))],
  };
  container.replaceChildren();
  new uPlot(options, [xs, ...series.map(s => s.values)], container);
}
