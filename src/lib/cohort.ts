/**
 * The trainer's cohort (一批学员的成绩): result files checked one by one and collected (duplicates
 * by result id counted once), the table's rows, sorting and filtering, per-criterion pass rates
 * that show which skills the cohort lacks, and the score distribution.
 * Pure functions over checked results; the dashboard island only wires them to the page.
 */
import type { ExamResult } from '../schemas/exam-result.ts';
import { integrityFlags } from './exam-format.ts';
import type { ResultCheck } from './exam-result.ts';

export type FileStatus = 'counted' | 'duplicate' | 'conflict' | 'refused';

export interface FileEntry {
  name: string;
  status: FileStatus;
  /** Why a file is not counted (Chinese). */
  reason: string | null;
  /** The result id, when the file held a valid result. */
  resultId: string | null;
}

export interface Cohort {
  /** Counted results, in import order. */
  results: ExamResult[];
  /** Every file imported, in order. */
  files: FileEntry[];
}

export const emptyCohort = (): Cohort => ({ results: [], files: [] });

/** Adds one checked file to the cohort. */
export function addFile(cohort: Cohort, name: string, check: ResultCheck): Cohort {
  if (!check.ok) return { ...cohort, files: [...cohort.files, { name, status: 'refused', reason: check.reason, resultId: null }] };
  const { result } = check;
  const existing = cohort.results.find((r) => r.id === result.id);
  if (existing) {
    const first = cohort.files.find((f) => f.resultId === result.id && f.status === 'counted')?.name ?? '';
    const same = existing.digest === result.digest;
    const entry: FileEntry = {
      name,
      status: same ? 'duplicate' : 'conflict',
      reason: same ? `与 ${first} 是同一份成绩，只计一次` : `成绩编号与 ${first} 相同，但内容不同，未计入`,
      resultId: result.id,
    };
    return { ...cohort, files: [...cohort.files, entry] };
  }
  return { results: [...cohort.results, result], files: [...cohort.files, { name, status: 'counted', reason: null, resultId: result.id }] };
}

export interface CohortRow {
  id: string;
  name: string;
  employeeId: string | null;
  batch: string | null;
  exam: string;
  examSlug: string;
  /** ISO start time. */
  date: string;
  total: number;
  grade: ExamResult['grade'];
  passed: boolean;
  /** 有效速度, 字/分钟. */
  speed: number | null;
  flags: string[];
}

export function cohortRows(results: readonly ExamResult[]): CohortRow[] {
  return results.map((r) => ({
    id: r.id,
    name: r.candidate.name,
    employeeId: r.candidate.employeeId,
    batch: r.batch,
    exam: r.exam.title,
    examSlug: r.exam.slug,
    date: r.startedAt,
    total: r.total,
    grade: r.grade,
    passed: r.passed,
    speed: r.typing?.effectiveSpeed ?? null,
    flags: integrityFlags(r.integrity),
  }));
}

export type SortKey = 'name' | 'exam' | 'date' | 'total' | 'grade' | 'passed' | 'flags';
export type SortDirection = 'ascending' | 'descending';

const GRADE_ORDER: Record<string, number> = { 金牌: 3, 银牌: 2, 铜牌: 1 };
const collator = new Intl.Collator('zh-CN');

function compare(a: CohortRow, b: CohortRow, key: SortKey): number {
  switch (key) {
    case 'name':
      return collator.compare(a.name, b.name);
    case 'exam':
      return collator.compare(a.exam, b.exam);
    case 'date':
      return a.date < b.date ? -1 : a.date > b.date ? 1 : 0;
    case 'total':
      return a.total - b.total;
    case 'grade':
      return (GRADE_ORDER[a.grade ?? ''] ?? 0) - (GRADE_ORDER[b.grade ?? ''] ?? 0);
    case 'passed':
      return Number(a.passed) - Number(b.passed);
    case 'flags':
      return a.flags.length - b.flags.length;
  }
}

