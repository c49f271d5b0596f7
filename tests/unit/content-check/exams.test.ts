import { readFileSync, readdirSync } from 'node:fs';
import { stringify } from 'yaml';
import { describe, expect, test } from 'vitest';
import { checkContent, type ContentFile } from '../../../src/content-check/check.ts';
import { formatIssue } from '../../../src/content-check/report.ts';
import type { ExamInput } from '../../../src/schemas/exam.ts';
import { baseExam } from '../exam-fixtures.ts';

const read = (dir: string, pattern: RegExp): ContentFile[] =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((n) => pattern.test(n))
    .map((n) => ({ path: `${dir}/${n}`, text: readFileSync(`${dir}/${n}`, 'utf8') }));

/** The real modules, lessons, scenarios and glossary, with the exams given. */
function run(exams: ContentFile[], typing: ContentFile | null = null): string[] {
  return checkContent({
    modules: read('content/modules', /\.yaml$/),
    lessons: read('content/lessons', /\.mdx$/),
    scenarios: read('content/scenarios', /\.mdx$/),
    glossary: { path: 'content/glossary.yaml', text: readFileSync('content/glossary.yaml', 'utf8') },
    exams,
    typing,
  }).map(formatIssue);
}

function examFile(edit: (e: ExamInput) => void = () => {}, body = '考试说明。'): ContentFile {
  const exam = baseExam();
  edit(exam);
  return { path: 'content/exams/test.mdx', text: `---\n${stringify(exam)}---\n\n${body}\n` };
}

const section = (e: ExamInput, kind: string) => {
  const s = e.sections.find((x) => x.kind === kind);
  if (!s) throw new Error(`no ${kind} section`);
  return s;
};

describe('checkContent: exams', () => {
  test('passes the content of the repository, and a valid exam', () => {
    expect(run(read('content/exams', /\.mdx$/), { path: 'content/typing.yaml', text: readFileSync('content/typing.yaml', 'utf8') })).toEqual([]);
    expect(run([examFile()])).toEqual([]);
  });

  test('names an unknown scenario and a pool smaller than the draw', () => {
    const lines = run([
      examFile((e) => {
        const chat = section(e, 'scenarios');
        if (chat.kind === 'scenarios') {
          chat.pool = ['size-advice', 'size-advise'];
          chat.draw = 2;
        }
      }),
    ]);
    expect(lines).toMatchInlineSnapshot(`
      [
        "content/exams/test.mdx: sections[1].pool[1]: 没有这个场景：size-advise（content/scenarios/ 里没有 size-advise.mdx）",
        "content/exams/test.mdx: sections[1].draw: 场景池只有 1 个可用场景，不够抽 2 个",
      ]
    `);
  });

  test('names unknown lessons, modules and questions, and a quiz pool smaller than the draw', () => {
    const lines = run([
      examFile((e) => {
        const quiz = section(e, 'quiz');
        if (quiz.kind === 'quiz') {
          quiz.from = ['pre-sales/first-response#nope', 'pre-sales/no-such-lesson', 'no-such-module'];
          quiz.draw = 5;
        }
      }),
    ]);
    expect(lines).toMatchInlineSnapshot(`
      [
        "content/exams/test.mdx: sections[2].from[0]: 课程 pre-sales/first-response 没有 id 为 nope 的题（有的是 first-response、kpi、busy）",
        "content/exams/test.mdx: sections[2].from[1]: 没有这节课：pre-sales/no-such-lesson（课程 id 是 单元/文件名去掉序号，例如 pre-sales/first-response）",
        "content/exams/test.mdx: sections[2].from[2]: 没有这个单元：no-such-module（content/lessons/ 里没有这个文件夹，或它还没有课程）",
        "content/exams/test.mdx: sections[2].draw: 题库只有 1 道题，不够抽 5 道",
      ]
    `);
  });

  test('counts a module and a lesson as all their questions, each once', () => {
    const lines = run([
      examFile((e) => {
        const quiz = section(e, 'quiz');
        if (quiz.kind === 'quiz') {
          quiz.from = ['pre-sales', 'pre-sales/first-response', 'pre-sales/first-response#kpi'];
          quiz.draw = 16;
        }
      }),
    ]);
    expect(lines).toEqual([]);
    const tooMany = run([
      examFile((e) => {
        const quiz = section(e, 'quiz');
        if (quiz.kind === 'quiz') {
          quiz.from = ['pre-sales', 'pre-sales/first-response'];
          quiz.draw = 17;
        }
      }),
    ]);
    expect(tooMany).toEqual(['content/exams/test.mdx: sections[2].draw: 题库只有 16 道题，不够抽 17 道']);
  });

  test('requires instructions in the body and a slug as the file name', () => {
    expect(run([examFile(undefined, '')])).toEqual(['content/exams/test.mdx: body: 正文是考生开考前读的考试说明，不能为空']);
    expect(run([{ ...examFile(), path: 'content/exams/售前.mdx' }])).toEqual([
      'content/exams/售前.mdx: (文件): 考核文件名只能用小写英文字母、数字和连字符，例如 pre-sales.mdx',
    ]);
  });

  test('names schema errors in typing passages', () => {
    expect(run([], { path: 'content/typing.yaml', text: '- id: a\n  title: 一\n  text: 太短\n  seconds: 60\n' })).toEqual([
      'content/typing.yaml: [0].text: 练习文章至少 60 个字',
    ]);
  });
});
