// Draws each progress chart from the JSON beside its canvas: one line per respondent over weeks since the first
// answer; points in a disagreement are drawn as large red-edged triangles. The table on the page holds the same data.
(function () {
  'use strict';
  if (typeof Chart === 'undefined') { return; }
  var styles = {
    citizen: { color: '#0059b3', dash: [], point: 'circle' },
    mentor: { color: '#8a4500', dash: [6, 4], point: 'rect' },
    caseworker: { color: '#1e6b24', dash: [2, 3], point: 'rectRot' }
  };
  var red = '#a0001c';
  document.querySelectorAll('canvas[data-chart]').forEach(function (canvas) {
    var data = JSON.parse(document.getElementById(canvas.getAttribute('data-chart')).textContent);
    var datasets = data.series.map(function (s) {
      var style = styles[s.respondent];
      return {
        label: s.label,
        data: s.points,
        borderColor: style.color,
        backgroundColor: style.color,
        borderDash: style.dash,
        pointStyle: s.points.map(function (p) { return p.disagree ? 'triangle' : style.point; }),
        pointRadius: s.points.map(function (p) { return p.disagree ? 9 : 4; }),
        pointBorderColor: s.points.map(function (p) { return p.disagree ? red : style.color; }),
        pointBorderWidth: s.points.map(function (p) { return p.disagree ? 3 : 1; })
      };
    });
    new Chart(canvas, {
      type: 'line',
      data: { datasets: datasets },
      options: {
        maintainAspectRatio: false,
        animation: false,
        scales: {
          x: { type: 'linear', min: 0, title: { display: true, text: 'Uger siden første måling' } },
          y: { min: 1, max: 10, ticks: { stepSize: 1 }, title: { display: true, text: 'Svar (1–10)' } }
        },
        plugins: {
          tooltip: {
            callbacks: {
              label: function (ctx) {
                return ctx.dataset.label + ': ' + ctx.raw.y + ' (' + ctx.raw.date + ')' + (ctx.raw.disagree ? ' – uenighed' : '');
              }
            }
          }
        }
      }
    });
  });
})();

// Grouped bar charts (a job centre's average change, the national overview) from the JSON named by data-bars.
(function () {
  'use strict';
  if (typeof Chart === 'undefined') { return; }
  var colors = { citizen: '#0059b3', mentor: '#8a4500', caseworker: '#1e6b24' };
  document.querySelectorAll('canvas[data-bars]').forEach(function (canvas) {
    var data = JSON.parse(document.getElementById(canvas.getAttribute('data-bars')).textContent);
    new Chart(canvas, {
      type: 'bar',
      data: {
        labels: data.labels,
        datasets: data.series.map(function (s) {
          var color = s.color || colors[s.respondent];
          return { label: s.label, data: s.values, backgroundColor: color, borderColor: color };
        })
      },
      options: {
        maintainAspectRatio: false,
        animation: false,
        scales: { y: { beginAtZero: true, title: { display: true, text: data.yTitle || 'Point siden første måling' } } }
      }
    });
  });
})();
