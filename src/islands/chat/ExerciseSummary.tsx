import { t } from '../../i18n/exercise.ts';
import { durationText, oneDecimal } from '../../lib/chat-format.ts';
import { downloadAttempt } from '../../lib/attempts.ts';
import { focusOnMount } from '../../lib/focus.ts';
import type { StoredAttempt } from '../../schemas/attempt.ts';
import type { SaveAttemptOutcome } from '../../storage/attempt-save.ts';

export interface SummaryProps {
  attempt: StoredAttempt;
  save: SaveAttemptOutcome;
  reportHref: string;
  onRestart: () => void;
}

/**
 * The end of a practice chat, from the result in memory: the figures, why it did not pass, and the
 * link to the full report (chart and tables); when it was not saved, the two files at once.
 */
export default function ExerciseSummary({ attempt, save, reportHref, onRestart }: SummaryProps) {
  const { result } = attempt;
  const { typing, response } = result;
  const figures: [string, string, string][] = [
    [t('exercise.speed'), typing.speed === null ? t('exercise.speedNone') : t('exercise.speedValue', { speed: oneDecimal(typing.speed) }), t('exercise.gate', { gate: typing.gate })],
    [t('exercise.first'), durationText(response.firstMs), t('exercise.band', { full: response.firstBand.full })],
    [t('exercise.average'), durationText(response.averageMs), t('exercise.band', { full: response.averageBand.full })],
  ];

  return (
    <section className="exercise-summary card" aria-labelledby="exercise-summary-title">
      <h2 id="exercise-summary-title" ref={focusOnMount} tabIndex={-1}>
        {t('exercise.summary')}
      </h2>
      <p className="verdict" data-passed={result.passed}>
        <span>
          {t('exercise.total')} <strong className="total">{t('exercise.points', { total: oneDecimal(result.total) })}</strong>
        </span>
        <strong className="pass">
          {result.passed ? t('exercise.passed') : t('exercise.failed')}
          {result.grade && `（${result.grade}）`}
        </strong>
        <span className="muted">{t('exercise.passMark', { mark: result.passMark })}</span>
      </p>
      {result.reasons.length > 0 && (
        <ul className="reasons">
          {result.reasons.map((r) => (
            <li key={r.kind}>{r.message}</li>
          ))}
        </ul>
      )}
      <dl className="figures">
        {figures.map(([term, value, band]) => (
          <div key={term}>
            <dt>{term}</dt>
            <dd>
              {value}
              <span className="muted">（{band}）</span>
            </dd>
          </div>
        ))}
      </dl>
      {save.ok ? (
        <>
          <p className="notice ok">{t('exercise.saved')}</p>
          {save.usage.nearlyFull && <p className="notice">{t('exercise.nearlyFull', { percent: Math.round(save.usage.share * 100) })}</p>}
        </>
      ) : (
        <p className="notice bad" role="alert">
          {t(`exercise.save.${save.problem}`)}
        </p>
      )}
      <p className="actions">
        {save.ok ? (
          <a className="button" href={reportHref}>
            {t('exercise.report')}
          </a>
        ) : (
          (['result', 'transcript'] as const).map((kind) => (
            <button key={kind} type="button" className="button" onClick={() => downloadAttempt(attempt, kind)}>
              {t(kind === 'result' ? 'exercise.downloadResult' : 'exercise.downloadTranscript')}
            </button>
          ))
        )}
        <button type="button" className="button secondary" onClick={onRestart}>
          {t('exercise.restart')}
        </button>
      </p>
    </section>
  );
}
