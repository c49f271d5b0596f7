import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { CompiledCriterion, CompiledScenario } from '../../../src/engine/compiled.ts';
import { evaluateConversationCriterion, evaluateCriterion, prepareReply, runCheck } from '../../../src/engine/rubric.ts';
import type { Check } from '../../../src/schemas/rubric.ts';
import type { ScenarioInput } from '../../../src/schemas/scenario.ts';
import { baseScenario, compileInput, contentScenario } from '../helpers.ts';

const facts: ScenarioInput['facts'] = {
  product: '纯棉T恤',
  price: 399,
  sizes: ['M', 'L', 'XL'],
  stock: { M: 5, L: 0, XL: 12 },
  couriers: ['中通快递'],
  promotion: { text: '全店满 300 减 30', terms: ['满300减30'], wrong: ['满200减20'] },
  extra: [{ id: 'ship-time', text: '当天发货', terms: ['当天发|今天发'], wrong: ['明天发'] }],
};

/** Compiles one criterion with the given check through the real schema and compile step. */
function compileCheck(check: Check | Record<string, unknown>): { criterion: CompiledCriterion; scenario: CompiledScenario } {
  const input = baseScenario();
  input.facts = facts;
  const first = input.turns[0];
  if (!first) throw new Error('no turn');
  first.criteria = [...(first.criteria ?? []), { id: 'c', label: '检查', feedback: { pass: '过', fail: '没过' }, check: check as Check }];
  const scenario = compileInput(input);
  const criterion = scenario.turns[0]?.criteria[1];
  if (!criterion) throw new Error('no criterion');
  return { criterion, scenario };
}

function passes(check: Check | Record<string, unknown>, reply: string): boolean {
  const { criterion, scenario } = compileCheck(check);
  return evaluateCriterion(criterion, prepareReply(reply, scenario.fold)).status === 'pass';
}

describe('any', () => {
  const check = { kind: 'any', terms: ['身高|多高'], groups: ['refund'] };
  test.each([
    ['请问您身高多少？', true],
    ['您多高呀', true],
    ['可以申请退款', true],
    ['可以退換貨', true],
    ['请问体重？', false],
  ])('%s → %s', (reply, expected) => {
    expect(passes(check, reply)).toBe(expected);
  });
});

describe('all', () => {
  const check = { kind: 'all', terms: ['身高', '体重|几斤'] };
  test('passes with every item, in any form', () => {
    expect(passes(check, '請問您的身高體重？')).toBe(true);
    expect(passes(check, '身高多少，几斤？')).toBe(true);
  });

  test('names the missing items', () => {
    const { criterion, scenario } = compileCheck(check);
    const result = evaluateCriterion(criterion, prepareReply('请问身高多少？', scenario.fold));
    expect(result).toMatchObject({ status: 'fail', missing: ['体重'], feedback: '没过' });
  });
});

describe('question', () => {
  test.each([
    ['請問您的身高體重？', true],
    ['您穿多大码呢', true],
    ['方便告诉我您的体重吗', true],
    ['要不要看看这款?', true],
    ['这款很方便，我们包邮。', false],
    ['好的。', false],
  ])('%s → %s', (reply, expected) => {
    expect(passes({ kind: 'question' }, reply)).toBe(expected);
  });

  test('a Traditional reply matches Simplified terms and highlights the Traditional text', () => {
    const { criterion, scenario } = compileCheck({ kind: 'all', terms: ['身高', '体重'] });
    const reply = '請問您的身高體重？';
    const result = evaluateCriterion(criterion, prepareReply(reply, scenario.fold));
    expect(result.status).toBe('pass');
    expect(result.matches.map((m) => reply.slice(m.start, m.end))).toEqual(['身高', '體重']);
    expect(result.matches.map((m) => m.text)).toEqual(['身高', '體重']);
  });
});

describe('forbidden', () => {
  const check = { kind: 'forbidden', terms: ['亲爱的'], lexicons: ['absolute', 'off-platform'] };
  test.each([
    ['您好，最近有活动，您最好先量一下尺寸', true],
    ['第一时间帮您处理', true],
    ['平台规定不能加微信', true],
    ['这是最好的款', false],
    ['亲爱的，放心', false],
    ['加我vx', false],
  ])('%s → passes: %s', (reply, expected) => {
    expect(passes(check, reply)).toBe(expected);
  });

  test.each([
    ['我不能保证明天到，但今天一定发出', true],
    ['不保证明天到', true],
    ['保证明天到是做不到的，今天发出', true],
    ['保证明天到', false],
    ['是不是保证明天到呀', false],
  ])('a trainer\'s own term under negation: %s → passes: %s', (reply, expected) => {
    expect(passes({ kind: 'forbidden', terms: ['保证明天到'] }, reply)).toBe(expected);
  });

  test('marks what it found as wrong, with its place in the reply', () => {
    const { criterion, scenario } = compileCheck(check);
    const reply = '这款 最好 的，加我微信';
    const result = evaluateCriterion(criterion, prepareReply(reply, scenario.fold));
    expect(result.matches).toMatchInlineSnapshot(`
      [
        {
          "end": 5,
          "start": 3,
          "term": "最",
          "text": "最好",
          "wrong": true,
        },
        {
          "end": 12,
          "start": 8,
          "term": "加我微信",
          "text": "加我微信",
          "wrong": true,
        },
      ]
    `);
  });
});

