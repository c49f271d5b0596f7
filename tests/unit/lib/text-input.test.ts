import { describe, expect, test } from 'vitest';
import { cleanLine, fileNamePart, stripInvisible } from '../../../src/lib/text-input.ts';

describe('stripInvisible', () => {
  test.each([
    ['right-to-left override', '张\u202E三', '张三'],
    ['isolates and marks', '\u2067张\u2069\u200F三\u200E', '张三'],
    ['zero-width space, non-joiner, word joiner, BOM', '\u200B张\u200C\u2060三\uFEFF', '张三'],
    ['control characters', '张\u0000\u0007\u001B[31m三\u0085', '张[31m三'],
    ['a lone zero-width joiner', '张\u200D三', '张三'],
  ])('removes %s', (_label, text, expected) => {
    expect(stripInvisible(text)).toBe(expected);
  });

  test.each([
    ['emoji joined by a zero-width joiner', '👩‍💻小王'],
    ['an emoji with a presentation selector', '❤️‍🔥'],
    ['Chinese, Latin and spaces', '李 Lily 小明'],
    ['markup, as text', '<script>alert(1)</script>'],
  ])('keeps %s', (_label, text) => {
    expect(stripInvisible(text)).toBe(text);
  });
});

describe('cleanLine', () => {
  test('collapses spaces and trims', () => {
    expect(cleanLine('  张\t\u3000三  ', 40)).toBe('张 三');
  });

  test('leaves nothing of a name made only of invisible characters', () => {
    expect(cleanLine('\u200B\u202E\u0000 \u2060', 40)).toBe('');
  });

  test('cuts to the limit after cleaning', () => {
    expect(cleanLine(`${'\u200B'.repeat(50)}张三`, 2)).toBe('张三');
    expect(cleanLine('😀'.repeat(30), 40)).toBe('😀'.repeat(20));
  });
});

describe('fileNamePart', () => {
  test('replaces path and reserved characters and drops invisible ones', () => {
    expect(fileNamePart('王/小*明 <1>\u202Etxt.exe')).toBe('王_小_明_1_txt.exe');
  });
});
