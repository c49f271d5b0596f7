import { describe, expect, test } from 'vitest';
import { EXAMPLE_GAP_MS, checkModelAnswers, playExample, replyEvents, runExamples } from '../../../src/engine/examples.ts';
import { measureTyping } from '../../../src/engine/typing.ts';
import { ScenarioSchema } from '../../../src/schemas/scenario.ts';
import { readFileSync } from 'node:fs';
import { parseMdx } from '../../../src/content-check/frontmatter.ts';
import { SCENARIO_FILES, baseScenario, compileInput, contentScenario } from '../helpers.ts';

describe('replyEvents', () => {
  test('types the reply at the declared speed and sends it after the declared seconds', () => {
    const events = replyEvents({ text: '亲，您好！请问您的身高和体重是多少？', seconds: 20, speed: 60 }, 1000);
    const send = events[events.length - 1];
    expect(send).toEqual({ type: 'send', t: 21_000, text: '亲，您好！请问您的身高和体重是多少？' });
    expect(measureTyping(events.slice(0, -1), send?.type === 'send' ? send.text : '', 21_000).speed).toBeCloseTo(60);
  });

  test('sends only the text when no speed is given', () => {
    expect(replyEvents({ text: '好的' }, 0)).toEqual([{ type: 'send', t: 15_000, text: '好的' }]);
  });

  test('types the messages of a list one after another: the first after `seconds`, the next at `speed`', () => {
    const events = replyEvents({ text: ['亲，在的～', '这款 M 码有货，今天就能发。'], seconds: 4, speed: 60 }, 1000);
    const sends = events.filter((e) => e.type === 'send');
    // 亲，在的～ is 5 characters, typed in the 4 s before it is sent; the answer's 13 take 13 s more.
    expect(sends).toEqual([
      { type: 'send', t: 5000, text: '亲，在的～' },
      { type: 'send', t: 18_000, text: '这款 M 码有货，今天就能发。' },
    ]);
    expect(events.filter((e) => e.type === 'compositionstart').map((e) => e.t)).toEqual([1000, 5000]);
    expect(replyEvents({ text: ['在的', '好的'] }, 0)).toEqual([
      { type: 'send', t: 15_000, text: '在的' },
      { type: 'send', t: 15_000 + EXAMPLE_GAP_MS, text: '好的' },
    ]);
  });

  test('plays an acknowledgement and an answer as one reply, closed after the quiet window', () => {
    const run = playExample(compileInput(baseScenario()), [{ text: ['在的～', '您好！'], seconds: 3 }, { text: '399 元', seconds: 10 }]);
    expect(run.result.passed).toBe(true);
    expect(run.result.turns[0]).toMatchObject({ reply: '在的～\n您好！', responseMs: 3000, messages: [{ text: '在的～' }, { text: '您好！' }] });
    expect(run.events.filter((e) => e.type === 'tick')).toHaveLength(2);
  });
});

describe('runExamples', () => {
  describe.each(SCENARIO_FILES)('%s', (path) => {
    const slug = path.replace(/^.*\//, '').replace(/\.mdx$/, '');
    const scenario = ScenarioSchema.parse(parseMdx(readFileSync(path, 'utf8')).data);
    const compiled = contentScenario(slug);

    test('every example scores as declared', () => {
      expect(runExamples(compiled, scenario.examples)).toEqual([]);
    });

    test('every model answer passes its criteria', () => {
      expect(checkModelAnswers(compiled)).toEqual([]);
    });

    test('has examples that pass and examples that fail', () => {
      const results = scenario.examples.map((e) => playExample(compiled, e.replies).result.passed);
      expect(results).toContain(true);
      expect(results).toContain(false);
    });
  });

  test('names the criterion behind each disagreement', () => {
    const compiled = compileInput(baseScenario());
    const disagreements = runExamples(compiled, [
      { name: '以为能过', expect: 'pass', replies: [{ text: '您好' }, { text: '299 元' }] },
      { name: '以为报价会错', expect: 'fail', criterion: 'price', replies: [{ text: '您好' }, { text: '399 元' }] },
      { name: '以为会挂', expect: 'fail', replies: [{ text: '您好' }, { text: '399 元' }] },
      { name: '回复太少', expect: 'pass', replies: [{ text: '您好' }] },
      { name: '回复太多', expect: 'pass', replies: [{ text: '您好' }, { text: '399 元' }, { text: '还有吗' }] },
    ]);
    expect(disagreements).toMatchInlineSnapshot(`
      [
        {
          "message": "示例「以为能过」应当通过，但没有通过。未通过的评分项：「报价」(price)；总分 61.1 低于及格线 70",
          "path": [
            "examples",
            0,
          ],
        },
        {
          "message": "示例「以为报价会错」应当因评分项「报价」(price) 不通过，但这一项实际为通过",
          "path": [
            "examples",
            1,
          ],
        },
        {
          "message": "示例「以为会挂」应当不通过，但通过了（总分 100，及格线 70）",
          "path": [
            "examples",
            2,
          ],
        },
        {
          "message": "示例「回复太少」的回复不够：对话停在 price，还在等第 2 条回复",
          "path": [
            "examples",
            3,
          ],
        },
        {
          "message": "示例「回复太多」多了 1 条回复：对话在第 2 条回复后就结束了（到达 end）",
          "path": [
            "examples",
            4,
          ],
        },
      ]
    `);
  });
});

describe('checkModelAnswers', () => {
  test('reads a model answer of several messages as one reply', () => {
    const input = baseScenario();
    const price = input.turns[2];
    if (price) price.model = ['亲，稍等，我帮您查一下～', '这款 399 元。'];
    expect(checkModelAnswers(compileInput(input))).toEqual([]);
    expect(compileInput(input).turns[2]?.model).toBe('亲，稍等，我帮您查一下～\n这款 399 元。');
  });

  test('names the criteria a model answer misses', () => {
    const input = baseScenario();
    const price = input.turns[2];
    if (price) price.model = '两百九十九元';
    expect(checkModelAnswers(compileInput(input))).toEqual([{ path: ['turns', 2, 'model'], message: '参考答案没有通过评分项 「报价」(price)' }]);
  });
});
