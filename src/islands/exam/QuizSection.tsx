/** The exam's quiz: the drawn questions in drawn order; answers are stored as they are chosen, never graded here. */
import type { PlanQuizSection } from '../../engine/exam-plan.ts';
import { setAnswer } from '../../engine/exam-session.ts';
import { t } from '../../i18n/exam.ts';
import type { SectionProps } from './sections.ts';

export default function QuizSection({ section, session, open, update }: SectionProps<PlanQuizSection>) {
  const byRef = new Map(section.pool.map((q) => [q.ref, q]));
  const questions = (session.draw[section.id] ?? []).flatMap((ref) => {
    const q = byRef.get(ref);
    return q ? [q] : [];
  });
  const done = questions.filter((q) => (session.answers[q.ref] ?? []).length > 0).length;
  return (
    <div className="quiz-section">
      <p className="muted" role="status">
        {t('quiz.answered', { done, total: questions.length })}
      </p>
      <ol className="exam-questions">
        {questions.map((q, qi) => {
          const chosen = session.answers[q.ref] ?? [];
          const name = `${section.id}-q${qi}`;
          return (
            <li key={q.ref}>
              <fieldset disabled={!open}>
                <legend>
                  <span className="question-number">{qi + 1}.</span> {q.question} <span className="tag">{q.multiple ? t('quiz.multiple') : t('quiz.single')}</span>
                </legend>
                {q.options.map((o, oi) => (
                  <label key={oi} className="option">
                    <input
                      type={q.multiple ? 'checkbox' : 'radio'}
                      name={name}
                      checked={chosen.includes(oi)}
                      onChange={(e) => {
                        const checked = e.currentTarget.checked;
                        const next = q.multiple ? (checked ? [...chosen, oi] : chosen.filter((c) => c !== oi)) : [oi];
                        update((s) => setAnswer(s, section.id, q.ref, next));
                      }}
                    />
                    <span>{o.text}</span>
                  </label>
                ))}
              </fieldset>
            </li>
          );
        })}
      </ol>
    </div>
  );
}
