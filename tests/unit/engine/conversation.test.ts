import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  DEFAULT_FAREWELL,
  DRAIN_PER_SECOND,
  QUIET_MS,
  closesAt,
  customerDelayMs,
  moodBand,
  moodToward,
  quietMsFor,
  replay,
  start,
  step,
  type ConversationState,
} from '../../../src/engine/conversation.ts';
import { score } from '../../../src/engine/score.ts';
import type { ChatEvent } from '../../../src/schemas/transcript.ts';
import { chatLog } from '../arbitraries.ts';
import { baseScenario, compileInput, contentScenario, ime } from '../helpers.ts';

const scenario = compileInput(baseScenario());

/** Shows the pending message at `t`, sends `text` `seconds` later and lets the quiet window close the turn. */
function answer(state: ConversationState, t: number, text: string, seconds: number): { state: ConversationState; t: number } {
  const turn = state.pending?.turn;
  if (!turn) throw new Error('nothing pending');
  let s = step(state, { type: 'customer', t, turn });
  const sendT = t + seconds * 1000;
  s = step(s, { type: 'send', t: sendT, text });
  s = step(s, { type: 'tick', t: sendT + QUIET_MS });
  return { state: s, t: sendT + QUIET_MS };
}

describe('start', () => {
  test('has the opening message pending with a delay from its length', () => {
    const state = start(scenario);
    expect(state.status).toBe('customer-typing');
    expect(state.pending).toEqual({ kind: 'turn', turn: 'hello', text: '在吗？', delayMs: customerDelayMs('在吗？'), since: null });
    expect(state.pending?.delayMs).toBe(1450);
  });

  test('uses the message for the persona’s mood', () => {
    const input = baseScenario();
    input.persona.mood = '生气';
    expect(start(compileInput(input)).pending?.text).toBe('到底有没有人？');
  });
});

describe('customerDelayMs', () => {
  test.each([
    ['好', 1200],
    ['在吗？', 1450],
    ['这'.repeat(100), 6000],
  ])('%s → %d ms', (text, ms) => {
    expect(customerDelayMs(text)).toBe(ms);
  });
});

describe('moods', () => {
  test.each([
    [100, '满意'],
    [76, '满意'],
    [75, '平静'],
    [51, '平静'],
    [50, '不耐烦'],
    [26, '不耐烦'],
    [25, '生气'],
    [0, '生气'],
  ] as const)('patience %d is %s', (p, mood) => {
    expect(moodBand(p)).toBe(mood);
  });

  test('move one step at a time', () => {
    expect(moodToward('生气', '满意')).toBe('不耐烦');
    expect(moodToward('满意', '生气')).toBe('平静');
    expect(moodToward('平静', '平静')).toBe('平静');
  });
});

