import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { playExample } from '../../../src/engine/examples.ts';
import { storedAttempt, transcriptOf } from '../../../src/lib/attempts.ts';
import type { StoredAttempt } from '../../../src/schemas/attempt.ts';
import { ATTEMPT_PREFIX, DAMAGED_ATTEMPT_PREFIX, LEGACY_ATTEMPTS_KEY, attemptKey, saveAttempt } from '../../../src/storage/attempt-save.ts';
import { deleteAttempts, findAttempt, importAttempts, loadAttempts, tidyStoredAttempts } from '../../../src/storage/attempt-store.ts';
import { backupKey, damagedKey } from '../../../src/storage/versioned-store.ts';
import { contentScenario } from '../helpers.ts';
import { FakeStorage, blockedStorage } from './fake-storage.ts';

const run = playExample(contentScenario('size-advice'), [{ text: '亲，您好！请问您的身高体重？', speed: 60 }, { text: 'XL 码' }]);

/** An attempt saved `minute` minutes after 09:00. */
const attempt = (id: string, minute = 0, total = run.result.total): StoredAttempt =>
  storedAttempt(id, new Date(Date.UTC(2026, 10, 23, 9, minute)), { ...run.result, total }, transcriptOf('size-advice', null, run.events));

const ids = (storage: FakeStorage | null) => loadAttempts(storage).attempts.map((a) => a.id);
const legacy = (attempts: unknown[], version = 2): string => JSON.stringify({ version, attempts });

