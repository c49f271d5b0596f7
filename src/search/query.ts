/**
 * Querying (browser and Node): the query is tokenised like the documents, expanded with the
 * glossary's synonym groups, run through lunr (BM25 with field boosts), then each hit is checked for
 * how much of the query it really contains, so a document that shares one bigram with a long query
 * never outranks one that contains every word.
 */
import lunr from 'lunr';
import { SEARCH_INDEX_VERSION, type SerializedSearchIndex, type StoredDocument } from './format.ts';
import { unpackIndex } from './pack.ts';
import { coreTokens, normalize, normalizeWithOffsets, segment, tokenSpans, type TokenizerData } from './tokenize.ts';

export interface SearchIndex {
  lunr: lunr.Index;
  /** How many documents contain a term. */
  documentFrequency: (term: string) => number;
  documents: readonly StoredDocument[];
  tokenizer: TokenizerData;
  synonyms: readonly (readonly string[])[];
  suggestions: readonly { term: string; url: string }[];
}

/** Turns the JSON from `buildSearchIndex` (or search-index.json) into a queryable index. */
export function loadSearchIndex(json: SerializedSearchIndex): SearchIndex {
  if (json.version !== SEARCH_INDEX_VERSION) {
    throw new Error(`搜索索引版本 ${String(json.version)} 与程序版本 ${SEARCH_INDEX_VERSION} 不一致，请重新构建`);
  }
  const unpacked = unpackIndex(json.lunr);
  const postings = new Map(unpacked.invertedIndex);
  const documentFrequency = (term: string): number => {
    const posting = postings.get(term);
    if (!posting) return 0;
    const docs = new Set<string>();
    for (const field of unpacked.fields) for (const ref of Object.keys(posting[field] ?? {})) docs.add(ref);
    return docs.size;
  };
  return {
    lunr: lunr.Index.load(unpacked),
    documentFrequency,
    documents: json.documents,
    tokenizer: { fold: json.fold, terms: json.terms },
    synonyms: json.synonyms,
    suggestions: json.suggestions,
  };
}

/** How a query token must appear among a document's terms: as it is, or as the start of a word being typed. */
type Match = 'exact' | 'prefix';

export interface Needle {
  text: string;
  match: Match;
}

/** A word of the query (a glossary term, a segmenter word, letters or digits) and the tokens that prove it is there. */
export interface Unit {
  text: string;
  needles: Needle[];
}

/** One way of reading a query part: as typed, or with a synonym in place of a glossary word. */
export interface Alternative {
  text: string;
  synonym: boolean;
  units: Unit[];
}

/** A run of letters and digits of the query, between spaces or punctuation. */
export interface QueryPart {
  alternatives: Alternative[];
}

export interface QueryPlan {
  parts: QueryPart[];
  /** Normalised strings to mark in snippets. */
  highlights: string[];
}

/** Longer queries are cut: nobody types more, and a pasted page must not stall the search box. */
const MAX_QUERY_LENGTH = 80;
const MAX_ALTERNATIVES = 12;
/** Synonyms find documents but weigh less than the word the reader typed. */
const SYNONYM_BOOST = 0.5;
/** A hit must contain at least this share of the query's words. */
const MIN_COVERAGE = 0.5;

const PART = /[\p{L}\p{N}\p{M}]+/gu;
const HAN_RUN = /\p{Script=Han}+/gu;

/**
 * Splits text without glossary terms into units: letter runs, segmenter words, runs of single
 * characters. `glued`: the text borders a glossary term, so a lone character there (的 in 退货的)
 * is a particle of the phrase, not a word to look for.
 */
function plainUnits(text: string, last: boolean, glued: boolean): Unit[] {
  const units: Unit[] = [];
  for (const token of coreTokens(text)) {
    if (token.kind === 'latin') {
      const prefix = last && token.end === text.length;
      units.push({ text: token.text, needles: [{ text: token.text, match: prefix ? 'prefix' : 'exact' }] });
    }
  }
  for (const run of text.matchAll(HAN_RUN)) {
    const chars = [...run[0]];
    if (chars.length === 1) {
      if (!glued) units.push({ text: run[0], needles: [{ text: run[0], match: 'exact' }] });
      continue;
    }
    let singles = '';
    const flush = (): void => {
      if ([...singles].length > 1) units.push(hanUnit(singles)); // a lone character glued to a word proves nothing
      singles = '';
    };
    for (const { segment: word } of segment(run[0])) {
      if ([...word].length === 1) singles += word;
      else {
        flush();
        units.push(hanUnit(word));
      }
    }
    flush();
  }
  return units;
}

