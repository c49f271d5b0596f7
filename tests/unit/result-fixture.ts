/** A signed exam result made through the engine, for tests of files, CSV and the cohort. */
import { scoreExam } from '../../src/engine/exam-score.ts';
import { advanceClock, recordPaste, submitSection, setAnswer } from '../../src/engine/exam-session.ts';
import { newResultId, signResult } from '../../src/lib/exam-result.ts';
import type { ExamResult } from '../../src/schemas/exam-result.ts';
import { passingChat, testPlan, testSession } from './exam-fixtures.ts';
import { recordChat } from '../../src/engine/exam-session.ts';

export interface ResultOptions {
  name?: string;
  id?: string;
  /** Play the passing chat. */
  chat?: boolean;
  pastes?: number;
  /** Answer every question with option 0. */
  answer?: boolean;
}

let counter = 0;

/** A deterministic id per call unless one is given. */
const nextId = (): string => newResultId((b) => b.fill(++counter % 256));

export async function makeResult(options: ResultOptions = {}): Promise<ExamResult> {
  const plan = testPlan();
  let s = testSession(plan);
  s = { ...s, id: options.id ?? nextId(), candidate: { name: options.name ?? '张三', employeeId: null } };
  for (let i = 0; i < (options.pastes ?? 0); i++) s = recordPaste(s, 1000 + i, 10);
  s = submitSection(plan, s, 5000);
  if (options.chat) for (const e of passingChat(5000)) s = recordChat(s, 'chat', 'size-advice', e);
  s = submitSection(plan, s, 140_000);
  if (options.answer) for (const ref of s.draw.knowledge ?? []) s = setAnswer(s, 'knowledge', ref, [0]);
  s = advanceClock(plan, s, 2_000_000);
  return signResult(scoreExam(plan, s));
}