describe('saving and reading attempts', () => {
  test('keeps each attempt with its log under its own key, and reads them back oldest first', () => {
    const storage = new FakeStorage();
    expect(saveAttempt(storage, attempt('b', 2))).toMatchObject({ ok: true, usage: { nearlyFull: false } });
    expect(saveAttempt(storage, attempt('a', 1))).toMatchObject({ ok: true });
    expect(JSON.parse(storage.getItem(attemptKey('a')) ?? '')).toEqual(attempt('a', 1));
    const loaded = loadAttempts(storage);
    expect(loaded).toMatchObject({ damaged: [] });
    expect(loaded.problem).toBeUndefined();
    expect(loaded.attempts).toEqual([attempt('a', 1), attempt('b', 2)]);
    expect(loaded.usage.chars).toBe(storage.used());
  });

  test('a full store: the save is reported and nothing already kept is touched', () => {
    const storage = new FakeStorage();
    saveAttempt(storage, attempt('a'));
    storage.quota = storage.used() + 100;
    expect(saveAttempt(storage, attempt('b', 1))).toEqual({ ok: false, problem: 'quota' });
    expect(ids(storage)).toEqual(['a']);
  });

  test('storage switched off or blocked: not saved, nothing read, and says why', () => {
    expect(saveAttempt(null, attempt('a'))).toEqual({ ok: false, problem: 'unavailable' });
    expect(saveAttempt(blockedStorage, attempt('a'))).toEqual({ ok: false, problem: 'unavailable' });
    expect(loadAttempts(null)).toMatchObject({ attempts: [], damaged: [], problem: 'unavailable' });
    expect(loadAttempts(blockedStorage)).toMatchObject({ attempts: [], damaged: [], problem: 'unavailable' });
    expect(findAttempt('a', blockedStorage)).toEqual({ damaged: false, problem: 'unavailable' });
    expect(importAttempts([attempt('a')], null)).toEqual({ added: 0, problem: 'unavailable' });
    expect(deleteAttempts(['a'], blockedStorage)).toBe(false);
  });

  test('a corrupt record is set aside (never deleted) and reported; the others still read', () => {
    const storage = new FakeStorage();
    saveAttempt(storage, attempt('a'));
    saveAttempt(storage, attempt('c', 2));
    const broken = `${JSON.stringify(attempt('b', 1)).slice(0, 200)}`;
    storage.setItem(attemptKey('b'), broken);
    const wrongShape = JSON.stringify({ ...attempt('d', 3), result: { ...run.result, total: 'lots' } });
    storage.setItem(attemptKey('d'), wrongShape);
    const loaded = loadAttempts(storage);
    expect(loaded.attempts.map((a) => a.id)).toEqual(['a', 'c']);
    expect(loaded.damaged).toEqual([
      { key: `${DAMAGED_ATTEMPT_PREFIX}b`, text: broken },
      { key: `${DAMAGED_ATTEMPT_PREFIX}d`, text: wrongShape },
    ]);
    expect(storage.getItem(attemptKey('b'))).toBeNull();
    expect(findAttempt('b', storage)).toEqual({ damaged: true });
    expect(findAttempt('a', storage)).toEqual({ attempt: attempt('a'), damaged: false });
    // Read again: the same, nothing set aside twice.
    expect(loadAttempts(storage).damaged).toEqual(loaded.damaged);
  });

  test('a record under another id is set aside too, and one set aside never replaces another', () => {
    const storage = new FakeStorage();
    storage.setItem(`${DAMAGED_ATTEMPT_PREFIX}x`, 'first damage');
    storage.setItem(attemptKey('x'), JSON.stringify(attempt('y')));
    expect(loadAttempts(storage)).toMatchObject({
      attempts: [],
      damaged: [
        { key: `${DAMAGED_ATTEMPT_PREFIX}x`, text: 'first damage' },
        { key: `${DAMAGED_ATTEMPT_PREFIX}x-2`, text: JSON.stringify(attempt('y')) },
      ],
    });
  });

  test('a corrupt record stays where it is while there is no room for the copy', () => {
    const storage = new FakeStorage();
    storage.setItem(attemptKey('b'), 'not json');
    storage.quota = storage.used();
    expect(loadAttempts(storage)).toMatchObject({ attempts: [], damaged: [] });
    expect(storage.getItem(attemptKey('b'))).toBe('not json');
    storage.quota = Number.POSITIVE_INFINITY;
    expect(loadAttempts(storage).damaged).toEqual([{ key: `${DAMAGED_ATTEMPT_PREFIX}b`, text: 'not json' }]);
  });

  test('a record of a newer version of the site is left untouched, not shown, and reported', () => {
    const storage = new FakeStorage();
    saveAttempt(storage, attempt('a'));
    const newer = JSON.stringify({ ...attempt('n', 1), result: { ...run.result, version: 2, surprise: true } });
    storage.setItem(attemptKey('n'), newer);
    const newerLog = JSON.stringify({ ...attempt('m', 2), transcript: { version: 3, scenario: 'size-advice', events: [] } });
    storage.setItem(attemptKey('m'), newerLog);
    expect(loadAttempts(storage)).toMatchObject({ problem: 'newer-version', damaged: [] });
    expect(ids(storage)).toEqual(['a']);
    expect(storage.getItem(attemptKey('n'))).toBe(newer);
    expect(storage.getItem(attemptKey('m'))).toBe(newerLog);
  });
});

