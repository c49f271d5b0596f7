/**
 * The chat window, the practice pages and the report in Chromium: a whole scenario typed through
 * the IME emulation on Playwright's clock, the CLI scoring the stored log to the same result,
 * a customer who gives up, hostile input, the phone, the keyboard alone, axe, and the exercise
 * page's JavaScript budget.
 */
import AxeBuilder from '@axe-core/playwright';
import type { CDPSession, Locator, Page } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { QUIET_MS } from '../../src/engine/conversation.ts';
import { countChars } from '../../src/engine/typing.ts';
import { durationText, oneDecimal } from '../../src/lib/chat-format.ts';
import type { StoredAttempt } from '../../src/schemas/attempt.ts';
import { TranscriptSchema } from '../../src/schemas/transcript.ts';
import { ATTEMPT_PREFIX, DAMAGED_ATTEMPT_PREFIX, LEGACY_ATTEMPTS_KEY, attemptKey } from '../../src/storage/attempt-save.ts';
import { gzipBytes, isPreactChunk, onDemand, pageJavaScript, readDist, searchDialogFiles } from '../support/built-site.ts';
import { compiledScenario } from '../support/content.ts';
import { seededAttempt } from '../support/seed.ts';
import { expect, test } from './fixtures.ts';

const SLUG = 'size-advice';
const EXERCISE = `/practice/${SLUG}/`;
const REPORT = '/practice/report/';
/** Text only chart.js's bundle contains (one of its error messages). */
const CHART_JS = 'Canvas is already in use';
const START = new Date('2026-11-23T09:30:00+08:00');
/** Where the test stops the clock: a little after it was installed, which must not be in the past. */
const PAUSE = new Date(START.getTime() + 5_000);
/** Time between two keystrokes of the simulated trainee: about 70 字/分钟 with the pinyin below. */
const STEP = 250;

/** One thing the trainee does: an IME composition committed as `text`, plain keys, or Shift+Enter. */
type Action = { ime: string; text: string } | { keys: string } | { newline: true };

const ime = (pinyin: string, text: string): Action => ({ ime: pinyin, text });
const keys = (text: string): Action => ({ keys: text });
const NEWLINE: Action = { newline: true };

/** size-advice answered well, except the last reply, which forgets to offer more help (offer-more fails). */
const REPLIES: Action[][] = [
  [ime('qin', '亲，'), ime('ninhao', '您好！'), ime('qingwen', '请问'), ime('ninde', '您的'), ime('shengao', '身高'), ime('he', '和'), ime('tizhong', '体重'), ime('shiduoshao', '是多少？')],
  [ime('an', '按'), ime('chimabiao', '尺码表'), ime('tuijian', '推荐'), ime('ninpai', '您拍'), keys('XL'), ime('ma', '码，'), ime('kuansong', '宽松'), ime('heshen', '合身。')],
  [keys('XL'), ime('mayouhuo', '码有货，'), keys('79'), ime('yuanyijian', '元一件。'), NEWLINE, ime('jintianxiawu', '今天下午'), keys('4'), ime('dianqianfukuan', '点前付款'), ime('dangtianfa', '当天发。')],
  [ime('haode', '好的，'), ime('ganxie', '感谢'), ime('ninde', '您的'), ime('zhichi', '支持！')],
];

const textOf = (actions: readonly Action[]): string => actions.map((a) => ('ime' in a ? a.text : 'keys' in a ? a.keys : '\n')).join('');
/** Each action is followed by STEP ms; an IME composition takes one step per pinyin letter more. */
const typingMsOf = (actions: readonly Action[]): number => actions.reduce((ms, a) => ms + STEP * ('ime' in a ? a.ime.length + 1 : 1), 0);

/** The practice chat on Playwright's clock: time moves only when the test says so. */
class Chat {
  readonly page: Page;
  private readonly cdp: CDPSession;

  private constructor(page: Page, cdp: CDPSession) {
    this.page = page;
    this.cdp = cdp;
  }

  static async open(page: Page, url = EXERCISE): Promise<Chat> {
    await page.clock.install({ time: START });
    await page.clock.pauseAt(PAUSE);
    await page.goto(url);
    const chat = new Chat(page, await page.context().newCDPSession(page));
    await expect(chat.box).toBeVisible();
    return chat;
  }

  get box(): Locator {
    return this.page.getByRole('textbox', { name: '回复顾客' });
  }

  get customerBubbles(): Locator {
    return this.page.locator('.chat-log .bubble.customer');
  }

  get replyBubbles(): Locator {
    return this.page.locator('.chat-log .bubble.trainee');
  }

  /** Lets the customer "type" until their n-th message is shown (at most 100 ms after it appeared). */
  async waitForCustomer(n: number): Promise<void> {
    for (let waited = 0; waited <= 8_000; waited += 100) {
      if ((await this.customerBubbles.count()) >= n) return;
      await this.page.clock.runFor(100);
    }
    throw new Error(`顾客的第 ${n} 条消息没有出现`);
  }

