import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { replay, step, start } from '../../../src/engine/conversation.ts';
import { playExample } from '../../../src/engine/examples.ts';
import { score } from '../../../src/engine/score.ts';
import { ATTEMPTS_BUDGET_CHARS, attemptFileName, newAttemptId, storedAttempt, transcriptOf, usageOf } from '../../../src/lib/attempts.ts';
import type { ChatEvent } from '../../../src/schemas/transcript.ts';
import { TranscriptSchema } from '../../../src/schemas/transcript.ts';
import { chatLog } from '../arbitraries.ts';
import { contentScenario } from '../helpers.ts';

const sizeAdvice = contentScenario('size-advice');
const base = playExample(sizeAdvice, [{ text: '亲，您好！请问您的身高体重？' }, { text: 'XL 码' }]).result;

/** What the chat window records: events up to the one that ends the conversation. */
function recorded(events: readonly ChatEvent[]): ChatEvent[] {
  let state = start(sizeAdvice);
  const out: ChatEvent[] = [];
  for (const e of events) {
    if (state.status === 'ended') break;
    state = step(state, e);
    out.push(e);
  }
  return out;
}

describe('transcriptOf', () => {
  test('is the npm run score format, without ticks', () => {
    const events: ChatEvent[] = [
      { type: 'customer', t: 1_000, turn: 'ask-size' },
      { type: 'tick', t: 2_000 },
      { type: 'send', t: 3_000, text: '您好' },
    ];
    const transcript = transcriptOf('size-advice', '2026-11-23T09:30:00.000Z', events);
    expect(TranscriptSchema.parse(transcript)).toEqual({
      version: 2,
      scenario: 'size-advice',
      startedAt: '2026-11-23T09:30:00.000Z',
      events: [events[0], events[2]],
    });
    expect(transcriptOf('size-advice', null, events)).not.toHaveProperty('startedAt');
  });

  test('keeps the tick with which a waiting customer left, so the log still ends there', () => {
    const events: ChatEvent[] = [
      { type: 'customer', t: 0, turn: 'ask-size' },
      { type: 'tick', t: 1_000 },
      { type: 'tick', t: 150_000 },
    ];
    const transcript = transcriptOf('size-advice', null, events);
    expect(transcript.events).toEqual([events[0], events[2]]);
    expect(score(replay(sizeAdvice, transcript.events))).toEqual(score(replay(sizeAdvice, events)));
    expect(score(replay(sizeAdvice, transcript.events)).outcome).toBe('customer-left');
  });

  test('leaving ticks out never changes the result of what the window recorded', () => {
    fc.assert(
      fc.property(chatLog(sizeAdvice), (log) => {
        const events = recorded(log);
        const startedAt = '2026-11-23T09:30:00.000Z';
        const live = score(replay(sizeAdvice, events), { startedAt });
        const stored = score(replay(sizeAdvice, transcriptOf('size-advice', startedAt, events).events), { startedAt });
        expect(stored).toEqual(live);
      }),
      { numRuns: 200 },
    );
  });
});

describe('ids, files and space', () => {
  test('usage: characters against the budget, nearly full from three quarters', () => {
    expect(usageOf(0)).toEqual({ chars: 0, share: 0, nearlyFull: false });
    expect(usageOf(ATTEMPTS_BUDGET_CHARS * 0.74).nearlyFull).toBe(false);
    expect(usageOf(ATTEMPTS_BUDGET_CHARS * 0.75)).toEqual({ chars: ATTEMPTS_BUDGET_CHARS * 0.75, share: 0.75, nearlyFull: true });
    expect(usageOf(ATTEMPTS_BUDGET_CHARS * 2).share).toBe(2);
  });

  test('ids are URL-safe and differ with time and randomness', () => {
    const at = new Date('2026-11-23T09:30:00Z');
    const id = newAttemptId(at, () => 0.5);
    expect(id).toMatch(/^[a-z0-9]+-[0-9a-f]{4}$/);
    expect(newAttemptId(at, () => 0.25)).not.toBe(id);
    expect(encodeURIComponent(id)).toBe(id);
  });

  test('a stored attempt records when it was saved', () => {
    expect(storedAttempt('i', new Date('2026-11-23T09:30:00Z'), base, null)).toEqual({ id: 'i', savedAt: '2026-11-23T09:30:00.000Z', result: base, transcript: null });
  });

  test('file names carry the scenario, the local time and the kind', () => {
    expect(attemptFileName('size-advice', new Date(2026, 10, 23, 9, 5), 'transcript')).toBe('kefu-academy-size-advice-20261123-0905-transcript.json');
  });
});
