/**
 * Search quality on the real course: labelled queries (tests/fixtures/search-queries.json) over
 * everything the build indexes (lessons, glossary, practice scenarios, exams). recall@5 must stay at
 * 0.9 or above; MRR and the figures per kind of query are printed with every run. The queries whose
 * answers are all lessons or glossary terms are also run, in the same run, over the index search
 * had before it held scenarios, exams and the search-only vocabulary (lessons and glossary, the
 * glossary's synonyms): the whole site must answer them at least as well.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { collectSearchContent } from '../../../src/search/collect.ts';
import { buildSearchIndex, loadSearchIndex, search, type SearchDocument, type SearchHit, type SearchVocabulary } from '../../../src/search/index.ts';
import { SEARCH_SYNONYMS } from '../../../src/search/vocabulary.ts';
import { projectRoot } from './corpus.ts';

interface Labelled {
  query: string;
  relevant: string[];
  kind: string[];
}

const KINDS = ['simplified', 'traditional', 'synonym', 'two-char', 'single-char', 'split', 'mixed', 'question'] as const;
/** Fewest queries per kind; a kind that is hard to label fairly (one character) needs fewer. */
const MIN_PER_KIND: Record<(typeof KINDS)[number], number> = {
  simplified: 10,
  traditional: 10,
  synonym: 10,
  'two-char': 10,
  'single-char': 2,
  split: 10,
  mixed: 8,
  question: 15,
};

const { queries } = JSON.parse(readFileSync(join(projectRoot, 'tests/fixtures/search-queries.json'), 'utf8')) as { queries: Labelled[] };

const matches = (hit: SearchHit, relevant: string): boolean => hit.id === relevant || hit.id.startsWith(`${relevant}#`);

/** Share of the relevant pages or sections found among the first `k` hits. */
export function recallAt(k: number, hits: readonly SearchHit[], relevant: readonly string[]): number {
  const top = hits.slice(0, k);
  return relevant.filter((r) => top.some((h) => matches(h, r))).length / relevant.length;
}

/** 1 / rank of the first relevant hit, 0 when none is listed. */
export function reciprocalRank(hits: readonly SearchHit[], relevant: readonly string[]): number {
  const i = hits.findIndex((h) => relevant.some((r) => matches(h, r)));
  return i < 0 ? 0 : 1 / (i + 1);
}

const content = collectSearchContent(projectRoot);
const isCourse = (id: string): boolean => id.startsWith('lesson:') || id.startsWith('glossary:');

function run(labelled: readonly Labelled[], documents: readonly SearchDocument[], vocabulary: SearchVocabulary = content.vocabulary) {
  const index = loadSearchIndex(buildSearchIndex(documents, { vocabulary }));
  return labelled.map((q) => {
    const hits = search(index, q.query, { limit: 10 });
    return { ...q, hits, recall: recallAt(5, hits, q.relevant), rr: reciprocalRank(hits, q.relevant) };
  });
}

const results = run(queries, content.documents);
/** The queries answered by lessons and glossary terms alone: over the whole site, over those alone, and as search was before. */
const courseQueries = queries.filter((q) => q.relevant.every(isCourse));
const courseOnSite = results.filter((r) => r.relevant.every(isCourse));
const courseDocuments = content.documents.filter((d) => isCourse(d.id));
const courseAlone = run(courseQueries, courseDocuments);
const glossaryOnly = { terms: content.vocabulary.terms, synonyms: content.vocabulary.synonyms.filter((g) => !SEARCH_SYNONYMS.includes(g)) };
const before = run(courseQueries, courseDocuments, glossaryOnly);

const mean = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
const recall = (rows: readonly { recall: number }[]): number => mean(rows.map((r) => r.recall));
const mrr = (rows: readonly { rr: number }[]): number => mean(rows.map((r) => r.rr));

function row(label: string, rows: typeof results): string {
  return `${label.padEnd(12)} ${String(rows.length).padStart(3)}  recall@5 ${recall(rows).toFixed(3)}  MRR ${mrr(rows).toFixed(3)}`;
}

/** A miss: the query, what is missing from the top five, and the top five. */
function miss(r: (typeof results)[number]): string {
  const top = r.hits.slice(0, 5);
  const missing = r.relevant.filter((id) => !top.some((h) => matches(h, id)));
  return `  missed: ${r.query}  [${missing.join(', ')}]\n          top 5: ${top.map((h) => h.id).join(', ') || '(nothing)'}`;
}

describe('search quality on the real course', () => {
  test('the labelled set covers every kind of query and names documents that exist', () => {
    expect(queries.length).toBeGreaterThanOrEqual(60);
    for (const kind of KINDS) expect(queries.filter((q) => q.kind.includes(kind)).length, kind).toBeGreaterThanOrEqual(MIN_PER_KIND[kind]);
    for (const q of queries) for (const k of q.kind) expect(KINDS, `${q.query}: ${k}`).toContain(k);
    const ids = new Set(content.documents.map((d) => d.id));
    for (const q of queries) {
      expect(q.relevant.length, q.query).toBeGreaterThan(0);
      expect(q.relevant.length, `${q.query}: more right answers than the top five can hold`).toBeLessThanOrEqual(5);
      for (const r of q.relevant) expect(ids.has(r), `${q.query}: ${r}`).toBe(true);
    }
  });

  test('recall@5 is at least 0.9 (MRR and each kind reported)', () => {
    const report = [
      `${content.documents.length} documents, ${queries.length} labelled queries`,
      row('all', results),
      ...KINDS.map((k) => row(k, results.filter((r) => r.kind.includes(k)))),
      row('scenario', results.filter((r) => r.relevant.some((id) => id.startsWith('scenario:')))),
      row('exam', results.filter((r) => r.relevant.some((id) => id.startsWith('exam:')))),
      ...results.filter((r) => r.recall < 1).map(miss),
    ].join('\n');
    console.log(report);
    expect(recall(results), report).toBeGreaterThanOrEqual(0.9);
  });

  test('the whole site answers the lessons\' and glossary\'s queries at least as well as search did before', () => {
    const report = [
      `${courseQueries.length} queries answered by lessons and glossary terms alone`,
      row('before', before),
      row('+ vocabulary', courseAlone),
      row('whole site', courseOnSite),
      // Where a scenario or an exam takes a place from a lesson: the price of indexing them.
      ...courseOnSite.flatMap((r, i) => {
        const alone = courseAlone[i];
        return alone && (r.rr < alone.rr || r.recall < alone.recall)
          ? [`  lower than lessons and glossary alone: ${r.query}  recall ${alone.recall.toFixed(2)} → ${r.recall.toFixed(2)}, rr ${alone.rr.toFixed(2)} → ${r.rr.toFixed(2)}`]
          : [];
      }),
    ].join('\n');
    console.log(report);
    expect(recall(courseOnSite), report).toBeGreaterThanOrEqual(recall(before));
    expect(mrr(courseOnSite), report).toBeGreaterThanOrEqual(mrr(before));
  });

  test('scenarios and exams never reorder the lessons and glossary terms among themselves', () => {
    courseOnSite.forEach((r, i) => {
      const alone = courseAlone[i]?.hits.map((h) => h.id) ?? [];
      const onSite = r.hits.map((h) => h.id).filter((id) => isCourse(id));
      expect(onSite, r.query).toEqual(alone.slice(0, onSite.length));
    });
  });
});
