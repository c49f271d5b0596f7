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

describe('a session edited in storage', () => {
  const session = testSession();
  const tampered = (raw: string) => {
    const storage = new FakeStorage();
    const store = createSessionStore('test', storage);
    store.save({ version: 1, session });
    store.save({ version: 1, session: { ...session, answers: { 'a/b#one': [1] } } });
    storage.items.set(sessionKey('test'), raw);
    return createSessionStore('test', storage).load();
  };
  const edit = (change: (s: Record<string, unknown>) => void): string => {
    const copy = JSON.parse(JSON.stringify({ version: 1, session })) as { session: Record<string, unknown> };
    change(copy.session);
    return JSON.stringify(copy);
  };

  test.each([
    ['a name that is a number', edit((s) => (s.candidate = { name: 42, employeeId: null }))],
    ['answers that are text', edit((s) => (s.answers = { 'a/b#one': '全选' }))],
    ['a __proto__ key among the answers', edit((s) => (s.answers = {})).replace('"answers":{}', '"answers":{"__proto__":[0]}')],
    ['a huge typing text', edit((s) => (s.typing = { typing: { text: '好'.repeat(200_000), events: [] } }))],
    ['a huge name', edit((s) => (s.candidate = { name: '张'.repeat(100_000), employeeId: null }))],
    ['a huge list of answers', edit((s) => (s.answers = { 'a/b#one': Array.from({ length: 10_000 }, () => 0) }))],
  ])('%s: refused, and the last good copy resumes', (_label, raw) => {
    const loaded = tampered(raw);
    expect(loaded.problem).toBe('damaged');
    expect(loaded.value.session).toEqual(session);
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