describe('the old layout (one document, kefu-academy:attempts)', () => {
  test('version 2 is moved into a record per attempt, nothing lost, and the document and its backup copy go', () => {
    const storage = new FakeStorage();
    storage.setItem(LEGACY_ATTEMPTS_KEY, legacy([attempt('a'), attempt('b', 1)]));
    storage.setItem(backupKey(LEGACY_ATTEMPTS_KEY), legacy([attempt('a')]));
    const loaded = loadAttempts(storage);
    expect(loaded.problem).toBeUndefined();
    expect(loaded.attempts).toEqual([attempt('a'), attempt('b', 1)]);
    expect([...storage.items.keys()].sort()).toEqual([attemptKey('a'), attemptKey('b')]);
    expect(loadAttempts(storage).attempts).toEqual(loaded.attempts);
  });

  test('results kept before a reply could be several messages (no messages) still read and move as they are', () => {
    const storage = new FakeStorage();
    const old = { ...attempt('a'), result: { ...run.result, turns: run.result.turns.map(({ messages: _m, ...turn }) => turn) } };
    storage.setItem(LEGACY_ATTEMPTS_KEY, legacy([old]));
    expect(loadAttempts(storage).attempts).toEqual([old]);
  });

  test('version 1 (bare results): every result kept as an attempt without a log', () => {
    const storage = new FakeStorage();
    storage.setItem(LEGACY_ATTEMPTS_KEY, legacy([run.result, { ...run.result, total: 12 }], 1));
    saveAttempt(storage, attempt('new'));
    expect(loadAttempts(storage).attempts).toEqual([
      { id: 'v1-1', savedAt: null, result: run.result, transcript: null },
      { id: 'v1-2', savedAt: null, result: { ...run.result, total: 12 }, transcript: null },
      attempt('new'),
    ]);
    expect(storage.getItem(LEGACY_ATTEMPTS_KEY)).toBeNull();
  });

  test('an entry that does not read is set aside on its own; the rest move', () => {
    const storage = new FakeStorage();
    const bad = { id: 'b', result: { total: 'lots' } };
    storage.setItem(LEGACY_ATTEMPTS_KEY, legacy([attempt('a'), bad, { nonsense: true }, attempt('c', 2)]));
    const loaded = loadAttempts(storage);
    expect(loaded.attempts.map((a) => a.id)).toEqual(['a', 'c']);
    expect(loaded.damaged).toEqual([
      { key: `${DAMAGED_ATTEMPT_PREFIX}b`, text: JSON.stringify(bad) },
      { key: `${DAMAGED_ATTEMPT_PREFIX}legacy-3`, text: '{"nonsense":true}' },
    ]);
    expect(storage.getItem(LEGACY_ATTEMPTS_KEY)).toBeNull();
  });

  test('a document that does not read: its text is kept aside, the backup copy moved, and the damage reported once', () => {
    const storage = new FakeStorage();
    storage.setItem(LEGACY_ATTEMPTS_KEY, '{"version":2,"attempts":[');
    storage.setItem(backupKey(LEGACY_ATTEMPTS_KEY), legacy([attempt('a')]));
    const loaded = loadAttempts(storage);
    expect(loaded).toMatchObject({ problem: 'damaged', damaged: [{ key: damagedKey(LEGACY_ATTEMPTS_KEY), text: '{"version":2,"attempts":[' }] });
    expect(loaded.attempts).toEqual([attempt('a')]);
    expect(storage.getItem(LEGACY_ATTEMPTS_KEY)).toBeNull();
    expect(loadAttempts(storage)).toMatchObject({ attempts: [attempt('a')], damaged: loaded.damaged });
    expect(loadAttempts(storage).problem).toBeUndefined();
  });

  test('a document that does not read, without a usable backup copy: both texts kept aside', () => {
    const storage = new FakeStorage();
    storage.setItem(LEGACY_ATTEMPTS_KEY, 'garbage');
    storage.setItem(backupKey(LEGACY_ATTEMPTS_KEY), 'more garbage');
    expect(loadAttempts(storage)).toMatchObject({
      attempts: [],
      problem: 'damaged-no-backup',
      damaged: [
        { key: damagedKey(LEGACY_ATTEMPTS_KEY), text: 'garbage' },
        { key: `${DAMAGED_ATTEMPT_PREFIX}legacy-backup`, text: 'more garbage' },
      ],
    });
  });

  test('a full store: what fits moves, the rest is read from the document, which stays until everything is in place', () => {
    const storage = new FakeStorage();
    storage.setItem(LEGACY_ATTEMPTS_KEY, legacy([attempt('a'), attempt('b', 1), attempt('c', 2)]));
    storage.quota = storage.used() + JSON.stringify(attempt('a')).length + 40;
    const loaded = loadAttempts(storage);
    expect(loaded.attempts.map((a) => a.id)).toEqual(['a', 'b', 'c']);
    expect(storage.getItem(attemptKey('a'))).not.toBeNull();
    expect(storage.getItem(attemptKey('b'))).toBeNull();
    expect(storage.getItem(LEGACY_ATTEMPTS_KEY)).not.toBeNull();
    // A tidy-up that removes a waiting attempt removes it from the document too.
    expect(deleteAttempts(['b'], storage)).toBe(true);
    expect(ids(storage)).toEqual(['a', 'c']);
    storage.quota = Number.POSITIVE_INFINITY;
    expect(ids(storage)).toEqual(['a', 'c']);
    expect(storage.getItem(LEGACY_ATTEMPTS_KEY)).toBeNull();
  });

  test('a document of a newer version of the site is left untouched and reported', () => {
    const storage = new FakeStorage();
    storage.setItem(LEGACY_ATTEMPTS_KEY, '{"version":9,"attempts":[]}');
    saveAttempt(storage, attempt('a'));
    expect(loadAttempts(storage)).toMatchObject({ problem: 'newer-version', attempts: [attempt('a')] });
    expect(storage.getItem(LEGACY_ATTEMPTS_KEY)).toBe('{"version":9,"attempts":[]}');
  });

  test('a tab of the old site still open writes the document again: its attempt moves on the next read', () => {
    const storage = new FakeStorage();
    storage.setItem(LEGACY_ATTEMPTS_KEY, legacy([attempt('a')]));
    expect(ids(storage)).toEqual(['a']);
    storage.setItem(LEGACY_ATTEMPTS_KEY, legacy([attempt('late', 5)]));
    expect(ids(storage)).toEqual(['a', 'late']);
  });

  test('never loses an attempt nor an unreadable entry, however full the store', () => {
    fc.assert(
      fc.property(
        fc.array(fc.boolean(), { minLength: 1, maxLength: 8 }),
        fc.integer({ min: 0, max: 20_000 }),
        (valid, room) => {
          const entries = valid.map((ok, i) => (ok ? attempt(`a${i}`, i) : { id: `bad${i}`, broken: i }));
          const storage = new FakeStorage();
          storage.setItem(LEGACY_ATTEMPTS_KEY, legacy(entries));
          storage.quota = storage.used() + room;
          const loaded = loadAttempts(storage);
          expect(loaded.attempts.map((a) => a.id)).toEqual(entries.flatMap((e, i) => (valid[i] ? [e.id] : [])));
          const texts = [...storage.items.values()].join('\n');
          for (const e of entries) if (!('result' in e)) expect(texts).toContain(JSON.stringify(e.broken));
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe('changing the stored attempts', () => {
  test('tidying removes exactly what tidyAttempts names', () => {
    const storage = new FakeStorage();
    for (const [i, total] of [60, 88, 70, 65].entries()) saveAttempt(storage, attempt(`a${i}`, i, total));
    expect(tidyStoredAttempts(loadAttempts(storage).attempts, storage)).toBe(true);
    expect(ids(storage)).toEqual(['a1', 'a3']);
  });

  test('importing adds what is not here, keeps what is (by id), and stops at a full store saying so', () => {
    const storage = new FakeStorage();
    saveAttempt(storage, attempt('a', 0, 10));
    expect(importAttempts([attempt('a', 0, 99), attempt('b', 1)], storage)).toEqual({ added: 1 });
    expect(loadAttempts(storage).attempts.map((a) => [a.id, a.result.total])).toEqual([
      ['a', 10],
      ['b', run.result.total],
    ]);
    storage.quota = storage.used() + 10;
    expect(importAttempts([attempt('c', 2)], storage)).toEqual({ added: 0, problem: 'quota' });
    expect([...storage.items.keys()].filter((k) => k.startsWith(ATTEMPT_PREFIX))).toHaveLength(2);
  });
});
