import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { GUIDE_PAGES, guideHref } from '../../src/lib/guide.ts';

const PLAYGROUND = '/authoring/playground/';

/** A criterion of the playground's lists, by its label. */
const criterion = (page: Page, label: string): Locator => page.locator('.pg-criterion').filter({ hasText: label });
const status = (item: Locator): Locator => item.locator('.pg-status');

/** Opens the playground and waits until Preact has taken over its controls. */
async function openPlayground(page: Page, query = ''): Promise<void> {
  await page.goto(`${PLAYGROUND}${query}`);
  await expect(page.locator('.pg[data-ready="true"]')).toBeVisible();
}

async function openSizeAdvice(page: Page): Promise<void> {
  await openPlayground(page);
  await page.getByLabel('场景', { exact: true }).selectOption('size-advice');
  await expect(page.getByLabel('这一轮', { exact: true })).toHaveValue('ask-size');
}

test.describe('rubric playground: scenarios load when picked', () => {
  test.use({ expectedProblems: [/status of 503/] });

  test('the page brings one scenario; another is fetched once when picked, and a failed fetch says so and can be retried', async ({ page }) => {
    const fetched: string[] = [];
    page.on('request', (r) => {
      if (r.url().endsWith('.json')) fetched.push(new URL(r.url()).pathname);
    });
    let down = true;
    await page.route('**/authoring/playground/bargaining.json', (route) => (down ? route.fulfill({ status: 503, body: '' }) : route.fallback()));
    await openPlayground(page);
    await expect(page.getByLabel('场景', { exact: true })).toHaveValue('address-change');
    expect(fetched).toEqual([]);

    await page.getByLabel('场景', { exact: true }).selectOption('bargaining');
    await expect(page.getByRole('alert')).toHaveText(/这个场景没有载入，请检查网络后重试。/);
    await expect(page.getByLabel('这一轮', { exact: true })).toHaveCount(0);
    down = false;
    await page.getByRole('button', { name: '重试' }).click();
    await expect(page.getByLabel('这一轮', { exact: true })).toHaveValue('ask-cheaper');
    await expect(page).toHaveURL(/scenario=bargaining&turn=ask-cheaper/);

    await page.getByLabel('场景', { exact: true }).selectOption('size-advice');
    await expect(page.getByLabel('这一轮', { exact: true })).toHaveValue('ask-size');
    await page.getByLabel('场景', { exact: true }).selectOption('bargaining');
    await expect(page.getByLabel('这一轮', { exact: true })).toHaveValue('ask-cheaper');
    expect(fetched).toEqual(['/authoring/playground/bargaining.json', '/authoring/playground/bargaining.json', '/authoring/playground/size-advice.json']);
  });
});

