/**
 * Text normalisation for matching replies against rubric terms. Both sides go through the same
 * function, so a trainee who types full-width letters, upper case, Traditional characters, spaces
 * between Chinese words or zero-width characters still matches (and still trips forbidden words).
 *
 * Each code point is mapped on its own (NFKC, lower case, Traditional → Simplified, punctuation
 * unification), which keeps a map from every output unit back to the reply as typed: the UI
 * highlights the span the trainee wrote, not the normalised copy.
 */
import type { FoldTable } from '../lib/t2s.ts';

/** Text prepared for matching, with the span of the original text each UTF-16 unit came from. */
export interface TextView {
  readonly text: string;
  /** For each UTF-16 unit of `text`: where its source starts in the original (UTF-16 offset). */
  readonly from: readonly number[];
  /** …and where that source ends (exclusive). */
  readonly to: readonly number[];
}

/** Punctuation that NFKC leaves alone but trainees type in either form. */
const PUNCTUATION: Readonly<Record<string, string>> = {
  '。': '.',
  '｡': '.',
  '、': ',',
  '“': '"',
  '”': '"',
  '„': '"',
  '«': '"',
  '»': '"',
  '「': '"',
  '」': '"',
  '『': '"',
  '』': '"',
  '‘': "'",
  '’': "'",
  '【': '[',
  '】': ']',
  '〔': '[',
  '〕': ']',
  '〖': '[',
  '〗': ']',
  '—': '-',
  '–': '-',
  '―': '-',
  '‐': '-',
  '〜': '~',
  '・': '·',
};

const WHITESPACE = /^\s$/u;
// Zero-width spaces, joiners, bidi overrides, soft hyphens, BOM: invisible, and a way to hide a word.
const INVISIBLE = /^[\p{Default_Ignorable_Code_Point}\p{Cc}]$/u;
const ASCII_ALNUM = /^[0-9a-z]$/;

function mapOnce(c: string, fold: FoldTable): string {
  if (WHITESPACE.test(c)) return ' ';
  if (INVISIBLE.test(c)) return '';
  let out = '';
  for (const d of c.normalize('NFKC').toLowerCase()) {
    const folded = fold[d] ?? d;
    out += PUNCTUATION[folded] ?? folded;
  }
  return out;
}

/** The mapping of one code point, repeated until nothing changes, so normalising twice is a no-op. */
function mapChar(c: string, fold: FoldTable): string {
  let s = c;
  for (let round = 0; round < 4; round++) {
    let next = '';
    for (const d of s) next += mapOnce(d, fold);
    if (next === s) return s;
    s = next;
  }
  return s;
}

const caches = new WeakMap<FoldTable, Map<string, string>>();

function cachedMap(fold: FoldTable): Map<string, string> {
  let cache = caches.get(fold);
  if (!cache) {
    cache = new Map();
    caches.set(fold, cache);
  }
  return cache;
}

/**
 * Normalises `raw` and keeps where each output unit came from. Whitespace disappears, except one
 * space between two ASCII letters or digits (`iphone 15` stays two words; `399 元` becomes `399元`,
 * `满 300 减 30` becomes `满300减30`).
 */
export function normalizeView(raw: string, fold: FoldTable): TextView {
  const cache = cachedMap(fold);
  let text = '';
  const from: number[] = [];
  const to: number[] = [];
  let last = '';
  let pending: { from: number; to: number } | null = null;
  let i = 0;
  for (const c of raw) {
    const start = i;
    i += c.length;
    let mapped = cache.get(c);
    if (mapped === undefined) {
      mapped = mapChar(c, fold);
      cache.set(c, mapped);
    }
    for (const d of mapped) {
      if (d === ' ') {
        pending ??= { from: start, to: i };
        continue;
      }
      if (pending && ASCII_ALNUM.test(last) && ASCII_ALNUM.test(d)) {
        text += ' ';
        from.push(pending.from);
        to.push(pending.to);
      }
      pending = null;
      text += d;
      for (let k = 0; k < d.length; k++) {
        from.push(start);
        to.push(i);
      }
      last = d;
    }
  }
  return { text, from, to };
}

/** Width, case, spaces, punctuation and Traditional characters folded; idempotent. */
export function normalize(raw: string, fold: FoldTable): string {
  return normalizeView(raw, fold).text;
}

/** The original span `[start, end)` of the view's units `[s, e)`. */
export function sourceSpan(view: TextView, s: number, e: number): { start: number; end: number } {
  if (e <= s) {
    const at = view.from[s] ?? view.to[view.to.length - 1] ?? 0;
    return { start: at, end: at };
  }
  return { start: view.from[s] ?? 0, end: view.to[e - 1] ?? 0 };
}
