import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { clockTime, durationText, highlightSegments, oneDecimal, timerText, timerTone } from '../../../src/lib/chat-format.ts';

const m = (start: number, end: number, wrong = false, term = 'x') => ({ start, end, wrong, term });

describe('times', () => {
  test('clockTime is HH:MM in local time', () => {
    const at = new Date(2026, 10, 23, 9, 5, 59).getTime();
    expect(clockTime(at)).toBe('09:05');
    expect(clockTime(Number.NaN)).toBe('--:--');
  });

  test('timerText counts whole seconds as m:ss', () => {
    expect(timerText(0)).toBe('0:00');
    expect(timerText(7_999)).toBe('0:07');
    expect(timerText(65_000)).toBe('1:05');
    expect(timerText(720_000)).toBe('12:00');
    expect(timerText(-5)).toBe('0:00');
  });

  test('durationText: seconds with one decimal, then minutes and seconds', () => {
    expect(durationText(12_345)).toBe('12.3 秒');
    expect(durationText(0)).toBe('0 秒');
    expect(durationText(65_400)).toBe('1 分 5 秒');
    expect(durationText(null)).toBe('—');
    expect(durationText(Number.POSITIVE_INFINITY)).toBe('—');
  });

  test('oneDecimal', () => {
    expect(oneDecimal(62.345)).toBe('62.3');
    expect(oneDecimal(70)).toBe('70');
    expect(oneDecimal(null)).toBe('—');
  });
});

describe('timerTone', () => {
  test('calm, amber over the last quarter of the limit, red past it', () => {
    expect(timerTone(0, 30_000)).toBe('calm');
    expect(timerTone(22_499, 30_000)).toBe('calm');
    expect(timerTone(22_500, 30_000)).toBe('near');
    expect(timerTone(30_000, 30_000)).toBe('near');
    expect(timerTone(30_001, 30_000)).toBe('late');
  });
});

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
