import { describe, expect, test } from 'vitest';
import { inlineText, mdxSections } from '../../../src/search/mdx-text.ts';

describe('mdxSections', () => {
  test('splits at h2 and h3 and slugs headings as Astro does', () => {
    const sections = mdxSections('开头一段。\n\n## 五个步骤\n\n正文。\n\n### 用 **M 码** 举例\n\n细节。\n\n## 五个步骤\n\n又一次。');
    expect(sections).toEqual([
      { text: '开头一段。' },
      { heading: { depth: 2, text: '五个步骤', slug: '五个步骤' }, text: '正文。' },
      { heading: { depth: 3, text: '用 M 码 举例', slug: '用-m-码-举例' }, text: '细节。' },
      { heading: { depth: 2, text: '五个步骤', slug: '五个步骤-1' }, text: '又一次。' },
    ]);
  });

  test('keeps h4 inside its section but counts its slug', () => {
    const sections = mdxSections('## 甲\n\n#### 甲\n\n文字\n\n## 甲');
    expect(sections.map((s) => [s.heading?.slug, s.text])).toEqual([
      ['甲', '甲 文字'],
      ['甲-2', ''],
    ]);
  });

  test('keeps the Chinese strings of component props and drops ids, types and expressions', () => {
    const body = [
      '<ScriptCard',
      '  title="问尺码：先问清再推荐"',
      "  script={['亲，晚上好～', '方便告诉我您的身高吗？']}",
      '  avoid={[',
      '    "“M 码吧。”——没有依据",',
      '  ]}',
      '/>',
      '',
      '<Callout type="tip">',
      '了解需求时，多问封闭式问题。',
      '</Callout>',
      '',
      '<Quiz questions={frontmatter.quiz} />',
    ].join('\n');
    expect(mdxSections(body)).toEqual([
      { text: '问尺码：先问清再推荐 亲，晚上好～ 方便告诉我您的身高吗？ “M 码吧。”——没有依据 了解需求时，多问封闭式问题。' },
    ]);
  });

  test('drops imports, list markers, quotes and comments, and keeps code as it is', () => {
    const body = "import X from './x';\n\n> 引用的话\n\n1. **接待**\n- 第二项 {/* 注释 */}\n<!-- 隐藏 -->\n\n```\n<b>{代码}</b>\n```";
    expect(mdxSections(body)).toEqual([{ text: '引用的话 接待 第二项 <b>{代码}</b>' }]);
  });

  test('returns nothing for an empty body', () => {
    expect(mdxSections('')).toEqual([]);
  });
});

describe('inlineText', () => {
  test.each([
    ['**加粗** 和 *斜体*', '加粗 和 斜体'],
    ['[链接文字](https://example.com)', '链接文字'],
    ['`代码` 与 _强调_', '代码 与 强调'],
    ['order_id 不动', 'order_id 不动'],
    ['A&nbsp;B', 'A B'],
  ])('%s → %s', (input, expected) => {
    expect(inlineText(input)).toBe(expected);
  });
});
