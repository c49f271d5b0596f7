import type { TurnRecord } from '../../engine/index.ts';
import { t } from '../../i18n/exercise.ts';
import { durationText } from '../../lib/chat-format.ts';
import type { CriterionResult } from '../../schemas/attempt.ts';

interface Props {
  record: TurnRecord;
  /** The turn's model answer (参考话术), collapsed. */
  model: string;
}

/** The criteria of one reply: the turn's own and the every-reply ones of the conversation. */
export function replyCriteria(record: TurnRecord): CriterionResult[] {
  return [...record.criteria, ...record.eachReply].filter((c) => c.status !== 'na');
}

const words = (list: readonly string[]): string => [...new Set(list)].map((w) => `「${w}」`).join('');

/** Practice feedback under a reply: what passed, what failed and why, and the model answer. */
export default function ReplyFeedback({ record, model }: Props) {
  const criteria = replyCriteria(record);
  const passed = criteria.filter((c) => c.status === 'pass').length;
  return (
    <section className="reply-feedback" aria-label={t('feedback.title')}>
      <p className="feedback-head">
        <strong>{criteria.length > 0 ? t('feedback.summary', { passed, total: criteria.length }) : t('feedback.none')}</strong>
        {record.responseMs !== null && <span>{t('feedback.time', { time: durationText(record.responseMs) })}</span>}
        {record.late && <span className="late-mark">{t('feedback.late')}</span>}
      </p>
      {criteria.length > 0 && (
        <ul className="criteria">
          {criteria.map((c) => {
            const found = c.matches.filter((m) => !m.wrong).map((m) => m.text);
            const wrong = c.matches.filter((m) => m.wrong).map((m) => m.text);
            return (
              <li key={c.id} data-status={c.status}>
                <span className="mark" aria-hidden="true">
                  {c.status === 'pass' ? '✓' : '✗'}
                </span>
                <span className="criterion">
                  <strong>{c.label}</strong>
                  <span className="status">{t(c.status === 'pass' ? 'feedback.pass' : 'feedback.fail')}</span>
                  <span className="why">{c.feedback}</span>
                  {wrong.length > 0 && (
                    <span className="words wrong">
                      {t('feedback.wrong')}
                      {words(wrong)}
                    </span>
                  )}
                  {found.length > 0 && (
                    <span className="words">
                      {t('feedback.found')}
                      {words(found)}
                    </span>
                  )}
                  {c.status === 'fail' && c.missing.length > 0 && (
                    <span className="words">
                      {t('feedback.missing')}
                      {words(c.missing)}
                    </span>
                  )}
                </span>
              </li>
            );
          })}
        </ul>
      )}
      <details className="model">
        <summary>{t('feedback.model')}</summary>
        <p>{model}</p>
      </details>
    </section>
  );
}
