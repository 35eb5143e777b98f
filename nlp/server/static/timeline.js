/* Events timeline: stacked bars of events per period and type (Chart.js, vendored). */
"use strict";
(function () {
  var el = document.getElementById("timeline-data");
  var canvas = document.getElementById("timeline");
  if (!el || !canvas || typeof Chart === "undefined") return;
  var data = JSON.parse(el.textContent);
  data.datasets.forEach(function (d) { d.label = d.label.replace(/_/g, " "); d.borderWidth = 0; });
  new Chart(canvas, {
    type: "bar",
    data: { labels: data.labels, datasets: data.datasets },
    options: {
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      interaction: { mode: "index", intersect: false },
      plugins: { legend: { position: "bottom" },
                 tooltip: { filter: function (item) { return item.raw > 0; } } },
      scales: { x: { stacked: true, grid: { display: false } },
                y: { stacked: true, beginAtZero: true, ticks: { precision: 0 }, title: { display: true, text: "events" } } },
      onClick: function (evt, elements) {
        // Clicking a bar filters the table to that period.
        if (!elements.length) return;
        var label = data.labels[elements[0].index];
        var params = new URLSearchParams(window.location.search);
        params.set("since", label); params.set("until", label);
        window.location.search = params.toString();
      }
    }
  });
})();
