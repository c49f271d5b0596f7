import AxeBuilder from '@axe-core/playwright';
import type { APIRequestContext, Page, Request } from '@playwright/test';
import type { SerializedSearchIndex, StoredDocument } from '../../src/search/format.ts';
import { loadSearchIndex, search } from '../../src/search/query.ts';
import { expect, test } from './fixtures.ts';

/**
 * A section of a lesson, read from the built index, so the tests follow the content as it changes:
 * the one with the longest heading (the most distinctive query).
 */
async function lessonSection(request: APIRequestContext): Promise<StoredDocument & { url: string; page: string }> {
  const index = (await (await request.get('/search-index.json')).json()) as SerializedSearchIndex;
  const sections = index.documents.filter((d): d is StoredDocument & { url: string; page: string } => Boolean(d.url?.startsWith('/lessons/') && d.url.includes('#') && d.page));
  const section = sections.sort((a, b) => b.title.length - a.title.length)[0];
  if (!section) throw new Error('the index has no lesson section');
  return section;
}

/** The first document of a kind in the built index (a scenario, an exam). */
async function documentOf(request: APIRequestContext, kind: 'scenario' | 'exam'): Promise<StoredDocument & { url: string }> {
  const index = (await (await request.get('/search-index.json')).json()) as SerializedSearchIndex;
  const doc = index.documents.find((d): d is StoredDocument & { url: string } => d.kind === kind && Boolean(d.url));
  if (!doc) throw new Error(`the index has no ${kind}`);
  return doc;
}

const pageOf = (url: string): string => url.split('#')[0] ?? url;

/** Every request the page makes from now on. */
function recordRequests(page: Page): Request[] {
  const requests: Request[] = [];
  page.on('request', (request) => requests.push(request));
  return requests;
}

const isIndex = (r: Request): boolean => r.url().endsWith('/search-index.json');
const isPreact = (r: Request): boolean => /\/_astro\/(preact|client|signals\.module)\.[^/]*\.js$/.test(r.url());

const dialog = (page: Page) => page.getByRole('dialog', { name: '搜索课程、术语、对练和考试' });
const input = (page: Page) => page.getByRole('combobox', { name: '搜索课程、术语、对练和考试' });
const options = (page: Page) => page.getByRole('listbox', { name: '搜索结果' }).getByRole('option');

