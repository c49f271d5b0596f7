/**
 * The practice page's island: the chat window in practice mode, "重新开始", and at the end the
 * attempt saved (result and log, under its own key, without loading a schema) and its summary,
 * computed from the result in memory, with the link to the full report. Rendered on the server
 * as it first appears (the window empty, the customer about to type), so hydrating moves nothing.
 */
import { useRef, useState } from 'react';
import { score, type CompiledScenario, type ConversationState } from '../engine/index.ts';
import { t } from '../i18n/exercise.ts';
import { newAttemptId, storedAttempt, transcriptOf } from '../lib/attempts.ts';
import type { StoredAttempt } from '../schemas/attempt.ts';
import type { ChatEvent } from '../schemas/transcript.ts';
import { saveAttempt, type SaveAttemptOutcome } from '../storage/attempt-save.ts';
import { browserStorage } from '../storage/browser-storage.ts';
import ChatWindow from './chat/ChatWindow.tsx';
import Confirm from './chat/Confirm.tsx';
import ExerciseSummary from './chat/ExerciseSummary.tsx';
import PracticeReply from './chat/PracticeReply.tsx';
import { replyCriteria } from './chat/ReplyFeedback.tsx';

interface Props {
  compiled: CompiledScenario;
  /** The report page; the attempt's id is added as `?id=`. */
  reportPath: string;
}

type Phase = { kind: 'chat' } | { kind: 'done'; attempt: StoredAttempt; save: SaveAttemptOutcome };

export default function ChatExercise({ compiled, reportPath }: Props) {
  const [run, setRun] = useState(0);
  const [phase, setPhase] = useState<Phase>({ kind: 'chat' });
  const [confirmRestart, setConfirmRestart] = useState(false);
  const [feedbackNote, setFeedbackNote] = useState('');
  const startedAt = useRef<string | null>(null);
  const closedTurns = useRef(0);

  function restart(): void {
    startedAt.current = null;
    closedTurns.current = 0;
    setFeedbackNote('');
    setConfirmRestart(false);
    setPhase({ kind: 'chat' });
    setRun((r) => r + 1);
  }

  function onEvent(event: ChatEvent, state: ConversationState): void {
    // The wall-clock start of the log: the first event that starts the chat (ticks do not).
    if (startedAt.current === null && event.type !== 'tick') startedAt.current = new Date().toISOString();
    // A reply's feedback comes once, when its turn closes: its verdict is announced then.
    const last = state.records[state.records.length - 1];
    if (state.records.length > closedTurns.current && last?.reply != null) {
      const criteria = replyCriteria(last);
      setFeedbackNote(t('feedback.announce', { passed: criteria.filter((c) => c.status === 'pass').length, total: criteria.length }));
    }
    closedTurns.current = state.records.length;
  }

  function onFinish(state: ConversationState, events: ChatEvent[]): void {
    const now = new Date();
    const result = score(state, { startedAt: startedAt.current });
    const attempt = storedAttempt(newAttemptId(now), now, result, transcriptOf(compiled.slug, startedAt.current, events));
    setPhase({ kind: 'done', attempt, save: saveAttempt(browserStorage(), attempt) });
  }

  return (
    <div className="chat-exercise">
      <div className="exercise-bar">
        {phase.kind === 'chat' && confirmRestart ? (
          <Confirm
            className="restart-confirm"
            label={t('exercise.restart')}
            text={t('exercise.restartConfirm')}
            yes={t('exercise.restartYes')}
            onYes={restart}
            onNo={() => setConfirmRestart(false)}
          />
        ) : (
          <button type="button" className="button small secondary" onClick={() => (phase.kind === 'chat' ? setConfirmRestart(true) : restart())}>
            {t('exercise.restart')}
          </button>
        )}
      </div>
      <ChatWindow key={run} scenario={compiled} mode="practice" onEvent={onEvent} onFinish={onFinish} Reply={PracticeReply} />
      <div className="visually-hidden" aria-live="polite" aria-atomic="true">
        {feedbackNote}
      </div>
      {phase.kind === 'done' && (
        <ExerciseSummary
          attempt={phase.attempt}
          save={phase.save}
          reportHref={`${reportPath}?id=${encodeURIComponent(phase.attempt.id)}`}
          onRestart={restart}
        />
      )}
    </div>
  );
}
