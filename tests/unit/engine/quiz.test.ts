import { describe, expect, test } from 'vitest';
import { gradeQuiz } from '../../../src/engine/quiz.ts';
import type { QuizQuestion } from '../../../src/schemas/quiz.ts';

const single: QuizQuestion = {
  id: 'single',
  question: '第一步？',
  multiple: false,
  options: [
    { text: '问候', correct: true, explain: '' },
    { text: '推荐', correct: false, explain: '' },
  ],
};
const multiple: QuizQuestion = {
  id: 'multi',
  question: '哪些对？',
  multiple: true,
  options: [
    { text: 'A', correct: true, explain: '' },
    { text: 'B', correct: false, explain: '' },
    { text: 'C', correct: true, explain: '' },
  ],
};

describe('gradeQuiz', () => {
  test.each([
    ['the right single answer', { single: [0] }, true],
    ['a wrong single answer', { single: [1] }, false],
  ])('grades %s', (_label, answers, correct) => {
    expect(gradeQuiz([single], answers).questions[0]?.correct).toBe(correct);
  });

  test.each([
    ['all right options, in any order', [2, 0], true],
    ['only some right options', [0], false],
    ['right options plus a wrong one', [0, 1, 2], false],
    ['a repeated choice', [0, 0, 2], true],
  ])('grades a multiple-choice answer with %s', (_label, chosen, correct) => {
    expect(gradeQuiz([multiple], { multi: chosen }).questions[0]?.correct).toBe(correct);
  });

  test('lists unanswered questions and counts the score', () => {
    const grade = gradeQuiz([single, multiple], { single: [0] });
    expect(grade).toMatchObject({ correct: 1, total: 2, unanswered: ['multi'] });
    expect(grade.questions[1]?.expected).toEqual([0, 2]);
  });
});
