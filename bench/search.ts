/**
 * Search benchmark: index size (raw and gzip), load time (JSON.parse + lunr.Index.load) and query
 * latency, for the real content and for a generated course of 1,000 lessons beside the real
 * glossary, scenarios and exams. The generated course is drawn deterministically (seeded PRNG)
 * from the real one: its lessons have the real lessons' numbers of sections and lengths of titles, headings, leads and
 * sections, and its text follows which word comes after which in the real lessons and glossary (a
 * first-order chain over Intl.Segmenter's words and punctuation), so its vocabulary and its
 * bigrams grow like a real course's would.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import { collectSearchContent, pageDocuments, type SearchContent } from '../src/search/collect.ts';
import type { SearchDocument } from '../src/search/format.ts';
import { buildSearchIndex, loadSearchIndex, search, type SearchIndex } from '../src/search/index.ts';

const root = join(import.meta.dirname, '..');
const GENERATED_LESSONS = 1000;
const LOAD_RUNS = 5;
const QUERY_RUNS = 3;

/** mulberry32: a small, fast, seeded PRNG, so every run generates the same course. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The lessons and glossary terms: what generated lessons and sampled queries are drawn from. */
const course = (documents: readonly SearchDocument[]): SearchDocument[] => documents.filter((d) => d.kind === 'lesson' || d.kind === 'term');

/** Words of the real content in reading order (so sampling from it follows their frequencies). */
function wordStream(content: SearchContent): string[] {
  const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });
  const words: string[] = [];
  const texts = [...course(content.documents).flatMap((d) => [d.title, d.body]), ...content.vocabulary.terms.map((t) => t.term), ...content.vocabulary.synonyms.flat()];
  for (const text of texts) for (const s of segmenter.segment(text)) if (s.isWordLike) words.push(s.segment);
  return words;
}

/** The real course's shape: one entry per lesson, section or title, to sample lengths and counts from. */
interface Shape {
  sectionsPerLesson: number[];
  titleLengths: number[];
  leadLengths: number[];
  headingLengths: number[];
  sectionLengths: number[];
}

function shapeOf(documents: readonly SearchDocument[]): Shape {
  const lessons = documents.filter((d) => d.id.startsWith('lesson:'));
  const pages = lessons.filter((d) => !d.id.includes('#'));
  const sections = lessons.filter((d) => d.id.includes('#'));
  const length = (text: string): number => [...text].length;
  return {
    sectionsPerLesson: pages.map((p) => sections.filter((s) => s.id.startsWith(`${p.id}#`)).length),
    titleLengths: pages.map((p) => length(p.title)),
    leadLengths: pages.map((p) => length(p.body)),
    headingLengths: sections.map((s) => length(s.title)),
    sectionLengths: sections.map((s) => length(s.body)),
  };
}

const SENTENCE_END = /^[。！？!?]$/u;

/**
 * A first-order chain over the segments (words and punctuation) of the real texts: `text(n)` walks
 * it from the start of a real sentence for about n characters, ending after a full stop where it can.
 */
function textChain(texts: readonly string[], random: () => number): (length: number) => string {
  const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });
  const next = new Map<string, string[]>();
  const starts: string[] = [];
  for (const text of texts) {
    let previous = '';
    for (const { segment } of segmenter.segment(text.replace(/\s+/g, ' '))) {
      if (!previous || SENTENCE_END.test(previous)) starts.push(segment);
      if (previous) {
        const list = next.get(previous) ?? [];
        list.push(segment);
        next.set(previous, list);
      }
      previous = segment;
    }
  }
  const pick = (list: readonly string[]): string => list[Math.floor(random() * list.length)] ?? '';
  return (length) => {
    let out = '';
    let word = pick(starts);
    while ([...out].length < length) {
      out += word;
      const options = next.get(word);
      word = options ? pick(options) : pick(starts);
    }
    return out.trim();
  };
}