describe('step', () => {
  test('runs a conversation to its end', () => {
    let { state, t } = answer(start(scenario), 1450, '您好！', 5);
    expect(state.status).toBe('customer-typing');
    expect(state.pending?.turn).toBe('price');
    expect(state.patience).toBe(70);
    ({ state, t } = answer(state, t + 2000, '399 元', 10));
    expect(state.status).toBe('ended');
    expect(state.outcome).toBe('completed');
    expect(state.mood).toBe('满意');
    expect(state.pending).toEqual({ kind: 'farewell', turn: null, text: DEFAULT_FAREWELL.满意, delayMs: customerDelayMs(DEFAULT_FAREWELL.满意), since: t });
    expect(state.visited).toEqual(['hello', 'price']);
    expect(state.timeline.map((p) => [p.cause, p.mood, p.patience])).toEqual([
      ['start', '平静', 60],
      ['reply', '平静', 70],
      ['reply', '满意', 80],
    ]);
  });

  test('follows the first branch whose condition holds', () => {
    const { state } = answer(start(scenario), 1000, '在的', 5);
    expect(state.pending?.turn).toBe('rude');
    expect(state.patience).toBe(55);
  });

  test('drains patience for a late reply and restores none', () => {
    const { state } = answer(start(scenario), 0, '您好', 40);
    expect(state.patience).toBe(60 - 10 * DRAIN_PER_SECOND);
    expect(state.records[0]?.late).toBe(true);
  });

  test('makes the customer angry at once on a critical failure', () => {
    const refund = contentScenario('angry-refund');
    let { state, t } = answer(start(refund), 0, '非常抱歉！麻烦发一下照片。', 10);
    expect(state.mood).toBe('不耐烦');
    ({ state, t } = answer(state, t + 2000, '照片收到，确实是质量问题，加我微信说吧', 20));
    expect(state.mood).toBe('生气');
    expect(state.records[1]?.eachReply.find((r) => r.id === 'no-off-platform')?.status).toBe('fail');
  });

  test('lets an insulted customer leave after the reply', () => {
    const refund = contentScenario('angry-refund');
    const { state } = answer(start(refund), 0, '爱买不买', 5);
    expect(state.status).toBe('ended');
    expect(state.outcome).toBe('customer-left');
    expect(state.pending?.kind).toBe('leaving');
    expect(state.pending?.text).toBe('算了，跟你说不清楚，我直接找平台投诉。');
  });

  test('lets a waiting customer give up at the moment patience runs out', () => {
    let state = step(start(scenario), { type: 'customer', t: 1000, turn: 'hello' });
    state = step(state, { type: 'tick', t: 1000 + 89_000 });
    expect(state.status).toBe('awaiting-reply');
    expect(state.patience).toBeCloseTo(1);
    expect(state.mood).toBe('生气');
    state = step(state, { type: 'tick', t: 1000 + 95_000 });
    expect(state.status).toBe('ended');
    expect(state.outcome).toBe('customer-left');
    expect(state.records[0]).toMatchObject({ reply: null, responseMs: 90_000 });
    expect(state.timeline).toEqual([
      { t: 1000, mood: '平静', patience: 60, cause: 'start', turn: 'hello' },
      { t: 41_000, mood: '不耐烦', patience: 50, cause: 'wait', turn: 'hello' },
      { t: 66_000, mood: '生气', patience: 25, cause: 'wait', turn: 'hello' },
      { t: 91_000, mood: '生气', patience: 0, cause: 'left', turn: 'hello' },
    ]);
  });

  test('ignores a reply sent after the customer left', () => {
    let state = step(start(scenario), { type: 'customer', t: 0, turn: 'hello' });
    state = step(state, { type: 'send', t: 120_000, text: '您好' });
    expect(state.outcome).toBe('customer-left');
    expect(state.records).toHaveLength(1);
    expect(state.problems).toEqual([]);
  });

  test('records focus loss and paste as flags', () => {
    const events: ChatEvent[] = [
      { type: 'customer', t: 1000, turn: 'hello' },
      { type: 'blur', t: 2000 },
      { type: 'visibility', t: 2100, state: 'hidden' },
      { type: 'visibility', t: 6000, state: 'visible' },
      { type: 'focus', t: 6100 },
      { type: 'paste', t: 7000, text: '您好，请问有什么可以帮您？' },
      { type: 'send', t: 8000, text: '您好，请问有什么可以帮您？' },
      { type: 'tick', t: 11_000 },
    ];
    expect(replay(scenario, events).flags).toEqual([
      { kind: 'focus-loss', t: 2000, turn: 'hello', durationMs: 4000 },
      { kind: 'paste', t: 7000, turn: 'hello', chars: 13 },
    ]);
  });

  test('keeps typing figures per reply', () => {
    const events: ChatEvent[] = [
      { type: 'customer', t: 0, turn: 'hello' },
      ...ime(1000, 'nihao', '您好'),
      { type: 'send', t: 1700, text: '您好' },
      { type: 'tick', t: 1700 + QUIET_MS },
    ];
    expect(replay(scenario, events).records[0]?.typing).toEqual({ chars: 2, committed: 2, pasted: 0, activeMs: 700, speed: 120 });
  });

  test('ends early on an end event, leaving the message unanswered', () => {
    const state = replay(scenario, [
      { type: 'customer', t: 0, turn: 'hello' },
      { type: 'end', t: 5000 },
    ]);
    expect(state.outcome).toBe('incomplete');
    expect(state.records[0]).toMatchObject({ turn: 'hello', reply: null, responseMs: null });
  });

  test.each([
    ['a reply before the message appears', [{ type: 'send', t: 10, text: '您好' }], 't=10 发送了回复，但顾客的消息还没有出现'],
    ['the wrong message', [{ type: 'customer', t: 10, turn: 'price' }], '顾客消息 price 出现得不对：此时应显示 hello'],
    [
      'time going backwards',
      [
        { type: 'customer', t: 10, turn: 'hello' },
        { type: 'tick', t: 5 },
      ],
      '事件时间倒退：tick 的 t=5 早于上一个事件（10）',
    ],
  ] as const)('notes %s as a problem', (_, events, message) => {
    expect(replay(scenario, events as unknown as ChatEvent[]).problems).toEqual([message]);
  });
});

