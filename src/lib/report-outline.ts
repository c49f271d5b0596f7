/**
 * What the report needs to know about a scenario beyond the result: the criteria of turns the
 * conversation never reached (the result names them only by id). Built at build time from the
 * compiled scenario and passed to the report as a prop.
 */
import type { CompiledScenario } from '../engine/compiled.ts';

export interface OutlineCriterion {
  id: string;
  label: string;
  weight: number;
  critical: boolean;
}

export interface ScenarioOutline {
  slug: string;
  title: string;
  turns: { id: string; customer: string; criteria: OutlineCriterion[] }[];
  /** Conversation-wide criteria. */
  rubric: OutlineCriterion[];
}

const criterion = (c: OutlineCriterion): OutlineCriterion => ({ id: c.id, label: c.label, weight: c.weight, critical: c.critical });

export function outlineOf(compiled: CompiledScenario): ScenarioOutline {
  return {
    slug: compiled.slug,
    title: compiled.title,
    turns: compiled.turns.map((turn) => ({ id: turn.id, customer: turn.customer[compiled.persona.mood], criteria: turn.criteria.map(criterion) })),
    rubric: compiled.rubric.map(criterion),
  };
}
