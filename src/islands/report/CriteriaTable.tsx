import { t } from '../../i18n/report.ts';
import type { ScenarioOutline } from '../../lib/report-outline.ts';
import type { AttemptResult, CriterionResult } from '../../schemas/attempt.ts';
import './report.css';

interface Props {
  result: AttemptResult;
  /** The scenario's criteria, to name those of turns never reached; without it they are named by id. */
  outline?: ScenarioOutline | null;
}

interface Row {
  key: string;
  where: string;
  criterion: CriterionResult;
  /** Why a criterion did not apply. */
  naReason?: string;
}

/** A turn never reached is named by the start of its message. */
const opening = (text: string): string => `「${[...text].length > 12 ? `${[...text].slice(0, 12).join('')}…` : text}」`;

const quoted = (list: readonly string[]): string => [...new Set(list)].map((w) => `「${w}」`).join('');

/** The evidence for a status: the words found, the words that count against it, the words missing. */
function Why({ row, turnNumber }: { row: Row; turnNumber: (turn: string) => number }) {
  const c = row.criterion;
  if (c.status === 'na') return <>{row.naReason ?? t('criteria.conditionNotMet')}</>;
  const where = (turn: string | undefined): string => (turn === undefined ? '' : t('criteria.inTurn', { n: turnNumber(turn) }));
  const found = c.matches.filter((m) => !m.wrong);
  const wrong = c.matches.filter((m) => m.wrong);
  return (
    <>
      {wrong.length > 0 && (
        <span className="evidence wrong">
          {t('criteria.wrong')}
          {wrong.map((m, i) => (
            <mark key={i} className="wrong">
              {m.text}
              {where(m.turn)}
            </mark>
          ))}
        </span>
      )}
      {found.length > 0 && (
        <span className="evidence">
          {t('criteria.found')}
          {found.map((m, i) => (
            <mark key={i} className="found">
              {m.text}
              {where(m.turn)}
            </mark>
          ))}
        </span>
      )}
      {c.status === 'fail' && c.missing.length > 0 && (
        <span className="evidence">
          {t('criteria.missing')}
          {quoted(c.missing)}
        </span>
      )}
    </>
  );
}

/** Every criterion of every turn (reached or not) and of the whole conversation, with status, weight and why. */
export default function CriteriaTable({ result, outline = null }: Props) {
  const reached = new Set(result.turns.map((tr) => tr.turn));
  const turnNumber = (turn: string): number => result.turns.findIndex((tr) => tr.turn === turn) + 1;
  const rows: Row[] = result.turns.flatMap((turn, i) =>
    turn.criteria.map((criterion) => ({
      key: `${i}-${criterion.id}`,
      where: t('criteria.turnN', { n: i + 1 }),
      criterion,
      ...(turn.reply === null ? { naReason: t('criteria.noReply') } : {}),
    })),
  );
  // Turns never reached: named from the outline, or by id from the result.
  const unreached: Row[] = outline
    ? outline.turns
        .filter((turn) => !reached.has(turn.id))
        .flatMap((turn) =>
          turn.criteria.map((c) => ({
            key: `x-${c.id}`,
            where: opening(turn.customer),
            criterion: { ...c, status: 'na' as const, feedback: '', matches: [], missing: [] },
            naReason: t('criteria.notReached'),
          })),
        )
    : result.rubric.notApplicable
        .filter((id) => !rows.some((r) => r.criterion.id === id) && !result.rubric.criteria.some((c) => c.id === id))
        .map((id) => ({
          key: `x-${id}`,
          where: '—',
          criterion: { id, label: t('criteria.unknown', { id }), status: 'na' as const, weight: 0, critical: false, feedback: '', matches: [], missing: [] },
          naReason: t('criteria.notReached'),
        }));
  const conversation: Row[] = result.rubric.criteria.map((criterion) => ({ key: `r-${criterion.id}`, where: t('criteria.conversation'), criterion }));
  const all = [...rows, ...unreached, ...conversation];

  return (
    <section className="criteria-section" aria-labelledby="criteria-title">
      <h2 id="criteria-title">{t('criteria.title')}</h2>
      <div className="table-scroll" tabIndex={0} role="region" aria-label={t('criteria.caption')}>
        <table className="criteria-table">
          <caption className="visually-hidden">{t('criteria.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('criteria.turn')}</th>
              <th scope="col">{t('criteria.criterion')}</th>
              <th scope="col">{t('criteria.status')}</th>
              <th scope="col">{t('criteria.weight')}</th>
              <th scope="col">{t('criteria.critical')}</th>
              <th scope="col">{t('criteria.feedback')}</th>
              <th scope="col">{t('criteria.why')}</th>
            </tr>
          </thead>
          <tbody>
            {all.map((row) => (
              <tr key={row.key} data-status={row.criterion.status}>
                <td className="where">{row.where}</td>
                <th scope="row">{row.criterion.label}</th>
                <td className="status">{t(`criteria.${row.criterion.status}`)}</td>
                <td className="num">{row.criterion.weight}</td>
                <td className="flag">{row.criterion.critical ? t('criteria.yes') : t('criteria.no')}</td>
                <td>{row.criterion.feedback}</td>
                <td className="why">
                  <Why row={row} turnNumber={turnNumber} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
