import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  IDLE_CAP_MS,
  MAX_SPEED,
  MIN_ACTIVE_MS,
  countChars,
  emptyDraft,
  measureTyping,
  totalTyping,
  typingFinish,
  typingScore,
  typingStep,
} from '../../../src/engine/typing.ts';
import type { ChatEvent } from '../../../src/schemas/transcript.ts';
import { ime } from '../helpers.ts';

describe('countChars', () => {
  test.each([
    ['你好', 2],
    ['你好，在吗？', 6],
    ['你好,在吗?', 6],
    ['XL 码 399 元', 7],
    ['好的👍', 3],
    ['a\u200bb\u202e', 2],
    ['  \n\t', 0],
  ])('counts %j as %i', (text, n) => {
    expect(countChars(text)).toBe(n);
  });
});

describe('measureTyping', () => {
  test('counts an IME commit at compositionend, never the pinyin', () => {
    const events = ime(0, 'nihao', '你好');
    const figures = measureTyping(events, '你好', 600);
    expect(figures.chars).toBe(2);
    expect(figures.committed).toBe(2);
    expect(figures.activeMs).toBe(600);
    expect(figures.speed).toBeCloseTo(120);
  });

  test('ignores the input events an IME fires while composing', () => {
    const events: ChatEvent[] = [
      { type: 'compositionstart', t: 0 },
      { type: 'compositionupdate', t: 100, data: 'ni' },
      { type: 'input', t: 100, inputType: 'insertCompositionText', data: 'ni', isComposing: true },
      { type: 'compositionupdate', t: 200, data: 'nihao' },
      { type: 'input', t: 200, inputType: 'insertCompositionText', data: 'nihao', isComposing: true },
      { type: 'compositionend', t: 300, data: '你好' },
      { type: 'input', t: 300, inputType: 'insertFromComposition', data: '你好', isComposing: false },
    ];
    expect(measureTyping(events, '你好', 1000).committed).toBe(2);
  });

  test('counts plain key input, full-width and half-width punctuation alike', () => {
    const typed = (text: string): ChatEvent[] =>
      [...text].map((ch, i) => ({ type: 'input', t: i * 500, inputType: 'insertText', data: ch, isComposing: false }));
    const full = measureTyping(typed('ok，好？'), 'ok，好？', 2000);
    const half = measureTyping(typed('ok,好?'), 'ok,好?', 2000);
    expect(full.chars).toBe(5);
    expect(half).toEqual(full);
  });

  test('excludes pasted text and reports it', () => {
    const events: ChatEvent[] = [
      ...ime(0, 'qin', '亲，'),
      { type: 'paste', t: 1000, text: '请问您的身高体重是多少？' },
      { type: 'input', t: 1000, inputType: 'insertFromPaste', data: null, isComposing: false },
    ];
    const figures = measureTyping(events, '亲，请问您的身高体重是多少？', 1500);
    expect(figures).toMatchObject({ chars: 2, pasted: 12 });
  });

  test('treats dropped text as pasted', () => {
    const events: ChatEvent[] = [{ type: 'input', t: 0, inputType: 'insertFromDrop', data: '一段文字', isComposing: false }];
    expect(measureTyping(events, '一段文字', 100)).toMatchObject({ chars: 0, pasted: 4 });
  });

  test('counts deletions as typing time but not as characters', () => {
    const events: ChatEvent[] = [
      ...ime(0, 'nihao', '你好'),
      { type: 'input', t: 1000, inputType: 'deleteContentBackward', data: null, isComposing: false },
      { type: 'input', t: 1200, inputType: 'deleteContentBackward', data: null, isComposing: false },
      ...ime(1500, 'nin', '您'),
    ];
    const figures = measureTyping(events, '您', 2500);
    expect(figures.committed).toBe(3);
    expect(figures.chars).toBe(1); // only what reached the reply
    expect(figures.activeMs).toBe(2500);
  });

  test(`caps an idle gap at ${IDLE_CAP_MS} ms`, () => {
    const events = [...ime(0, 'ni', '你'), ...ime(20_000, 'hao', '好')];
    expect(measureTyping(events, '你好', 20_500).activeMs).toBe(300 + IDLE_CAP_MS + 400 + 100);
  });

  test('does not count the time before the first keystroke', () => {
    expect(measureTyping(ime(50_000, 'ni', '你'), '你', 50_300).activeMs).toBe(300);
  });

  test(`never divides by zero: a reply committed at once counts over ${MIN_ACTIVE_MS} ms`, () => {
    const events: ChatEvent[] = [{ type: 'compositionend', t: 5000, data: '好的' }];
    const figures = measureTyping(events, '好的', 5000);
    expect(figures.activeMs).toBe(0);
    expect(figures.speed).toBe(120);
  });

  test(`text that arrives faster than anyone types counts at ${MAX_SPEED} 字/分钟`, () => {
    const burst = '好'.repeat(5000);
    const events: ChatEvent[] = [{ type: 'input', t: 5000, inputType: 'insertText', data: burst, isComposing: false }];
    expect(measureTyping(events, burst, 5000).speed).toBe(MAX_SPEED);
  });

  test('reports no speed when the log has no typing at all', () => {
    expect(measureTyping([], '您好', 1000).speed).toBeNull();
  });

  test('ignores events out of order without negative time', () => {
    const draft = [...ime(1000, 'ni', '你'), ...ime(0, 'hao', '好')].reduce(typingStep, emptyDraft());
    expect(draft.activeMs).toBeGreaterThanOrEqual(0);
  });

  test('never throws and never reports a negative or infinite figure', () => {
    const event = fc.oneof(
      fc.record({ type: fc.constant('compositionstart' as const), t: fc.double({ min: 0, max: 1e9, noNaN: true }) }),
      fc.record({ type: fc.constant('compositionupdate' as const), t: fc.double({ min: 0, max: 1e9, noNaN: true }), data: fc.string() }),
      fc.record({ type: fc.constant('compositionend' as const), t: fc.double({ min: 0, max: 1e9, noNaN: true }), data: fc.string({ unit: 'binary' }) }),
      fc.record({
        type: fc.constant('input' as const),
        t: fc.double({ min: 0, max: 1e9, noNaN: true }),
        inputType: fc.constantFrom('insertText', 'insertCompositionText', 'deleteContentBackward', 'insertFromDrop', 'insertFromPaste', 'weird'),
        data: fc.option(fc.string({ unit: 'binary' }), { nil: null }),
        isComposing: fc.boolean(),
      }),
      fc.record({ type: fc.constant('paste' as const), t: fc.double({ min: 0, max: 1e9, noNaN: true }), text: fc.string({ unit: 'binary' }) }),
    );
    fc.assert(
      fc.property(fc.array(event, { maxLength: 40 }), fc.string({ unit: 'binary' }), fc.double({ min: 0, max: 1e9, noNaN: true }), (events, reply, sentAt) => {
        const f = typingFinish(events.reduce(typingStep, emptyDraft()), reply, sentAt);
        for (const n of [f.chars, f.committed, f.pasted, f.activeMs, f.speed ?? 0]) {
          expect(Number.isFinite(n) && n >= 0).toBe(true);
        }
      }),
    );
  });
});

describe('totalTyping', () => {
  test('sums characters and active time over replies, skipping unmeasured ones', () => {
    const a = measureTyping(ime(0, 'nihao', '你好'), '你好', 1000);
    const b = measureTyping(ime(0, 'zaima', '在吗'), '在吗', 1000);
    const none = measureTyping([], '好', 0);
    const total = totalTyping([a, b, none]);
    expect(total).toMatchObject({ chars: 4, activeMs: 2000, speed: 120 });
    expect(totalTyping([none]).speed).toBeNull();
  });
});

describe('typingScore', () => {
  const band = { gate: 50, target: 60 };
  test.each([
    [0, 0],
    [25, 30],
    [49, 58.8],
    [50, 60],
    [55, 80],
    [60, 100],
    [120, 100],
    [Number.NaN, 0],
    [-5, 0],
  ])('scores %d 字/分钟 as %d', (speed, expected) => {
    expect(typingScore(speed, band)).toBeCloseTo(expected);
  });
});
