import { describe, expect, test } from 'vitest';
import { playExample } from '../../../src/engine/examples.ts';
import { storedAttempt } from '../../../src/lib/attempts.ts';
import { LEGACY_ATTEMPTS_KEY, saveAttempt } from '../../../src/storage/attempt-save.ts';
import { importAttempts, loadAttempts } from '../../../src/storage/attempt-store.ts';
import { BACKUP_KIND, backupText, readBackup } from '../../../src/storage/backup.ts';
import { createProgressStore, emptyProgress, setLessonComplete } from '../../../src/storage/progress-store.ts';
import { contentScenario } from '../helpers.ts';
import { FakeStorage } from './fake-storage.ts';

const progress = setLessonComplete(emptyProgress(), 'workflow/five-step-conversation', true, new Date('2026-11-23T08:00:00Z'));
const result = playExample(contentScenario('size-advice'), [{ text: '您好' }]).result;
const first = storedAttempt('a', new Date('2026-11-23T09:00:00Z'), result, null);
const second = storedAttempt('b', new Date('2026-11-23T09:10:00Z'), result, null);
const attempts = [first, second];
const progressStore = () => createProgressStore(new FakeStorage());

describe('backup', () => {
  test('holds progress and attempts, and reads back the same', () => {
    const text = backupText(progress, attempts);
    expect(JSON.parse(text)).toMatchObject({ kind: BACKUP_KIND, version: 1, attempts: { version: 2 } });
    expect(readBackup(text, progressStore())).toEqual({ ok: true, progress, attempts });
  });

  test('every stored attempt goes into the backup, also those still in the old layout, and comes back on another device', () => {
    const here = new FakeStorage();
    here.setItem(LEGACY_ATTEMPTS_KEY, JSON.stringify({ version: 1, attempts: [result] }));
    saveAttempt(here, second);
    const text = backupText(progress, loadAttempts(here).attempts);
    const read = readBackup(text, progressStore());
    expect(read.ok && read.attempts?.map((a) => a.id)).toEqual(['v1-1', 'b']);
    const there = new FakeStorage();
    saveAttempt(there, first);
    expect(read.ok && importAttempts(read.attempts ?? [], there)).toEqual({ added: 2 });
    expect(loadAttempts(there).attempts.map((a) => a.id)).toEqual(['v1-1', 'a', 'b']);
  });

  test('a backup from before attempts were included still imports its progress', () => {
    expect(readBackup(JSON.stringify(progress), progressStore())).toEqual({ ok: true, progress, attempts: null });
  });

  test('attempts of version 1 inside a backup are upgraded', () => {
    const text = JSON.stringify({ kind: BACKUP_KIND, version: 1, progress, attempts: { version: 1, attempts: [result] } });
    const read = readBackup(text, progressStore());
    expect(read.ok && read.attempts).toEqual([{ id: 'v1-1', savedAt: null, result, transcript: null }]);
  });

  test('refuses what is not a backup, and a backup from a newer site', () => {
    expect(readBackup('<html>', progressStore())).toEqual({ ok: false, problem: 'invalid' });
    expect(readBackup('{"kind":"kefu-academy-backup","version":1,"progress":{"version":1}}', progressStore())).toEqual({ ok: false, problem: 'invalid' });
    expect(readBackup(JSON.stringify({ kind: BACKUP_KIND, version: 1, progress, attempts: { version: 2, attempts: [{}] } }), progressStore())).toEqual({
      ok: false,
      problem: 'invalid',
    });
    expect(readBackup(JSON.stringify({ kind: BACKUP_KIND, version: 2, progress, attempts }), progressStore())).toEqual({ ok: false, problem: 'newer-version' });
    expect(readBackup(JSON.stringify({ kind: BACKUP_KIND, version: 1, progress, attempts: { version: 3, attempts: [] } }), progressStore())).toEqual({
      ok: false,
      problem: 'newer-version',
    });
    expect(readBackup(JSON.stringify({ ...progress, version: 5 }), progressStore())).toEqual({ ok: false, problem: 'newer-version' });
  });
});
