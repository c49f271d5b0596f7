import { describe, expect, test } from 'vitest';
import { LessonSchema } from '../../../src/schemas/lesson.ts';
import { ModuleSchema } from '../../../src/schemas/module.ts';
import { QuizQuestionSchema } from '../../../src/schemas/quiz.ts';
import { fieldPath } from '../../../src/content-check/report.ts';

const lesson = {
  title: '五步沟通法',
  summary: '每一次对话的骨架。',
  module: 'workflow',
  order: 2,
  roles: ['通用'],
  objectives: ['说出五个步骤', '问清需求'],
  minutes: 12,
  updated: '2026-11-23',
  covers: ['C2'],
  quiz: [
    {
      id: 'q1',
      question: '第一步做什么？',
      options: [
        { text: '问候', correct: true, explain: '先接待。' },
        { text: '推荐', explain: '太早。' },
      ],
    },
  ],
};

/** The first issue as `field: message`, the way check:content prints it. */
function problems(schema: { safeParse(d: unknown): { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } } }, data: unknown): string[] {
  const result = schema.safeParse(data);
  return result.success ? [] : result.error!.issues.map((i) => `${fieldPath(i.path)}: ${i.message}`);
}

describe('LessonSchema', () => {
  test('accepts a complete lesson and parses the date', () => {
    const parsed = LessonSchema.parse(lesson);
    expect(parsed.updated).toEqual(new Date('2026-11-23'));
    expect(parsed.quiz?.[0]?.multiple).toBe(false);
    expect(parsed.quiz?.[0]?.options[1]?.correct).toBe(false);
  });

  test('accepts a lesson without a quiz', () => {
    const { quiz: _quiz, ...rest } = lesson;
    expect(LessonSchema.safeParse(rest).success).toBe(true);
  });

  test.each([
    ['an unknown role', { roles: ['店长'] }, 'roles[0]: 岗位只能是 售前、售后 或 通用'],
    ['one objective', { objectives: ['只有一条'] }, 'objectives: 至少两条学习目标'],
    ['five objectives', { objectives: ['一', '二', '三', '四', '五'] }, 'objectives: 最多四条学习目标'],
    ['an unknown brief item', { covers: ['H9'] }, 'covers[0]: 未知的大纲条目 "H9"（应为 A1–G2 之一）'],
    ['no brief item', { covers: [] }, 'covers: 至少写一个大纲条目'],
    ['a module id with capitals', { module: 'Workflow' }, 'module: 只能用小写英文字母、数字和连字符（例如 size-advice）'],
    ['a blank title', { title: '  ' }, 'title: 不能为空'],
    ['an unknown field', { author: '小雅' }, ': 不认识的字段：author（拼写错误，或放错了层级）'],
    ['a date that is not a date', { updated: '上周' }, 'updated: 应为日期，例如 2026-11-23'],
  ])('rejects %s', (_label, change, expected) => {
    expect(problems(LessonSchema, { ...lesson, ...change })).toContain(expected);
  });
});

describe('QuizQuestionSchema', () => {
  const question = lesson.quiz[0]!;

  test('rejects a question without a right answer', () => {
    const wrong = { ...question, options: question.options.map((o) => ({ ...o, correct: false })) };
    expect(problems(QuizQuestionSchema, wrong)).toEqual(['options: 没有标为正确（correct: true）的选项']);
  });

  test('rejects two right answers on a single-choice question', () => {
    const two = { ...question, options: question.options.map((o) => ({ ...o, correct: true })) };
    expect(problems(QuizQuestionSchema, two)).toEqual(['options: 单选题只能有一个正确选项；多个正确选项请写 multiple: true']);
  });

  test('accepts two right answers on a multiple-choice question', () => {
    const two = { ...question, multiple: true, options: question.options.map((o) => ({ ...o, correct: true })) };
    expect(problems(QuizQuestionSchema, two)).toEqual([]);
  });

  test('requires an explanation for every option', () => {
    const bare = { ...question, options: [{ text: '问候', correct: true }, { text: '推荐', explain: '太早。' }] };
    expect(problems(QuizQuestionSchema, bare)).toHaveLength(1);
    expect(problems(QuizQuestionSchema, bare)[0]).toMatch(/^options\[0\]\.explain: /);
  });

  test('rejects duplicate question ids in a lesson', () => {
    expect(problems(LessonSchema, { ...lesson, quiz: [question, question] })).toEqual(['quiz[1].id: 题目 id 重复：q1（第 1 题已经用过，学员的作答按 id 保存）']);
  });
});

describe('ModuleSchema', () => {
  test('accepts a module', () => {
    expect(ModuleSchema.safeParse({ title: '服务流程', summary: '十个环节。', order: 3 }).success).toBe(true);
  });

  test('rejects order 0', () => {
    expect(problems(ModuleSchema, { title: '服务流程', summary: '十个环节。', order: 0 })[0]).toMatch(/^order: /);
  });
});
