/**
 * The trainer's cohort dashboard (/trainer/): result files dropped or chosen, each checked
 * (size, JSON, schema, digest) and listed with its status; a sortable, filterable table; section
 * averages, per-criterion pass rates (weakest first) and the score distribution; CSV export.
 * Everything stays in this browser's memory.
 */
import { useMemo, useRef, useState } from 'react';
import { t } from '../../i18n/trainer.ts';
import {
  addFile,
  BIN_LABELS,
  cohortRows,
  criterionAverages,
  distribution,
  emptyCohort,
  filterRows,
  noFilter,
  sectionAverages,
  sortRows,
  type Cohort,
  type RowFilter,
  type SortDirection,
  type SortKey,
} from '../../lib/cohort.ts';
import { downloadText, localDate } from '../../lib/download.ts';
import { formatDateTime, formatPercent, verdict } from '../../lib/exam-format.ts';
import { checkResultText, MAX_RESULT_BYTES, type ResultCheck } from '../../lib/exam-result.ts';
import { cohortCsv } from '../../lib/result-csv.ts';
import BarChart from '../charts/BarChart.tsx';

const COLUMNS: SortKey[] = ['name', 'exam', 'date', 'total', 'grade', 'passed', 'flags'];

/** Reads and checks one file; a file over the limit is refused without being read. */
async function checkFile(file: File): Promise<ResultCheck> {
  if (file.size > MAX_RESULT_BYTES) return checkResultText('', file.size);
  try {
    return await checkResultText(await file.text(), file.size);
  } catch {
    return { ok: false, kind: 'not-json', reason: t('dashboard.unreadable') };
  }
}

function Bar({ value, tone }: { value: number; tone: 'ok' | 'bad' | 'accent' }) {
  return (
    <span className={`bar ${tone}`} aria-hidden="true">
      <span ref={(el) => el?.style.setProperty('width', `${Math.max(0, Math.min(100, value))}%`)} />
    </span>
  );
}

