/**
 * A bar chart drawn with chart.js, loaded only when the chart is shown (a dynamic import of just
 * the bar controller, so the page's first view stays light). Colours come from the site's CSS
 * variables and follow a change of light or dark mode; there is no animation. The canvas carries
 * a summary as its accessible name and points to the table that holds the same figures.
 */
import { useEffect, useRef } from 'react';

interface Props {
  labels: string[];
  values: number[];
  /** The value axis runs from 0 to this. */
  max?: number;
  /** Horizontal bars (long labels) or vertical ones (a distribution). */
  horizontal?: boolean;
  /** The accessible name: what the chart shows, in words. */
  label: string;
  /** Id of the table with the same figures. */
  describedBy: string;
  /** Per bar: 'ok', 'bad' or 'accent' colour. */
  tones?: Array<'ok' | 'bad' | 'accent'>;
}

const cssVar = (name: string): string => getComputedStyle(document.documentElement).getPropertyValue(name).trim();

export default function BarChart({ labels, values, max, horizontal = false, label, describedBy, tones }: Props) {
  const canvas = useRef<HTMLCanvasElement>(null);

  useEffect(() => {
    let chart: { destroy(): void } | null = null;
    let cancelled = false;
    const scheme = window.matchMedia('(prefers-color-scheme: dark)');
    const draw = async () => {
      const { Chart, BarController, BarElement, CategoryScale, LinearScale } = await import('chart.js');
      if (cancelled || !canvas.current) return;
      Chart.register(BarController, BarElement, CategoryScale, LinearScale);
      chart?.destroy();
      const fg = cssVar('--fg-soft');
      const grid = cssVar('--border');
      const colour = { ok: cssVar('--ok'), bad: cssVar('--bad'), accent: cssVar('--accent') };
      const valueAxis = { min: 0, max, ticks: { color: fg, precision: 0 }, grid: { color: grid } };
      const labelAxis = { ticks: { color: fg }, grid: { display: false } };
      chart = new Chart(canvas.current, {
        type: 'bar',
        data: { labels, datasets: [{ data: values, backgroundColor: values.map((_, i) => colour[tones?.[i] ?? 'accent']), borderRadius: 4 }] },
        options: {
          indexAxis: horizontal ? 'y' : 'x',
          animation: false,
          responsive: true,
          maintainAspectRatio: false,
          events: [],
          plugins: { legend: { display: false }, tooltip: { enabled: false } },
          scales: horizontal ? { x: valueAxis, y: labelAxis } : { x: labelAxis, y: valueAxis },
        },
      });
    };
    void draw();
    const redraw = () => void draw();
    scheme.addEventListener('change', redraw);
    return () => {
      cancelled = true;
      scheme.removeEventListener('change', redraw);
      chart?.destroy();
    };
  }, [labels.join('\u0000'), values.join(','), max, horizontal, tones?.join(',')]);

  return (
    <div className="chart-box">
      <canvas ref={canvas} role="img" aria-label={label} aria-describedby={describedBy} />
    </div>
  );
}
