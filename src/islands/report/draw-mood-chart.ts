/**
 * Draws the patience line with chart.js, importing only what a line chart needs (no plugins
 * beyond the tooltip). Loaded on demand by MoodChart, so the rest of the report shows first.
 */
import { Chart, LineController, LineElement, LinearScale, PointElement, Tooltip } from 'chart.js';
import type { TimelinePoint } from '../../schemas/attempt.ts';
import type { Mood } from '../../schemas/mood.ts';

Chart.register(LineController, LineElement, PointElement, LinearScale, Tooltip);

export interface MoodChartLabels {
  axis: string;
  seconds: string;
  patience: string;
  cause: Record<TimelinePoint['cause'], string>;
}

const cssVar = (name: string, fallback: string): string =>
  getComputedStyle(document.documentElement).getPropertyValue(name).trim() || fallback;

/** Draws on `canvas`; returns a function that destroys the chart. */
export function drawMoodChart(canvas: HTMLCanvasElement, timeline: readonly TimelinePoint[], labels: MoodChartLabels): () => void {
  const t0 = timeline[0]?.t ?? 0;
  const colour: Record<Mood, string> = {
    满意: cssVar('--ok', '#11693a'),
    平静: cssVar('--info', '#0a5bb5'),
    不耐烦: cssVar('--warn', '#8a5300'),
    生气: cssVar('--bad', '#b42318'),
  };
  const fg = cssVar('--fg-soft', '#4e5969');
  const grid = cssVar('--border', '#dcdfe6');
  const reduced = matchMedia('(prefers-reduced-motion: reduce)').matches;
  const chart = new Chart(canvas, {
    type: 'line',
    data: {
      datasets: [
        {
          label: labels.patience,
          data: timeline.map((p) => ({ x: Math.round((p.t - t0) / 100) / 10, y: p.patience })),
          borderColor: fg,
          borderWidth: 2,
          pointRadius: 5,
          pointBackgroundColor: timeline.map((p) => colour[p.mood]),
          pointBorderColor: timeline.map((p) => colour[p.mood]),
          stepped: false,
          tension: 0,
        },
      ],
    },
    options: {
      animation: reduced ? false : undefined,
      maintainAspectRatio: false,
      parsing: false,
      scales: {
        x: { type: 'linear', title: { display: true, text: labels.seconds, color: fg }, ticks: { color: fg }, grid: { color: grid } },
        y: { min: 0, max: 100, ticks: { stepSize: 25, color: fg }, title: { display: true, text: labels.axis, color: fg }, grid: { color: grid } },
      },
      plugins: {
        tooltip: {
          callbacks: {
            label: (item) => {
              const point = timeline[item.dataIndex];
              return point ? `${point.mood} · ${labels.patience} ${point.patience} · ${labels.cause[point.cause]}` : '';
            },
          },
        },
      },
    },
  });
  return () => chart.destroy();
}
