// Draws the dashboard's charts from the JSON the page carries; every chart's numbers are also in a table.
(function () {
  "use strict";
  function draw() {
    var source = document.getElementById("dashboard-charts");
    if (!source || !window.Chart) return;
    var charts = JSON.parse(source.textContent);
    document.querySelectorAll("canvas[data-chart]").forEach(function (canvas) {
      var spec = charts[canvas.dataset.chart];
      if (!spec) return;
      var options = { responsive: true, maintainAspectRatio: false, animation: false, plugins: { legend: { position: "bottom" } } };
      if (spec.horizontal) options.indexAxis = "y";
      if (spec.stacked) options.scales = { x: { stacked: true }, y: { stacked: true } };
      if (spec.percent) options.scales = { y: { min: 0, max: 100 } };
      spec.datasets.forEach(function (dataset) { if (spec.type === "line") { dataset.spanGaps = true; dataset.fill = false; } });
      new window.Chart(canvas, { type: spec.type, data: { labels: spec.labels, datasets: spec.datasets }, options: options });
    });
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", draw);
  else draw();
})();
