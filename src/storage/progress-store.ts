import { ProgressSchema, type Progress } from '../schemas/progress.ts';
import { browserStorage, createVersionedStore, type KeyValueStorage, type VersionedStore } from './versioned-store.ts';

export const PROGRESS_KEY = 'kefu-academy:progress';

export const emptyProgress = (): Progress => ({ version: 1, lessons: {}, quizzes: {}, checklists: {} });

export function createProgressStore(storage: KeyValueStorage | null = browserStorage()): VersionedStore<Progress> {
  return createVersionedStore<Progress>(
    { key: PROGRESS_KEY, schema: ProgressSchema, version: 1, migrations: {}, empty: emptyProgress },
    storage,
  );
}

export function setLessonComplete(progress: Progress, lessonId: string, complete: boolean, now: Date): Progress {
  const lessons = { ...progress.lessons };
  if (complete) lessons[lessonId] = { completedAt: now.toISOString() };
  else delete lessons[lessonId];
  return { ...progress, lessons };
}

export function recordQuiz(
  progress: Progress,
  quizKey: string,
  answers: Record<string, number[]>,
  correct: number,
  total: number,
  now: Date,
): Progress {
  return { ...progress, quizzes: { ...progress.quizzes, [quizKey]: { answers, correct, total, at: now.toISOString() } } };
}

export function setChecklist(progress: Progress, checklistKey: string, ticked: string[], now: Date): Progress {
  return {
    ...progress,
    checklists: { ...progress.checklists, [checklistKey]: { ticked, at: now.toISOString() } },
  };
}

/** Merges an imported backup into the current progress: nothing the reader has is dropped. */
export function mergeProgress(current: Progress, imported: Progress): Progress {
  const lessons = { ...imported.lessons, ...current.lessons };
  const newer = <V extends { at: string }>(a: Record<string, V>, b: Record<string, V>): Record<string, V> => {
    const out = { ...a };
    for (const [k, v] of Object.entries(b)) {
      const mine = out[k];
      if (!mine || mine.at < v.at) out[k] = v;
    }
    return out;
  };
  return {
    version: 1,
    lessons,
    quizzes: newer(current.quizzes, imported.quizzes),
    checklists: newer(current.checklists, imported.checklists),
  };
}

/** Tells the page's progress marks (src/scripts/progress-marks.ts) that an island saved progress. */
export function announceProgressChange(): void {
  globalThis.dispatchEvent?.(new Event('kefu:progress'));
}
