import { useEffect, useRef, useState } from 'react';
import { attemptStorageProblem } from '../i18n/attempt-storage.ts';
import { t as practiceT } from '../i18n/practice.ts';
import { t, type UiKey } from '../i18n/ui.ts';
import { downloadText, localDate } from '../lib/download.ts';
import type { Progress } from '../schemas/progress.ts';
import { importAttempts, loadAttempts, tidyStoredAttempts, type LoadedAttempts } from '../storage/attempt-store.ts';
import { backupText, readBackup } from '../storage/backup.ts';
import { announceProgressChange, createProgressStore, mergeProgress } from '../storage/progress-store.ts';
import type { StoreProblem } from '../storage/versioned-store.ts';
import PracticeAttempts from './progress/PracticeAttempts.tsx';

export interface OverviewModule {
  id: string;
  title: string;
  lessons: { id: string; title: string; href: string }[];
}

interface Props {
  modules: OverviewModule[];
}

type Message = { tone: 'ok' | 'bad' | 'warn'; text: string };

export default function ProgressOverview({ modules }: Props) {
  const [progress, setProgress] = useState<Progress | null>(null);
  const [problem, setProblem] = useState<StoreProblem | undefined>();
  const [damaged, setDamaged] = useState<string | null>(null);
  const [message, setMessage] = useState<Message | null>(null);
  const [attempts, setAttempts] = useState<LoadedAttempts>({ attempts: [], damaged: [], usage: { chars: 0, share: 0, nearlyFull: false } });
  const fileInput = useRef<HTMLInputElement>(null);

  function reload() {
    const store = createProgressStore();
    const loaded = store.load();
    setProgress(loaded.value);
    setProblem(loaded.problem);
    setDamaged(store.damagedCopy());
    setAttempts(loadAttempts());
  }

  function tidyAttempts(): boolean {
    const done = tidyStoredAttempts(loadAttempts().attempts);
    reload();
    return done;
  }

  useEffect(() => {
    reload();
    window.addEventListener('storage', reload);
    return () => window.removeEventListener('storage', reload);
  }, []);

  if (!progress) return <p className="muted">{t('progress.loading')}</p>;

  const all = modules.flatMap((m) => m.lessons);
  const done = all.filter((l) => progress.lessons[l.id]?.completedAt).length;
  const quizzes = all.filter((l) => progress.quizzes[l.id]);

  function exportBackup() {
    // Attempts are read again so that a chat finished in another tab is in the file too.
    downloadText(`kefu-academy-progress-${localDate(new Date())}.json`, backupText(progress ?? createProgressStore().load().value, loadAttempts().attempts));
  }

  async function importBackup(file: File) {
    const store = createProgressStore();
    const parsed = readBackup(await file.text(), store);
    if (!parsed.ok) {
      setMessage({ tone: 'bad', text: parsed.problem === 'newer-version' ? t('progress.importNewer') : t('progress.importInvalid') });
      return;
    }
    const { result } = store.update((current) => mergeProgress(current, parsed.progress));
    const imported = parsed.attempts;
    // Attempts already here (by id) stay as they are; the rest are added, each under its own key.
    const added = imported ? importAttempts(imported) : null;
    announceProgressChange();
    reload();
    if (!result.ok) {
      setMessage({ tone: 'bad', text: t(`storage.${result.problem}` as UiKey) });
      return;
    }
    if (added?.problem) {
      setMessage({ tone: 'bad', text: `${practiceT('attempts.imported', { count: added.added })}${attemptStorageProblem[added.problem]}` });
      return;
    }
    setMessage({ tone: 'ok', text: added ? `${t('progress.importDone')}${practiceT('attempts.imported', { count: added.added })}` : t('progress.importDone') });
  }

  return (
    <div className="progress-overview">
      {problem && <p className="notice">{t(`storage.${problem}` as UiKey)}</p>}
      <p className="overall">
        <strong>{t('progress.overall', { done, total: all.length })}</strong>
      </p>
      <div
        className="progress-bar"
        role="progressbar"
        aria-label={t('progress.title')}
        aria-valuemin={0}
        aria-valuemax={all.length}
        aria-valuenow={done}
      >
        <span style={{ width: `${all.length ? (100 * done) / all.length : 0}%` }} />
      </div>

      {modules.map((m) => (
        <section key={m.id} className="overview-module">
          <h2>{m.title}</h2>
          <ul>
            {m.lessons.map((l) => {
              const complete = Boolean(progress.lessons[l.id]?.completedAt);
              const quiz = progress.quizzes[l.id];
              return (
                <li key={l.id} data-done={complete}>
                  <span className={complete ? 'status done' : 'status'} aria-hidden="true">
                    {complete ? '✓' : '○'}
                  </span>
                  <a href={l.href}>{l.title}</a>
                  {complete && <span className="visually-hidden">（{t('lesson.completedMark')}）</span>}
                  {quiz && <span className="tag">{t('progress.quizScore', { correct: quiz.correct, total: quiz.total })}</span>}
                </li>
              );
            })}
          </ul>
        </section>
      ))}

      {quizzes.length === 0 && <p className="muted">{t('progress.noQuizzes')}</p>}

      <PracticeAttempts stored={attempts} onTidy={tidyAttempts} />

      <section className="backup card" aria-labelledby="backup-title">
        <h2 id="backup-title">{t('progress.backup')}</h2>
        <p className="muted">{practiceT('attempts.backupNote')}</p>
        <div className="actions">
          <button type="button" className="button" onClick={exportBackup}>
            {t('progress.export')}
          </button>
          <button type="button" className="button secondary" onClick={() => fileInput.current?.click()}>
            {t('progress.import')}
          </button>
          <input
            ref={fileInput}
            type="file"
            accept="application/json,.json"
            hidden
            aria-label={t('progress.import')}
            onChange={(e) => {
              const file = e.currentTarget.files?.[0];
              if (file) void importBackup(file);
              e.currentTarget.value = '';
            }}
          />
          {damaged && (
            <button
              type="button"
              className="button secondary"
              onClick={() => downloadText(`kefu-academy-damaged-${localDate(new Date())}.txt`, damaged, 'text/plain')}
            >
              {t('progress.damagedCopy')}
            </button>
          )}
        </div>
        {message && (
          <p className={`notice ${message.tone}`} role="status">
            {message.text}
          </p>
        )}
      </section>
    </div>
  );
}
