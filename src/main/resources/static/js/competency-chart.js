// The competency profile's chart: the monthly mean level (1–5) of each core competency,
// drawn by Chart.js from the data the page carries in data-chart (no inline script).
(function () {
	document.querySelectorAll('canvas[data-chart]').forEach(function (canvas) {
		var data = JSON.parse(canvas.getAttribute('data-chart'));
		// eslint-disable-next-line no-undef
		new Chart(canvas, {
			type: 'line',
			data: data,
			options: {
				responsive: true,
				maintainAspectRatio: false,
				animation: false,
				scales: { y: { min: 1, max: 5, ticks: { stepSize: 1 } } },
				plugins: { legend: { position: 'bottom' } }
			}
		});
	});
})();
