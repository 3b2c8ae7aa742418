// Impact dashboard charts. Data come from each canvas's data-chart attribute (JSON written by the server): no inline
// script under the Content-Security-Policy. Animation is off so that screenshots and print show the final chart.
(function () {
    "use strict";
    const palette = ["#0f5c6e", "#e0a100", "#7a4fa3", "#c8553d"];

    function config(data) {
        const base = {
            animation: false,
            responsive: true,
            maintainAspectRatio: false,
            plugins: { legend: { position: "bottom" } },
        };
        if (data.type === "km") {
            return {
                type: "line",
                data: {
                    datasets: data.series.map((s, i) => ({
                        label: s.label,
                        data: s.points.map((p) => ({ x: p[0], y: p[1] })),
                        stepped: "before",
                        borderColor: palette[i],
                        backgroundColor: palette[i],
                        pointRadius: 0,
                        borderWidth: 2,
                        borderDash: i === 1 ? [6, 4] : [],
                    })),
                },
                options: Object.assign(base, {
                    scales: {
                        x: { type: "linear", min: 0, title: { display: true, text: data.xLabel } },
                        y: { suggestedMin: 80, max: 100, ticks: { callback: (v) => v + " %" } },
                    },
                }),
            };
        }
        const horizontal = data.type === "hbar" || data.type === "hpercent";
        const percent = data.type === "percent" || data.type === "hpercent";
        const valueAxis = horizontal ? "x" : "y";
        return {
            type: "bar",
            data: {
                labels: data.labels,
                datasets: data.series.map((s, i) => ({
                    label: s.label,
                    data: s.data,
                    backgroundColor: palette[i % palette.length],
                })),
            },
            options: Object.assign(base, {
                indexAxis: horizontal ? "y" : "x",
                plugins: { legend: { display: data.series.length > 1, position: "bottom" } },
                scales: percent
                    ? { [valueAxis]: { min: 0, max: 100, ticks: { callback: (v) => v + " %" } } }
                    : data.type === "levels"
                        ? { y: { min: 1, max: 4, ticks: { stepSize: 1 } } }
                        : { [valueAxis]: { beginAtZero: true, ticks: { precision: 0 } } },
            }),
        };
    }

    function draw() {
        if (typeof Chart === "undefined") {
            return;
        }
        document.querySelectorAll("canvas.impact-chart[data-chart]").forEach((canvas) => {
            try {
                new Chart(canvas, config(JSON.parse(canvas.dataset.chart)));
            } catch (e) {
                canvas.closest(".chart-box").hidden = true; // the figures table below still tells everything
            }
        });
    }

    // Print with every figures table open: a reader on paper cannot click.
    window.addEventListener("beforeprint", () => {
        document.querySelectorAll("details.figures, details.method").forEach((d) => {
            d.open = true;
        });
    });
    window.addEventListener("DOMContentLoaded", draw);
})();
