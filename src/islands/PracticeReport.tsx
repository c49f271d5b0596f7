/**
 * The practice report page's island (/practice/report/?id=…): finds the attempt in browser
 * storage and shows it through the report components, with the result and the transcript to
 * download.
 */
import { useEffect, useState } from 'react';
import { attemptStorageProblem } from '../i18n/attempt-storage.ts';
import { t } from '../i18n/report.ts';
import { attemptFileName } from '../lib/attempts.ts';
import { downloadText } from '../lib/download.ts';
import type { ScenarioOutline } from '../lib/report-outline.ts';
import type { StoredAttempt } from '../schemas/attempt.ts';
import { findAttempt } from '../storage/attempt-store.ts';
import AnnotatedTranscript from './report/AnnotatedTranscript.tsx';
import CriteriaTable from './report/CriteriaTable.tsx';
import FiguresSummary from './report/FiguresSummary.tsx';
import IntegrityFlags from './report/IntegrityFlags.tsx';
import MoodChart from './report/MoodChart.tsx';

interface Props {
  /** Every scenario's criteria, by slug, for the turns an attempt never reached. */
  outlines: Record<string, ScenarioOutline>;
  progressHref: string;
}

type View = { kind: 'loading' } | { kind: 'missing'; message: string } | { kind: 'found'; attempt: StoredAttempt; notice?: string };

function formatWhen(iso: string | null): string {
  if (!iso) return '—';
  const d = new Date(iso);
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

export default function PracticeReport({ outlines, progressHref }: Props) {
  const [view, setView] = useState<View>({ kind: 'loading' });

  useEffect(() => {
    const id = new URLSearchParams(window.location.search).get('id');
    if (!id) {
      setView({ kind: 'missing', message: t('report.noId') });
      return;
    }
    const { attempt, damaged, problem } = findAttempt(id);
    if (attempt) setView({ kind: 'found', attempt, ...(problem ? { notice: attemptStorageProblem[problem] } : {}) });
    else if (damaged) setView({ kind: 'missing', message: t('report.damaged') });
    else if (problem) setView({ kind: 'missing', message: attemptStorageProblem[problem] });
    else setView({ kind: 'missing', message: t('report.notFound') });
  }, []);

  if (view.kind === 'loading') return <p className="muted">{t('report.loading')}</p>;
  if (view.kind === 'missing') {
    return (
      <div className="attempt-report">
        <p className="notice">{view.message}</p>
        <p>
          <a className="button" href={progressHref}>
            {t('report.toProgress')}
          </a>
        </p>
      </div>
    );
  }

  const { attempt } = view;
  const { result, transcript } = attempt;
  const slug = result.scenario.slug;
  const savedAt = attempt.savedAt ? new Date(attempt.savedAt) : new Date();
  const download = (kind: 'result' | 'transcript'): void =>
    downloadText(attemptFileName(slug, savedAt, kind), `${JSON.stringify(kind === 'result' ? result : transcript, null, 2)}\n`);

  return (
    <div className="attempt-report">
      {view.notice && <p className="notice">{view.notice}</p>}
      <p className="report-meta">
        <span>
          {t('report.scenario')}：<strong>{result.scenario.title}</strong>
        </span>
        <span>
          {t('report.when')}：{formatWhen(result.startedAt ?? attempt.savedAt)}
        </span>
        <a href={`/practice/${slug}/`}>{t('report.again')}</a>
      </p>
      <FiguresSummary result={result} />
      <CriteriaTable result={result} outline={outlines[slug] ?? null} />
      <MoodChart timeline={result.timeline} />
      <AnnotatedTranscript result={result} />
      <IntegrityFlags result={result} />
      <section aria-labelledby="downloads-title">
        <h2 id="downloads-title">{t('report.downloads')}</h2>
        <p className="report-actions">
          <button type="button" className="button" onClick={() => download('result')}>
            {t('report.downloadResult')}
          </button>
          {transcript && (
            <button type="button" className="button" onClick={() => download('transcript')}>
              {t('report.downloadTranscript')}
            </button>
          )}
        </p>
        <p className="muted">{transcript ? t('report.downloadsNote') : t('report.noTranscript')}</p>
      </section>
    </div>
  );
}
