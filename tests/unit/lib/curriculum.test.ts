import { describe, expect, test } from 'vitest';
import { lessonIdFromPath } from '../../../src/lib/content-ids.ts';
import {
  countReadableCharacters,
  flattenLessons,
  neighbours,
  orderCurriculum,
  readingMinutes,
} from '../../../src/lib/curriculum.ts';
import { pageKey } from '../../../src/lib/page-key.ts';

const mod = (id: string, order: number) => ({ id, data: { title: id, summary: '', order } });
const lesson = (id: string, module: string, order: number) => ({ id, data: { title: id, module, order } });

describe('orderCurriculum', () => {
  test('orders modules and their lessons by `order`, not by file name', () => {
    const curriculum = orderCurriculum(
      [mod('workflow', 3), mod('role', 1)],
      [lesson('workflow/b', 'workflow', 2), lesson('role/x', 'role', 1), lesson('workflow/a', 'workflow', 1)],
    );
    expect(curriculum.map((c) => [c.module.id, c.lessons.map((l) => l.id)])).toEqual([
      ['role', ['role/x']],
      ['workflow', ['workflow/a', 'workflow/b']],
    ]);
    expect(flattenLessons(curriculum).map((l) => l.id)).toEqual(['role/x', 'workflow/a', 'workflow/b']);
  });

  test('throws, naming the lesson, when its module does not exist', () => {
    expect(() => orderCurriculum([mod('role', 1)], [lesson('orders/cod', 'orders', 1)])).toThrow(
      '课程 orders/cod 的 module 字段写的是“orders”，但 content/modules/ 里没有这个单元',
    );
  });
});

describe('neighbours', () => {
  const list = [{ id: 'a' }, { id: 'b' }, { id: 'c' }];
  test.each([
    ['a', undefined, 'b'],
    ['b', 'a', 'c'],
    ['c', 'b', undefined],
  ])('of %s are %s and %s', (id, prev, next) => {
    const n = neighbours(list, id);
    expect(n.prev?.id).toBe(prev);
    expect(n.next?.id).toBe(next);
  });
});

describe('reading time', () => {
  test('counts Chinese characters and Latin words, not markup', () => {
    expect(countReadableCharacters('<Callout type="tip">顾客问 COD 怎么付</Callout>\n{frontmatter.quiz}')).toBe(7);
  });

  test('counts the Chinese text of component props, not their names', () => {
    expect(countReadableCharacters('<ScriptCard title="欢迎语" script={["亲，您好"]} />')).toBe(6);
  });

  test('rounds to whole minutes and never says zero', () => {
    expect(readingMinutes('好')).toBe(1);
    expect(readingMinutes('字'.repeat(900))).toBe(3);
  });
});

describe('ids and keys', () => {
  test.each([
    ['workflow/02-five-step-conversation.mdx', 'workflow/five-step-conversation'],
    ['role/10-career.mdx', 'role/career'],
    ['scripts/01-welcome-2.mdx', 'scripts/welcome-2'],
  ])('lesson id of %s is %s', (path, id) => {
    expect(lessonIdFromPath(path)).toBe(id);
  });

  test.each([
    ['/lessons/workflow/five-step-conversation/', 'workflow/five-step-conversation'],
    ['/authoring/components/', 'authoring/components'],
    ['/', ''],
  ])('page key of %s is %s', (path, key) => {
    expect(pageKey(path)).toBe(key);
  });
});
