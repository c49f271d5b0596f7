import { describe, expect, test } from 'vitest';
import {
  createProgressStore,
  emptyProgress,
  mergeProgress,
  PROGRESS_KEY,
  recordQuiz,
  setChecklist,
  setLessonComplete,
} from '../../../src/storage/progress-store.ts';
import { FakeStorage } from './fake-storage.ts';

const at = (iso: string) => new Date(iso);

describe('progress store', () => {
  test('marks and unmarks a lesson complete', () => {
    const store = createProgressStore(new FakeStorage());
    store.update((p) => setLessonComplete(p, 'workflow/five-step-conversation', true, at('2026-11-23T08:00:00Z')));
    expect(store.load().value.lessons).toEqual({
      'workflow/five-step-conversation': { completedAt: '2026-11-23T08:00:00.000Z' },
    });
    store.update((p) => setLessonComplete(p, 'workflow/five-step-conversation', false, at('2026-11-23T09:00:00Z')));
    expect(store.load().value.lessons).toEqual({});
  });

  test('two islands updating one after the other keep both changes', () => {
    const storage = new FakeStorage();
    createProgressStore(storage).update((p) => recordQuiz(p, 'a/b', { q1: [0] }, 1, 1, at('2026-11-23T08:00:00Z')));
    createProgressStore(storage).update((p) => setChecklist(p, 'a/b#prep', ['打开千牛'], at('2026-11-23T08:01:00Z')));
    const value = createProgressStore(storage).load().value;
    expect(Object.keys(value.quizzes)).toEqual(['a/b']);
    expect(Object.keys(value.checklists)).toEqual(['a/b#prep']);
  });

  test('a corrupt stored copy falls back to the last good one', () => {
    const storage = new FakeStorage();
    const store = createProgressStore(storage);
    store.update((p) => setLessonComplete(p, 'x/one', true, at('2026-11-20T00:00:00Z')));
    store.update((p) => setLessonComplete(p, 'x/two', true, at('2026-11-21T00:00:00Z')));
    storage.items.set(PROGRESS_KEY, '{"version":1,"lessons":');
    const loaded = store.load();
    expect(loaded.problem).toBe('damaged');
    expect(Object.keys(loaded.value.lessons)).toEqual(['x/one']);
  });

  describe('a copy edited in storage is refused and the last good one used', () => {
    const good = () => {
      const storage = new FakeStorage();
      const store = createProgressStore(storage);
      store.update((p) => recordQuiz(p, 'a/one', { q1: [1] }, 1, 1, at('2026-11-01T00:00:00Z')));
      // The copy before the latest save is the backup: the one the edited copy falls back to.
      const value = store.load().value;
      store.update((p) => setChecklist(p, 'a/one#prep', ['打开千牛'], at('2026-11-01T00:01:00Z')));
      return { storage, value };
    };
    const quiz = (answers: string) => `{"answers":${answers},"correct":1,"total":1,"at":"2026-11-01T00:00:00.000Z"}`;

    test.each([
      ['quiz answers that are text', `{"version":1,"lessons":{},"quizzes":{"a/one":${quiz('{"q1":"A"}')}},"checklists":{}}`],
      ['a checklist that is a number', '{"version":1,"lessons":{},"quizzes":{},"checklists":{"a/one#prep":{"ticked":7,"at":"2026-11-01T00:00:00.000Z"}}}'],
      ['a __proto__ key among the quizzes', `{"version":1,"lessons":{},"quizzes":{"__proto__":${quiz('{"q1":[0]}')}},"checklists":{}}`],
      ['a __proto__ key in the answers', `{"version":1,"lessons":{},"quizzes":{"a/one":${quiz('{"__proto__":[0]}')}},"checklists":{}}`],
      ['a huge ticked item', `{"version":1,"lessons":{},"quizzes":{},"checklists":{"a/one#prep":{"ticked":["${'x'.repeat(1_000_000)}"],"at":"2026-11-01T00:00:00.000Z"}}}`],
      ['a huge option index', `{"version":1,"lessons":{},"quizzes":{"a/one":${quiz('{"q1":[1e12]}')}},"checklists":{}}`],
      ['a huge list of answers', `{"version":1,"lessons":{},"quizzes":{"a/one":${quiz(`{"q1":[${Array.from({ length: 10_000 }, () => 0).join(',')}]}`)}},"checklists":{}}`],
    ])('%s', (_label, raw) => {
      const { storage, value } = good();
      storage.items.set(PROGRESS_KEY, raw);
      const loaded = createProgressStore(storage).load();
      expect(loaded.problem).toBe('damaged');
      expect(loaded.value).toEqual(value);
    });
  });

  describe('mergeProgress', () => {
    test('keeps everything from both sides and the newer quiz result', () => {
      const mine = recordQuiz(
        setLessonComplete(emptyProgress(), 'a/one', true, at('2026-11-01T00:00:00Z')),
        'a/one',
        { q1: [1] },
        0,
        1,
        at('2026-11-02T00:00:00Z'),
      );
      const backup = recordQuiz(
        setLessonComplete(emptyProgress(), 'a/two', true, at('2026-10-01T00:00:00Z')),
        'a/one',
        { q1: [0] },
        1,
        1,
        at('2026-11-03T00:00:00Z'),
      );
      const merged = mergeProgress(mine, backup);
      expect(Object.keys(merged.lessons).sort()).toEqual(['a/one', 'a/two']);
      expect(merged.quizzes['a/one']?.correct).toBe(1);
    });

    test('does not let an older backup replace a newer answer', () => {
      const mine = recordQuiz(emptyProgress(), 'q', { q1: [1] }, 1, 1, at('2026-11-05T00:00:00Z'));
      const old = recordQuiz(emptyProgress(), 'q', { q1: [0] }, 0, 1, at('2026-11-01T00:00:00Z'));
      expect(mergeProgress(mine, old).quizzes.q?.correct).toBe(1);
    });
  });
});
