// The back office's and the portal's charts (ECharts). Each page writes its figures as a JSON data
// block, <script type="application/json" data-chart="kind">, which is never run: so the pages need
// no inline script and the Content-Security-Policy allows none.
(function () {
  const percent = digits => p => p.value.toLocaleString(document.documentElement.lang || 'vi',
    { minimumFractionDigits: digits, maximumFractionDigits: digits }) + ' %';
  const draw = {
    // the statistics dashboard: dossiers per month, and units ranked by their on-time rate
    dashboard: d => {
      echarts.init(document.getElementById('trend-chart')).setOption({
        title: { text: d.t.trend, textStyle: { fontSize: 14 } }, tooltip: { trigger: 'axis' },
        legend: { bottom: 0 }, grid: { left: 40, right: 10, top: 40, bottom: 50 },
        xAxis: { type: 'category', data: d.trend.labels }, yAxis: { type: 'value', minInterval: 1 },
        series: [
          { name: d.t.received, type: 'line', data: d.trend.received },
          { name: d.t.onTime, type: 'bar', stack: 'resolved', data: d.trend.onTime, itemStyle: { color: '#198754' } },
          { name: d.t.late, type: 'bar', stack: 'resolved', data: d.trend.late, itemStyle: { color: '#dc3545' } }
        ]
      });
      echarts.init(document.getElementById('ranking-chart')).setOption({
        title: { text: d.t.ranking, textStyle: { fontSize: 14 } }, tooltip: {},
        grid: { left: 130, right: 60, top: 40, bottom: 20 }, // room for «100,0 %» right of a full bar
        xAxis: { type: 'value', max: 100 }, yAxis: { type: 'category', inverse: true, data: d.ranking.labels },
        series: [{ type: 'bar', data: d.ranking.rates, itemStyle: { color: '#0d6efd' },
          label: { show: true, position: 'right', formatter: percent(1) } }]
      });
    },
    // a unit's PAR assessment: points per area against the area's maximum
    'par-radar': d => echarts.init(document.getElementById('par-radar')).setOption({
      tooltip: {},
      radar: { radius: '65%', indicator: d.areas.map(x => ({
        name: x.code + '. ' + (x.title.length > 28 ? x.title.slice(0, 27) + '…' : x.title), max: x.maxPoints || 1 })) },
      series: [{ type: 'radar', data: [{ value: d.areas.map(x => x.points), name: d.unitName }], areaStyle: { opacity: 0.2 } }]
    }),
    // a PAR set's ranking of units by their index (the set's page and the portal's)
    'par-ranking': d => echarts.init(document.getElementById('par-ranking-chart')).setOption({
      tooltip: {}, grid: { left: 140, right: 60, top: 10, bottom: 20 },
      xAxis: { type: 'value', min: 0 }, yAxis: { type: 'category', inverse: true, data: d.labels },
      series: [{ type: 'bar', data: d.indices, itemStyle: { color: '#0d6efd' },
        label: { show: true, position: 'right', formatter: percent(2) } }]
    }),
    // the leaders' overview of tasks: each unit's share done on time
    'task-overview': d => echarts.init(document.getElementById('overview-chart')).setOption({
      grid: { left: 150, right: 60, top: 10, bottom: 30 },
      xAxis: { type: 'value', max: 100, axisLabel: { formatter: '{value} %' } },
      yAxis: { type: 'category', inverse: true, data: d.labels },
      series: [{ type: 'bar', data: d.rates, label: { show: true, position: 'right', formatter: '{c} %' } }]
    })
  };
  document.addEventListener('DOMContentLoaded', () => {
    if (typeof echarts === 'undefined') {
      return;
    }
    document.querySelectorAll('script[type="application/json"][data-chart]').forEach(block => {
      const kind = draw[block.dataset.chart];
      if (kind) {
        kind(JSON.parse(block.textContent));
      }
    });
  });
})();
