/**
 * axe at every impact level on every page type, in the states a reader meets (empty and with data,
 * each section of an exam), in the light and the dark colour scheme. The exercise page and the
 * search dialog have their own checks in chat.spec.ts and search.spec.ts.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { readLesson } from '../support/content.ts';
import { submitSection } from '../support/exams.ts';
import { seededAttempt, seededProgress, seedStorage } from '../support/seed.ts';
import { makeResult } from '../unit/result-fixture.ts';
import { GUIDE_PAGES, guideHref, PLAYGROUND_HREF } from '../../src/lib/guide.ts';

const LESSON_ID = 'workflow/five-step-conversation';
const LESSON_URL = `/lessons/${LESSON_ID}/`;
const lesson = readLesson('workflow/02-five-step-conversation.mdx');

async function expectNoViolations(page: Page, what: string): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  const found = results.violations.flatMap((v) => {
    const nodes = v.nodes.map((n) => n.target.join(' '));
    return [`${v.id} (${v.impact}): ${nodes.join(', ')}`];
  });
  expect(found, what).toEqual([]);
}

/** Goes to `url`, waits for the network to settle and checks the page. */
async function check(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.waitForLoadState('networkidle');
  await expectNoViolations(page, url);
}

const json = (name: string, value: unknown) => ({ name, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(value)) });

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`axe, ${colorScheme} colour scheme`, () => {
    test.use({ colorScheme });

    test('reading pages: home, a module, the glossary, 我的进度 while empty', async ({ page }) => {
      for (const url of ['/', '/modules/workflow/', '/glossary/', '/progress/']) await check(page, url);
    });

    test('a lesson with its quiz answered and a checklist ticked', async ({ page }) => {
      await page.goto(LESSON_URL);
      const quiz = page.locator('form.quiz');
      await quiz.scrollIntoViewIfNeeded();
      await expect(quiz.getByRole('button', { name: '提交答案' })).toBeEnabled();
      await expectNoViolations(page, 'lesson before answering');
      for (const [qi, question] of (lesson.quiz ?? []).entries()) {
        const wrong = question.options.findIndex((o) => !o.correct);
        await quiz.locator('fieldset').nth(qi).getByLabel(question.options[wrong]!.text, { exact: true }).check();
      }
      await quiz.getByRole('button', { name: '提交答案' }).click();
      await expect(quiz.locator('.quiz-verdict').first()).toBeVisible();
      const checklist = page.locator('section.checklist').first();
      await checklist.scrollIntoViewIfNeeded();
      await checklist.getByRole('checkbox').first().check();
      await page.getByRole('button', { name: '标记为已完成' }).click();
      await expectNoViolations(page, 'lesson answered');
    });

    test('我的进度 with lessons, practice attempts and exam results', async ({ page }) => {
      const answers = Object.fromEntries((lesson.quiz ?? []).map((q) => [q.id, [q.options.findIndex((o) => o.correct)]]));
      await seedStorage(page, {
        progress: seededProgress(LESSON_ID, answers, lesson.quiz?.length ?? 0, lesson.quiz?.length ?? 1),
        attempts: [seededAttempt('a11y')],
        results: [await makeResult({ pass: true })],
      });
      await page.goto('/progress/');
      await expect(page.getByRole('region', { name: '对练记录', exact: true }).locator('tbody tr')).toHaveCount(1);
      await expectNoViolations(page, '/progress/ with data');
    });

    test('the practice list and a practice report', async ({ page }) => {
      await check(page, '/practice/');
      await seedStorage(page, { attempts: [seededAttempt('report')] });
      await page.goto('/practice/report/?id=report');
      await expect(page.getByRole('region', { name: '成绩概览' })).toBeVisible();
      await page.getByText('图表数据（表格）').click();
      await page.locator('.transcript details summary').first().click();
      await page.waitForLoadState('networkidle');
      await expectNoViolations(page, 'practice report');
    });

    test('an exam: the list, before the start, each kind of section, the report', async ({ page }) => {
      test.setTimeout(120_000);
      await check(page, '/exams/');
      await check(page, '/exams/pre-sales/');
      await page.getByLabel('姓名').fill('无障碍');
      await page.getByRole('button', { name: '开始考试' }).click();
      await expectNoViolations(page, 'start confirmation');
      await page.getByRole('button', { name: '确定开始' }).click();

      await expect(page.getByRole('heading', { level: 2, name: '打字测试' })).toBeFocused();
      await page.getByLabel('在这里输入').fill('亲，您好！');
      await page.getByRole('button', { name: '提交本部分' }).click();
      await expectNoViolations(page, 'typing section, confirming the hand-in');
      await page.getByRole('button', { name: '确定提交' }).click();

      await expect(page.getByRole('heading', { level: 2, name: '模拟接待' })).toBeFocused();
      await expect(page.locator('.chat-log .bubble.customer').first()).toBeVisible({ timeout: 15_000 });
      await expectNoViolations(page, 'scenario section');
      await submitSection(page);

      await expect(page.getByRole('heading', { level: 2, name: '知识题' })).toBeFocused();
      await page.locator('.exam-questions > li').first().locator('input').first().check();
      await page.getByRole('button', { name: '查看考试说明' }).click();
      await expectNoViolations(page, 'quiz section with the instructions shown');
      await submitSection(page, true);

      await expect(page.getByRole('article', { name: /成绩单/ })).toBeVisible();
      await page.waitForLoadState('networkidle');
      await expectNoViolations(page, 'exam report');
    });

    test('the typing test, before and after a round', async ({ page }) => {
      await check(page, '/typing/');
      await page.getByLabel('在这里输入').fill('亲，您好');
      await page.getByRole('button', { name: '完成' }).click();
      await expect(page.getByRole('region', { name: '本次成绩' })).toBeVisible();
      await expectNoViolations(page, 'typing test result');
    });

    test('results: the empty list, the list, a report, a certificate', async ({ page }) => {
      await check(page, '/results/');
      const passed = await makeResult({ pass: true, name: '李明' });
      const failed = await makeResult({ name: '王芳' });
      await seedStorage(page, { results: [passed, failed] });
      await page.reload();
      await expect(page.getByRole('row', { name: /测试考核/ })).toHaveCount(2);
      await expectNoViolations(page, '/results/ with two results');
      await check(page, `/results/view/?id=${passed.id}`);
      await expect(page.getByRole('article', { name: /成绩单/ })).toBeVisible();
      await expectNoViolations(page, 'result view');
      await page.goto(`/results/certificate/?id=${passed.id}`);
      await expect(page.getByRole('heading', { name: '上岗考核合格证书' })).toBeVisible();
      await expectNoViolations(page, 'certificate');
      await check(page, `/results/certificate/?id=${failed.id}`);
      await check(page, '/results/view/?id=no-such-result');
    });

    test('the trainer dashboard empty and with imported results, and the draw preview', async ({ page }) => {
      await check(page, '/trainer/');
      const results = await Promise.all(['甲', '乙', '丙'].map((name, i) => makeResult({ name, chat: i > 0, answer: i > 1, pastes: i === 0 ? 1 : 0 })));
      await page.getByLabel('选择成绩文件').setInputFiles([...results.map((r) => json(`${r.candidate.name}.json`, r)), json('坏文件.json', { format: 'x' })]);
      await expect(page.getByRole('table', { name: /成绩列表/ }).locator('tbody tr')).toHaveCount(3);
      await expect(page.getByRole('img', { name: /总分分布柱状图/ })).toBeVisible();
      await expectNoViolations(page, 'dashboard with results');
      await check(page, '/trainer/draw/');
      await page.getByLabel(/批次码/).fill('一期');
      await expectNoViolations(page, 'draw preview with a batch code');
    });

    test('every authoring guide page and the playground', async ({ page }) => {
      for (const guide of GUIDE_PAGES) await check(page, guideHref(guide.slug));
      await check(page, PLAYGROUND_HREF);
    });

    test.describe('not found', () => {
      test.use({ expectedProblems: [/status of 404/] });
      test('the 404 page', async ({ page }) => {
        await check(page, '/no-such-page/');
      });
    });
  });
}
