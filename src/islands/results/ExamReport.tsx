/**
 * The report of one exam (成绩单): total, grade, pass or fail with the reasons, each section with
 * its criteria, 字/分钟, response times, the integrity flags, and the downloads (the signed JSON
 * and a CSV). Shown at the end of the exam and on /results/view/. Every figure comes from the
 * result document; nothing is recomputed here.
 */
import type { AttemptResult, CriterionResult } from '../../schemas/attempt.ts';
import type { ExamResult, QuizSectionResult, ScenarioSectionResult, TypingSectionResult } from '../../schemas/exam-result.ts';
import { t, type ExamKey } from '../../i18n/exam.ts';
import { downloadText } from '../../lib/download.ts';
import { digestPrefix, formatDateTime, formatDuration, formatPercent, formatSeconds, formatSpeed, integrityFlags, verdict } from '../../lib/exam-format.ts';
import { resultFileName } from '../../lib/exam-result.ts';
import { resultCsv } from '../../lib/result-csv.ts';
import type { StoreProblem } from '../../storage/versioned-store.ts';
import BarChart from '../charts/BarChart.tsx';

interface Props {
  result: ExamResult;
  /** False when the result could not be stored: the downloads come first, with a warning. */
  saved: boolean;
  problem?: StoreProblem | null;
}

const statusText = (c: CriterionResult): string => (c.status === 'pass' ? t('report.pass') : c.status === 'fail' ? t('report.fail') : t('report.na'));

function Downloads({ result }: { result: ExamResult }) {
  return (
    <div className="actions report-downloads">
      <button type="button" className="button" onClick={() => downloadText(resultFileName(result, 'json'), JSON.stringify(result, null, 2))}>
        {t('report.downloadJson')}
      </button>
      <button type="button" className="button secondary" onClick={() => downloadText(resultFileName(result, 'csv'), resultCsv(result), 'text/csv')}>
        {t('report.downloadCsv')}
      </button>
    </div>
  );
}

function TypingPart({ s }: { s: TypingSectionResult }) {
  const tone = s.belowGate === false ? 'ok' : 'bad';
  const width = `${Math.min(100, ((s.effectiveSpeed ?? 0) / Math.max(s.target, 1)) * 100)}%`;
  return (
    <section className="report-part" aria-labelledby={`part-${s.id}`}>
      <h3 id={`part-${s.id}`}>
        {s.title} <span className="muted">{t('report.points', { score: s.score })}</span>
      </h3>
      <dl className="figures">
        <div>
          <dt>{t('report.speed')}</dt>
          <dd>{formatSpeed(s.speed)}</dd>
        </div>
        <div>
          <dt>{t('report.accuracy')}</dt>
          <dd>{s.typedChars === 0 ? '—' : formatPercent(s.accuracy)}</dd>
        </div>
        <div>
          <dt>{t('report.effective')}</dt>
          <dd>{formatSpeed(s.effectiveSpeed)}</dd>
        </div>
      </dl>
      <span className={`bar ${tone}`} aria-hidden="true">
        <span ref={(el) => el?.style.setProperty('width', width)} />
      </span>
      <p>
        {s.belowGate === false ? t('report.aboveGate') : t('report.belowGate')}（{t('report.gate', { gate: s.gate, target: s.target })}）
      </p>
    </section>
  );
}

