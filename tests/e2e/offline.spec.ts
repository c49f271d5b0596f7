import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';

test.use({ serviceWorkers: 'allow' });
// The second test redeploys dist/sw.js; nothing else may install the worker meanwhile.
test.describe.configure({ mode: 'serial' });

/** Resolves once the service worker has precached the site and controls the page. */
async function installed(page: Page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
    }
  });
}

test('after the first visit the site works with the network off', async ({ page, context }) => {
  await page.goto('/');
  await installed(page);
  await context.setOffline(true);

  for (const [url, heading] of [
    ['/lessons/workflow/five-step-conversation/', '五步沟通法：每一次对话的骨架'],
    ['/modules/orders/', '订单与发货'],
    ['/glossary/', '术语表'],
    ['/progress/', '我的进度'],
  ] as const) {
    await page.goto(url);
    await expect(page.getByRole('heading', { level: 1 }), url).toHaveText(heading);
  }
  await page.goto('/lessons/workflow/five-step-conversation/');
  await page.getByRole('button', { name: '标记为已完成' }).click();
  await expect(page.getByRole('button', { name: /已完成/ })).toHaveAttribute('aria-pressed', 'true');
});

test('a new deployment is offered to the reader, who switches with one click', async ({ page }) => {
  await page.goto('/');
  await installed(page);
  // A deployment changes the precache manifest in sw.js: the same, as the server sees it.
  const file = join(process.cwd(), 'dist/sw.js');
  const deployed = readFileSync(file, 'utf8');
  writeFileSync(file, `${deployed}\n// the next deployment\n`);
  try {
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
    const notice = page.locator('#update-notice');
    await expect(notice).toBeVisible();
    await expect(notice).toContainText('网站有新版本了');
    const reloaded = page.waitForEvent('load');
    await notice.getByRole('button', { name: '刷新使用新版本' }).click();
    await reloaded;
    await expect(page.locator('#update-notice')).toBeHidden();
  } finally {
    writeFileSync(file, deployed);
  }
});
