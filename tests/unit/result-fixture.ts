/** A signed exam result made through the engine, for tests of files, CSV and the cohort. */
import { scoreExam } from '../../src/engine/exam-score.ts';
import { advanceClock, recordPaste, recordTyping, submitSection, setAnswer } from '../../src/engine/exam-session.ts';
import { newResultId, signResult } from '../../src/lib/exam-result.ts';
import type { ExamResult } from '../../src/schemas/exam-result.ts';
import { PASSAGE, passingChat, testPlan, testSession } from './exam-fixtures.ts';
import { recordChat } from '../../src/engine/exam-session.ts';

export interface ResultOptions {
  name?: string;
  id?: string;
  /** Play the passing chat. */
  chat?: boolean;
  pastes?: number;
  /** Answer every question with option 0. */
  answer?: boolean;
  /** Type the whole passage through an IME at 80 字/分钟 and answer every question rightly: a pass. */
  pass?: boolean;
}

let counter = 0;

/** A deterministic id per call unless one is given. */
const nextId = (): string => newResultId((b) => b.fill(++counter % 256));

export async function makeResult(options: ResultOptions = {}): Promise<ExamResult> {
  const plan = testPlan();
  let s = testSession(plan);
  s = { ...s, id: options.id ?? nextId(), candidate: { name: options.name ?? '张三', employeeId: null } };
  for (let i = 0; i < (options.pastes ?? 0); i++) s = recordPaste(s, 1000 + i, 10);
  if (options.pass) {
    const chars = [...PASSAGE];
    for (let i = 0; i < chars.length; i += 2) {
      const data = chars.slice(i, i + 2).join('');
      s = recordTyping(s, 'typing', { type: 'compositionend', t: 1000 + i * 750, data }, chars.slice(0, i + 2).join(''));
    }
  }
  const typingEnd = options.pass ? 100_000 : 5000;
  s = submitSection(plan, s, typingEnd);
  if (options.chat || options.pass) for (const e of passingChat(typingEnd)) s = recordChat(s, 'chat', 'size-advice', e);
  // The recorded chat lasts 129.75 s.
  s = submitSection(plan, s, typingEnd + 135_000);
  if (options.answer) for (const ref of s.draw.knowledge ?? []) s = setAnswer(s, 'knowledge', ref, [0]);
  if (options.pass) {
    const pool = plan.sections.find((x) => x.kind === 'quiz')?.pool ?? [];
    for (const ref of s.draw.knowledge ?? []) {
      const choices = pool.find((q) => q.ref === ref)?.options ?? [];
      s = setAnswer(s, 'knowledge', ref, choices.flatMap((o, i) => (o.correct ? [i] : [])));
    }
  }
  s = advanceClock(plan, s, 2_000_000);
  return signResult(scoreExam(plan, s));
}
