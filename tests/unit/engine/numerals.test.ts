import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { normalizeView, sourceSpan } from '../../../src/engine/normalize.ts';
import { convertNumerals, numbersIn, readNumeral } from '../../../src/engine/numerals.ts';

const convert = (text: string): string => convertNumerals(normalizeView(text, {})).text;

describe('convertNumerals', () => {
  test.each([
    ['三百九十九元', '399元'],
    ['七天无理由', '7天无理由'],
    ['十五天', '15天'],
    ['二十三件', '23件'],
    ['三百零五', '305'],
    ['一千二', '1200'],
    ['三百五', '350'],
    ['两万五', '25000'],
    ['两万五千', '25000'],
    ['十万', '100000'],
    ['两件', '2件'],
    ['一件', '1件'],
    ['第一次', '第1次'],
    ['一三八零零一三八零零零', '13800138000'],
    ['二零二六年', '2026年'],
  ])('reads %s as %s', (input, expected) => {
    expect(convert(input)).toBe(expected);
  });

  test.each([
    ['a lone 一 in a word', '看一下一样的'],
    ['a lone 一 at the end', '统一'],
    ['万一', '万一不合适'],
    ['千万', '千万别急'],
    ['百分百', '百分百满意'],
    ['two plain digits (an estimate)', '三四天到'],
    ['零钱', '零钱'],
    ['a malformed run', '十十'],
    ['two digits inside a unit run', '二十三四个'],
    ['a numeral next to Arabic digits', '399一件'],
  ])('leaves %s alone', (_, input) => {
    expect(convert(input)).toBe(input);
  });

  test('maps the digits back to the whole numeral', () => {
    const raw = '一共三百九十九元';
    const view = convertNumerals(normalizeView(raw, {}));
    const s = view.text.indexOf('399');
    const span = sourceSpan(view, s, s + 3);
    expect(raw.slice(span.start, span.end)).toBe('三百九十九');
  });

  test('never throws and keeps one position per unit', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...'零〇一二两三四五六七八九十百千万件天的a1 '), { maxLength: 30 }), (chars) => {
        const view = convertNumerals(normalizeView(chars.join(''), {}));
        expect(view.from).toHaveLength(view.text.length);
      }),
    );
  });
});

describe('readNumeral', () => {
  test('returns null for what is not a number', () => {
    expect(readNumeral('一', '下')).toBeNull();
    expect(readNumeral('一', '')).toBeNull();
    expect(readNumeral('一', '件')).toBe('1');
  });
});

describe('numbersIn', () => {
  test('finds integers, decimals and thousands separators', () => {
    expect(numbersIn('1,299.00元或399或3.5折').map((n) => n.value)).toEqual([1299, 399, 3.5]);
  });
});
