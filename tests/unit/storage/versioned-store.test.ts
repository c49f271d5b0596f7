import { describe, expect, test } from 'vitest';
import * as z from 'zod/mini';
import { backupKey, createVersionedStore, damagedKey } from '../../../src/storage/versioned-store.ts';
import { blockedStorage, FakeStorage } from './fake-storage.ts';

/** A store at version 3 whose history exercises the migration chain. */
const NoteSchema = z.strictObject({ version: z.literal(3), notes: z.array(z.strictObject({ text: z.string(), pinned: z.boolean() })) });
type Notes = z.infer<typeof NoteSchema>;

const definition = {
  key: 'test:notes',
  schema: NoteSchema,
  version: 3,
  migrations: {
    // v1 kept plain strings; v2 made them objects; v3 added `pinned`.
    1: (old: Record<string, unknown>) => ({ notes: (old.notes as string[]).map((text) => ({ text })) }),
    2: (old: Record<string, unknown>) => ({
      notes: (old.notes as { text: string }[]).map((n) => ({ ...n, pinned: false })),
    }),
  },
  empty: (): Notes => ({ version: 3, notes: [] }),
};

const doc = (...texts: string[]): Notes => ({ version: 3, notes: texts.map((text) => ({ text, pinned: false })) });

describe('createVersionedStore', () => {
  test('returns the empty document when nothing is stored', () => {
    const store = createVersionedStore(definition, new FakeStorage());
    expect(store.load()).toEqual({ value: doc(), migrated: false });
  });

  test('saves and loads a document', () => {
    const storage = new FakeStorage();
    const store = createVersionedStore(definition, storage);
    expect(store.save(doc('a'))).toEqual({ ok: true });
    expect(store.load().value).toEqual(doc('a'));
  });

  test('keeps the previous good copy as a backup on every save', () => {
    const storage = new FakeStorage();
    const store = createVersionedStore(definition, storage);
    store.save(doc('first'));
    store.save(doc('second'));
    expect(JSON.parse(storage.getItem(backupKey('test:notes'))!)).toEqual(doc('first'));
  });

  test.each([
    ['not JSON', '{"version":3,"notes":['],
    ['JSON of the wrong shape', '{"version":3,"notes":"x"}'],
    ['an array', '[1,2]'],
    ['no version', '{"notes":[]}'],
    ['a __proto__ key', '{"version":3,"notes":[],"__proto__":{"notes":["x"]}}'],
    ['a nested __proto__ key', '{"version":3,"notes":[{"text":"a","pinned":false,"__proto__":{"polluted":true}}]}'],
    ['a number where text belongs', '{"version":3,"notes":[{"text":1e308,"pinned":false}]}'],
  ])('recovers the last good copy when the stored copy is %s', (_label, damaged) => {
    const storage = new FakeStorage();
    const store = createVersionedStore(definition, storage);
    store.save(doc('good'));
    store.save(doc('good', 'better'));
    storage.items.set('test:notes', damaged);

    const loaded = store.load();
    expect(loaded.problem).toBe('damaged');
    expect(loaded.value).toEqual(doc('good'));
    expect(store.damagedCopy()).toBe(damaged);
  });

  test('keeps text that merely mentions __proto__', () => {
    const store = createVersionedStore(definition, new FakeStorage());
    store.save(doc('{"__proto__":{}}', '__proto__'));
    expect(store.load()).toEqual({ value: doc('{"__proto__":{}}', '__proto__'), migrated: false });
  });

  test('starts empty but keeps the damaged copy when there is no backup', () => {
    const storage = new FakeStorage();
    storage.items.set('test:notes', 'garbage');
    const store = createVersionedStore(definition, storage);
    expect(store.load()).toEqual({ value: doc(), migrated: false, problem: 'damaged-no-backup' });
    store.save(doc('new'));
    expect(storage.getItem(damagedKey('test:notes'))).toBe('garbage');
    expect(store.load().value).toEqual(doc('new'));
  });

  test('migrates an older version step by step', () => {
    const storage = new FakeStorage();
    storage.items.set('test:notes', JSON.stringify({ version: 1, notes: ['a', 'b'] }));
    const store = createVersionedStore(definition, storage);
    const loaded = store.load();
    expect(loaded).toEqual({ value: doc('a', 'b'), migrated: true });
  });

  test('keeps the old-version copy as the backup when saving after a migration', () => {
    const storage = new FakeStorage();
    const old = JSON.stringify({ version: 2, notes: [{ text: 'a' }] });
    storage.items.set('test:notes', old);
    const store = createVersionedStore(definition, storage);
    store.update((v) => ({ ...v, notes: [...v.notes, { text: 'b', pinned: true }] }));
    expect(storage.getItem(backupKey('test:notes'))).toBe(old);
    expect(store.load().value.notes).toHaveLength(2);
  });

  test('treats a migration that throws as damage, not a crash', () => {
    const storage = new FakeStorage();
    storage.items.set('test:notes', JSON.stringify({ version: 1, notes: 42 }));
    const store = createVersionedStore(definition, storage);
    expect(store.load().problem).toBe('damaged-no-backup');
  });

  test('never overwrites a document from a newer version', () => {
    const storage = new FakeStorage();
    const newer = JSON.stringify({ version: 9, notes: [], extra: true });
    storage.items.set('test:notes', newer);
    const store = createVersionedStore(definition, storage);
    expect(store.load().problem).toBe('newer-version');
    expect(store.save(doc('x'))).toEqual({ ok: false, problem: 'newer-version' });
    expect(storage.getItem('test:notes')).toBe(newer);
  });

  test('reports a full quota and leaves the stored copy intact', () => {
    const storage = new FakeStorage();
    const store = createVersionedStore(definition, storage);
    store.save(doc('kept'));
    storage.quota = [...storage.items].reduce((n, [k, v]) => n + k.length + v.length, 0);
    expect(store.save(doc('kept', 'x'.repeat(500)))).toEqual({ ok: false, problem: 'quota' });
    expect(store.load().value).toEqual(doc('kept'));
  });

  test('refuses to save a document that does not match the schema', () => {
    const storage = new FakeStorage();
    const store = createVersionedStore(definition, storage);
    expect(store.save({ version: 3, notes: [{ text: 1 }] } as unknown as Notes)).toEqual({ ok: false, problem: 'invalid' });
    expect(storage.items.size).toBe(0);
  });

  test.each([
    ['switched off', null],
    ['blocked', blockedStorage],
  ])('works in memory and says so when storage is %s', (_label, storage) => {
    const store = createVersionedStore(definition, storage);
    expect(store.load()).toEqual({ value: doc(), migrated: false, problem: 'unavailable' });
    expect(store.save(doc('a'))).toEqual({ ok: false, problem: 'unavailable' });
  });

  describe('parse', () => {
    test('accepts an exported document, migrating it', () => {
      const store = createVersionedStore(definition, new FakeStorage());
      expect(store.parse(JSON.stringify({ version: 1, notes: ['x'] }))).toEqual({ ok: true, value: doc('x') });
    });

    test.each([
      ['not JSON', 'hello', 'invalid'],
      ['wrong shape', '{"version":3}', 'invalid'],
      ['newer version', '{"version":4,"notes":[]}', 'newer-version'],
    ])('rejects %s', (_label, text, problem) => {
      const store = createVersionedStore(definition, new FakeStorage());
      expect(store.parse(text)).toEqual({ ok: false, problem });
    });
  });
});
