import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { answerQuiz, chatWithModelAnswers, compiledScenario, questionPool, readExam, startExam, submitSection, typeIme } from '../support/exams.ts';
import { ExamResultSchema } from '../../src/schemas/exam-result.ts';

const exam = readExam('pre-sales');
const pool = questionPool(exam);
const passage = exam.sections.find((s) => s.kind === 'typing')?.passage ?? '';

async function noAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

const sectionTimer = (page: Page) => page.getByRole('timer', { name: '本部分剩余' });
const seconds = (clock: string): number => clock.split(':').reduce((a, part) => a * 60 + Number(part), 0);

test.describe('taking an exam', () => {
  test('a whole exam typed through the IME: typing, chat, quiz → the report, stored and certified @phone', async ({ page }) => {
    test.setTimeout(120_000);
    await page.goto('/exams/');
    await page.getByRole('link', { name: exam.title }).click();
    await expect(page.getByRole('heading', { name: '考试安排' })).toBeVisible();
    await noAxeViolations(page);

    await startExam(page, '张三', '十二月一期');
    await expect(page.getByRole('heading', { level: 2, name: '打字测试' })).toBeFocused();
    await expect(page.getByRole('heading', { name: '考试安排' })).toBeHidden();
    await expect(sectionTimer(page)).toHaveText(/^0[23]:\d\d$/);
    await noAxeViolations(page);

    const cdp = await page.context().newCDPSession(page);
    await page.getByLabel('在这里输入').focus();
    await typeIme(cdp, passage.replace(/\n/g, ''));
    await expect(page.getByText(/已输入 \d+ 字/)).toContainText(`已输入 ${[...passage.replace(/\s/g, '')].length} 字`);
    await submitSection(page);

    await expect(page.getByRole('heading', { level: 2, name: '模拟接待' })).toBeFocused();
    await expect(page.getByRole('region', { name: /商品与店铺资料/ })).toBeVisible();
    await chatWithModelAnswers(page, cdp, compiledScenario('size-advice'));
    await expect(page.getByText('本部分的对话都已结束，请提交本部分。')).toBeVisible();
    // Exam mode: nothing scored is shown while the exam runs.
    await expect(page.locator('.chat-window').locator('.reply-feedback, mark, .mood, .face, meter')).toHaveCount(0);
    await submitSection(page);

    await expect(page.getByRole('heading', { level: 2, name: '知识题' })).toBeFocused();
    await expect(page.locator('.exam-questions > li')).toHaveCount(10);
    await answerQuiz(page, pool, true);
    await expect(page.getByText('已作答 10 / 10 题')).toBeVisible();
    await submitSection(page, true);

    const report = page.getByRole('article', { name: /成绩单/ });
    await expect(report).toBeVisible();
    await expect(report.getByText('通过 · 金牌')).toBeVisible();
    await expect(report.getByRole('row', { name: /知识题 30%/ })).toContainText('100');
    await expect(page.getByText('成绩已保存到这台设备')).toBeVisible();
    await expect(report.getByRole('img', { name: /各部分得分条形图/ })).toBeVisible();
    await noAxeViolations(page);

    const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('kefu-academy:exam-results') ?? '{}'));
    const result = ExamResultSchema.parse(stored.results[0]);
    expect(result).toMatchObject({ candidate: { name: '张三', employeeId: null }, batch: '十二月一期', passed: true, endReason: 'submitted' });
    expect(result.draw.seed).toBe(`${exam.seed}/十二月一期`);
    expect(result.typing?.accuracy).toBe(1);
    // The first reply went in two messages; the customer read them as one.
    const chat = result.sections.find((section) => section.kind === 'scenarios');
    const first = chat?.kind === 'scenarios' ? chat.attempts[0]?.turns[0] : undefined;
    expect(first?.messages?.map((m) => m.text)).toEqual(['亲，在的～', expect.stringContaining('身高')]);
    expect(first?.reply).toBe(first?.messages?.map((m) => m.text).join('\n'));
    expect(await page.evaluate(() => JSON.parse(localStorage.getItem('kefu-academy:exam-session:pre-sales') ?? '{}').session)).toBeNull();

    await report.getByRole('link', { name: '查看并打印证书' }).click();
    await expect(page.getByRole('heading', { name: '上岗考核合格证书' })).toBeVisible();
    await expect(page.getByText(/张三于 .* 参加「售前客服上岗考核」/)).toBeVisible();
    await expect(page.getByText(result.digest.slice(0, 12))).toBeVisible();
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('button', { name: '打印证书' })).toBeHidden();
    await expect(page.locator('.site-header')).toBeHidden();
    await page.emulateMedia({ media: 'screen' });

    await page.goto('/results/');
    await expect(page.getByRole('row', { name: /售前客服上岗考核/ })).toContainText('通过 · 金牌');
    await noAxeViolations(page);
    await page.getByRole('link', { name: /^查看成绩单（售前客服上岗考核/ }).click();
    await expect(page.getByRole('article', { name: /成绩单/ })).toContainText('张三');
  });

  test('time running out hands in each section and then the exam', async ({ page }) => {
    await page.clock.install();
    await page.goto('/exams/pre-sales/');
    await startExam(page, '李四');
    await page.getByLabel('在这里输入').fill('亲，您好！');
    await page.clock.fastForward('03:05');
    await expect(page.getByRole('heading', { level: 2, name: '模拟接待' })).toBeVisible();
    await expect(page.getByText('打字测试时间到，已自动提交。')).toBeAttached();
    await page.clock.fastForward('30:00');
    const report = page.getByRole('article', { name: /成绩单/ });
    await expect(report).toBeVisible();
    await expect(report.getByRole('row', { name: /打字测试/ })).toContainText('本部分时间到');
    await expect(report.getByRole('row', { name: /模拟接待/ })).toContainText('本部分时间到');
    await expect(report.getByRole('row', { name: /知识题/ })).toContainText('本部分时间到');
    await expect(report.getByText('未通过', { exact: true })).toBeVisible();
  });

  test('a reload resumes the exam: answers kept, the clock not restarted, the reload noted @phone', async ({ page }) => {
    await page.clock.install();
    await page.goto('/exams/pre-sales/');
    await startExam(page, '王五');
    const cdp = await page.context().newCDPSession(page);
    await page.getByLabel('在这里输入').focus();
    await typeIme(cdp, '亲，您好！欢迎光临');
    await submitSection(page);
    await expect(page.getByRole('heading', { level: 2, name: '模拟接待' })).toBeVisible();

    // A reload in the middle of a reply: the chat comes back as it was and goes on (the customer
    // answers after the quiet pause, counted from before the reload).
    const customer = page.locator('.chat-log .bubble.customer');
    await expect(customer).toHaveCount(1, { timeout: 10_000 });
    await page.getByRole('textbox', { name: '回复顾客' }).focus();
    await typeIme(cdp, '亲，在的～');
    await page.keyboard.press('Enter');
    await expect(page.locator('.chat-log .bubble.trainee')).toHaveCount(1);
    await page.reload();
    await expect(page.getByText('已恢复上次的考试进度，计时没有中断。')).toBeVisible();
    await expect(page.locator('.chat-log .bubble.trainee .text')).toHaveText('亲，在的～');
    await expect(customer).toHaveCount(2, { timeout: 15_000 });
    await expect(page.getByRole('textbox', { name: '回复顾客' })).toBeEnabled();

    await page.clock.fastForward('02:00');
    await expect(sectionTimer(page)).toHaveText(/^1[23]:\d\d$/);
    const before = seconds(await sectionTimer(page).innerText());
    await page.reload();
    await expect(page.getByText('已恢复上次的考试进度，计时没有中断。')).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: '模拟接待' })).toBeVisible();
    const after = seconds(await sectionTimer(page).innerText());
    expect(after).toBeLessThanOrEqual(before);
    expect(after).toBeGreaterThan(before - 60);
    const session = await page.evaluate(() => JSON.parse(localStorage.getItem('kefu-academy:exam-session:pre-sales') ?? '{}').session);
    expect(session.typing.typing.text).toBe('亲，您好！欢迎光临');
    expect(session.integrity.map((e: { kind: string }) => e.kind)).toContain('reload');
    const chatLog: { type: string; turn?: string; text?: string }[] = session.chats['size-advice'];
    expect(chatLog.filter((e) => e.type === 'customer')).toHaveLength(2);
    expect(chatLog.filter((e) => e.type === 'send').map((e) => e.text)).toEqual(['亲，在的～']);
    expect(chatLog.some((e) => e.type === 'focus' || e.type === 'blur')).toBe(false);
  });

  test('a paste is blocked and leaving the page is noted, as flags on the result', async ({ page }) => {
    await page.goto('/exams/pre-sales/');
    await startExam(page, '赵六');
    const box = page.getByLabel('在这里输入');
    await box.focus();
    await page.evaluate(() => {
      const data = new DataTransfer();
      data.setData('text/plain', '亲，您好！欢迎光临');
      document.querySelector('textarea')?.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    });
    await expect(page.getByText('考试中不能粘贴，这次粘贴已被拦截并记录。')).toBeVisible();
    await expect(box).toHaveValue('');
    await page.evaluate(() => window.dispatchEvent(new Event('blur')));
    await page.waitForTimeout(1200);
    await page.evaluate(() => window.dispatchEvent(new Event('focus')));
    await submitSection(page);
    await submitSection(page);
    await submitSection(page, true);
    const report = page.getByRole('article', { name: /成绩单/ });
    await expect(report.getByText('粘贴被拦截 1 次（共 9 字）')).toBeVisible();
    await expect(report.getByText(/^离开页面 1 次，共 1 秒$/)).toBeVisible();
  });

  test('storage full during the exam loses nothing answered: the candidate is told and can download', async ({ page }) => {
    await page.goto('/exams/pre-sales/');
    await startExam(page, '孙七');
    const cdp = await page.context().newCDPSession(page);
    await page.getByLabel('在这里输入').focus();
    await typeIme(cdp, '亲，您好！');
    await page.evaluate(() => {
      Storage.prototype.setItem = () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    });
    await typeIme(cdp, '欢迎光临');
    const alert = page.getByRole('alert').filter({ hasText: '答题进度没能保存到本机' });
    await expect(alert).toBeVisible();
    const download = page.waitForEvent('download');
    await alert.getByRole('button', { name: '下载答题记录' }).click();
    const saved = JSON.parse(readFileSync(await (await download).path(), 'utf8'));
    expect(saved.typing.typing.text).toBe('亲，您好！欢迎光临');

    await submitSection(page);
    await submitSection(page);
    await submitSection(page, true);
    const warning = page.getByRole('alert').filter({ hasText: '成绩没能保存到这台设备的浏览器里' });
    await expect(warning).toBeVisible();
    const resultDownload = page.waitForEvent('download');
    await warning.getByRole('button', { name: '下载成绩文件（JSON）' }).click();
    const result = ExamResultSchema.parse(JSON.parse(readFileSync(await (await resultDownload).path(), 'utf8')));
    expect(result.candidate.name).toBe('孙七');
    expect(result.sections[0]?.kind === 'typing' && result.sections[0].typedChars).toBe(9);
  });
});

