import { describe, expect, test } from 'vitest';
import { scoreExam } from '../../../src/engine/exam-score.ts';
import { recordChat, recordPaste, recordTyping, setAnswer, submitSection, markAway, markBack, advanceClock } from '../../../src/engine/exam-session.ts';
import type { ExamSession } from '../../../src/schemas/exam-session.ts';
import { ExamResultBodySchema, MAX_LISTED_INTEGRITY_EVENTS } from '../../../src/schemas/exam-result.ts';
import { PASSAGE, passingChat, testPlan, testSession } from '../exam-fixtures.ts';

const plan = testPlan();

/** Types `text` through an IME, one committed character every `msPerChar` from `t0`. */
function typeText(s: ExamSession, text: string, t0: number, msPerChar: number): ExamSession {
  let typed = '';
  let t = t0;
  for (const ch of text) {
    s = recordTyping(s, 'typing', { type: 'compositionstart', t }, typed);
    s = recordTyping(s, 'typing', { type: 'compositionupdate', t: t + msPerChar / 2, data: 'x' }, typed);
    typed += ch;
    t += msPerChar;
    s = recordTyping(s, 'typing', { type: 'compositionend', t, data: ch }, typed);
  }
  return s;
}

/** A whole exam: the passage typed at `speed` 字/分钟, the passing chat, and the quiz answered rightly or not. */
function takeExam(speed: number, rightAnswers: boolean): ExamSession {
  let s = testSession(plan);
  s = typeText(s, PASSAGE, 1000, 60_000 / speed);
  s = submitSection(plan, s, 110_000);
  for (const e of passingChat(110_000)) s = recordChat(s, 'chat', 'size-advice', e);
  s = submitSection(plan, s, 240_000);
  for (const ref of s.draw.knowledge ?? []) {
    const q = plan.sections[2]?.kind === 'quiz' ? plan.sections[2].pool.find((x) => x.ref === ref) : undefined;
    const right = q?.options.flatMap((o, i) => (o.correct ? [i] : [])) ?? [];
    s = setAnswer(s, 'knowledge', ref, rightAnswers ? right : [right.length === 1 && right[0] === 0 ? 1 : 0]);
  }
  return submitSection(plan, s, 280_000);
}

describe('scoreExam', () => {
  test('scores a good exam: every section, the weighted total, the grade', () => {
    const result = scoreExam(plan, takeExam(70, true));
    expect(ExamResultBodySchema.safeParse(result).success).toBe(true);
    const [typing, chat, quiz] = result.sections;
    expect(typing).toMatchObject({ kind: 'typing', score: 100, errors: 0, accuracy: 1, completed: true, belowGate: false, endReason: 'submitted' });
    // The last pause before handing in counts up to 3 s, so a little under the 70 typed.
    expect(typing?.kind === 'typing' && typing.speed).toBeGreaterThan(65);
    expect(chat).toMatchObject({ kind: 'scenarios', endReason: 'submitted' });
    expect(chat?.kind === 'scenarios' && chat.attempts[0]?.outcome).toBe('completed');
    expect(quiz).toMatchObject({ kind: 'quiz', correct: 2, total: 2, score: 100 });
    const expected = Math.round(((typing?.score ?? 0) * 20 + (chat?.score ?? 0) * 50 + 100 * 30) / 10) / 10;
    expect(result.total).toBe(expected);
    expect(result.passed).toBe(true);
    expect(result.grade).toBe(result.total >= 90 ? '金牌' : result.total >= 80 ? '银牌' : '铜牌');
    expect(result).toMatchObject({
      startedAt: '2026-11-23T02:00:00.000Z',
      endedAt: '2026-11-23T02:04:40.000Z',
      durationMs: 280_000,
      endReason: 'submitted',
      candidate: { name: '张三', employeeId: 'KF-007' },
      batch: '一期',
      draw: { seed: 'test-seed/一期' },
    });
    expect(result.response.firstMs).toBe(chat?.kind === 'scenarios' ? chat.attempts[0]?.response.firstMs : null);
  });

  test('fails a slow typist on the section minimum, whatever the total', () => {
    const result = scoreExam(plan, takeExam(30, true));
    expect(result.typing).toMatchObject({ belowGate: true });
    expect(result.passed).toBe(false);
    expect(result.grade).toBeNull();
    expect(result.reasons.map((r) => r.kind)).toContain('below-section-minimum');
  });

  test('counts the effective speed: typing fast and wrong earns little', () => {
    let s = testSession(plan);
    s = typeText(s, '错'.repeat(PASSAGE.length), 1000, 60_000 / 100);
    s = advanceClock(plan, s, 2_000_000);
    const typing = scoreExam(plan, s).sections[0];
    expect(typing?.kind === 'typing' && typing.speed).toBeGreaterThan(90);
    expect(typing?.kind === 'typing' && typing.effectiveSpeed).toBeLessThan(10);
    expect(typing?.score).toBeLessThan(12);
  });

  test('an exam that timed out scores what was done: an unfinished chat is incomplete, unanswered questions wrong', () => {
    let s = testSession(plan);
    s = submitSection(plan, s, 5000);
    s = advanceClock(plan, s, 2_000_000);
    const result = scoreExam(plan, s);
    expect(result.endReason).toBe('time-up');
    expect(result.sections.map((x) => [x.score, x.endReason])).toEqual([
      [0, 'submitted'],
      [0, 'section-time'],
      [0, 'section-time'],
    ]);
    const chat = result.sections[1];
    expect(chat?.kind === 'scenarios' && chat.attempts[0]?.outcome).toBe('incomplete');
    expect(result.sections[2]?.kind === 'quiz' && result.sections[2].questions.every((q) => !q.answered && !q.correct)).toBe(true);
  });

  test('sums the integrity flags', () => {
    let s = testSession(plan);
    s = recordPaste(s, 1000, 20);
    s = recordPaste(s, 2000, 15);
    s = markBack(markAway(s, 3000), 50_000);
    s = advanceClock(plan, s, 2_000_000);
    expect(scoreExam(plan, s).integrity).toMatchObject({ pastes: 2, pastedChars: 35, away: 1, awayMs: 47_000, reloads: 0 });
  });

  test('a page left thousands of times still gives a valid result: all counted, the first ones listed', () => {
    let s = testSession(plan);
    for (let i = 0; i < MAX_LISTED_INTEGRITY_EVENTS + 500; i++) s = markBack(markAway(s, 1000 + i * 20), 1010 + i * 20);
    s = advanceClock(plan, s, 2_000_000);
    const result = scoreExam(plan, s);
    expect(result.integrity.away).toBe(MAX_LISTED_INTEGRITY_EVENTS + 500);
    expect(result.integrity.events).toHaveLength(MAX_LISTED_INTEGRITY_EVENTS);
    expect(ExamResultBodySchema.safeParse(result).success).toBe(true);
  });

  test('gives a wrong quiz answer no credit and does not reveal the right one', () => {
    const quiz = scoreExam(plan, takeExam(70, false)).sections[2];
    expect(quiz).toMatchObject({ correct: 0, score: 0 });
    expect(JSON.stringify(quiz)).not.toContain('"correct":true');
  });
});
