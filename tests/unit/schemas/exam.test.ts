import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parseMdx, parseYaml } from '../../../src/content-check/frontmatter.ts';
import { fieldPath } from '../../../src/content-check/report.ts';
import { ExamSchema, TypingPassagesSchema, examTimeLimit, type ExamInput } from '../../../src/schemas/exam.ts';
import { baseExam } from '../exam-fixtures.ts';

function issues(edit: (e: ExamInput) => void): string[] {
  const input = baseExam();
  edit(input);
  const result = ExamSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((i) => `${fieldPath(i.path)}: ${i.message}`);
}

const section = (e: ExamInput, i: number) => {
  const s = e.sections[i];
  if (!s) throw new Error(`no section ${i}`);
  return s;
};

describe('ExamSchema', () => {
  test.each(readdirSync('content/exams'))('accepts content/exams/%s', (name) => {
    const result = ExamSchema.safeParse(parseMdx(readFileSync(`content/exams/${name}`, 'utf8')).data);
    expect(result.success ? [] : result.error.issues).toEqual([]);
  });

  test('accepts the test exam and fills in the defaults of the brief', () => {
    const exam = ExamSchema.parse(baseExam());
    expect(exam.passMark).toBe(70);
    expect(exam.grades).toEqual({ 金牌: 90, 银牌: 80, 铜牌: 70 });
    expect(examTimeLimit(exam)).toBe(120 + 600 + 300);
  });

  test('rejects weights that do not sum to 100', () => {
    expect(issues((e) => (section(e, 0).weight = 30))).toMatchInlineSnapshot(`
      [
        "sections: 各部分的 weight 加起来应为 100，现在是 typing 30 + chat 50 + knowledge 30 = 110",
      ]
    `);
  });

  test('rejects a section that counts for nothing, and too little time per drawn question', () => {
    expect(
      issues((e) => {
        section(e, 0).weight = 0;
        delete section(e, 0).minScore;
        section(e, 1).weight = 70;
        section(e, 2).timeLimit = 30;
        const quiz = section(e, 2);
        if (quiz.kind === 'quiz') quiz.draw = 4;
      }),
    ).toMatchInlineSnapshot(`
      [
        "sections[0].weight: 权重为 0 又没有 minScore：这一部分对成绩没有任何影响。给它权重，或写上 minScore（必须达到的分数）",
        "sections[2].timeLimit: 限时 30 秒要做 4 道题，每道不到 10 秒，来不及读题：至少给 40 秒，或少抽几道",
      ]
    `);
    // A weight of 0 with a minScore is a gate only; 10 seconds a question is enough.
    expect(
      issues((e) => {
        section(e, 0).weight = 0;
        section(e, 1).weight = 70;
        section(e, 2).timeLimit = 40;
        const quiz = section(e, 2);
        if (quiz.kind === 'quiz') quiz.draw = 4;
      }),
    ).toEqual([]);
  });

  test('rejects an overall limit shorter than a section', () => {
    expect(issues((e) => (e.timeLimit = 300))).toMatchInlineSnapshot(`
      [
        "timeLimit: 整场限时 300 秒，比第 2 部分（模拟接待）的 600 秒还短：加长整场的 timeLimit，或缩短这些部分的",
      ]
    `);
  });

  test('rejects an unknown section kind, a duplicate id and a repeated pool entry', () => {
    expect(issues((e) => e.sections.push({ kind: 'essay', id: 'x' } as never))).toMatchInlineSnapshot(`
      [
        "sections[3].kind: kind 只能是 typing（打字测试）、scenarios（模拟接待）或 quiz（知识题）",
      ]
    `);
    expect(
      issues((e) => {
        section(e, 1).id = 'typing';
        const chat = section(e, 1);
        if (chat.kind === 'scenarios') chat.pool = ['size-advice', 'size-advice'];
      }),
    ).toMatchInlineSnapshot(`
      [
        "sections[1].id: 部分 id 重复：typing（第 1 部分已经用过）",
        "sections[1].pool[1]: 场景 size-advice 重复",
      ]
    `);
  });

  test('rejects a malformed question reference and an empty quiz pool', () => {
    expect(
      issues((e) => {
        const quiz = section(e, 2);
        if (quiz.kind === 'quiz') quiz.from = ['Pre-Sales/first response'];
      }),
    ).toMatchInlineSnapshot(`
      [
        "sections[2].from[0]: 写单元 id（pre-sales）、课程 id（pre-sales/first-response）或某一道题（pre-sales/first-response#kpi）",
      ]
    `);
    expect(
      issues((e) => {
        const quiz = section(e, 2);
        if (quiz.kind === 'quiz') {
          quiz.from = [];
          quiz.questions = [];
        }
      }),
    ).toMatchInlineSnapshot(`
      [
        "sections[2].from: 题库为空：写 from（课程的自测题）或 questions（本考核自己的题）",
      ]
    `);
  });

  test('rejects a short passage, a zero draw and grades out of order', () => {
    expect(
      issues((e) => {
        const typing = section(e, 0);
        if (typing.kind === 'typing') typing.passage = '亲，您好！';
        const chat = section(e, 1);
        if (chat.kind === 'scenarios') chat.draw = 0;
        e.grades = { 金牌: 80, 银牌: 85, 铜牌: 70 };
      }),
    ).toMatchInlineSnapshot(`
      [
        "grades.银牌: 分数线要从高到低：金牌 > 银牌 > 铜牌，现在是 金牌 80、银牌 85、铜牌 70",
        "sections[0].passage: 文章至少 100 个字，才测得出速度",
        "sections[1].draw: 至少抽 1 个场景",
      ]
    `);
  });

  test('rejects a bronze grade below the pass mark', () => {
    expect(issues((e) => (e.passMark = 75))).toMatchInlineSnapshot(`
      [
        "grades.铜牌: 铜牌分数线（70）低于及格线（75）：没通过的人不会得到等级",
      ]
    `);
  });
});

describe('TypingPassagesSchema', () => {
  test('accepts content/typing.yaml', () => {
    const result = TypingPassagesSchema.safeParse(parseYaml(readFileSync('content/typing.yaml', 'utf8')));
    expect(result.success ? [] : result.error.issues).toEqual([]);
  });

  test('rejects a duplicate id and a short text', () => {
    const result = TypingPassagesSchema.safeParse([
      { id: 'a', title: '一', text: '亲'.repeat(60), seconds: 60 },
      { id: 'a', title: '二', text: '太短了', seconds: 60 },
    ]);
    expect(result.success ? [] : result.error.issues.map((i) => `${fieldPath(i.path)}: ${i.message}`)).toMatchInlineSnapshot(`
      [
        "[1].text: 练习文章至少 60 个字",
        "[1].id: id 重复：a",
      ]
    `);
  });
});
