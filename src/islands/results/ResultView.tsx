/** /results/view/?id=…: one stored result's report. */
import { lazy, Suspense, useEffect, useState } from 'react';
import { t } from '../../i18n/exam.ts';
import type { ExamResult } from '../../schemas/exam-result.ts';
import { findResult } from '../../storage/exam-store.ts';

const ExamReport = lazy(() => import('./ExamReport.tsx'));

export default function ResultView() {
  const [result, setResult] = useState<ExamResult | null | undefined>(undefined);
  useEffect(() => setResult(findResult(new URLSearchParams(window.location.search).get('id'))), []);
  if (result === undefined) return <p className="muted">{t('report.loading')}</p>;
  if (result === null) return <p className="notice">{t('report.notFound')}</p>;
  return (
    <Suspense fallback={<p className="muted">{t('report.loading')}</p>}>
      <ExamReport result={result} saved />
      <p>
        <a href="/results/">{t('report.back')}</a>
      </p>
    </Suspense>
  );
}
