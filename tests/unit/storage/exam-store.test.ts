import { describe, expect, test } from 'vitest';
import { addResult, createResultStore, createSessionStore, sessionKey } from '../../../src/storage/exam-store.ts';
import { makeResult } from '../result-fixture.ts';
import { testSession } from '../exam-fixtures.ts';
import { FakeStorage } from './fake-storage.ts';

describe('session store', () => {
  test('keeps the exam under way per exam and gives it back after a reload', () => {
    const storage = new FakeStorage();
    const session = testSession();
    expect(createSessionStore('test', storage).save({ version: 1, session })).toEqual({ ok: true });
    expect(storage.getItem(sessionKey('test'))).not.toBeNull();
    expect(createSessionStore('test', storage).load().value.session).toEqual(session);
    expect(createSessionStore('other', storage).load().value.session).toBeNull();
  });

  test('reports a full store and keeps the last good copy', () => {
    const storage = new FakeStorage();
    const store = createSessionStore('test', storage);
    const session = testSession();
    store.save({ version: 1, session });
    storage.quota = 10;
    const bigger = { ...session, answers: { 'a/b#one': [1] } };
    expect(store.save({ version: 1, session: bigger })).toEqual({ ok: false, problem: 'quota' });
    expect(store.load().value.session).toEqual(session);
  });
});

describe('result store', () => {
  test('adds a result once and never drops one', async () => {
    const a = await makeResult();
    const b = await makeResult();
    const store = createResultStore(new FakeStorage());
    store.update((h) => addResult(h, a));
    store.update((h) => addResult(h, a));
    store.update((h) => addResult(h, b));
    expect(store.load().value.results.map((r) => r.id)).toEqual([a.id, b.id]);
  });
});
