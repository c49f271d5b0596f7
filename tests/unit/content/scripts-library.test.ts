/**
 * The script library (话术库, content/lessons/scripts/): every standard situation has a ScriptCard,
 * every card is complete, and no script a trainee may copy into a chat breaks a platform rule.
 * Self-contained: reads the MDX from disk and parses the ScriptCard props with a small reader.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';

const SCRIPTS_DIR = fileURLToPath(new URL('../../../content/lessons/scripts/', import.meta.url));

/** The props of one `<ScriptCard … />`: each prop's string literals, in order. */
interface ScriptCardProps {
  file: string;
  line: number;
  props: Record<string, string[]>;
}

/**
 * Reads a quoted string starting at `text[start]`; returns its value and the index after it.
 * `escapes`: JS literals inside `{…}` know backslash escapes, JSX attribute strings do not.
 */
function readStringLiteral(text: string, start: number, escapes: boolean): { value: string; end: number } {
  const quote = text[start];
  let value = '';
  let i = start + 1;
  while (i < text.length && text[i] !== quote) {
    if (escapes && text[i] === '\\') {
      value += text[i + 1] ?? '';
      i += 2;
    } else {
      value += text[i];
      i += 1;
    }
  }
  if (i >= text.length) throw new Error(`unterminated string at ${start}`);
  return { value, end: i + 1 };
}

/** Reads a `{…}` attribute expression; returns the string literals inside it and the index after it. */
function readExpression(text: string, start: number): { values: string[]; end: number } {
  const values: string[] = [];
  let depth = 0;
  let i = start;
  while (i < text.length) {
    const ch = text[i]!;
    if (ch === "'" || ch === '"' || ch === '`') {
      const literal = readStringLiteral(text, i, true);
      values.push(literal.value);
      i = literal.end;
      continue;
    }
    if (ch === '{') depth += 1;
    if (ch === '}') {
      depth -= 1;
      if (depth === 0) return { values, end: i + 1 };
    }
    i += 1;
  }
  throw new Error(`unterminated expression at ${start}`);
}

/** Every `<ScriptCard … />` of an MDX document, with its props. */
function readScriptCards(mdx: string, file = ''): ScriptCardProps[] {
  const cards: ScriptCardProps[] = [];
  const opening = /<ScriptCard\b/g;
  let match: RegExpExecArray | null;
  while ((match = opening.exec(mdx))) {
    const line = mdx.slice(0, match.index).split('\n').length;
    const props: Record<string, string[]> = {};
    let i = match.index + match[0].length;
    for (;;) {
      while (/\s/.test(mdx[i] ?? '')) i += 1;
      if (mdx.startsWith('/>', i)) break;
      const name = /^[A-Za-z]+/.exec(mdx.slice(i))?.[0];
      if (!name || mdx[i + name.length] !== '=') throw new Error(`${file}:${line}: cannot read the ScriptCard props`);
      i += name.length + 1;
      if (mdx[i] === '{') {
        const expression = readExpression(mdx, i);
        props[name] = expression.values;
        i = expression.end;
      } else {
        const literal = readStringLiteral(mdx, i, false);
        props[name] = [literal.value];
        i = literal.end;
      }
    }
    cards.push({ file, line, props });
    opening.lastIndex = i;
  }
  return cards;
}

/** The 18 standard situations of the library, each found by keywords of a card's title. */
const REQUIRED_SITUATIONS: ReadonlyArray<readonly [situation: string, keywords: readonly string[]]> = [
  ['欢迎语', ['欢迎']],
  ['尺码建议', ['尺码']],
  ['送礼顾客', ['送礼', '礼物']],
  ['议价', ['议价', '讲价', '砍价', '还价']],
  ['缺货', ['缺货', '断货']],
  ['搭配推荐', ['搭配']],
  ['核对地址与快递', ['核对地址', '核对收件']],
  ['付款后改地址', ['改地址', '修改地址']],
  ['催付', ['催付']],
  ['货到付款确认', ['货到付款']],
  ['发货提醒', ['发货提醒', '发货通知']],
  ['物流延误', ['延误', '物流慢']],
  ['退款', ['退款']],
  ['换货', ['换货']],
  ['安抚生气的顾客', ['安抚', '生气']],
  ['中差评回访', ['中差评', '差评回访']],
  ['重复提问', ['重复提问', '反复问']],
  ['结束语', ['结束语', '结束对话']],
];

/** Advertising-law absolute terms (广告法极限词); a script must use none of them, not even 最. */
const ABSOLUTE_TERMS = [
  '最', '第一', '唯一', '首个', '首家', '独家', '国家级', '世界级', '顶级', '顶尖', '极品', '王牌',
  '绝对', '100%', '百分百', '百分之百', '万能', '永久', '全网', '史上', '零风险', '冠军',
] as const;

