/**
 * The keyboard alone: an exam from the start form to the report, the typing test and the trainer
 * dashboard, with the focus visible on every element Tab reaches; and no motion for a reader who
 * asked for less of it.
 */
import { readFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { questionPool, readExam } from '../support/exams.ts';
import { makeResult } from '../unit/result-fixture.ts';

/** True when the focused element draws a focus ring (an outline or a box shadow). */
function focusVisible(page: Page): Promise<{ visible: boolean; element: string }> {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return { visible: false, element: 'nothing focused' };
    const style = getComputedStyle(el);
    const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
    const shadow = style.boxShadow !== 'none';
    const name = el.getAttribute('aria-label') ?? el.textContent?.trim().slice(0, 30) ?? '';
    return { visible: outline || shadow, element: `${el.tagName.toLowerCase()} ${name}` };
  });
}

async function expectFocusVisible(page: Page): Promise<void> {
  const { visible, element } = await focusVisible(page);
  expect(visible, `focus ring on ${element}`).toBe(true);
}

/** Presses Tab until `target` has focus, checking the focus ring of every element on the way. */
async function tabTo(page: Page, target: Locator, limit = 60): Promise<void> {
  for (let i = 0; i < limit; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
    // Past the end of the page the focus leaves it for the browser's own controls, then comes back.
    if ((await focusVisible(page)).element !== 'nothing focused') await expectFocusVisible(page);
  }
  await expect(target).toBeFocused();
}

const json = (name: string, value: unknown) => ({ name, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(value)) });

test.describe('keyboard alone', () => {
  test('an exam: start, type, hand in, answer the quiz, hand in, the report', async ({ page }) => {
    test.setTimeout(120_000);
    const pool = questionPool(readExam('pre-sales'));
    await page.goto('/exams/pre-sales/');
    await tabTo(page, page.getByLabel('姓名'));
    await page.keyboard.type('键盘用户');
    await tabTo(page, page.getByRole('button', { name: '开始考试' }));
    await page.keyboard.press('Enter');
    await expect(page.getByRole('button', { name: '确定开始' })).toBeFocused();
    await expectFocusVisible(page);
    // Changing one's mind keeps the keyboard where it was.
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: '再看看' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('button', { name: '开始考试' })).toBeFocused();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');

    await expect(page.getByRole('heading', { level: 2, name: '打字测试' })).toBeFocused();
    await tabTo(page, page.getByLabel('在这里输入'));
    await page.keyboard.type('亲，您好！欢迎光临');
    await expect(page.getByText('已输入 9 字')).toBeVisible();
    await tabTo(page, page.getByRole('button', { name: '提交本部分' }));
    await page.keyboard.press('Enter');
    await expect(page.getByRole('button', { name: '确定提交' })).toBeFocused();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('button', { name: '提交本部分' })).toBeFocused();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');

    await expect(page.getByRole('heading', { level: 2, name: '模拟接待' })).toBeFocused();
    await tabTo(page, page.getByRole('button', { name: '提交本部分' }));
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');

    await expect(page.getByRole('heading', { level: 2, name: '知识题' })).toBeFocused();
    const questions = page.locator('.exam-questions > li');
    const count = await questions.count();
    for (let i = 0; i < count; i++) {
      const item = questions.nth(i);
      const legend = (await item.locator('legend').innerText()).trim().replace(/^\d+\.\s*/, '');
      const question = pool.find((q) => legend.startsWith(q.question));
      if (!question) throw new Error(`question not in the pool: ${legend}`);
      const right = question.options.findIndex((o) => o.correct);
      const first = item.getByRole(question.multiple ? 'checkbox' : 'radio').first();
      await tabTo(page, first);
      if (question.multiple) {
        // Tab moves from box to box; Space ticks the right ones.
        for (const [oi, option] of question.options.entries()) {
          if (option.correct) await page.keyboard.press('Space');
          if (oi < question.options.length - 1) await page.keyboard.press('Tab');
        }
      } else {
        // Arrow keys move through a radio group and choose as they go.
        await page.keyboard.press('Space');
        for (let oi = 0; oi < right; oi++) await page.keyboard.press('ArrowDown');
      }
      await expectFocusVisible(page);
      await expect(item.getByRole(question.multiple ? 'checkbox' : 'radio', { name: question.options[right]!.text, exact: true })).toBeChecked();
    }
    await expect(page.getByText(`已作答 ${count} / ${count} 题`)).toBeVisible();
    await tabTo(page, page.getByRole('button', { name: '交卷' }));
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    const report = page.getByRole('article', { name: /成绩单/ });
    await expect(report).toBeVisible();
    await expect(report.getByRole('row', { name: /知识题/ })).toContainText('100');
  });

  test('the typing test: choose a passage, type, finish, try again', async ({ page }) => {
    await page.goto('/typing/');
    const radios = page.getByRole('radio');
    await tabTo(page, radios.first());
    await page.keyboard.press('ArrowDown');
    await expect(radios.nth(1)).toBeChecked();
    await expectFocusVisible(page);
    const title = await page.locator('#passage-title').innerText();
    expect(await radios.nth(1).evaluate((el) => el.closest('label')?.textContent ?? '')).toContain(title);

    await tabTo(page, page.getByLabel('在这里输入'));
    await page.keyboard.type('亲，您好');
    await tabTo(page, page.getByRole('button', { name: '完成' }));
    await page.keyboard.press('Enter');
    await expect(page.getByRole('region', { name: '本次成绩' })).toBeVisible();
    // The button that was pressed became 再练一次 and kept the focus.
    await expect(page.getByRole('button', { name: '再练一次' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByLabel('在这里输入')).toHaveValue('');
  });

  test('the trainer dashboard: import, sort, filter, export', async ({ page }) => {
    const results = await Promise.all(['甲', '乙', '丙'].map((name, i) => makeResult({ name, chat: i > 0, answer: i > 1, pastes: i === 0 ? 1 : 0 })));
    await page.goto('/trainer/');
    await tabTo(page, page.getByRole('button', { name: '选择成绩文件' }));
    const chooser = page.waitForEvent('filechooser');
    await page.keyboard.press('Enter');
    await (await chooser).setFiles(results.map((r) => json(`${r.candidate.name}.json`, r)));
    const table = page.getByRole('table', { name: /成绩列表/ });
    await expect(table.locator('tbody tr')).toHaveCount(3);
    await expect(page.getByRole('button', { name: '选择成绩文件' })).toBeFocused();

    await tabTo(page, table.getByRole('button', { name: '总分' }));
    await page.keyboard.press('Enter');
    await expect(table.getByRole('columnheader', { name: '总分' })).toHaveAttribute('aria-sort', 'ascending');
    await page.keyboard.press('Enter');
    await expect(table.getByRole('columnheader', { name: '总分' })).toHaveAttribute('aria-sort', 'descending');

    await page.keyboard.press('Shift+Tab');
    await tabTo(page, page.getByLabel('姓名、工号或批次码'));
    await page.keyboard.type('乙');
    await expect(table.locator('tbody tr')).toHaveCount(1);
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Backspace');
    await tabTo(page, page.getByLabel('只看有提醒的'));
    await page.keyboard.press('Space');
    await expect(table.locator('tbody tr')).toHaveCount(1);
    await expect(table.locator('tbody tr')).toContainText('甲');
    await page.keyboard.press('Space');
    await expect(table.locator('tbody tr')).toHaveCount(3);

    await tabTo(page, page.getByRole('button', { name: '导出表格（CSV）' }));
    const download = page.waitForEvent('download');
    await page.keyboard.press('Enter');
    const csv = readFileSync(await (await download).path(), 'utf8');
    expect(csv.trim().split('\r\n')).toHaveLength(4);
  });

  test('Tab shows where the focus is on every page type', async ({ page }) => {
    for (const url of ['/', '/lessons/workflow/five-step-conversation/', '/glossary/', '/practice/', '/exams/', '/typing/', '/results/', '/trainer/draw/', '/authoring/playground/']) {
      await page.goto(url);
      for (let i = 0; i < 25; i++) {
        await page.keyboard.press('Tab');
        const { visible, element } = await focusVisible(page);
        if (element === 'nothing focused') break;
        expect(visible, `${url}: focus ring on ${element}`).toBe(true);
      }
    }
  });
});

