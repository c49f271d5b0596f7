import { useEffect, useRef } from 'react';
import { t } from '../../i18n/report.ts';
import { timerText } from '../../lib/chat-format.ts';
import type { TimelinePoint } from '../../schemas/attempt.ts';
import { MOODS } from '../../schemas/mood.ts';
import './report.css';

interface Props {
  timeline: readonly TimelinePoint[];
}

/** The customer's mood and patience over the conversation: a chart, and the same data as a table. */
export default function MoodChart({ timeline }: Props) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const t0 = timeline[0]?.t ?? 0;

  useEffect(() => {
    let destroy: (() => void) | undefined;
    let cancelled = false;
    if (timeline.length > 0) {
      void import('./draw-mood-chart.ts').then(({ drawMoodChart }) => {
        if (cancelled || !canvas.current) return;
        destroy = drawMoodChart(canvas.current, timeline, {
          axis: t('mood.axis'),
          seconds: t('mood.seconds'),
          patience: t('mood.patience'),
          cause: { start: t('mood.cause.start'), reply: t('mood.cause.reply'), wait: t('mood.cause.wait'), left: t('mood.cause.left') },
        });
      });
    }
    return () => {
      cancelled = true;
      destroy?.();
    };
  }, [timeline]);

  return (
    <section className="mood-chart" aria-labelledby="mood-title">
      <h2 id="mood-title">{t('mood.title')}</h2>
      {timeline.length === 0 ? (
        <p className="muted">{t('mood.empty')}</p>
      ) : (
        <>
          <div className="chart-box">
            <canvas ref={canvas} role="img" aria-label={t('mood.canvas')} />
          </div>
          <p className="chart-legend muted">
            {t('mood.legend')}
            {[...MOODS].reverse().map((mood) => (
              <span key={mood}>
                <span className="swatch" data-mood={mood} aria-hidden="true" />
                {mood}
              </span>
            ))}
            <br />
            {t('mood.bands')}
          </p>
          <details className="chart-data">
            <summary>{t('mood.data')}</summary>
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('mood.time')}</th>
                  <th scope="col">{t('mood.mood')}</th>
                  <th scope="col">{t('mood.patience')}</th>
                  <th scope="col">{t('mood.cause')}</th>
                </tr>
              </thead>
              <tbody>
                {timeline.map((p, i) => (
                  <tr key={i}>
                    <td>{timerText(p.t - t0)}</td>
                    <td>{p.mood}</td>
                    <td>{p.patience}</td>
                    <td>{t(`mood.cause.${p.cause}`)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </details>
        </>
      )}
    </section>
  );
}
