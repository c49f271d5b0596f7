/**
 * Rubric checks (评分项) on replies. Every check reads the reply's match view (normalised, numerals
 * as digits) and reports what it found as spans of the reply as sent, so the report can highlight
 * why a criterion passed or failed.
 */
import type { FoldTable } from '../lib/t2s.ts';
import type { CriterionResult, Match } from '../schemas/attempt.ts';
import type { CompiledCheck, CompiledCriterion, CompiledFact, CompiledScenarioCriterion } from './compiled.ts';
import {
  COUNT_WORDS,
  CURRENCY_AFTER,
  CURRENCY_BEFORE,
  questionHits,
  STOCK_CONTEXT,
  lexiconHits,
  stockHits,
} from './lexicons.ts';
import { clauses, dropOverlaps, findAny, findTerm, isDenied, isNegated, type Hit } from './match.ts';
import { normalizeView, sourceSpan, type TextView } from './normalize.ts';
import { convertNumerals, numbersIn } from './numerals.ts';
import { countChars } from './typing.ts';

/** A reply ready for checking: as sent, and as matched. */
export interface Reply {
  raw: string;
  view: TextView;
}

/** Normalised, with Chinese numerals as digits: what every check reads. */
export function matchView(raw: string, fold: FoldTable): TextView {
  return convertNumerals(normalizeView(raw, fold));
}

export function prepareReply(raw: string, fold: FoldTable): Reply {
  return { raw, view: matchView(raw, fold) };
}

/** What a check found, in view positions. */
export interface CheckOutcome {
  pass: boolean;
  /** What the check looked for and found. */
  found: Hit[];
  /** What counts against the reply: forbidden words, contradicting values. */
  wrong: Hit[];
  /** Required words not found. */
  missing: string[];
}

const outcome = (pass: boolean, found: Hit[], wrong: Hit[] = [], missing: string[] = []): CheckOutcome => ({ pass, found, wrong, missing });

const regexCache = new Map<string, RegExp | null>();

function compiledRegex(pattern: string): RegExp | null {
  let re = regexCache.get(pattern);
  if (re === undefined) {
    try {
      re = new RegExp(pattern, 'gu');
    } catch {
      re = null;
    }
    regexCache.set(pattern, re);
  }
  return re;
}

/** At most this many hits of a regular expression are reported. */
const MAX_REGEX_HITS = 50;

/** Runs one check on one reply. */
export function runCheck(check: CompiledCheck, reply: Reply): CheckOutcome {
  const text = reply.view.text;
  switch (check.kind) {
    case 'any': {
      const found = findAny(text, check.terms);
      return outcome(found.length > 0, found, [], found.length > 0 ? [] : [check.terms[0] ?? '']);
    }
    case 'all': {
      const found: Hit[] = [];
      const missing: string[] = [];
      for (const item of check.items) {
        const hits = findAny(text, item.terms);
        if (hits.length > 0) found.push(...hits);
        else missing.push(item.label);
      }
      return outcome(missing.length === 0, dropOverlaps(found), [], missing);
    }
    case 'forbidden': {
      // "我不能保证明天到" does not promise what a forbidden "保证明天到" means to catch.
      const own = findAny(text, check.terms).filter((h) => !isDenied(text, h));
      const wrong = dropOverlaps([...own, ...check.lexicons.flatMap((id) => lexiconHits(id, text))]);
      return outcome(wrong.length === 0, [], wrong);
    }
    case 'regex': {
      const re = compiledRegex(check.pattern);
      if (!re) return outcome(false, [], [], ['正则表达式无效']);
      const hits: Hit[] = [];
      for (const m of text.matchAll(re)) {
        if (hits.length >= MAX_REGEX_HITS) break;
        if (m[0] !== '') hits.push({ term: check.pattern, s: m.index, e: m.index + m[0].length });
      }
      return check.expect === 'match' ? outcome(hits.length > 0, hits, [], hits.length > 0 ? [] : [check.pattern]) : outcome(hits.length === 0, [], hits);
    }
    case 'fact':
      return factCheck(check.fact, text);
    case 'question': {
      const found = questionHits(text);
      return outcome(found.length > 0, found, [], found.length > 0 ? [] : ['提问']);
    }
    case 'order': {
      const before = findAny(text, check.before)[0];
      const after = findAny(text, check.after)[0];
      const missing = [...(before ? [] : [check.before[0] ?? '']), ...(after ? [] : [check.after[0] ?? ''])];
      const found = [before, after].filter((h): h is Hit => h !== undefined);
      return outcome(before !== undefined && after !== undefined && before.s < after.s, found, [], missing);
    }
    case 'length': {
      const n = countChars(reply.raw);
      return outcome((check.min === null || n >= check.min) && (check.max === null || n <= check.max), []);
    }
  }
}

