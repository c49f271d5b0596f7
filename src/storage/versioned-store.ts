import { isQuotaError, type KeyValueStorage } from './browser-storage.ts';

export { browserStorage, isQuotaError, type KeyValueStorage, type ListableStorage } from './browser-storage.ts';

/**
 * What went wrong, if anything, when reading or writing. The page shows the matching message
 * (src/i18n) and carries on with the value it got.
 */
export type StoreProblem =
  | 'unavailable' // storage switched off or blocked: nothing can be kept across reloads
  | 'damaged' // the saved copy was unreadable; it was set aside and the last good copy used
  | 'damaged-no-backup' // the same, with no good copy to fall back to
  | 'newer-version' // written by a newer version of the site: kept untouched, read-only here
  | 'quota' // the browser's storage is full: the change was not saved
  | 'invalid'; // the value to save or import does not match the schema

export interface LoadResult<T> {
  value: T;
  /** True when the stored copy came from an older version and was upgraded in memory. */
  migrated: boolean;
  problem?: StoreProblem;
}

export type SaveResult = { ok: true } | { ok: false; problem: StoreProblem };

export interface VersionedDocument {
  version: number;
}

/** Any zod schema, classic or mini: the store only needs `safeParse`. */
export interface Schema<T> {
  safeParse(data: unknown): { success: true; data: T } | { success: false };
}

export interface StoreDefinition<T extends VersionedDocument> {
  /** The localStorage key; the backup and damaged copies live beside it. */
  key: string;
  /** The current schema; its `version` field is a literal of the current version. */
  schema: Schema<T>;
  version: number;
  /** `migrations[n]` turns a version-n document into a version-(n+1) one. */
  migrations: Readonly<Record<number, (old: Record<string, unknown>) => Record<string, unknown>>>;
  empty: () => T;
}

export interface VersionedStore<T extends VersionedDocument> {
  load(): LoadResult<T>;
  save(value: T): SaveResult;
  /** Re-reads the stored copy, applies `change` and saves: islands on one page never clobber each other. */
  update(change: (current: T) => T): { value: T; result: SaveResult };
  /** Parses an exported backup; never touches storage. */
  parse(text: string): { ok: true; value: T } | { ok: false; problem: 'damaged' | 'newer-version' | 'invalid' };
  /** The copy set aside when the stored document was unreadable, if any. */
  damagedCopy(): string | null;
}

export const backupKey = (key: string): string => `${key}:backup`;
export const damagedKey = (key: string): string => `${key}:damaged`;

type Decoded<T> =
  | { kind: 'ok'; value: T; migrated: boolean }
  | { kind: 'damaged' }
  | { kind: 'newer-version' };


/**
 * A JSON.parse reviver that refuses `__proto__` keys: the site never writes one, and copied into a
 * record by the schema it would replace that object's prototype instead of adding an entry.
 */
function refuseProtoKeys(key: string, value: unknown): unknown {
  if (key === '__proto__') throw new SyntaxError('__proto__ key');
  return value;
}

export function createVersionedStore<T extends VersionedDocument>(
  definition: StoreDefinition<T>,
  storage: KeyValueStorage | null,
): VersionedStore<T> {
  const { key, schema, version, migrations, empty } = definition;

  function decode(raw: string): Decoded<T> {
    let data: unknown;
    try {
      data = JSON.parse(raw, refuseProtoKeys);
    } catch {
      return { kind: 'damaged' };
    }
    if (typeof data !== 'object' || data === null || Array.isArray(data)) return { kind: 'damaged' };
    let doc = data as Record<string, unknown>;
    const from = doc.version;
    if (typeof from !== 'number' || !Number.isInteger(from) || from < 1) return { kind: 'damaged' };
    if (from > version) return { kind: 'newer-version' };
    for (let v = from; v < version; v++) {
      const migrate = migrations[v];
      if (!migrate) return { kind: 'damaged' };
      try {
        doc = { ...migrate(doc), version: v + 1 };
      } catch {
        return { kind: 'damaged' };
      }
    }
    const parsed = schema.safeParse(doc);
    return parsed.success ? { kind: 'ok', value: parsed.data, migrated: from < version } : { kind: 'damaged' };
  }

  function read(k: string): string | null {
    try {
      return storage?.getItem(k) ?? null;
    } catch {
      return null;
    }
  }

  /** Keeps an unreadable copy aside once, so a later save cannot erase what the reader had. */
  function setAside(raw: string): void {
    try {
      if (storage && storage.getItem(damagedKey(key)) !== raw) storage.setItem(damagedKey(key), raw);
    } catch {
      // A full store cannot take the copy either; the main key still holds it until the next save.
    }
  }

  function load(): LoadResult<T> {
    let raw: string | null;
    try {
      if (!storage) throw new Error('no storage');
      raw = storage.getItem(key);
    } catch {
      return { value: empty(), migrated: false, problem: 'unavailable' };
    }
    if (raw === null) return { value: empty(), migrated: false };
    const decoded = decode(raw);
    if (decoded.kind === 'ok') return { value: decoded.value, migrated: decoded.migrated };
    if (decoded.kind === 'newer-version') return { value: empty(), migrated: false, problem: 'newer-version' };
    setAside(raw);
    const backup = read(backupKey(key));
    const fromBackup = backup === null ? null : decode(backup);
    if (fromBackup?.kind === 'ok') return { value: fromBackup.value, migrated: fromBackup.migrated, problem: 'damaged' };
    return { value: empty(), migrated: false, problem: 'damaged-no-backup' };
  }

  function save(value: T): SaveResult {
    if (!storage) return { ok: false, problem: 'unavailable' };
    const checked = schema.safeParse(value);
    if (!checked.success) return { ok: false, problem: 'invalid' };
    const current = read(key);
    if (current !== null) {
      const decoded = decode(current);
      if (decoded.kind === 'newer-version') return { ok: false, problem: 'newer-version' };
      if (decoded.kind === 'ok') {
        try {
          storage.setItem(backupKey(key), current);
        } catch {
          // Without room for the backup the main write below may still fit; the old backup stays.
        }
      } else {
        setAside(current);
      }
    }
    try {
      storage.setItem(key, JSON.stringify(checked.data));
      return { ok: true };
    } catch (error) {
      return { ok: false, problem: isQuotaError(error) ? 'quota' : 'unavailable' };
    }
  }

  return {
    load,
    save,
    update(change) {
      const value = change(load().value);
      return { value, result: save(value) };
    },
    parse(text) {
      const decoded = decode(text);
      if (decoded.kind === 'ok') return { ok: true, value: decoded.value };
      return { ok: false, problem: decoded.kind === 'newer-version' ? 'newer-version' : 'invalid' };
    },
    damagedCopy: () => read(damagedKey(key)),
  };
}
