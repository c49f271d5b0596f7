import { describe, expect, test } from 'vitest';
import { BOM, csvCell, toCsv } from '../../../src/lib/csv.ts';

describe('csvCell', () => {
  test.each([
    ['张三', '张三'],
    ['售前,售后', '"售前,售后"'],
    ['他说"好的"', '"他说""好的"""'],
    ['两行\n文字', '"两行\n文字"'],
    [' 前后有空格 ', '" 前后有空格 "'],
    ['=HYPERLINK("http://x")', '"\'=HYPERLINK(""http://x"")"'],
    ['+86 123', "'+86 123"],
    ['-1', "'-1"],
    ['@SUM(A1)', "'@SUM(A1)"],
  ])('writes %j as %s', (value, expected) => {
    expect(csvCell(value)).toBe(expected);
  });

  test('writes numbers as numbers, booleans in Chinese, nothing for null', () => {
    expect([csvCell(-1.5), csvCell(88), csvCell(true), csvCell(false), csvCell(null), csvCell(Number.NaN)]).toEqual(['-1.5', '88', '是', '否', '', '']);
  });
});

describe('toCsv', () => {
  test('starts with a BOM and ends rows with CRLF', () => {
    const text = toCsv([
      ['姓名', '总分'],
      ['张三', 92.5],
    ]);
    expect(text.startsWith(BOM)).toBe(true);
    expect(text).toBe('\uFEFF姓名,总分\r\n张三,92.5\r\n');
    expect(new TextEncoder().encode(text).slice(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
  });

  test('leaves the BOM out on request', () => {
    expect(toCsv([['a']], { bom: false })).toBe('a\r\n');
  });
});
