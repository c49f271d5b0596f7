import { expect, test } from './fixtures.ts';
import { gzipBytes, onDemand, pageJavaScript, readDist, searchDialogFiles } from '../support/built-site.ts';

/** The pages of the exams area, one per kind. */
const PAGES = {
  'exam list': 'exams/index.html',
  exam: 'exams/pre-sales/index.html',
  'typing test': 'typing/index.html',
  'my results': 'results/index.html',
  report: 'results/view/index.html',
  certificate: 'results/certificate/index.html',
  'trainer dashboard': 'trainer/index.html',
  'draw preview': 'trainer/draw/index.html',
} as const;

/**
 * Budgets in gzip bytes for the JavaScript a page runs once its islands have hydrated, and for what
 * it may load on demand (the report and chart.js). React itself is about 60 KB of it.
 */
// chart.js is one chunk shared by the practice report's line chart and the exam report's bar chart.
// About 10 % above the largest measured (2026-11-23: report 64,004 B on demand).
const BUDGET = { withIslands: 120_000, onDemand: 70_000 };

test.describe('built exam pages', () => {
  test('report JavaScript per page type (gzip bytes) and stay within budget', () => {
    // Search loads only when the reader opens it, on any page: not part of a page's own budget.
    const search = searchDialogFiles();
    const rows = Object.entries(PAGES).map(([kind, page]) => {
      const js = pageJavaScript(page);
      return {
        kind,
        eager: gzipBytes(js.eager, js.inline),
        withIslands: gzipBytes(js.withIslands, js.inline),
        onDemand: gzipBytes(onDemand(js.withIslands, search)),
      };
    });
    console.table(rows);
    for (const row of rows) {
      expect(row.withIslands, row.kind).toBeLessThanOrEqual(BUDGET.withIslands);
      expect(row.onDemand, row.kind).toBeLessThanOrEqual(BUDGET.onDemand);
    }
    expect(rows.find((r) => r.kind === 'exam list')?.withIslands).toBeLessThan(5_000);
  });

  test('chart.js loads only on demand (the bundler names its chunk chart.*.js)', () => {
    for (const page of ['exams/pre-sales/index.html', 'results/view/index.html', 'trainer/index.html']) {
      const loaded = pageJavaScript(page).withIslands;
      const withChart = (files: Iterable<string>) => [...files].filter((f) => /(^|\/)chart\.[\w-]+\.js$/.test(f));
      expect(withChart(loaded), page).toEqual([]);
      expect(withChart(onDemand(loaded)).length, page).toBeGreaterThan(0);
    }
  });

  test('no page of the area ships zod classic, opencc or the scenario compiler', () => {
    for (const page of Object.values(PAGES)) {
      const js = pageJavaScript(page);
      for (const file of [...js.withIslands, ...onDemand(js.withIslands)]) {
        const code = readDist(file);
        expect(code, `${page}: ${file}`).not.toMatch(/TSCharacters|ZodEffects|compileScenario|CompileError/);
      }
    }
  });
});
