import { t } from '../../i18n/report.ts';
import { durationText, timerText } from '../../lib/chat-format.ts';
import type { AttemptResult } from '../../schemas/attempt.ts';
import './report.css';

interface Props {
  result: AttemptResult;
}

/** Pastes and time away from the page, as neutral facts for a trainer. */
export default function IntegrityFlags({ result }: Props) {
  const t0 = result.turns[0]?.shownAt ?? result.timeline[0]?.t ?? 0;
  const turnNumber = (turn: string | null): number => (turn === null ? 0 : result.turns.findIndex((x) => x.turn === turn) + 1);
  return (
    <section className="integrity" aria-labelledby="flags-title">
      <h2 id="flags-title">{t('flags.title')}</h2>
      <p className="muted">{t('flags.note')}</p>
      {result.flags.length === 0 ? (
        <p>{t('flags.none')}</p>
      ) : (
        <ul className="flags">
          {result.flags.map((flag, i) => {
            const n = turnNumber(flag.turn);
            return (
              <li key={i}>
                <strong>{flag.kind === 'paste' ? t('flags.paste', { chars: flag.chars }) : t('flags.away', { time: durationText(flag.durationMs) })}</strong>
                <span className="muted">
                  {n > 0 && t('flags.turn', { n })} {t('flags.when', { time: timerText(Math.max(0, flag.t - t0)) })}
                </span>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
