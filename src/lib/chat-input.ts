/**
 * The chat window's input, as pure functions: which key sends, how DOM events become entries of
 * the event log (docs/transcript-format.md), how long a reply may be. The island only wires
 * listeners to these, so every rule here is unit-tested without a browser.
 */
import type { ChatEvent } from '../schemas/transcript.ts';

/**
 * The longest reply, in UTF-16 code units (what `maxlength` counts). A chat reply in a shop is a
 * few sentences; 2,000 leaves room for a pasted order list while keeping a runaway paste (or a
 * 100,000-character one) out of the layout and the stored log.
 */
export const MAX_REPLY = 2000;

/** The character counter appears from here on, so it is there before the limit bites. */
export const COUNTER_FROM = 1800;

/** What a keydown means for the reply box. */
export type KeyAction = 'send' | 'newline' | 'ime' | null;

export interface KeyLike {
  key: string;
  shiftKey: boolean;
  /** KeyboardEvent.isComposing. */
  isComposing: boolean;
  /** Deprecated, but 229 is how Safari and some IMEs flag a key the IME handles. */
  keyCode: number;
}

/**
 * Enter sends and Shift+Enter breaks the line, except while an IME is composing: then Enter picks
 * the candidate and belongs to the IME (isComposing, or keyCode 229 where a browser reports the
 * key after the composition ended).
 */
export function keyAction(e: KeyLike): KeyAction {
  if (e.key !== 'Enter') return null;
  if (e.isComposing || e.keyCode === 229) return 'ime';
  return e.shiftKey ? 'newline' : 'send';
}

/** Characters that leave a reply looking empty: whitespace, control and invisible format characters. */
const INVISIBLE = /[\s\p{Cc}\p{Cf}]/gu;

/** True when the reply shows nothing: it must not be sent. */
export function isBlank(text: string): boolean {
  return text.replace(INVISIBLE, '') === '';
}

/** `text` cut to at most `room` UTF-16 code units without splitting a surrogate pair. */
export function clipText(text: string, room: number): string {
  if (room <= 0) return '';
  if (text.length <= room) return text;
  const code = text.charCodeAt(room - 1);
  const end = code >= 0xd800 && code <= 0xdbff ? room - 1 : room;
  return text.slice(0, end);
}

/** Room left in the reply box when `selected` code units are about to be replaced. */
export function roomLeft(valueLength: number, selected: number, max = MAX_REPLY): number {
  return Math.max(0, max - (valueLength - selected));
}

/** The parts of DOM events the log keeps; structural, so tests need no DOM. */
export type DomInput =
  | { type: 'compositionstart' }
  | { type: 'compositionupdate' | 'compositionend'; data: string | null }
  | { type: 'input'; inputType: string; data: string | null; isComposing: boolean }
  | { type: 'paste'; text: string }
  | { type: 'focus' | 'blur' }
  | { type: 'visibilitychange'; hidden: boolean };

/**
 * The log entry for a DOM event at time `t`. Text is clipped to {@link MAX_REPLY}: the box
 * cannot hold more, and a huge paste must not bloat the stored log.
 */
export function toChatEvent(e: DomInput, t: number): ChatEvent {
  switch (e.type) {
    case 'compositionstart':
      return { type: 'compositionstart', t };
    case 'compositionupdate':
    case 'compositionend':
      return { type: e.type, t, data: clipText(e.data ?? '', MAX_REPLY) };
    case 'input':
      return { type: 'input', t, inputType: e.inputType, data: e.data === null ? null : clipText(e.data, MAX_REPLY), isComposing: e.isComposing };
    case 'paste':
      return { type: 'paste', t, text: clipText(e.text, MAX_REPLY) };
    case 'focus':
    case 'blur':
      return { type: e.type, t };
    case 'visibilitychange':
      return { type: 'visibility', t, state: e.hidden ? 'hidden' : 'visible' };
  }
}

/**
 * A clock for the log that never goes backwards. A resumed chat may come with times from an
 * earlier page load; `performance.now()` starts again near 0 after a reload, so the clock carries
 * on from the last logged time (the reload itself is not counted). A host clock that survives
 * reloads (an exam's) is already ahead of the log and is used as it is.
 */
export function logClock(raw: () => number, lastLoggedT: number | null): () => number {
  const offset = lastLoggedT === null ? 0 : Math.max(0, lastLoggedT - raw());
  let last = lastLoggedT ?? -Infinity;
  return () => {
    last = Math.max(raw() + offset, last);
    return last;
  };
}

/**
 * How long the "对方正在输入…" indicator still has to run: the message's delay minus the time
 * already spent waiting for it since `since` (so a resumed chat does not wait the full delay again).
 */
export function remainingDelay(delayMs: number, since: number, now: number): number {
  return Math.min(delayMs, Math.max(0, delayMs - (now - since)));
}
