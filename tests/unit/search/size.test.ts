/**
 * The search index's size budget. search-index.json is what the dialog fetches the first time a
 * reader opens search, on every page; it is built here exactly as src/pages/search-index.json.ts
 * builds it. Measured at 289,067 bytes gzip (898,951 raw) for 42 lessons, 110 glossary terms,
 * 18 scenarios and 2 exams; the budget leaves about 10 % for the course to grow. Past it, see what
 * grew (`npm run bench:search`) before raising it.
 */
import { gzipSync } from 'node:zlib';
import { expect, test } from 'vitest';
import { collectSearchContent } from '../../../src/search/collect.ts';
import { buildSearchIndex } from '../../../src/search/index.ts';
import { projectRoot } from './corpus.ts';

const GZIP_BUDGET = 318_000;

test('search-index.json stays within its gzip budget', () => {
  const { documents, vocabulary } = collectSearchContent(projectRoot);
  const json = JSON.stringify(buildSearchIndex(documents, { vocabulary }));
  const gzip = gzipSync(json).length;
  const report = `search-index.json: ${Buffer.byteLength(json)} bytes, ${gzip} bytes gzip (budget ${GZIP_BUDGET}), ${documents.length} documents`;
  console.log(report);
  expect(gzip, report).toBeLessThanOrEqual(GZIP_BUDGET);
});
