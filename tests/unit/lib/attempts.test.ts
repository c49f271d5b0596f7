import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { replay, step, start } from '../../../src/engine/conversation.ts';
import { playExample } from '../../../src/engine/examples.ts';
import { score } from '../../../src/engine/score.ts';
import {
  ATTEMPTS_BUDGET_CHARS,
  attemptFileName,
  bestBySlug,
  newAttemptId,
  oldestFirst,
  storedAttempt,
  tidyAttempts,
  transcriptOf,
  usageOf,
} from '../../../src/lib/attempts.ts';
import type { AttemptResult, StoredAttempt } from '../../../src/schemas/attempt.ts';
import type { ChatEvent } from '../../../src/schemas/transcript.ts';
import { TranscriptSchema } from '../../../src/schemas/transcript.ts';
import { chatLog } from '../arbitraries.ts';
import { contentScenario } from '../helpers.ts';

const sizeAdvice = contentScenario('size-advice');
const base = playExample(sizeAdvice, [{ text: '亲，您好！请问您的身高体重？' }, { text: 'XL 码' }]).result;

function attempt(id: string, slug: string, total: number, passed: boolean, savedAt = '2026-11-23T09:00:00.000Z'): StoredAttempt {
  const result: AttemptResult = { ...base, scenario: { slug, title: slug }, total, passed };
  return { id, savedAt, result, transcript: null };
}

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

describe('the attempts', () => {
  test('oldest first by the time saved; attempts kept from version 1 (no time) first, in their order', () => {
    const attempts = [
      attempt('b', 'x', 2, false, '2026-11-04T00:00:00.000Z'),
      { ...attempt('v1-1', 'y', 4, false), savedAt: null, result: { ...base, endedAt: null } },
      attempt('a', 'x', 1, false, '2026-11-02T00:00:00.000Z'),
      { ...attempt('v1-2', 'y', 5, false), savedAt: null, result: { ...base, endedAt: null } },
      attempt('c', 'y', 3, false, '2026-11-03T00:00:00.000Z'),
    ];
    expect(oldestFirst(attempts).map((a) => a.id)).toEqual(['v1-1', 'v1-2', 'a', 'c', 'b']);
    expect(attempts.map((a) => a.id)).toEqual(['b', 'v1-1', 'a', 'v1-2', 'c']);
  });

  test('the best of a scenario: passed first, then the higher total, then the newer', () => {
    const best = bestBySlug([attempt('1', 'x', 95, false), attempt('2', 'x', 72, true), attempt('3', 'x', 72, true), attempt('4', 'y', 40, false)]);
    expect(best.get('x')?.id).toBe('3');
    expect(best.get('y')?.id).toBe('4');
    expect(bestBySlug([]).size).toBe(0);
  });

  test('tidying keeps the best and the newest of each scenario and names what goes', () => {
    const attempts = [attempt('1', 'x', 60, false), attempt('2', 'x', 88, true), attempt('3', 'y', 50, false), attempt('4', 'x', 70, false), attempt('5', 'x', 65, false)];
    const { kept, removed } = tidyAttempts(attempts);
    expect(kept.map((a) => a.id)).toEqual(['2', '3', '5']);
    expect(removed.map((a) => a.id)).toEqual(['1', '4']);
    expect(tidyAttempts(kept).removed).toEqual([]);
  });

  test('tidying never removes the best or the newest, and removes nothing else than it names', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ slug: fc.constantFrom('x', 'y', 'z'), total: fc.integer({ min: 0, max: 100 }), passed: fc.boolean() }), { maxLength: 30 }), (specs) => {
        const attempts = specs.map((a, i) => attempt(`a${i}`, a.slug, a.total, a.passed));
        const { kept, removed } = tidyAttempts(attempts);
        expect(kept.length + removed.length).toBe(attempts.length);
        const keptIds = new Set(kept.map((a) => a.id));
        for (const best of bestBySlug(attempts).values()) expect(keptIds.has(best.id)).toBe(true);
        for (const slug of new Set(specs.map((a) => a.slug))) expect(keptIds.has(attempts.findLast((a) => a.result.scenario.slug === slug)?.id ?? '')).toBe(true);
      }),
    );
  });

  test('usage: characters against the budget, nearly full from three quarters', () => {
    expect(usageOf(0)).toEqual({ chars: 0, share: 0, nearlyFull: false });
    expect(usageOf(ATTEMPTS_BUDGET_CHARS * 0.74).nearlyFull).toBe(false);
    expect(usageOf(ATTEMPTS_BUDGET_CHARS * 0.75)).toEqual({ chars: ATTEMPTS_BUDGET_CHARS * 0.75, share: 0.75, nearlyFull: true });
    expect(usageOf(ATTEMPTS_BUDGET_CHARS * 2).share).toBe(2);
  });
});

describe('ids and files', () => {
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
