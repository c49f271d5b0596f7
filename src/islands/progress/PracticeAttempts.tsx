import { useState } from 'react';
import { attemptStorageProblem } from '../../i18n/attempt-storage.ts';
import { t } from '../../i18n/practice.ts';
import { attemptsUsage, newestFirst, tidyAttempts } from '../../lib/attempts.ts';
import type { AttemptHistory } from '../../schemas/attempt.ts';
import type { StoreProblem } from '../../storage/versioned-store.ts';

interface Props {
  history: AttemptHistory;
  problem?: StoreProblem;
  /** Replaces the stored history (after the trainee confirmed tidying up); returns the problem if it was not saved. */
  onTidy: (kept: AttemptHistory) => StoreProblem | undefined;
}

function when(iso: string | null): string {
  if (!iso) return '—';
  const d = new Date(iso);
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** 对练记录: every stored practice attempt, newest first, with its report; space used; tidying up on request. */
export default function PracticeAttempts({ history, problem, onTidy }: Props) {
  const [confirming, setConfirming] = useState(false);
  const [message, setMessage] = useState<{ tone: 'ok' | 'bad'; text: string } | null>(null);
  const attempts = newestFirst(history);
  const usage = attemptsUsage(history);
  const tidy = tidyAttempts(history);

  function confirmTidy(): void {
    const failed = onTidy(tidy.kept);
    setConfirming(false);
    setMessage(failed ? { tone: 'bad', text: attemptStorageProblem[failed] } : { tone: 'ok', text: t('attempts.tidyDone', { count: tidy.removed.length }) });
  }

  return (
    <section className="practice-attempts" aria-labelledby="attempts-title">
      <h2 id="attempts-title">{t('attempts.title')}</h2>
      {problem && <p className="notice">{attemptStorageProblem[problem]}</p>}
      {attempts.length === 0 ? (
        <p className="muted">
          {t('attempts.none')} <a href="/practice/">{t('attempts.start')}</a>
        </p>
      ) : (
        <>
          <div className="table-scroll" tabIndex={0} role="region" aria-label={t('attempts.table')}>
            <table className="attempts-table">
              <thead>
                <tr>
                  <th scope="col">{t('attempts.date')}</th>
                  <th scope="col">{t('attempts.scenario')}</th>
                  <th scope="col">{t('attempts.total')}</th>
                  <th scope="col">{t('attempts.result')}</th>
                  <th scope="col">{t('attempts.report')}</th>
                </tr>
              </thead>
              <tbody>
                {attempts.map((a) => (
                  <tr key={a.id} data-passed={a.result.passed}>
                    <td>{when(a.result.startedAt ?? a.savedAt)}</td>
                    <td>{a.result.scenario.title}</td>
                    <td className="num">{a.result.total}</td>
                    <td className="verdict">
                      {a.result.passed ? t('attempts.passed') : t('attempts.failed')}
                      {a.result.grade && `（${a.result.grade}）`}
                    </td>
                    <td>
                      <a href={`/practice/report/?id=${encodeURIComponent(a.id)}`}>
                        {t('attempts.open')}
                        <span className="visually-hidden">
                          {a.result.scenario.title} {when(a.result.startedAt ?? a.savedAt)}
                        </span>
                      </a>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <p className="muted">{t('attempts.usage', { count: attempts.length, percent: Math.max(1, Math.round(usage.share * 100)) })}</p>
          {usage.nearlyFull && <p className="notice">{t('attempts.nearlyFull')}</p>}
          {confirming ? (
            <div className="notice tidy-confirm" role="group" aria-label={t('attempts.tidy')}>
              <p>{t('attempts.tidyConfirm', { count: tidy.removed.length })}</p>
              <p className="actions">
                <button type="button" className="button" onClick={confirmTidy}>
                  {t('attempts.tidyYes', { count: tidy.removed.length })}
                </button>
                <button type="button" className="button secondary" onClick={() => setConfirming(false)}>
                  {t('attempts.cancel')}
                </button>
              </p>
            </div>
          ) : (
            <p>
              <button
                type="button"
                className="button secondary"
                onClick={() => (tidy.removed.length === 0 ? setMessage({ tone: 'ok', text: t('attempts.tidyNothing') }) : setConfirming(true))}
              >
                {t('attempts.tidy')}
              </button>
            </p>
          )}
        </>
      )}
      {message && (
        <p className={`notice ${message.tone}`} role="status">
          {message.text}
        </p>
      )}
    </section>
  );
}
