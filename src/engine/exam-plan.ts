/**
 * An exam as the browser runs it: the exam file resolved at build time (src/lib/build-exam-plan.ts)
 * into plain JSON, with every scenario of a pool compiled and every question of a pool copied in.
 * The draw happens in the browser (a batch code is only known there), so pools travel whole.
 * Types and small pure helpers only.
 */
import type { FoldTable } from '../lib/t2s.ts';
import type { CompiledScenario, Thresholds } from './compiled.ts';
import type { DrawSpec } from './draw.ts';

/** A quiz question as an exam asks it. */
export interface PlanQuestion {
  /** `<lesson id>#<question id>`, or `#<question id>` for the exam's own. */
  ref: string;
  question: string;
  multiple: boolean;
  options: { text: string; correct: boolean }[];
  /** The lesson it comes from, for the report's "review" link; null for the exam's own. */
  lesson: { title: string; href: string } | null;
}

interface PlanSectionBase {
  id: string;
  title: string;
  weight: number;
  timeLimitMs: number;
  minScore: number | null;
}

export interface PlanTypingSection extends PlanSectionBase {
  kind: 'typing';
  passage: string;
  /** Traditional → Simplified pairs for the passage's characters. */
  fold: FoldTable;
}

export interface PlanScenarioSection extends PlanSectionBase {
  kind: 'scenarios';
  draw: number;
  /** Compiled with the exam's thresholds. */
  pool: CompiledScenario[];
}

export interface PlanQuizSection extends PlanSectionBase {
  kind: 'quiz';
  draw: number;
  pool: PlanQuestion[];
}

export type PlanSection = PlanTypingSection | PlanScenarioSection | PlanQuizSection;

export interface ExamPlan {
  slug: string;
  title: string;
  summary: string;
  role: '售前' | '售后' | '通用';
  seed: string;
  timeLimitMs: number;
  passMark: number;
  grades: { 金牌: number; 银牌: number; 铜牌: number };
  /** The exam's thresholds with the brief's defaults filled in. */
  thresholds: Thresholds;
  sections: PlanSection[];
  /** SHA-256 prefix of the plan's canonical JSON: a resumed exam checks it has not changed. */
  revision: string;
}

/** What each section draws from: scenario slugs or question refs. */
export function drawSpecs(plan: Pick<ExamPlan, 'sections'>): DrawSpec[] {
  return plan.sections.flatMap((s): DrawSpec[] => {
    if (s.kind === 'scenarios') return [{ section: s.id, pool: s.pool.map((c) => c.slug), draw: s.draw }];
    if (s.kind === 'quiz') return [{ section: s.id, pool: s.pool.map((q) => q.ref), draw: s.draw }];
    return [];
  });
}
