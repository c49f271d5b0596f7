/**
 * How exam figures read on the page, in the CSV and on the certificate: durations, dates, speeds,
 * the integrity flags in neutral words (a fact, never an accusation).
 */
import type { ExamResult } from '../schemas/exam-result.ts';

/** `47 秒`, `3 分 05 秒`, `1 小时 02 分`. */
export function formatDuration(ms: number): string {
  const s = Math.max(0, Math.round(ms / 1000));
  if (s < 60) return `${s} 秒`;
  const m = Math.floor(s / 60);
  if (m < 60) return `${m} 分 ${String(s % 60).padStart(2, '0')} 秒`;
  return `${Math.floor(m / 60)} 小时 ${String(m % 60).padStart(2, '0')} 分`;
}

/** A countdown: `04:07`, `1:02:03`. */
export function formatClock(ms: number): string {
  const s = Math.max(0, Math.ceil(ms / 1000));
  const pad = (n: number): string => String(n).padStart(2, '0');
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  return h > 0 ? `${h}:${pad(m)}:${pad(s % 60)}` : `${pad(m)}:${pad(s % 60)}`;
}

/** Seconds with one decimal: `12.4 秒`; `—` when there is nothing. */
export function formatSeconds(ms: number | null): string {
  return ms === null ? '—' : `${(ms / 1000).toFixed(1)} 秒`;
}

/** `2026-11-23 14:05` in the given time zone (the reader's by default). */
export function formatDateTime(iso: string, timeZone?: string): string {
  const parts = new Intl.DateTimeFormat('zh-CN', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(new Date(iso));
  const get = (type: string): string => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')} ${get('hour')}:${get('minute')}`;
}

/** `2026年11月23日`, for the certificate. */
export function formatLongDate(iso: string, timeZone?: string): string {
  return new Intl.DateTimeFormat('zh-CN', { timeZone, year: 'numeric', month: 'long', day: 'numeric' }).format(new Date(iso));
}

/** 字/分钟 with one decimal, or `—`. */
export function formatSpeed(speed: number | null): string {
  return speed === null ? '—' : `${speed.toFixed(1)} 字/分钟`;
}

export function formatPercent(ratio: number): string {
  return `${Math.round(ratio * 1000) / 10}%`;
}

/** The integrity flags in words: `粘贴被拦截 2 次（共 35 字）`, `离开页面 3 次，共 47 秒`, `页面重新载入 1 次`. */
export function integrityFlags(integrity: ExamResult['integrity']): string[] {
  const flags: string[] = [];
  if (integrity.pastes > 0) flags.push(`粘贴被拦截 ${integrity.pastes} 次（共 ${integrity.pastedChars} 字）`);
  if (integrity.away > 0) flags.push(`离开页面 ${integrity.away} 次，共 ${formatDuration(integrity.awayMs)}`);
  if (integrity.reloads > 0) flags.push(`页面重新载入 ${integrity.reloads} 次`);
  return flags;
}

/** 通过 / 未通过 with the grade: `通过 · 银牌`. */
export function verdict(result: Pick<ExamResult, 'passed' | 'grade'>): string {
  if (!result.passed) return '未通过';
  return result.grade ? `通过 · ${result.grade}` : '通过';
}

/** The first characters of the digest, as printed on a certificate to look the file up. */
export const digestPrefix = (digest: string): string => digest.slice(0, 12);
