import { describe, expect, test } from 'vitest';
import { DRAIN_PER_SECOND, replay } from '../../../src/engine/conversation.ts';
import { conversationBubbles, moodAt } from '../../../src/lib/chat-view.ts';
import { contentScenario } from '../helpers.ts';

const scenario = contentScenario('size-advice');

describe('conversationBubbles', () => {
  test('nothing is shown before the first message appears', () => {
    expect(conversationBubbles(replay(scenario, []))).toEqual([]);
  });

  test('shows each message and reply in order, with the times of the log', () => {
    const state = replay(scenario, [
      { type: 'customer', t: 2_000, turn: 'ask-size' },
      { type: 'send', t: 12_000, text: '亲，您好！请问您的身高和体重是多少？' },
      { type: 'customer', t: 19_000, turn: 'recommend' },
    ]);
    const bubbles = conversationBubbles(state);
    expect(bubbles.map((b) => [b.side, b.t, b.text.slice(0, 4)])).toEqual([
      ['customer', 2_000, '在吗？这'],
      ['trainee', 12_000, '亲，您好'],
      ['customer', 19_000, '我身高 '],
    ]);
    const reply = bubbles[1];
    expect(reply?.side === 'trainee' && reply.record?.turn).toBe('ask-size');
  });

  test('a reply of several messages: a bubble each, the open turn’s without a record, the feedback under the last', () => {
    const events = [
      { type: 'customer', t: 0, turn: 'ask-size' },
      { type: 'send', t: 2_000, text: '亲，在的～' },
      { type: 'send', t: 4_000, text: '请问您的身高和体重是多少？' },
    ] as const;
    const open = conversationBubbles(replay(scenario, events));
    expect(open.map((b) => (b.side === 'trainee' ? [b.text, b.offset, b.record, b.last] : b.side))).toEqual([
      'customer',
      ['亲，在的～', 0, null, false],
      ['请问您的身高和体重是多少？', 6, null, false],
    ]);
    const closed = conversationBubbles(replay(scenario, [...events, { type: 'tick', t: 7_000 }]));
    expect(closed.map((b) => (b.side === 'trainee' ? [b.offset, b.record?.reply, b.last] : b.side))).toEqual([
      'customer',
      [0, '亲，在的～\n请问您的身高和体重是多少？', false],
      [6, '亲，在的～\n请问您的身高和体重是多少？', true],
    ]);
  });

  test('a message keeps the mood it was said in, even when waiting sinks the mood later', () => {
    // Waiting past the limit drains patience below 50, so the mood sinks to 不耐烦 while waiting.
    const belowFifty = scenario.turns[0]!.timeLimitMs + ((scenario.persona.patience - 45) / DRAIN_PER_SECOND) * 1000;
    const state = replay(scenario, [
      { type: 'customer', t: 0, turn: 'ask-size' },
      { type: 'tick', t: belowFifty },
    ]);
    expect(state.mood).toBe('不耐烦');
    const [first] = conversationBubbles(state);
    expect(first?.side === 'customer' && first.mood).toBe('平静');
  });

  test('a customer who gave up shows the unanswered message and no reply', () => {
    const state = replay(scenario, [
      { type: 'customer', t: 0, turn: 'ask-size' },
      { type: 'tick', t: 200_000 },
    ]);
    expect(state.outcome).toBe('customer-left');
    expect(conversationBubbles(state).map((b) => b.side)).toEqual(['customer']);
  });
});

describe('moodAt', () => {
  const timeline = [
    { t: 0, mood: '平静' as const, patience: 70, cause: 'start' as const },
    { t: 10, mood: '满意' as const, patience: 80, cause: 'reply' as const },
  ];
  test('the last point at or before t, else the fallback', () => {
    expect(moodAt(timeline, -1, '生气')).toBe('生气');
    expect(moodAt(timeline, 0, '生气')).toBe('平静');
    expect(moodAt(timeline, 9, '生气')).toBe('平静');
    expect(moodAt(timeline, 10, '生气')).toBe('满意');
  });
});
