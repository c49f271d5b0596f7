/**
 * Response time (响应时间): from the customer's message being shown to the reply being sent.
 * 首响 is the first reply's time, 平响 the average over all replies; each is scored against a band
 * (full marks at or under `full` seconds, zero over `zero`, linear in between).
 */

/** Seconds for full marks and for zero. */
export interface ResponseBand {
  full: number;
  zero: number;
}

/** Domain brief: 首响 within 30 s is the common baseline (zero at twice that). */
export const DEFAULT_FIRST_RESPONSE: ResponseBand = { full: 30, zero: 60 };
/** Domain brief: 平响 ≤ 35 s full marks, > 55 s zero (a typical shop KPI sheet). */
export const DEFAULT_AVERAGE_RESPONSE: ResponseBand = { full: 35, zero: 55 };

/** 0–100 for a response time in milliseconds; never NaN, whatever the input. */
export function bandScore(ms: number, band: ResponseBand): number {
  if (!Number.isFinite(ms)) return ms < 0 ? 100 : 0;
  const s = ms / 1000;
  if (s <= band.full) return 100;
  if (s > band.zero || band.zero <= band.full) return 0;
  return (100 * (band.zero - s)) / (band.zero - band.full);
}

export interface ResponseSummary {
  /** 首响 in ms; null when nothing was answered. */
  firstMs: number | null;
  /** 平响 in ms; null when nothing was answered. */
  averageMs: number | null;
  firstScore: number | null;
  averageScore: number | null;
  /** Mean of the two scores; null when nothing was answered. */
  score: number | null;
}

/** Scores the response times of one conversation, in the order the replies came. */
export function summarizeResponses(times: readonly number[], first: ResponseBand, average: ResponseBand): ResponseSummary {
  const [head] = times;
  if (head === undefined) return { firstMs: null, averageMs: null, firstScore: null, averageScore: null, score: null };
  const mean = times.reduce((a, b) => a + b, 0) / times.length;
  const firstScore = bandScore(head, first);
  const averageScore = bandScore(mean, average);
  return { firstMs: head, averageMs: mean, firstScore, averageScore, score: (firstScore + averageScore) / 2 };
}
