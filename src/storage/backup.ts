/**
 * The backup file of 我的进度: lesson progress and practice attempts in one JSON document, so
 * moving to another device moves everything. Backups from before attempts were included (the
 * bare progress document) still import; attempts inside keep the history document's format
 * (`{ version: 2, attempts: [...] }`, version 1 upgraded).
 */
import type { StoredAttempt } from '../schemas/attempt.ts';
import type { Progress } from '../schemas/progress.ts';
import { historyStore } from './attempt-store.ts';
import type { VersionedStore } from './versioned-store.ts';

export const BACKUP_KIND = 'kefu-academy-backup';
export const BACKUP_VERSION = 1;

export function backupText(progress: Progress, attempts: readonly StoredAttempt[]): string {
  return `${JSON.stringify({ kind: BACKUP_KIND, version: BACKUP_VERSION, progress, attempts: { version: 2, attempts } }, null, 2)}\n`;
}

export type ReadBackup =
  | { ok: true; progress: Progress; attempts: StoredAttempt[] | null }
  | { ok: false; problem: 'invalid' | 'newer-version' };

const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/** Parses a backup through the stores' own schemas and migrations; never touches storage. */
export function readBackup(text: string, progressStore: VersionedStore<Progress>): ReadBackup {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, problem: 'invalid' };
  }
  const fail = (problem: 'damaged' | 'newer-version' | 'invalid'): ReadBackup => ({ ok: false, problem: problem === 'newer-version' ? 'newer-version' : 'invalid' });
  if (!isRecord(data) || data.kind !== BACKUP_KIND) {
    const progress = progressStore.parse(text);
    return progress.ok ? { ok: true, progress: progress.value, attempts: null } : fail(progress.problem);
  }
  if (typeof data.version !== 'number') return fail('invalid');
  if (data.version > BACKUP_VERSION) return fail('newer-version');
  const progress = progressStore.parse(JSON.stringify(data.progress));
  if (!progress.ok) return fail(progress.problem);
  if (data.attempts === undefined || data.attempts === null) return { ok: true, progress: progress.value, attempts: null };
  // Parsing only: the store is given no storage.
  const attempts = historyStore(null).parse(JSON.stringify(data.attempts));
  return attempts.ok ? { ok: true, progress: progress.value, attempts: attempts.value.attempts } : fail(attempts.problem);
}
