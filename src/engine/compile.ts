/**
 * Turns a validated scenario and the glossary into the self-contained JSON the browser needs:
 * terms normalised, synonym groups expanded, defaults filled in, facts reduced to what the checks
 * compare, and only the Traditional → Simplified pairs the checks can ever match. Runs at build
 * time and in the CLI, the same way, so a reply scores identically in both.
 *
 * The full fold table is an argument (`fullFoldTable()` from src/lib/t2s.ts) so that nothing here
 * pulls the 17 KB opencc dictionary into a browser bundle.
 */
import type { FoldTable } from '../lib/t2s.ts';
import { subsetFoldTable } from '../lib/t2s.ts';
import type { Glossary } from '../schemas/glossary.ts';
import type { Mood } from '../schemas/mood.ts';
import { MOODS } from '../schemas/mood.ts';
import type { Check, Criterion, ScenarioCriterion, TermSet } from '../schemas/rubric.ts';
import { criteriaWithPaths, defaultNext, replyMessages, type Facts, type Scenario, type TextFact } from '../schemas/scenario.ts';
import {
  COMPILED_FORMAT,
  type CompileOptions,
  type CompiledBranch,
  type CompiledCheck,
  type CompiledCriterion,
  type CompiledFact,
  type CompiledScenario,
  type CompiledScenarioCriterion,
  type CompiledTurn,
  type Thresholds,
} from './compiled.ts';
import { COURIERS, builtInStrings } from './lexicons.ts';
import { normalizeView } from './normalize.ts';
import { convertNumerals, numbersIn } from './numerals.ts';
import { DEFAULT_AVERAGE_RESPONSE, DEFAULT_FIRST_RESPONSE } from './response-time.ts';
import { DEFAULT_TYPING } from './typing.ts';

/** Default patience cost of a failure by check kind: forbidden words and wrong facts hurt most. */
export const DEFAULT_PATIENCE_COST: Readonly<Record<Check['kind'], number>> = {
  forbidden: 25,
  fact: 15,
  any: 5,
  all: 5,
  regex: 5,
  question: 5,
  order: 5,
  length: 5,
};

/** A term as replies are matched: normalised, numerals as digits. */
export function prepareTerm(term: string, fold: FoldTable): string {
  return convertNumerals(normalizeView(term, fold)).text;
}

/** A problem found while compiling: a reference the schema alone cannot check. */
export interface CompileIssue {
  path: (string | number)[];
  message: string;
}

/** Synonym group ids the scenario uses that the glossary lacks. */
export function scenarioReferenceIssues(scenario: Scenario, glossary: Glossary): CompileIssue[] {
  const known = new Set(glossary.synonyms.map((g) => g.id));
  const issues: CompileIssue[] = [];
  const visit = (set: TermSet | undefined, path: (string | number)[]): void => {
    set?.groups.forEach((id, k) => {
      if (!known.has(id)) issues.push({ path: [...path, 'groups', k], message: `术语表 content/glossary.yaml 里没有同义词组 ${id}` });
    });
  };
  for (const { criterion, path } of criteriaWithPaths(scenario)) {
    const check = criterion.check;
    if (check.kind === 'any' || check.kind === 'all' || check.kind === 'forbidden') visit(check, [...path, 'check']);
    if (check.kind === 'order') {
      visit(check.before, [...path, 'check', 'before']);
      visit(check.after, [...path, 'check', 'after']);
    }
  }
  scenario.turns.forEach((t, i) =>
    t.branches.forEach((b, j) => visit(b.when.contains, ['turns', i, 'branches', j, 'when', 'contains'])),
  );
  return issues;
}

/** Thrown by `compileScenario` when the scenario refers to something the glossary lacks. */
export class CompileError extends Error {
  readonly issues: CompileIssue[];
  constructor(issues: CompileIssue[]) {
    super(issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('\n'));
    this.name = 'CompileError';
    this.issues = issues;
  }
}

/**
 * Compiles a validated scenario (ScenarioSchema output). `fullFold` is `fullFoldTable()`.
 * Throws a CompileError naming the field when a synonym group is missing from the glossary.
 */
