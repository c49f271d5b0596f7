/** 我的成绩: every exam result kept in this browser, newest first, with the report, certificate and download. */
import { useEffect, useState } from 'react';
import { t, type ExamKey } from '../../i18n/exam.ts';
import { downloadText } from '../../lib/download.ts';
import { formatDateTime, verdict } from '../../lib/exam-format.ts';
import { resultFileName } from '../../lib/exam-result.ts';
import type { ExamResult } from '../../schemas/exam-result.ts';
import { createResultStore } from '../../storage/exam-store.ts';
import type { StoreProblem } from '../../storage/versioned-store.ts';

export default function ResultsList() {
  const [results, setResults] = useState<ExamResult[] | null>(null);
  const [problem, setProblem] = useState<StoreProblem | undefined>();

  useEffect(() => {
    const read = () => {
      const loaded = createResultStore().load();
      setResults([...loaded.value.results].reverse());
      setProblem(loaded.problem);
    };
    read();
    window.addEventListener('storage', read);
    return () => window.removeEventListener('storage', read);
  }, []);

  if (!results) return <p className="muted">{t('report.loading')}</p>;
  return (
    <div className="results-list">
      {problem && <p className="notice">{t(`storage.${problem}` as ExamKey)}</p>}
      {results.length === 0 ? (
        <p>
          {t('results.empty')} <a href="/exams/">{t('results.goExams')}</a>
        </p>
      ) : (
        <table>
          <caption className="visually-hidden">{t('results.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('results.exam')}</th>
              <th scope="col">{t('results.date')}</th>
              <th scope="col" className="number">
                {t('results.total')}
              </th>
              <th scope="col">{t('results.verdict')}</th>
              <th scope="col">{t('results.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {results.map((r) => {
              const date = formatDateTime(r.startedAt);
              const names = { date, exam: r.exam.title };
              return (
                <tr key={r.id}>
                  <th scope="row">
                    {r.exam.title}
                    <span className="muted">
                      （<bdi>{r.candidate.name}</bdi>）
                    </span>
                  </th>
                  <td>{date}</td>
                  <td className="number">{r.total}</td>
                  <td className={r.passed ? 'verdict-pass' : 'verdict-fail'}>{verdict(r)}</td>
                  <td className="row-actions">
                    <a href={`/results/view/?id=${r.id}`} aria-label={t('results.viewLabel', names)}>
                      {t('results.view')}
                    </a>
                    {r.passed && (
                      <a href={`/results/certificate/?id=${r.id}`} aria-label={t('results.certificateLabel', names)}>
                        {t('results.certificate')}
                      </a>
                    )}
                    <button
                      type="button"
                      className="button small secondary"
                      aria-label={t('results.downloadLabel', names)}
                      onClick={() => downloadText(resultFileName(r, 'json'), JSON.stringify(r, null, 2))}
                    >
                      {t('results.download')}
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </div>
  );
}