function hanUnit(text: string): Unit {
  return { text, needles: coreTokens(text).map((t) => ({ text: t.text, match: 'exact' })) };
}

/** Glossary terms become units of their own; the text between them is split by `plainUnits`. */
function units(text: string, terms: readonly string[], last: boolean): Unit[] {
  const out: Unit[] = [];
  const found = greedyMatches(text, terms);
  let at = 0;
  for (const m of found) {
    if (m.start > at) out.push(...plainUnits(text.slice(at, m.start), false, true));
    out.push({ text: m.text, needles: coreTokens(m.text).map((t) => ({ text: t.text, match: 'exact' })) });
    at = m.start + m.text.length;
  }
  if (at < text.length) out.push(...plainUnits(text.slice(at), last, found.length > 0));
  return out;
}

/** Left to right, the longest of `words` at each position, without overlaps. */
function greedyMatches(text: string, words: readonly string[]): { text: string; start: number }[] {
  const out: { text: string; start: number }[] = [];
  let i = 0;
  while (i < text.length) {
    let best = '';
    for (const w of words) if (w.length > best.length && text.startsWith(w, i)) best = w;
    if (best) {
      out.push({ text: best, start: i });
      i += best.length;
    } else i++;
  }
  return out;
}

/** The part as typed first, then each reading with synonyms from the glossary's groups. */
function alternatives(part: string, synonyms: readonly (readonly string[])[]): { text: string; synonym: boolean }[] {
  const members = synonyms.flat();
  let readings = [''];
  let at = 0;
  for (const m of greedyMatches(part, members)) {
    const between = part.slice(at, m.start);
    const options = [m.text, ...new Set(synonyms.filter((g) => g.includes(m.text)).flat().filter((w) => w !== m.text))];
    readings = readings.flatMap((r) => options.map((o) => r + between + o)).slice(0, MAX_ALTERNATIVES);
    at = m.start + m.text.length;
  }
  return readings.map((r, i) => ({ text: r + part.slice(at), synonym: i > 0 }));
}

/** Reads a query: normalised, cut into parts, each expanded with synonyms and split into units. */
export function planQuery(query: string, index: Pick<SearchIndex, 'tokenizer' | 'synonyms'>): QueryPlan {
  const normalized = normalize([...query].slice(0, MAX_QUERY_LENGTH).join(''), index.tokenizer.fold);
  const matches = [...normalized.matchAll(PART)];
  const parts = matches.map((m, i) => {
    const last = i === matches.length - 1 && m.index + m[0].length === normalized.length;
    return {
      alternatives: alternatives(m[0], index.synonyms).map((a) => ({ ...a, units: units(a.text, index.tokenizer.terms, last) })),
    };
  });
  const highlights = new Set<string>();
  for (const part of parts) {
    for (const alt of part.alternatives) {
      for (const token of coreTokens(alt.text)) highlights.add(token.text); // 通法 too, so all of 沟通法 is marked
      for (const unit of alt.units) for (const n of unit.needles) highlights.add(n.text);
    }
  }
  return { parts: parts.filter((p) => p.alternatives.some((a) => a.units.length > 0)), highlights: [...highlights] };
}

function found(needle: Needle, terms: readonly string[], termSet: ReadonlySet<string>): boolean {
  return needle.match === 'exact' ? termSet.has(needle.text) : terms.some((t) => t.startsWith(needle.text));
}

/**
 * How much a unit counts: its inverse document frequency, so 嫌贵 weighs more than 怎么办 in
 * 顾客嫌贵怎么办. A unit is as rare as its rarest token; a word still being typed counts as common.
 */
function unitWeights(plan: QueryPlan, index: SearchIndex): Map<Unit, number> {
  const n = index.documents.length;
  const weights = new Map<Unit, number>();
  for (const part of plan.parts) {
    for (const alt of part.alternatives) {
      for (const unit of alt.units) {
        if (unit.needles.some((x) => x.match === 'prefix')) {
          weights.set(unit, Math.log(3)); // a word being typed: as if in half of the documents
          continue;
        }
        const present = [unit.text, ...unit.needles.map((x) => x.text)].map((t) => index.documentFrequency(t)).filter((df) => df > 0);
        if (present.length > 0) weights.set(unit, Math.log(1 + n / Math.min(...present)));
      }
    }
  }
  return weights;
}

/**
 * The unit's exact tokens that occur somewhere in the index. A bigram found nowhere (险理 in
 * 运费险理赔, where the segmenter left 险|理|赔 apart) straddles two words and tells documents
 * apart no better than nothing, so it is not asked for.
 */
