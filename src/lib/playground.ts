/**
 * The rubric playground (/authoring/playground/): one reply scored against one turn of a compiled
 * scenario, with what each check looks for, what it found, the text the checks read and where the
 * conversation would go next. Pure and browser-safe: the island only renders what this returns.
 */
import type { CompiledCheck, CompiledFact, CompiledScenario, CompiledScenarioCriterion, CompiledTurn } from '../engine/compiled.ts';
import { END } from '../engine/compiled.ts';
import { findAny } from '../engine/match.ts';
import { normalizeView } from '../engine/normalize.ts';
import { evaluateCriterion, prepareReply } from '../engine/rubric.ts';
import { t } from '../i18n/authoring.ts';
import type { CriterionResult, Match } from '../schemas/attempt.ts';

/** A scenario in the playground's picker; the scenario itself loads when picked. */
export interface ScenarioChoice {
  slug: string;
  title: string;
}

/** Where the build writes a compiled scenario for the playground (src/pages/authoring/playground/[slug].json.ts). */
export function scenarioDataUrl(slug: string): string {
  return `/authoring/playground/${encodeURIComponent(slug)}.json`;
}

/** At most this many terms are listed in a check's description. */
const LIST_LIMIT = 8;

function list(terms: readonly string[]): string {
  const shown = terms.slice(0, LIST_LIMIT).join('、');
  return terms.length > LIST_LIMIT ? t('check.more', { list: shown, count: terms.length }) : shown;
}

function describeFact(fact: CompiledFact): string {
  switch (fact.type) {
    case 'price':
      return t('check.price', { value: fact.value });
    case 'stock':
      return t(fact.count > 0 ? 'check.stockIn' : 'check.stockOut', { label: fact.label });
    case 'courier':
      return t('check.courier', { names: list(fact.names) });
    case 'text':
      return t('check.text', { label: fact.label, terms: list(fact.terms) });
  }
}

/** What a check looks for, in words (terms as the engine matches them: normalised). */
export function describeCheck(check: CompiledCheck): string {
  switch (check.kind) {
    case 'any':
      return t('check.any', { terms: list(check.terms) });
    case 'all':
      return t('check.all', { terms: list(check.items.map((i) => i.terms.join('/'))) });
    case 'forbidden': {
      const parts = [];
      if (check.terms.length > 0) parts.push(t('check.forbidden', { terms: list(check.terms) }));
      if (check.lexicons.length > 0) {
        parts.push(t('check.forbiddenLexicons', { lexicons: check.lexicons.map((id) => t(`lexicon.${id}`)).join('、') }));
      }
      return parts.join('；');
    }
    case 'regex':
      return t(check.expect === 'match' ? 'check.regexMatch' : 'check.regexNoMatch', { pattern: check.pattern });
    case 'fact':
      return describeFact(check.fact);
    case 'question':
      return t('check.question');
    case 'order':
      return t('check.order', { before: list(check.before), after: list(check.after) });
    case 'length':
      if (check.min !== null && check.max !== null) return t('check.lengthRange', { min: check.min, max: check.max });
      return check.min !== null ? t('check.lengthMin', { min: check.min }) : t('check.lengthMax', { max: check.max ?? 0 });
  }
}

/** A piece of the reply for display: plain, found by a check, or counted against the reply. */
export interface Segment {
  text: string;
  kind: 'plain' | 'found' | 'wrong';
}

/** The reply cut at the matches; where matches overlap, `wrong` wins. */
export function highlight(reply: string, matches: readonly Match[]): Segment[] {
  const marks: Array<Segment['kind']> = Array.from({ length: reply.length }, () => 'plain');
  for (const m of matches) {
    for (let i = Math.max(0, m.start); i < Math.min(reply.length, m.end); i++) {
      if (m.wrong) marks[i] = 'wrong';
      else if (marks[i] === 'plain') marks[i] = 'found';
    }
  }
  const segments: Segment[] = [];
  for (let i = 0; i < reply.length; i++) {
    const kind = marks[i] ?? 'plain';
    const last = segments[segments.length - 1];
    if (last && last.kind === kind) last.text += reply[i];
    else segments.push({ text: reply[i] ?? '', kind });
  }
  return segments;
}

