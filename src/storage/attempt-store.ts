/**
 * Reading practice attempts (对练记录) back: the report, 我的进度, the practice list and the
 * backup file. Each record (src/storage/attempt-save.ts for the layout) is validated with zod/mini
 * here; a record that does not read is set aside under `kefu-academy:damaged-attempt:<id>` and
 * reported, never silently dropped; a record written by a newer version of the site is left
 * untouched. The single document earlier versions used (`kefu-academy:attempts`, versions 1 and
 * 2) is moved into one record per attempt on first read, without losing anything.
 */
import { oldestFirst, tidyAttempts, type Usage } from '../lib/attempts.ts';
import { AttemptHistorySchema, StoredAttemptSchema, type AttemptHistory, type StoredAttempt } from '../schemas/attempt.ts';
import { TRANSCRIPT_VERSION } from '../schemas/transcript.ts';
import { ATTEMPT_PREFIX, DAMAGED_ATTEMPT_PREFIX, LEGACY_ATTEMPTS_KEY, attemptKey, attemptsUsage, storageKeys } from './attempt-save.ts';
import { backupKey, browserStorage, createVersionedStore, isQuotaError, type ListableStorage, type VersionedStore } from './versioned-store.ts';

const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/** A record from a newer version of the site: a result or transcript version this one does not know. */
function isNewer(data: unknown): boolean {
  if (!isRecord(data)) return false;
  const result = isRecord(data.result) ? data.result.version : undefined;
  const transcript = isRecord(data.transcript) ? data.transcript.version : undefined;
  return (typeof result === 'number' && result > 1) || (typeof transcript === 'number' && transcript > TRANSCRIPT_VERSION);
}

/** Version 1 held bare results: each becomes an attempt without a log. */
function fromVersion1(old: Record<string, unknown>): Record<string, unknown> {
  const attempts = old.attempts;
  if (!Array.isArray(attempts)) throw new Error('attempts is not a list');
  return { attempts: attempts.map((result: unknown, i) => ({ id: `v1-${i + 1}`, savedAt: null, result, transcript: null })) };
}

/** The document of the old layout (with its backup copy and migrations), and the backup file's `attempts`. */
export function historyStore(storage: ListableStorage | null): VersionedStore<AttemptHistory> {
  return createVersionedStore<AttemptHistory>(
    { key: LEGACY_ATTEMPTS_KEY, schema: AttemptHistorySchema, version: 2, migrations: { 1: fromVersion1 }, empty: () => ({ version: 2, attempts: [] }) },
    storage,
  );
}

/** A stored text that could not be read as an attempt, kept aside for download. */
export interface DamagedAttempt {
  key: string;
  text: string;
}

/**
 * What is wrong, if anything: storage switched off, or a record (or the old document) from a newer
 * version of the site, kept untouched and not shown; the old document damaged (its last good copy,
 * if any, was used, and the damaged text set aside).
 */
export type AttemptsProblem = 'unavailable' | 'newer-version' | 'damaged' | 'damaged-no-backup';

export interface LoadedAttempts {
  /** Oldest first. */
  attempts: StoredAttempt[];
  /** Texts set aside, now or earlier, because they did not read as an attempt. */
  damaged: DamagedAttempt[];
  usage: Usage;
  problem?: AttemptsProblem;
}

/** Parses one record; null when it does not read as an attempt under this id. */
function readRecord(key: string, text: string): StoredAttempt | null {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return null;
  }
  const parsed = StoredAttemptSchema.safeParse(data);
  return parsed.success && attemptKey(parsed.data.id) === key ? parsed.data : null;
}

function moveAside(storage: ListableStorage, key: string, text: string): void {
  const aside = `${DAMAGED_ATTEMPT_PREFIX}${key.slice(ATTEMPT_PREFIX.length)}`;
  try {
    storage.setItem(aside, text);
    // Only once the copy is safe does the record leave the list.
    storage.removeItem(key);
  } catch {
    // No room for the copy: the record stays where it is and is reported again next time.
  }
}

/**
 * Moves the old document's attempts into records of their own. It goes (with its backup copy) only
 * once every attempt is in place; until then the rest is read from it. Returns the attempts still
 * only in the document and what was wrong with it.
 */
