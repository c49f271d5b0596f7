import type { ListableStorage } from '../../../src/storage/versioned-store.ts';

/** An in-memory Storage with an optional byte quota, like a full phone browser. */
export class FakeStorage implements ListableStorage {
  readonly items = new Map<string, string>();
  quota = Number.POSITIVE_INFINITY;

  get length(): number {
    return this.items.size;
  }

  key(index: number): string | null {
    return [...this.items.keys()][index] ?? null;
  }

  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }

  setItem(key: string, value: string): void {
    if (this.used(key) + key.length + value.length > this.quota) {
      const error = new Error('The quota has been exceeded.');
      error.name = 'QuotaExceededError';
      throw error;
    }
    this.items.set(key, value);
  }

  removeItem(key: string): void {
    this.items.delete(key);
  }

  /** Characters taken by every item but `except`. */
  used(except = ''): number {
    return [...this.items].reduce((n, [k, v]) => n + (k === except ? 0 : k.length + v.length), 0);
  }
}

const blocked = (): never => {
  throw new DOMException('The operation is insecure.', 'SecurityError');
};

/** Storage that throws on every access, as Safari does with storage blocked. */
export const blockedStorage: ListableStorage = {
  get length(): number {
    return blocked();
  },
  key: blocked,
  getItem: blocked,
  setItem: blocked,
  removeItem: blocked,
};
