/**
 * Browser storage itself: whether it can be used, and whether an error means it is full. No zod
 * and no store logic, so the exercise page can save an attempt with only this
 * (src/storage/attempt-save.ts); the versioned store (src/storage/versioned-store.ts) builds on it.
 */

/** The part of the Web Storage API the store needs; tests pass a fake. */
export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** Web Storage with its keys listed: practice attempts live one a key (src/storage/attempt-save.ts). */
export interface ListableStorage extends KeyValueStorage {
  readonly length: number;
  key(index: number): string | null;
}

export function isQuotaError(error: unknown): boolean {
  return (
    error instanceof Error &&
    (error.name === 'QuotaExceededError' ||
      error.name === 'NS_ERROR_DOM_QUOTA_REACHED' ||
      /quota/i.test(error.message))
  );
}

/** localStorage when the browser lets us use it, null when it is switched off or blocked. */
export function browserStorage(): ListableStorage | null {
  try {
    const storage = globalThis.localStorage;
    if (!storage) return null;
    const probe = '__kefu_probe__';
    storage.setItem(probe, probe);
    storage.removeItem(probe);
    return storage;
  } catch (error) {
    // A full store still reads; only a blocked one is unusable.
    return isQuotaError(error) ? globalThis.localStorage : null;
  }
}
