/**
 * The `test` every end-to-end spec imports: it fails a test on any console error, uncaught
 * exception or Content-Security-Policy violation, so a regression is never silent.
 */
import { expect, test as base } from '@playwright/test';

export const test = base.extend<{ pageProblems: string[]; expectedProblems: RegExp[] }>({
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
