/**
 * Typing speed in 字/分钟 from the textarea's events, the way a shop measures it: characters
 * that reach the reply (at `compositionend` for an IME, at `input` otherwise), punctuation
 * included, per minute of active typing. Pinyin in the composition buffer never counts; pasted
 * text never counts; full-width and half-width punctuation are one character each.
 */
import type { ChatEvent } from '../schemas/transcript.ts';

/**
 * A gap between two typing events counts as at most this much typing time. 3 s is 2.5 times the
 * time per character at the 50 字/分钟 gate (1.2 s): choosing an IME candidate, correcting a word
 * or a short hesitation still count, while reading the customer's message, looking up the
 * briefing or switching tabs add only 3 s instead of ruining the figure. Capping (rather than
 * dropping) long gaps keeps pauses from making anyone look faster than they are.
 */
export const IDLE_CAP_MS = 3000;

/** Active time is at least this, so one burst cannot show an absurd speed and zero never divides. */
export const MIN_ACTIVE_MS = 1000;

/**
 * No one types Chinese faster than this (record typists reach about 300 字/分钟): text that arrives
 * faster (a programmatic insertion, an autofill, a bulk commit) counts as if typed at this speed,
 * so thousands of characters inserted in a second cannot pass a speed gate.
 */
export const MAX_SPEED = 600;

/** Domain brief: entry gate 50 字/分钟; 60 earns full marks (the brief's target is 60–80). */
export const DEFAULT_TYPING = { gate: 50, target: 60 } as const;

export interface TypingBand {
  /** Entry requirement in 字/分钟: below it the result says so. */
  gate: number;
  /** Full marks at or above this. */
  target: number;
}

/** What the typing of one reply has produced so far. */
export interface TypingDraft {
  /** Characters committed by typing (IME commits and plain key input). */
  committed: number;
  /** Characters pasted or dropped in. */
  pasted: number;
  /** Typing time so far, gaps capped at {@link IDLE_CAP_MS}. */
  activeMs: number;
  /** Time of the last typing event; null before the first. */
  lastT: number | null;
  /** Typing or paste events seen: zero means the typing was not recorded at all. */
  events: number;
}

/** Figures for one reply (or, summed, one conversation). */
export interface TypingFigures {
  /** Typed characters that reached the reply: committed, but no more than the reply minus pasted text. */
  chars: number;
  /** Characters committed by typing, including any deleted later. */
  committed: number;
  pasted: number;
  activeMs: number;
  /** 字/分钟; null when the log holds no typing events for the reply. */
  speed: number | null;
}

export const emptyDraft = (): TypingDraft => ({ committed: 0, pasted: 0, activeMs: 0, lastT: null, events: 0 });

const COUNTED = /[\p{L}\p{N}\p{P}\p{S}]/u;

/** Characters as a typing test counts them: letters, digits, punctuation, symbols (not spaces or invisible marks). */
export function countChars(text: string): number {
  let n = 0;
  for (const c of text) if (COUNTED.test(c)) n++;
  return n;
}

function active(draft: TypingDraft, t: number): TypingDraft {
  const gap = draft.lastT === null ? 0 : Math.min(Math.max(t - draft.lastT, 0), IDLE_CAP_MS);
  return { ...draft, activeMs: draft.activeMs + gap, lastT: Math.max(t, draft.lastT ?? t), events: draft.events + 1 };
}

/** Input types whose `data` is typed text when not composing. */
const TYPED_INPUT = new Set(['insertText']);
/** Input types that bring in text the trainee did not type. */
const PASTED_INPUT = new Set(['insertFromDrop']);
/** Pasting is recorded by the `paste` event; its `input` is neither typing nor new text. */
const IGNORED_INPUT = new Set(['insertFromPaste', 'insertFromPasteAsQuotation']);

/** Folds one event into the draft; events that are not about typing leave it unchanged. */
export function typingStep(draft: TypingDraft, event: ChatEvent): TypingDraft {
  switch (event.type) {
    case 'compositionstart':
    case 'compositionupdate':
      return active(draft, event.t);
    case 'compositionend': {
      const next = active(draft, event.t);
      return { ...next, committed: next.committed + countChars(event.data) };
    }
    case 'input': {
      if (IGNORED_INPUT.has(event.inputType)) return draft;
      const data = event.data ?? '';
      if (PASTED_INPUT.has(event.inputType)) return { ...draft, pasted: draft.pasted + countChars(data), events: draft.events + 1 };
      const next = active(draft, event.t);
      if (event.isComposing === true || !TYPED_INPUT.has(event.inputType)) return next;
      return { ...next, committed: next.committed + countChars(data) };
    }
    case 'paste':
      return { ...draft, pasted: draft.pasted + countChars(event.text), events: draft.events + 1 };
    default:
      return draft;
  }
}

/** The figures of a reply sent at `sentAt`: pressing Enter ends the last typing gap. */
export function typingFinish(draft: TypingDraft, reply: string, sentAt: number): TypingFigures {
  const activeMs = draft.lastT === null ? draft.activeMs : draft.activeMs + Math.min(Math.max(sentAt - draft.lastT, 0), IDLE_CAP_MS);
  const chars = Math.min(draft.committed, Math.max(0, countChars(reply) - draft.pasted));
  const speed = draft.events === 0 ? null : speedOf(chars, activeMs);
  return { chars, committed: draft.committed, pasted: draft.pasted, activeMs, speed };
}

/** 字/分钟 for `chars` over `activeMs` (at least {@link MIN_ACTIVE_MS}), at most {@link MAX_SPEED}. */
export function speedOf(chars: number, activeMs: number): number {
  return Math.min((chars * 60_000) / Math.max(activeMs, MIN_ACTIVE_MS), MAX_SPEED);
}

/** Typing figures of one reply from its events (those before `send`) and the text sent. */
export function measureTyping(events: readonly ChatEvent[], reply: string, sentAt: number): TypingFigures {
  return typingFinish(events.reduce(typingStep, emptyDraft()), reply, sentAt);
}

/** The figures of a whole conversation: characters over active time, summed over replies. */
export function totalTyping(replies: readonly TypingFigures[]): TypingFigures {
  const measured = replies.filter((r) => r.speed !== null);
  const sum = (key: 'chars' | 'committed' | 'pasted' | 'activeMs'): number => measured.reduce((a, r) => a + r[key], 0);
  const chars = sum('chars');
  const activeMs = sum('activeMs');
  return {
    chars,
    committed: sum('committed'),
    pasted: sum('pasted'),
    activeMs,
    speed: measured.length === 0 ? null : speedOf(chars, activeMs),
  };
}

/**
 * 0–100: full marks at `target`, 60 at the `gate`, linear in between and from 0 below it, so
 * the gate reads as a pass mark and every extra 字 still counts.
 */
export function typingScore(speed: number, band: TypingBand): number {
  if (!Number.isFinite(speed) || speed <= 0) return speed === Infinity ? 100 : 0;
  if (speed >= band.target) return 100;
  if (speed < band.gate || band.target <= band.gate) return Math.min(100, (60 * speed) / band.gate);
  return 60 + (40 * (speed - band.gate)) / (band.target - band.gate);
}
