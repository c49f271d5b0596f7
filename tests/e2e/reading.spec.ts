import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { readLesson } from '../support/content.ts';

/** The lesson the reading journey uses; its quiz answers come from its frontmatter. */
const LESSON_FILE = 'workflow/02-five-step-conversation.mdx';
const LESSON_URL = '/lessons/workflow/five-step-conversation/';
const lesson = readLesson(LESSON_FILE);

async function answerQuiz(page: Page, rightly: boolean) {
  const quiz = page.locator('form.quiz');
  for (const [qi, question] of (lesson.quiz ?? []).entries()) {
    const group = quiz.locator('fieldset').nth(qi);
    for (const [oi, option] of question.options.entries()) {
      const choose = rightly ? option.correct : oi === question.options.findIndex((o) => !o.correct);
      if (choose) await group.getByLabel(option.text, { exact: true }).check();
    }
  }
  await quiz.getByRole('button', { name: '提交答案' }).click();
}

/** Scrolls the quiz into view and waits until it has hydrated. */
async function openQuiz(page: Page) {
  await page.locator('form.quiz').scrollIntoViewIfNeeded();
  await expect(page.locator('form.quiz').getByRole('button', { name: '提交答案' })).toBeEnabled();
}

test.describe('reading a lesson', () => {
  test('home → module → lesson → quiz → reload keeps the answers and completion', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await page.getByRole('link', { name: '服务流程' }).first().click();
    await expect(page).toHaveURL(/\/modules\/workflow\/$/);
    await page.getByRole('link', { name: lesson.title }).click();
    await expect(page).toHaveURL(LESSON_URL);
    await expect(page.getByRole('heading', { level: 1, name: lesson.title })).toBeVisible();

    const total = lesson.quiz?.length ?? 0;
    await openQuiz(page);
    await answerQuiz(page, true);
    await expect(page.locator('form.quiz [role="status"]')).toHaveText(`答对 ${total} / ${total} 题`);

    await page.getByRole('button', { name: '标记为已完成' }).click();
    await expect(page.getByRole('button', { name: /已完成/ })).toHaveAttribute('aria-pressed', 'true');

    await page.reload();
    await page.locator('form.quiz').scrollIntoViewIfNeeded();
    await expect(page.locator('form.quiz [role="status"]')).toHaveText(`答对 ${total} / ${total} 题`);
    await expect(page.getByRole('button', { name: '重新作答' })).toBeVisible();
    await expect(page.getByRole('button', { name: /已完成/ })).toHaveAttribute('aria-pressed', 'true');
    await expect(page.getByRole('navigation', { name: '课程目录' }).locator('[data-done="true"]')).toHaveCount(1);

    await page.goto('/progress/');
    await expect(page.getByText(`答对 ${total} / ${total}`)).toBeVisible();
    await expect(page.getByRole('listitem').filter({ hasText: lesson.title })).toHaveAttribute('data-done', 'true');
  });

  test('a wrong answer shows why, and retry clears it', async ({ page }) => {
    await page.goto(LESSON_URL);
    await openQuiz(page);
    await answerQuiz(page, false);
    const first = lesson.quiz![0]!;
    await expect(page.getByText(first.options.find((o) => o.correct)!.explain)).toBeVisible();
    await expect(page.locator('.quiz-verdict').first()).toHaveText('✗ 回答不正确');
    await page.getByRole('button', { name: '重新作答' }).click();
    await expect(page.locator('form.quiz input:checked')).toHaveCount(0);
  });

  test('unanswered questions are named instead of graded', async ({ page }) => {
    await page.goto(LESSON_URL);
    await openQuiz(page);
    await page.locator('form.quiz').getByRole('button', { name: '提交答案' }).click();
    await expect(page.locator('form.quiz [role="status"]')).toContainText('还有题目没有作答：第 1 题');
  });

  test('checklist ticks persist', async ({ page }) => {
    await page.goto(LESSON_URL);
    const checklist = page.locator('section.checklist').first();
    await checklist.scrollIntoViewIfNeeded();
    const box = checklist.getByRole('checkbox').first();
    await expect(box).toBeEnabled();
    await box.check();
    await expect(checklist.getByRole('status')).toContainText('已完成 1 /');
    await page.reload();
    await page.locator('section.checklist').first().scrollIntoViewIfNeeded();
    await expect(page.locator('section.checklist').first().getByRole('checkbox').first()).toBeChecked();
  });

  test('Preact loads only when an island scrolls into view', async ({ page }) => {
    const scripts: string[] = [];
    page.on('request', (r) => {
      if (r.resourceType() === 'script') scripts.push(r.url());
    });
    await page.goto(LESSON_URL);
    await page.waitForLoadState('networkidle');
    const islandsBefore = scripts.filter((u) => /\/(Quiz|Checklist|client|preact)\.[\w-]+\.js$/.test(u));
    expect(islandsBefore).toEqual([]);
    await page.locator('form.quiz').scrollIntoViewIfNeeded();
    await expect(page.getByRole('button', { name: '提交答案' })).toBeEnabled();
    await expect.poll(() => scripts.some((u) => /\/Quiz\.[\w-]+\.js$/.test(u))).toBe(true);
  });

  test('keyboard only: skip link, mark complete, next lesson', async ({ page }) => {
    await page.goto(LESSON_URL);
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: '跳到正文' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.locator('main')).toBeFocused();

    const button = page.getByRole('button', { name: '标记为已完成' });
    for (let i = 0; i < 200 && !(await button.evaluate((el) => el === document.activeElement)); i++) {
      await page.keyboard.press('Tab');
    }
    await expect(button).toBeFocused();
    const outline = await button.evaluate((el) => getComputedStyle(el).outlineStyle);
    expect(outline).not.toBe('none');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('button', { name: /已完成/ })).toHaveAttribute('aria-pressed', 'true');
  });
});

