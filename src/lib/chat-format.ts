/**
 * Formatting for the chat window and the report: clock times, durations, the per-turn timer and
 * the highlighted spans of a reply. Pure; shared by the practice page, the report and exams.
 */
import type { Match } from '../schemas/attempt.ts';
import type { Mood } from '../schemas/mood.ts';

const pad = (n: number): string => String(n).padStart(2, '0');

/** `09:05`: the time of a message, in the reader's time zone. */
export function clockTime(epochMs: number): string {
  const d = new Date(epochMs);
  return Number.isNaN(d.getTime()) ? '--:--' : `${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** `0:07`, `1:05`, `12:00`: the per-turn timer (whole seconds, rounded down). */
export function timerText(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  return `${Math.floor(total / 60)}:${pad(total % 60)}`;
}

/** `12.3 秒`, `1 分 5 秒`: a duration for figures and the transcript. */
export function durationText(ms: number | null): string {
  if (ms === null || !Number.isFinite(ms)) return '—';
  const s = Math.max(0, ms) / 1000;
  if (s < 60) return `${Math.round(s * 10) / 10} 秒`;
  const whole = Math.round(s);
  return `${Math.floor(whole / 60)} 分 ${whole % 60} 秒`;
}

/** A number with at most one decimal, as the engine rounds its figures. */
export function oneDecimal(x: number | null): string {
  return x === null || !Number.isFinite(x) ? '—' : String(Math.round(x * 10) / 10);
}

/**
 * The colour of the per-turn timer: calm, then `near` over the last quarter of the time limit
 * (amber), then `late` once past it (red), when the customer's patience starts to drain.
 */
export type TimerTone = 'calm' | 'near' | 'late';

export function timerTone(elapsedMs: number, limitMs: number): TimerTone {
  if (elapsedMs > limitMs) return 'late';
  return elapsedMs >= limitMs * 0.75 ? 'near' : 'calm';
}

/** The customer's face for a mood: a picture for the eye, always shown with the mood's name. */
export const MOOD_FACE: Readonly<Record<Mood, string>> = { 生气: '😠', 不耐烦: '😒', 平静: '🙂', 满意: '😊' };

/** A run of a reply: plain text, or text a criterion matched (`found`) or counted against it (`wrong`). */
export interface Segment {
  text: string;
  kind: 'plain' | 'found' | 'wrong';
  /** The terms matched here, for a tooltip or a screen reader. */
  terms: string[];
}

const isHigh = (code: number): boolean => code >= 0xd800 && code <= 0xdbff;

/** Moves an offset off the middle of a surrogate pair, so a highlight never splits an emoji. */
function snap(text: string, at: number): number {
  const i = Math.min(Math.max(0, Math.trunc(at)), text.length);
  return i > 0 && i < text.length && isHigh(text.charCodeAt(i - 1)) ? i - 1 : i;
}

/**
 * Splits a reply into runs by the matches of its criteria (UTF-16 offsets into the reply as
 * sent). Overlapping matches merge; where a `wrong` match overlaps a found one, `wrong` wins.
 * Offsets outside the text are clamped; empty or reversed spans are ignored. The runs joined
 * give back the text exactly.
 */
export function highlightSegments(text: string, matches: readonly Pick<Match, 'start' | 'end' | 'term' | 'wrong'>[]): Segment[] {
  const spans = matches
    .map((m) => ({ start: snap(text, m.start), end: snap(text, m.end), term: m.term, wrong: m.wrong }))
    .filter((m) => m.end > m.start);
  if (spans.length === 0) return text === '' ? [] : [{ text, kind: 'plain', terms: [] }];
  const cuts = [...new Set([0, text.length, ...spans.flatMap((s) => [s.start, s.end])])].sort((a, b) => a - b);
  const out: Segment[] = [];
  for (let i = 0; i < cuts.length - 1; i++) {
    const from = cuts[i] ?? 0;
    const to = cuts[i + 1] ?? from;
    const covering = spans.filter((s) => s.start <= from && s.end >= to);
    const kind: Segment['kind'] = covering.length === 0 ? 'plain' : covering.some((s) => s.wrong) ? 'wrong' : 'found';
    const terms = [...new Set(covering.map((s) => s.term))];
    const last = out[out.length - 1];
    if (last && last.kind === kind && last.terms.join('\u0000') === terms.join('\u0000')) last.text += text.slice(from, to);
    else out.push({ text: text.slice(from, to), kind, terms });
  }
  return out.filter((s) => s.text !== '');
}