  /** Types a reply action by action, STEP ms apart, like a trainee with a pinyin IME. */
  async type(actions: readonly Action[]): Promise<void> {
    await this.box.focus();
    for (const a of actions) {
      if ('ime' in a) {
        for (let i = 1; i <= a.ime.length; i++) {
          await this.cdp.send('Input.imeSetComposition', { text: a.ime.slice(0, i), selectionStart: i, selectionEnd: i });
          await this.page.clock.runFor(STEP);
        }
        await this.cdp.send('Input.insertText', { text: a.text });
      } else if ('keys' in a) {
        await this.page.keyboard.type(a.keys);
      } else {
        await this.page.keyboard.press('Shift+Enter');
      }
      await this.page.clock.runFor(STEP);
    }
  }

  /** Lets the quiet pause after the last message pass: the customer reads the reply, the practice feedback appears. */
  async pause(): Promise<void> {
    await this.page.clock.runFor(QUIET_MS + 100);
  }

  async compose(pinyin: string): Promise<void> {
    await this.cdp.send('Input.imeSetComposition', { text: pinyin, selectionStart: pinyin.length, selectionEnd: pinyin.length });
  }

  async commit(text: string): Promise<void> {
    await this.cdp.send('Input.insertText', { text });
  }

  /**
   * Follows the summary's link to the full report, and lets time run again: the report reads the
   * attempt in an effect, which Preact runs after the next frame, and frames come from this clock.
   */
  async openReport(): Promise<void> {
    await this.page.getByRole('region', { name: '练习结果' }).getByRole('link', { name: '查看完整报告' }).click();
    await this.page.clock.resume();
  }

  /** Ends the chat with 结束对话 and its confirmation. */
  async end(): Promise<void> {
    await this.page.getByRole('button', { name: '结束对话' }).click();
    await this.page.getByRole('button', { name: '确定结束' }).click();
  }

  /** Sends one short reply to the first customer message, then ends the chat. */
  async answerOnceAndEnd(): Promise<void> {
    await this.waitForCustomer(1);
    await this.box.focus();
    await this.page.keyboard.type('您好');
    await this.page.keyboard.press('Enter');
    await this.end();
  }

  /** The attempts saved in browser storage, each under its own key. */
  async storedAttempts(): Promise<StoredAttempt[]> {
    const texts = await this.page.evaluate(
      (prefix) => Object.keys(localStorage).flatMap((k) => (k.startsWith(prefix) ? [localStorage.getItem(k) ?? ''] : [])),
      ATTEMPT_PREFIX,
    );
    return texts.map((text) => JSON.parse(text) as StoredAttempt);
  }
}

/** Scores a transcript with `npm run score`'s program, on the Node that runs the tests. */
function scoreWithCli(transcript: unknown): { status: number | null; result: unknown; stderr: string } {
  const file = join(mkdtempSync(join(tmpdir(), 'kefu-transcript-')), 'transcript.json');
  writeFileSync(file, JSON.stringify(transcript));
  const run = spawnSync(process.execPath, ['src/cli/score.ts', `content/scenarios/${SLUG}.mdx`, file], { encoding: 'utf8' });
  return { status: run.status, result: run.stdout ? JSON.parse(run.stdout) : null, stderr: run.stderr };
}

/**
 * Seeds browser storage once per tab: the attempts in the single document earlier versions kept
 * (`kefu-academy:attempts`), which the pages move into a record per attempt on first read, and
 * any other items as they are.
 */
async function seed(page: Page, attempts: StoredAttempt[], items: Record<string, string> = {}): Promise<void> {
  await page.addInitScript(
    (entries) => {
      if (!sessionStorage.getItem('seeded')) {
        for (const [key, value] of entries) localStorage.setItem(key, value);
        sessionStorage.setItem('seeded', '1');
      }
    },
    [[LEGACY_ATTEMPTS_KEY, JSON.stringify({ version: 2, attempts })], ...Object.entries(items)] as [string, string][],
  );
}

/** Nothing wider than the viewport (a phone browser would zoom out to fit it, hiding the overflow from innerWidth). */
async function expectNoSideways(page: Page, what: string): Promise<void> {
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width, what).toBeLessThanOrEqual(page.viewportSize()?.width ?? 0);
}

