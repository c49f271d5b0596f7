import { describe, expect, test } from 'vitest';
import { relatedLessons } from '../../../src/lib/related-lessons.ts';
import { outlineOf } from '../../../src/lib/report-outline.ts';
import { contentScenario } from '../helpers.ts';

const lesson = (id: string, covers: string[], roles: string[] = ['通用']) => ({ id, title: id, covers, roles });

describe('relatedLessons', () => {
  const lessons = [
    lesson('a', ['A1']),
    lesson('b', ['C1'], ['售后']),
    lesson('c', ['C1', 'C2']),
    lesson('d', ['C1'], ['售前']),
    lesson('e', ['C1']),
    lesson('f', ['G2'], ['售前']),
  ];

  test('most shared brief items first, then lessons for the role, then reading order', () => {
    expect(relatedLessons({ covers: ['C1', 'C2', 'G2'], role: '售前' }, lessons).map((l) => l.id)).toEqual(['c', 'd', 'f']);
    expect(relatedLessons({ covers: ['C1'], role: '售后' }, lessons, 2).map((l) => l.id)).toEqual(['b', 'c']);
  });

  test('none when nothing is shared', () => {
    expect(relatedLessons({ covers: ['E4'], role: '售后' }, lessons)).toEqual([]);
  });
});

describe('outlineOf', () => {
  test('names every criterion of every turn and of the conversation', () => {
    const compiled = contentScenario('size-advice');
    const outline = outlineOf(compiled);
    expect(outline.turns.map((t) => t.id)).toEqual(compiled.turns.map((t) => t.id));
    expect(outline.turns.find((t) => t.id === 'insist')?.criteria).toEqual([{ id: 'ask-body-again', label: '耐心说明为什么要问身高体重', weight: 2, critical: false }]);
    expect(outline.rubric.map((c) => c.id)).toEqual(['greet-first', 'no-absolute']);
    expect(JSON.parse(JSON.stringify(outline))).toEqual(outline);
  });
});