describe('a reply of several messages', () => {
  /** The opening message shown at 0, an acknowledgement at 2 s, the answer typed from 4 s and sent at 8 s. */
  const ackThenAnswer: ChatEvent[] = [
    { type: 'customer', t: 0, turn: 'hello' },
    { type: 'send', t: 2000, text: '亲，在的～' },
    ...ime(4000, 'qingwen', '请问有什么可以帮您？', 500),
    { type: 'send', t: 8000, text: '请问有什么可以帮您？' },
  ];
  const closeAt = 8000 + QUIET_MS;

  test('the turn closes exactly QUIET_MS after the last activity, whatever the times of the ticks', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 8000, max: 30_000 }), { maxLength: 6 }), (tickTimes) => {
        const ticks: ChatEvent[] = [...tickTimes].sort((a, b) => a - b).map((t) => ({ type: 'tick', t }));
        const state = replay(scenario, [...ackThenAnswer, ...ticks]);
        if (tickTimes.some((t) => t >= closeAt)) {
          expect(state.records[0]?.closedAt).toBe(closeAt);
          expect(state.pending).toMatchObject({ turn: 'price', since: closeAt });
          expect(state.timeline.at(-1)).toMatchObject({ t: closeAt, cause: 'reply' });
        } else {
          expect(state.status).toBe('awaiting-reply');
          expect(state.records).toEqual([]);
          expect(closesAt(state)).toBe(closeAt);
        }
      }),
      { numRuns: 200 },
    );
  });

  test('a customer message after the quiet window closes the turn first: a log needs no ticks', () => {
    const next = customerDelayMs('多少钱？');
    const state = replay(scenario, [...ackThenAnswer, { type: 'customer', t: closeAt + next, turn: 'price' }]);
    expect(state.problems).toEqual([]);
    expect(state.records[0]?.closedAt).toBe(closeAt);
    expect(state.shown).toEqual({ text: '多少钱？', at: closeAt + next });
  });

  test('the response time is the first message’s; the criteria read the messages joined; typing counts every message', () => {
    const state = replay(scenario, [...ackThenAnswer, { type: 'tick', t: closeAt }]);
    expect(state.records[0]).toMatchObject({
      sentAt: 2000,
      responseMs: 2000,
      reply: '亲，在的～\n请问有什么可以帮您？',
      messages: [
        { text: '亲，在的～', sentAt: 2000 },
        { text: '请问有什么可以帮您？', sentAt: 8000 },
      ],
      closedAt: closeAt,
    });
    expect(state.records[0]?.criteria.map((c) => c.status)).toEqual(['pass']);
    // Only the answer was typed (the acknowledgement has no typing events): 10 characters in 4 s.
    expect(state.records[0]?.typing).toEqual({ chars: 10, committed: 10, pasted: 0, activeMs: 4000, speed: 150 });
  });

  test('typing in the quiet window keeps the turn open', () => {
    const events: ChatEvent[] = [
      { type: 'customer', t: 0, turn: 'hello' },
      { type: 'send', t: 2000, text: '您好！' },
      { type: 'compositionstart', t: 4500 },
      { type: 'compositionupdate', t: 7000, data: 'qing' },
      { type: 'input', t: 9500, inputType: 'deleteContentBackward', data: null, isComposing: false },
      { type: 'tick', t: 12_499 },
    ];
    const open = replay(scenario, events);
    expect(open.status).toBe('awaiting-reply');
    expect(closesAt(open)).toBe(12_500);
    // Quiet from 9.5 s on: the reply is the one message, read at 12.5 s.
    const closed = step(open, { type: 'tick', t: 12_500 });
    expect(closed.records[0]).toMatchObject({ reply: '您好！', closedAt: 12_500 });
    expect(closed.status).toBe('customer-typing');
  });

  test('a turn with no message does not close, however quiet', () => {
    const state = replay(scenario, [
      { type: 'customer', t: 0, turn: 'hello' },
      { type: 'compositionstart', t: 1000 },
      { type: 'compositionend', t: 2000, data: '您好' },
      { type: 'tick', t: 20_000 },
    ]);
    expect(state.status).toBe('awaiting-reply');
    expect(closesAt(state)).toBeNull();
    expect(state.records).toEqual([]);
  });

  test('an end event closes an open turn that has a message', () => {
    const ended = replay(scenario, [{ type: 'customer', t: 0, turn: 'hello' }, { type: 'send', t: 2000, text: '您好！' }, { type: 'end', t: 3000 }]);
    expect(ended.outcome).toBe('incomplete');
    expect(ended.records).toHaveLength(1);
    expect(ended.records[0]).toMatchObject({ reply: '您好！', closedAt: 3000, criteria: [{ status: 'pass' }] });
    // On the last turn, the reply the end closes completes the conversation.
    let last = replay(scenario, [{ type: 'customer', t: 0, turn: 'hello' }, { type: 'send', t: 2000, text: '您好！' }, { type: 'tick', t: 5000 }]);
    last = replay(scenario, [
      { type: 'customer', t: 0, turn: 'hello' },
      { type: 'send', t: 2000, text: '您好！' },
      { type: 'customer', t: 5000 + (last.pending?.delayMs ?? 0), turn: 'price' },
      { type: 'send', t: 12_000, text: '399 元' },
      { type: 'end', t: 13_000 },
    ]);
    expect(last.outcome).toBe('completed');
    expect(last.records.map((r) => r.closedAt)).toEqual([5000, 13_000]);
  });

  test('patience drains past the time limit only until the first message', () => {
    const state = replay(scenario, [
      { type: 'customer', t: 0, turn: 'hello' },
      { type: 'send', t: 40_000, text: '您好！' },
      ...ime(41_000, 'qingshaodeng', '请稍等', 2000),
      { type: 'send', t: 200_000, text: '请稍等，我帮您看一下。' },
      { type: 'tick', t: 203_000 },
    ]);
    // 10 s over the 30 s limit, and no more: the customer is reading, not waiting.
    expect(state.outcome).toBeNull();
    expect(state.records[0]).toMatchObject({ responseMs: 40_000, late: true, patience: 60 - 10 * DRAIN_PER_SECOND });
  });

  test('the order of checks holds across messages: greeting in the first, the answer in the second', () => {
    const input = baseScenario();
    const hello = input.turns[0];
    if (!hello) throw new Error('no turn');
    hello.branches = [{ when: { failed: ['greet-then-help'] }, goto: 'rude' }];
    hello.criteria = [
      { id: 'greet-then-help', label: '先问候再问需求', feedback: { pass: '好', fail: '先问候' }, check: { kind: 'order', before: { terms: ['您好'] }, after: { terms: ['帮您'] } } },
    ];
    const ordered = compileInput(input);
    const run = (first: string, second: string) =>
      replay(ordered, [
        { type: 'customer', t: 0, turn: 'hello' },
        { type: 'send', t: 1000, text: first },
        { type: 'send', t: 2000, text: second },
        { type: 'tick', t: 5000 },
      ]).records[0]?.criteria[0]?.status;
    expect(run('您好！', '请问有什么可以帮您？')).toBe('pass');
    expect(run('请问有什么可以帮您？', '您好！')).toBe('fail');
  });

  test('a log of version 1 (each send the whole reply) replays with no quiet window', () => {
    expect(quietMsFor(1)).toBe(0);
    expect(quietMsFor(2)).toBe(QUIET_MS);
    const state = replay(
      scenario,
      [
        { type: 'customer', t: 0, turn: 'hello' },
        { type: 'send', t: 5000, text: '您好！' },
        { type: 'customer', t: 6000, turn: 'price' },
        { type: 'send', t: 9000, text: '399 元' },
      ],
      { quietMs: quietMsFor(1) },
    );
    expect(state.problems).toEqual([]);
    expect(state.outcome).toBe('completed');
    expect(state.records.map((r) => [r.sentAt, r.closedAt])).toEqual([
      [5000, 5000],
      [9000, 9000],
    ]);
  });
});

