/**
 * Querying (browser and Node): the query is tokenised like the documents, its asking words (怎么办,
 * 吗) and particles set aside, expanded with the glossary's synonym groups and run through lunr
 * (BM25 with field boosts). Each hit is then checked for how much of the query it really contains:
 * its score is weighed by the cube of that share, so a document that shares one word with a long
 * query falls far behind one that contains every word, while a heading that names most of the query
 * can still rank above a passing mention of all of it in body text.
 */
import lunr from 'lunr';
import { PRACTICE, SEARCH_INDEX_VERSION, corpusOf, type SearchKind, type SerializedSearchIndex, type StoredDocument } from './format.ts';
import { unpackIndex } from './pack.ts';
import { coreTokens, normalize, normalizeWithOffsets, segment, tokenSpans, type TokenizerData } from './tokenize.ts';

/** One corpus (see `corpusOf`): a lunr index of its documents alone, whose refs are positions in `documents`. */
export interface Corpus {
  lunr: lunr.Index;
  size: number;
  /** How many of its documents contain a term. */
  documentFrequency: (term: string) => number;
}

export interface SearchIndex {
  /** By corpus number; a corpus without documents is absent. */
  corpora: readonly (Corpus | undefined)[];
  documents: readonly StoredDocument[];
  tokenizer: TokenizerData;
  synonyms: readonly (readonly string[])[];
  suggestions: readonly { term: string; url: string }[];
  /** The normalised terms that have a glossary entry (a `term` document) of their own. */
  definitions: ReadonlySet<string>;
}

