/**
 * Pure operations on one practice attempt: its id, the stored transcript, the space attempts
 * take, its files. No zod here: the exercise page builds and saves its attempt with these
 * (src/storage/attempt-save.ts); lists of attempts are in src/lib/attempt-list.ts.
 */
import type { AttemptResult, StoredAttempt } from '../schemas/attempt.ts';
import { TRANSCRIPT_VERSION } from '../schemas/transcript-version.ts';
import type { ChatEvent, Transcript } from '../schemas/transcript.ts';
import { downloadText } from './download.ts';

/**
 * Characters of stored attempts we plan for. Browsers give an origin about 5 MB of localStorage
 * (Safari counts 2 bytes a character: about 2.5 million characters). Each attempt is stored once,
 * under its own key, with no backup copy; lesson progress (and its backup) and any damaged copies
 * set aside live beside them, so the attempts should stay near 2 million characters.
 */
export const ATTEMPTS_BUDGET_CHARS = 2_000_000;

/** Share of the budget from which the trainee is told that space is running out. */
export const NEARLY_FULL = 0.75;

/** A new attempt id: time and randomness, URL-safe (`m3x2k9a-4f1c`). */
export function newAttemptId(now: Date, random: () => number = Math.random): string {
  const salt = Math.floor(random() * 0x10000)
    .toString(16)
    .padStart(4, '0');
  return `${now.getTime().toString(36)}-${salt}`;
}

/**
 * The log as stored and exported, in the `npm run score` format. `tick` events are left out:
 * they only tell the live window that time passed (scores never depend on them) and would add an
 * entry a second. The last event is always kept, even a tick: it is what closes the last reply,
 * or what says how long a customer who left had waited.
 */
export function transcriptOf(slug: string, startedAt: string | null, events: readonly ChatEvent[]): Transcript {
  return {
    version: TRANSCRIPT_VERSION,
    scenario: slug,
    ...(startedAt ? { startedAt } : {}),
    events: events.filter((e, i) => e.type !== 'tick' || i === events.length - 1),
  };
}

export function storedAttempt(id: string, savedAt: Date, result: AttemptResult, transcript: Transcript | null): StoredAttempt {
  return { id, savedAt: savedAt.toISOString(), result, transcript };
}

export interface Usage {
  /** Characters the stored attempts take. */
  chars: number;
  /** Share of {@link ATTEMPTS_BUDGET_CHARS}, 0–1 (more when over budget). */
  share: number;
  nearlyFull: boolean;
}

export function usageOf(chars: number): Usage {
  const share = chars / ATTEMPTS_BUDGET_CHARS;
  return { chars, share, nearlyFull: share >= NEARLY_FULL };
}

/** `kefu-academy-size-advice-20261123-0930-result.json`: a download's name, in the reader's time zone. */
export function attemptFileName(slug: string, at: Date, kind: 'result' | 'transcript'): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  const stamp = `${at.getFullYear()}${pad(at.getMonth() + 1)}${pad(at.getDate())}-${pad(at.getHours())}${pad(at.getMinutes())}`;
  return `kefu-academy-${slug}-${stamp}-${kind}.json`;
}

/** Offers the attempt's result or transcript as a JSON file (the transcript in the `npm run score` format). */
export function downloadAttempt(attempt: StoredAttempt, kind: 'result' | 'transcript'): void {
  const at = attempt.savedAt ? new Date(attempt.savedAt) : new Date();
  const body = kind === 'result' ? attempt.result : attempt.transcript;
  downloadText(attemptFileName(attempt.result.scenario.slug, at, kind), `${JSON.stringify(body, null, 2)}\n`);
}
