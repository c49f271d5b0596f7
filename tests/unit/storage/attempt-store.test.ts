import { describe, expect, test } from 'vitest';
import { playExample } from '../../../src/engine/examples.ts';
import { ATTEMPTS_KEY, MAX_ATTEMPTS, addAttempt, createAttemptStore, emptyAttempts } from '../../../src/storage/attempt-store.ts';
import type { KeyValueStorage } from '../../../src/storage/versioned-store.ts';
import { contentScenario } from '../helpers.ts';

function memoryStorage(): KeyValueStorage & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return {
    data,
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => void data.set(k, v),
    removeItem: (k) => void data.delete(k),
  };
}

const result = playExample(contentScenario('size-advice'), [{ text: '亲，您好！请问您的身高体重？' }, { text: 'XL 码' }]).result;

describe('attempt store', () => {
  test('keeps results across loads', () => {
    const storage = memoryStorage();
    const store = createAttemptStore(storage);
    expect(store.update((h) => addAttempt(h, result)).result).toEqual({ ok: true });
    expect(createAttemptStore(storage).load().value.attempts).toEqual([result]);
  });

  test(`keeps only the newest ${MAX_ATTEMPTS}`, () => {
    let history = emptyAttempts();
    for (let i = 0; i < MAX_ATTEMPTS + 5; i++) history = addAttempt(history, { ...result, durationMs: i });
    expect(history.attempts).toHaveLength(MAX_ATTEMPTS);
    expect(history.attempts[0]?.durationMs).toBe(5);
  });

  test('falls back to empty on a damaged copy and sets it aside', () => {
    const storage = memoryStorage();
    storage.setItem(ATTEMPTS_KEY, '{"version":1,"attempts":[{"total":"lots"}]}');
    const loaded = createAttemptStore(storage).load();
    expect(loaded).toMatchObject({ value: emptyAttempts(), problem: 'damaged-no-backup' });
  });
});