test.describe('rubric playground', () => {
  test('a reply typed through a Chinese IME flips a criterion to 通过 once the characters are committed', async ({ page }) => {
    await openSizeAdvice(page);
    const reply = page.getByLabel('你的回复');
    await reply.click();
    await page.keyboard.insertText('请问您的体重和');
    const askBody = criterion(page, '问清身高和体重');
    await expect(status(askBody)).toHaveText('✗ 未通过');
    await expect(askBody).toContainText('缺少：身高');

    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Input.imeSetComposition', { text: 'shen', selectionStart: 4, selectionEnd: 4 });
    await expect(reply).toHaveValue('请问您的体重和shen');
    // Pinyin in the composition buffer is not a reply yet: nothing is scored on it.
    await expect(page.locator('.pg-text').first()).toHaveText('请问您的体重和');
    await expect(status(askBody)).toHaveText('✗ 未通过');

    await cdp.send('Input.insertText', { text: '身高' });
    await expect(reply).toHaveValue('请问您的体重和身高');
    await expect(status(askBody)).toHaveText('✓ 通过');
    await expect(page.getByRole('status').filter({ hasText: '本轮评分项' })).toHaveText('本轮评分项：通过 2 / 2');
    await expect(page.locator('.pg-reply mark')).toHaveText(['请问（找到）', '体重（找到）', '身高（找到）']);
  });

  test('a Traditional reply is understood and shown as typed', async ({ page }) => {
    await openSizeAdvice(page);
    await page.getByLabel('你的回复').fill('親，請問您的身高體重是多少？');
    await expect(status(criterion(page, '问清身高和体重'))).toHaveText('✓ 通过');
    await expect(status(criterion(page, '用提问引导顾客'))).toHaveText('✓ 通过');
    await expect(page.locator('.pg-text').first()).toHaveText('亲,请问您的身高体重是多少?');
    await expect(page.locator('.pg-reply')).toContainText('身高體重');
  });

  test('a wrong fact and a forbidden word are marked, with the feedback and where the chat goes', async ({ page }) => {
    await openPlayground(page, '?scenario=size-advice&turn=stock-price');
    await expect(page.getByLabel('这一轮', { exact: true })).toHaveValue('stock-price');
    await page.getByLabel('你的回复').fill('XL 有货，这是最好的一款，69 元，今天就能发。');
    const price = criterion(page, '报对价格');
    await expect(status(price)).toHaveText('✗ 未通过');
    await expect(price).toContainText('这款单件 79 元，报价前先核对商品页。');
    await expect(page.locator('.pg-summary')).toContainText('关键项未通过');
    await expect(page.locator('.pg-reply mark.wrong')).toHaveText(['最好（错误）', '69（错误）']);
    await expect(status(criterion(page, '不用广告极限词'))).toHaveText('✗ 未通过');
    await expect(page.getByText('没有分支成立，进入 closing')).toBeVisible();
  });

  test('the model answer passes every criterion of its turn', async ({ page }) => {
    await openSizeAdvice(page);
    await page.getByLabel('这一轮', { exact: true }).selectOption('recommend');
    await page.getByRole('button', { name: '填入参考答案' }).click();
    await expect(page.locator('.pg-summary')).toHaveText('本轮评分项：通过 1 / 1');
    await expect(page).toHaveURL(/scenario=size-advice&turn=recommend/);
  });

  test('keyboard only: choose a scenario and a turn, type, and see the result', async ({ page }) => {
    await openPlayground(page);
    const scenario = page.getByLabel('场景', { exact: true });
    for (let i = 0; i < 60 && !(await scenario.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
    await expect(scenario).toBeFocused();
    expect(await scenario.evaluate((el) => getComputedStyle(el).outlineStyle)).not.toBe('none');
    await scenario.selectOption('size-advice');
    // The scenario loads as it is picked; its turn picker appears when it has.
    await expect(page.getByLabel('这一轮', { exact: true })).toHaveValue('ask-size');
    await page.keyboard.press('Tab');
    await expect(page.getByLabel('这一轮', { exact: true })).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: '填入参考答案' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.locator('.pg-summary')).toHaveText('本轮评分项：通过 2 / 2');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect(page.getByLabel('你的回复')).toHaveValue('');
    await page.keyboard.press('Tab');
    await expect(page.getByLabel('你的回复')).toBeFocused();
    await page.keyboard.type('How tall are you?');
    await expect(status(criterion(page, '用提问引导顾客'))).toHaveText('✓ 通过');
  });

  test('hostile text is shown as text', async ({ page }) => {
    await openSizeAdvice(page);
    await page.getByLabel('你的回复').fill('<img src=x onerror=alert(1)>身高');
    await expect(page.locator('.pg-reply')).toContainText('<img src=x onerror=alert(1)>身高');
    await expect(page.locator('.pg-reply img')).toHaveCount(0);
  });
});

test.describe('authoring guide', () => {
  test('the home page’s trainer card and the footer lead to the guide, and its pages link in order', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('link', { name: /读编写指南/ }).click();
    await expect(page).toHaveURL('/authoring/');
    await expect(page.getByRole('heading', { level: 1, name: '编写指南' })).toBeVisible();
    await expect(page.getByRole('contentinfo').getByRole('link', { name: '培训主管：编写指南' })).toHaveAttribute('href', '/authoring/');
    for (const next of GUIDE_PAGES.slice(1)) {
      await page.getByRole('navigation', { name: '上一页和下一页' }).getByRole('link', { name: new RegExp(next.title) }).click();
      await expect(page.getByRole('heading', { level: 1, name: next.title })).toBeVisible();
      await expect(page.getByRole('navigation', { name: '编写指南目录' }).getByRole('link', { name: next.title })).toHaveAttribute('aria-current', 'page');
    }
  });

  test('examples are rendered by the real components next to their source', async ({ page }) => {
    await page.goto('/authoring/components/');
    const card = page.getByRole('region', { name: '话术卡：问尺码' });
    await expect(card).toBeVisible();
    await expect(card.getByRole('button', { name: '复制话术' })).toBeVisible();
    await expect(page.locator('.example-source pre').filter({ hasText: '<ScriptCard' })).toContainText('title="问尺码"');
    const quiz = page.locator('form.quiz');
    await quiz.scrollIntoViewIfNeeded();
    await expect(quiz.getByRole('button', { name: '提交答案' })).toBeEnabled();
    await quiz.getByLabel('问候并表明身份，再请顾客说出问题').check();
    await quiz.getByRole('button', { name: '提交答案' }).click();
    await expect(quiz.getByRole('status')).toHaveText('答对 1 / 1 题');
  });

  test('field lists come from the schemas, with their descriptions', async ({ page }) => {
    await page.goto('/authoring/scenarios/');
    const patience = page.locator('.field').filter({ has: page.locator('dt code', { hasText: /^patience$/ }) });
    await expect(patience).toContainText('开场耐心，0 到 100');
    await expect(page.locator('.field dt code', { hasText: 'kind: forbidden' })).toBeVisible();
  });

  test('the exam page lists the three section kinds and the fields from the exam schema', async ({ page }) => {
    await page.goto('/authoring/exams/');
    for (const kind of ['typing', 'scenarios', 'quiz']) await expect(page.locator('.field dt code', { hasText: `kind: ${kind}` })).toBeVisible();
    const pool = page.locator('.field').filter({ has: page.locator('dt code', { hasText: /^kind: scenarios$/ }) });
    await expect(pool).toContainText('pool');
    await expect(pool).toContainText('场景池');
    const seed = page.locator('.field').filter({ has: page.locator('dt code', { hasText: /^seed$/ }) });
    await expect(seed).toContainText('批次码');
    await expect(page.getByRole('link', { name: '抽题预览' }).first()).toHaveAttribute('href', '/trainer/draw/');
  });
});

test.describe('phone @phone', () => {
  test('the playground fits a 375 px screen and scores a reply', async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 740 });
    await openSizeAdvice(page);
    await page.getByLabel('你的回复').fill('您好，请问您的身高体重多少？');
    await expect(page.locator('.pg-summary')).toHaveText('本轮评分项：通过 2 / 2');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });

  test('the guide pages fit a 375 px screen', async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 740 });
    for (const guide of GUIDE_PAGES) {
      await page.goto(guideHref(guide.slug));
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, guide.slug).toBeLessThanOrEqual(0);
    }
  });
});

test.describe('authoring accessibility', () => {
  const urls = [...GUIDE_PAGES.map((p) => guideHref(p.slug)), PLAYGROUND];
  for (const url of urls) {
    test(`axe finds no violation on ${url}`, async ({ page }) => {
      await page.goto(url);
      await page.waitForLoadState('networkidle');
      const results = await new AxeBuilder({ page }).analyze();
      expect(results.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    });
  }

  test('axe finds no violation on the playground after typing a reply', async ({ page }) => {
    await openSizeAdvice(page);
    await page.getByLabel('你的回复').fill('这是最好的，身高体重多少？');
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => `${v.id} (${v.impact})`)).toEqual([]);
  });
});