function generatedCourse(content: SearchContent, lessons: number): SearchDocument[] {
  const random = prng(20261123);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const shape = shapeOf(content.documents);
  const text = textChain(
    course(content.documents).flatMap((d) => [d.title, d.body]),
    random,
  );
  const line = (length: number): string => text(length).replace(/[#<>{}]/g, ' ').replace(/\s+/g, ' ');
  const modules = [...new Set(content.documents.flatMap((d) => (d.id.startsWith('lesson:') && d.module ? [d.module] : [])))];
  const generated = Array.from({ length: lessons }, (_, i) => {
    const sections = Array.from({ length: pick(shape.sectionsPerLesson) }, () => `## ${line(pick(shape.headingLengths))}\n\n${line(pick(shape.sectionLengths))}`);
    return pageDocuments({
      id: `lesson:generated/${i}`,
      url: `/lessons/generated/${i}/`,
      title: line(pick(shape.titleLengths)),
      module: pick(modules),
      kind: 'lesson',
      lead: [line(pick(shape.leadLengths))],
      body: sections.join('\n\n'),
    });
  }).flat();
  return [...generated, ...content.documents.filter((d) => d.kind === 'term' || d.kind === 'scenario' || d.kind === 'exam')];
}

/** Queries as trainees type them: the labelled set, glossary terms, single characters, two-character words, Traditional forms. */
function queries(content: SearchContent, words: readonly string[]): string[] {
  const labelled = (JSON.parse(readFileSync(join(root, 'tests/fixtures/search-queries.json'), 'utf8')) as { queries: { query: string }[] }).queries.map((q) => q.query);
  const random = prng(7);
  const sample = (n: number, list: readonly string[]): string[] => Array.from({ length: n }, () => list[Math.floor(random() * list.length)] ?? '');
  const hanWords = words.filter((w) => /^\p{Script=Han}{2,}$/u.test(w));
  return [
    ...labelled,
    ...content.vocabulary.terms.map((t) => t.term),
    ...sample(20, hanWords),
    ...sample(20, hanWords).map((w) => w.slice(0, 1)),
    ...sample(10, hanWords).map((w) => `${w} ${sample(1, hanWords)[0] ?? ''}`),
    '退換貨',
    '首響',
    'COD',
    'DSR评分',
  ];
}

interface Figures {
  corpus: string;
  documents: number;
  raw: number;
  gzip: number;
  buildMs: number;
  loadMs: number;
  latencies: number[];
}

const median = (xs: readonly number[]): number => quantile(xs, 0.5);

function quantile(xs: readonly number[], q: number): number {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
}

function measure(corpus: string, content: SearchContent, queryList: readonly string[]): Figures {
  const started = performance.now();
  const json = JSON.stringify(buildSearchIndex(content.documents, { vocabulary: content.vocabulary }));
  const buildMs = performance.now() - started;

  const loads: number[] = [];
  let index: SearchIndex | undefined;
  for (let i = 0; i < LOAD_RUNS; i++) {
    const t0 = performance.now();
    index = loadSearchIndex(JSON.parse(json));
    loads.push(performance.now() - t0);
  }
  if (!index) throw new Error('index not loaded');

  for (const q of queryList) search(index, q); // warm-up
  const latencies: number[] = [];
  for (let run = 0; run < QUERY_RUNS; run++) {
    for (const q of queryList) {
      const t0 = performance.now();
      search(index, q);
      latencies.push(performance.now() - t0);
    }
  }
  return { corpus, documents: content.documents.length, raw: Buffer.byteLength(json), gzip: gzipSync(json).length, buildMs, loadMs: median(loads), latencies };
}

const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;
const ms = (n: number): string => `${n.toFixed(n < 10 ? 2 : 0)} ms`;

export async function runSearchBench(): Promise<void> {
  const content = collectSearchContent(root);
  const words = wordStream(content);
  const queryList = queries(content, words);
  const generated: SearchContent = { documents: generatedCourse(content, GENERATED_LESSONS), vocabulary: content.vocabulary };
  const lessons = new Set(content.documents.filter((d) => d.id.startsWith('lesson:')).map((d) => d.id.split('#')[0])).size;
  const count = (kind: string): number => content.documents.filter((d) => d.kind === kind).length;
  const real = `real content (${lessons} lessons + ${content.vocabulary.terms.length} terms + ${count('scenario')} scenarios + ${count('exam')} exams)`;

  const rows = [measure(real, content, queryList), measure(`generated (${GENERATED_LESSONS} lessons + the real terms, scenarios and exams)`, generated, queryList)];

  console.log(`\nSearch (Node ${process.version}; ${queryList.length} queries × ${QUERY_RUNS} runs; load = median of ${LOAD_RUNS})\n`);
  console.table(
    rows.map((r) => ({
      corpus: r.corpus,
      documents: r.documents,
      'index raw': kb(r.raw),
      'index gzip': kb(r.gzip),
      build: ms(r.buildMs),
      'load (parse + lunr)': ms(r.loadMs),
    })),
  );
  console.table(
    rows.map((r) => ({
      corpus: r.corpus,
      'query median': ms(median(r.latencies)),
      'query p95': ms(quantile(r.latencies, 0.95)),
      'query max': ms(Math.max(...r.latencies)),
    })),
  );
}