/** Off-platform contact or payment (站外交易). */
const OFF_PLATFORM_PATTERNS: ReadonlyArray<readonly [name: string, pattern: RegExp]> = [
  ['微信', /微信|威信|薇信|v信|vx|wx|weixin|wechat/i],
  ['QQ', /qq|扣扣/i],
  ['私下付款', /私下|转账|银行卡|二维码|扫码/],
  ['手机号', /(?<!\d)1[3-9]\d{9}(?!\d)/],
  ['网址或邮箱', /https?:\/\/|www\.|[\w.-]+@[\w-]+\.[a-z]/i],
];

/** The absolute terms and off-platform patterns a message contains; full-width forms count too. */
function ruleBreaks(message: string): string[] {
  const text = message.normalize('NFKC');
  const compact = text.replace(/[\s-]/g, '');
  return [
    ...ABSOLUTE_TERMS.filter((term) => text.includes(term)),
    ...OFF_PLATFORM_PATTERNS.filter(([, pattern]) => pattern.test(text) || pattern.test(compact)).map(([name]) => name),
  ];
}

const files = readdirSync(SCRIPTS_DIR)
  .filter((name) => name.endsWith('.mdx'))
  .sort();
const cards = files.flatMap((name) => readScriptCards(readFileSync(`${SCRIPTS_DIR}${name}`, 'utf8'), name));
const title = (card: ScriptCardProps): string => card.props.title?.[0] ?? '';

describe('readScriptCards', () => {
  test('returns string props and the strings of array props', () => {
    const mdx = `text\n<ScriptCard\n  title="欢迎语"\n  script={['您好～', "有什么可以帮您？"]}\n  avoid='“在。”'\n/>\nmore`;
    expect(readScriptCards(mdx)).toEqual([
      { file: '', line: 2, props: { title: ['欢迎语'], script: ['您好～', '有什么可以帮您？'], avoid: ['“在。”'] } },
    ]);
  });

  test('keeps braces and escaped quotes inside strings', () => {
    const mdx = `<ScriptCard title="a" script={['{ 不是表达式 }', 'it\\'s']} />`;
    expect(readScriptCards(mdx)[0]?.props.script).toEqual(['{ 不是表达式 }', "it's"]);
  });

  test('reads several cards in order', () => {
    const mdx = '<ScriptCard title="一" />\n\n<ScriptCard title="二" />';
    expect(readScriptCards(mdx).map((c) => c.props.title)).toEqual([['一'], ['二']]);
  });

  test('throws on props it cannot read', () => {
    expect(() => readScriptCards('<ScriptCard title={x} {...rest} />', 'bad.mdx')).toThrow(/bad\.mdx:1/);
  });
});

describe('ruleBreaks', () => {
  test.each([
    ['这是全网最低价', ['最', '全网']],
    ['质量绝对第一', ['第一', '绝对']],
    ['１００％纯棉', ['100%']],
    ['加我微信，有优惠', ['微信']],
    ['加个 V X 吧', ['微信']],
    ['QQ 联系我', ['QQ']],
    ['电话 138-0013-8000', ['手机号']],
    ['私下转给我就行', ['私下付款']],
  ])('flags %s', (message, expected) => {
    expect(ruleBreaks(message)).toEqual(expect.arrayContaining(expected));
  });

  test.each(['您好，欢迎光临～', '收件人陈先生，手机尾号 3381', '圆通快递，单号 YT 0000 0000 7788', '一共付 156 元'])(
    'passes %s',
    (message) => {
      expect(ruleBreaks(message)).toEqual([]);
    },
  );
});

describe('script library (话术库)', () => {
  test('has four or five lessons', () => {
    expect(files.length).toBeGreaterThanOrEqual(4);
    expect(files.length).toBeLessThanOrEqual(5);
  });

  test('gives every card its own title', () => {
    const titles = cards.map(title);
    expect(titles.filter((t, i) => titles.indexOf(t) !== i)).toEqual([]);
  });

  describe.each(REQUIRED_SITUATIONS)('situation %s', (_situation, keywords) => {
    test('has a ScriptCard whose title names it', () => {
      const found = cards.filter((card) => keywords.some((k) => title(card).includes(k)));
      expect(found.map(title), `no title contains ${keywords.join(' / ')}`).not.toEqual([]);
    });
  });

  describe.each(cards.map((card) => [`${card.file}:${card.line} ${title(card)}`, card] as const))('card %s', (_name, card) => {
    test('has a title, situation, script, why and avoid', () => {
      for (const prop of ['title', 'situation', 'script', 'why', 'avoid']) {
        const values = card.props[prop] ?? [];
        expect(values.length, `${prop} is missing`).toBeGreaterThan(0);
        expect(values.every((v) => v.trim().length > 0), `${prop} has an empty string`).toBe(true);
      }
    });

    test('script has no absolute term and no off-platform contact', () => {
      const breaks = (card.props.script ?? []).flatMap((message) => ruleBreaks(message).map((b) => `${b}: ${message}`));
      expect(breaks).toEqual([]);
    });
  });
});
