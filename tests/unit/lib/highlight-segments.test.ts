import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { highlightSegments } from '../../../src/lib/highlight-segments.ts';

const m = (start: number, end: number, wrong = false, term = 'x') => ({ start, end, wrong, term });

describe('highlightSegments', () => {
  test('marks what criteria found and what counts against the reply', () => {
    expect(highlightSegments('亲，您好！这是最好的', [m(0, 1), m(3, 5), m(7, 9, true, '最好')])).toEqual([
      { text: '亲', kind: 'found', terms: ['x'] },
      { text: '，您', kind: 'plain', terms: [] },
      { text: '好！', kind: 'found', terms: ['x'] },
      { text: '这是', kind: 'plain', terms: [] },
      { text: '最好', kind: 'wrong', terms: ['最好'] },
      { text: '的', kind: 'plain', terms: [] },
    ]);
  });

  test('overlapping matches merge, and wrong wins where they overlap', () => {
    expect(highlightSegments('abcdef', [m(0, 4), m(2, 6, true, 'cd')]).map((s) => [s.text, s.kind, s.terms])).toEqual([
      ['ab', 'found', ['x']],
      ['cd', 'wrong', ['x', 'cd']],
      ['ef', 'wrong', ['cd']],
    ]);
    expect(highlightSegments('abcdef', [m(0, 3, false, 'a'), m(0, 3, false, 'a')])).toEqual([
      { text: 'abc', kind: 'found', terms: ['a'] },
      { text: 'def', kind: 'plain', terms: [] },
    ]);
  });

  test('ignores empty, reversed and out-of-range spans, and never splits an emoji', () => {
    expect(highlightSegments('ab', [m(1, 1), m(2, 1), m(5, 9)])).toEqual([{ text: 'ab', kind: 'plain', terms: [] }]);
    expect(highlightSegments('a👍b', [m(2, 4)]).map((s) => s.text)).toEqual(['a', '👍b']);
    expect(highlightSegments('', [m(0, 3)])).toEqual([]);
  });

  test('the runs always join back into the text', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary', maxLength: 40 }),
        fc.array(fc.record({ start: fc.integer({ min: -5, max: 50 }), end: fc.integer({ min: -5, max: 50 }), wrong: fc.boolean(), term: fc.string() }), { maxLength: 6 }),
        (text, matches) => {
          const segments = highlightSegments(text, matches);
          expect(segments.map((s) => s.text).join('')).toBe(text);
          expect(segments.every((s) => s.text.length > 0)).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });
});
