// Draws the dashboard's charts from the JSON each section carries; SVG, so that they print sharply.
(function () {
  if (typeof echarts === 'undefined') {
    return;
  }
  var wall = document.body.classList.contains('wall');
  var text = wall ? '#e6edf3' : '#1f2328';
  document.querySelectorAll('script.dash-data').forEach(function (node) {
    var s = JSON.parse(node.textContent);
    var first = s.tiles[0].key;
    var second = s.tiles.length > 1 ? s.tiles[1].key : first;
    function chart(id, option) {
      var el = document.getElementById(id + '-' + s.kind);
      if (!el) {
        return;
      }
      var c = echarts.init(el, null, { renderer: 'svg' });
      option.textStyle = { color: text };
      option.title = { text: s.titles[id], left: 'center', textStyle: { color: text, fontSize: 14 } };
      option.grid = Object.assign({ top: 50 }, option.grid || {});
      option.animation = !window.matchMedia('print').matches;
      c.setOption(option);
      window.addEventListener('resize', function () { c.resize(); });
      c.on('click', function (p) {
        var link = p.data && p.data.link;
        if (link) {
          window.location.href = link;
        }
      });
    }
    function bars(slices, key) {
      return slices.map(function (x) { return { value: x.values[key], link: x.link }; });
    }
    chart('trend', {
      tooltip: { trigger: 'axis' },
      legend: { data: [s.names[first], s.names[second]], textStyle: { color: text }, top: 24 },
      xAxis: { type: 'category', data: s.months.map(function (m) { return m.label; }) },
      yAxis: { type: 'value' },
      series: [
        { name: s.names[first], type: 'line', data: bars(s.months, first) },
        { name: s.names[second], type: 'line', data: bars(s.months, second) }
      ]
    });
    chart('category', {
      tooltip: {},
      grid: { left: 110 },
      xAxis: { type: 'value' },
      yAxis: { type: 'category', data: s.categories.map(function (c) { return c.label; }).reverse() },
      series: [{ name: s.names[first], type: 'bar', data: bars(s.categories, first).reverse() }]
    });
    chart('channel', {
      tooltip: { trigger: 'item' },
      series: [{ name: s.names[first], type: 'pie', radius: '60%',
        label: { color: text, textBorderWidth: 0 },
        data: s.channels.map(function (c) { return { name: c.label, value: c.values[first], link: c.link }; }) }]
    });
    chart('child', {
      tooltip: {},
      xAxis: { type: 'category', data: s.children.map(function (c) { return c.label; }), axisLabel: { rotate: 30 } },
      yAxis: { type: 'value' },
      series: [{ name: s.names[first], type: 'bar', data: bars(s.children, first) }]
    });
  });
})();
