/**
 * Reading practice attempts (对练记录) back: the report, 我的进度, the practice list and the
 * backup file. Each record (src/storage/attempt-save.ts for the layout) is validated with zod/mini
 * here; a record that does not read is set aside under `kefu-academy:damaged-attempt:<id>` and
 * reported, never silently dropped; a record written by a newer version of the site is left
 * untouched. The single document earlier versions used (`kefu-academy:attempts`, versions 1 and
 * 2) is moved into one record per attempt on every read that finds it (an old tab may still write
 * it), without losing anything.
 */
import { oldestFirst, tidyAttempts } from '../lib/attempt-list.ts';
import type { Usage } from '../lib/attempts.ts';
import { AttemptHistorySchema, StoredAttemptSchema, type AttemptHistory, type StoredAttempt } from '../schemas/attempt.ts';
import { TRANSCRIPT_VERSION } from '../schemas/transcript-version.ts';
import { ATTEMPT_PREFIX, DAMAGED_ATTEMPT_PREFIX, LEGACY_ATTEMPTS_KEY, attemptKey, attemptsUsage, storageKeys } from './attempt-save.ts';
import { backupKey, browserStorage, createVersionedStore, damagedKey, isQuotaError, type ListableStorage, type VersionedStore } from './versioned-store.ts';

const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

/** A record from a newer version of the site: a result or transcript version this one does not know. */
function isNewer(data: unknown): boolean {
  if (!isRecord(data)) return false;
  const result = isRecord(data.result) ? data.result.version : undefined;
  const transcript = isRecord(data.transcript) ? data.transcript.version : undefined;
  return (typeof result === 'number' && result > 1) || (typeof transcript === 'number' && transcript > TRANSCRIPT_VERSION);
}

/** Version 1 held bare results: each becomes an attempt without a log. */
function fromVersion1(old: Record<string, unknown>): { attempts: unknown[] } {
  const attempts = old.attempts;
  if (!Array.isArray(attempts)) throw new Error('attempts is not a list');
  return { attempts: attempts.map((result: unknown, i) => ({ id: `v1-${i + 1}`, savedAt: null, result, transcript: null })) };
}

/** The attempts document of the backup file (the old layout's format, version 1 upgraded); parsing only. */
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

const nothing = (problem?: AttemptsProblem): LoadedAttempts => ({
  attempts: [],
  damaged: [],
  usage: { chars: 0, share: 0, nearlyFull: false },
  ...(problem ? { problem } : {}),
});

/** Parses one record; null when it does not read as an attempt under this id. */
function readRecord(key: string, text: string): StoredAttempt | null {
  const parsed = StoredAttemptSchema.safeParse(safeJson(text));
  return parsed.success && attemptKey(parsed.data.id) === key ? parsed.data : null;
}

/**
 * Keeps `text` under `key`, or under `key-2`, `key-3` … when another text is there already: a
 * copy set aside never replaces another. True once it is stored (or was already).
 */
function keepAside(storage: ListableStorage, key: string, text: string): boolean {
  for (let n = 1; ; n++) {
    const k = n === 1 ? key : `${key}-${n}`;
    const there = storage.getItem(k);
    if (there === text) return true;
    if (there !== null) continue;
    try {
      storage.setItem(k, text);
      return true;
    } catch {
      // No room for the copy: the original stays where it is and is reported again next time.
      return false;
    }
  }
}

/** Sets an unreadable record aside; only once the copy is safe does the record leave the list. */
function moveAside(storage: ListableStorage, key: string, text: string): void {
  if (keepAside(storage, `${DAMAGED_ATTEMPT_PREFIX}${key.slice(ATTEMPT_PREFIX.length)}`, text)) storage.removeItem(key);
}

/**
 * The entries of an old-layout document, each still unchecked (version 1 results wrapped as
 * attempts without a log); 'newer-version' for a document this site does not know; null when the
 * document itself does not read (not JSON, no version, no list).
 */
function legacyEntries(raw: string | null): unknown[] | 'newer-version' | null {
  const data = raw === null ? null : safeJson(raw);
  if (!isRecord(data) || typeof data.version !== 'number' || !Array.isArray(data.attempts)) return null;
  if (data.version > 2) return 'newer-version';
  if (data.version === 2) return data.attempts;
  if (data.version === 1) return fromVersion1(data).attempts;
  return null;
}

/** Where an entry of the old document that does not read as an attempt is set aside: by its id if it has one. */
function legacyAsideKey(entry: unknown, index: number): string {
  const id = isRecord(entry) && typeof entry.id === 'string' && /^[\w-]{1,80}$/.test(entry.id) ? entry.id : `legacy-${index + 1}`;
  return `${DAMAGED_ATTEMPT_PREFIX}${id}`;
}

