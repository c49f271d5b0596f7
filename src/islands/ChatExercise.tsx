/**
 * The practice page's island: the chat window in practice mode, "重新开始", and at the end the
 * attempt saved (result and log) before its summary is shown. The store (with zod) and the
 * summary load only when the chat is over, which keeps the page's JavaScript small while the
 * trainee chats.
 */
import { useEffect, useRef, useState, type ComponentType } from 'react';
import { score, type CompiledScenario, type ConversationState } from '../engine/index.ts';
import { t } from '../i18n/chat.ts';
import { downloadAttempt, newAttemptId, storedAttempt, transcriptOf } from '../lib/attempts.ts';
import type { StoredAttempt } from '../schemas/attempt.ts';
import type { ChatEvent } from '../schemas/transcript.ts';
import type { SaveAttemptOutcome } from '../storage/attempt-store.ts';
import ChatWindow from './chat/ChatWindow.tsx';
import type { SummaryProps } from './chat/ExerciseSummary.tsx';

interface Props {
  compiled: CompiledScenario;
  /** The report page; the attempt's id is added as `?id=`. */
  reportPath: string;
}

type Phase =
  | { kind: 'chat' }
  | { kind: 'saving' }
  | { kind: 'done'; attempt: StoredAttempt; save: SaveAttemptOutcome; Summary: ComponentType<SummaryProps> }
  | { kind: 'not-saved'; attempt: StoredAttempt };

export default function ChatExercise({ compiled, reportPath }: Props) {
  const [mounted, setMounted] = useState(false);
  const [run, setRun] = useState(0);
  const [phase, setPhase] = useState<Phase>({ kind: 'chat' });
  const [confirmRestart, setConfirmRestart] = useState(false);
  const startedAt = useRef<string | null>(null);
  const currentRun = useRef(run);
  currentRun.current = run;
  const notSaved = useRef<HTMLParagraphElement>(null);

  useEffect(() => setMounted(true), []);
  useEffect(() => {
    if (phase.kind === 'not-saved') notSaved.current?.focus();
  }, [phase.kind]);

  // The chat needs the browser (clock, focus, storage): the server sends only this line.
  if (!mounted) return <p className="muted">{t('exercise.loading')}</p>;

  function restart(): void {
    startedAt.current = null;
    setConfirmRestart(false);
    setPhase({ kind: 'chat' });
    setRun((r) => r + 1);
  }

  function onEvent(event: ChatEvent): void {
    // The wall-clock start of the log: the first event that starts the chat (ticks do not).
    if (startedAt.current === null && event.type !== 'tick') startedAt.current = new Date().toISOString();
  }

  async function onFinish(state: ConversationState, events: ChatEvent[]): Promise<void> {
    const thisRun = run;
    const now = new Date();
    const result = score(state, { startedAt: startedAt.current });
    const attempt = storedAttempt(newAttemptId(now), now, result, transcriptOf(compiled.slug, startedAt.current, events));
    setPhase({ kind: 'saving' });
    let next: Phase;
    try {
      const end = await import('./chat/ExerciseSummary.tsx');
      next = { kind: 'done', attempt, save: end.saveInBrowser(attempt), Summary: end.default };
    } catch {
      // The module could not load (offline since the page opened): nothing was saved.
      next = { kind: 'not-saved', attempt };
    }
    // After a restart the new chat stays; a saved attempt is in 我的进度 all the same.
    if (currentRun.current === thisRun) setPhase(next);
  }

  return (
    <div className="chat-exercise">
      <div className="exercise-bar">
        {phase.kind === 'chat' && confirmRestart ? (
          <p className="restart-confirm" role="group" aria-label={t('exercise.restart')}>
            <span>{t('exercise.restartConfirm')}</span>
            <button type="button" className="button small" onClick={restart}>
              {t('exercise.restartYes')}
            </button>
            <button type="button" className="button small secondary" onClick={() => setConfirmRestart(false)}>
              {t('chat.cancel')}
            </button>
          </p>
        ) : (
          <button type="button" className="button small secondary" onClick={() => (phase.kind === 'chat' ? setConfirmRestart(true) : restart())}>
            {t('exercise.restart')}
          </button>
        )}
      </div>
      <ChatWindow key={run} compiled={compiled} mode="practice" onEvent={onEvent} onFinish={(s, e) => void onFinish(s, e)} />
      {phase.kind === 'saving' && (
        <p className="muted" role="status">
          {t('exercise.saving')}
        </p>
      )}
      {phase.kind === 'done' && (
        <phase.Summary
          attempt={phase.attempt}
          save={phase.save}
          reportHref={`${reportPath}?id=${encodeURIComponent(phase.attempt.id)}`}
          onRestart={restart}
        />
      )}
      {phase.kind === 'not-saved' && (
        <section className="exercise-summary card">
          <p className="notice bad" ref={notSaved} tabIndex={-1}>
            {t('exercise.notSaved')}
          </p>
          <p className="actions">
            <button type="button" className="button" onClick={() => downloadAttempt(phase.attempt, 'result')}>
              {t('exercise.downloadResult')}
            </button>
            <button type="button" className="button" onClick={() => downloadAttempt(phase.attempt, 'transcript')}>
              {t('exercise.downloadTranscript')}
            </button>
          </p>
        </section>
      )}
    </div>
  );
}
