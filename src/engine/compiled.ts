/**
 * The compiled scenario: the plain JSON the browser, the CLI and the tests run. Types and
 * constants only, so the chat island can import them without pulling in zod or opencc.
 */
import type { FoldTable } from '../lib/t2s.ts';
import type { Mood } from '../schemas/mood.ts';
import type { Scope } from '../schemas/rubric.ts';
import type { LexiconId } from './lexicons.ts';
import type { ResponseBand } from './response-time.ts';
import type { TypingBand } from './typing.ts';

/** Where a branch or `next` leads when the conversation is over. */
export const END = 'end';

/** Version of the compiled format, raised whenever its shape changes. */
export const COMPILED_FORMAT = 1;

/** A fact as a `fact` check compares it. Terms are normalised. */
export type CompiledFact =
  | { type: 'price'; label: string; value: number; allowed: number[] }
  | { type: 'stock'; label: string; count: number; size: string | null }
  | { type: 'courier'; label: string; names: string[]; others: string[] }
  | { type: 'text'; label: string; terms: string[]; wrong: string[] };

/** A check with its terms normalised and its synonym groups expanded. */
export type CompiledCheck =
  | { kind: 'any'; terms: string[] }
  | { kind: 'all'; items: { label: string; terms: string[] }[] }
  | { kind: 'forbidden'; terms: string[]; lexicons: LexiconId[] }
  | { kind: 'regex'; pattern: string; expect: 'match' | 'no-match' }
  | { kind: 'fact'; fact: CompiledFact }
  | { kind: 'question' }
  | { kind: 'order'; before: string[]; after: string[] }
  | { kind: 'length'; min: number | null; max: number | null };

export interface CompiledCriterion {
  id: string;
  label: string;
  weight: number;
  critical: boolean;
  /** Patience lost when it fails. */
  patienceCost: number;
  feedback: { pass: string; fail: string };
  check: CompiledCheck;
}

export interface CompiledScenarioCriterion extends CompiledCriterion {
  scope: Scope;
  /** N/A unless this turn was visited; null: always applies. */
  onlyIfVisited: string | null;
}

export interface CompiledBranch {
  when: {
    passed: string[];
    failed: string[];
    /** Any of these normalised terms; null: no condition. */
    contains: string[] | null;
    mood: Mood[] | null;
    late: boolean | null;
  };
  /** A turn id or `end`. */
  goto: string;
}

export interface CompiledTurn {
  id: string;
  /** The message for each mood. */
  customer: Record<Mood, string>;
  timeLimitMs: number;
  criteria: CompiledCriterion[];
  model: string;
  branches: CompiledBranch[];
  /** A turn id or `end`. */
  next: string;
}

export interface Thresholds {
  firstResponse: ResponseBand;
  averageResponse: ResponseBand;
  typing: TypingBand;
}

/** Everything the engine needs to run and score one scenario; plain JSON. */
export interface CompiledScenario {
  format: typeof COMPILED_FORMAT;
  slug: string;
  title: string;
  summary: string;
  role: '售前' | '售后';
  difficulty: '入门' | '进阶' | '困难';
  product: string;
  persona: { name: string; mood: Mood; patience: number; farewell: string | null; leaving: string | null };
  thresholds: Thresholds;
  weights: { rubric: number; response: number; typing: number };
  passMark: number;
  /** The first opens the chat. */
  turns: CompiledTurn[];
  /** Criteria about the whole conversation. */
  rubric: CompiledScenarioCriterion[];
  /** Traditional → Simplified pairs for exactly the characters the checks can match. */
  fold: FoldTable;
}

/** Overrides an exam applies on top of the scenario's own thresholds. */
export interface CompileOptions {
  thresholds?: Partial<Thresholds>;
}