/** A criterion's result with what its check looks for, in words. */
export interface ScoredCriterion {
  result: CriterionResult;
  checks: string;
}

/** A conversation-wide criterion applied to this one reply, with how far that tells anything. */
export interface ConversationCheck extends ScoredCriterion {
  /** The scope, and why the result holds only partly, or not at all, for this reply. */
  note: string;
}

function conversationCheck(scenario: CompiledScenario, turn: CompiledTurn, c: CompiledScenarioCriterion, reply: ReturnType<typeof prepareReply>): ConversationCheck {
  const result = evaluateCriterion(c, reply);
  const notes = [t(`scope.${c.scope}`)];
  let applies = true;
  if (c.scope === 'first-reply' && scenario.turns[0]?.id !== turn.id) {
    notes[0] = t('scope.notFirst');
    applies = false;
  }
  const canEnd = turn.next === END || turn.branches.some((b) => b.goto === END);
  if (c.scope === 'last-reply' && !canEnd) {
    notes[0] = t('scope.notLast');
    applies = false;
  }
  if (c.onlyIfVisited !== null) notes.push(t('scope.onlyIf', { turn: c.onlyIfVisited }));
  return {
    result: applies ? result : { ...result, status: 'na', feedback: '', matches: [], missing: [] },
    checks: describeCheck(c.check),
    note: notes.join('；'),
  };
}

/**
 * Where the conversation goes after this reply, as far as the reply alone decides it: branches
 * from `from` on, in order (a branch on the mood or the time is named, not guessed).
 */
function nextTurn(turn: CompiledTurn, results: readonly CriterionResult[], replyText: string, from = 0): string {
  const status = (id: string): CriterionResult['status'] | undefined => results.find((r) => r.id === id)?.status;
  const target = (id: string): string => (id === END ? t('next.end') : id);
  for (let i = from; i < turn.branches.length; i++) {
    const b = turn.branches[i];
    if (!b) continue;
    const w = b.when;
    const known =
      w.passed.every((id) => status(id) === 'pass') &&
      w.failed.every((id) => status(id) === 'fail') &&
      (w.contains === null || findAny(replyText, w.contains).length > 0);
    if (!known) continue;
    const unknown = [...(w.mood === null ? [] : [t('next.mood')]), ...(w.late === null ? [] : [t('next.late')])];
    if (unknown.length === 0) return t('next.branch', { n: i + 1, target: target(b.goto) });
    const rest = nextTurn(turn, results, replyText, i + 1);
    return t('next.depends', { n: i + 1, what: unknown.join('和'), then: rest });
  }
  return t('next.default', { target: target(turn.next) });
}

export interface PlaygroundResult {
  criteria: ScoredCriterion[];
  conversation: ConversationCheck[];
  /** The reply normalised (width, case, Traditional, spaces). */
  normalized: string;
  /** …and with Chinese numerals as digits: the text the checks read. */
  matched: string;
  segments: Segment[];
  next: string;
}

/** Scores one reply against one turn and the scenario's conversation-wide criteria. */
export function tryReply(scenario: CompiledScenario, turn: CompiledTurn, text: string): PlaygroundResult {
  const reply = prepareReply(text, scenario.fold);
  const criteria = turn.criteria.map((c) => ({ result: evaluateCriterion(c, reply), checks: describeCheck(c.check) }));
  const conversation = scenario.rubric.map((c) => conversationCheck(scenario, turn, c, reply));
  const matches = [...criteria, ...conversation].flatMap((c) => c.result.matches);
  const results = criteria.map((c) => c.result);
  return {
    criteria,
    conversation,
    normalized: normalizeView(text, scenario.fold).text,
    matched: reply.view.text,
    segments: highlight(text, matches),
    next: nextTurn(turn, results, reply.view.text),
  };
}