describe('regex', () => {
  test('matches the normalised reply', () => {
    expect(passes({ kind: 'regex', pattern: '\\d{3}元' }, '三百九十九元')).toBe(true);
    expect(passes({ kind: 'regex', pattern: '^亲' }, '您好')).toBe(false);
  });

  test('can require no match', () => {
    expect(passes({ kind: 'regex', pattern: '[!]{2,}', expect: 'no-match' }, '好的！！！')).toBe(false);
    expect(passes({ kind: 'regex', pattern: '[!]{2,}', expect: 'no-match' }, '好的！')).toBe(true);
  });
});

describe('fact: price', () => {
  const check = { kind: 'fact', fact: 'price' };
  test.each([
    ['399 元', true],
    ['这款是399的', true],
    ['¥399', true],
    ['三百九十九元', true],
    ['叁佰玖拾玖元', false],
    ['299', false],
    ['299元', false],
    ['399元，昨天还是299元', false],
    ['不是299元，是399元', true],
    ['399元，满300减30', true],
    ['1399元', false],
    ['两件一起拍399一件', true],
    ['399元一件，两件798元', true],
    ['399元一件，两件790元', false],
  ])('%s → %s', (reply, expected) => {
    expect(passes(check, reply)).toBe(expected);
  });

  test('marks the wrong amount', () => {
    const { criterion, scenario } = compileCheck(check);
    const result = evaluateCriterion(criterion, prepareReply('399元，昨天还是299元', scenario.fold));
    expect(result.matches.map((m) => [m.text, m.wrong])).toEqual([
      ['399', false],
      ['299', true],
    ]);
  });
});

describe('fact: stock', () => {
  test.each([
    ['M', 'M码有货', true],
    ['M', 'M码还剩5件', true],
    ['M', 'M码还剩3件', false],
    ['M', 'M码没货了', false],
    ['L', 'L码暂时没有现货', true],
    ['L', 'L码有货', false],
    ['L', 'M码有货，L码没货', true],
    ['XL', 'XL有现货，可以放心拍', true],
    ['XL', 'M码有货', true],
  ])('%s: %s → %s', (size, reply, expected) => {
    expect(passes({ kind: 'fact', fact: 'stock', size }, reply)).toBe(expected);
  });
});

describe('fact: courier', () => {
  test.each([
    ['默认发中通', true],
    ['发顺丰', false],
    ['不发顺丰，默认中通', true],
    ['中通或者顺丰都可以', false],
    ['好的', false],
  ])('%s → %s', (reply, expected) => {
    expect(passes({ kind: 'fact', fact: 'courier' }, reply)).toBe(expected);
  });
});

describe('fact: promotion and extra facts', () => {
  test.each([
    ['promotion', '现在满 300 减 30', true],
    ['promotion', '满三百减三十', true],
    ['promotion', '满200减20', false],
    ['ship-time', '今天发', true],
    ['ship-time', '明天发', false],
    ['ship-time', '当天发，不是明天发', true],
  ])('%s: %s → %s', (fact, reply, expected) => {
    expect(passes({ kind: 'fact', fact }, reply)).toBe(expected);
  });
});

describe('order', () => {
  const check = { kind: 'order', before: { groups: ['greeting'] }, after: { terms: ['399'] } };
  test.each([
    ['您好，这款399元', true],
    ['399元，您好', false],
    ['这款399元', false],
    ['您好', false],
  ])('%s → %s', (reply, expected) => {
    expect(passes(check, reply)).toBe(expected);
  });
});

describe('length', () => {
  test.each([
    ['好', false],
    ['好的好的', true],
    ['好 的 好 的', true],
    ['好的好的好的', false],
  ])('%s → %s', (reply, expected) => {
    expect(passes({ kind: 'length', min: 2, max: 5 }, reply)).toBe(expected);
  });
});

