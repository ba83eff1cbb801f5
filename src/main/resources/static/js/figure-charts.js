// Draws a chart from a figures table (the table stays as the accessible view):
// <table id="t" data-chart="stacked|bar|doughnut"> with <th data-label> column heads and
// <tr data-series> rows whose <td data-value> cells hold the numbers, and a
// <canvas data-chart-for="t">. Chart.js is loaded by the page. A bar chart with at least as
// many rows as measures puts the rows along its axis.
(function () {
  'use strict';
  var palette = ['#1f6f8b', '#99a8b2', '#e6a157', '#5b8c5a', '#c8553d', '#6c5b7b', '#355c7d'];

  function draw(canvas) {
    var table = document.getElementById(canvas.getAttribute('data-chart-for'));
    if (!table || typeof Chart === 'undefined') {
      return;
    }
    var kind = table.getAttribute('data-chart') || 'bar';
    var labels = Array.prototype.map.call(table.querySelectorAll('thead th[data-label]'), function (th) {
      return th.textContent.trim();
    });
    var datasets = Array.prototype.map.call(table.querySelectorAll('tbody tr[data-series]'), function (tr, i) {
      var values = Array.prototype.map.call(tr.querySelectorAll('td[data-value]'), function (td) {
        return Number(td.getAttribute('data-value'));
      });
      return {
        label: tr.querySelector('th').textContent.trim(),
        data: values,
        backgroundColor: kind === 'doughnut' ? palette : palette[i % palette.length]
      };
    });
    // as many rows as measures or more (departments, years, award types against one or
    // two counts): the rows go along the axis and each measure is a series; otherwise
    // (programs against many statuses) each row is a series
    if (kind !== 'doughnut' && datasets.length >= labels.length) {
      var measures = labels;
      labels = datasets.map(function (d) { return d.label; });
      datasets = measures.map(function (measure, i) {
        return {
          label: measure,
          data: datasets.map(function (d) { return d.data[i]; }),
          backgroundColor: palette[i % palette.length]
        };
      });
    }
    var stacked = kind === 'stacked';
    new Chart(canvas, {
      type: kind === 'doughnut' ? 'doughnut' : 'bar',
      data: { labels: labels, datasets: datasets },
      options: {
        responsive: true,
        // a chart in a box of fixed height (the annual report's, full width or half)
        // keeps that height instead of growing with the width
        maintainAspectRatio: !canvas.parentElement.classList.contains('cg-chart-box'),
        animation: false,
        plugins: { legend: { position: 'bottom' },
                   title: { display: !!table.getAttribute('data-chart-title'), text: table.getAttribute('data-chart-title') } },
        scales: kind === 'doughnut' ? {} : {
          x: { stacked: stacked },
          y: { stacked: stacked, beginAtZero: true, ticks: { precision: 0 } }
        }
      }
    });
  }

  document.querySelectorAll('canvas[data-chart-for]').forEach(draw);
})();