test.describe('the typing test', () => {
  test('reports 字/分钟 and accuracy against the entry gate, counting only committed characters @phone', async ({ page }) => {
    await page.goto('/typing/');
    await noAxeViolations(page);
    const text = (await page.locator('#passage-text').innerText()).replace(/\s/g, '');
    const cdp = await page.context().newCDPSession(page);
    await page.getByLabel('在这里输入').focus();
    await typeIme(cdp, text.slice(0, -1), 6);
    await page.waitForTimeout(1100);
    await typeIme(cdp, text.slice(-1));
    const result = page.getByRole('region', { name: '本次成绩' });
    await expect(result).toBeVisible();
    await expect(result.getByText('100%')).toBeVisible();
    await expect(result.getByText(/达到上岗线（50 字\/分钟）/)).toBeVisible();
    await noAxeViolations(page);
    await page.getByRole('button', { name: '再练一次' }).click();
    await expect(page.getByLabel('在这里输入')).toHaveValue('');
    await expect(result).toBeHidden();
  });
});

test.describe('phone @phone', () => {
  for (const path of ['/exams/', '/exams/pre-sales/', '/typing/', '/results/', '/trainer/', '/trainer/draw/']) {
    test(`${path} fits the screen without sideways scrolling`, async ({ page }) => {
      await page.goto(path);
      const width = await page.evaluate(() => window.innerWidth);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    });
  }
});