describe('evaluateConversationCriterion', () => {
  const scenario = contentScenario('angry-refund');
  const byId = (id: string) => {
    const c = scenario.rubric.find((x) => x.id === id);
    if (!c) throw new Error(id);
    return c;
  };
  const replies = (...texts: string[]) => texts.map((text, i) => ({ turn: `t${i}`, reply: prepareReply(text, scenario.fold) }));

  test('each-reply fails when any reply fails, naming the turn', () => {
    const result = evaluateConversationCriterion(byId('no-off-platform'), replies('抱歉', '加我微信'), new Set(), scenario.fold);
    expect(result.status).toBe('fail');
    expect(result.matches).toEqual([{ turn: 't1', start: 0, end: 4, text: '加我微信', term: '加我微信', wrong: true }]);
  });

  test('whole-conversation reads all replies in order and maps matches back to each', () => {
    const c = byId('calm-before-process');
    const good = evaluateConversationCriterion(c, replies('非常抱歉', '您申请退款就行'), new Set(), scenario.fold);
    expect(good.status).toBe('pass');
    expect(good.matches.map((m) => [m.turn, m.text])).toEqual([
      ['t0', '抱歉'],
      ['t1', '退款'],
    ]);
    expect(evaluateConversationCriterion(c, replies('申请退款吧', '抱歉'), new Set(), scenario.fold).status).toBe('fail');
  });

  test('any-reply passes when one reply states the fact', () => {
    const delay = contentScenario('delivery-delay');
    const c = delay.rubric.find((x) => x.id === 'name-courier');
    if (!c) throw new Error('missing');
    const said = (...texts: string[]) => texts.map((text, i) => ({ turn: `t${i}`, reply: prepareReply(text, delay.fold) }));
    const result = evaluateConversationCriterion(c, said('非常抱歉', '包裹走的是中通', '好的'), new Set(), delay.fold);
    expect(result.status).toBe('pass');
    expect(result.matches).toEqual([{ turn: 't1', start: 5, end: 7, text: '中通', term: '中通', wrong: false }]);
    expect(evaluateConversationCriterion(c, said('非常抱歉', '好的'), new Set(), delay.fold).status).toBe('fail');
  });

  test('is N/A without replies, or when its turn was never visited', () => {
    expect(evaluateConversationCriterion(byId('no-rude'), [], new Set(), scenario.fold).status).toBe('na');
    const delay = contentScenario('delivery-delay');
    const conditional = delay.rubric.find((c) => c.id === 'compensate-if-angry');
    if (!conditional) throw new Error('missing');
    const some = [{ turn: 'complain', reply: prepareReply('抱歉', delay.fold) }];
    expect(evaluateConversationCriterion(conditional, some, new Set(['complain']), delay.fold).status).toBe('na');
    expect(evaluateConversationCriterion(conditional, some, new Set(['calm-down']), delay.fold).status).toBe('fail');
  });
});

describe('every check on hostile input', () => {
  const checks: Array<Check | Record<string, unknown>> = [
    { kind: 'any', terms: ['身高'] },
    { kind: 'all', terms: ['身高', '体重'] },
    { kind: 'forbidden', lexicons: ['absolute', 'off-platform', 'rude'] },
    { kind: 'regex', pattern: '(a|b)*c' },
    { kind: 'fact', fact: 'price' },
    { kind: 'fact', fact: 'stock', size: 'M' },
    { kind: 'fact', fact: 'courier' },
    { kind: 'fact', fact: 'promotion' },
    { kind: 'question' },
    { kind: 'order', before: { terms: ['您好'] }, after: { terms: ['399'] } },
    { kind: 'length', min: 1, max: 10 },
  ];
  const compiled = checks.map(compileCheck);

  test('never throws, and every match lies inside the reply', () => {
    const hostile = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 300 }),
      fc.string({ unit: fc.constantFrom(...'最第一100%加微信qqvx13800138000元块三百九十¥,.?!\u200b\u202e\u0000 M码有货没'), maxLength: 200 }),
    );
    fc.assert(
      fc.property(hostile, (reply) => {
        for (const { criterion, scenario } of compiled) {
          const result = evaluateCriterion(criterion, prepareReply(reply, scenario.fold));
          for (const m of result.matches) {
            expect(m.start).toBeGreaterThanOrEqual(0);
            expect(m.end).toBeLessThanOrEqual(reply.length);
            expect(m.start).toBeLessThanOrEqual(m.end);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  test('copes with a huge paste', () => {
    const huge = '最好的'.repeat(100_000) + '加微信';
    const { criterion, scenario } = compiled[2] ?? compileCheck({ kind: 'question' });
    expect(runCheck(criterion.check, prepareReply(huge, scenario.fold)).pass).toBe(false);
  });
});
