/**
 * Practice attempts (对练记录) in browser storage: the layout, and saving one. No zod here: the
 * exercise page saves the attempt the engine just scored (valid by construction) without loading
 * a schema; the pages that read attempts validate each one (src/storage/attempt-store.ts).
 *
 * Each attempt is written once, under its own key `kefu-academy:attempt:<id>`, as the result and
 * the event log it was scored from (the `npm run score` transcript format). Listing goes by the
 * key prefix: there is no index to corrupt, a save never rewrites another attempt, and one
 * damaged record costs only itself.
 *
 * Retention: nothing is ever removed without the trainee asking. Every attempt is kept; when the
 * stored attempts pass NEARLY_FULL of ATTEMPTS_BUDGET_CHARS (src/lib/attempts.ts) the practice
 * summary and 我的进度 say so and suggest exporting a backup; a save that does not fit is
 * reported, with the result and transcript offered as downloads at once. 我的进度 offers to tidy
 * up on request (keep the best and the newest attempt of each scenario), naming how many would go.
 */
import { usageOf, type Usage } from '../lib/attempts.ts';
import type { StoredAttempt } from '../schemas/attempt.ts';
import { isQuotaError, type ListableStorage } from './browser-storage.ts';

export const ATTEMPT_PREFIX = 'kefu-academy:attempt:';
/** Where a record that could not be read is set aside, under the same id. */
export const DAMAGED_ATTEMPT_PREFIX = 'kefu-academy:damaged-attempt:';
/** The single document earlier versions kept every attempt in; moved to the layout above on first read. */
export const LEGACY_ATTEMPTS_KEY = 'kefu-academy:attempts';

export const attemptKey = (id: string): string => `${ATTEMPT_PREFIX}${id}`;

/** Every key of the storage (collected first: removing keys while walking them would skip some). */
export function storageKeys(storage: ListableStorage): string[] {
  const keys: string[] = [];
  for (let i = 0; i < storage.length; i++) {
    const key = storage.key(i);
    if (key !== null) keys.push(key);
  }
  return keys;
}

/** Characters the stored attempts take: every record, and a document of the old layout not moved yet. */
export function attemptsUsage(storage: ListableStorage): Usage {
  let chars = 0;
  for (const key of storageKeys(storage)) {
    if (key.startsWith(ATTEMPT_PREFIX) || key === LEGACY_ATTEMPTS_KEY) chars += key.length + (storage.getItem(key)?.length ?? 0);
  }
  return usageOf(chars);
}

/** Why an attempt was not saved: storage switched off or blocked, or full. */
export type SaveProblem = 'unavailable' | 'quota';

export type SaveAttemptOutcome = { ok: true; usage: Usage } | { ok: false; problem: SaveProblem };

/** Writes the attempt under its own key; says exactly what happened and never touches another attempt. */
export function saveAttempt(storage: ListableStorage | null, attempt: StoredAttempt): SaveAttemptOutcome {
  if (!storage) return { ok: false, problem: 'unavailable' };
  try {
    storage.setItem(attemptKey(attempt.id), JSON.stringify(attempt));
    return { ok: true, usage: attemptsUsage(storage) };
  } catch (error) {
    return { ok: false, problem: isQuotaError(error) ? 'quota' : 'unavailable' };
  }
}