export default function CohortDashboard() {
  const [cohort, setCohort] = useState<Cohort>(emptyCohort);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [dragging, setDragging] = useState(false);
  const [filter, setFilter] = useState<RowFilter>(noFilter);
  const [sort, setSort] = useState<{ key: SortKey; direction: SortDirection }>({ key: 'date', direction: 'ascending' });
  const input = useRef<HTMLInputElement>(null);
  const busy = useRef(false);

  async function importFiles(files: File[]) {
    if (files.length === 0 || busy.current) return;
    busy.current = true;
    let next = cohort;
    for (const [i, file] of files.entries()) {
      setProgress({ done: i + 1, total: files.length });
      next = addFile(next, file.name, await checkFile(file));
      // Let the page paint between files, so a large batch never freezes it.
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
    setCohort(next);
    setProgress(null);
    busy.current = false;
  }

  const rows = useMemo(() => cohortRows(cohort.results), [cohort.results]);
  const shown = sortRows(filterRows(rows, filter), sort.key, sort.direction);
  const filtered = new Set(shown.map((r) => r.id));
  const selected = cohort.results.filter((r) => filtered.has(r.id));
  const criteria = criterionAverages(selected);
  const sections = sectionAverages(selected);
  const bins = distribution(selected.map((r) => r.total));
  const exams = [...new Map(rows.map((r) => [r.examSlug, r.exam]))];
  const counts = {
    counted: cohort.files.filter((f) => f.status === 'counted').length,
    duplicate: cohort.files.filter((f) => f.status === 'duplicate').length,
    refused: cohort.files.filter((f) => f.status === 'refused' || f.status === 'conflict').length,
  };
  const mean = selected.length ? Math.round((10 * selected.reduce((a, r) => a + r.total, 0)) / selected.length) / 10 : 0;

  function sortBy(key: SortKey) {
    setSort((s) => ({ key, direction: s.key === key && s.direction === 'ascending' ? 'descending' : 'ascending' }));
  }

  return (
    <div className="cohort">
      <div
        className={dragging ? 'drop-zone dragging' : 'drop-zone'}
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={(e) => {
          e.preventDefault();
          setDragging(false);
          void importFiles([...e.dataTransfer.files]);
        }}
      >
        <p>{t('dashboard.drop')}</p>
        <div className="actions">
          {/* aria-disabled rather than disabled while reading: a disabled button would drop the keyboard focus. */}
          <button type="button" className="button" onClick={() => progress === null && input.current?.click()} aria-disabled={progress !== null}>
            {t('dashboard.choose')}
          </button>
          {cohort.files.length > 0 && (
            <button type="button" className="button secondary" onClick={() => progress === null && setCohort(emptyCohort())} aria-disabled={progress !== null}>
              {t('dashboard.clear')}
            </button>
          )}
        </div>
        <input
          ref={input}
          type="file"
          accept="application/json,.json"
          multiple
          hidden
          aria-label={t('dashboard.choose')}
          onChange={(e) => {
            const files = [...(e.currentTarget.files ?? [])];
            e.currentTarget.value = '';
            void importFiles(files);
          }}
        />
        <p className="muted">{t('dashboard.limit')}</p>
        <p role="status">{progress ? t('dashboard.reading', progress) : ''}</p>
      </div>

      {cohort.files.length === 0 ? (
        <p className="muted">{t('dashboard.empty')}</p>
      ) : (
        <>
          <section aria-labelledby="files-title">
            <h2 id="files-title">{t('dashboard.files')}</h2>
            <p>{t('dashboard.filesSummary', { files: cohort.files.length, ...counts })}</p>
            <details open={counts.refused + counts.duplicate > 0}>
              <summary>{t('dashboard.files')}</summary>
              <ul className="file-list">
                {cohort.files.map((f, i) => (
                  <li key={i} data-status={f.status}>
                    <span className={f.status === 'counted' ? 'verdict-pass' : f.status === 'duplicate' ? 'muted' : 'verdict-fail'}>
                      {t(`dashboard.status.${f.status}`)}
                    </span>{' '}
                    <span className="file-name">{f.name}</span>
                    {f.reason && <span className="muted">：{f.reason}</span>}
                  </li>
                ))}
              </ul>
            </details>
          </section>

          <section aria-labelledby="overview-title">
            <h2 id="overview-title">{t('dashboard.overview')}</h2>
            <dl className="figures">
              <div>
                <dt>{t('dashboard.count')}</dt>
                <dd>{selected.length}</dd>
              </div>
              <div>
                <dt>{t('dashboard.passRate')}</dt>
                <dd>{selected.length ? formatPercent(selected.filter((r) => r.passed).length / selected.length) : '—'}</dd>
              </div>
              <div>
                <dt>{t('dashboard.mean')}</dt>
                <dd>{selected.length ? mean : '—'}</dd>
              </div>
              <div>
                <dt>{t('dashboard.flagged')}</dt>
                <dd>{shown.filter((r) => r.flags.length > 0).length}</dd>
              </div>
            </dl>
          </section>

          <section aria-labelledby="table-title">
            <h2 id="table-title">{t('dashboard.table')}</h2>
            <fieldset className="filters">
              <legend>{t('dashboard.filter')}</legend>
              <div className="field">
                <label htmlFor="filter-text">{t('dashboard.search')}</label>
                <input id="filter-text" type="search" value={filter.text} onChange={(e) => setFilter({ ...filter, text: e.currentTarget.value })} />
              </div>
              <div className="field">
                <label htmlFor="filter-exam">{t('dashboard.exam')}</label>
                <select id="filter-exam" value={filter.exam} onChange={(e) => setFilter({ ...filter, exam: e.currentTarget.value })}>
                  <option value="">{t('dashboard.allExams')}</option>
                  {exams.map(([slug, title]) => (
                    <option key={slug} value={slug}>
                      {title}
                    </option>
                  ))}
                </select>
              </div>
              <div className="field">
                <label htmlFor="filter-pass">{t('dashboard.pass')}</label>
                <select id="filter-pass" value={filter.pass} onChange={(e) => setFilter({ ...filter, pass: e.currentTarget.value as RowFilter['pass'] })}>
                  {(['all', 'passed', 'failed'] as const).map((p) => (
                    <option key={p} value={p}>
                      {t(`dashboard.pass.${p}`)}
                    </option>
                  ))}
                </select>
              </div>
              <label className="check">
                <input type="checkbox" checked={filter.flaggedOnly} onChange={(e) => setFilter({ ...filter, flaggedOnly: e.currentTarget.checked })} />
                {t('dashboard.flaggedOnly')}
              </label>
            </fieldset>
            <div className="table-tools">
              <p role="status">{t('dashboard.shown', { shown: shown.length, total: rows.length })}</p>
              <button
                type="button"
                className="button secondary"
                disabled={shown.length === 0}
                onClick={() => downloadText(t('dashboard.csvName', { date: localDate(new Date()) }), cohortCsv(cohort.results, shown.map((r) => r.id)), 'text/csv')}
              >
                {t('dashboard.export')}
              </button>
            </div>
            <div className="table-scroll" role="region" aria-label={t('dashboard.scroll', { name: t('dashboard.table') })} tabIndex={0}>
              <table className="cohort-table">
                <caption className="visually-hidden">
                  {t('dashboard.table')}（{t('dashboard.sortHint')}）
                </caption>
                <thead>
                  <tr>
                    {COLUMNS.map((key) => (
                      <th key={key} scope="col" aria-sort={sort.key === key ? sort.direction : undefined} className={key === 'total' ? 'number' : undefined}>
                        <button type="button" className="sort-button" onClick={() => sortBy(key)}>
                          {t(`dashboard.col.${key}`)}
                          <span aria-hidden="true">{sort.key === key ? (sort.direction === 'ascending' ? ' ▲' : ' ▼') : ''}</span>
                        </button>
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {shown.map((r) => (
                    <tr key={r.id}>
                      <th scope="row">
                        {/* Names come from files anyone can write: isolated, so no direction mark reorders what follows. */}
                        <bdi>{r.name}</bdi>
                        {r.employeeId && (
                          <span className="muted">
                            （<bdi>{r.employeeId}</bdi>）
                          </span>
                        )}
                      </th>
                      <td>{r.exam}</td>
                      <td>{formatDateTime(r.date)}</td>
                      <td className="number">{r.total}</td>
                      <td>{r.grade ?? '—'}</td>
                      <td className={r.passed ? 'verdict-pass' : 'verdict-fail'}>{verdict(r)}</td>
                      <td>{r.flags.length === 0 ? <span className="muted">{t('dashboard.noFlags')}</span> : r.flags.join('；')}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </section>

          {selected.length > 0 && (
            <>
              <section aria-labelledby="sections-avg-title">
                <h2 id="sections-avg-title">{t('dashboard.sections')}</h2>
                <table>
                  <thead>
                    <tr>
                      <th scope="col">{t('dashboard.section')}</th>
                      <th scope="col" className="number">
                        {t('dashboard.average')}
                      </th>
                      <th scope="col">
                        <span className="visually-hidden">{t('dashboard.average')}</span>
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {sections.map((s) => (
                      <tr key={s.title}>
                        <th scope="row">{s.title}</th>
                        <td className="number">{s.average}</td>
                        <td>
                          <Bar value={s.average} tone={s.average >= 70 ? 'ok' : 'bad'} />
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </section>

              <section aria-labelledby="criteria-title">
                <h2 id="criteria-title">{t('dashboard.criteria')}</h2>
                <p className="muted">{t('dashboard.criteriaLede')}</p>
                <div className="table-scroll" role="region" aria-label={t('dashboard.scroll', { name: t('dashboard.criterion') })} tabIndex={0}>
                  <table>
                    <thead>
                      <tr>
                        <th scope="col">{t('dashboard.criterion')}</th>
                        <th scope="col">{t('dashboard.scenario')}</th>
                        <th scope="col" className="number">
                          {t('dashboard.rate')}
                        </th>
                        <th scope="col" className="number">
                          {t('dashboard.applied')}
                        </th>
                        <th scope="col">
                          <span className="visually-hidden">{t('dashboard.rate')}</span>
                        </th>
                      </tr>
                    </thead>
                    <tbody>
                      {criteria.map((c) => (
                        <tr key={c.key}>
                          <th scope="row">
                            {c.label} {c.critical && <span className="tag">{t('dashboard.critical')}</span>}
                          </th>
                          <td>{c.scenario}</td>
                          <td className="number">{formatPercent(c.passRate)}</td>
                          <td className="number">{c.applied}</td>
                          <td>
                            <Bar value={c.passRate * 100} tone={c.passRate >= 0.7 ? 'ok' : 'bad'} />
                          </td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
              </section>

              <section aria-labelledby="distribution-title">
                <h2 id="distribution-title">{t('dashboard.distribution')}</h2>
                <BarChart
                  labels={BIN_LABELS}
                  values={bins}
                  label={t('dashboard.distributionLabel', {
                    summary: BIN_LABELS.flatMap((l, i) => ((bins[i] ?? 0) > 0 ? [t('dashboard.binSummary', { band: l, count: bins[i] ?? 0 })] : [])).join('，'),
                  })}
                  describedBy="distribution-table"
                  tones={BIN_LABELS.map((_, i) => (i >= 7 ? 'ok' : 'bad'))}
                />
                <table id="distribution-table">
                  <thead>
                    <tr>
                      <th scope="col">{t('dashboard.band')}</th>
                      <th scope="col" className="number">
                        {t('dashboard.people')}
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {BIN_LABELS.map((l, i) => (
                      <tr key={l}>
                        <th scope="row">{l}</th>
                        <td className="number">{bins[i]}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </section>
            </>
          )}
        </>
      )}
    </div>
  );
}
