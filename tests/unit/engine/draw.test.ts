import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { drawItems, drawSeed, drawSections, hash53 } from '../../../src/engine/draw.ts';

const POOL = Array.from({ length: 20 }, (_, i) => `q${i}`);

describe('drawItems', () => {
  test('returns the same draw for the same seed, whatever the order of the pool', () => {
    const a = drawItems('售前-一期', 'quiz', POOL, 5);
    expect(drawItems('售前-一期', 'quiz', [...POOL].reverse(), 5)).toEqual(a);
    expect(a).toHaveLength(5);
    expect(new Set(a).size).toBe(5);
  });

  test('returns another draw for another seed or section', () => {
    const a = drawItems('seed-a', 'quiz', POOL, 5);
    expect(drawItems('seed-b', 'quiz', POOL, 5)).not.toEqual(a);
    expect(drawItems('seed-a', 'other', POOL, 5)).not.toEqual(a);
  });

  test('keeps earlier picks when the pool grows, unless a new item ranks before them', () => {
    fc.assert(
      fc.property(fc.string(), fc.uniqueArray(fc.string({ minLength: 1 }), { minLength: 2, maxLength: 30 }), (seed, extra) => {
        const before = drawItems(seed, 's', POOL, 4);
        const after = drawItems(seed, 's', [...POOL, ...extra], 4);
        const kept = after.filter((x) => POOL.includes(x));
        expect(kept).toEqual(before.slice(0, kept.length));
      }),
    );
  });

  test('returns the whole pool (drawn order) when it is smaller than k, and nothing for k = 0', () => {
    expect(drawItems('s', 'x', ['a', 'b', 'a'], 5).sort()).toEqual(['a', 'b']);
    expect(drawItems('s', 'x', POOL, 0)).toEqual([]);
  });

  test('spreads draws over the pool', () => {
    const counts = new Map<string, number>();
    for (let i = 0; i < 2000; i++) for (const item of drawItems(`seed-${i}`, 'quiz', POOL, 1)) counts.set(item, (counts.get(item) ?? 0) + 1);
    expect(counts.size).toBe(POOL.length);
    for (const n of counts.values()) expect(n).toBeGreaterThan(50);
  });
});

describe('drawSeed', () => {
  test('adds a trimmed batch code to the exam seed', () => {
    expect(drawSeed('presales', null)).toBe('presales');
    expect(drawSeed('presales', '  ')).toBe('presales');
    expect(drawSeed('presales', ' 12月一期 ')).toBe('presales/12月一期');
  });
});

describe('drawSections', () => {
  test('draws each section from its own pool', () => {
    const draw = drawSections('s', [
      { section: 'chat', pool: ['size-advice', 'delivery-delay'], draw: 1 },
      { section: 'quiz', pool: POOL, draw: 3 },
    ]);
    expect(Object.keys(draw)).toEqual(['chat', 'quiz']);
    expect(draw.chat).toHaveLength(1);
    expect(draw.quiz).toEqual(drawItems('s', 'quiz', POOL, 3));
  });
});

describe('hash53', () => {
  test('is stable across runs (results and trainers rely on it)', () => {
    expect(hash53('')).toBe(3338908027751811);
    expect(hash53('presales/一期/quiz/pre-sales/first-response#kpi')).toMatchInlineSnapshot(`5476685698859477`);
  });
});
