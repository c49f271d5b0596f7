/**
 * Formatting for the chat window and the report: clock times, durations and the per-turn timer.
 * Pure; shared by the practice page, the report and exams. Highlighted spans of a reply are in
 * src/lib/highlight-segments.ts (exams show none).
 */
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
