import { t } from '../../i18n/report.ts';
import { durationText, oneDecimal, timerText } from '../../lib/chat-format.ts';
import type { AttemptResult, Match } from '../../schemas/attempt.ts';
import Highlighted from '../chat/Highlighted.tsx';
import './report.css';

interface Props {
  result: AttemptResult;
  /** Show each turn's model answer (参考话术). */
  showModel?: boolean;
}

/** Each message of a reply with where it starts in the reply (the messages joined by line breaks). */
function messageOffsets(turn: AttemptResult['turns'][number]): { text: string; offset: number }[] {
  // Results kept before a reply could be several messages hold the reply alone.
  const messages = turn.messages ?? (turn.reply === null ? [] : [{ text: turn.reply }]);
  let offset = 0;
  return messages.map((m) => {
    const at = offset;
    offset += m.text.length + 1;
    return { text: m.text, offset: at };
  });
}

/** The conversation again: each reply with its highlights, failed criteria, response time and late mark. */
export default function AnnotatedTranscript({ result, showModel = true }: Props) {
  const t0 = result.turns[0]?.shownAt ?? 0;
  return (
    <section className="transcript-section" aria-labelledby="transcript-title">
      <h2 id="transcript-title">{t('transcript.title')}</h2>
      <ol className="transcript">
        {result.turns.map((turn, i) => {
          // Conversation-wide criteria that matched in this reply (an absolute term, a greeting …).
          const wide = result.rubric.criteria.filter((c) => c.status !== 'na' && c.matches.some((m) => m.turn === turn.turn));
          const matches: Match[] = [
            ...turn.criteria.filter((c) => c.status !== 'na').flatMap((c) => c.matches),
            ...wide.flatMap((c) => c.matches.filter((m) => m.turn === turn.turn)),
          ];
          const failed = [...turn.criteria.filter((c) => c.status === 'fail'), ...wide.filter((c) => c.status === 'fail')];
          const last = i === result.turns.length - 1;
          return (
            <li key={i} className="exchange">
              <div className="said customer">
                <p className="meta">
                  <strong>
                    {t('criteria.turnN', { n: i + 1 })} · {t('transcript.customer')}
                  </strong>
                  <span>{timerText(turn.shownAt - t0)}</span>
                </p>
                <p className="text">{turn.customer}</p>
              </div>
              {turn.reply === null ? (
                <p className="no-reply">{last && result.outcome === 'customer-left' ? t('transcript.noReply.left') : t('transcript.noReply.ended')}</p>
              ) : (
                <div className="said trainee">
                  <p className="meta">
                    <strong>{t('transcript.reply')}</strong>
                    {turn.sentAt !== null && <span>{timerText(turn.sentAt - t0)}</span>}
                    <span>{t('transcript.response', { time: durationText(turn.responseMs) })}</span>
                    {turn.late && <strong className="late-mark">{t('transcript.late')}</strong>}
                    {turn.typing?.speed != null && <span>{t('transcript.speed', { value: oneDecimal(turn.typing.speed) })}</span>}
                  </p>
                  {messageOffsets(turn).map(({ text, offset }) => (
                    <p key={offset} className="text">
                      <Highlighted text={text} matches={matches} offset={offset} />
                    </p>
                  ))}
                  <p className="after muted">{t('transcript.mood', { mood: turn.mood, patience: turn.patience })}</p>
                </div>
              )}
              {failed.length > 0 && (
                <div className="failed">
                  <p className="failed-title">{t('transcript.failed')}</p>
                  <ul>
                    {failed.map((c) => (
                      <li key={c.id}>
                        <strong>{c.label}</strong>：{c.feedback}
                      </li>
                    ))}
                  </ul>
                </div>
              )}
              {showModel && turn.model && (
                <details className="model">
                  <summary>{t('transcript.model')}</summary>
                  <p>{turn.model}</p>
                </details>
              )}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
