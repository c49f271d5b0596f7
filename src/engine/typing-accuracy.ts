/**
 * Accuracy of a copy-typing test (正确率): the text typed compared with the passage, character by
 * character.
 *
 * - Units are the characters a typing test counts (letters, digits, punctuation, symbols; not
 *   spaces or line breaks), as `countChars` does.
 * - Each unit is folded the way rubric matching folds text: full-width = half-width (，= ,),
 *   Chinese and Western punctuation that trainees type either way (。= .), upper = lower case, and
 *   Traditional = Simplified through the page's fold table (the pairs for the passage's characters).
 * - The typed units are aligned with the start of the passage (edit distance against the best
 *   prefix, so stopping early is not an error). Every substituted, missing or extra character is
 *   one error; correct = typed − errors; accuracy = correct ÷ typed.
 * - The 有效速度 (effective speed) of a test is 字/分钟 × accuracy: typing fast and wrong earns nothing.
 */
import type { FoldTable } from '../lib/t2s.ts';
import { normalizeView } from './normalize.ts';
import { countChars } from './typing.ts';

export interface TypingAccuracy {
  /** Units typed. */
  typed: number;
  /** Units of the passage. */
  passage: number;
  /** Units of the passage the typing reached (the aligned prefix). */
  reached: number;
  /** Substituted, missing and extra characters. */
  errors: number;
  /** typed − errors, at least 0. */
  correct: number;
  /** correct ÷ typed, 0–1; 1 when nothing was typed (there is nothing wrong yet). */
  accuracy: number;
  /** The whole passage was reached. */
  completed: boolean;
}

/** 有效速度: 字/分钟 × accuracy; null when no typing was recorded. */
export function effectiveSpeed(speed: number | null, accuracy: TypingAccuracy): number | null {
  return speed === null ? null : speed * accuracy.accuracy;
}

/** Typed text beyond this many times the passage is all error; caps the alignment's work. */
const MAX_RATIO = 2;

/** The units of a text: one folded string per counted character. */
export function typingUnits(text: string, fold: FoldTable): string[] {
  const units: string[] = [];
  for (const c of text) {
    if (countChars(c) === 0) continue;
    units.push(normalizeView(c, fold).text || c);
  }
  return units;
}

/** Compares the typed text with the passage. */
export function typingAccuracy(passageText: string, typedText: string, fold: FoldTable): TypingAccuracy {
  const p = typingUnits(passageText, fold);
  const all = typingUnits(typedText, fold);
  const limit = Math.max(1, p.length * MAX_RATIO);
  const t = all.slice(0, limit);
  const overflow = all.length - t.length;
  const m = p.length;

  // Edit distance of t against every prefix of p; row[j] = distance(t[0..i), p[0..j)).
  let row = Array.from({ length: m + 1 }, (_, j) => j);
  for (let i = 1; i <= t.length; i++) {
    const next = new Array<number>(m + 1);
    next[0] = i;
    const ti = t[i - 1];
    for (let j = 1; j <= m; j++) {
      const substitute = (row[j - 1] ?? 0) + (ti === p[j - 1] ? 0 : 1);
      next[j] = Math.min(substitute, (row[j] ?? 0) + 1, (next[j - 1] ?? 0) + 1);
    }
    row = next;
  }
  // The prefix with the fewest errors; on a tie the longest, so a complete copy reaches the end.
  let best = 0;
  for (let j = 1; j <= m; j++) if ((row[j] ?? Infinity) <= (row[best] ?? Infinity)) best = j;

  const errors = (row[best] ?? 0) + overflow;
  const typed = all.length;
  const correct = Math.max(0, typed - errors);
  return {
    typed,
    passage: m,
    reached: best,
    errors,
    correct,
    accuracy: typed === 0 ? 1 : correct / typed,
    completed: m > 0 && best === m,
  };
}
