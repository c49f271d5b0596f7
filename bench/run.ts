/**
 * `npm run bench [-- <section> …]`: runs the benchmark sections (all, or those named) and prints
 * one table per section. A section is a named list of cases; each case is timed over many runs
 * after a warm-up, and reported as median and 95th percentile.
 *
 * To add a section: write bench/<name>.ts exporting a `Section`, and list it in `SECTIONS`.
 */
import { exams } from './exams.ts';
import { scoring } from './scoring.ts';

export interface BenchCase {
  /** What is measured, as the table shows it. */
  name: string;
  /** Runs to time (after `warmup` untimed ones). */
  runs: number;
  warmup?: number;
  /** The goal, shown beside the figures: "< 5 ms". */
  goal?: string;
  /** Met when the median is under this many milliseconds. */
  goalMs?: number;
  /** May return a promise: the time runs until it settles. */
  fn: () => unknown;
}

export interface Section {
  name: string;
  /** Builds the cases (setup is not timed). */
  cases: () => BenchCase[] | Promise<BenchCase[]>;
}

const SECTIONS: Section[] = [scoring, exams];

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}

async function time(c: BenchCase): Promise<{ median: number; p95: number }> {
  for (let i = 0; i < (c.warmup ?? Math.ceil(c.runs / 10)); i++) await c.fn();
  const samples: number[] = [];
  for (let i = 0; i < c.runs; i++) {
    const t0 = performance.now();
    await c.fn();
    samples.push(performance.now() - t0);
  }
  samples.sort((a, b) => a - b);
  return { median: percentile(samples, 50), p95: percentile(samples, 95) };
}

function table(rows: string[][]): string {
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length))) ?? [];
  const line = (r: string[]): string => r.map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0))).join('  ');
  const [head, ...body] = rows;
  return [line(head ?? []), widths.map((w) => '-'.repeat(w)).join('  '), ...body.map(line)].join('\n');
}

const wanted = process.argv.slice(2);
const unknown = wanted.filter((w) => !SECTIONS.some((s) => s.name === w));
if (unknown.length > 0) {
  console.error(`Unknown section: ${unknown.join(', ')} (sections: ${SECTIONS.map((s) => s.name).join(', ')})`);
  process.exit(2);
}
let missed = 0;
for (const section of SECTIONS.filter((s) => wanted.length === 0 || wanted.includes(s.name))) {
  const rows = [['case', 'runs', 'median ms', 'p95 ms', 'goal']];
  for (const c of await section.cases()) {
    const { median, p95 } = await time(c);
    const met = c.goalMs === undefined || median < c.goalMs;
    if (!met) missed++;
    rows.push([c.name, String(c.runs), median.toFixed(3), p95.toFixed(3), c.goal ? `${c.goal} ${met ? 'ok' : 'MISSED'}` : '']);
  }
  console.log(`\n## ${section.name}\n\n${table(rows)}`);
}
process.exitCode = missed > 0 ? 1 : 0;
