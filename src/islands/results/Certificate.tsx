/** /results/certificate/?id=…: the printable certificate of a passed exam (print CSS on the page). */
import { useEffect, useState } from 'react';
import { t } from '../../i18n/exam.ts';
import { digestPrefix, formatLongDate } from '../../lib/exam-format.ts';
import type { ExamResult } from '../../schemas/exam-result.ts';
import { findResult } from '../../storage/exam-store.ts';

export default function Certificate() {
  const [result, setResult] = useState<ExamResult | null | undefined>(undefined);
  useEffect(() => setResult(findResult(new URLSearchParams(window.location.search).get('id'))), []);
  if (result === undefined) return <p className="muted">{t('report.loading')}</p>;
  if (result === null) return <p className="notice">{t('report.notFound')}</p>;
  if (!result.passed) return <p className="notice">{t('certificate.notPassed')}</p>;
  const name = result.candidate.employeeId ? `${result.candidate.name}（${result.candidate.employeeId}）` : result.candidate.name;
  // The name goes in as an isolated element, so that no character in it can reorder the sentence.
  const [before, after] = t('certificate.body', { date: formatLongDate(result.startedAt), exam: result.exam.title, total: result.total }).split('{name}');
  return (
    <>
      <div className="actions no-print">
        <button type="button" className="button" onClick={() => window.print()}>
          {t('certificate.print')}
        </button>
        <a className="button secondary" href={`/results/view/?id=${result.id}`}>
          {t('results.view')}
        </a>
      </div>
      <article className="certificate" aria-labelledby="certificate-title">
        <p className="issuer">{t('certificate.issuer')}</p>
        <h2 id="certificate-title">{t('certificate.title')}</h2>
        <p className="certificate-body">
          {before}
          <bdi>{name}</bdi>
          {after}
        </p>
        {result.grade && (
          <p className="certificate-grade">
            {t('certificate.grade')}：<strong>{result.grade}</strong>
          </p>
        )}
        <p className="certificate-date">{formatLongDate(result.endedAt)}</p>
        <p className="certificate-check">{t('certificate.check', { id: result.id, digest: digestPrefix(result.digest) })}</p>
      </article>
    </>
  );
}
