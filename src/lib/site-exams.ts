/**
 * Build time (Astro pages): the exams with their plans, resolved from the content collections,
 * and the typing test's practice passages.
 */
import { readFileSync } from 'node:fs';
import { getCollection, type CollectionEntry } from 'astro:content';
import { parseYaml } from '../content-check/frontmatter.ts';
import { TypingPassagesSchema, type TypingPassage } from '../schemas/exam.ts';
import type { ExamPlan } from '../engine/exam-plan.ts';
import type { Scenario } from '../schemas/scenario.ts';
import { buildExamPlan } from './build-exam-plan.ts';
import type { LessonRef } from './exam-refs.ts';

export type ExamEntry = CollectionEntry<'exams'>;
export type ScenarioEntry = CollectionEntry<'scenarios'>;

export async function lessonRefs(): Promise<LessonRef[]> {
  return (await getCollection('lessons')).map((l) => ({ id: l.id, title: l.data.title, module: l.data.module, quiz: l.data.quiz }));
}

export async function scenarioEntries(): Promise<Map<string, ScenarioEntry>> {
  return new Map((await getCollection('scenarios')).map((s) => [s.id, s]));
}

/** Every exam, by title order of role (售前, 售后, 通用) then title. */
export async function getExams(): Promise<ExamEntry[]> {
  const order = { 售前: 0, 售后: 1, 通用: 2 } as const;
  return (await getCollection('exams')).sort((a, b) => order[a.data.role] - order[b.data.role] || a.data.title.localeCompare(b.data.title, 'zh-CN'));
}

export async function examPlan(entry: ExamEntry): Promise<ExamPlan> {
  const scenarios = new Map<string, Scenario>([...(await scenarioEntries())].map(([id, s]) => [id, s.data]));
  return buildExamPlan(entry.id, entry.data, await lessonRefs(), scenarios);
}

/** The practice passages of content/typing.yaml, in the file's order (validated; check:content names any error). */
export function typingPassages(path = 'content/typing.yaml'): TypingPassage[] {
  return TypingPassagesSchema.parse(parseYaml(readFileSync(path, 'utf8')));
}