function presentNeedles(unit: Unit, index: SearchIndex): Needle[] {
  return unit.needles.filter((x) => x.match === 'prefix' || index.documentFrequency(x.text) > 0);
}

/**
 * The share of the query a document contains, from 0 to 1: per part (words between spaces), the
 * reading that fits the document best, its units weighted by rarity; parts count equally. Within
 * a part, a unit that occurs nowhere in the index is left out (no document could have it); a part
 * of which nothing occurs counts as missing.
 */
function coverage(plan: QueryPlan, matchedTerms: readonly string[], weights: ReadonlyMap<Unit, number>, needles: ReadonlyMap<Unit, Needle[]>): number {
  if (plan.parts.length === 0) return 0;
  const termSet = new Set(matchedTerms);
  let total = 0;
  for (const part of plan.parts) {
    let best = 0;
    for (const alt of part.alternatives) {
      let sum = 0;
      let weight = 0;
      for (const unit of alt.units) {
        const w = weights.get(unit);
        const present = needles.get(unit) ?? [];
        if (w === undefined || present.length === 0) continue;
        weight += w;
        if (termSet.has(unit.text)) sum += w;
        else sum += (w * present.filter((n) => found(n, matchedTerms, termSet)).length) / present.length;
      }
      if (weight > 0) best = Math.max(best, sum / weight);
    }
    total += best;
  }
  return total / plan.parts.length;
}

interface Clause {
  term: string;
  boost: number;
  wildcard: number;
}

/** The lunr clauses: every token of every reading, synonyms at a lower boost, a wildcard for a word being typed. */
function clauses(plan: QueryPlan, terms: readonly string[]): Clause[] {
  const byKey = new Map<string, Clause>();
  const add = (term: string, boost: number, wildcard: number): void => {
    const key = `${wildcard}:${term}`;
    const seen = byKey.get(key);
    if (!seen || seen.boost < boost) byKey.set(key, { term, boost, wildcard });
  };
  for (const part of plan.parts) {
    const typed = tokenSpans(part.alternatives[0]?.text ?? '', terms).length;
    for (const alt of part.alternatives) {
      const tokens = tokenSpans(alt.text, terms);
      // A synonym weighs at most half the typed word in total, however many tokens it has (退款 → 退换|换货|退换货).
      const boost = alt.synonym ? (SYNONYM_BOOST * Math.min(1, typed / Math.max(1, tokens.length))) : 1;
      for (const token of tokens) add(token.text, boost, lunr.Query.wildcard.NONE);
      for (const unit of alt.units) {
        for (const n of unit.needles) add(n.text, boost, n.match === 'prefix' ? lunr.Query.wildcard.TRAILING : lunr.Query.wildcard.NONE);
      }
    }
  }
  return [...byKey.values()];
}

export interface SnippetPart {
  text: string;
  /** A matched word, shown highlighted. */
  mark: boolean;
}

export interface SearchHit {
  id: string;
  title: string;
  page?: string;
  module?: string;
  url?: string;
  /** lunr's score: BM25 with the title boost. */
  score: number;
  /** The share of the query's words the document contains, from 0.5 to 1. */
  coverage: number;
  snippet: SnippetPart[];
}

export interface SearchOptions {
  /** Hits to return; 10 by default. */
  limit?: number;
  /** Length of a snippet in characters; 80 by default. */
  snippetLength?: number;
}

/** Searches the index: best hits first, each with a snippet. An empty or unusable query finds nothing. */
export function search(index: SearchIndex, query: string, options: SearchOptions = {}): SearchHit[] {
  const { limit = 10, snippetLength = 80 } = options;
  const plan = planQuery(query, index);
  if (plan.parts.length === 0) return [];
  const terms = index.tokenizer.terms;
  const results = index.lunr.query((q) => {
    for (const c of clauses(plan, terms)) q.term(c.term, { boost: c.boost, wildcard: c.wildcard, usePipeline: false });
  });
  const weights = unitWeights(plan, index);
  const needles = new Map(plan.parts.flatMap((p) => p.alternatives.flatMap((a) => a.units.map((u) => [u, presentNeedles(u, index)] as const))));
  const ranked: { doc: StoredDocument; score: number; coverage: number }[] = [];
  for (const r of results) {
    const doc = index.documents[Number(r.ref)];
    if (!doc) continue;
    const cov = coverage(plan, Object.keys(r.matchData.metadata), weights, needles);
    if (cov >= MIN_COVERAGE) ranked.push({ doc, score: r.score, coverage: cov });
  }
  ranked.sort((a, b) => Math.round(100 * (b.coverage - a.coverage)) || b.score - a.score);
  return spreadPages(ranked, (r) => r.doc.id).slice(0, limit).map(({ doc, score, coverage: cov }) => ({
    id: doc.id,
    title: doc.title,
    ...(doc.page ? { page: doc.page } : {}),
    ...(doc.module ? { module: doc.module } : {}),
    ...(doc.url ? { url: doc.url } : {}),
    score,
    coverage: cov,
    snippet: snippet(doc.text, plan.highlights, index.tokenizer.fold, snippetLength),
  }));
}

