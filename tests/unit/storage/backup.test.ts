import { describe, expect, test } from 'vitest';
import { playExample } from '../../../src/engine/examples.ts';
import { addAttempt, emptyAttempts, storedAttempt } from '../../../src/lib/attempts.ts';
import { createAttemptStore } from '../../../src/storage/attempt-store.ts';
import { BACKUP_KIND, backupText, readBackup } from '../../../src/storage/backup.ts';
import { createProgressStore, emptyProgress, setLessonComplete } from '../../../src/storage/progress-store.ts';
import { contentScenario } from '../helpers.ts';
import { FakeStorage } from './fake-storage.ts';

const progress = setLessonComplete(emptyProgress(), 'workflow/five-step-conversation', true, new Date('2026-11-23T08:00:00Z'));
const result = playExample(contentScenario('size-advice'), [{ text: '您好' }]).result;
const attempts = addAttempt(emptyAttempts(), storedAttempt('a', new Date('2026-11-23T09:00:00Z'), result, null));
const stores = () => [createProgressStore(new FakeStorage()), createAttemptStore(new FakeStorage())] as const;

describe('backup', () => {
  test('holds progress and attempts, and reads back the same', () => {
    const text = backupText(progress, attempts);
    expect(JSON.parse(text)).toMatchObject({ kind: BACKUP_KIND, version: 1 });
    expect(readBackup(text, ...stores())).toEqual({ ok: true, progress, attempts });
  });

  test('a backup from before attempts were included still imports its progress', () => {
    expect(readBackup(JSON.stringify(progress), ...stores())).toEqual({ ok: true, progress, attempts: null });
  });

  test('attempts of version 1 inside a backup are upgraded', () => {
    const text = JSON.stringify({ kind: BACKUP_KIND, version: 1, progress, attempts: { version: 1, attempts: [result] } });
    const read = readBackup(text, ...stores());
    expect(read.ok && read.attempts?.attempts[0]).toEqual({ id: 'v1-1', savedAt: null, result, transcript: null });
  });

  test('refuses what is not a backup, and a backup from a newer site', () => {
    expect(readBackup('<html>', ...stores())).toEqual({ ok: false, problem: 'invalid' });
    expect(readBackup('{"kind":"kefu-academy-backup","version":1,"progress":{"version":1}}', ...stores())).toEqual({ ok: false, problem: 'invalid' });
    expect(readBackup(JSON.stringify({ kind: BACKUP_KIND, version: 1, progress, attempts: { version: 2, attempts: [{}] } }), ...stores())).toEqual({
      ok: false,
      problem: 'invalid',
    });
    expect(readBackup(JSON.stringify({ kind: BACKUP_KIND, version: 2, progress, attempts }), ...stores())).toEqual({ ok: false, problem: 'newer-version' });
    expect(readBackup(JSON.stringify({ ...progress, version: 5 }), ...stores())).toEqual({ ok: false, problem: 'newer-version' });
  });
});
