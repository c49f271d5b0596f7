/**
 * The `test` every end-to-end spec imports: it fails a test on any console error, uncaught
 * exception or Content-Security-Policy violation, so a regression is never silent; and after each
 * navigation it waits until the page's `client:load` islands have hydrated, so that a test never
 * types into server-rendered HTML that Preact is about to take over (on a busy CI machine that
 * window can last seconds).
 */
import { expect, test as base, type Page } from '@playwright/test';

/** Astro removes `ssr` from an island once it has hydrated. */
async function islandsHydrated(page: Page): Promise<void> {
  await page.waitForFunction(() => !document.querySelector('astro-island[ssr][client="load"]'));
}

export const test = base.extend<{ pageProblems: string[]; expectedProblems: RegExp[] }>({
  page: async ({ page }, use) => {
    const goto = page.goto.bind(page);
    page.goto = async (...args: Parameters<Page['goto']>) => {
      const response = await goto(...args);
      await islandsHydrated(page);
      return response;
    };
    const reload = page.reload.bind(page);
    page.reload = async (...args: Parameters<Page['reload']>) => {
      const response = await reload(...args);
      await islandsHydrated(page);
      return response;
    };
    await use(page);
  },
  /** Problems a test provokes on purpose, such as the 404 of the not-found page. */
  expectedProblems: [[], { option: true }],
  pageProblems: [
    async ({ page, expectedProblems }, use) => {
      const problems: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error') problems.push(`console: ${message.text()}`);
      });
      page.on('pageerror', (error) => problems.push(`exception: ${error.message}`));
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (event) => {
          console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`);
        });
      });
      await use(problems);
      const unexpected = problems.filter((p) => !expectedProblems.some((re) => re.test(p)));
      expect(unexpected, 'console errors, exceptions or CSP violations').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
