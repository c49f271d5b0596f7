import { describe, expect, test } from 'vitest';
import { checkContent, type ContentSet } from '../../../src/content-check/check.ts';
import { formatIssue } from '../../../src/content-check/report.ts';

const moduleFile = { path: 'content/modules/workflow.yaml', text: 'title: 服务流程\nsummary: 十个环节。\norder: 1\n' };
const glossary = {
  path: 'content/glossary.yaml',
  text: 'terms:\n  - term: 首响\n    definition: 第一次回复用的时间。\nsynonyms: []\n',
};

function lessonFile(path: string, frontmatter: string, body = '正文。'): { path: string; text: string } {
  return {
    path,
    text: `---\ntitle: 五步沟通法\nsummary: 骨架。\nmodule: workflow\norder: 1\nroles: [通用]\nobjectives: [一, 二]\nminutes: 5\nupdated: 2026-11-23\ncovers: [C2]\n${frontmatter}---\n${body}\n`,
  };
}

const run = (set: Partial<ContentSet>): string[] =>
  checkContent({ modules: [moduleFile], lessons: [], scenarios: [], glossary, ...set }).map(formatIssue);

describe('checkContent', () => {
  test('passes valid content', () => {
    expect(run({ lessons: [lessonFile('content/lessons/workflow/01-five-steps.mdx', '')] })).toEqual([]);
  });

  test('names the file and the field of a schema error', () => {
    const bad = lessonFile('content/lessons/workflow/01-five-steps.mdx', '');
    bad.text = bad.text.replace('minutes: 5', 'minutes: 五分钟');
    expect(run({ lessons: [bad] })).toContain('content/lessons/workflow/01-five-steps.mdx: minutes: 应为数字，这里写的是文字');
  });

  test('names a missing field', () => {
    const bad = lessonFile('content/lessons/workflow/01-five-steps.mdx', '');
    bad.text = bad.text.replace('summary: 骨架。\n', '');
    expect(run({ lessons: [bad] })).toContain('content/lessons/workflow/01-five-steps.mdx: summary: 缺少这个字段');
  });

  test('reports broken YAML with its reason', () => {
    const lines = run({ lessons: [{ path: 'content/lessons/workflow/01-x.mdx', text: '---\ntitle: [\n---\n' }] });
    expect(lines[0]).toMatch(/^content\/lessons\/workflow\/01-x\.mdx: frontmatter: YAML 格式错误（第 \d+ 行）：/);
  });

  test('reports a lesson whose module does not exist', () => {
    const lesson = lessonFile('content/lessons/orders/01-cod.mdx', '');
    lesson.text = lesson.text.replace('module: workflow', 'module: orders');
    expect(run({ lessons: [lesson] })).toContain(
      'content/lessons/orders/01-cod.mdx: module: 单元“orders”不存在：content/modules/ 里没有 orders.yaml（现有单元：workflow）',
    );
  });

  test('reports a quiz that readers cannot see', () => {
    const quiz = 'quiz:\n  - id: q1\n    question: 问？\n    options:\n      - { text: 甲, correct: true, explain: 对。 }\n      - { text: 乙, explain: 错。 }\n';
    expect(run({ lessons: [lessonFile('content/lessons/workflow/01-five-steps.mdx', quiz)] })).toEqual([
      'content/lessons/workflow/01-five-steps.mdx: quiz: 写了自测题，但正文里没有 <Quiz questions={frontmatter.quiz} />，学员看不到',
    ]);
  });

  test('reports duplicate orders and file names that break the convention', () => {
    const lines = run({
      lessons: [
        lessonFile('content/lessons/workflow/01-five-steps.mdx', ''),
        lessonFile('content/lessons/workflow/five.mdx', ''),
      ],
    });
    expect(lines).toEqual([
      'content/lessons/workflow/five.mdx: (文件): 课程文件要放在 content/lessons/<单元 id>/ 里，文件名写成“两位序号-英文名.mdx”（小写字母、数字和连字符），例如 content/lessons/workflow/03-before-your-shift.mdx',
      'content/lessons/workflow/five.mdx: order: order 1 和 content/lessons/workflow/01-five-steps.mdx 重复：同一单元里每节课的 order 要不同',
    ]);
  });

  test('reports a missing glossary', () => {
    expect(run({ glossary: null, lessons: [lessonFile('content/lessons/workflow/01-five-steps.mdx', '')] })).toEqual([
      'content/glossary.yaml: (文件): 缺少术语表文件',
    ]);
  });
});
