import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { normalize, normalizeView, sourceSpan } from '../../../src/engine/normalize.ts';
import { fullFoldTable, subsetFoldTable } from '../../../src/lib/t2s.ts';

const fold = fullFoldTable();

describe('normalize', () => {
  test.each([
    ['full-width letters and digits', 'ＸＬ码１２３', 'xl码123'],
    ['upper case', 'VX Qq', 'vx qq'],
    ['full-width punctuation', '您好，在吗？！：；（）', '您好,在吗?!:;()'],
    ['ideographic full stop and enumeration comma', '好的。红色、蓝色', '好的.红色,蓝色'],
    ['quotes and brackets', '“满减”【活动】「说明」', '"满减"[活动]"说明"'],
    ['Traditional characters', '請問您的身高體重？', '请问您的身高体重?'],
    ['spaces between Chinese words', '满 300 减 30 ， 加 微 信', '满300减30,加微信'],
    ['one space between ASCII words', 'iphone   15\tpro', 'iphone 15 pro'],
    ['ideographic space', '您好\u3000亲', '您好亲'],
    ['leading and trailing spaces', '  399 元  ', '399元'],
    ['zero-width characters hiding a word', '加\u200b微\u200d信', '加微信'],
    ['bidi overrides and BOM', '\u202e加微信\u202c\ufeff', '加微信'],
    ['control characters', 'a\u0000b\u0007c', 'abc'],
    ['emoji kept', '好的👍', '好的👍'],
    ['yen sign, both widths', '￥399 与 ¥399', '¥399与¥399'],
  ])('folds %s', (_, input, expected) => {
    expect(normalize(input, fold)).toBe(expected);
  });

  test('folds through the subset table only the pairs it keeps', () => {
    const subset = subsetFoldTable(fold, ['体重']);
    expect(normalize('身高體重', subset)).toBe('身高体重');
    expect(normalize('請問', subset)).toBe('請問');
  });

  test('is idempotent on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => {
        const once = normalize(text, fold);
        expect(normalize(once, fold)).toBe(once);
      }),
      { numRuns: 2000 },
    );
  });

  test('is idempotent on every single code point', () => {
    const broken: string[] = [];
    for (let cp = 0; cp <= 0x10ffff; cp++) {
      const c = String.fromCodePoint(cp);
      const once = normalize(c, fold);
      if (normalize(once, fold) !== once) broken.push(cp.toString(16));
    }
    expect(broken).toEqual([]);
  });
});

describe('normalizeView', () => {
  test('maps every unit back to the text as typed', () => {
    const raw = '親，請問 399 元嗎';
    const view = normalizeView(raw, fold);
    expect(view.text).toBe('亲,请问399元吗');
    const s = view.text.indexOf('399元');
    const span = sourceSpan(view, s, s + '399元'.length);
    expect(raw.slice(span.start, span.end)).toBe('399 元');
  });

  test('maps characters outside the basic plane as one unit of the original', () => {
    const raw = '𠮷野家 ＡＢ';
    const view = normalizeView(raw, fold);
    const s = view.text.indexOf('ab');
    const span = sourceSpan(view, s, s + 2);
    expect(raw.slice(span.start, span.end)).toBe('ＡＢ');
    expect(sourceSpan(view, 0, 2)).toEqual({ start: 0, end: 2 });
  });

  test('keeps one position per unit of its text, for any input', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 100 }), (raw) => {
        const view = normalizeView(raw, fold);
        expect(view.from).toHaveLength(view.text.length);
        expect(view.to).toHaveLength(view.text.length);
        for (let i = 0; i < view.text.length; i++) {
          expect(view.from[i]).toBeLessThanOrEqual(view.to[i] ?? -1);
          expect(view.to[i]).toBeLessThanOrEqual(raw.length);
        }
      }),
    );
  });
});