/** Hits shown per page before other pages get their turn. */
const HITS_PER_PAGE = 2;

/** Keeps the order but moves a page's third and later sections after every other page's hits. */
function spreadPages<T>(ranked: readonly T[], id: (item: T) => string): T[] {
  const seen = new Map<string, number>();
  const first: T[] = [];
  const later: T[] = [];
  for (const item of ranked) {
    const page = id(item).split('#')[0] ?? '';
    const count = (seen.get(page) ?? 0) + 1;
    seen.set(page, count);
    (count <= HITS_PER_PAGE ? first : later).push(item);
  }
  return [...first, ...later];
}

/** Offsets of every occurrence of the needles, merged where they touch. */
function markIntervals(normalized: string, needles: readonly string[]): [number, number][] {
  const found: [number, number][] = [];
  for (const n of needles) {
    if (!n) continue;
    for (let i = normalized.indexOf(n); i !== -1; i = normalized.indexOf(n, i + 1)) found.push([i, i + n.length]);
  }
  found.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const [s, e] of found) {
    const last = merged[merged.length - 1];
    if (last && s <= last[1]) last[1] = Math.max(last[1], e);
    else merged.push([s, e]);
  }
  return merged;
}

/** Characters shown before the first match of a snippet. */
const SNIPPET_LEAD = 12;

/**
 * A window of `length` characters of `text` around the densest matches of `needles` (normalised
 * strings), as plain parts and marked parts; `…` where the text is cut.
 */
export function snippet(text: string, needles: readonly string[], fold: TokenizerData['fold'], length = 80): SnippetPart[] {
  const norm = normalizeWithOffsets(text, fold);
  const n = norm.text.length;
  const marks = markIntervals(norm.text, needles);
  let start = 0;
  let best = -1;
  for (const [s] of marks) {
    const from = Math.max(0, Math.min(s - SNIPPET_LEAD, n - length));
    const to = from + length;
    let covered = 0;
    for (const [a, b] of marks) covered += Math.max(0, Math.min(b, to) - Math.max(a, from));
    if (covered > best) {
      best = covered;
      start = from;
    }
  }
  const end = Math.min(n, start + length);
  if (end <= start) return text ? [{ text: text.slice(0, length), mark: false }] : [];
  const origStart = norm.from[start] ?? 0;
  const origEnd = norm.to[end - 1] ?? text.length;
  const parts: SnippetPart[] = [];
  let at = origStart;
  for (const [a, b] of marks) {
    const s = Math.max(a, start);
    const e = Math.min(b, end);
    if (e <= s) continue;
    const ms = norm.from[s] ?? at;
    const me = norm.to[e - 1] ?? ms;
    if (ms > at) parts.push({ text: text.slice(at, ms), mark: false });
    if (me > Math.max(ms, at)) parts.push({ text: text.slice(Math.max(ms, at), me), mark: true });
    at = Math.max(at, me);
  }
  if (origEnd > at) parts.push({ text: text.slice(at, origEnd), mark: false });
  if (origStart > 0) parts.unshift({ text: '…', mark: false });
  if (origEnd < text.length) parts.push({ text: '…', mark: false });
  return parts;
}

/**
 * Glossary terms to offer when a search finds nothing: those sharing the most characters with the
 * query, or the glossary's first terms when none does.
 */
export function suggestTerms(index: SearchIndex, query: string, limit = 6): { term: string; url: string }[] {
  const chars = new Set(normalize(query, index.tokenizer.fold).match(/[\p{L}\p{N}]/gu) ?? []);
  const scored = index.suggestions
    .map((s, i) => ({ s, i, shared: [...new Set(normalize(s.term, index.tokenizer.fold))].filter((c) => chars.has(c)).length }))
    .filter((x) => x.shared > 0)
    .sort((a, b) => b.shared - a.shared || a.i - b.i)
    .map((x) => x.s);
  return (scored.length > 0 ? scored : index.suggestions).slice(0, limit);
}
