import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parseMdx } from '../../../src/content-check/frontmatter.ts';
import { buildExamPlan } from '../../../src/lib/build-exam-plan.ts';
import { lessonIdFromPath } from '../../../src/lib/content-ids.ts';
import { ExamSchema } from '../../../src/schemas/exam.ts';
import { LessonSchema } from '../../../src/schemas/lesson.ts';
import { ScenarioSchema, type Scenario } from '../../../src/schemas/scenario.ts';

const lessons = readdirSync('content/lessons', { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.mdx'))
  .map((f) => {
    const data = LessonSchema.parse(parseMdx(readFileSync(`content/lessons/${f}`, 'utf8')).data);
    return { id: lessonIdFromPath(f), title: data.title, module: data.module, quiz: data.quiz };
  });
const scenarios = new Map<string, Scenario>(
  readdirSync('content/scenarios').map((f) => [f.replace(/\.mdx$/, ''), ScenarioSchema.parse(parseMdx(readFileSync(`content/scenarios/${f}`, 'utf8')).data)]),
);
const exam = (slug: string) => ExamSchema.parse(parseMdx(readFileSync(`content/exams/${slug}.mdx`, 'utf8')).data);

describe('buildExamPlan', () => {
  test('resolves the pre-sales exam: limits in ms, pools whole, thresholds filled in, a stable revision', async () => {
    const plan = await buildExamPlan('pre-sales', exam('pre-sales'), lessons, scenarios);
    expect(plan.timeLimitMs).toBe(1_800_000);
    expect(plan.thresholds).toEqual({ firstResponse: { full: 30, zero: 60 }, averageResponse: { full: 35, zero: 55 }, typing: { gate: 50, target: 60 } });
    const [typing, chat, quiz] = plan.sections;
    expect(typing?.kind === 'typing' && Object.keys(typing.fold).length).toBeGreaterThan(0);
    expect(chat?.kind === 'scenarios' && chat.pool.map((s) => s.slug)).toEqual(['size-advice']);
    expect(quiz?.kind === 'quiz' && quiz.pool.length).toBe(39);
    expect(quiz?.kind === 'quiz' && quiz.pool.find((q) => q.ref === 'skills/typing-speed#standard')?.lesson).toEqual({
      title: expect.any(String),
      href: '/lessons/skills/typing-speed/',
    });
    expect(plan.revision).toMatch(/^[0-9a-f]{16}$/);
    expect((await buildExamPlan('pre-sales', exam('pre-sales'), lessons, scenarios)).revision).toBe(plan.revision);
  });

  test('applies the exam thresholds to its scenarios', async () => {
    const input = exam('after-sales');
    const plan = await buildExamPlan('after-sales', { ...input, thresholds: { firstResponse: { full: 20, zero: 40 } } }, lessons, scenarios);
    const chat = plan.sections.find((s) => s.kind === 'scenarios');
    expect(chat?.kind === 'scenarios' && chat.pool.every((s) => s.thresholds.firstResponse.full === 20)).toBe(true);
  });

  test('stops on a broken reference, naming the file and the field', async () => {
    const input = exam('after-sales');
    const broken = { ...input, sections: input.sections.map((s) => (s.kind === 'scenarios' ? { ...s, pool: ['no-such-scenario'] } : s)) };
    await expect(buildExamPlan('after-sales', broken, lessons, scenarios)).rejects.toThrow(
      'content/exams/after-sales.mdx: sections.1.pool.0: 没有这个场景：no-such-scenario（content/scenarios/ 里没有 no-such-scenario.mdx）',
    );
  });
});
