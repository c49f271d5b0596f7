import { describe, expect, test } from 'vitest';
import { playExample } from '../../../src/engine/examples.ts';
import { addAttempt, emptyAttempts, storedAttempt, transcriptOf } from '../../../src/lib/attempts.ts';
import { ATTEMPTS_KEY, createAttemptStore, saveAttempt } from '../../../src/storage/attempt-store.ts';
import { backupKey } from '../../../src/storage/versioned-store.ts';
import { contentScenario } from '../helpers.ts';
import { FakeStorage, blockedStorage } from './fake-storage.ts';

const run = playExample(contentScenario('size-advice'), [{ text: '亲，您好！请问您的身高体重？', speed: 60 }, { text: 'XL 码' }]);
const at = new Date('2026-11-23T09:30:00Z');
const attempt = (id: string) => storedAttempt(id, at, run.result, transcriptOf('size-advice', null, run.events));

describe('attempt store', () => {
  test('keeps results with their logs across loads', () => {
    const storage = new FakeStorage();
    const outcome = saveAttempt(createAttemptStore(storage), attempt('a'));
    expect(outcome).toMatchObject({ ok: true, usage: { nearlyFull: false } });
    const loaded = createAttemptStore(storage).load();
    expect(loaded.problem).toBeUndefined();
    expect(loaded.value.attempts).toEqual([attempt('a')]);
    expect(loaded.value.attempts[0]?.transcript?.events).toEqual(run.events);
  });

  test('never drops an attempt to make room: a save that does not fit is reported and the old ones stay', () => {
    const storage = new FakeStorage();
    const store = createAttemptStore(storage);
    expect(saveAttempt(store, attempt('a')).ok).toBe(true);
    storage.quota = [...storage.items].reduce((n, [k, v]) => n + k.length + v.length, 0) + 100;
    expect(saveAttempt(store, attempt('b'))).toEqual({ ok: false, problem: 'quota' });
    expect(store.load().value.attempts.map((a) => a.id)).toEqual(['a']);
  });

  test('storage switched off or a newer site’s copy: not saved, and says why', () => {
    expect(saveAttempt(createAttemptStore(blockedStorage), attempt('a'))).toEqual({ ok: false, problem: 'unavailable' });
    expect(saveAttempt(createAttemptStore(null), attempt('a'))).toEqual({ ok: false, problem: 'unavailable' });
    const storage = new FakeStorage();
    storage.setItem(ATTEMPTS_KEY, '{"version":9}');
    expect(saveAttempt(createAttemptStore(storage), attempt('a'))).toEqual({ ok: false, problem: 'newer-version' });
    expect(storage.getItem(ATTEMPTS_KEY)).toBe('{"version":9}');
  });

  test('a damaged copy: the attempt goes into the last good copy, and the damage is reported', () => {
    const storage = new FakeStorage();
    const store = createAttemptStore(storage);
    saveAttempt(store, attempt('a'));
    saveAttempt(store, attempt('b'));
    storage.setItem(ATTEMPTS_KEY, '{"version":2,"attempts":[');
    const outcome = saveAttempt(store, attempt('c'));
    expect(outcome).toMatchObject({ ok: true, recovered: 'damaged' });
    expect(store.load().value.attempts.map((a) => a.id)).toEqual(['a', 'c']);
    expect(store.damagedCopy()).toBe('{"version":2,"attempts":[');
  });

  test('an attempt that does not match the schema is refused', () => {
    const bad = { ...attempt('x'), result: { ...run.result, total: 'lots' } } as unknown as ReturnType<typeof attempt>;
    expect(saveAttempt(createAttemptStore(new FakeStorage()), bad)).toEqual({ ok: false, problem: 'invalid' });
  });

  test('version 1 (bare results) is upgraded: every result kept, without a log', () => {
    const storage = new FakeStorage();
    storage.setItem(ATTEMPTS_KEY, JSON.stringify({ version: 1, attempts: [run.result, { ...run.result, total: 12 }] }));
    const loaded = createAttemptStore(storage).load();
    expect(loaded.migrated).toBe(true);
    expect(loaded.value.attempts).toEqual([
      { id: 'v1-1', savedAt: null, result: run.result, transcript: null },
      { id: 'v1-2', savedAt: null, result: { ...run.result, total: 12 }, transcript: null },
    ]);
    saveAttempt(createAttemptStore(storage), attempt('new'));
    expect(createAttemptStore(storage).load().value.attempts.map((a) => a.id)).toEqual(['v1-1', 'v1-2', 'new']);
    expect(JSON.parse(storage.getItem(backupKey(ATTEMPTS_KEY)) ?? '{}').version).toBe(1);
  });

  test('falls back to empty on a damaged copy without backup and sets it aside', () => {
    const storage = new FakeStorage();
    storage.setItem(ATTEMPTS_KEY, '{"version":2,"attempts":[{"total":"lots"}]}');
    expect(createAttemptStore(storage).load()).toMatchObject({ value: emptyAttempts(), problem: 'damaged-no-backup' });
  });

  test('addAttempt and the store agree on the document', () => {
    const store = createAttemptStore(new FakeStorage());
    expect(store.update((h) => addAttempt(h, attempt('a'))).result).toEqual({ ok: true });
  });
});
