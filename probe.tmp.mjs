import { chromium, devices } from '@playwright/test';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu'] });
for (const scheme of ['light', 'dark']) {
  const ctx = await browser.newContext({ ...devices['Pixel 7'], viewport: { width: 375, height: 740 }, locale: 'zh-CN', colorScheme: scheme });
  const page = await ctx.newPage();
  for (const path of ['/exams/', '/exams/pre-sales/', '/typing/', '/results/', '/trainer/', '/trainer/draw/', '/progress/']) {
    await page.goto('http://127.0.0.1:4333' + path);
    await page.waitForTimeout(300);
    const w = await page.evaluate(() => document.documentElement.scrollWidth);
    if (w > 375) console.log('overflow', scheme, path, w);
    await page.screenshot({ path: `/tmp/shots/phone-${scheme}${path.replaceAll('/', '_')}.png` });
  }
}
await browser.close();
