/**
 * Practice attempts (对练记录) kept in the browser: each result with the event log it was scored
 * from, so it can be shown again, re-scored with `npm run score` and exported. The operations on
 * the history are pure and live in src/lib/attempts.ts (no zod, so the exercise page can use
 * them before this module is loaded).
 *
 * Retention: nothing is ever removed without the trainee asking. Every attempt is kept; when the
 * stored attempts pass NEARLY_FULL of ATTEMPTS_BUDGET_CHARS (src/lib/attempts.ts) the practice
 * summary and 我的进度 say so and suggest exporting a backup; a save that does not fit is
 * reported, with the result and transcript offered as downloads. 我的进度 offers to tidy up on
 * request (keep the best and the newest attempt of each scenario), naming how many would go.
 */
import { addAttempt, attemptsUsage, emptyAttempts, type Usage } from '../lib/attempts.ts';
import { AttemptHistorySchema, type AttemptHistory, type StoredAttempt } from '../schemas/attempt.ts';
import { browserStorage, createVersionedStore, type KeyValueStorage, type StoreProblem, type VersionedStore } from './versioned-store.ts';

export const ATTEMPTS_KEY = 'kefu-academy:attempts';

/** Version 1 held bare results: each becomes an attempt without a log. */
function fromVersion1(old: Record<string, unknown>): Record<string, unknown> {
  const attempts = old.attempts;
  if (!Array.isArray(attempts)) throw new Error('attempts is not a list');
  return { attempts: attempts.map((result: unknown, i) => ({ id: `v1-${i + 1}`, savedAt: null, result, transcript: null })) };
}

export function createAttemptStore(storage: KeyValueStorage | null = browserStorage()): VersionedStore<AttemptHistory> {
  return createVersionedStore<AttemptHistory>(
    { key: ATTEMPTS_KEY, schema: AttemptHistorySchema, version: 2, migrations: { 1: fromVersion1 }, empty: emptyAttempts },
    storage,
  );
}

/** Why an attempt was not saved: storage off, a newer site's copy, the quota, or a malformed attempt. */
export type SaveProblem = Exclude<StoreProblem, 'damaged' | 'damaged-no-backup'>;

const saveProblem = (p: StoreProblem): SaveProblem => (p === 'damaged' || p === 'damaged-no-backup' ? 'invalid' : p);

export type SaveAttemptOutcome =
  | {
      ok: true;
      /** Space taken after the save. */
      usage: Usage;
      /** The stored copy was damaged: the attempt went into the last good copy (or a fresh one). */
      recovered?: 'damaged' | 'damaged-no-backup';
    }
  | { ok: false; problem: SaveProblem };

/** Adds an attempt to the stored history; says exactly what happened, never drops anything else. */
export function saveAttempt(store: VersionedStore<AttemptHistory>, attempt: StoredAttempt): SaveAttemptOutcome {
  const loaded = store.load();
  if (loaded.problem === 'unavailable' || loaded.problem === 'newer-version') return { ok: false, problem: loaded.problem };
  const history = addAttempt(loaded.value, attempt);
  const saved = store.save(history);
  if (!saved.ok) return { ok: false, problem: saveProblem(saved.problem) };
  const recovered = loaded.problem === 'damaged' || loaded.problem === 'damaged-no-backup' ? loaded.problem : undefined;
  return { ok: true, usage: attemptsUsage(history), ...(recovered ? { recovered } : {}) };
}