export function compileScenario(
  slug: string,
  scenario: Scenario,
  glossary: Glossary,
  fullFold: FoldTable,
  options: CompileOptions = {},
): CompiledScenario {
  const issues = scenarioReferenceIssues(scenario, glossary);
  if (issues.length > 0) throw new CompileError(issues);

  const groups = new Map(glossary.synonyms.map((g) => [g.id, g.terms]));
  const prep = (term: string): string => prepareTerm(term, fullFold);
  const alternatives = (term: string): string[] => term.split('|').map(prep).filter((t) => t !== '');
  const anyOf = (set: TermSet): string[] => unique([...set.terms.flatMap(alternatives), ...set.groups.flatMap((g) => (groups.get(g) ?? []).map(prep))]);
  const allOf = (set: TermSet): { label: string; terms: string[] }[] => [
    ...set.terms.map((t) => ({ label: t.split('|')[0]?.trim() ?? t, terms: alternatives(t) })),
    ...set.groups.map((g) => ({ label: groups.get(g)?.[0] ?? g, terms: (groups.get(g) ?? []).map(prep) })),
  ];

  const facts = compileFacts(scenario.facts, prep);
  const check = (c: Check): CompiledCheck => {
    switch (c.kind) {
      case 'any':
        return { kind: 'any', terms: anyOf(c) };
      case 'all':
        return { kind: 'all', items: allOf(c) };
      case 'forbidden':
        return { kind: 'forbidden', terms: anyOf(c), lexicons: unique(c.lexicons) };
      case 'regex':
        return { kind: 'regex', pattern: c.pattern, expect: c.expect };
      case 'fact':
        return { kind: 'fact', fact: facts(c.fact, c.size) };
      case 'question':
        return { kind: 'question' };
      case 'order':
        return { kind: 'order', before: anyOf(c.before), after: anyOf(c.after) };
      case 'length':
        return { kind: 'length', min: c.min ?? null, max: c.max ?? null };
    }
  };
  const criterion = (c: Criterion): CompiledCriterion => ({
    id: c.id,
    label: c.label,
    weight: c.weight,
    critical: c.critical,
    patienceCost: c.patienceCost ?? DEFAULT_PATIENCE_COST[c.check.kind],
    feedback: { pass: c.feedback.pass, fail: c.feedback.fail },
    check: check(c.check),
  });
  const scenarioCriterion = (c: ScenarioCriterion): CompiledScenarioCriterion => ({
    ...criterion(c),
    scope: c.scope,
    onlyIfVisited: c.onlyIfVisited ?? null,
  });

  const turns = scenario.turns.map(
    (t, i): CompiledTurn => ({
      id: t.id,
      customer: Object.fromEntries(MOODS.map((m) => [m, t.customerByMood?.[m] ?? t.customer])) as Record<Mood, string>,
      timeLimitMs: t.timeLimit * 1000,
      criteria: t.criteria.map(criterion),
      // Several messages read as one reply, line by line, as the engine joins a trainee's messages.
      model: replyMessages(t.model).join('\n'),
      branches: t.branches.map((b): CompiledBranch => ({
        when: {
          passed: b.when.passed ?? [],
          failed: b.when.failed ?? [],
          contains: b.when.contains ? anyOf(b.when.contains) : null,
          mood: b.when.mood ?? null,
          late: b.when.late ?? null,
        },
        goto: b.goto,
      })),
      next: t.next ?? defaultNext(scenario.turns, i),
    }),
  );
  const rubric = scenario.rubric.map(scenarioCriterion);

  const own = scenario.thresholds ?? {};
  const thresholds: Thresholds = {
    firstResponse: options.thresholds?.firstResponse ?? own.firstResponse ?? DEFAULT_FIRST_RESPONSE,
    averageResponse: options.thresholds?.averageResponse ?? own.averageResponse ?? DEFAULT_AVERAGE_RESPONSE,
    typing: options.thresholds?.typing ?? own.typing ?? DEFAULT_TYPING,
  };

  // Everything a check can match; the regex patterns' literal characters included.
  const targets = [
    JSON.stringify(turns.map((t) => [t.criteria.map((c) => c.check), t.branches.map((b) => b.when.contains)])),
    JSON.stringify(rubric.map((c) => c.check)),
    ...builtInStrings(),
  ];

  return {
    format: COMPILED_FORMAT,
    slug,
    title: scenario.title,
    summary: scenario.summary,
    role: scenario.role,
    difficulty: scenario.difficulty,
    product: scenario.facts.product,
    persona: {
      name: scenario.persona.name,
      mood: scenario.persona.mood,
      patience: scenario.persona.patience,
      farewell: scenario.persona.farewell ?? null,
      leaving: scenario.persona.leaving ?? null,
    },
    thresholds: { firstResponse: { ...thresholds.firstResponse }, averageResponse: { ...thresholds.averageResponse }, typing: { ...thresholds.typing } },
    weights: { ...scenario.weights },
    passMark: scenario.passMark,
    turns,
    rubric,
    fold: subsetFoldTable(fullFold, targets),
  };
}

function unique<T>(xs: readonly T[]): T[] {
  return [...new Set(xs)];
}

const FACT_LABELS: Readonly<Record<string, string>> = { price: '价格', stock: '库存', courier: '快递', promotion: '优惠活动', returns: '退换政策' };

function compileFacts(facts: Facts, prep: (t: string) => string): (id: string, size: string | undefined) => CompiledFact {
  const texts: TextFact[] = [facts.promotion, facts.returns, ...facts.extra].filter((f): f is TextFact => f !== undefined);
  const mentioned = unique(texts.flatMap((f) => [f.text, ...f.terms]).flatMap((t) => numbersIn(prep(t)).map((n) => n.value)));
  const textFact = (f: TextFact, label: string): CompiledFact => ({
    type: 'text',
    label: f.label ?? label,
    terms: unique(f.terms.flatMap((t) => t.split('|').map(prep))),
    wrong: unique(f.wrong.flatMap((t) => t.split('|').map(prep))),
  });
  return (id, size) => {
    const label = FACT_LABELS[id] ?? id;
    if (id === 'price') return { type: 'price', label, value: facts.price ?? 0, allowed: mentioned.filter((n) => n !== facts.price) };
    if (id === 'stock') {
      const stock = facts.stock ?? 0;
      if (typeof stock === 'number') return { type: 'stock', label, count: stock, size: null };
      return { type: 'stock', label: `${size ?? ''}${label}`, count: stock[size ?? ''] ?? 0, size: size === undefined ? null : prep(size) };
    }
    if (id === 'courier') {
      const shop = (facts.couriers ?? []).map(prep);
      const isShop = (alias: string): boolean => shop.some((c) => c.includes(alias) || alias.includes(c));
      const ours = COURIERS.filter((entry) => entry.some(isShop));
      const names = unique([...shop, ...ours.flat()]);
      const others = COURIERS.filter((entry) => !ours.includes(entry)).flat();
      return { type: 'courier', label, names, others };
    }
    if (id === 'promotion' && facts.promotion) return textFact(facts.promotion, label);
    if (id === 'returns' && facts.returns) return textFact(facts.returns, label);
    const extra = facts.extra.find((e) => e.id === id);
    return extra ? textFact(extra, label) : { type: 'text', label, terms: [], wrong: [] };
  };
}