test.describe('search', () => {
  test('does not request the index on page load, fetches it once on first open', async ({ page, request }) => {
    const { url } = await lessonSection(request);
    const requests = recordRequests(page);
    await page.goto(pageOf(url));
    await page.waitForLoadState('networkidle');
    expect(requests.filter(isIndex)).toHaveLength(0);
    expect(requests.filter((r) => r.url().includes('search-dialog'))).toHaveLength(0);

    await page.getByRole('button', { name: /搜索/ }).click();
    await expect(input(page)).toBeFocused();
    await input(page).fill('首响');
    await expect(options(page).first()).toBeVisible();
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: /搜索/ }).click();
    await input(page).fill('话术');
    await expect(options(page).first()).toBeVisible();
    expect(requests.filter(isIndex)).toHaveLength(1);
  });

  test('opens with / and closes with Esc, giving focus back', async ({ page }) => {
    await page.goto('/');
    const button = page.getByRole('button', { name: /搜索/ });
    await button.focus();
    await page.keyboard.press('/');
    await expect(dialog(page)).toBeVisible();
    await expect(input(page)).toBeFocused();
    await expect(input(page)).toHaveValue('');
    await page.keyboard.press('Escape');
    await expect(dialog(page)).toBeHidden();
    await expect(button).toBeFocused();
  });

  test('opens with Ctrl+K and ⌘K', async ({ page }) => {
    await page.goto('/');
    await page.keyboard.press('Control+k');
    await expect(dialog(page)).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(dialog(page)).toBeHidden();
    await page.keyboard.press('Meta+k');
    await expect(dialog(page)).toBeVisible();
  });

  test('shows highlighted results; arrow keys and Enter go to the heading', async ({ page, request }) => {
    const section = await lessonSection(request);
    await page.goto('/');
    await page.keyboard.press('/');
    await input(page).fill(section.title);
    await expect(page.getByRole('status')).toHaveText(/找到 \d+ 条结果/);
    const all = options(page);
    const titles = await all.locator('.search-hit-title').allTextContents();
    const position = titles.indexOf(section.title);
    expect(position).toBeGreaterThanOrEqual(0);
    expect(position).toBeLessThan(5);
    const target = all.nth(position);
    await expect(target).toContainText(section.page);
    await expect(target.locator('mark').first()).toBeVisible();

    for (let i = 0; i <= position; i++) await page.keyboard.press('ArrowDown');
    await expect(target).toHaveAttribute('aria-selected', 'true');
    await expect(input(page)).toHaveAttribute('aria-activedescendant', (await target.getAttribute('id')) ?? '');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowUp');
    await expect(target).toHaveAttribute('aria-selected', 'true');
    await page.keyboard.press('Enter');

    await expect(page).toHaveURL((url) => decodeURIComponent(url.pathname + url.hash) === section.url);
    await expect(page.getByRole('heading', { name: section.title })).toBeInViewport();
  });

  test('answers a question the way a trainee types it, without its asking words deciding', async ({ page, request }) => {
    const section = await lessonSection(request);
    await page.goto('/');
    await page.keyboard.press('/');
    await input(page).fill(`${section.title}怎么办`);
    await expect(page.getByRole('status')).toHaveText(/找到 \d+ 条结果/);
    const titles = await options(page).locator('.search-hit-title').allTextContents();
    expect(titles.slice(0, 5)).toContain(section.title);
  });

  for (const [kind, label] of [['scenario', '对练场景'], ['exam', '考试']] as const) {
    test(`finds the first ${kind} of the index by its title, says what it is (${label}) and opens its page`, async ({ page, request }) => {
      const doc = await documentOf(request, kind);
      await page.goto('/');
      await page.keyboard.press('/');
      await input(page).fill(doc.title);
      const hit = options(page).filter({ has: page.locator('.search-hit-title', { hasText: doc.title }) }).first();
      await expect(hit.locator('.search-hit-kind')).toHaveText(label);
      await hit.click();
      await expect(page).toHaveURL((url) => decodeURIComponent(url.pathname) === doc.url);
      await expect(page.getByRole('heading', { level: 1, name: doc.title })).toBeVisible();
    });
  }

  test('says which hits are lessons and which are glossary terms', async ({ page }) => {
    await page.goto('/');
    await page.keyboard.press('/');
    await input(page).fill('首响');
    await expect(options(page).filter({ has: page.locator('.search-hit-title', { hasText: /^首响$/ }) }).locator('.search-hit-kind')).toHaveText('术语');
    await expect(options(page).locator('.search-hit-kind', { hasText: '课程' }).first()).toBeVisible();
  });

  test('finds Simplified text from a Traditional query', async ({ page }) => {
    await page.goto('/');
    await page.keyboard.press('Control+k');
    await input(page).fill('首響');
    await expect(options(page).filter({ hasText: '首响' }).first()).toBeVisible();
    await expect(options(page).first().locator('mark').first()).toHaveText(/首响|首次响应时间/);
  });

  test('searches what an IME commits, not the pinyin being composed', async ({ page }) => {
    await page.goto('/');
    await page.keyboard.press('/');
    await expect(input(page)).toBeFocused();
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Input.imeSetComposition', { text: 'tui', selectionStart: 3, selectionEnd: 3 });
    await expect(input(page)).toHaveValue('tui');
    await expect(options(page)).toHaveCount(0);
    await cdp.send('Input.insertText', { text: '退货' });
    await expect(input(page)).toHaveValue('退货');
    // 退货 is in the synonym group of 退换货 and 退款: the glossary's 售后 mentions both.
    await expect(options(page).filter({ hasText: '售后' }).first()).toBeVisible();
  });

  test('suggests glossary terms when nothing is found', async ({ page }) => {
    await page.goto('/');
    await page.keyboard.press('/');
    await input(page).fill('量子力学');
    await expect(page.getByRole('status')).toHaveText('没有找到与“量子力学”相关的内容。');
    await expect(options(page)).toHaveCount(0);
    await expect(input(page)).toHaveAttribute('aria-expanded', 'false');
    const related = dialog(page).getByRole('link');
    await expect(related.first()).toHaveAttribute('href', /^\/glossary\/#/);
    expect(await related.count()).toBeGreaterThan(0);
  });

  test('shows what the reader typed as text, never as markup', async ({ page }) => {
    await page.goto('/');
    await page.keyboard.press('/');
    await input(page).fill('<img src=x onerror=alert(1)>');
    await expect(page.getByRole('status')).toHaveText('没有找到与“<img src=x onerror=alert(1)>”相关的内容。');
    await expect(dialog(page).locator('img')).toHaveCount(0);
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`has no accessibility violation of any impact when open and showing results (${colorScheme})`, async ({ page, request }) => {
      await page.emulateMedia({ colorScheme });
      await page.goto(pageOf((await lessonSection(request)).url));
      await page.keyboard.press('/');
      // 催付 finds every kind of hit: lessons, a glossary term, a scenario.
      await input(page).fill('催付');
      await expect(options(page).locator('.search-hit-kind', { hasText: '对练场景' }).first()).toBeVisible();
      await page.keyboard.press('ArrowDown'); // a selected result too
      await expect(options(page).first()).toHaveAttribute('aria-selected', 'true');
      const results = await new AxeBuilder({ page }).include('.search-dialog').analyze();
      expect(results.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.map((n) => n.target.join(' ')) }))).toEqual([]);
    });
  }

  test('works from the keyboard alone: open, type, arrow to a result, Esc gives focus back, Enter opens the result', async ({ page, request }) => {
    await page.goto('/');
    const button = page.getByRole('button', { name: /搜索/ });
    // Tab from the top of the page to the header's search button, as a keyboard user would.
    for (let i = 0; i < 20 && !(await button.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
    await expect(button).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(dialog(page)).toBeVisible();
    await expect(input(page)).toBeFocused();
    await page.keyboard.type('改地址');
    await expect(page.getByRole('status')).toHaveText(/找到 \d+ 条结果/);

    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    const second = options(page).nth(1);
    await expect(second).toHaveAttribute('aria-selected', 'true');
    await expect(input(page)).toHaveAttribute('aria-activedescendant', (await second.getAttribute('id')) ?? '');
    await expect(input(page)).toBeFocused(); // the options are chosen from the input, focus never leaves it

    // Tab and Shift+Tab cycle through the dialog's controls (close button, input) and never leave it.
    const close = dialog(page).getByRole('button', { name: '关闭' });
    await page.keyboard.press('Tab');
    await expect(close).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(input(page)).toBeFocused();
    await page.keyboard.press('Shift+Tab');
    await expect(close).toBeFocused();
    await page.keyboard.press('Shift+Tab');
    await expect(input(page)).toBeFocused();
    await expect(options(page).nth(1)).toHaveAttribute('aria-selected', 'true');

    await page.keyboard.press('Escape');
    await expect(dialog(page)).toBeHidden();
    await expect(button).toBeFocused();

    await page.keyboard.press('Enter');
    await expect(input(page)).toBeFocused();
    await expect(input(page)).toHaveValue('改地址');
    await expect(options(page).first()).toBeVisible();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await expect(options(page).nth(1)).toHaveAttribute('aria-selected', 'true');
    // The same search, run in Node over the same index, says where the second hit leads.
    const index = loadSearchIndex((await (await request.get('/search-index.json')).json()) as SerializedSearchIndex);
    const target = search(index, '改地址')[1];
    await expect(options(page).nth(1).locator('.search-hit-title')).toHaveText(target?.title ?? '');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL((url) => decodeURIComponent(url.pathname + url.hash) === target?.url);
  });

  test('a lesson page loads no Preact, before or after search opens', async ({ page, request }) => {
    const { url } = await lessonSection(request);
    const requests = recordRequests(page);
    await page.goto(pageOf(url));
    await page.waitForLoadState('networkidle');
    expect(requests.filter(isPreact).map((r) => r.url())).toEqual([]);
    await page.keyboard.press('/');
    await input(page).fill('首响');
    await expect(options(page).first()).toBeVisible();
    expect(requests.filter(isPreact).map((r) => r.url())).toEqual([]);
  });

  test('fills the screen on a phone and works by touch @phone', async ({ page, request }) => {
    const section = await lessonSection(request);
    await page.goto('/');
    const button = page.getByRole('button', { name: /搜索/ });
    await expect(button).toBeVisible();
    await button.click();
    await expect(dialog(page)).toBeVisible();
    const box = await dialog(page).boundingBox();
    const viewport = page.viewportSize();
    if (!box || !viewport) throw new Error('no layout');
    if (viewport.width <= 640) expect([box.x, box.y, box.width, box.height].map(Math.round)).toEqual([0, 0, viewport.width, viewport.height]);
    else expect(box.width).toBeLessThan(viewport.width);
    await input(page).fill(section.title);
    await options(page).filter({ hasText: section.title }).first().click();
    await expect(page).toHaveURL((url) => decodeURIComponent(url.pathname + url.hash) === section.url);
    await expect(dialog(page)).toBeHidden();
  });

  test('closes with its close button on a phone @phone', async ({ page }) => {
    await page.goto('/');
    const button = page.getByRole('button', { name: /搜索/ });
    await button.click();
    await dialog(page).getByRole('button', { name: '关闭' }).click();
    await expect(dialog(page)).toBeHidden();
    await expect(button).toBeFocused();
  });
});
