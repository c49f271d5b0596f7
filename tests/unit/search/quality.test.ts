/**
 * Search quality on labelled queries (tests/fixtures/search-queries.json) over the real content and
 * the fixture corpus together: recall@5 must stay at 0.9 or above; MRR is reported.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { buildSearchIndex, loadSearchIndex, search, type SearchHit } from '../../../src/search/index.ts';
import { evaluationContent, projectRoot } from './corpus.ts';

interface Labelled {
  query: string;
  relevant: string[];
  kind: string[];
}

const { queries } = JSON.parse(readFileSync(join(projectRoot, 'tests/fixtures/search-queries.json'), 'utf8')) as { queries: Labelled[] };

const matches = (hit: SearchHit, relevant: string): boolean => hit.id === relevant || hit.id.startsWith(`${relevant}#`);
const targetsRealContent = (q: Labelled): boolean => q.relevant.some((id) => !id.startsWith('fixture:'));

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

const content = evaluationContent();
const index = loadSearchIndex(buildSearchIndex(content.documents, { vocabulary: content.vocabulary }));
const results = queries.map((q) => {
  const hits = search(index, q.query, { limit: 10 });
  return { ...q, hits, recall: recallAt(5, hits, q.relevant), rr: reciprocalRank(hits, q.relevant) };
});

const mean = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);

function row(label: string, rows: typeof results): string {
  return `${label.padEnd(12)} ${String(rows.length).padStart(3)}  recall@5 ${mean(rows.map((r) => r.recall)).toFixed(3)}  MRR ${mean(rows.map((r) => r.rr)).toFixed(3)}`;
}

describe('search quality', () => {
  test('the labelled set covers every kind of query', () => {
    expect(queries.length).toBeGreaterThanOrEqual(40);
    for (const kind of ['simplified', 'traditional', 'synonym', 'two-char', 'split', 'mixed', 'question']) {
      expect(queries.filter((q) => q.kind.includes(kind)).length, kind).toBeGreaterThanOrEqual(5);
    }
    const ids = new Set(content.documents.map((d) => d.id));
    for (const q of queries) for (const r of q.relevant) expect([...ids].some((id) => id === r || id.startsWith(`${r}#`)), r).toBe(true);
  });

  test('recall@5 is at least 0.9', () => {
    const kinds = [...new Set(queries.flatMap((q) => q.kind))].sort();
    const report = [
      `${content.documents.length} documents, ${queries.length} labelled queries`,
      row('all', results),
      row('real', results.filter(targetsRealContent)),
      row('fixture', results.filter((r) => !targetsRealContent(r))),
      ...kinds.map((k) => row(k, results.filter((r) => r.kind.includes(k)))),
      ...results.filter((r) => r.recall < 1).map((r) => `  missed: ${r.query} → ${r.hits.slice(0, 5).map((h) => h.id).join(', ') || '(nothing)'}`),
    ].join('\n');
    console.log(report);
    expect(mean(results.map((r) => r.recall)), report).toBeGreaterThanOrEqual(0.9);
  });
});
