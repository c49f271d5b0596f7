import { describe, expect, test } from 'vitest';
import { scoreExam } from '../../../src/engine/exam-score.ts';
import { recordChat, submitSection } from '../../../src/engine/exam-session.ts';
import { addResult, createResultStore, createSessionStore, sessionKey } from '../../../src/storage/exam-store.ts';
import { makeResult } from '../result-fixture.ts';
import { passingChat, testPlan, testSession } from '../exam-fixtures.ts';
import { FakeStorage } from './fake-storage.ts';

describe('session store', () => {
  test('keeps the exam under way per exam and gives it back after a reload', () => {
    const storage = new FakeStorage();
    const session = testSession();
    expect(createSessionStore('test', storage).save({ version: 2, session })).toEqual({ ok: true });
    expect(storage.getItem(sessionKey('test'))).not.toBeNull();
    expect(createSessionStore('test', storage).load().value.session).toEqual(session);
    expect(createSessionStore('other', storage).load().value.session).toBeNull();
  });

  test('reports a full store and keeps the last good copy', () => {
    const storage = new FakeStorage();
    const store = createSessionStore('test', storage);
    const session = testSession();
    store.save({ version: 2, session });
    storage.quota = 10;
    const bigger = { ...session, answers: { 'a/b#one': [1] } };
    expect(store.save({ version: 2, session: bigger })).toEqual({ ok: false, problem: 'quota' });
    expect(store.load().value.session).toEqual(session);
  });

  test('a session begun when each send was a whole reply resumes with its chat read that way', () => {
    const plan = testPlan();
    let session = submitSection(plan, testSession(plan), 5000);
    for (const e of passingChat(5000, 1)) session = recordChat(session, 'chat', 'size-advice', e);
    const { version: _version, transcriptVersion: _transcript, ...rest } = session;
    const storage = new FakeStorage();
    storage.setItem(sessionKey('test'), JSON.stringify({ version: 1, session: { version: 1, ...rest } }));
    const loaded = createSessionStore('test', storage).load();
    expect(loaded).toMatchObject({ migrated: true, value: { version: 2, session: { version: 2, transcriptVersion: 1 } } });
    const resumed = loaded.value.session;
    if (!resumed) throw new Error('the session was not read');
    const chat = scoreExam(plan, submitSection(plan, resumed, 120_000)).sections[1];
    expect(chat?.kind === 'scenarios' && chat.attempts[0]).toMatchObject({ outcome: 'completed', passed: true, total: 100 });
  });
});

describe('a session edited in storage', () => {
  const session = testSession();
  const tampered = (raw: string) => {
    const storage = new FakeStorage();
    const store = createSessionStore('test', storage);
    store.save({ version: 2, session });
    store.save({ version: 2, session: { ...session, answers: { 'a/b#one': [1] } } });
    storage.items.set(sessionKey('test'), raw);
    return createSessionStore('test', storage).load();
  };
  const edit = (change: (s: Record<string, unknown>) => void): string => {
    const copy = JSON.parse(JSON.stringify({ version: 2, session })) as { session: Record<string, unknown> };
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
