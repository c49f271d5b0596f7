import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { CompileError, compileScenario, prepareTerm } from '../../../src/engine/compile.ts';
import { evaluateCriterion, prepareReply } from '../../../src/engine/rubric.ts';
import { fullFoldTable } from '../../../src/lib/t2s.ts';
import { ScenarioSchema } from '../../../src/schemas/scenario.ts';
import { baseScenario, compileInput, contentScenario, glossary } from '../helpers.ts';

const full = fullFoldTable();

describe('compileScenario', () => {
  test('fills in defaults and resolves next turns', () => {
    const compiled = compileInput(baseScenario());
    expect(compiled.format).toBe(1);
    expect(compiled.weights).toEqual({ rubric: 70, response: 20, typing: 10 });
    expect(compiled.passMark).toBe(70);
    expect(compiled.thresholds).toEqual({ firstResponse: { full: 30, zero: 60 }, averageResponse: { full: 35, zero: 55 }, typing: { gate: 50, target: 60 } });
    expect(compiled.turns.map((t) => [t.id, t.next, t.timeLimitMs])).toEqual([
      ['hello', 'price', 30_000],
      ['rude', 'price', 60_000],
      ['price', 'end', 30_000],
    ]);
    expect(compiled.turns[0]?.customer).toEqual({ 生气: '到底有没有人？', 不耐烦: '在吗？', 平静: '在吗？', 满意: '在吗？' });
  });

  test('expands synonym groups and normalises terms', () => {
    const compiled = compileInput(baseScenario());
    expect(compiled.turns[0]?.criteria[0]?.check).toEqual({ kind: 'any', terms: ['您好', '你好', '亲', '欢迎光临'] });
    expect(prepareTerm('七天無理由 ＯＫ', full)).toBe('7天无理由ok');
  });

  test('lets an exam override the thresholds', () => {
    const compiled = compileScenario('test', ScenarioSchema.parse(baseScenario()), glossary, full, {
      thresholds: { firstResponse: { full: 25, zero: 50 } },
    });
    expect(compiled.thresholds.firstResponse).toEqual({ full: 25, zero: 50 });
    expect(compiled.thresholds.averageResponse).toEqual({ full: 35, zero: 55 });
  });

  test('names a synonym group the glossary lacks', () => {
    const input = baseScenario();
    const criterion = input.turns[0]?.criteria?.[0];
    if (criterion?.check.kind === 'any') criterion.check.groups = ['no-such-group'];
    expect(() => compileInput(input)).toThrow(CompileError);
    expect(() => compileInput(input)).toThrowErrorMatchingInlineSnapshot(`[CompileError: turns.0.criteria.0.check.groups.0: 术语表 content/glossary.yaml 里没有同义词组 no-such-group]`);
  });

  test('ships a fold table of a few hundred pairs instead of the whole dictionary', () => {
    for (const slug of ['size-advice', 'delivery-delay', 'angry-refund']) {
      const compiled = contentScenario(slug);
      const pairs = Object.keys(compiled.fold).length;
      expect(pairs).toBeGreaterThan(100);
      expect(pairs).toBeLessThan(Object.keys(full).length / 4);
      expect(compiled.fold['貨']).toBe('货');
    }
  });

  test('is plain JSON: a compiled scenario survives serialisation unchanged', () => {
    const compiled = contentScenario('delivery-delay');
    expect(JSON.parse(JSON.stringify(compiled))).toEqual(compiled);
  });

  test('matches with its subset exactly as with the full dictionary', () => {
    const compiled = contentScenario('size-advice');
    const criteria = [...compiled.turns.flatMap((t) => t.criteria), ...compiled.rubric];
    const traditional = [...'請問您的身高體重與價格庫存發貨這個碼號謝謝還有隨時嗎呢親兩萬億個條顏色運費當天'];
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...traditional, ...'xl码79元有货没最第一 ,?'), maxLength: 40 }), (reply) => {
        for (const c of criteria) {
          const subset = evaluateCriterion(c, prepareReply(reply, compiled.fold));
          const whole = evaluateCriterion(c, prepareReply(reply, full));
          expect(subset.status).toBe(whole.status);
          expect(subset.matches).toEqual(whole.matches);
        }
      }),
      { numRuns: 300 },
    );
  });
});
