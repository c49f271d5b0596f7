/** Shared exam fixtures: a valid exam input, a small plan built from content, and a finished session. */
import { readFileSync } from 'node:fs';
import type { ExamPlan, PlanQuestion } from '../../src/engine/exam-plan.ts';
import { startSession } from '../../src/engine/exam-session.ts';
import { examThresholds } from '../../src/lib/build-exam-plan.ts';
import { fullFoldTable, subsetFoldTable } from '../../src/lib/t2s.ts';
import type { ExamInput } from '../../src/schemas/exam.ts';
import type { ExamSession } from '../../src/schemas/exam-session.ts';
import { contentScenario } from './helpers.ts';

export const PASSAGE =
  '亲，您好！欢迎光临，我是客服小林，很高兴为您服务。请问您是自己穿还是送人？方便告诉我身高、体重和平时穿的尺码吗？我帮您对照尺码表推荐。下午四点前付款当天发货，默认发中通，一般两到三天送到，有任何问题随时找我哦。';

/** A valid exam: typing, scenarios and quiz sections. */
export function baseExam(): ExamInput {
  return {
    title: '测试考核',
    summary: '用于单元测试的考核。',
    role: '售前',
    seed: 'test-seed',
    sections: [
      { kind: 'typing', id: 'typing', title: '打字测试', weight: 20, timeLimit: 120, minScore: 60, passage: PASSAGE },
      { kind: 'scenarios', id: 'chat', title: '模拟接待', weight: 50, timeLimit: 600, draw: 1, pool: ['size-advice'] },
      {
        kind: 'quiz',
        id: 'knowledge',
        title: '知识题',
        weight: 30,
        timeLimit: 300,
        draw: 2,
        from: ['pre-sales/first-response#kpi'],
        questions: [
          {
            id: 'own',
            question: '打字上岗线是多少？',
            options: [
              { text: '50 字/分钟', correct: true, explain: '对。' },
              { text: '20 字/分钟', explain: '太慢。' },
            ],
          },
        ],
      },
    ],
  };
}

const question = (ref: string, correct: number, multiple = false): PlanQuestion => ({
  ref,
  question: `问题 ${ref}`,
  multiple,
  options: [0, 1, 2].map((i) => ({ text: `选项 ${i}`, correct: multiple ? i !== 2 : i === correct })),
  lesson: ref.startsWith('#') ? null : { title: '某一课', href: `/lessons/${ref.split('#')[0]}/` },
});

/** A plan like the one the build makes, with the real size-advice scenario. */
export function testPlan(overrides: Partial<ExamPlan> = {}): ExamPlan {
  return {
    slug: 'test',
    title: '测试考核',
    summary: '用于单元测试。',
    role: '售前',
    seed: 'test-seed',
    timeLimitMs: 1_000_000,
    passMark: 70,
    grades: { 金牌: 90, 银牌: 80, 铜牌: 70 },
    thresholds: examThresholds({}),
    revision: 'r1',
    sections: [
      { kind: 'typing', id: 'typing', title: '打字测试', weight: 20, timeLimitMs: 120_000, minScore: 60, passage: PASSAGE, fold: subsetFoldTable(fullFoldTable(), [PASSAGE]) },
      { kind: 'scenarios', id: 'chat', title: '模拟接待', weight: 50, timeLimitMs: 600_000, minScore: null, draw: 1, pool: [contentScenario('size-advice')] },
      { kind: 'quiz', id: 'knowledge', title: '知识题', weight: 30, timeLimitMs: 300_000, minScore: null, draw: 2, pool: [question('a/b#one', 0), question('a/b#two', 1, true), question('#own', 2)] },
    ],
    ...overrides,
  };
}

export const RESULT_ID = '0f8fad5b-d9cb-469f-a165-70867728950e';

export function testSession(plan: ExamPlan = testPlan(), now = Date.parse('2026-11-23T02:00:00.000Z')): ExamSession {
  return startSession(plan, { id: RESULT_ID, candidate: { name: '张三', employeeId: 'KF-007' }, batch: '一期', now });
}

/**
 * A passing size-advice chat typed through an IME, some replies in several messages (transcript
 * version 2, about 130 s), its times shifted by `offset`; `version: 1` gives the one recorded when
 * each send was the whole reply (about 97 s), as sessions begun before kept it.
 */
export function passingChat(offset: number, version: 1 | 2 = 2): ExamSession['chats'][string] {
  const file = version === 1 ? 'size-advice-pass.json' : 'size-advice-messages.json';
  const transcript = JSON.parse(readFileSync(`tests/fixtures/transcripts/${file}`, 'utf8')) as { events: ExamSession['chats'][string] };
  return transcript.events.map((e) => ({ ...e, t: e.t + offset }));
}
