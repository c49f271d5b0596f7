import { describe, expect, test } from 'vitest';
import { countHan, hanOnly, proseOf, sharedRuns, windowIndex } from './helpers.ts';

describe('proseOf', () => {
  test('keeps Markdown prose and the children of components', () => {
    const body = '## 标题\n\n正文一句。\n\n<Callout type="tip">\n提示里的话。\n</Callout>\n';
    expect(proseOf(body)).toContain('正文一句');
    expect(proseOf(body)).toContain('提示里的话');
    expect(proseOf(body)).not.toContain('tip');
  });

  test('removes component props, including arrays of strings with braces and quotes', () => {
    const body = [
      '前文。',
      '<ScriptCard',
      '  title="问尺码"',
      "  script={['亲，您好～', '方便告诉我身高吗？{不是表达式}']}",
      "  avoid={['“M 码吧。”——没有依据']}",
      '/>',
      '后文。',
      '<Quiz questions={frontmatter.quiz} />',
    ].join('\n');
    const prose = proseOf(body);
    expect(prose).toContain('前文');
    expect(prose).toContain('后文');
    expect(prose).not.toMatch(/问尺码|身高|没有依据|frontmatter/);
  });

  test('drops link targets but keeps link text', () => {
    expect(proseOf('先看[首响](/glossary/#首响)的要求。')).toBe('先看[首响]的要求。');
  });

  test('drops import lines', () => {
    expect(proseOf("import { X } from './x.ts';\n正文")).toBe('\n正文');
  });
});

describe('countHan', () => {
  test.each([
    ['首响 30 秒以内！', 5],
    ['Hello, world.', 0],
    ['「退換貨」', 3],
  ])('counts the Chinese characters of %s', (text, count) => {
    expect(countHan(text)).toBe(count);
  });
});

describe('hanOnly', () => {
  test('folds Traditional to Simplified and removes everything else', () => {
    expect(hanOnly('網店客服，50~200位顧客！')).toBe('网店客服位顾客');
  });
});

describe('sharedRuns', () => {
  const index = windowIndex([{ name: 'seed.txt', text: '客服面对这些重复性极高的问题要耐心解答，不能出现情绪化问题。' }], 10);

  test('finds a copied run through punctuation, spaces and Traditional characters', () => {
    const runs = sharedRuns('新人注意：客服面對這些 重複性極高的問題，要耐心解答。', index, 10);
    expect(runs).toEqual([{ run: '客服面对这些重复性极高的问题要耐心解答', source: 'seed.txt' }]);
  });

  test('accepts text that shares only short runs', () => {
    expect(sharedRuns('重复的问题要耐心解答，别带情绪。', index, 10)).toEqual([]);
  });
});
