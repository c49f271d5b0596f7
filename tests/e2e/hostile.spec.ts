/**
 * Hostile input in the exam and the typing test: a 100,000-character insertion, markup, invisible
 * and direction characters, emoji and control characters, in the answer boxes and in the name the
 * certificate prints; and browser storage edited by hand under a lesson's quiz and checklist and
 * under an exam in progress. Nothing runs, nothing crashes, nothing kept is lost, the reader is
 * told, and the text is shown as text.
 */
import type { CDPSession, Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { readLesson } from '../support/content.ts';
import { startExam, submitSection } from '../support/exams.ts';
import { PROGRESS_KEY, seedStorage } from '../support/seed.ts';
import { makeResult } from '../unit/result-fixture.ts';
import { TYPING_MAX_LENGTH } from '../../src/lib/text-input.ts';

const MARKUP = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>';
const INVISIBLE = '甲\u200B乙\u200D丙\u2060';
const RIGHT_TO_LEFT = '\u202Egpj.exe';
const EMOJI = '👩‍💻😀🇨🇳';
const CONTROL = '\u0001\u0007\u001B[2J';
const HOSTILE = [MARKUP, INVISIBLE, RIGHT_TO_LEFT, EMOJI, CONTROL];
const HUGE = '好'.repeat(100_000);
const SESSION_KEY = 'kefu-academy:exam-session:pre-sales';

/** Fails the test if any of the text ever ran as code: a dialog, or the flag the markup would set. */
async function watchForExecution(page: Page): Promise<() => Promise<void>> {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  return async () => {
    expect(dialogs).toEqual([]);
    expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined();
  };
}

/**
 * Puts `value` under `key` as the next page load begins: after the leaving page has saved (an exam
 * saves on pagehide) and before the new one reads it, as an edit made between two visits would.
 */
async function tamperOnReload(page: Page, key: string, value: string): Promise<void> {
  await page.addInitScript(
    ([k, v]) => {
      if (sessionStorage.getItem('kefu-tampered')) return;
      sessionStorage.setItem('kefu-tampered', '1');
      localStorage.setItem(k, v);
    },
    [key, value] as const,
  );
  await page.reload();
}

/** Inserts text into the focused field the way an input method commits it (exams block paste). */
async function insert(cdp: CDPSession, text: string): Promise<void> {
  await cdp.send('Input.insertText', { text });
}

test.describe('hostile text in the exam', () => {
  test('the typing box takes 100,000 characters cut to its limit, markup and odd characters as text, and keeps them over a reload', async ({ page }) => {
    const executed = await watchForExecution(page);
    await page.goto('/exams/pre-sales/');
    await startExam(page, '王五');
    const box = page.getByLabel('在这里输入');
    const cdp = await page.context().newCDPSession(page);
    await box.focus();
    await insert(cdp, HUGE);
    await expect(page.getByText(`最多只能输入 ${TYPING_MAX_LENGTH} 个字符，超出的部分没有录入。`)).toBeVisible();
    await expect(box).toHaveValue('好'.repeat(TYPING_MAX_LENGTH));

    await box.fill('');
    await expect(page.getByText(/最多只能输入/)).toBeHidden();
    for (const text of HOSTILE) await insert(cdp, text);
    const typed = await box.inputValue();
    for (const text of [MARKUP, INVISIBLE, RIGHT_TO_LEFT, EMOJI]) expect(typed).toContain(text);

    await expect.poll(async () => page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? '{}').session?.typing?.typing?.text, SESSION_KEY)).toBe(typed);
    await page.reload();
    await expect(page.getByLabel('在这里输入')).toHaveValue(typed);

    await submitSection(page);
    await submitSection(page);
    await submitSection(page, true);
    await expect(page.getByRole('article', { name: /成绩单/ }).getByRole('row', { name: /打字测试/ })).toBeVisible();
    await executed();
  });

  test('the name on the start form: cut with a message, cleaned of invisible characters, shown as text on the report, certificate and file name', async ({ page }) => {
    const executed = await watchForExecution(page);
    await page.goto('/exams/pre-sales/');
    const name = page.getByLabel('姓名');
    const cdp = await page.context().newCDPSession(page);
    await name.focus();
    await insert(cdp, HUGE);
    await expect(name).toHaveValue('好'.repeat(40));
    await expect(page.getByText('最多 40 个字符，多出的部分没有录入。')).toBeVisible();

    // Only invisible characters is no name at all.
    await name.fill('');
    await insert(cdp, '\u200B\u202E\u2060');
    await page.getByRole('button', { name: '开始考试' }).click();
    await expect(page.getByText('请填写姓名')).toBeVisible();

    await name.fill('');
    await insert(cdp, `<b>李</b>\u202E\u200B小😀\u0007`);
    await page.getByRole('button', { name: '开始考试' }).click();
    const shown = '<b>李</b>小😀';
    await expect(page.getByRole('group').getByText(shown, { exact: true })).toBeVisible();
    await page.getByRole('button', { name: '确定开始' }).click();
    await submitSection(page);
    await submitSection(page);
    await submitSection(page, true);
    const report = page.getByRole('article', { name: /成绩单/ });
    await expect(report.getByText(shown, { exact: true })).toBeVisible();
    await expect(report.locator('b')).toHaveCount(0);
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: '下载成绩文件（JSON）' }).first().click();
    expect((await download).suggestedFilename()).toMatch(/^成绩-售前客服上岗考核-_b_李_b_小😀-\d{4}-\d\d-\d\d\.json$/);
    await executed();
  });

  test('a certificate prints a stored name as isolated text, whatever it holds', async ({ page }) => {
    const executed = await watchForExecution(page);
    const result = await makeResult({ pass: true, name: `${MARKUP.slice(0, 30)}\u202E` });
    await seedStorage(page, { results: [result] });
    await page.goto(`/results/certificate/?id=${result.id}`);
    const printed = page.locator('.certificate-body bdi');
    await expect(printed).toHaveText(result.candidate.name);
    await expect(page.locator('.certificate img')).toHaveCount(0);
    await expect(page.locator('.certificate-body')).toContainText('参加「测试考核」，总分 100 分，考核合格。');
    await executed();
  });
});