/** Turns the JSON from `buildSearchIndex` (or search-index.json) into a queryable index. */
export function loadSearchIndex(json: SerializedSearchIndex): SearchIndex {
  if (json.version !== SEARCH_INDEX_VERSION) {
    throw new Error(`搜索索引版本 ${String(json.version)} 与程序版本 ${SEARCH_INDEX_VERSION} 不一致，请重新构建`);
  }
  const refs: number[][] = [];
  json.documents.forEach((d, i) => (refs[corpusOf(d.kind)] ??= []).push(i));
  const corpora = Array.from(refs, (own): Corpus | undefined => {
    if (!own) return undefined;
    const unpacked = unpackIndex(json.lunr, own);
    const postings = new Map(unpacked.invertedIndex);
    const documentFrequency = (term: string): number => {
      const posting = postings.get(term);
      if (!posting) return 0;
      const docs = new Set<string>();
      for (const field of unpacked.fields) for (const ref of Object.keys(posting[field] ?? {})) docs.add(ref);
      return docs.size;
    };
    return { lunr: lunr.Index.load(unpacked), size: own.length, documentFrequency };
  });
  return {
    corpora,
    documents: json.documents,
    tokenizer: { fold: json.fold, terms: json.terms },
    synonyms: json.synonyms,
    suggestions: json.suggestions,
    definitions: new Set(json.documents.filter((d) => d.kind === 'term').map((d) => normalize(d.title, json.fold))),
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
  /**
   * Characters the segmenter left one by one (嫌贵, 发错货): a bigram of them found nowhere in the
   * index straddles two words (险理 in 运费险理赔) and is not asked for. A whole word or glossary
   * term must be there with all of its bigrams.
   */
  loose?: boolean;
}

/** One way of reading a query part: as typed, or with a synonym in place of a glossary word. */
export interface Alternative {
  text: string;
  synonym: boolean;
  units: Unit[];
  /** `text` with the asking words and particles blanked out: what lunr is asked for. */
  matchText: string;
}

/** A run of letters and digits of the query, between spaces or punctuation. */
export interface QueryPart {
  alternatives: Alternative[];
}

export interface QueryPlan {
  parts: QueryPart[];
  /** Normalised strings to mark in snippets, the window placed around them. */
  highlights: string[];
  /** Asking words of the query (怎么办, 吗): marked in snippets, never placing the window. */
  asked: string[];
}

/** Longer queries are cut: nobody types more, and a pasted page must not stall the search box. */
const MAX_QUERY_LENGTH = 80;
const MAX_ALTERNATIVES = 12;
/** Synonyms find documents but weigh less than the word the reader typed. */
const SYNONYM_BOOST = 0.5;
/** A hit must contain at least this share of the query's words. */
const MIN_COVERAGE = 0.5;
/** A hit's score is weighed by its share of the query to this power: ⅔ of the query keeps 30 %. */
const COVERAGE_POWER = 3;
/**
 * A glossary entry the query does not name (its term is not one of the query's words) was found
 * through its one-line definition, which BM25's length normalisation favours over any lesson
 * section; it counts this much, so a passing mention in a definition does not push aside the
 * lessons that teach the word.
 */
const DEFINITION_MENTION = 0.5;
/**
 * A scenario or exam is where a trainee practises what a lesson teaches: where both match as well,
 * the lesson ranks first. Scored against its own corpus, a practice document's BM25 score is not
 * on the lessons' scale either; this weight puts it there. Measured on the labelled queries: at 0.5
 * scenarios take enough top-five places from lessons to bring the lessons' queries below what
 * search scored before it held scenarios; at 0.3 the scenario and exam queries lose recall.
 */
const PRACTICE_WEIGHT = 0.4;

/**
 * Words that ask rather than name what is asked about: in 顾客嫌贵怎么办 the reader wants 嫌贵,
 * and a section that happens to say 怎么办 is no better for it. They are not looked for unless the
 * query has nothing else.
 */
const ASKING = [
  '怎么办', '怎么回', '怎么说', '怎么样', '怎么', '怎样', '咋办', '如何', '什么', '为什么', '为何', '哪些', '哪个', '哪里', '哪儿', '多少',
  '请问', '一下', '不知道', '想知道', '想问',
  // Words that only hold a sentence together, never what it is about.
  '一个', '一些', '几个', '好几', '这个', '那个', '这些', '那些', '我们', '你们', '他们', '自己', '已经', '一直', '还是', '但是',
  '因为', '所以', '如果', '或者', '而且', '然后', '总是', '非常', '其实',
];
/**
 * Endings that turn a statement into a question (返现换好评可以吗): asking, but only at the end;
 * 有没有 and 能不能 inside a query are usually the customer's own question (顾客问有没有货).
 */
const TAG_QUESTIONS = ['可不可以', '行不行', '好不好', '对不对', '可以吗', '行吗', '好吗', '对吗', '是吗', '能吗'];
/** Characters that on their own only hold a sentence together (的, 了, 吗, 要 …): not words to look for. */
const PARTICLES = new Set([...'的了吗呢吧啊呀么嘛哦是在有和与及或就都也还把被让给对向从到跟要想会能该得地着过又很']);

const PART = /[\p{L}\p{N}\p{M}]+/gu;
const HAN = /\p{Script=Han}/u;
const HAN_RUN = /\p{Script=Han}+/gu;

const exact = (text: string): Needle[] => coreTokens(text).map((t) => ({ text: t.text, match: 'exact' }));

/** The units of a part of the query and the spans (offsets in the part) that ask rather than name. */
interface Reading {
  units: Unit[];
  asked: [number, number][];
}

/**
 * Splits text without glossary terms into units: letter runs, segmenter words, runs of single
 * characters (a lone content character such as 码 in 穿什么码 is a unit of its own). Asking words,
 * function words and particles are set aside in `asked`.
 */
function plainUnits(text: string, offset: number, last: boolean, out: Reading): void {
  for (const token of coreTokens(text)) {
    if (token.kind === 'latin') {
      const prefix = last && token.end === text.length;
      out.units.push({ text: token.text, needles: [{ text: token.text, match: prefix ? 'prefix' : 'exact' }] });
    }
  }
  for (const run of text.matchAll(HAN_RUN)) {
    // Asking words are found before segmenting: the segmenter may cut 怎么|办 and leave 办 alone.
    let at = 0;
    for (const m of [...greedyMatches(run[0], ASKING), { text: '', start: run[0].length }]) {
      if (m.start > at) hanUnits(run[0].slice(at, m.start), offset + run.index + at, out);
      if (m.text) out.asked.push([offset + run.index + m.start, offset + run.index + m.start + m.text.length]);
      at = m.start + m.text.length;
    }
  }
}

/** Segmenter words, and runs of the characters it left single; particles are set aside in `asked`. */
function hanUnits(text: string, offset: number, out: Reading): void {
  let singles = '';
  const flush = (): void => {
    if (singles) out.units.push({ text: singles, needles: exact(singles), ...([...singles].length > 1 ? { loose: true } : {}) });
    singles = '';
  };
  for (const { segment: word, index } of segment(text)) {
    const single = [...word].length === 1;
    if (single && PARTICLES.has(word)) {
      flush();
      out.asked.push([offset + index, offset + index + word.length]);
    } else if (single) singles += word;
    else {
      flush();
      out.units.push({ text: word, needles: exact(word) });
    }
  }
  flush();
}

/**
 * Glossary terms become units of their own; the text between them is split by `plainUnits`; a
 * question's ending (可以吗) is set aside. A query made only of asking words (怎么办) is looked for
 * as it is.
 */
function units(whole: string, terms: readonly string[], last: boolean): Reading {
  const out: Reading = { units: [], asked: [] };
  const tag = TAG_QUESTIONS.find((t) => whole.endsWith(t) && whole.length > t.length);
  if (tag) out.asked.push([whole.length - tag.length, whole.length]);
  const text = tag ? whole.slice(0, -tag.length) : whole;
  const found = greedyMatches(text, terms);
  let at = 0;
  for (const m of found) {
    if (m.start > at) plainUnits(text.slice(at, m.start), at, false, out);
    out.units.push({ text: m.text, needles: exact(m.text) });
    at = m.start + m.text.length;
  }
  if (at < text.length) plainUnits(text.slice(at), at, last, out);
  if (out.units.length === 0 && out.asked.length > 0) {
    return { units: out.asked.map(([s, e]) => ({ text: whole.slice(s, e), needles: exact(whole.slice(s, e)) })), asked: [] };
  }
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

/** `text` with the spans blanked out by spaces, so no token crosses or includes them. */
function blank(text: string, spans: readonly [number, number][]): string {
  let out = text;
  for (const [s, e] of spans) out = out.slice(0, s) + ' '.repeat(e - s) + out.slice(e);
  return out;
}

/** Reads a query: normalised, cut into parts, each expanded with synonyms and split into units. */
export function planQuery(query: string, index: Pick<SearchIndex, 'tokenizer' | 'synonyms'>): QueryPlan {
  const normalized = normalize([...query].slice(0, MAX_QUERY_LENGTH).join(''), index.tokenizer.fold);
  const matches = [...normalized.matchAll(PART)];
  const asked = new Set<string>();
  const parts = matches.map((m, i) => {
    const last = i === matches.length - 1 && m.index + m[0].length === normalized.length;
    return {
      alternatives: alternatives(m[0], index.synonyms).map((a) => {
        const reading = units(a.text, index.tokenizer.terms, last);
        for (const [s, e] of reading.asked) for (const t of coreTokens(a.text.slice(s, e))) asked.add(t.text);
        return { ...a, units: reading.units, matchText: blank(a.text, reading.asked) };
      }),
    };
  });
  const highlights = new Set<string>();
  for (const part of parts) {
    for (const alt of part.alternatives) {
      for (const token of coreTokens(alt.matchText)) highlights.add(token.text); // 通法 too, so all of 沟通法 is marked
      for (const unit of alt.units) for (const n of unit.needles) highlights.add(n.text);
    }
  }
  return {
    parts: parts.filter((p) => p.alternatives.some((a) => a.units.length > 0)),
    highlights: [...highlights],
    asked: [...asked].filter((t) => !highlights.has(t)),
  };
}

function found(needle: Needle, terms: readonly string[], termSet: ReadonlySet<string>): boolean {
  return needle.match === 'exact' ? termSet.has(needle.text) : terms.some((t) => t.startsWith(needle.text));
}

/** What decides whether a document holds a unit, and how much the unit counts. */
interface Evidence {
  needles: Needle[];
  weight: number;
  /**
   * Its characters, for a run of single characters or a word the course never uses: found in a
   * document they prove up to `CHARACTERS_SHARE` of the unit (中评 in a section about 中差评).
   */
  chars?: Needle[];
}

/** The most a unit's characters prove of it: all of them found, without the unit itself, hold half. */
const CHARACTERS_SHARE = 0.5;

/**
 * Each unit's evidence. Its weight is its inverse document frequency, so 嫌贵 weighs more than 顾客
 * in 顾客嫌贵; a unit is as rare as its rarest token, and a word still being typed counts as common.
 * - The words of a synonym group weigh the same, so a rare synonym (催单) never outweighs the word
 *   the reader typed (催付) in the share of the query a document covers.
 * - A run of characters the segmenter left single (不招人烦) is looked for by the bigrams of it that
 *   occur somewhere in the index, and weighs only the share of its bigrams that do: one found
 *   nowhere straddles two words (险理 in 运费险理赔) and tells documents apart no better than
 *   nothing. Its characters prove part of it where its bigrams are missing (中评 beside 中差评).
 * - A word or glossary term needs all of its bigrams: 只退 of 只退款 is in no document, so a
 *   document with 退款 alone holds half of it, not all.
 * - A word none of whose tokens occurs anywhere (骂人) is looked for by its characters (骂, 人),
 *   which prove part of it. A unit of which not even a character is found is left out.
 * Rarity and presence are those of one corpus: each corpus's documents are weighed with its own.
 */
function evidence(plan: QueryPlan, index: Pick<SearchIndex, 'synonyms'>, corpus: Corpus): Map<Unit, Evidence> {
  const n = corpus.size;
  const { documentFrequency } = corpus;
  const idf = (df: number): number => Math.log(1 + n / df);
  const out = new Map<Unit, Evidence>();
  for (const part of plan.parts) {
    for (const alt of part.alternatives) {
      for (const unit of alt.units) {
        if (unit.needles.some((x) => x.match === 'prefix')) {
          out.set(unit, { needles: unit.needles, weight: Math.log(3) }); // a word being typed: as if in half of the documents
          continue;
        }
        const group = index.synonyms.find((g) => g.includes(unit.text)) ?? [];
        const present = [unit.text, ...unit.needles.map((x) => x.text), ...group].map(documentFrequency).filter((df) => df > 0);
        const chars = [...new Set(unit.text)].filter((c) => HAN.test(c)).map((c): Needle => ({ text: c, match: 'exact' }));
        if (present.length > 0) {
          const needles = unit.loose ? unit.needles.filter((x) => documentFrequency(x.text) > 0) : unit.needles;
          out.set(unit, { needles, weight: (needles.length / unit.needles.length) * idf(Math.min(...present)), ...(unit.loose ? { chars } : {}) });
          continue;
        }
        const charFrequencies = chars.map((c) => documentFrequency(c.text)).filter((df) => df > 0);
        if (charFrequencies.length > 0) out.set(unit, { needles: [], chars, weight: idf(Math.min(...charFrequencies)) });
      }
    }
  }
  return out;
}

/**
 * The share of the query a document contains, from 0 to 1: per part (words between spaces), the
 * reading that fits the document best, its units weighted by rarity; parts count equally. Within
 * a part, a unit that occurs nowhere in the index is left out (no document could have it); a part
 * of which nothing occurs counts as missing. Characters only add to a document that holds at
 * least one word of the query by its own tokens: 量子力学 finds nothing, however many documents
 * have 量, 子, 力 and 学.
 */
function coverage(plan: QueryPlan, matchedTerms: readonly string[], evidence: ReadonlyMap<Unit, Evidence>): number {
  if (plan.parts.length === 0) return 0;
  const termSet = new Set(matchedTerms);
  const share = (needles: readonly Needle[]): number => (needles.length === 0 ? 0 : needles.filter((x) => found(x, matchedTerms, termSet)).length / needles.length);
  let total = 0;
  let words = false;
  for (const part of plan.parts) {
    let best = 0;
    for (const alt of part.alternatives) {
      let sum = 0;
      let weight = 0;
      for (const unit of alt.units) {
        const e = evidence.get(unit);
        if (!e) continue;
        weight += e.weight;
        const own = termSet.has(unit.text) ? 1 : share(e.needles);
        if (own > 0) words = true;
        sum += e.weight * Math.max(own, CHARACTERS_SHARE * share(e.chars ?? []));
      }
      if (weight > 0) best = Math.max(best, sum / weight);
    }
    total += best;
  }
  return words ? total / plan.parts.length : 0;
}

interface Clause {
  term: string;
  boost: number;
  wildcard: number;
}

/** The lunr clauses: every token of every reading but its asking words, synonyms at a lower boost, a wildcard for a word being typed. */
function clauses(plan: QueryPlan, terms: readonly string[], evidence: ReadonlyMap<Unit, Evidence>): Clause[] {
  const byKey = new Map<string, Clause>();
  const add = (term: string, boost: number, wildcard: number): void => {
    const key = `${wildcard}:${term}`;
    const seen = byKey.get(key);
    if (!seen || seen.boost < boost) byKey.set(key, { term, boost, wildcard });
  };
  for (const part of plan.parts) {
    const typed = tokenSpans(part.alternatives[0]?.matchText ?? '', terms).length;
    for (const alt of part.alternatives) {
      const tokens = tokenSpans(alt.matchText, terms);
      // A synonym weighs at most half the typed word in total, however many tokens it has (退款 → 退换|换货|退换货).
      const boost = alt.synonym ? (SYNONYM_BOOST * Math.min(1, typed / Math.max(1, tokens.length))) : 1;
      for (const token of tokens) add(token.text, boost, lunr.Query.wildcard.NONE);
      for (const unit of alt.units) {
        const e = evidence.get(unit);
        for (const n of [...(e?.needles ?? []), ...(e?.chars ?? [])]) add(n.text, boost, n.match === 'prefix' ? lunr.Query.wildcard.TRAILING : lunr.Query.wildcard.NONE);
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
  kind?: SearchKind;
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
  const ranked: { doc: StoredDocument; score: number; coverage: number }[] = [];
  // Each corpus is its own lunr index, asked with the clauses of its own evidence: searched as if it were alone.
  for (const corpus of index.corpora) {
    if (!corpus) continue;
    const found = evidence(plan, index, corpus);
    const results = corpus.lunr.query((q) => {
      for (const c of clauses(plan, index.tokenizer.terms, found)) q.term(c.term, { boost: c.boost, wildcard: c.wildcard, usePipeline: false });
    });
    for (const r of results) {
      const doc = index.documents[Number(r.ref)];
      if (!doc) continue;
      const cov = coverage(plan, Object.keys(r.matchData.metadata), found);
      if (cov >= MIN_COVERAGE) ranked.push({ doc, score: r.score, coverage: cov });
    }
  }
  const named = new Set<string>();
  for (const part of plan.parts) {
    const typed = part.alternatives[0]?.units.map((u) => u.text) ?? [];
    const own = typed.some((t) => index.definitions.has(t));
    for (const alt of own ? part.alternatives.slice(0, 1) : part.alternatives) for (const u of alt.units) named.add(u.text);
  }
  const rank = (r: (typeof ranked)[number]): number => {
    const mention = r.doc.kind === 'term' && !named.has(normalize(r.doc.title, index.tokenizer.fold)) ? DEFINITION_MENTION : 1;
    const practice = corpusOf(r.doc.kind) === PRACTICE ? PRACTICE_WEIGHT : 1;
    return r.score * mention * practice * r.coverage ** COVERAGE_POWER;
  };
  ranked.sort((a, b) => rank(b) - rank(a));
  return spreadPages(ranked, (r) => r.doc.id).slice(0, limit).map(({ doc, score, coverage: cov }) => ({
    id: doc.id,
    title: doc.title,
    ...(doc.page ? { page: doc.page } : {}),
    ...(doc.module ? { module: doc.module } : {}),
    ...(doc.url ? { url: doc.url } : {}),
    ...(doc.kind ? { kind: doc.kind } : {}),
    score,
    coverage: cov,
    snippet: snippet(doc.text, plan.highlights, index.tokenizer.fold, snippetLength, plan.asked),
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
 * strings), as plain parts and marked parts; `…` where the text is cut. `alsoMarked` (the asking
 * words of a question) are marked inside the window but do not place it.
 */
export function snippet(text: string, needles: readonly string[], fold: TokenizerData['fold'], length = 80, alsoMarked: readonly string[] = []): SnippetPart[] {
  const norm = normalizeWithOffsets(text, fold);
  const n = norm.text.length;
  const placing = markIntervals(norm.text, needles);
  let start = 0;
  let best = -1;
  for (const [s] of placing) {
    const from = Math.max(0, Math.min(s - SNIPPET_LEAD, n - length));
    const to = from + length;
    let covered = 0;
    for (const [a, b] of placing) covered += Math.max(0, Math.min(b, to) - Math.max(a, from));
    if (covered > best) {
      best = covered;
      start = from;
    }
  }
  const marks = alsoMarked.length > 0 ? markIntervals(norm.text, [...needles, ...alsoMarked]) : placing;
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
