import { useState } from 'react';
import { attemptStorageProblem } from '../../i18n/attempt-storage.ts';
import { t } from '../../i18n/practice.ts';
import { tidyAttempts } from '../../lib/attempt-list.ts';
import { downloadText, localDate } from '../../lib/download.ts';
import type { LoadedAttempts } from '../../storage/attempt-store.ts';

interface Props {
  stored: LoadedAttempts;
  /** Removes what tidying up proposes (after the trainee confirmed); false when not everything went. */
  onTidy: () => boolean;
}

function when(iso: string | null): string {
  if (!iso) return '—';
  const d = new Date(iso);
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** 对练记录: every stored practice attempt, newest first, with its report; space used; tidying up on request. */
export default function PracticeAttempts({ stored, onTidy }: Props) {
  const [confirming, setConfirming] = useState(false);
  const [message, setMessage] = useState<{ tone: 'ok' | 'bad'; text: string } | null>(null);
  const { problem, usage, damaged } = stored;
  const attempts = [...stored.attempts].reverse();
  const tidy = tidyAttempts(stored.attempts);

  function confirmTidy(): void {
    const done = onTidy();
    setConfirming(false);
    setMessage(done ? { tone: 'ok', text: t('attempts.tidyDone', { count: tidy.removed.length }) } : { tone: 'bad', text: attemptStorageProblem.unavailable });
  }

  return (
    <section className="practice-attempts" aria-labelledby="attempts-title">
      <h2 id="attempts-title">{t('attempts.title')}</h2>
      {problem && <p className="notice">{attemptStorageProblem[problem]}</p>}
      {damaged.length > 0 && (
        <div className="notice">
          <p>{t('attempts.damaged', { count: damaged.length })}</p>
          <button
            type="button"
            className="button secondary small"
            onClick={() => downloadText(`kefu-academy-damaged-attempts-${localDate(new Date())}.json`, `${JSON.stringify(damaged, null, 2)}\n`)}
          >
            {t('attempts.damagedDownload')}
          </button>
        </div>
      )}
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
