import { expect, test } from './fixtures.ts';
import { onDemand, pageJavaScript, readDist } from '../support/built-site.ts';

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

// The size of each page's JavaScript and CSS is budgeted in budgets.spec.ts with every other page type.

test.describe('built exam pages', () => {
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
