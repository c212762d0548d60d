// The scoreboard's two charts, drawn by the vendored Apache ECharts from the page's json_script data.
(function () {
  "use strict";
  var source = document.getElementById("chart-data");
  if (!source || !window.echarts) return;
  var data = JSON.parse(source.textContent);
  var charts = [];

  function draw(id, option, height) {
    var el = document.getElementById(id);
    if (!el) return;
    if (height) el.style.height = height + "px";
    var chart = window.echarts.init(el, null, { renderer: "svg" });
    chart.setOption(option);
    charts.push(chart);
  }

  // Completion and on-time rates by unit, as horizontal bars: unit names stay readable on a phone.
  var units = data.units.slice().reverse();
  draw("chart-units", {
    animation: false,
    tooltip: { trigger: "axis", valueFormatter: function (v) { return v == null ? "—" : v + "%"; } },
    legend: { data: ["完成率", "按期办结率"], top: 0 },
    grid: { left: 8, right: 36, top: 32, bottom: 8, containLabel: true },
    xAxis: { type: "value", min: 0, max: 100, axisLabel: { formatter: "{value}%" } },
    yAxis: { type: "category", data: units, axisLabel: { width: 96, overflow: "truncate" } },
    series: [
      { name: "完成率", type: "bar", data: data.completion.slice().reverse(), itemStyle: { color: "#1a7f37" },
        label: { show: true, position: "right", formatter: "{c}%" } },
      { name: "按期办结率", type: "bar", data: data.on_time.slice().reverse(), itemStyle: { color: "#0b57d0" },
        label: { show: true, position: "right", formatter: "{c}%" } }
    ]
  }, Math.max(220, 56 * units.length + 60));

  draw("chart-lights", {
    animation: false,
    tooltip: { trigger: "item", formatter: "{b}：{c}项（{d}%）" },
    legend: { bottom: 0 },
    series: [{
      type: "pie", radius: ["35%", "65%"], center: ["50%", "45%"],
      data: data.lights.filter(function (d) { return d.value > 0; }),
      label: { formatter: "{b}\n{c}项" }
    }]
  });

  window.addEventListener("resize", function () {
    charts.forEach(function (chart) { chart.resize(); });
  });
})();