test.describe('hostile text in the typing test', () => {
  test('100,000 characters are cut with a message; odd characters are typed as text and scored', async ({ page }) => {
    const executed = await watchForExecution(page);
    await page.goto('/typing/');
    const box = page.getByLabel('在这里输入');
    const cdp = await page.context().newCDPSession(page);
    await box.focus();
    await insert(cdp, HUGE);
    await expect(page.getByText(`最多只能输入 ${TYPING_MAX_LENGTH} 个字符，超出的部分没有录入。`)).toBeVisible();
    await expect(box).toHaveValue('好'.repeat(TYPING_MAX_LENGTH));
    // Text as long as the passage ends the round, as a finished copy would; the errors are counted.
    await expect(page.getByRole('region', { name: '本次成绩' })).toContainText(/打错、漏打或多打 \d+ 个字/);
    // Thousands of characters in one insertion are not typing: they cannot reach the gate.
    await expect(page.getByRole('region', { name: '本次成绩' })).toContainText('还没达到上岗线');

    await page.getByRole('button', { name: '再练一次' }).click();
    await page.getByLabel('在这里输入').focus();
    for (const text of HOSTILE) await insert(cdp, text);
    expect(await page.getByLabel('在这里输入').inputValue()).toContain(EMOJI);
    await page.getByRole('button', { name: '完成' }).click();
    await expect(page.getByRole('region', { name: '本次成绩' })).toContainText('正确率');
    await executed();
  });
});

