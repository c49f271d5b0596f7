/**
 * Browser storage as a trainee who has used the site leaves it: progress, a practice attempt and
 * exam results, made by the engine in Node and written before the page's own scripts run.
 */
import type { Page } from '@playwright/test';
import { playExample } from '../../src/engine/examples.ts';
import { transcriptOf } from '../../src/lib/attempts.ts';
import type { StoredAttempt } from '../../src/schemas/attempt.ts';
import type { ExamResult } from '../../src/schemas/exam-result.ts';
import type { Progress } from '../../src/schemas/progress.ts';
import { compiledScenario } from './content.ts';

export const PROGRESS_KEY = 'kefu-academy:progress';
export const ATTEMPTS_KEY = 'kefu-academy:attempts';
export const EXAM_RESULTS_KEY = 'kefu-academy:exam-results';

/** A finished size-advice attempt, played by the engine. */
export function seededAttempt(id: string): StoredAttempt {
  const slug = 'size-advice';
  const run = playExample(compiledScenario(slug), [
    { text: '亲，您好！请问您的身高体重是多少？', seconds: 20, speed: 70 },
    { text: '您拍 L 码就行，这是最显瘦的一款。', seconds: 40, speed: 55 },
    { text: 'L 码有货，79 元，今天发。', seconds: 25, speed: 65 },
    { text: '谢谢亲，还有什么问题随时问我。', seconds: 12, speed: 70 },
  ]);
  const startedAt = '2026-11-23T01:30:00.000Z';
  return { id, savedAt: '2026-11-23T01:32:00.000Z', result: { ...run.result, startedAt, endedAt: startedAt }, transcript: transcriptOf(slug, startedAt, run.events) };
}

/** One lesson completed, its quiz answered and a checklist item ticked. */
export function seededProgress(lessonId: string, quizAnswers: Record<string, number[]>, correct: number, total: number): Progress {
  const at = '2026-11-23T01:00:00.000Z';
  return {
    version: 1,
    lessons: { [lessonId]: { completedAt: at } },
    quizzes: { [lessonId]: { answers: quizAnswers, correct, total, at } },
    checklists: {},
  };
}

export interface Seed {
  progress?: Progress;
  attempts?: StoredAttempt[];
  results?: ExamResult[];
  /** Raw values by key, written as they are (for damaged or hostile copies). */
  raw?: Record<string, string>;
}

/** Writes the seed into localStorage before the first page of the test loads (once: reloads keep what the page saved). */
export async function seedStorage(page: Page, seed: Seed): Promise<void> {
  const entries: [string, string][] = [
    ...(seed.progress ? [[PROGRESS_KEY, JSON.stringify(seed.progress)] as [string, string]] : []),
    ...(seed.attempts ? [[ATTEMPTS_KEY, JSON.stringify({ version: 2, attempts: seed.attempts })] as [string, string]] : []),
    ...(seed.results ? [[EXAM_RESULTS_KEY, JSON.stringify({ version: 1, results: seed.results })] as [string, string]] : []),
    ...Object.entries(seed.raw ?? {}),
  ];
  await page.addInitScript((pairs) => {
    if (sessionStorage.getItem('kefu-seeded')) return;
    for (const [key, value] of pairs) localStorage.setItem(key, value);
    sessionStorage.setItem('kefu-seeded', '1');
  }, entries);
}