/** Every axe violation, whatever its impact (minor and moderate too). */
async function axe(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations.map((v) => `${v.impact ?? 'unknown'} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

test.describe('a whole practice chat', () => {
  test('typed through a Chinese IME: feedback after each reply, a report that matches the engine and the CLI', async ({ page }) => {
    const chat = await Chat.open(page);
    const live = page.locator('.chat-window [aria-live="polite"]').first();
    const typed: number[] = [];

    for (const [i, actions] of REPLIES.entries()) {
      await chat.waitForCustomer(i + 1);
      const message = (await chat.customerBubbles.nth(i).locator('.text').textContent()) ?? '';
      // The new message, and only it, is announced.
      await expect(live).toHaveText(`小周：${message}`);
      await expect(chat.customerBubbles.nth(i).locator('time')).toHaveText(/^09:3\d$/);
      await chat.type(actions);
      typed.push(typingMsOf(actions));
      await expect(chat.box).toHaveValue(textOf(actions));
      await page.keyboard.press('Enter');
      await expect(chat.replyBubbles).toHaveCount(i + 1);
      await expect(chat.replyBubbles.nth(i).locator('.text')).toHaveText(textOf(actions), { useInnerText: true });
      if (i < REPLIES.length - 1) await expect(chat.box).toHaveValue('');
      await expect(chat.replyBubbles.nth(i).locator('.reply-feedback')).toHaveCount(0);
      await chat.pause();
      await expect(chat.replyBubbles.nth(i).locator('.reply-feedback')).toBeVisible();
    }

    // The conversation is over: the input closes, the attempt is saved, then the summary shows.
    await expect(page.getByText('对话结束，输入框已关闭。')).toBeVisible();
    await expect(chat.box).toHaveCount(0);
    const summary = page.getByRole('region', { name: '练习结果' });
    await expect(summary).toBeVisible();
    await expect(summary.getByRole('heading', { name: '练习结果' })).toBeFocused();

    // Practice feedback: every criterion with its words found, the model answer collapsed.
    const first = chat.replyBubbles.nth(0).locator('.reply-feedback');
    await expect(first.locator('li[data-status="pass"]').filter({ hasText: '问清身高和体重' })).toContainText('命中：「身高」「体重」');
    await expect(chat.replyBubbles.nth(0).locator('mark.found').first()).toBeVisible();
    await expect(first.locator('details.model')).not.toHaveAttribute('open');
    await first.getByText('参考话术').click();
    await expect(first.locator('details.model p')).toBeVisible();
    const last = chat.replyBubbles.nth(3).locator('.reply-feedback');
    await expect(last.locator('li[data-status="fail"]')).toContainText('主动询问还有没有其他问题');
    await expect(last.locator('li[data-status="fail"]')).toContainText('收尾时问一句');
    // Shift+Enter made a line break inside the third reply.
    expect(textOf(REPLIES[2] ?? [])).toContain('\n');

    const [attempt] = await chat.storedAttempts();
    if (!attempt?.transcript) throw new Error('the attempt was not stored with its log');
    const { result, transcript } = attempt;
    expect(result.passed).toBe(true);
    console.log(`stored attempt: ${JSON.stringify(attempt).length} characters, ${transcript.events.length} events (ticks left out)`);

    // The figures are those of what the test typed: exact typing speed, response times within the 0.1 s it takes to notice a message.
    const chars = REPLIES.reduce((n, r) => n + countChars(textOf(r)), 0);
    const speed = (chars * 60_000) / typed.reduce((a, b) => a + b, 0);
    expect(result.typing.chars).toBe(chars);
    expect(result.typing.speed).toBeCloseTo(speed, 1);
    for (const [i, turn] of result.turns.entries()) {
      expect(turn.responseMs).toBeGreaterThanOrEqual(typed[i] ?? 0);
      expect(turn.responseMs).toBeLessThanOrEqual((typed[i] ?? 0) + 200);
    }
    expect(result.response.firstMs).toBe(result.turns[0]?.responseMs);
    await expect(summary).toContainText(`${oneDecimal(result.typing.speed)} 字/分钟`);
    await expect(summary).toContainText(durationText(result.response.firstMs));

    // CLI ↔ browser: the stored log, scored by `npm run score`, gives the stored result exactly.
    // Ticks are left out, except the last event: the tick that closed the last reply after its quiet pause.
    expect(transcript.events.slice(0, -1).some((e) => e.type === 'tick')).toBe(false);
    expect(transcript.events.at(-1)?.type).toBe('tick');
    const cli = scoreWithCli(transcript);
    expect(cli.stderr).toContain('帮顾客选尺码：总分');
    expect(cli.status).toBe(0);
    expect(cli.result).toEqual(result);

    // The report, from the summary's link.
    await chat.openReport();
    await expect(page).toHaveURL(`${REPORT}?id=${attempt.id}`);
    const figures = page.getByRole('region', { name: '成绩概览' });
    await expect(figures).toContainText(`${oneDecimal(result.total)} 分`);
    await expect(figures).toContainText(`${oneDecimal(speed)} 字/分钟`);
    await expect(figures).toContainText('门槛 50 字/分钟');
    await expect(figures).toContainText(durationText(result.response.firstMs));
    await expect(figures).toContainText(durationText(result.response.averageMs));
    await expect(figures).toContainText('30 秒内满分');
    await expect(figures).toContainText('35 秒内满分');

    const row = page.getByRole('row').filter({ hasText: '主动询问还有没有其他问题' });
    await expect(row.getByRole('cell').nth(1)).toHaveText('未通过');
    await expect(row).toContainText('收尾时问一句');
    await expect(page.getByRole('row').filter({ hasText: '问清身高和体重' })).toContainText('通过');
    await expect(page.getByRole('row').filter({ hasText: '耐心说明为什么要问身高体重' })).toContainText('不适用');

    const exchanges = page.locator('.transcript .exchange');
    await expect(exchanges).toHaveCount(4);
    await expect(exchanges.nth(0)).toContainText(`响应 ${durationText(result.turns[0]?.responseMs ?? null)}`);
    await expect(exchanges.nth(3).locator('.failed')).toContainText('主动询问还有没有其他问题');
    await expect(page.getByRole('region', { name: '过程记录' })).toContainText('没有粘贴，也没有离开页面。');

    const chart = page.getByRole('region', { name: '顾客情绪与耐心' });
    await expect(chart.getByRole('img')).toBeVisible();
    await chart.getByText('图表数据（表格）').click();
    await expect(chart.locator('tbody tr')).toHaveCount(result.timeline.length);

    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: '下载对话记录（JSON）' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^kefu-academy-size-advice-\d{8}-\d{4}-transcript\.json$/);
    const file = JSON.parse(readFileSync(await download.path(), 'utf8'));
    expect(TranscriptSchema.parse(file)).toEqual(transcript);
    expect(scoreWithCli(file).result).toEqual(result);
  });

  test('Enter while composing does not send, Shift+Enter breaks the line, an empty reply is not sent', async ({ page }) => {
    const chat = await Chat.open(page);
    await chat.waitForCustomer(1);
    await chat.box.focus();

    await page.keyboard.type('   ');
    await expect(page.getByRole('button', { name: '发送' })).toBeDisabled();
    await page.keyboard.press('Enter');
    await expect(chat.replyBubbles).toHaveCount(0);
    await chat.box.fill('');

    await chat.compose('nihao');
    await page.keyboard.press('Enter');
    await page.clock.runFor(500);
    await expect(chat.replyBubbles).toHaveCount(0);
    await expect(chat.box).toHaveValue(/nihao/);
    await chat.commit('您好');
    await expect(chat.replyBubbles).toHaveCount(0);

    await chat.box.fill('');
    await page.keyboard.type('亲，您好！');
    await page.keyboard.press('Shift+Enter');
    await page.keyboard.type('请问您的身高体重是多少？');
    await expect(chat.replyBubbles).toHaveCount(0);
    await page.keyboard.press('Enter');
    await expect(chat.replyBubbles).toHaveCount(1);
    await expect(chat.replyBubbles.first().locator('.text')).toHaveText('亲，您好！\n请问您的身高体重是多少？', { useInnerText: true });
  });

  test('the customer leaves when the trainee waits past their patience', async ({ page }) => {
    const chat = await Chat.open(page);
    await chat.waitForCustomer(1);
    const timer = page.locator('.turn-timer');
    await expect(timer).toHaveAttribute('data-tone', 'calm');
    // The opening turn's limit and the customer's patience, read from the scenario: the timer turns
    // amber at 75 % of the limit, red past it; patience drains 1 a second after the limit.
    const scenario = compiledScenario(SLUG);
    const limit = scenario.turns[0]!.timeLimitMs;
    await page.clock.runFor(limit * 0.8);
    await expect(timer).toHaveAttribute('data-tone', 'near');
    await page.clock.runFor(limit * 0.2 + 1_000);
    await expect(timer).toHaveAttribute('data-tone', 'late');
    await expect(timer).toContainText('已超时');
    await expect(page.locator('.chat-head .mood')).toContainText('平静');

    // Below 50 patience the mood sinks to 不耐烦; at zero the customer leaves.
    const patience = scenario.persona.patience;
    await page.clock.runFor((patience - 45) * 1000);
    await expect(page.locator('.chat-head .mood')).toContainText('不耐烦');
    await page.clock.runFor(46_000);
    await expect(page.getByText('顾客离开了（流失），输入框已关闭。')).toBeVisible();
    await expect(chat.box).toHaveCount(0);
    await page.clock.runFor(6_000);
    await expect(chat.customerBubbles.last()).toContainText('算了，不想再等了。');

    const summary = page.getByRole('region', { name: '练习结果' });
    await expect(summary).toContainText('未通过');
    await expect(summary).toContainText('顾客等不及，离开了（流失）');
    const [attempt] = await chat.storedAttempts();
    expect(attempt?.result.outcome).toBe('customer-left');
    expect(scoreWithCli(attempt?.transcript).result).toEqual(attempt?.result);

    await chat.openReport();
    await expect(page.getByRole('region', { name: '成绩概览' })).toContainText('顾客流失');
    await expect(page.locator('.transcript')).toContainText('没有回复：顾客等不及离开了。');
  });

  test('重新开始 starts the scenario again, without saving the chat it drops', async ({ page }) => {
    const chat = await Chat.open(page);
    await chat.waitForCustomer(1);
    await chat.box.focus();
    await page.keyboard.type('您好');
    await page.keyboard.press('Enter');
    await expect(chat.replyBubbles).toHaveCount(1);
    await page.getByRole('button', { name: '重新开始' }).click();
    await page.getByRole('button', { name: '确定重新开始' }).click();
    await expect(chat.replyBubbles).toHaveCount(0);
    await expect(chat.customerBubbles).toHaveCount(0);
    await chat.waitForCustomer(1);
    expect(await chat.storedAttempts()).toEqual([]);
  });
});

test.describe('hostile input', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('a 100,000-character paste, markup, invisible and control characters, emoji: shown as text, nothing runs, nothing overflows', async ({ page }) => {
    let dialogs = 0;
    page.on('dialog', (dialog) => {
      dialogs++;
      void dialog.dismiss();
    });
    const chat = await Chat.open(page);
    await chat.waitForCustomer(1);
    await chat.box.focus();

    await page.evaluate(() => navigator.clipboard.writeText('x'.repeat(100_000)));
    await page.keyboard.press('ControlOrMeta+V');
    await expect(page.getByText('粘贴的内容有 100000 字，回复最多 2000 字，只粘贴进了前 2000 字。')).toBeVisible();
    await expect(page.getByText('2000 / 2000 字（已达上限）')).toBeVisible();
    await expect(chat.box).toHaveValue('x'.repeat(2000));
    await page.keyboard.press('Enter');
    await expect(chat.replyBubbles).toHaveCount(1);
    await expect(chat.replyBubbles.first().locator('.text')).toHaveText('x'.repeat(2000));
    await expectNoSideways(page, 'after a 2000-character word');
    const log = await page.locator('.chat-log').boundingBox();
    const bubble = await chat.replyBubbles.first().locator('.text').boundingBox();
    expect((bubble?.x ?? 0) + (bubble?.width ?? 0)).toBeLessThanOrEqual((log?.x ?? 0) + (log?.width ?? 0));

    await chat.waitForCustomer(2);
    const hostile = '<script>alert(1)</script><img src=x onerror="window.__pwned=1;alert(2)">\u200b\u200d\u2060\u202e倒过来的字\u202c 👍🏽👨‍👩‍👧 \u0007\u001b\u0008 </p><b>粗</b>';
    await page.evaluate((text) => navigator.clipboard.writeText(text), hostile);
    await chat.box.focus();
    await page.keyboard.press('ControlOrMeta+V');
    const sent = await chat.box.inputValue();
    expect(sent).toContain('<script>alert(1)</script>');
    expect(sent).toContain('\u202e');
    await page.keyboard.press('Enter');
    await expect(chat.replyBubbles).toHaveCount(2);
    expect(await chat.replyBubbles.nth(1).locator('.text').evaluate((el) => el.textContent)).toBe(sent);
    await expect(page.locator('.chat-window img, .chat-window script, .chat-window b')).toHaveCount(0);
    await chat.end();
    await expect(page.getByText('对话已结束，还有消息没有回复。输入框已关闭。')).toBeVisible();

    const summary = page.getByRole('region', { name: '练习结果' });
    await expect(summary).toContainText('对话没有完成');
    await chat.openReport();
    await expect(page.getByRole('region', { name: '过程记录' })).toContainText('粘贴了 2000 字');
    const replies = page.locator('.transcript .trainee .text');
    await expect(replies).toHaveCount(2);
    expect(await replies.nth(1).evaluate((el) => el.textContent)).toBe(sent);
    await expect(page.locator('.attempt-report img, .attempt-report script, .attempt-report b')).toHaveCount(0);
    await expectNoSideways(page, 'report');
    expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(dialogs).toBe(0);
  });
});

test.describe('storage', () => {
  test('a full quota: the summary says the result was not saved and offers both files', async ({ page }) => {
    await page.addInitScript((key) => {
      const original = Storage.prototype.setItem;
      Storage.prototype.setItem = function (k: string, value: string) {
        if (k.startsWith(key)) throw new DOMException('quota', 'QuotaExceededError');
        return original.call(this, k, value);
      };
    }, ATTEMPT_PREFIX);
    const chat = await Chat.open(page);
    await chat.answerOnceAndEnd();
    const summary = page.getByRole('region', { name: '练习结果' });
    await expect(summary.getByRole('alert')).toContainText('浏览器存储空间已满，这次的结果没有保存');
    await expect(summary.getByRole('link', { name: '查看完整报告' })).toHaveCount(0);
    const downloading = page.waitForEvent('download');
    await summary.getByRole('button', { name: '下载对话记录（JSON）' }).click();
    const transcript = JSON.parse(readFileSync(await (await downloading).path(), 'utf8'));
    expect(TranscriptSchema.parse(transcript).scenario).toBe(SLUG);
    const resultDownload = page.waitForEvent('download');
    await summary.getByRole('button', { name: '下载结果（JSON）' }).click();
    expect((await resultDownload).suggestedFilename()).toMatch(/-result\.json$/);
  });

  test('an unknown or missing report id says so and links to 我的进度', async ({ page }) => {
    for (const url of [`${REPORT}?id=nope`, REPORT]) {
      await page.goto(url);
      await expect(page.locator('.attempt-report .notice')).toContainText(url.includes('nope') ? '找不到这次练习的记录' : '没有指明要看哪一次练习');
      await expect(page.getByRole('link', { name: '去“我的进度”查看全部对练记录' })).toHaveAttribute('href', '/progress/');
    }
  });

  test('我的进度 lists attempts newest first, backs them up with the progress and restores them', async ({ page }) => {
    const older = seededAttempt('older');
    const newer = { ...seededAttempt('newer'), savedAt: '2026-11-24T01:00:00.000Z', result: { ...seededAttempt('newer').result, startedAt: '2026-11-24T01:00:00.000Z' } };
    await seed(page, [older, newer]);
    await page.goto('/progress/');
    const section = page.getByRole('region', { name: '对练记录', exact: true });
    const rows = section.locator('tbody tr');
    await expect(rows).toHaveCount(2);
    await expect(rows.first()).toContainText('2026-11-24');
    await expect(rows.first().getByRole('link')).toHaveAttribute('href', `${REPORT}?id=newer`);
    await expect(section).toContainText('共 2 次对练');

    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: '导出备份（JSON）' }).click();
    const file = await (await downloading).path();
    expect(JSON.parse(readFileSync(file, 'utf8')).attempts.attempts).toHaveLength(2);

    await page.evaluate(() => localStorage.clear());
    await page.reload();
    await expect(section).toContainText('还没有对练记录');
    await page.getByLabel('导入备份').setInputFiles(file);
    await expect(page.getByText('对练记录已合并：新增 2 次。')).toBeVisible();
    await expect(rows).toHaveCount(2);

    // Tidying up: nothing goes before the trainee confirms, and the count is named first.
    await section.getByRole('button', { name: '整理对练记录' }).click();
    await expect(section).toContainText('将删除 1 次记录');
    await expect(rows).toHaveCount(2);
    await section.getByRole('button', { name: '删除 1 次记录' }).click();
    await expect(section.getByRole('status')).toHaveText('已删除 1 次记录。');
    await expect(rows).toHaveCount(1);
    await expect(rows.first().getByRole('link')).toHaveAttribute('href', `${REPORT}?id=newer`);
    await section.getByRole('button', { name: '整理对练记录' }).click();
    await expect(section.getByRole('status')).toContainText('没有可以整理的');
  });

  test('a damaged record is set aside, not deleted: 我的进度 says so and offers it, the report names it, the rest still read', async ({ page }) => {
    const broken = JSON.stringify(seededAttempt('broken')).slice(0, 300);
    await seed(page, [seededAttempt('old-layout')], { [attemptKey('broken')]: broken });
    await page.goto('/progress/');
    const section = page.getByRole('region', { name: '对练记录', exact: true });
    await expect(section.locator('tbody tr')).toHaveCount(1);
    await expect(section.locator('tbody tr').getByRole('link')).toHaveAttribute('href', `${REPORT}?id=old-layout`);
    await expect(section).toContainText('有 1 份对练记录无法读取，已另存在这台设备上，没有删除。');
    const downloading = page.waitForEvent('download');
    await section.getByRole('button', { name: '下载无法读取的记录' }).click();
    expect(JSON.parse(readFileSync(await (await downloading).path(), 'utf8'))).toEqual([{ key: `${DAMAGED_ATTEMPT_PREFIX}broken`, text: broken }]);
    const keys = await page.evaluate(() => Object.keys(localStorage).sort());
    expect(keys, 'the old layout moved').not.toContain(LEGACY_ATTEMPTS_KEY);
    expect(keys).toContain(attemptKey('old-layout'));
    await page.goto(`${REPORT}?id=broken`);
    await expect(page.locator('.attempt-report .notice')).toContainText('这次练习的记录在这台设备上已损坏');
  });
});

test.describe('pages', () => {
  test('/practice/ lists every scenario, filters by role and difficulty, and shows the best result', async ({ page }) => {
    await seed(page, [seededAttempt('best-one')]);
    await page.goto('/practice/');
    await expect(page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '练习' })).toHaveAttribute('aria-current', 'page');
    const cards = page.locator('.scenario-list > li');
    const total = await cards.count();
    expect(total).toBeGreaterThanOrEqual(3);
    const card = cards.filter({ hasText: '帮顾客选尺码' });
    await expect(card).toContainText('售前');
    await expect(card).toContainText('入门');
    await expect(card).toContainText('C2 五步沟通法');
    await expect(card.locator('.lessons a').first()).toHaveAttribute('href', /^\/lessons\//);
    await expect(card.locator('.best')).toContainText('最好成绩');
    await expect(card.locator('.best a')).toHaveAttribute('href', `${REPORT}?id=best-one`);
    await expect(cards.filter({ hasText: '物流几天不动' }).locator('.best')).toHaveText('还没有练过');

    await page.getByRole('radio', { name: '售后' }).check();
    await expect(card).toBeHidden();
    const shown = await cards.locator('visible=true').count();
    await expect(page.locator('[data-filter-count]')).toHaveText(`显示 ${shown} / ${total} 个场景`);
    await page.getByRole('radio', { name: '困难' }).check();
    await page.getByRole('radio', { name: '全部' }).first().check();
    await page.getByRole('radio', { name: '全部' }).last().check();
    await expect(cards.locator('visible=true')).toHaveCount(total);
  });

  test('the exercise page: briefing, how it is scored, and nothing but the chat to load', async ({ page }) => {
    await page.goto(EXERCISE);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('帮顾客选尺码');
    const briefing = page.locator('details[data-briefing]');
    await expect(briefing).toHaveAttribute('open');
    await expect(briefing).toContainText('尺码表');
    const scoring = page.getByRole('region', { name: '怎么评分' });
    await expect(scoring).toContainText('门槛 50 字/分钟');
    await expect(scoring).toContainText('首响（顾客第一条消息出现到你回复的用时）：30 秒内满分');
    await expect(scoring).toContainText('平响（每条顾客消息的平均回复用时）：35 秒内满分');
    await expect(scoring).toContainText('停顿 3 秒不再输入，顾客才会读你的回复');
    await expect(scoring).toContainText('第一句先问候、不用广告极限词');
  });
});

test.describe('phone @phone', () => {
  test('the briefing is a toggle above the chat, the chat fits 375 px and works', async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 740 });
    const chat = await Chat.open(page);
    const briefing = page.locator('details[data-briefing]');
    await expect(briefing).not.toHaveAttribute('open');
    const toggle = briefing.locator('summary');
    const chatBox = await page.locator('.chat-window').boundingBox();
    expect((await toggle.boundingBox())?.y ?? 0).toBeLessThan(chatBox?.y ?? 0);
    await toggle.click();
    await expect(briefing.getByRole('heading', { name: '尺码表' })).toBeVisible();
    await toggle.click();
    await expect(briefing.getByRole('heading', { name: '尺码表' })).toBeHidden();

    await chat.waitForCustomer(1);
    await chat.type(REPLIES[0] ?? []);
    await page.getByRole('button', { name: '发送' }).click();
    await chat.pause();
    await expect(chat.replyBubbles.first().locator('.reply-feedback')).toBeVisible();
    await expectNoSideways(page, 'exercise page');
    for (const url of ['/practice/', '/progress/']) {
      await page.goto(url);
      await expectNoSideways(page, url);
    }
    await seed(page, [seededAttempt('phone')]);
    // The report reads the attempt in an effect, after a frame: let the clock run.
    await page.clock.resume();
    await page.goto(`${REPORT}?id=phone`);
    await expect(page.getByRole('region', { name: '成绩概览' })).toBeVisible();
    await expectNoSideways(page, 'report');
    await page.goto('/progress/');
    await expect(page.getByRole('region', { name: '对练记录', exact: true }).locator('tbody tr')).toHaveCount(1);
    await expectNoSideways(page, '我的进度 with an attempt');
  });
});

test('keyboard only: from the list to a finished chat and its report', async ({ page }) => {
  await page.clock.install({ time: START });
  await page.clock.pauseAt(PAUSE);
  await page.goto('/practice/');
  const focusOn = async (target: Locator, what: string): Promise<void> => {
    for (let i = 0; i < 60; i++) {
      if (await target.evaluate((el) => el === document.activeElement)) {
        const outline = await target.evaluate((el) => getComputedStyle(el).outlineStyle);
        expect(outline, `${what} shows focus`).not.toBe('none');
        return;
      }
      await page.keyboard.press('Tab');
    }
    throw new Error(`${what} never got the focus`);
  };
  await focusOn(page.getByRole('link', { name: '帮顾客选尺码' }), 'the scenario link');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(EXERCISE);
  const box = page.getByRole('textbox', { name: '回复顾客' });
  const waitForCustomer = async (n: number): Promise<void> => {
    for (let waited = 0; (await page.locator('.chat-log .bubble.customer').count()) < n && waited < 8_000; waited += 500) await page.clock.runFor(500);
  };
  // The box takes input once the island has hydrated and its effects have run, a frame later.
  await waitForCustomer(1);
  await focusOn(box, 'the reply box');
  for (const [i, actions] of REPLIES.entries()) {
    await waitForCustomer(i + 1);
    await page.keyboard.type(textOf(actions).replace('\n', ''));
    await page.clock.runFor(5_000);
    await page.keyboard.press('Enter');
    await expect(page.locator('.chat-log .bubble.trainee')).toHaveCount(i + 1);
  }
  const heading = page.getByRole('heading', { name: '练习结果' });
  // The last reply closes after the quiet pause; then the summary takes the focus.
  for (let waited = 0; (await heading.count()) === 0 && waited < 8_000; waited += 500) await page.clock.runFor(500);
  await expect(heading).toBeFocused();
  await focusOn(page.getByRole('link', { name: '查看完整报告' }), 'the report link');
  // The report reads the attempt in an effect, after a frame: let the clock run.
  await page.clock.resume();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('region', { name: '评分项明细' })).toBeVisible();
  await focusOn(page.getByRole('region', { name: '每一轮回复和整段对话的评分项' }), 'the scrollable criteria table');
});

test.describe('accessibility', () => {
  test('axe finds no violation at all on /practice/', async ({ page }) => {
    await page.goto('/practice/');
    await page.waitForLoadState('networkidle');
    expect(await axe(page)).toEqual([]);
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`axe finds no violation at all on an exercise page, mid-chat with feedback open (${colorScheme}) @phone`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      const chat = await Chat.open(page);
      await chat.waitForCustomer(1);
      await chat.box.focus();
      await page.keyboard.type('您拍 L 码，这是最好的一款');
      await page.keyboard.press('Enter');
      await chat.pause();
      await page.locator('.reply-feedback summary').first().click();
      await chat.waitForCustomer(2);
      await page.keyboard.type('亲，在的～');
      await page.keyboard.press('Enter');
      // axe schedules its work with timers: let time run again.
      await page.clock.resume();
      expect(await axe(page)).toEqual([]);
    });
  }

  test('axe finds no violation at all on an exercise page at the end: the closed chat and the summary', async ({ page }) => {
    const chat = await Chat.open(page);
    await chat.answerOnceAndEnd();
    await expect(page.getByRole('region', { name: '练习结果' })).toBeVisible();
    await page.clock.resume();
    expect(await axe(page)).toEqual([]);
  });

  test('axe finds no violation at all on a report page', async ({ page }) => {
    await seed(page, [seededAttempt('axe')]);
    await page.goto(`${REPORT}?id=axe`);
    await expect(page.getByRole('region', { name: '成绩概览' })).toBeVisible();
    await page.getByText('图表数据（表格）').click();
    await page.locator('.transcript details summary').first().click();
    expect(await axe(page)).toEqual([]);
  });

  test('axe finds no violation at all on 我的进度 with attempts and a damaged record', async ({ page }) => {
    await seed(page, [seededAttempt('p1')], { [attemptKey('broken')]: '{"id":"broken"' });
    await page.goto('/progress/');
    await expect(page.getByRole('region', { name: '对练记录', exact: true }).locator('tbody tr')).toHaveCount(1);
    await expect(page.getByRole('button', { name: '下载无法读取的记录' })).toBeVisible();
    expect(await axe(page)).toEqual([]);
  });
});

test.describe('JavaScript budget (gzip bytes)', () => {
  const exercise = `practice/${SLUG}/index.html`;
  /** The limit: at most 90 KB (90,000 B) in all. budgets.spec.ts holds the page to a tighter budget. */
  const LIMIT = 90_000;

  /**
   * Everything the exercise page can load, read from dist/: its scripts and island with their
   * static imports, and everything reachable from them through dynamic imports, except the search
   * dialog the header loads when the reader opens search.
   */
  function exerciseJavaScript() {
    const js = pageJavaScript(exercise);
    const later = onDemand(js.withIslands, searchDialogFiles());
    return { js, later, all: new Set([...js.withIslands, ...later]) };
  }

  test("the exercise page's JavaScript in all, from page load to the end-of-chat summary, stays within 90 KB", () => {
    const { js, later, all } = exerciseJavaScript();
    const total = gzipBytes(all, js.inline);
    const preact = gzipBytes([...all].filter(isPreactChunk));
    console.log(`exercise page: ${total} B gzip in all (${gzipBytes(js.withIslands, js.inline)} B at load, ${gzipBytes(later)} B later; Preact ${preact} B)`);
    expect(total).toBeLessThanOrEqual(LIMIT);
    const code = [...all].map(readDist).join('\n');
    expect(code, 'no zod at all (its classes are $ZodObject …)').not.toContain('$ZodObject');
    expect(code, 'no opencc').not.toMatch(/opencc/i);
    expect(code, 'no chart.js').not.toContain(CHART_JS);
  });

  test('a whole chat to its summary fetches no JavaScript beyond what the budget counts', async ({ page }) => {
    const fetched = new Set<string>();
    page.on('request', (request) => {
      if (request.resourceType() === 'script') fetched.add(new URL(request.url()).pathname.slice(1));
    });
    const chat = await Chat.open(page);
    for (const [i, actions] of REPLIES.entries()) {
      await chat.waitForCustomer(i + 1);
      await chat.box.focus();
      await page.keyboard.type(textOf(actions).replace('\n', ''));
      await page.keyboard.press('Enter');
      await chat.pause();
    }
    await expect(page.getByRole('region', { name: '练习结果' })).toBeVisible();
    const { js, all } = exerciseJavaScript();
    expect([...fetched].filter((f) => !all.has(f)), 'fetched but not counted').toEqual([]);
    console.log(`exercise page, a whole chat: ${gzipBytes(fetched, js.inline)} B gzip fetched (${fetched.size} files)`);
  });

  test('chart.js loads only on the report page, on demand', () => {
    const js = pageJavaScript('practice/report/index.html');
    const later = [...onDemand(js.withIslands)].map(readDist).join('\n');
    expect([...js.withIslands].map(readDist).join('\n')).not.toContain(CHART_JS);
    expect(later).toContain(CHART_JS);
    console.log(`report page: ${gzipBytes(js.withIslands, js.inline)} B gzip, chart ${gzipBytes(onDemand(js.withIslands))} B on demand`);
  });
});
