/**
 * Lighthouse (mobile: a mid-range phone on a slow 4G connection, simulated) on the main page
 * types of the built site, with Debian's Chromium or $CHROME_PATH. Goal: 100 for accessibility,
 * best practices and SEO, and at least 95 for performance.
 */
import { existsSync } from 'node:fs';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import type { ReportSection } from './run.ts';
import { npmRun, serve } from './site-server.ts';

const PAGES: [string, string][] = [
  ['home', '/'],
  ['lesson', '/lessons/workflow/five-step-conversation/'],
  ['exercise', '/practice/size-advice/'],
  ['report', '/practice/report/'],
  ['exam', '/exams/pre-sales/'],
  ['dashboard', '/trainer/'],
  ['glossary', '/glossary/'],
  ['playground', '/authoring/playground/'],
];

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const GOALS: Record<(typeof CATEGORIES)[number], number> = { performance: 95, accessibility: 100, 'best-practices': 100, seo: 100 };

export const lighthouseSection: ReportSection = {
  name: 'lighthouse',
  async run() {
    npmRun(process.cwd(), 'build');
    // `PORT=4334 npm run bench -- lighthouse` when several checkouts share the machine.
    const site = await serve('dist', Number(process.env.PORT ?? 4390));
    const chromePath = process.env.CHROME_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
    const chrome = await chromeLauncher.launch({
      chromePath,
      chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
    const rows = [['page', ...CATEGORIES, 'LCP ms', 'TBT ms', 'CLS']];
    let missed = 0;
    try {
      for (const [name, path] of PAGES) {
        const result = await lighthouse(`${site.url}${path}`, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] });
        const lhr = result?.lhr;
        if (!lhr) throw new Error(`Lighthouse returned nothing for ${path}`);
        const scores = CATEGORIES.map((c) => Math.round((lhr.categories[c]?.score ?? 0) * 100));
        scores.forEach((s, i) => {
          if (s < GOALS[CATEGORIES[i]!]) missed++;
        });
        const audit = (id: string): number => lhr.audits[id]?.numericValue ?? Number.NaN;
        rows.push([name, ...scores.map(String), audit('largest-contentful-paint').toFixed(0), audit('total-blocking-time').toFixed(0), audit('cumulative-layout-shift').toFixed(3)]);
      }
    } finally {
      chrome.kill();
      await site.stop();
    }
    return { rows, missed, note: 'Goals: performance ≥ 95; accessibility, best practices and SEO 100. Mobile emulation, simulated slow 4G.' };
  },
};
