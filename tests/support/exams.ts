/**
 * End-to-end helpers for exams: the content an exam draws from (read from disk, as the build
 * resolves it), typing through Chromium's IME emulation, and answering each kind of section.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { expect, type CDPSession, type Page } from '@playwright/test';
import { parseMdx, parseYaml } from '../../src/content-check/frontmatter.ts';
import { loadScenario } from '../../src/content-check/scenarios.ts';
import type { CompiledScenario } from '../../src/engine/compiled.ts';
import type { PlanQuestion } from '../../src/engine/exam-plan.ts';
import { lessonIdFromPath } from '../../src/lib/content-ids.ts';
import { resolveQuizPool } from '../../src/lib/exam-refs.ts';
import { ExamSchema, type Exam } from '../../src/schemas/exam.ts';
import { GlossarySchema } from '../../src/schemas/glossary.ts';
import { LessonSchema } from '../../src/schemas/lesson.ts';

export function readExam(slug: string): Exam {
  return ExamSchema.parse(parseMdx(readFileSync(`content/exams/${slug}.mdx`, 'utf8')).data);
}

/** Every question an exam's quiz sections can draw, with the right options. */
export function questionPool(exam: Exam): PlanQuestion[] {
  const lessons = readdirSync('content/lessons', { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => {
      const data = LessonSchema.parse(parseMdx(readFileSync(`content/lessons/${f}`, 'utf8')).data);
      return { id: lessonIdFromPath(f), title: data.title, module: data.module, quiz: data.quiz };
    });
  return exam.sections.flatMap((s) => (s.kind === 'quiz' ? resolveQuizPool(s, lessons).pool : []));
}

export function compiledScenario(slug: string): CompiledScenario {
  const glossary = GlossarySchema.parse(parseYaml(readFileSync('content/glossary.yaml', 'utf8')));
  const path = `content/scenarios/${slug}.mdx`;
  const load = loadScenario(path, readFileSync(path, 'utf8'), glossary);
  if (!load.ok) throw new Error(`${slug} does not compile`);
  return load.compiled;
}

/** Types `text` into the focused box through the IME: pinyin composed, then committed, a few characters at a time. */
export async function typeIme(cdp: CDPSession, text: string, chunk = 4): Promise<void> {
  const chars = [...text];
  for (let i = 0; i < chars.length; i += chunk) {
    const part = chars.slice(i, i + chunk).join('');
    await cdp.send('Input.imeSetComposition', { text: 'pinyin', selectionStart: 6, selectionEnd: 6 });
    await cdp.send('Input.insertText', { text: part });
  }
}

/** Fills the start form and confirms. */
export async function startExam(page: Page, name: string, batch = ''): Promise<void> {
  await page.getByLabel('姓名').fill(name);
  if (batch) await page.getByLabel('批次码（选填）').fill(batch);
  await page.getByRole('button', { name: '开始考试' }).click();
  await page.getByRole('button', { name: '确定开始' }).click();
}

/** Hands in the section on screen. */
export async function submitSection(page: Page, last = false): Promise<void> {
  await page.getByRole('button', { name: last ? '交卷' : '提交本部分' }).click();
  await page.getByRole('button', { name: '确定提交' }).click();
}

/** Answers every drawn question on screen, rightly or with the first wrong option. */
export async function answerQuiz(page: Page, pool: PlanQuestion[], rightly: boolean): Promise<void> {
  const questions = page.locator('.exam-questions > li');
  const count = await questions.count();
  for (let i = 0; i < count; i++) {
    const item = questions.nth(i);
    const legend = (await item.locator('legend').innerText()).trim().replace(/^\d+\.\s*/, '');
    const q = pool.find((x) => legend.startsWith(x.question));
    if (!q) throw new Error(`question not in the pool: ${legend}`);
    for (const [oi, option] of q.options.entries()) {
      const choose = rightly ? option.correct : oi === q.options.findIndex((o) => !o.correct);
      if (choose) await item.getByRole(q.multiple ? 'checkbox' : 'radio', { name: option.text, exact: true }).check();
    }
  }
}

/**
 * Chats until the conversation ends, answering each customer message with its turn's model answer
 * typed through the IME. The first answer goes in two messages, an acknowledgement and then the
 * answer, as on 千牛: the customer reads them together after the quiet pause.
 */
export async function chatWithModelAnswers(page: Page, cdp: CDPSession, scenario: CompiledScenario): Promise<void> {
  const box = page.getByRole('textbox', { name: '回复顾客' });
  const customer = page.locator('.chat-log .bubble.customer:not(.closing) .text');
  const outcome = page.locator('.chat-window .chat-outcome');
  for (let replies = 0; replies < scenario.turns.length; replies++) {
    await expect(customer.nth(replies).or(outcome).first()).toBeVisible({ timeout: 20_000 });
    if ((await outcome.count()) > 0) return;
    const said = (await customer.nth(replies).innerText()).trim();
    const turn = scenario.turns.find((x) => Object.values(x.customer).includes(said));
    if (!turn) throw new Error(`no turn says: ${said}`);
    await expect(box).toBeEnabled();
    await box.focus();
    if (replies === 0) {
      await typeIme(cdp, '亲，在的～');
      await box.press('Enter');
    }
    await typeIme(cdp, turn.model, 12);
    await box.press('Enter');
  }
  await expect(outcome).toBeVisible({ timeout: 20_000 });
}
