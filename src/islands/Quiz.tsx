import { useEffect, useId, useState } from 'react';
import { gradeQuiz, type QuizAnswers, type QuizGrade } from '../engine/quiz.ts';
import { t, type UiKey } from '../i18n/ui.ts';
import type { QuizQuestion } from '../schemas/quiz.ts';
import { announceProgressChange, createProgressStore, recordQuiz } from '../storage/progress-store.ts';

interface Props {
  quizKey: string;
  questions: QuizQuestion[];
  title?: string;
}

export default function Quiz({ quizKey, questions, title = t('quiz.title') }: Props) {
  const [answers, setAnswers] = useState<QuizAnswers>({});
  const [grade, setGrade] = useState<QuizGrade | null>(null);
  const [message, setMessage] = useState<string>('');
  // The server-rendered form must not submit natively before the island hydrates.
  const [hydrated, setHydrated] = useState(false);
  const baseId = useId();

  useEffect(() => {
    setHydrated(true);
    const saved = createProgressStore().load().value.quizzes[quizKey];
    if (saved) {
      setAnswers(saved.answers);
      setGrade(gradeQuiz(questions, saved.answers));
    }
  }, [quizKey, questions]);

  function choose(question: QuizQuestion, index: number, checked: boolean) {
    setAnswers((prev) => {
      const current = prev[question.id] ?? [];
      const next = question.multiple
        ? checked
          ? [...current, index]
          : current.filter((i) => i !== index)
        : [index];
      return { ...prev, [question.id]: next };
    });
  }

  function submit(event: React.SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    const result = gradeQuiz(questions, answers);
    if (result.unanswered.length > 0) {
      const numbers = result.unanswered.map((id) => questions.findIndex((q) => q.id === id) + 1);
      setMessage(t('quiz.unanswered', { list: numbers.map((n) => `第 ${n} 题`).join('、') }));
      return;
    }
    setGrade(result);
    const { result: saved } = createProgressStore().update((p) =>
      recordQuiz(p, quizKey, answers, result.correct, result.total, new Date()),
    );
    announceProgressChange();
    setMessage(saved.ok ? t('quiz.score', { correct: result.correct, total: result.total }) : t(`storage.${saved.problem}` as UiKey));
  }

  function retry() {
    setGrade(null);
    setAnswers({});
    setMessage('');
  }

  return (
    <form className="quiz" onSubmit={submit} aria-labelledby={`${baseId}-title`}>
      <h2 id={`${baseId}-title`} className="quiz-title">
        {title}
      </h2>
      {questions.map((q, qi) => {
        const chosen = answers[q.id] ?? [];
        const graded = grade?.questions.find((g) => g.id === q.id);
        return (
          <fieldset key={q.id} className="quiz-question" data-result={graded ? String(graded.correct) : undefined}>
            <legend>
              <span className="quiz-number">{qi + 1}.</span> {q.question}{' '}
              <span className="tag">{q.multiple ? t('quiz.multiple') : t('quiz.single')}</span>
            </legend>
            <ul className="quiz-options">
              {q.options.map((option, oi) => {
                const inputId = `${baseId}-${q.id}-${oi}`;
                const isChosen = chosen.includes(oi);
                return (
                  <li key={oi} data-chosen={isChosen} data-correct={graded ? option.correct : undefined}>
                    <input
                      id={inputId}
                      type={q.multiple ? 'checkbox' : 'radio'}
                      name={`${baseId}-${q.id}`}
                      checked={isChosen}
                      disabled={grade !== null}
                      onChange={(e) => choose(q, oi, e.currentTarget.checked)}
                    />
                    <label htmlFor={inputId}>{option.text}</label>
                    {graded && (isChosen || option.correct) && (
                      <p className="quiz-explain">
                        <strong>
                          {[isChosen && t('quiz.yourChoice'), option.correct && t('quiz.rightAnswer')].filter(Boolean).join(' · ')}
                          ：
                        </strong>
                        {option.explain}
                      </p>
                    )}
                  </li>
                );
              })}
            </ul>
            {graded && (
              <p className="quiz-verdict" data-correct={graded.correct}>
                {graded.correct ? `✓ ${t('quiz.correct')}` : `✗ ${t('quiz.wrong')}`}
              </p>
            )}
          </fieldset>
        );
      })}
      <div className="quiz-actions">
        {grade === null ? (
          <button type="submit" className="button" disabled={!hydrated}>
            {t('quiz.submit')}
          </button>
        ) : (
          <button type="button" className="button secondary" onClick={retry}>
            {t('quiz.retry')}
          </button>
        )}
        <p className="quiz-message" role="status" aria-live="polite">
          {message || (grade ? t('quiz.score', { correct: grade.correct, total: grade.total }) : '')}
        </p>
      </div>
    </form>
  );
}
