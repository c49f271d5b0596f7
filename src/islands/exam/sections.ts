/**
 * The common interface of the exam's sections, and the props the scenario section gives its chat
 * window. A section shows its part of the session and changes it only through `update` with a
 * pure transition of src/engine/exam-session.ts; the runner stores every change.
 */
import type { CompiledScenario } from '../../engine/compiled.ts';
import type { ConversationState } from '../../engine/conversation.ts';
import type { PlanSection } from '../../engine/exam-plan.ts';
import type { ExamSession } from '../../schemas/exam-session.ts';
import type { ChatEvent } from '../../schemas/transcript.ts';

export interface SectionProps<P extends PlanSection> {
  section: P;
  session: ExamSession;
  /** The exam clock: ms since the exam started (wall time, never going back). */
  now: () => number;
  /** False once the section has ended (handed in or out of time): answers are read-only. */
  open: boolean;
  /** Applies a change to the session; the runner stores the result at once. */
  update: (change: (session: ExamSession) => ExamSession) => void;
}

/**
 * What the scenario section passes to the chat window (src/islands/chat/ChatWindow.tsx) for one
 * drawn scenario: ChatWindow's props in exam mode.
 */
export interface ExamChatProps {
  /** Compiled with the exam's thresholds. */
  scenario: CompiledScenario;
  /** Exam mode: no scores, feedback or model answers until the report. */
  mode: 'exam';
  /** The exam clock: every event's `t` comes from it, so a resumed chat continues the same log. */
  now: () => number;
  /** The events recorded so far (empty at first, the stored log after a reload); replayed to resume. */
  initialEvents: readonly ChatEvent[];
  /** The quiet pause that closes a reply: QUIET_MS, or 0 for a session begun when each send was the whole reply. */
  quietMs: number;
  /** Every event the chat records, in order (no focus or blur: the runner notes leaving the page); the runner appends it to the stored log. */
  onEvent: (event: ChatEvent) => void;
  /** The conversation is over (completed or the customer left). */
  onFinish: (state: ConversationState) => void;
  /**
   * Ended from outside: the section's or the exam's time ran out. The chat stops taking input;
   * the runner scores the log as ended at that moment, so the chat need not record `end`.
   */
  ended: boolean;
}
