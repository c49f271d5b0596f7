/**
 * Exams: scoring and signing a finished exam, and what the trainer's dashboard does with 100
 * result files (check each: size, JSON, schema, SHA-256 of the canonical form; collect them; build
 * the table's rows and the per-criterion pass rates). The results are real: the pre-sales exam of
 * content/exams, its passage typed through an IME, the drawn chat answered with model answers.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { parseMdx } from '../src/content-check/frontmatter.ts';
import { start, step } from '../src/engine/conversation.ts';
import type { ExamPlan } from '../src/engine/exam-plan.ts';
import { scoreExam } from '../src/engine/exam-score.ts';
import { recordChat, recordTyping, setAnswer, startSession, submitSection } from '../src/engine/exam-session.ts';
import { buildExamPlan } from '../src/lib/build-exam-plan.ts';
import { addFile, cohortRows, criterionAverages, emptyCohort } from '../src/lib/cohort.ts';
import { lessonIdFromPath } from '../src/lib/content-ids.ts';
import { checkResultText, newResultId, signResult } from '../src/lib/exam-result.ts';
import { ExamSchema } from '../src/schemas/exam.ts';
import type { ExamSession } from '../src/schemas/exam-session.ts';
import { LessonSchema } from '../src/schemas/lesson.ts';
import { ScenarioSchema, type Scenario } from '../src/schemas/scenario.ts';
import type { ChatEvent } from '../src/schemas/transcript.ts';
import type { Section } from './run.ts';

async function preSalesPlan(): Promise<ExamPlan> {
  const lessons = readdirSync('content/lessons', { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => {
      const data = LessonSchema.parse(parseMdx(readFileSync(`content/lessons/${f}`, 'utf8')).data);
      return { id: lessonIdFromPath(f), title: data.title, module: data.module, quiz: data.quiz };
    });
  const scenarios = new Map<string, Scenario>(
    readdirSync('content/scenarios').map((f) => [f.replace(/\.mdx$/, ''), ScenarioSchema.parse(parseMdx(readFileSync(`content/scenarios/${f}`, 'utf8')).data)]),
  );
  const exam = ExamSchema.parse(parseMdx(readFileSync('content/exams/pre-sales.mdx', 'utf8')).data);
  return buildExamPlan('pre-sales', exam, lessons, scenarios);
}

/** Commits a text one character at a time through the IME, two pinyin keys each, from `t`; returns the end time. */
function typeInto(record: (e: ChatEvent, text: string) => void, text: string, t: number, prefix = ''): number {
  let typed = prefix;
  for (const ch of text) {
    record({ type: 'compositionstart', t }, typed);
    record({ type: 'compositionupdate', t: t + 300, data: 'x' }, typed);
    typed += ch;
    t += 800;
    record({ type: 'compositionend', t, data: ch }, typed);
  }
  return t;
}

/** A whole exam taken by candidate `n`: typing, the drawn chat with model answers, the quiz. */
function takeExam(plan: ExamPlan, n: number): ExamSession {
  let s = startSession(plan, { id: newResultId(), candidate: { name: `学员${n}`, employeeId: `KF-${n}` }, batch: '基准', now: Date.UTC(2026, 10, 23, 2) });
  const typing = plan.sections.find((x) => x.kind === 'typing');
  let t = 1000;
  if (typing?.kind === 'typing') t = typeInto((e, text) => (s = recordTyping(s, typing.id, e, text)), typing.passage.slice(0, 120 + n), t);
  s = submitSection(plan, s, t + 1000);
  t += 2000;
  const chat = plan.sections.find((x) => x.kind === 'scenarios');
  if (chat?.kind === 'scenarios') {
    for (const slug of s.draw[chat.id] ?? []) {
      const scenario = chat.pool.find((c) => c.slug === slug)!;
      let state = start(scenario);
      const feed = (e: ChatEvent): void => {
        state = step(state, e);
        s = recordChat(s, chat.id, slug, e);
      };
      while (state.pending?.turn) {
        const turn = scenario.turns.find((x) => x.id === state.pending?.turn)!;
        t += state.pending.delayMs;
        feed({ type: 'customer', t, turn: turn.id });
        t = typeInto((e) => feed(e), turn.model, t + 2000);
        feed({ type: 'send', t, text: turn.model });
      }
    }
  }
  s = submitSection(plan, s, t + 1000);
  const quiz = plan.sections.find((x) => x.kind === 'quiz');
  if (quiz?.kind === 'quiz') for (const [i, ref] of (s.draw[quiz.id] ?? []).entries()) s = setAnswer(s, quiz.id, ref, [(i + n) % 3]);
  return submitSection(plan, s, t + 60_000);
}

export const exams: Section = {
  name: 'exams',
  async cases() {
    const plan = await preSalesPlan();
    const sessions = Array.from({ length: 100 }, (_, n) => takeExam(plan, n));
    const texts = await Promise.all(sessions.map(async (s) => JSON.stringify(await signResult(scoreExam(plan, s)), null, 2)));
    const kb = Math.round(texts.reduce((a, x) => a + Buffer.byteLength(x), 0) / texts.length / 1024);
    const importAll = async () => {
      let cohort = emptyCohort();
      for (const [i, text] of texts.entries()) cohort = addFile(cohort, `${i}.json`, await checkResultText(text));
      if (cohort.results.length !== 100) throw new Error('every benchmark result should be counted');
      return [cohortRows(cohort.results), criterionAverages(cohort.results)];
    };
    return [
      { name: 'score + sign one finished exam', runs: 50, goal: '< 50 ms', goalMs: 50, fn: () => signResult(scoreExam(plan, sessions[0]!)) },
      { name: `check 1 result file (${kb} KB: JSON, schema, SHA-256)`, runs: 100, fn: () => checkResultText(texts[0]!) },
      { name: `import 100 result files into a cohort (${kb} KB each)`, runs: 10, warmup: 2, goal: '< 2000 ms', goalMs: 2000, fn: importAll },
    ];
  },
};