describe('hostile input', () => {
  test('scores a huge paste of mixed text, emoji, control and bidi characters', () => {
    const huge = '亲，您好👍\u202e加微信\u0000最好的\u200b399元 '.repeat(20_000);
    const state = replay(scenario, [
      { type: 'customer', t: 0, turn: 'hello' },
      { type: 'paste', t: 100, text: huge },
      { type: 'send', t: 200, text: huge },
      { type: 'end', t: 300 },
    ]);
    expect(state.records[0]?.criteria[0]?.status).toBe('pass');
    expect(state.flags).toEqual([{ kind: 'paste', t: 100, turn: 'hello', chars: 300_000 }]);
    expect(score(state).typing.chars).toBe(0);
  });
});

describe('replay', () => {
  const refund = contentScenario('angry-refund');

  test('gives the same state for the same log', () => {
    fc.assert(
      fc.property(chatLog(refund), (events) => {
        expect(replay(refund, events)).toEqual(replay(refund, events));
      }),
      { numRuns: 200 },
    );
  });

  test('does not depend on ticks: a log with ticks scores like the same log without them', () => {
    fc.assert(
      fc.property(chatLog(refund), fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 20 }), (events, at) => {
        const last = events[events.length - 1]?.t ?? 0;
        const ticks: ChatEvent[] = at.map((f) => ({ type: 'tick', t: f * last }));
        const withTicks = [...events, ...ticks].sort((a, b) => a.t - b.t);
        expect(score(replay(refund, withTicks))).toEqual(score(replay(refund, events)));
      }),
      { numRuns: 200 },
    );
  });
});
