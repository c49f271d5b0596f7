import { readFileSync } from 'node:fs';
import { z } from 'astro/zod';
import { describe, expect, test } from 'vitest';
import { parseMdx } from '../../../src/content-check/frontmatter.ts';
import { fieldPath } from '../../../src/content-check/report.ts';
import { ScenarioSchema, type ScenarioInput } from '../../../src/schemas/scenario.ts';
import { SCENARIO_FILES, baseScenario } from '../helpers.ts';

z.config(z.locales.zhCN());

/** `field: message` lines for an input changed by `edit`. */
function issues(edit: (s: ScenarioInput) => void): string[] {
  const input = baseScenario();
  edit(input);
  const result = ScenarioSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((i) => `${fieldPath(i.path)}: ${i.message}`);
}

const turn = (s: ScenarioInput, i: number) => {
  const t = s.turns[i];
  if (!t) throw new Error(`no turn ${i}`);
  return t;
};

describe('ScenarioSchema', () => {
  test.each(SCENARIO_FILES)('accepts %s', (path) => {
    const result = ScenarioSchema.safeParse(parseMdx(readFileSync(path, 'utf8')).data);
    expect(result.success ? [] : result.error.issues).toEqual([]);
  });

  test('accepts the base scenario of the tests', () => {
    expect(issues(() => {})).toEqual([]);
  });

  test('rejects a branch to an unknown turn', () => {
    expect(issues((s) => (turn(s, 0).branches = [{ when: { failed: ['greet'] }, goto: 'rudee' }]))).toMatchInlineSnapshot(`
      [
        "turns[0].branches[0].goto: 跳转到不存在的 turn：rudee（可用的有 hello、rude、price 或 end）",
      ]
    `);
  });

  test('rejects a next that leads nowhere', () => {
    expect(issues((s) => (turn(s, 0).next = 'nowhere'))).toMatchInlineSnapshot(`
      [
        "turns[0].next: 下一轮指向不存在的 turn：nowhere（可用的有 hello、rude、price 或 end）",
      ]
    `);
  });

  test('rejects duplicate turn ids and the reserved id end', () => {
    expect(
      issues((s) => {
        turn(s, 1).id = 'hello';
        turn(s, 2).id = 'end';
      }),
    ).toMatchInlineSnapshot(`
      [
        "turns[1].id: turn id 重复：hello（第 1 轮已经用过）",
        "turns[2].id: “end” 表示对话结束，不能用作 turn 的 id",
        "turns[0].branches[0].goto: 跳转到不存在的 turn：rude（可用的有 hello 或 end）",
        "turns[0].next: 下一轮指向不存在的 turn：price（可用的有 hello 或 end）",
      ]
    `);
  });

  test('rejects duplicate criterion ids anywhere in the scenario', () => {
    expect(
      issues((s) => {
        s.rubric = [{ id: 'price', label: '重复', scope: 'each-reply', feedback: { pass: '好', fail: '不好' }, check: { kind: 'question' } }];
      }),
    ).toMatchInlineSnapshot(`
      [
        "rubric[0].id: 评分项 id 重复：price（整个场景里 id 不能重复）",
      ]
    `);
  });

  test('rejects an unreachable turn', () => {
    expect(issues((s) => (turn(s, 0).branches = []))).toMatchInlineSnapshot(`
      [
        "turns[1].id: turn rude 永远不会出现：没有任何分支或 next 通向它（在前面某一轮的 next 或 goto 里指向它，或删掉这一轮）",
      ]
    `);
  });

  test('rejects a loop that never ends', () => {
    expect(
      issues((s) => {
        turn(s, 1).next = 'hello';
        turn(s, 0).next = 'rude';
        turn(s, 0).branches = [];
      }),
    ).toMatchInlineSnapshot(`
      [
        "turns[2].id: turn price 永远不会出现：没有任何分支或 next 通向它（在前面某一轮的 next 或 goto 里指向它，或删掉这一轮）",
        "turns[0].id: 从 turn hello 出发，对话永远到不了 end（分支形成了死循环：让其中一轮的 next 或某个分支通向 end）",
        "turns[1].id: 从 turn rude 出发，对话永远到不了 end（分支形成了死循环：让其中一轮的 next 或某个分支通向 end）",
      ]
    `);
  });

  test('rejects an empty customer message', () => {
    expect(issues((s) => (turn(s, 0).customer = '   '))).toMatchInlineSnapshot(`
      [
        "turns[0].customer: 不能为空",
      ]
    `);
  });

  test('rejects a fact check naming a fact the scenario lacks', () => {
    expect(
      issues((s) => {
        const c = turn(s, 2).criteria?.[0];
        if (c) c.check = { kind: 'fact', fact: 'promotion' };
      }),
    ).toMatchInlineSnapshot(`
      [
        "turns[2].criteria[0].check.fact: 场景的 facts 里没有 promotion（可用的有 price、stock、courier）",
      ]
    `);
  });

  test('rejects a stock check without a size when stock is per size', () => {
    expect(
      issues((s) => {
        const c = turn(s, 2).criteria?.[0];
        if (c) c.check = { kind: 'fact', fact: 'stock' };
      }),
    ).toMatchInlineSnapshot(`
      [
        "turns[2].criteria[0].check.size: 库存按尺码填写，请写明检查哪个尺码（size）",
      ]
    `);
  });

  test('rejects an invalid regular expression', () => {
    expect(
      issues((s) => {
        const c = turn(s, 2).criteria?.[0];
        if (c) c.check = { kind: 'regex', pattern: '(399' };
      }),
    ).toMatchInlineSnapshot(`
      [
        "turns[2].criteria[0].check.pattern: 正则表达式写法有误：/(399/u: Unterminated group",
      ]
    `);
  });

  test('rejects an unknown check kind', () => {
    expect(
      issues((s) => {
        const c = turn(s, 2).criteria?.[0];
        if (c) c.check = { kind: 'contains' } as never;
      }),
    ).toMatchInlineSnapshot(`
      [
        "turns[2].criteria[0].check.kind: 检查类型 kind 只能是 any、all、forbidden、regex、fact、question、order、length 之一",
      ]
    `);
  });

  test('rejects term sets with nothing in them and empty alternatives', () => {
    expect(
      issues((s) => {
        const c = turn(s, 0).criteria?.[0];
        if (c) c.check = { kind: 'all', terms: ['身高||体重'] };
        const p = turn(s, 2).criteria?.[0];
        if (p) p.check = { kind: 'any' };
      }),
    ).toMatchInlineSnapshot(`
      [
        "turns[0].criteria[0].check.terms[0]: 用 | 分隔的写法里有空的选项（例如 “身高||体重”）",
        "turns[2].criteria[0].check: 至少写一个词（terms）或同义词组（groups）",
      ]
    `);
  });

  test('rejects branch conditions on another turn’s criteria, or on nothing', () => {
    expect(
      issues((s) => {
        turn(s, 0).branches = [
          { when: { passed: ['price'] }, goto: 'rude' },
          { when: {}, goto: 'rude' },
        ];
      }),
    ).toMatchInlineSnapshot(`
      [
        "turns[0].branches[0].when.passed[0]: 本轮没有评分项 price（分支只能引用本轮的评分项）",
        "turns[0].branches[1].when: 条件为空：至少写 passed、failed、contains、mood、late 中的一项",
      ]
    `);
  });

  test('rejects weights that do not add up to 100', () => {
    expect(issues((s) => (s.weights = { rubric: 70, response: 20, typing: 20 }))).toMatchInlineSnapshot(`
      [
        "weights: 三项权重之和应为 100，现在是 110",
      ]
    `);
  });

  test('rejects examples that cannot be checked', () => {
    expect(
      issues((s) => {
        s.examples = [
          { name: '不存在的评分项', expect: 'fail', criterion: 'nope', replies: [{ text: '您好' }] },
          { name: '通过却写评分项', expect: 'pass', criterion: 'price', replies: [{ text: '您好' }] },
          { name: '打不完', expect: 'pass', replies: [{ text: '您好，这是一段比较长的回复', seconds: 5, speed: 60 }] },
          { name: '第一条打不完', expect: 'pass', replies: [{ text: ['您好，这是一段比较长的回复', '好'], seconds: 5, speed: 60 }] },
          // Only the first message has to fit: the second is typed after it.
          { name: '先回一句', expect: 'pass', replies: [{ text: ['在的', '您好，这是一段比较长的回复'], seconds: 5, speed: 60 }] },
          { name: '空列表', expect: 'pass', replies: [{ text: [] }] },
        ];
      }),
    ).toMatchInlineSnapshot(`
      [
        "examples[5].replies[0].text: 至少一条消息",
        "examples[0].criterion: 不存在的评分项：nope",
        "examples[1].criterion: 只有 expect: fail 的示例才写 criterion（应当不通过的评分项）",
        "examples[2].replies[0].seconds: 按 60 字/分钟打这 13 个字要 13 秒，比 seconds（5 秒）还长；请加长 seconds 或提高 speed",
        "examples[3].replies[0].seconds: 按 60 字/分钟打第一条消息的 13 个字要 13 秒，比 seconds（5 秒）还长；请加长 seconds 或提高 speed",
      ]
    `);
  });

  test('takes a model answer and an example reply as one text or a list of messages', () => {
    const parsed = ScenarioSchema.parse({
      ...(() => {
        const s = baseScenario();
        const hello = s.turns[0];
        if (hello) hello.model = ['亲，在的～', '您好，请问有什么可以帮您？'];
        s.examples[0] = { name: '先回一句', expect: 'pass', replies: [{ text: ['在的～', '您好！'] }, { text: '399 元' }] };
        return s;
      })(),
    });
    expect(parsed.turns[0]?.model).toEqual(['亲，在的～', '您好，请问有什么可以帮您？']);
    expect(parsed.examples[0]?.replies[0]?.text).toEqual(['在的～', '您好！']);
  });

  test('needs at least one passing and one failing example', () => {
    expect(issues((s) => (s.examples = s.examples.map((e) => ({ ...e, expect: 'pass' as const, criterion: undefined }))))).toMatchInlineSnapshot(`
      [
        "examples: 至少要有一个 expect: fail 的示例",
      ]
    `);
  });

  test('rejects a mood or role outside the lists', () => {
    expect(
      issues((s) => {
        s.persona.mood = '开心' as never;
        s.role = '通用' as never;
      }),
    ).toMatchInlineSnapshot(`
      [
        "role: 岗位只能是 售前 或 售后",
        "persona.mood: 情绪只能是 生气、不耐烦、平静、满意 之一",
      ]
    `);
  });

  test('converts to JSON Schema for editors', () => {
    const schema = z.toJSONSchema(ScenarioSchema, { io: 'input' }) as { properties?: Record<string, unknown> };
    expect(Object.keys(schema.properties ?? {})).toEqual(
      expect.arrayContaining(['title', 'persona', 'facts', 'turns', 'rubric', 'weights', 'passMark', 'examples']),
    );
  });
});