/** A stable sort: equal rows keep their order (by name, then import order). */
export function sortRows(rows: readonly CohortRow[], key: SortKey, direction: SortDirection): CohortRow[] {
  const sign = direction === 'ascending' ? 1 : -1;
  return rows
    .map((row, i) => ({ row, i }))
    .sort((x, y) => sign * compare(x.row, y.row, key) || collator.compare(x.row.name, y.row.name) || x.i - y.i)
    .map((x) => x.row);
}

export interface RowFilter {
  /** Matches name, employee ID or batch code. */
  text: string;
  /** An exam slug, or '' for all. */
  exam: string;
  pass: 'all' | 'passed' | 'failed';
  flaggedOnly: boolean;
}

export const noFilter: RowFilter = { text: '', exam: '', pass: 'all', flaggedOnly: false };

export function filterRows(rows: readonly CohortRow[], filter: RowFilter): CohortRow[] {
  const text = filter.text.trim().toLowerCase();
  return rows.filter(
    (r) =>
      (text === '' || [r.name, r.employeeId ?? '', r.batch ?? ''].some((s) => s.toLowerCase().includes(text))) &&
      (filter.exam === '' || r.examSlug === filter.exam) &&
      (filter.pass === 'all' || (filter.pass === 'passed') === r.passed) &&
      (!filter.flaggedOnly || r.flags.length > 0),
  );
}

export interface CriterionAverage {
  /** `<scenario slug>#<criterion id>`. */
  key: string;
  label: string;
  scenario: string;
  /** Share of applicable attempts that passed, 0–1. */
  passRate: number;
  /** Attempts where it applied. */
  applied: number;
  critical: boolean;
}

/** Every scenario criterion that applied to somebody, weakest first. */
export function criterionAverages(results: readonly ExamResult[]): CriterionAverage[] {
  const stats = new Map<string, { label: string; scenario: string; pass: number; applied: number; critical: boolean }>();
  for (const r of results) {
    for (const section of r.sections) {
      if (section.kind !== 'scenarios') continue;
      for (const attempt of section.attempts) {
        const criteria = [...attempt.turns.flatMap((t) => t.criteria), ...attempt.rubric.criteria];
        for (const c of criteria) {
          if (c.status === 'na') continue;
          const key = `${attempt.scenario.slug}#${c.id}`;
          const s = stats.get(key) ?? { label: c.label, scenario: attempt.scenario.title, pass: 0, applied: 0, critical: c.critical };
          s.applied++;
          if (c.status === 'pass') s.pass++;
          stats.set(key, s);
        }
      }
    }
  }
  return [...stats]
    .map(([key, s]) => ({ key, label: s.label, scenario: s.scenario, passRate: s.pass / s.applied, applied: s.applied, critical: s.critical }))
    .sort((a, b) => a.passRate - b.passRate || b.applied - a.applied || collator.compare(a.label, b.label));
}

export interface SectionAverage {
  title: string;
  /** Mean section score, 0–100. */
  average: number;
  count: number;
}

/** Mean score of each section title across the cohort, in the order first seen. */
export function sectionAverages(results: readonly ExamResult[]): SectionAverage[] {
  const sums = new Map<string, { sum: number; count: number }>();
  for (const r of results) {
    for (const s of r.sections) {
      const entry = sums.get(s.title) ?? { sum: 0, count: 0 };
      entry.sum += s.score;
      entry.count++;
      sums.set(s.title, entry);
    }
  }
  return [...sums].map(([title, { sum, count }]) => ({ title, average: Math.round((10 * sum) / count) / 10, count }));
}

/** Counts of totals in ten-point bins: [0,10), [10,20) … [90,100]. */
export function distribution(totals: readonly number[]): number[] {
  const bins = Array.from({ length: 10 }, () => 0);
  for (const total of totals) {
    const i = Math.min(9, Math.max(0, Math.floor(total / 10)));
    bins[i] = (bins[i] ?? 0) + 1;
  }
  return bins;
}

export const BIN_LABELS = Array.from({ length: 10 }, (_, i) => (i === 9 ? '90–100' : `${i * 10}–${i * 10 + 9}`));
