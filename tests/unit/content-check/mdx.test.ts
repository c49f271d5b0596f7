import { describe, expect, test } from 'vitest';
import { parseMdx, parseYaml } from '../../../src/content-check/frontmatter.ts';
import { checkMdx } from '../../../src/content-check/mdx.ts';

const mdx = (body: string): string => `---\ntitle: 测试\n---\n\n${body}\n`;

describe('checkMdx', () => {
  test('accepts every author component used as documented', () => {
    const body = [
      '<Callout type="rule" title="平台规则">不能引导站外交易。</Callout>',
      '<ScriptCard title="欢迎语" situation="第一次接待" script={[\'亲，您好！\', \'请问有什么可以帮您？\']} why="先问候。" avoid="在吗？——显得冷淡" />',
      '<Steps>\n\n1. **接待**\n2. **了解需求**\n\n</Steps>',
      '<Checklist id="wrap-up" title="结束前" items={[\'问题都回答了\']} />',
      '<Quiz questions={frontmatter.quiz} />',
      '标题是 {frontmatter.title}。{/* 注释 */}',
      '<details><summary>HTML 元素</summary>照常使用。</details>',
    ].join('\n\n');
    expect(checkMdx(mdx(body))).toEqual([]);
  });

  test('leaves imported components alone', () => {
    expect(checkMdx(mdx('import Chart from "../chart.astro";\n\n<Chart data={[1, 2]} />'))).toEqual([]);
  });

  test('reports a value given as an expression where a fixed word is expected', () => {
    expect(checkMdx(mdx('<Callout type={"tip"}>文字</Callout>'))).toEqual([
      { line: 5, message: '<Callout> 的 type：只能是 tip、warning、rule，请直接写 type="tip"' },
    ]);
  });

  test('reports content inside a component that takes none', () => {
    expect(checkMdx(mdx('<Quiz questions={frontmatter.quiz}>题目</Quiz>'))).toEqual([
      { line: 5, message: '<Quiz> 里面不能放内容：写成自闭合的 <Quiz … />，内容放进属性里' },
    ]);
  });

  test('reports Chinese words in angle brackets as a tag', () => {
    expect(checkMdx(mdx('写上 <顾客昵称> 再发送。'))[0]?.message).toBe(
      '“<顾客昵称>”被当成了标签：要显示尖括号本身，请写成 \\<顾客昵称>，或改用书名号《》',
    );
  });
});

describe('parseYaml and parseMdx', () => {
  test.each([
    ['title: a\n\tsummary: b\n', 'YAML 格式错误（第 2 行）：不能用 Tab 键缩进，请改用空格'],
    ['title: a\ntitle: b\n', 'YAML 格式错误（第 2 行）：字段 title 写了两次，请删掉一个'],
    ['title: "五步\nsummary: b\n', 'YAML 格式错误（第 3 行）：引号没有配对：开头有引号的值，结尾也要有同样的引号'],
    ['title: 注意: 这里\n', 'YAML 格式错误（第 1 行）：值里有“冒号加空格”，YAML 把它当成了新字段：请给整个值加上引号，例如 title: "注意: 这里"'],
    ['persona:\n  name: 小周\n   mood: 平静\n', 'YAML 格式错误（第 2 行）：这一行不是“字段: 值”的写法：检查英文冒号后面的空格和缩进'],
  ])('explains %j', (text, message) => {
    expect(() => parseYaml(text)).toThrow(message);
  });

  test('counts lines from the top of an MDX file', () => {
    expect(() => parseMdx('---\ntitle: a\n\tsummary: b\n---\n')).toThrow('YAML 格式错误（第 3 行）');
  });

  test('reports blank lines before the frontmatter', () => {
    expect(() => parseMdx('\n---\ntitle: a\n---\n')).toThrow('文件开头的 --- 前面不能有空行或空格');
  });

  test('returns the data and the body, ignoring a byte-order mark', () => {
    expect(parseMdx('\uFEFF---\ntitle: a\n---\n\n正文\n')).toEqual({ data: { title: 'a' }, body: '\n正文\n' });
  });
});
