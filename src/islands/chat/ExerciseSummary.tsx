import { useEffect, useRef } from 'react';
import { t } from '../../i18n/exercise.ts';
import { durationText, oneDecimal } from '../../lib/chat-format.ts';
import { downloadAttempt } from '../../lib/attempts.ts';
import type { StoredAttempt } from '../../schemas/attempt.ts';
import { createAttemptStore, saveAttempt, type SaveAttemptOutcome } from '../../storage/attempt-store.ts';

/** Saves the attempt in browser storage (this module loads when the chat is over). */
export function saveInBrowser(attempt: StoredAttempt): SaveAttemptOutcome {
  return saveAttempt(createAttemptStore(), attempt);
}

export interface SummaryProps {
  attempt: StoredAttempt;
  save: SaveAttemptOutcome;
  reportHref: string;
  onRestart: () => void;
}

/** The end of a practice chat: the figures, why it did not pass, and where the full report is (or the files, when not saved). */
export default function ExerciseSummary({ attempt, save, reportHref, onRestart }: SummaryProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const { result } = attempt;
  const download = (kind: 'result' | 'transcript'): void => downloadAttempt(attempt, kind);

  return (
    <section className="exercise-summary card" aria-labelledby="exercise-summary-title">
      <h2 id="exercise-summary-title" ref={heading} tabIndex={-1}>
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
        <div>
          <dt>{t('exercise.speed')}</dt>
          <dd>
            {result.typing.speed === null ? t('exercise.speedNone') : t('exercise.speedValue', { speed: oneDecimal(result.typing.speed) })}
            <span className="muted">（{t('exercise.gate', { gate: result.typing.gate })}）</span>
          </dd>
        </div>
        <div>
          <dt>{t('exercise.first')}</dt>
          <dd>
            {durationText(result.response.firstMs)}
            <span className="muted">（{t('exercise.band', { full: result.response.firstBand.full })}）</span>
          </dd>
        </div>
        <div>
          <dt>{t('exercise.average')}</dt>
          <dd>
            {durationText(result.response.averageMs)}
            <span className="muted">（{t('exercise.band', { full: result.response.averageBand.full })}）</span>
          </dd>
        </div>
      </dl>
      {save.ok ? (
        <>
          <p className="notice ok">{save.recovered ? t(`exercise.save.${save.recovered}`) : t('exercise.saved')}</p>
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
          <>
            <button type="button" className="button" onClick={() => download('result')}>
              {t('exercise.downloadResult')}
            </button>
            <button type="button" className="button" onClick={() => download('transcript')}>
              {t('exercise.downloadTranscript')}
            </button>
          </>
        )}
        <button type="button" className="button secondary" onClick={onRestart}>
          {t('exercise.restart')}
        </button>
      </p>
    </section>
  );
}
