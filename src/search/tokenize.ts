/**
 * The Chinese-aware tokenizer shared by indexing (build time, Node) and querying (browser).
 * Both sides must cut text into exactly the same tokens, so everything here is deterministic
 * except the Intl.Segmenter words, which only add weight: matching never depends on them.
 *
 * A token is one of
 * - a CJK character bigram (客服, 换货): finds any substring of two or more characters, even where
 *   the segmenter's dictionary splits a domain word (退换货 → 退|换|货);
 * - a single CJK character (码 in “M 码”; in the index, every character, for one-character queries);
 * - a run of letters or digits (cod, dsr, 7, iphone15);
 * - a word of two or more CJK characters from Intl.Segmenter (理由, 流程);
 * - a domain term from the glossary (退换货, 7天无理由, 首响), found wherever it occurs.
 * A span found by several of these counts once.
 */
import type { FoldTable } from '../lib/t2s.ts';

/** What indexing and querying must share to tokenise identically. */
export interface TokenizerData {
  /** Traditional → Simplified, by character (from opencc-js through src/lib/t2s.ts). */
  fold: FoldTable;
  /** Domain terms, already normalised with `normalize`: each occurrence becomes one token. */
  terms: readonly string[];
}

export type TokenKind = 'bigram' | 'char' | 'latin' | 'word' | 'term';

export interface Token {
  text: string;
  kind: TokenKind;
  /** UTF-16 offsets in the normalised text. */
  start: number;
  end: number;
}

/** Text after normalisation, with where each of its UTF-16 units came from in the original. */
export interface NormalizedText {
  text: string;
  /** For each unit of `text`: the offset in the original where its source character starts. */
  from: number[];
  /** For each unit of `text`: the offset in the original just after its source character. */
  to: number[];
}

const HAN = /\p{Script=Han}/u;
const HAN_RUN = /\p{Script=Han}+/gu;
const LATIN_RUN = /(?:(?!\p{Script=Han})[\p{L}\p{N}])+/gu;

/**
 * One character, normalised: NFKC (full-width → half-width, compatibility forms), lower case, then
 * Traditional → Simplified. May return more than one character (㎏ → kg) or an empty string.
 */
function normalizeChar(ch: string, fold: FoldTable): string {
  const code = ch.codePointAt(0) ?? 0;
  if (code < 0x80) return ch.toLowerCase();
  if (code >= 0x4e00 && code <= 0x9fff) return fold[ch] ?? ch; // unified ideographs are NFKC-stable
  let out = '';
  for (const c of ch.normalize('NFKC').toLowerCase()) out += fold[c] ?? c;
  return out;
}

/** Width, case and Traditional/Simplified folding, keeping a map back to the original offsets. */
export function normalizeWithOffsets(input: string, fold: FoldTable): NormalizedText {
  let text = '';
  const from: number[] = [];
  const to: number[] = [];
  let offset = 0;
  for (const ch of input) {
    const next = offset + ch.length;
    const n = normalizeChar(ch, fold);
    text += n;
    for (let i = 0; i < n.length; i++) {
      from.push(offset);
      to.push(next);
    }
    offset = next;
  }
  return { text, from, to };
}

/** Width, case and Traditional/Simplified folding: 退換貨 → 退换货, ＣＯＤ → cod. */
export function normalize(input: string, fold: FoldTable): string {
  let out = '';
  for (const ch of input) out += normalizeChar(ch, fold);
  return out;
}

let segmenter: Intl.Segmenter | undefined;

/** Intl.Segmenter's word segmentation (Chinese dictionary), one segmenter for the page's life. */
export function segment(text: string): Intl.Segments {
  segmenter ??= new Intl.Segmenter('zh', { granularity: 'word' });
  return segmenter.segment(text);
}

function segmenterWords(text: string): Token[] {
  const out: Token[] = [];
  for (const s of segment(text)) {
    if (!s.isWordLike || s.segment.length < 2) continue;
    if ([...s.segment].every((c) => HAN.test(c))) {
      out.push({ text: s.segment, kind: 'word', start: s.index, end: s.index + s.segment.length });
    }
  }
  return out;
}

/** Terms grouped by their first UTF-16 unit, so a text is scanned once whatever the glossary's size. */
const termIndexes = new WeakMap<readonly string[], Map<string, string[]>>();

function termsByFirstUnit(terms: readonly string[]): Map<string, string[]> {
  let map = termIndexes.get(terms);
  if (!map) {
    map = new Map();
    for (const term of new Set(terms)) {
      const first = term[0];
      if (first === undefined) continue;
      const list = map.get(first) ?? [];
      list.push(term);
      map.set(first, list);
    }
    termIndexes.set(terms, map);
  }
  return map;
}

function termOccurrences(text: string, terms: readonly string[]): Token[] {
  const byFirst = termsByFirstUnit(terms);
  const out: Token[] = [];
  for (let i = 0; i < text.length; i++) {
    const candidates = byFirst.get(text[i] ?? '');
    if (!candidates) continue;
    for (const term of candidates) {
      if (text.startsWith(term, i)) out.push({ text: term, kind: 'term', start: i, end: i + term.length });
    }
  }
  return out;
}

/**
 * The tokens that decide whether a text contains a query word: CJK bigrams, lone CJK characters and
 * letter/digit runs. They depend on nothing but the characters, so a browser and Node agree on them.
 */
export function coreTokens(normalized: string): Token[] {
  const out: Token[] = [];
  for (const run of normalized.matchAll(HAN_RUN)) {
    const chars = [...run[0]];
    let start = run.index;
    if (chars.length === 1) {
      out.push({ text: run[0], kind: 'char', start, end: start + run[0].length });
      continue;
    }
    for (let i = 0; i + 1 < chars.length; i++) {
      const a = chars[i] ?? '';
      const b = chars[i + 1] ?? '';
      out.push({ text: a + b, kind: 'bigram', start, end: start + a.length + b.length });
      start += a.length;
    }
  }
  for (const run of normalized.matchAll(LATIN_RUN)) {
    out.push({ text: run[0], kind: 'latin', start: run.index, end: run.index + run[0].length });
  }
  return out;
}

/** Every token of an already normalised text, each distinct span once, in text order. */
export function tokenSpans(normalized: string, terms: readonly string[]): Token[] {
  const seen = new Set<string>();
  const out: Token[] = [];
  for (const token of [...coreTokens(normalized), ...segmenterWords(normalized), ...termOccurrences(normalized, terms)]) {
    const key = `${token.start}:${token.end}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(token);
  }
  return out.sort((a, b) => a.start - b.start || a.end - b.end);
}

/** Each CJK character of a run of two or more (a lone one is already a `char` token). */
function unigrams(normalized: string): string[] {
  const out: string[] = [];
  for (const run of normalized.matchAll(HAN_RUN)) {
    const chars = [...run[0]];
    if (chars.length > 1) out.push(...chars);
  }
  return out;
}

/**
 * The index terms of a text: normalise, cut into tokens, and add every CJK character on its own,
 * so a one-character query (码, 退) is a plain lookup. Queries use `tokenSpans`, without the
 * single characters of longer words, which would match almost anything. Never throws.
 */
export function tokenize(text: string, data: TokenizerData): string[] {
  const normalized = normalize(text, data.fold);
  return [...tokenSpans(normalized, data.terms).map((t) => t.text), ...unigrams(normalized)];
}
