/**
 * Build time only (Astro pages): an exam file resolved into the plan the exam page's island runs,
 * with every pool scenario compiled under the exam's thresholds and every pool question copied in.
 * A broken reference stops the build with the file and the field named, as check:content does.
 */
import { digest } from '../engine/digest.ts';
import type { Thresholds } from '../engine/compiled.ts';
import type { ExamPlan, PlanSection } from '../engine/exam-plan.ts';
import { DEFAULT_AVERAGE_RESPONSE, DEFAULT_FIRST_RESPONSE } from '../engine/response-time.ts';
import { DEFAULT_TYPING } from '../engine/typing.ts';
import { examTimeLimit, type Exam } from '../schemas/exam.ts';
import type { Scenario } from '../schemas/scenario.ts';
import { compileEntry } from './compile-scenario.ts';
import { examReferenceIssues, examTimingIssues, resolveQuizPool, type LessonRef } from './exam-refs.ts';
import { fullFoldTable, subsetFoldTable } from './t2s.ts';

/** The exam's thresholds with the brief's defaults filled in. */
export function examThresholds(exam: Pick<Exam, 'thresholds'>): Thresholds {
  return {
    firstResponse: exam.thresholds?.firstResponse ?? DEFAULT_FIRST_RESPONSE,
    averageResponse: exam.thresholds?.averageResponse ?? DEFAULT_AVERAGE_RESPONSE,
    typing: exam.thresholds?.typing ?? DEFAULT_TYPING,
  };
}

export async function buildExamPlan(
  slug: string,
  exam: Exam,
  lessons: readonly LessonRef[],
  scenarios: ReadonlyMap<string, Scenario>,
): Promise<ExamPlan> {
  const issues = [...examReferenceIssues(exam, new Set(scenarios.keys()), lessons), ...examTimingIssues(exam, scenarios)];
  if (issues.length > 0) {
    const lines = issues.map((i) => `content/exams/${slug}.mdx: ${i.path.join('.')}: ${i.message}`);
    throw new Error(`考核 ${slug} 的引用有误：\n${lines.join('\n')}`);
  }
  const thresholds = examThresholds(exam);
  const sections = exam.sections.map((s): PlanSection => {
    const base = { id: s.id, title: s.title, weight: s.weight, timeLimitMs: s.timeLimit * 1000, minScore: s.minScore ?? null };
    switch (s.kind) {
      case 'typing':
        return { ...base, kind: 'typing', passage: s.passage, fold: subsetFoldTable(fullFoldTable(), [s.passage]) };
      case 'scenarios':
        return {
          ...base,
          kind: 'scenarios',
          draw: s.draw,
          pool: s.pool.map((name) => compileEntry(name, scenarios.get(name)!, { thresholds: exam.thresholds ?? {} })),
        };
      case 'quiz':
        return { ...base, kind: 'quiz', draw: s.draw, pool: resolveQuizPool(s, lessons).pool };
    }
  });
  const plan: Omit<ExamPlan, 'revision'> = {
    slug,
    title: exam.title,
    summary: exam.summary,
    role: exam.role,
    seed: exam.seed,
    timeLimitMs: examTimeLimit(exam) * 1000,
    passMark: exam.passMark,
    grades: { ...exam.grades },
    thresholds,
    sections,
  };
  return { ...plan, revision: (await digest(plan)).slice(0, 16) };
}