const same = (a: number, b: number): boolean => Math.abs(a - b) < 1e-9;

/** The price of 2 to 10 items (两件158元) is not a different price. */
function isSeveral(amount: number, price: number): boolean {
  const count = Math.round(amount / price);
  return count >= 2 && count <= 10 && same(amount, count * price);
}

function isMoney(text: string, s: number, e: number): boolean {
  const before = text.slice(Math.max(0, s - 4), s).replace(/ $/, '');
  const after = text.slice(e, e + 4).replace(/^ /, '');
  if (after.startsWith('块儿')) return false; // 一块儿: "together", not one 元
  return CURRENCY_BEFORE.some((c) => before.endsWith(c)) || CURRENCY_AFTER.some((c) => after.startsWith(c));
}

function factCheck(fact: CompiledFact, text: string): CheckOutcome {
  switch (fact.type) {
    case 'price': {
      const numbers = numbersIn(text);
      const found = numbers.filter((n) => same(n.value, fact.value)).map((n) => ({ term: String(fact.value), s: n.s, e: n.e }));
      const wrong = numbers
        .filter((n) => !same(n.value, fact.value) && !isSeveral(n.value, fact.value) && !fact.allowed.some((a) => same(a, n.value)))
        .filter((n) => isMoney(text, n.s, n.e) && !isNegated(text, n.s))
        .map((n) => ({ term: String(n.value), s: n.s, e: n.e }));
      return outcome(found.length > 0 && wrong.length === 0, found, wrong, found.length > 0 ? [] : [String(fact.value)]);
    }
    case 'stock':
      return stockCheck(fact, text);
    case 'courier': {
      const found = findAny(text, fact.names);
      const wrong = findAny(text, fact.others).filter((h) => !isDenied(text, h));
      return outcome(found.length > 0 && wrong.length === 0, found, wrong, found.length > 0 ? [] : [fact.names[0] ?? '']);
    }
    case 'text': {
      const found = findAny(text, fact.terms);
      const wrong = findAny(text, fact.wrong).filter((h) => !isDenied(text, h));
      return outcome(found.length > 0 && wrong.length === 0, found, wrong, found.length > 0 ? [] : [fact.terms[0] ?? '']);
    }
  }
}

/**
 * In stock or sold out, per size when the stock is per size. When the reply names the size, only
 * the clauses that name it count ("M码有货，L码没货" is right about L being sold out).
 */
function stockCheck(fact: Extract<CompiledFact, { type: 'stock' }>, text: string): CheckOutcome {
  let ranges: Array<[number, number]> = [[0, text.length]];
  if (fact.size !== null) {
    const size = fact.size;
    const naming = clauses(text).filter(([s, e]) => findTerm(text.slice(s, e), size).length > 0);
    if (naming.length > 0) ranges = naming;
  }
  const inside = (h: { s: number }): boolean => ranges.some(([s, e]) => h.s >= s && h.s < e);
  const { inStock, outOfStock } = stockHits(text);
  const counts = numbersIn(text).filter((n) => inside(n) && COUNT_WORDS.includes(text[n.e] ?? ''));
  const claims = counts.filter((n) => STOCK_CONTEXT.some((w) => text.slice(Math.max(0, n.s - 4), n.s).includes(w)));
  const asHit = (n: { value: number; s: number; e: number }): Hit => ({ term: String(n.value), s: n.s, e: n.e + 1 });
  const ins = inStock.filter(inside);
  const outs = outOfStock.filter(inside);
  const label = fact.count > 0 ? '有货' : '没货';
  if (fact.count > 0) {
    const found = [...ins, ...counts.filter((n) => n.value === fact.count).map(asHit)];
    const wrong = [...outs, ...claims.filter((n) => n.value !== fact.count).map(asHit)];
    return outcome(found.length > 0 && wrong.length === 0, dropOverlaps(found), dropOverlaps(wrong), found.length > 0 ? [] : [label]);
  }
  const found = [...outs, ...counts.filter((n) => n.value === 0).map(asHit)];
  const wrong = [...ins.filter((h) => !isNegated(text, h.s)), ...claims.filter((n) => n.value > 0).map(asHit)];
  return outcome(found.length > 0 && wrong.length === 0, dropOverlaps(found), dropOverlaps(wrong), found.length > 0 ? [] : [label]);
}

