/**
 * Every item of the domain brief (A1–G2) is taught by at least one lesson, and lessons name only
 * items that exist. The course is written in two halves; this passes once both are merged.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { stringify } from 'yaml';
import { checkContent } from '../../../src/content-check/check.ts';
import { BRIEF_IDS, BRIEF_ITEMS } from '../../../src/schemas/brief.ts';
import { LessonSchema } from '../../../src/schemas/lesson.ts';
import { fieldPath } from '../../../src/content-check/report.ts';
import { lessonFrontmatter, readLessons, sharedDir } from './helpers.ts';

const lessons = readLessons();

describe('brief coverage', () => {
  test('the brief ids in src/schemas/brief.ts match the domain brief', () => {
    const brief = readFileSync(join(sharedDir('domain'), 'BRIEF.md'), 'utf8');
    const ids = [...brief.matchAll(/^\s*- ([A-G]\d+) /gm)].map((m) => m[1]);
    expect(ids).toEqual(BRIEF_IDS);
  });

  test('every brief item is covered by at least one lesson', () => {
    const covered = new Set(lessons.flatMap((l) => (Array.isArray(l.frontmatter.covers) ? l.frontmatter.covers : [])));
    const missing = BRIEF_IDS.filter((id) => !covered.has(id)).map((id) => `${id} ${BRIEF_ITEMS[id]}`);
    expect(missing).toEqual([]);
  });

  test('every lesson covers only known brief items', () => {
    const unknown = lessons.flatMap((l) => {
      const result = LessonSchema.safeParse(l.frontmatter);
      if (result.success) return [];
      return result.error.issues
        .filter((issue) => issue.path[0] === 'covers')
        .map((issue) => `${l.path}: ${fieldPath(issue.path)}: ${issue.message}`);
    });
    expect(unknown).toEqual([]);
  });
});

describe('an unknown brief item', () => {
  test('is rejected by the lesson schema, naming the item', () => {
    const result = LessonSchema.safeParse(lessonFrontmatter({ covers: ['C1', 'H9'] }));
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => [fieldPath(i.path), i.message])).toEqual([
      ['covers[1]', '未知的大纲条目 "H9"（应为 A1–G2 之一）'],
    ]);
  });

  test('fails the content check with the file and the field', () => {
    const lesson = `---\n${stringify(lessonFrontmatter({ covers: ['Z1'] }))}---\n\n正文。\n`;
    const issues = checkContent({
      modules: [{ path: 'content/modules/workflow.yaml', text: 'title: 服务流程\nsummary: 流程。\norder: 3\n' }],
      lessons: [{ path: 'content/lessons/workflow/01-test.mdx', text: lesson }],
      scenarios: [],
      glossary: { path: 'content/glossary.yaml', text: 'terms:\n  - term: 首响\n    definition: 首次响应时间。\nsynonyms: []\n' },
    });
    expect(issues).toContainEqual({
      path: 'content/lessons/workflow/01-test.mdx',
      field: 'covers[0]',
      message: '未知的大纲条目 "Z1"（应为 A1–G2 之一）',
    });
  });
});
