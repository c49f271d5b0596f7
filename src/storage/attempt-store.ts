import { AttemptHistorySchema, type AttemptHistory, type AttemptResult } from '../schemas/attempt.ts';
import { browserStorage, createVersionedStore, type KeyValueStorage, type VersionedStore } from './versioned-store.ts';

export const ATTEMPTS_KEY = 'kefu-academy:attempts';

/** Results kept per browser; the oldest go first. A result is a few KB, so 50 stay far from quota. */
export const MAX_ATTEMPTS = 50;

export const emptyAttempts = (): AttemptHistory => ({ version: 1, attempts: [] });

export function createAttemptStore(storage: KeyValueStorage | null = browserStorage()): VersionedStore<AttemptHistory> {
  return createVersionedStore<AttemptHistory>(
    { key: ATTEMPTS_KEY, schema: AttemptHistorySchema, version: 1, migrations: {}, empty: emptyAttempts },
    storage,
  );
}

/** The history with `result` added as the newest, trimmed to {@link MAX_ATTEMPTS}. */
export function addAttempt(history: AttemptHistory, result: AttemptResult): AttemptHistory {
  return { version: 1, attempts: [...history.attempts, result].slice(-MAX_ATTEMPTS) };
}