test.describe('the page tells the reader when storage fails, and keeps what it can', () => {
  test('damaged progress falls back to the last good copy', async ({ page }) => {
    await page.goto(LESSON_URL);
    await page.getByRole('button', { name: '标记为已完成' }).click();
    await page.getByRole('button', { name: /已完成/ }).click();
    await page.getByRole('button', { name: '标记为已完成' }).click();
    await page.evaluate(() => localStorage.setItem('kefu-academy:progress', '{"version":1,"lessons":{'));
    await page.reload();
    await expect(page.locator('#storage-notice')).toContainText('已恢复到上一次完好的副本');
    await page.goto('/progress/');
    await expect(page.getByRole('button', { name: '下载损坏的旧记录' })).toBeVisible();
  });

  test('progress from a newer version is left untouched', async ({ page }) => {
    await page.goto(LESSON_URL);
    await page.evaluate(() => localStorage.setItem('kefu-academy:progress', '{"version":99,"future":true}'));
    await page.reload();
    await expect(page.locator('#storage-notice')).toContainText('来自更新版本');
    await page.getByRole('button', { name: '标记为已完成' }).click();
    expect(await page.evaluate(() => localStorage.getItem('kefu-academy:progress'))).toBe('{"version":99,"future":true}');
  });

  test('storage switched off: reading still works and the page says so', async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new DOMException('The operation is insecure.', 'SecurityError');
        },
      });
    });
    await page.goto(LESSON_URL);
    await expect(page.locator('#storage-notice')).toContainText('禁止了本地存储');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(lesson.title);
  });

  test('a full quota: the change is reported as not saved', async ({ page }) => {
    await page.addInitScript(() => {
      const original = Storage.prototype.setItem;
      Storage.prototype.setItem = function (key: string, value: string) {
        if (key.startsWith('kefu-academy:progress')) throw new DOMException('quota', 'QuotaExceededError');
        return original.call(this, key, value);
      };
    });
    await page.goto(LESSON_URL);
    await page.getByRole('button', { name: '标记为已完成' }).click();
    await expect(page.locator('#storage-notice')).toContainText('存储空间已满');
  });
});

test('export and import a progress backup', async ({ page }) => {
  await page.goto(LESSON_URL);
  await page.getByRole('button', { name: '标记为已完成' }).click();
  await page.goto('/progress/');
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: '导出备份（JSON）' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^kefu-academy-progress-\d{4}-\d{2}-\d{2}\.json$/);
  const file = await download.path();

  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await expect(page.getByText('已完成 0 /')).toBeVisible();
  await page.getByLabel('导入备份').setInputFiles(file);
  await expect(page.getByText('已导入备份')).toBeVisible();
  await expect(page.getByRole('listitem').filter({ hasText: lesson.title })).toHaveAttribute('data-done', 'true');

  await page.getByLabel('导入备份').setInputFiles({ name: 'x.json', mimeType: 'application/json', buffer: Buffer.from('<html>') });
  await expect(page.getByText('不是客服学院的进度备份')).toBeVisible();
});

test.describe('phone @phone', () => {
  test('a lesson fits a 375 px screen without sideways scrolling', async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 740 });
    for (const url of ['/', '/modules/workflow/', LESSON_URL, '/progress/']) {
      await page.goto(url);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, url).toBeLessThanOrEqual(0);
    }
    await page.goto(LESSON_URL);
    await expect(page.getByRole('link', { name: '我的进度' })).toBeVisible();
  });
});

test.describe('accessibility', () => {
  test.use({ expectedProblems: [/status of 404/] });
  for (const url of ['/', '/modules/workflow/', LESSON_URL, '/progress/', '/no-such-page/']) {
    test(`axe finds no violation at any level on ${url}`, async ({ page }) => {
      await page.goto(url);
      await page.waitForLoadState('networkidle');
      const results = await new AxeBuilder({ page }).analyze();
      expect(results.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    });
  }
});
