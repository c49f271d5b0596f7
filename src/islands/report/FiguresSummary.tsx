import { t } from '../../i18n/report.ts';
import { durationText, oneDecimal } from '../../lib/chat-format.ts';
import type { AttemptResult } from '../../schemas/attempt.ts';
import './report.css';

interface Props {
  result: AttemptResult;
}

const PARTS = ['rubric', 'response', 'typing'] as const;

/** Total, pass or fail with the reasons, grade, typing speed and response times against their bands. */
export default function FiguresSummary({ result }: Props) {
  const { typing, response } = result;
  return (
    <section className="figures-summary" aria-labelledby="figures-title">
      <h2 id="figures-title">{t('figures.title')}</h2>
      <dl className="figure-grid">
        <div className="figure total" data-passed={result.passed}>
          <dt>{t('figures.total')}</dt>
          <dd>
            <strong>{t('figures.points', { value: oneDecimal(result.total) })}</strong>
            <span className="muted">{t('figures.passMark', { mark: result.passMark })}</span>
          </dd>
        </div>
        <div className="figure" data-passed={result.passed}>
          <dt>{t('figures.result')}</dt>
          <dd>
            <strong className="verdict">{result.passed ? t('figures.passed') : t('figures.failed')}</strong>
            <span className="muted">
              {t('figures.grade')}：{result.grade ?? t('figures.noGrade')}
            </span>
          </dd>
        </div>
        <div className="figure">
          <dt>{t('figures.outcome')}</dt>
          <dd>
            <strong>{t(`figures.outcome.${result.outcome}`)}</strong>
            <span className="muted">
              {t('figures.duration')}：{durationText(result.durationMs)}
            </span>
          </dd>
        </div>
        <div className="figure" data-below={typing.belowGate === true}>
          <dt>{t('figures.speed')}</dt>
          <dd>
            <strong>{typing.speed === null ? t('figures.speedNone') : t('figures.speedValue', { value: oneDecimal(typing.speed) })}</strong>
            {typing.belowGate && <span className="below-gate">{t('figures.belowGate')}</span>}
            <span className="muted">{t('figures.speedBands', { gate: typing.gate, target: typing.target })}</span>
            {typing.speed !== null && (
              <span className="muted">{t('figures.typed', { chars: typing.chars, time: durationText(typing.activeMs), pasted: typing.pasted })}</span>
            )}
          </dd>
        </div>
        <div className="figure">
          <dt>{t('figures.first')}</dt>
          <dd>
            <strong>{durationText(response.firstMs)}</strong>
            <span className="muted">{t('figures.responseBand', { full: response.firstBand.full, zero: response.firstBand.zero })}</span>
            {response.firstScore !== null && <span className="muted">{t('figures.score', { value: oneDecimal(response.firstScore) })}</span>}
          </dd>
        </div>
        <div className="figure">
          <dt>{t('figures.average')}</dt>
          <dd>
            <strong>{durationText(response.averageMs)}</strong>
            <span className="muted">{t('figures.responseBand', { full: response.averageBand.full, zero: response.averageBand.zero })}</span>
            {response.averageScore !== null && <span className="muted">{t('figures.score', { value: oneDecimal(response.averageScore) })}</span>}
          </dd>
        </div>
      </dl>
      {result.reasons.length > 0 && (
        <div className="reasons notice bad">
          <h3>{t('figures.reasons')}</h3>
          <ul>
            {result.reasons.map((r) => (
              <li key={r.kind}>{r.message}</li>
            ))}
          </ul>
        </div>
      )}
      <h3>{t('figures.parts')}</h3>
      <ul className="parts">
        {PARTS.map((key) => {
          const part = result.parts[key];
          return (
            <li key={key}>
              <span>{t(`figures.part.${key}`)}</span>
              <span>{part.score === null ? t('figures.partNone') : t('figures.partValue', { score: oneDecimal(part.score), weight: part.weight })}</span>
              {key === 'rubric' && result.rubric.possible > 0 && (
                <span className="muted">{t('figures.earned', { earned: result.rubric.earned, possible: result.rubric.possible })}</span>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