/**
 * Moves the old document's attempts into records of their own, one by one; an entry that does not
 * read is set aside on its own while the rest move. A document that does not read at all is set
 * aside whole (`kefu-academy:attempts:damaged`) and its backup copy, the state before the last
 * save, moved instead. The document goes (with its backup copy) only once everything in it is in
 * place; until then what did not fit is read from it. Returns those attempts and what was wrong.
 */
function migrateLegacy(storage: ListableStorage): { pending: StoredAttempt[]; problem?: AttemptsProblem } {
  const raw = storage.getItem(LEGACY_ATTEMPTS_KEY);
  if (raw === null) return { pending: [] };
  let entries = legacyEntries(raw);
  if (entries === 'newer-version') return { pending: [], problem: 'newer-version' };
  let problem: AttemptsProblem | undefined;
  let safe = true;
  if (entries === null) {
    safe = keepAside(storage, damagedKey(LEGACY_ATTEMPTS_KEY), raw);
    const backup = storage.getItem(backupKey(LEGACY_ATTEMPTS_KEY));
    const fromBackup = legacyEntries(backup);
    if (Array.isArray(fromBackup)) {
      entries = fromBackup;
      problem = 'damaged';
    } else {
      // A backup copy that does not read (or is newer) is kept aside as well.
      if (backup !== null) safe = keepAside(storage, `${DAMAGED_ATTEMPT_PREFIX}legacy-backup`, backup) && safe;
      entries = [];
      problem = 'damaged-no-backup';
    }
  }
  const pending: StoredAttempt[] = [];
  entries.forEach((entry, index) => {
    const parsed = StoredAttemptSchema.safeParse(entry);
    if (!parsed.success) {
      safe = keepAside(storage, legacyAsideKey(entry, index), JSON.stringify(entry)) && safe;
      return;
    }
    const key = attemptKey(parsed.data.id);
    try {
      if (storage.getItem(key) === null) storage.setItem(key, JSON.stringify(parsed.data));
    } catch (error) {
      if (!isQuotaError(error)) throw error;
      pending.push(parsed.data);
    }
  });
  if (pending.length === 0 && safe) {
    storage.removeItem(LEGACY_ATTEMPTS_KEY);
    storage.removeItem(backupKey(LEGACY_ATTEMPTS_KEY));
  }
  return { pending, ...(problem ? { problem } : {}) };
}

/** Every stored attempt, validated; the old layout moved; unreadable records set aside and listed. */
export function loadAttempts(storage: ListableStorage | null = browserStorage()): LoadedAttempts {
  if (!storage) return nothing('unavailable');
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
      .filter((key) => key.startsWith(DAMAGED_ATTEMPT_PREFIX) || key === damagedKey(LEGACY_ATTEMPTS_KEY))
      .sort()
      .map((key) => ({ key, text: storage.getItem(key) ?? '' }));
    return { attempts: oldestFirst([...attempts.values()]), damaged, usage: attemptsUsage(storage), ...(problem ? { problem } : {}) };
  } catch {
    return nothing('unavailable');
  }
}

/** The attempt with this id, whether a record of it was set aside as unreadable, and what was wrong reading the storage. */
export function findAttempt(id: string, storage: ListableStorage | null = browserStorage()): { attempt?: StoredAttempt; damaged: boolean; problem?: AttemptsProblem } {
  const loaded = loadAttempts(storage);
  const attempt = loaded.attempts.find((a) => a.id === id);
  const aside = `${DAMAGED_ATTEMPT_PREFIX}${id}`;
  const damaged = loaded.damaged.some((d) => d.key === aside || d.key.startsWith(`${aside}-`));
  return { ...(attempt ? { attempt } : {}), damaged, ...(loaded.problem ? { problem: loaded.problem } : {}) };
}

/** Removes these attempts (after the trainee confirmed), also from an old-layout document still waiting to move; true when all went. */
export function deleteAttempts(ids: readonly string[], storage: ListableStorage | null = browserStorage()): boolean {
  if (!storage) return false;
  try {
    for (const id of ids) storage.removeItem(attemptKey(id));
    const entries = legacyEntries(storage.getItem(LEGACY_ATTEMPTS_KEY));
    if (Array.isArray(entries)) {
      const gone = new Set(ids);
      const kept = entries.filter((e) => !(isRecord(e) && typeof e.id === 'string' && gone.has(e.id)));
      storage.setItem(LEGACY_ATTEMPTS_KEY, JSON.stringify({ version: 2, attempts: kept }));
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

/** Adds the attempts of an imported backup that are not here yet (an attempt already here, by id, stays as it is). */
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