test.describe('prefers-reduced-motion', () => {
  /** Elements with a CSS animation or a transition that takes time, and animations running now. */
  function motion(page: Page): Promise<string[]> {
    return page.evaluate(() => {
      const moving: string[] = [];
      for (const el of document.querySelectorAll('*')) {
        const style = getComputedStyle(el);
        const durations = style.transitionDuration.split(',').map((d) => parseFloat(d));
        if (style.animationName !== 'none') moving.push(`${el.tagName.toLowerCase()}.${el.className}: animation ${style.animationName}`);
        if (durations.some((d) => d > 0)) moving.push(`${el.tagName.toLowerCase()}.${el.className}: transition ${style.transitionDuration}`);
      }
      for (const animation of document.getAnimations()) moving.push(`running: ${animation.constructor.name} ${(animation as CSSAnimation).animationName ?? ''}`);
      return moving;
    });
  }

  /** The exercise page while the customer types the first message, the clock stopped there. */
  async function customerTyping(page: Page): Promise<void> {
    const start = new Date('2026-11-23T09:30:00+08:00');
    await page.clock.install({ time: start });
    await page.clock.pauseAt(new Date(start.getTime() + 5_000));
    await page.goto('/practice/size-advice/');
    await expect(page.getByText('对方正在输入…')).toBeVisible();
  }

  test('without the setting the customer’s typing dots move (the check below sees motion)', async ({ page }) => {
    await customerTyping(page);
    expect((await motion(page)).length).toBeGreaterThan(0);
  });

  test.describe('with it', () => {
    test.use({ reducedMotion: 'reduce' });

    test('the customer’s typing dots stand still', async ({ page }) => {
      await customerTyping(page);
      expect(await motion(page)).toEqual([]);
    });

    test('nothing moves on the dashboard with its chart, a lesson, an exam, the typing test', async ({ page }) => {
      const result = await makeResult({ pass: true });
      await page.goto('/trainer/');
      await page.getByLabel('选择成绩文件').setInputFiles([json('r.json', result)]);
      await expect(page.getByRole('img', { name: /总分分布柱状图/ })).toBeVisible();
      expect(await motion(page)).toEqual([]);

      for (const url of ['/', '/lessons/workflow/five-step-conversation/', '/exams/pre-sales/', '/typing/']) {
        await page.goto(url);
        expect(await motion(page), url).toEqual([]);
      }
    });
  });
});
