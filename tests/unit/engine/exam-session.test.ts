import { describe, expect, test } from 'vitest';
import {
  advanceClock,
  currentIndex,
  examTime,
  markAway,
  markBack,
  recordChat,
  recordPaste,
  recordTyping,
  remaining,
  resumeSession,
  setAnswer,
  submitSection,
} from '../../../src/engine/exam-session.ts';
import { drawItems } from '../../../src/engine/draw.ts';
import { testPlan, testSession } from '../exam-fixtures.ts';

const plan = testPlan();
const START = Date.parse('2026-11-23T02:00:00.000Z');

/** A fake clock: seconds after the start, on the exam clock. */
const at = (seconds: number): number => seconds * 1000;

describe('startSession', () => {
  test('draws with the exam seed and the batch code, and starts the first section at 0', () => {
    const s = testSession(plan, START);
    expect(s.seed).toBe('test-seed/一期');
    expect(s.draw).toEqual({ chat: ['size-advice'], knowledge: drawItems('test-seed/一期', 'knowledge', ['a/b#one', 'a/b#two', '#own'], 2) });
    expect(s.sections.map((x) => x.startedAt)).toEqual([0, null, null]);
    expect(s.typing).toEqual({ typing: { text: '', events: [] } });
    expect(currentIndex(s)).toBe(0);
  });
});

describe('the clock', () => {
  test('is wall time since the start, never going back', () => {
    const s = recordTyping(testSession(plan, START), 'typing', { type: 'compositionstart', t: at(10) }, '');
    expect(examTime(s, START + at(12))).toBe(at(12));
    expect(examTime(s, START + at(5))).toBe(at(10));
    expect(examTime(s, START - 1000)).toBe(at(10));
  });

  test('counts down the section and the exam', () => {
    const s = testSession(plan, START);
    expect(remaining(plan, s, at(20))).toEqual({ section: at(100), exam: 1_000_000 - at(20) });
  });

  test('ends a section at its deadline and starts the next one then', () => {
    const s = advanceClock(plan, testSession(plan, START), at(125));
    expect(s.sections[0]).toEqual({ id: 'typing', startedAt: 0, endedAt: at(120), endReason: 'section-time' });
    expect(s.sections[1]?.startedAt).toBe(at(120));
    expect(remaining(plan, s, at(125)).section).toBe(at(595));
  });

  test('applies every deadline passed while the page was closed, and ends the exam', () => {
    const s = advanceClock(plan, testSession(plan, START), at(5000));
    expect(s.sections.map((x) => [x.endedAt, x.endReason])).toEqual([
      [at(120), 'section-time'],
      [at(720), 'section-time'],
      [at(1000), 'exam-time'],
    ]);
    expect(s.finishedAt).toBe(at(1000));
    expect(s.endReason).toBe('time-up');
    expect(remaining(plan, s, at(5000))).toEqual({ section: 0, exam: 0 });
  });

  test("caps a section by the exam's limit; later sections are never reached", () => {
    const short = testPlan({ timeLimitMs: at(300) });
    const s = advanceClock(short, testSession(short, START), at(400));
    expect(s.sections.map((x) => [x.startedAt, x.endedAt, x.endReason])).toEqual([
      [0, at(120), 'section-time'],
      [at(120), at(300), 'exam-time'],
      [null, null, null],
    ]);
    expect(s.finishedAt).toBe(at(300));
  });
});

describe('submitSection', () => {
  test('hands in the section now and starts the next; after the last the exam is submitted', () => {
    let s = submitSection(plan, testSession(plan, START), at(30));
    expect(s.sections[0]?.endReason).toBe('submitted');
    s = submitSection(plan, s, at(90));
    s = submitSection(plan, s, at(100));
    expect(s.finishedAt).toBe(at(100));
    expect(s.endReason).toBe('submitted');
  });

  test('a click that comes after the deadline does not hand in the next section', () => {
    const s = submitSection(plan, testSession(plan, START), at(130));
    expect(s.sections[0]?.endReason).toBe('section-time');
    expect(s.sections[1]?.endedAt).toBeNull();
  });
});

describe('answers and logs', () => {
  test('are kept only for the section under way', () => {
    const s = testSession(plan, START);
    const typed = recordTyping(s, 'typing', { type: 'compositionend', t: at(3), data: '亲' }, '亲');
    expect(typed.typing.typing).toEqual({ text: '亲', events: [{ type: 'compositionend', t: at(3), data: '亲' }] });
    expect(setAnswer(typed, 'knowledge', 'a/b#one', [1])).toBe(typed);
    expect(recordChat(typed, 'chat', 'size-advice', { type: 'tick', t: at(4) })).toBe(typed);

    const inChat = submitSection(plan, typed, at(10));
    expect(recordTyping(inChat, 'typing', { type: 'compositionstart', t: at(11) }, '亲')).toBe(inChat);
    expect(recordChat(inChat, 'chat', 'size-advice', { type: 'tick', t: at(11) }).chats).toEqual({ 'size-advice': [{ type: 'tick', t: at(11) }] });
    expect(recordChat(inChat, 'chat', 'angry-refund', { type: 'tick', t: at(11) })).toBe(inChat);

    const inQuiz = submitSection(plan, inChat, at(20));
    expect(setAnswer(inQuiz, 'knowledge', 'a/b#two', [2, 0, 0]).answers).toEqual({ 'a/b#two': [0, 2] });
  });
});

describe('integrity', () => {
  test('records blocked pastes and time away with the section they happened in', () => {
    let s = recordPaste(testSession(plan, START), at(5), 12);
    s = markAway(s, at(10));
    s = markAway(s, at(11));
    s = markBack(s, at(57));
    expect(s.integrity).toEqual([
      { kind: 'paste', at: at(5), section: 'typing', chars: 12 },
      { kind: 'away', at: at(10), section: 'typing', durationMs: at(47) },
    ]);
    expect(s.awaySince).toBeNull();
  });

  test('a reload closes the time away and is recorded; time away ends with the exam', () => {
    const away = markAway(testSession(plan, START), at(50));
    const resumed = resumeSession(plan, away, at(52));
    expect(resumed.integrity).toEqual([
      { kind: 'away', at: at(50), section: 'typing', durationMs: at(2) },
      { kind: 'reload', at: at(52), section: 'typing' },
    ]);
    const late = resumeSession(plan, away, at(5000));
    expect(late.finishedAt).toBe(at(1000));
    expect(late.integrity).toEqual([{ kind: 'away', at: at(50), section: 'typing', durationMs: at(950) }]);
  });
});
