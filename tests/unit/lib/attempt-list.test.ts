import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { playExample } from '../../../src/engine/examples.ts';
import { bestBySlug, oldestFirst, tidyAttempts } from '../../../src/lib/attempt-list.ts';
import type { AttemptResult, StoredAttempt } from '../../../src/schemas/attempt.ts';
import { contentScenario } from '../helpers.ts';

const base = playExample(contentScenario('size-advice'), [{ text: '亲，您好！请问您的身高体重？' }, { text: 'XL 码' }]).result;

function attempt(id: string, slug: string, total: number, passed: boolean, savedAt = '2026-11-23T09:00:00.000Z'): StoredAttempt {
  const result: AttemptResult = { ...base, scenario: { slug, title: slug }, total, passed };
  return { id, savedAt, result, transcript: null };
}

describe('the attempts', () => {
  test('oldest first by the time saved; attempts kept from version 1 (no time) first, in their order', () => {
    const attempts = [
      attempt('b', 'x', 2, false, '2026-11-04T00:00:00.000Z'),
      { ...attempt('v1-1', 'y', 4, false), savedAt: null, result: { ...base, endedAt: null } },
      attempt('a', 'x', 1, false, '2026-11-02T00:00:00.000Z'),
      { ...attempt('v1-2', 'y', 5, false), savedAt: null, result: { ...base, endedAt: null } },
      attempt('c', 'y', 3, false, '2026-11-03T00:00:00.000Z'),
    ];
    expect(oldestFirst(attempts).map((a) => a.id)).toEqual(['v1-1', 'v1-2', 'a', 'c', 'b']);
    expect(attempts.map((a) => a.id)).toEqual(['b', 'v1-1', 'a', 'v1-2', 'c']);
  });

  test('the best of a scenario: passed first, then the higher total, then the newer', () => {
    const best = bestBySlug([attempt('1', 'x', 95, false), attempt('2', 'x', 72, true), attempt('3', 'x', 72, true), attempt('4', 'y', 40, false)]);
    expect(best.get('x')?.id).toBe('3');
    expect(best.get('y')?.id).toBe('4');
    expect(bestBySlug([]).size).toBe(0);
  });

  test('tidying keeps the best and the newest of each scenario and names what goes', () => {
    const attempts = [attempt('1', 'x', 60, false), attempt('2', 'x', 88, true), attempt('3', 'y', 50, false), attempt('4', 'x', 70, false), attempt('5', 'x', 65, false)];
    const { kept, removed } = tidyAttempts(attempts);
    expect(kept.map((a) => a.id)).toEqual(['2', '3', '5']);
    expect(removed.map((a) => a.id)).toEqual(['1', '4']);
    expect(tidyAttempts(kept).removed).toEqual([]);
  });

  test('tidying never removes the best or the newest, and removes nothing else than it names', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ slug: fc.constantFrom('x', 'y', 'z'), total: fc.integer({ min: 0, max: 100 }), passed: fc.boolean() }), { maxLength: 30 }), (specs) => {
        const attempts = specs.map((a, i) => attempt(`a${i}`, a.slug, a.total, a.passed));
        const { kept, removed } = tidyAttempts(attempts);
        expect(kept.length + removed.length).toBe(attempts.length);
        const keptIds = new Set(kept.map((a) => a.id));
        for (const best of bestBySlug(attempts).values()) expect(keptIds.has(best.id)).toBe(true);
        for (const slug of new Set(specs.map((a) => a.slug))) expect(keptIds.has(attempts.findLast((a) => a.result.scenario.slug === slug)?.id ?? '')).toBe(true);
      }),
    );
  });
});