test.describe('browser storage edited by hand', () => {
  const LESSON_ID = 'workflow/five-step-conversation';
  const lesson = readLesson('workflow/02-five-step-conversation.mdx');
  const total = lesson.quiz?.length ?? 0;
  const quiz = (answers: string) => `{"answers":${answers},"correct":1,"total":1,"at":"2026-11-01T00:00:00.000Z"}`;
  const copies = {
    'wrong types': `{"version":1,"lessons":{"${LESSON_ID}":{"completedAt":17}},"quizzes":{},"checklists":{"${LESSON_ID}#x":{"ticked":"全部","at":"x"}}}`,
    '__proto__ keys': `{"version":1,"lessons":{},"quizzes":{"__proto__":${quiz('{"q1":[0]}')}},"checklists":{},"__proto__":{"lessons":{}}}`,
    'huge values': `{"version":1,"lessons":{},"quizzes":{"${LESSON_ID}":${quiz(`{"q1":[${'0,'.repeat(100_000)}0]}`)}},"checklists":{"${LESSON_ID}#x":{"ticked":["${'勾'.repeat(1_000_000)}"],"at":"2026-11-01T00:00:00.000Z"}}}`,
  };

  for (const [kind, copy] of Object.entries(copies)) {
    test(`the lesson quiz and checklist: a copy with ${kind} is set aside, the page says so and keeps the last good one`, async ({ page }) => {
      const executed = await watchForExecution(page);
      await page.goto(`/lessons/${LESSON_ID}/`);
      const form = page.locator('form.quiz');
      await form.scrollIntoViewIfNeeded();
      await expect(form.getByRole('button', { name: '提交答案' })).toBeEnabled();
      for (const [qi, question] of (lesson.quiz ?? []).entries()) {
        for (const option of question.options) if (option.correct) await form.locator('fieldset').nth(qi).getByLabel(option.text, { exact: true }).check();
      }
      await form.getByRole('button', { name: '提交答案' }).click();
      await expect(form.getByRole('status')).toHaveText(`答对 ${total} / ${total} 题`);
      // A second save: the quiz's copy becomes the backup.
      const checklist = page.locator('section.checklist').first();
      await checklist.scrollIntoViewIfNeeded();
      await checklist.getByRole('checkbox').first().check();
      await expect(checklist.getByRole('status')).toContainText('已完成 1 /');

      await tamperOnReload(page, PROGRESS_KEY, copy);
      await expect(page.locator('#storage-notice')).toContainText('已恢复到上一次完好的副本');
      await page.locator('form.quiz').scrollIntoViewIfNeeded();
      await expect(page.locator('form.quiz').getByRole('status')).toHaveText(`答对 ${total} / ${total} 题`);
      await page.goto('/progress/');
      await expect(page.getByRole('button', { name: '下载损坏的旧记录' })).toBeVisible();
      await executed();
    });
  }

  const sessionCopies: Record<string, (session: Record<string, unknown>) => string> = {
    'wrong types': (s) => JSON.stringify({ version: 1, session: { ...s, answers: '全选', candidate: { name: 42 } } }),
    '__proto__ keys': (s) => JSON.stringify({ version: 1, session: { ...s, answers: {} } }).replace('"answers":{}', '"answers":{"__proto__":[0]}'),
    'huge values': (s) => JSON.stringify({ version: 1, session: { ...s, typing: { typing: { text: '好'.repeat(1_000_000), events: [] } } } }),
  };

  for (const [kind, edit] of Object.entries(sessionCopies)) {
    test(`an exam in progress: a copy with ${kind} is refused and the exam resumes from the last good one`, async ({ page }) => {
      await page.goto('/exams/pre-sales/');
      await startExam(page, '周九');
      const cdp = await page.context().newCDPSession(page);
      await page.getByLabel('在这里输入').focus();
      await insert(cdp, '亲，您好！');
      const stored = () => page.evaluate((key) => localStorage.getItem(key) ?? '', SESSION_KEY);
      await expect.poll(async () => JSON.parse(await stored()).session.typing.typing?.text).toBe('亲，您好！');
      await insert(cdp, '欢迎光临');
      await expect.poll(async () => JSON.parse(await stored()).session.typing.typing?.text).toBe('亲，您好！欢迎光临');

      const session = JSON.parse(await stored()).session as Record<string, unknown>;
      await tamperOnReload(page, SESSION_KEY, edit(session));
      await expect(page.getByRole('status').filter({ hasText: '本机保存的考试进度已损坏，已恢复到上一次完好的副本' })).toBeVisible();
      await expect(page.getByRole('heading', { level: 2, name: '打字测试' })).toBeVisible();
      await expect(page.getByLabel('在这里输入')).toHaveValue(/^亲，您好！/);
    });
  }

  test('an exam in progress with no good copy: the page says so, offers the damaged copy and starts afresh', async ({ page }) => {
    await seedStorage(page, { raw: { [SESSION_KEY]: '{"version":1,"session":{"exam":' } });
    await page.goto('/exams/pre-sales/');
    const alert = page.getByRole('alert').filter({ hasText: '本机保存的考试进度已损坏，也没有可用的副本' });
    await expect(alert).toBeVisible();
    const download = page.waitForEvent('download');
    await alert.getByRole('button', { name: '下载损坏的记录' }).click();
    expect((await download).suggestedFilename()).toBe('损坏的答题记录-pre-sales.txt');
    await startExam(page, '吴十');
    await expect(page.getByRole('heading', { level: 2, name: '打字测试' })).toBeFocused();
  });
});