function migrateLegacy(storage: ListableStorage): { pending: StoredAttempt[]; problem?: AttemptsProblem } {
  if (storage.getItem(LEGACY_ATTEMPTS_KEY) === null) return { pending: [] };
  const loaded = historyStore(storage).load();
  if (loaded.problem === 'newer-version' || loaded.problem === 'unavailable') return { pending: [], problem: loaded.problem };
  const problem = loaded.problem === 'damaged' || loaded.problem === 'damaged-no-backup' ? loaded.problem : undefined;
  const pending: StoredAttempt[] = [];
  for (const attempt of loaded.value.attempts) {
    const key = attemptKey(attempt.id);
    try {
      if (storage.getItem(key) === null) storage.setItem(key, JSON.stringify(attempt));
    } catch (error) {
      if (!isQuotaError(error)) throw error;
      pending.push(attempt);
    }
  }
  // The damaged text is kept under `…:damaged` by the versioned store; the document itself can go.
  const safe = problem === undefined || historyStore(storage).damagedCopy() === storage.getItem(LEGACY_ATTEMPTS_KEY);
  if (pending.length === 0 && safe) {
    storage.removeItem(LEGACY_ATTEMPTS_KEY);
    storage.removeItem(backupKey(LEGACY_ATTEMPTS_KEY));
  }
  return { pending, ...(problem ? { problem } : {}) };
}

/** Every stored attempt, validated; the old layout moved; unreadable records set aside and listed. */
export function loadAttempts(storage: ListableStorage | null = browserStorage()): LoadedAttempts {
  if (!storage) return { attempts: [], damaged: [], usage: { chars: 0, share: 0, nearlyFull: false }, problem: 'unavailable' };
  try {
    const legacy = migrateLegacy(storage);
    let problem = legacy.problem;
    const attempts = new Map(legacy.pending.map((a) => [a.id, a]));
    for (const key of storageKeys(storage)) {
      if (!key.startsWith(ATTEMPT_PREFIX)) continue;
      const text = storage.getItem(key) ?? '';
      const attempt = readRecord(key, text);
      if (attempt) attempts.set(attempt.id, attempt);
      else if (isNewer(safeJson(text))) problem ??= 'newer-version';
      else moveAside(storage, key, text);
    }
    const damaged = storageKeys(storage)
      .filter((key) => key.startsWith(DAMAGED_ATTEMPT_PREFIX) || key === `${LEGACY_ATTEMPTS_KEY}:damaged`)
      .map((key) => ({ key, text: storage.getItem(key) ?? '' }));
    return { attempts: oldestFirst([...attempts.values()]), damaged, usage: attemptsUsage(storage), ...(problem ? { problem } : {}) };
  } catch {
    return { attempts: [], damaged: [], usage: { chars: 0, share: 0, nearlyFull: false }, problem: 'unavailable' };
  }
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

/** The attempt with this id, with what was wrong reading the storage, if anything. */
export function findAttempt(id: string, storage: ListableStorage | null = browserStorage()): { attempt?: StoredAttempt; damaged: boolean; problem?: AttemptsProblem } {
  const loaded = loadAttempts(storage);
  const attempt = loaded.attempts.find((a) => a.id === id);
  const damaged = loaded.damaged.some((d) => d.key === `${DAMAGED_ATTEMPT_PREFIX}${id}`);
  return { ...(attempt ? { attempt } : {}), damaged, ...(loaded.problem ? { problem: loaded.problem } : {}) };
}

/** Removes these attempts (after the trainee confirmed); true when all went. */
export function deleteAttempts(ids: readonly string[], storage: ListableStorage | null = browserStorage()): boolean {
  if (!storage) return false;
  try {
    for (const id of ids) storage.removeItem(attemptKey(id));
    if (storage.getItem(LEGACY_ATTEMPTS_KEY) !== null) {
      const gone = new Set(ids);
      const { result } = historyStore(storage).update((h) => ({ version: 2, attempts: h.attempts.filter((a) => !gone.has(a.id)) }));
      return result.ok;
    }
    return true;
  } catch {
    return false;
  }
}

/** Tidies up as `tidyAttempts` proposes: the trainee has seen how many attempts go. */
export function tidyStoredAttempts(attempts: readonly StoredAttempt[], storage: ListableStorage | null = browserStorage()): boolean {
  return deleteAttempts(
    tidyAttempts(attempts).removed.map((a) => a.id),
    storage,
  );
}

/** Adds the attempts of an imported backup that are not here yet. */
export function importAttempts(
  imported: readonly StoredAttempt[],
  storage: ListableStorage | null = browserStorage(),
): { added: number; problem?: 'unavailable' | 'quota' } {
  if (!storage) return { added: 0, problem: 'unavailable' };
  let added = 0;
  for (const attempt of imported) {
    const key = attemptKey(attempt.id);
    try {
      if (storage.getItem(key) !== null) continue;
      storage.setItem(key, JSON.stringify(attempt));
      added++;
    } catch (error) {
      return { added, problem: isQuotaError(error) ? 'quota' : 'unavailable' };
    }
  }
  return { added };
}
