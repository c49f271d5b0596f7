/**
 * The measurable rules every lesson follows (see the curriculum brief): enough modules and lessons,
 * at least 600 Chinese characters of prose, two to four objectives, a self-check quiz of at least
 * three questions with every option explained, placed at the end of the body, and examples from
 * the three kinds of shop the course uses. Module and lesson counts pass once both halves of the
 * course are merged.
 */
import { describe, expect, test } from 'vitest';
import { lessonIdFromPath } from '../../../src/lib/content-ids.ts';
import { LessonSchema } from '../../../src/schemas/lesson.ts';
import { ModuleSchema } from '../../../src/schemas/module.ts';
import { countHan, proseOf, readLessons, readModules } from './helpers.ts';

const MIN_MODULES = 8;
const MIN_LESSONS = 30;
const MIN_PROSE_HAN = 600;
const MIN_QUESTIONS = 3;

/** Words that show a module draws on each kind of shop the course uses as examples. */
const SHOPS = {
  clothing: /服装|女装|男装|童装|衣服|外套|裙|裤|鞋|尺码/,
  electronics: /电子|数码|耳机|手机|充电|家电|电器|蓝牙|数据线|音箱/,
  food: /食品|零食|茶叶|坚果|生鲜|水果|保质期|特产|咖啡|月饼/,
} as const;

const lessons = readLessons();
const modules = readModules();
const lessonIds = new Set(lessons.map((l) => lessonIdFromPath(l.path.replace(/^content\/lessons\//, ''))));
const moduleIds = new Set(modules.map((m) => m.id));

/** Links from a lesson body to other lessons and modules: `/lessons/pre-sales/stock-check/`, `/modules/orders/`. */
function internalLinks(body: string): { kind: 'lessons' | 'modules'; id: string }[] {
  return [...body.matchAll(/\/(lessons|modules)\/([a-z0-9/-]+?)\/?(?=[)#"'\s])/g)].map((m) => ({
    kind: m[1] as 'lessons' | 'modules',
    id: m[2] ?? '',
  }));
}

describe('the course', () => {
  test(`has at least ${MIN_MODULES} modules`, () => {
    expect(modules.length).toBeGreaterThanOrEqual(MIN_MODULES);
  });

  test(`has at least ${MIN_LESSONS} lessons`, () => {
    expect(lessons.length).toBeGreaterThanOrEqual(MIN_LESSONS);
  });

  test('gives every module a distinct order', () => {
    const orders = modules.map((m) => m.data.order);
    expect(new Set(orders).size).toBe(orders.length);
  });

  test.each(modules)('module $id is valid and has lessons', ({ id, data }) => {
    expect(ModuleSchema.safeParse(data).success).toBe(true);
    expect(lessons.filter((l) => l.folder === id).length).toBeGreaterThan(0);
  });

  test.each(modules)('module $id draws examples from a clothing, an electronics and a food shop', ({ id }) => {
    const text = lessons
      .filter((l) => l.folder === id)
      .map((l) => proseOf(l.body))
      .join('\n');
    const missing = Object.entries(SHOPS)
      .filter(([, words]) => !words.test(text))
      .map(([shop]) => shop);
    expect(missing).toEqual([]);
  });
});

describe.each(lessons)('$path', ({ frontmatter, body }) => {
  const parsed = LessonSchema.safeParse(frontmatter);

  test('has valid frontmatter', () => {
    expect(parsed.error?.issues ?? []).toEqual([]);
  });

  test(`has at least ${MIN_PROSE_HAN} Chinese characters of prose`, () => {
    expect(countHan(proseOf(body))).toBeGreaterThanOrEqual(MIN_PROSE_HAN);
  });

  test('has two to four objectives', () => {
    const objectives = parsed.data?.objectives ?? [];
    expect(objectives.length).toBeGreaterThanOrEqual(2);
    expect(objectives.length).toBeLessThanOrEqual(4);
  });

  test(`has a quiz of at least ${MIN_QUESTIONS} questions, every option explained`, () => {
    const quiz = parsed.data?.quiz ?? [];
    expect(quiz.length).toBeGreaterThanOrEqual(MIN_QUESTIONS);
    const unexplained = quiz.flatMap((q) => q.options.filter((o) => o.explain.trim() === '').map((o) => `${q.id}: ${o.text}`));
    expect(unexplained).toEqual([]);
  });

  test('links only to lessons and modules that exist', () => {
    const broken = internalLinks(body)
      .filter(({ kind, id }) => !(kind === 'lessons' ? lessonIds : moduleIds).has(id))
      .map(({ kind, id }) => `/${kind}/${id}/`);
    expect(broken).toEqual([]);
  });

  test('ends with the quiz', () => {
    expect(body.trimEnd().endsWith('<Quiz questions={frontmatter.quiz} />')).toBe(true);
  });
});
