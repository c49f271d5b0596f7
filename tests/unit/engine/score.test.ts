import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { replay } from '../../../src/engine/conversation.ts';
import { gradeFor, score, scoreEvents, weightedTotal } from '../../../src/engine/score.ts';
import { AttemptResultSchema } from '../../../src/schemas/attempt.ts';
import type { ChatEvent } from '../../../src/schemas/transcript.ts';
import { chatLog } from '../arbitraries.ts';
import { baseScenario, compileInput, contentScenario, ime } from '../helpers.ts';

const scenario = compileInput(baseScenario());

/** The base scenario answered well: greeting in 5 s, price in 10 s; each reply read after the quiet window. */
const goodLog: ChatEvent[] = [
  { type: 'customer', t: 1000, turn: 'hello' },
  { type: 'send', t: 6000, text: '您好！' },
  { type: 'customer', t: 11_000, turn: 'price' },
  { type: 'send', t: 21_000, text: '399 元' },
  { type: 'tick', t: 24_000 },
];

describe('score', () => {
  test('scores a good conversation in full and shares an unmeasured part’s weight', () => {
    const result = score(replay(scenario, goodLog), { startedAt: '2026-11-23T09:30:00.000Z' });
    expect(result).toMatchObject({
      outcome: 'completed',
      startedAt: '2026-11-23T09:30:00.000Z',
      endedAt: '2026-11-23T09:30:23.000Z',
      durationMs: 23_000,
      parts: { rubric: { score: 100, weight: 70 }, response: { score: 100, weight: 20 }, typing: { score: null, weight: 10 } },
      total: 100,
      passed: true,
      grade: '金牌',
      reasons: [],
    });
    expect(result.response).toMatchObject({ firstMs: 5000, averageMs: 7500 });
    expect(result.rubric.notApplicable).toEqual([]);
    expect(AttemptResultSchema.safeParse(result).success).toBe(true);
  });

  test('keeps what each criterion found, for highlighting', () => {
    const result = score(replay(scenario, goodLog));
    expect(result.turns[1]?.criteria[0]).toEqual({
      id: 'price',
      label: '报价',
      status: 'pass',
      weight: 1,
      critical: false,
      feedback: '对',
      matches: [{ start: 0, end: 3, text: '399', term: '399', wrong: false }],
      missing: [],
    });
  });

  test('reports typing below the gate as a figure, not a failure', () => {
    const slow: ChatEvent[] = [
      { type: 'customer', t: 0, turn: 'hello' },
      ...ime(1000, 'ninhao', '您好'),
      { type: 'input', t: 1900, inputType: 'insertText', data: '！', isComposing: false },
      { type: 'send', t: 6000, text: '您好！' },
      { type: 'customer', t: 10_000, turn: 'price' },
      ...ime(11_000, 'sanbaijiushijiu', '399'),
      ...ime(15_000, 'yuan', '元'),
      { type: 'send', t: 18_000, text: '399元' },
      { type: 'end', t: 18_500 },
    ];
    const result = score(replay(scenario, slow));
    // 7 characters over 3.9 s + 7.0 s of active typing (the 4.1 s pause before the first send capped at 3 s).
    expect(result.typing).toMatchObject({ chars: 7, activeMs: 10_900, speed: 38.5, belowGate: true, gate: 50, score: 46.2 });
    expect(result.passed).toBe(true);
  });

  test('fails a critical criterion whatever the total', () => {
    const refund = contentScenario('angry-refund');
    const result = score(
      replay(refund, [
        { type: 'customer', t: 0, turn: 'complaint' },
        { type: 'send', t: 10_000, text: '非常抱歉！麻烦您拍一下拉链的照片发在这里，加我微信也行。' },
        { type: 'tick', t: 13_000 },
      ]),
    );
    expect(result.reasons).toContainEqual({ kind: 'critical', message: '关键项未通过：不引导站外联系或交易', criteria: ['no-off-platform'] });
    expect(result.passed).toBe(false);
    expect(result.grade).toBeNull();
  });

  test('fails when the customer leaves, counting the wait as a response', () => {
    const result = score(replay(scenario, [{ type: 'customer', t: 0, turn: 'hello' }, { type: 'tick', t: 100_000 }]));
    expect(result.outcome).toBe('customer-left');
    expect(result.reasons.map((r) => r.message)).toEqual(['顾客等不及，离开了（流失）', '总分 0 低于及格线 70']);
    expect(result.response.firstMs).toBe(90_000);
    expect(result.turns[0]?.criteria.map((c) => c.status)).toEqual(['na']);
  });

  test('fails an unfinished conversation', () => {
    const result = score(replay(scenario, [...goodLog.slice(0, 2), { type: 'tick', t: 9000 }]));
    expect(result.outcome).toBe('incomplete');
    expect(result.reasons.map((r) => r.kind)).toEqual(['incomplete']);
    expect(result.rubric.notApplicable).toEqual(['price']);
  });

  test('closes a focus loss still open at the end', () => {
    const result = score(replay(scenario, [...goodLog.slice(0, 2), { type: 'blur', t: 6500 }, { type: 'customer', t: 11_000, turn: 'price' }]));
    expect(result.flags).toEqual([{ kind: 'focus-loss', t: 6500, turn: null, durationMs: 4500 }]);
  });

  test('stays within 0–100, parses as a result and never throws, for any log', () => {
    for (const slug of ['size-advice', 'delivery-delay', 'angry-refund']) {
      const compiled = contentScenario(slug);
      fc.assert(
        fc.property(chatLog(compiled), fc.option(fc.constant('2026-11-23T09:30:00.000Z'), { nil: undefined }), (events, startedAt) => {
          const { result } = scoreEvents(compiled, events, { startedAt });
          const scores = [result.total, result.rubric.score, result.response.score, result.typing.score, ...Object.values(result.parts).map((p) => p.score)];
          for (const s of scores) if (s !== null) expect(s >= 0 && s <= 100).toBe(true);
          expect(AttemptResultSchema.safeParse(result).success).toBe(true);
          expect(score(replay(compiled, events), { startedAt })).toEqual(result);
        }),
        { numRuns: 150 },
      );
    }
  });
});

describe('weightedTotal', () => {
  test.each([
    [[{ score: 100, weight: 70 }, { score: 50, weight: 20 }, { score: 0, weight: 10 }], 80],
    [[{ score: 100, weight: 70 }, { score: 50, weight: 30 }, { score: null, weight: 10 }], 85],
    [[{ score: null, weight: 100 }], 0],
    [[{ score: 80, weight: 0 }], 0],
  ])('%j → %d', (parts, total) => {
    expect(weightedTotal(parts)).toBeCloseTo(total);
  });
});

describe('gradeFor', () => {
  test.each([
    [95, '金牌'],
    [90, '金牌'],
    [89.9, '银牌'],
    [80, '银牌'],
    [70, '铜牌'],
    [69.9, null],
  ])('%d → %s', (total, grade) => {
    expect(gradeFor(total)).toBe(grade);
  });
});
