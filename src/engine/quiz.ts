import type { QuizQuestion } from '../schemas/quiz.ts';

/** Chosen option indexes per question id. */
export type QuizAnswers = Record<string, number[]>;

export interface QuestionGrade {
  id: string;
  answered: boolean;
  correct: boolean;
  /** Indexes of the right options. */
  expected: number[];
}

export interface QuizGrade {
  questions: QuestionGrade[];
  correct: number;
  total: number;
  /** Ids of questions with no option chosen. */
  unanswered: string[];
}

const sorted = (xs: readonly number[]): number[] => [...new Set(xs)].sort((a, b) => a - b);

/** A question is right when exactly the right options are chosen: no partial credit. */
export function gradeQuiz(questions: readonly QuizQuestion[], answers: QuizAnswers): QuizGrade {
  const graded = questions.map((q): QuestionGrade => {
    const expected = q.options.flatMap((o, i) => (o.correct ? [i] : []));
    const chosen = sorted(answers[q.id] ?? []);
    return {
      id: q.id,
      answered: chosen.length > 0,
      correct: chosen.length === expected.length && chosen.every((c, i) => c === expected[i]),
      expected,
    };
  });
  return {
    questions: graded,
    correct: graded.filter((g) => g.correct).length,
    total: graded.length,
    unanswered: graded.filter((g) => !g.answered).map((g) => g.id),
  };
}