function Attempt({ a, index }: { a: AttemptResult; index: number }) {
  const criteria = [...a.turns.flatMap((turn) => turn.criteria), ...a.rubric.criteria];
  const id = `attempt-${index}`;
  return (
    <section className="report-attempt" aria-labelledby={id}>
      <h4 id={id}>
        {a.scenario.title} <span className="muted">{t('report.scenarioScore', { score: a.total, outcome: t(`report.outcome.${a.outcome}` as ExamKey) })}</span>
      </h4>
      <table>
        <caption className="visually-hidden">{t('report.response')}</caption>
        <tbody>
          <tr>
            <th scope="row">{t('report.first')}</th>
            <td>{formatSeconds(a.response.firstMs)}</td>
            <td className="muted">{t('report.responseBand', a.response.firstBand)}</td>
          </tr>
          <tr>
            <th scope="row">{t('report.average')}</th>
            <td>{formatSeconds(a.response.averageMs)}</td>
            <td className="muted">{t('report.responseBand', a.response.averageBand)}</td>
          </tr>
        </tbody>
      </table>
      <table className="criteria">
        <caption className="visually-hidden">{t('report.criteria')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('report.criterion')}</th>
            <th scope="col">{t('report.result')}</th>
          </tr>
        </thead>
        <tbody>
          {criteria.map((c, i) => (
            <tr key={`${c.id}-${i}`} data-status={c.status}>
              <td>
                {c.label} {c.critical && <span className="tag">{t('report.critical')}</span>}
                {c.status !== 'na' && c.feedback && <span className="criterion-feedback muted">{c.feedback}</span>}
              </td>
              <td className={c.status === 'pass' ? 'verdict-pass' : c.status === 'fail' ? 'verdict-fail' : 'muted'}>{statusText(c)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <details>
        <summary>{t('report.transcript')}</summary>
        <ol className="transcript">
          {a.turns.map((turn, i) => (
            <li key={i}>
              <p>
                <strong>{t('report.customer')}：</strong>
                {turn.customer}
              </p>
              <p>
                <strong>{t('report.reply')}：</strong>
                {turn.reply ?? t('report.noReply')}
              </p>
              <p className="muted">
                <strong>{t('report.model')}：</strong>
                {turn.model}
              </p>
            </li>
          ))}
        </ol>
      </details>
    </section>
  );
}

function ScenarioPart({ s }: { s: ScenarioSectionResult }) {
  return (
    <section className="report-part" aria-labelledby={`part-${s.id}`}>
      <h3 id={`part-${s.id}`}>
        {s.title} <span className="muted">{t('report.points', { score: s.score })}</span>
      </h3>
      {s.attempts.map((a, i) => (
        <Attempt key={i} a={a} index={i} />
      ))}
    </section>
  );
}

function QuizPart({ s }: { s: QuizSectionResult }) {
  return (
    <section className="report-part" aria-labelledby={`part-${s.id}`}>
      <h3 id={`part-${s.id}`}>
        {s.title} <span className="muted">{t('report.quizScore', { correct: s.correct, total: s.total })}</span>
      </h3>
      <ol className="report-questions">
        {s.questions.map((q) => (
          <li key={q.ref}>
            <span className={q.correct ? 'verdict-pass' : 'verdict-fail'}>
              {q.correct ? `✓ ${t('report.right')}` : `✗ ${q.answered ? t('report.wrong') : t('report.unanswered')}`}
            </span>{' '}
            {q.question}
            {!q.correct && q.lesson && (
              <>
                {' '}
                <a href={q.lesson.href}>{t('report.review', { title: q.lesson.title })}</a>
              </>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}

export default function ExamReport({ result, saved, problem = null }: Props) {
  const flags = integrityFlags(result.integrity);
  const endText = (reason: string | null): string => t(`report.end.${reason ?? 'none'}` as ExamKey);
  return (
    <article className="exam-report" aria-labelledby="report-title">
      {!saved && (
        <div className="notice bad" role="alert">
          <p>{t('report.notSaved')}</p>
          {problem && <p>{t(`storage.${problem}` as ExamKey)}</p>}
          <Downloads result={result} />
        </div>
      )}
      <h2 id="report-title">
        {t('report.title')} · {result.exam.title}
      </h2>
      <dl className="report-meta">
        <div>
          <dt>{t('report.candidate')}</dt>
          <dd>{result.candidate.name}</dd>
        </div>
        {result.candidate.employeeId && (
          <div>
            <dt>{t('report.employeeId')}</dt>
            <dd>{result.candidate.employeeId}</dd>
          </div>
        )}
        {result.batch && (
          <div>
            <dt>{t('report.batch')}</dt>
            <dd>{result.batch}</dd>
          </div>
        )}
        <div>
          <dt>{t('report.date')}</dt>
          <dd>{formatDateTime(result.startedAt)}</dd>
        </div>
        <div>
          <dt>{t('report.duration')}</dt>
          <dd>{formatDuration(result.durationMs)}</dd>
        </div>
      </dl>

      <div className={`report-total card ${result.passed ? 'passed' : 'failed'}`}>
        <p className="total-figure">
          <span className="visually-hidden">{t('report.total')}</span>
          <strong>{result.total}</strong> {t('report.unit')}
        </p>
        <p className={result.passed ? 'verdict-pass' : 'verdict-fail'}>{verdict(result)}</p>
        <p className="muted">{t('report.passMark', { pass: result.passMark })}</p>
      </div>
      {result.reasons.length > 0 && (
        <section aria-labelledby="reasons-title">
          <h3 id="reasons-title">{t('report.reasons')}</h3>
          <ul>
            {result.reasons.map((r, i) => (
              <li key={i}>{r.message}</li>
            ))}
          </ul>
        </section>
      )}

      {saved && (
        <>
          <p className="notice ok">{t('report.saved')}</p>
          <Downloads result={result} />
        </>
      )}
      {saved && result.passed && (
        <p>
          <a className="button secondary" href={`/results/certificate/?id=${result.id}`}>
            {t('report.certificate')}
          </a>
        </p>
      )}

      <section aria-labelledby="sections-title">
        <h3 id="sections-title">{t('report.sections')}</h3>
        <BarChart
          horizontal
          labels={result.sections.map((s) => s.title)}
          values={result.sections.map((s) => s.score)}
          max={100}
          tones={result.sections.map((s) => (s.score >= (s.minScore ?? result.passMark) ? 'ok' : 'bad'))}
          label={t('report.chartLabel', { summary: result.sections.map((s) => `${s.title} ${t('report.points', { score: s.score })}`).join('，') })}
          describedBy="sections-table"
        />
        <table id="sections-table">
          <thead>
            <tr>
              <th scope="col">{t('report.section')}</th>
              <th scope="col" className="number">
                {t('report.weight')}
              </th>
              <th scope="col" className="number">
                {t('report.score')}
              </th>
              <th scope="col">{t('report.ended')}</th>
            </tr>
          </thead>
          <tbody>
            {result.sections.map((s) => (
              <tr key={s.id}>
                <th scope="row">{s.title}</th>
                <td className="number">{s.weight}%</td>
                <td className="number">{s.score}</td>
                <td>{endText(s.endReason)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      {result.sections.map((s) => {
        if (s.kind === 'typing') return <TypingPart key={s.id} s={s} />;
        if (s.kind === 'scenarios') return <ScenarioPart key={s.id} s={s} />;
        return <QuizPart key={s.id} s={s} />;
      })}

      <section aria-labelledby="integrity-title">
        <h3 id="integrity-title">{t('report.integrity')}</h3>
        {flags.length === 0 ? (
          <p>{t('report.integrityNone')}</p>
        ) : (
          <>
            <ul>
              {flags.map((f) => (
                <li key={f}>{f}</li>
              ))}
            </ul>
            <p className="muted">{t('report.integrityNote')}</p>
          </>
        )}
      </section>

      <p className="muted report-id">
        {t('report.id')} {result.id} · {t('report.digest')} {digestPrefix(result.digest)}
      </p>
    </article>
  );
}
