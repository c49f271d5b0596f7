/**
 * Exams in browser storage: the session of an exam under way (one key per exam, saved after every
 * change so a reload resumes it) and the finished results (我的成绩), both on the versioned store.
 */
import { ExamResultHistorySchema, type ExamResult, type ExamResultHistory } from '../schemas/exam-result.ts';
import { ExamSessionSlotSchema, type ExamSessionSlot } from '../schemas/exam-session.ts';
import { browserStorage, createVersionedStore, type KeyValueStorage, type VersionedStore } from './versioned-store.ts';

export const EXAM_RESULTS_KEY = 'kefu-academy:exam-results';
export const sessionKey = (exam: string): string => `kefu-academy:exam-session:${exam}`;

/**
 * Version 1 sessions were begun when each send was a whole reply: their chat logs keep being
 * replayed and continued that way (transcript version 1).
 */
function sessionFromVersion1(old: Record<string, unknown>): Record<string, unknown> {
  const session = old.session;
  if (typeof session !== 'object' || session === null) return { session: null };
  return { session: { ...session, version: 2, transcriptVersion: 1 } };
}

export function createSessionStore(exam: string, storage: KeyValueStorage | null = browserStorage()): VersionedStore<ExamSessionSlot> {
  return createVersionedStore<ExamSessionSlot>(
    { key: sessionKey(exam), schema: ExamSessionSlotSchema, version: 2, migrations: { 1: sessionFromVersion1 }, empty: () => ({ version: 2, session: null }) },
    storage,
  );
}

export const emptyResults = (): ExamResultHistory => ({ version: 1, results: [] });

export function createResultStore(storage: KeyValueStorage | null = browserStorage()): VersionedStore<ExamResultHistory> {
  return createVersionedStore<ExamResultHistory>(
    { key: EXAM_RESULTS_KEY, schema: ExamResultHistorySchema, version: 1, migrations: {}, empty: emptyResults },
    storage,
  );
}

/** The history with `result` in it once (a result already kept is not added again). Nothing is ever dropped. */
export function addResult(history: ExamResultHistory, result: ExamResult): ExamResultHistory {
  if (history.results.some((r) => r.id === result.id)) return history;
  return { version: 1, results: [...history.results, result] };
}

/** A stored result by id (the `?id=` of the report and certificate pages); null when it is not here. */
export function findResult(id: string | null, store: VersionedStore<ExamResultHistory> = createResultStore()): ExamResult | null {
  return store.load().value.results.find((r) => r.id === id) ?? null;
}
