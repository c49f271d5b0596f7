/**
 * Exam result files: signing a result with the digest of its canonical JSON, and checking a file
 * someone hands in (size, JSON, schema, digest), with a reason in Chinese when it is refused.
 *
 * The digest shows that a file is the one the exam page produced, unchanged: an edited score, a
 * damaged download or a hand-made file does not match. It is not a secret signature; someone who
 * reads this code can compute a matching digest for an edited file.
 */
import { canonicalJson } from '../engine/digest.ts';
import { EXAM_RESULT_FORMAT, ExamResultSchema, type ExamResult, type ExamResultBody } from '../schemas/exam-result.ts';
import { sha256 } from './sha256.ts';
import { fileNamePart } from './text-input.ts';

/** Largest result file accepted: a real one is 10–60 KB. */
export const MAX_RESULT_BYTES = 2 * 1024 * 1024;

/** The digest of a result: SHA-256 of the canonical JSON of everything but `digest`. */
export function resultDigest(body: ExamResultBody | Record<string, unknown>): Promise<string> {
  const { digest: _ignored, ...rest } = body as Record<string, unknown>;
  return sha256(canonicalJson(rest));
}

export async function signResult(body: ExamResultBody): Promise<ExamResult> {
  return { ...body, digest: await resultDigest(body) };
}

/** A random UUID (v4); `crypto.randomUUID` is missing on plain-http pages, `getRandomValues` is not. */
export function newResultId(random: (bytes: Uint8Array<ArrayBuffer>) => void = (b) => globalThis.crypto.getRandomValues(b)): string {
  const b = new Uint8Array(16);
  random(b);
  b[6] = ((b[6] ?? 0) & 0x0f) | 0x40;
  b[8] = ((b[8] ?? 0) & 0x3f) | 0x80;
  const hex = [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export type ResultCheck =
  | { ok: true; result: ExamResult }
  | { ok: false; kind: 'too-large' | 'not-json' | 'not-a-result' | 'newer-version' | 'invalid' | 'edited'; reason: string };

/** Where the first schema problem is, as a trainer can read it: `sections[1].score`. */
function firstIssuePath(issues: ReadonlyArray<{ path: ReadonlyArray<PropertyKey> }>): string {
  const path = issues[0]?.path ?? [];
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i === 0 ? '' : '.'}${String(p)}`)).join('') || '（整个文件）';
}

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/** Checks a result file's text. Never throws; a refused file comes back with the reason. */
export async function checkResultText(text: string, bytes = new TextEncoder().encode(text).length): Promise<ResultCheck> {
  if (bytes > MAX_RESULT_BYTES) {
    return { ok: false, kind: 'too-large', reason: `文件太大（${(bytes / 1024 / 1024).toFixed(1)} MB），成绩文件不会超过 2 MB` };
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, kind: 'not-json', reason: '不是 JSON 文件，或者文件不完整' };
  }
  if (!isObject(data) || data.format !== EXAM_RESULT_FORMAT) {
    return { ok: false, kind: 'not-a-result', reason: '不是客服学院的考试成绩文件' };
  }
  if (typeof data.version === 'number' && data.version > 1) {
    return { ok: false, kind: 'newer-version', reason: '成绩文件来自更新版本的客服学院，请刷新页面后再导入' };
  }
  const parsed = ExamResultSchema.safeParse(data);
  if (!parsed.success) {
    return { ok: false, kind: 'invalid', reason: `文件内容不完整或格式不对（${firstIssuePath(parsed.error.issues)}）` };
  }
  // The digest is checked on the file as written, not on the parsed copy.
  if ((await resultDigest(data)) !== parsed.data.digest) {
    return { ok: false, kind: 'edited', reason: '校验值不符：文件在导出后被改动过，或已损坏' };
  }
  return { ok: true, result: parsed.data };
}

/** The file name a result downloads as: `成绩-售前客服上岗考核-张三-2026-11-23.json`. */
export function resultFileName(result: Pick<ExamResult, 'exam' | 'candidate' | 'startedAt'>, extension: 'json' | 'csv'): string {
  return `成绩-${fileNamePart(result.exam.title)}-${fileNamePart(result.candidate.name)}-${result.startedAt.slice(0, 10)}.${extension}`;
}
