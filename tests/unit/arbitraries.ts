/** fast-check generators of chat logs: plausible enough to reach deep into a scenario, hostile in their text. */
import fc from 'fast-check';
import type { CompiledScenario } from '../../src/engine/compiled.ts';
import { start, step } from '../../src/engine/conversation.ts';
import type { ChatEvent } from '../../src/schemas/transcript.ts';

/** Replies mixing good phrases, forbidden words and arbitrary Unicode. */
export const replyText = fc.oneof(
  fc.constantFrom(
    '亲，您好！请问您的身高体重是多少？',
    'XL 码有货，79 元，今天下午 4 点前付款当天发。',
    '非常抱歉！麻烦您发一下订单号。',
    '加我微信 kefu8866，支付宝转账给您',
    '爱买不买',
    '这是最好的，第一品牌',
    '您在订单里申请退货退款，运费由我们承担，48 小时内退款，也可以换一件新的。',
    '感谢您的理解，有问题随时找我。',
  ),
  fc.string({ unit: 'binary', maxLength: 80 }),
  fc.string({ unit: fc.constantFrom(...'亲您好抱歉最第一微信qq元块三百九十有货没货退款?？!\u200b\u202e\u0000 👍'), maxLength: 40 }),
);

type Action =
  | { kind: 'show' | 'tick' | 'blur' | 'focus' | 'hidden' | 'visible' | 'end' | 'wrong-turn'; dt: number }
  | { kind: 'turn'; dt: number; reply: number; text: string; more: Array<{ dt: number; text: string }> }
  | { kind: 'type'; dt: number; pinyin: string; text: string }
  | { kind: 'paste' | 'send'; dt: number; text: string };

const dt = fc.oneof(
  { weight: 5, arbitrary: fc.integer({ min: 0, max: 20_000 }) },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 200_000 }) },
);

const action: fc.Arbitrary<Action> = fc.oneof(
  {
    weight: 8,
    arbitrary: fc.record({
      kind: fc.constant('turn' as const),
      dt,
      reply: fc.integer({ min: 1_000, max: 60_000 }),
      text: replyText,
      // Further messages of the same reply, some inside the quiet window and some after it.
      more: fc.array(fc.record({ dt: fc.integer({ min: 0, max: 6_000 }), text: replyText }), { maxLength: 2 }),
    }),
  },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('show' as const), dt }) },
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('type' as const), dt, pinyin: fc.string({ maxLength: 8 }), text: replyText }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('send' as const), dt, text: replyText }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('paste' as const), dt, text: replyText }) },
  {
    weight: 2,
    arbitrary: fc.record({ kind: fc.constantFrom('tick' as const, 'blur' as const, 'focus' as const, 'hidden' as const, 'visible' as const, 'wrong-turn' as const), dt }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('end' as const), dt }) },
);

/**
 * A log built by acting on the live state: messages are shown when the engine has one pending at
 * that moment (a reply whose quiet window is over has closed by then, as a tick would reveal).
 */
export function chatLog(scenario: CompiledScenario): fc.Arbitrary<ChatEvent[]> {
  return fc.array(action, { maxLength: 30, size: 'max' }).map((actions) => {
    let state = start(scenario);
    let t = 0;
    const events: ChatEvent[] = [];
    for (const a of actions) {
      t += a.dt;
      const batch: ChatEvent[] = [];
      const pendingTurn = step(state, { type: 'tick', t }).pending?.turn;
      switch (a.kind) {
        case 'show':
          if (pendingTurn) batch.push({ type: 'customer', t, turn: pendingTurn });
          break;
        case 'turn':
          if (pendingTurn) {
            batch.push({ type: 'customer', t, turn: pendingTurn });
            batch.push({ type: 'compositionstart', t: t + a.reply / 2 }, { type: 'compositionend', t: t + a.reply, data: a.text });
            batch.push({ type: 'send', t: t + a.reply, text: a.text });
            t += a.reply;
            for (const m of a.more) {
              t += m.dt;
              batch.push({ type: 'compositionend', t, data: m.text }, { type: 'send', t, text: m.text });
            }
          }
          break;
        case 'wrong-turn':
          batch.push({ type: 'customer', t, turn: 'no-such-turn' });
          break;
        case 'type':
          batch.push({ type: 'compositionstart', t }, { type: 'compositionupdate', t: t + 50, data: a.pinyin }, { type: 'compositionend', t: t + 100, data: a.text });
          t += 100;
          break;
        case 'paste':
          batch.push({ type: 'paste', t, text: a.text });
          break;
        case 'send':
          batch.push({ type: 'send', t, text: a.text });
          break;
        case 'hidden':
        case 'visible':
          batch.push({ type: 'visibility', t, state: a.kind });
          break;
        default:
          batch.push({ type: a.kind, t });
      }
      for (const e of batch) {
        events.push(e);
        state = step(state, e);
      }
    }
    return events;
  });
}