function toMatches(reply: Reply, hits: readonly Hit[], wrong: boolean, turn?: string): Match[] {
  return hits.map((h) => {
    const { start, end } = sourceSpan(reply.view, h.s, h.e);
    return { ...(turn === undefined ? {} : { turn }), start, end, text: reply.raw.slice(start, end), term: h.term, wrong };
  });
}

function result(c: CompiledCriterion, status: CriterionResult['status'], matches: Match[], missing: string[]): CriterionResult {
  return {
    id: c.id,
    label: c.label,
    status,
    weight: c.weight,
    critical: c.critical,
    feedback: status === 'pass' ? c.feedback.pass : status === 'fail' ? c.feedback.fail : '',
    matches,
    missing: status === 'fail' ? missing : [],
  };
}

/** A criterion applied to one reply. */
export function evaluateCriterion(c: CompiledCriterion, reply: Reply, turn?: string): CriterionResult {
  const o = runCheck(c.check, reply);
  return result(c, o.pass ? 'pass' : 'fail', [...toMatches(reply, o.found, false, turn), ...toMatches(reply, o.wrong, true, turn)], o.missing);
}

/** The criterion as N/A. */
export function notApplicable(c: CompiledCriterion): CriterionResult {
  return result(c, 'na', [], []);
}

/** A reply of the conversation, with the turn it answered. */
export interface TurnReply {
  turn: string;
  reply: Reply;
}

/**
 * A conversation-wide criterion over the replies sent, in order. N/A when nothing was sent or when
 * its `onlyIfVisited` turn was never reached. `fold` builds the joined text of `whole-conversation`.
 */
export function evaluateConversationCriterion(
  c: CompiledScenarioCriterion,
  replies: readonly TurnReply[],
  visited: ReadonlySet<string>,
  fold: FoldTable,
): CriterionResult {
  if (replies.length === 0 || (c.onlyIfVisited !== null && !visited.has(c.onlyIfVisited))) return notApplicable(c);
  const each = (): CriterionResult[] => replies.map((r) => evaluateCriterion(c, r.reply, r.turn));
  const merge = (status: CriterionResult['status'], parts: CriterionResult[]): CriterionResult =>
    result(c, status, parts.flatMap((p) => p.matches), [...new Set(parts.flatMap((p) => p.missing))]);
  switch (c.scope) {
    case 'each-reply': {
      const parts = each();
      return merge(parts.every((p) => p.status === 'pass') ? 'pass' : 'fail', parts);
    }
    case 'any-reply': {
      const parts = each();
      const passing = parts.filter((p) => p.status === 'pass');
      return passing.length > 0 ? merge('pass', passing) : merge('fail', parts);
    }
    case 'first-reply':
    case 'last-reply': {
      const r = c.scope === 'first-reply' ? replies[0] : replies[replies.length - 1];
      return r ? evaluateCriterion(c, r.reply, r.turn) : notApplicable(c);
    }
    case 'whole-conversation':
      return wholeConversation(c, replies, fold);
  }
}

function wholeConversation(c: CompiledCriterion, replies: readonly TurnReply[], fold: FoldTable): CriterionResult {
  const starts: number[] = [];
  let joined = '';
  for (const r of replies) {
    if (joined !== '') joined += '\n';
    starts.push(joined.length);
    joined += r.reply.raw;
  }
  const whole = evaluateCriterion(c, prepareReply(joined, fold));
  const matches = whole.matches.map((m): Match => {
    let k = 0;
    while (k + 1 < starts.length && (starts[k + 1] ?? Infinity) <= m.start) k++;
    const r = replies[k];
    const offset = starts[k] ?? 0;
    const length = r?.reply.raw.length ?? 0;
    const start = Math.min(m.start - offset, length);
    const end = Math.min(m.end - offset, length);
    return { ...m, turn: r?.turn ?? '', start, end, text: r?.reply.raw.slice(start, end) ?? '' };
  });
  return { ...whole, matches };
}
