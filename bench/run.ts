/**
 * `npm run bench [-- <section> …]`: runs the benchmark sections (all, or those named) and prints
 * one table per section. A section is a named list of cases; each case is timed over many runs
 * after a warm-up, and reported as median and 95th percentile.
 *
 * To add a section: write bench/<name>.ts exporting a `Section`, and list it in `SECTIONS`.
 */
import { writeFileSync } from 'node:fs';
import { availableParallelism, cpus } from 'node:os';
import { buildCorpus } from './build-corpus.ts';
import { lighthouseSection } from './lighthouse.ts';
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

/** A section that measures something larger than a function call and reports its own table. */
export interface ReportSection {
  name: string;
  run: () => Promise<{ rows: string[][]; missed: number; note?: string }>;
}

const SECTIONS: (Section | ReportSection)[] = [scoring, exams, buildCorpus, lighthouseSection];

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

/** A Markdown table: readable in a terminal and in BENCHMARKS.md. */
function markdown(rows: string[][]): string {
  const [head, ...body] = rows;
  const line = (r: string[]): string => `| ${r.join(' | ')} |`;
  return [line(head ?? []), line((head ?? []).map((_, i) => (i === 0 ? '---' : '---:'))), ...body.map(line)].join('\n');
}

const wanted = process.argv.slice(2);
const unknown = wanted.filter((w) => !SECTIONS.some((s) => s.name === w));
if (unknown.length > 0) {
  console.error(`Unknown section: ${unknown.join(', ')} (sections: ${SECTIONS.map((s) => s.name).join(', ')})`);
  process.exit(2);
}
let missed = 0;
const report: string[] = [];
for (const section of SECTIONS.filter((s) => wanted.length === 0 || wanted.includes(s.name))) {
  let rows: string[][];
  let note = '';
  if ('run' in section) {
    const result = await section.run();
    rows = result.rows;
    missed += result.missed;
    note = result.note ?? '';
  } else {
    rows = [['case', 'runs', 'median ms', 'p95 ms', 'goal']];
    for (const c of await section.cases()) {
      const { median, p95 } = await time(c);
      const met = c.goalMs === undefined || median < c.goalMs;
      if (!met) missed++;
      rows.push([c.name, String(c.runs), median.toFixed(3), p95.toFixed(3), c.goal ? `${c.goal} ${met ? 'ok' : 'MISSED'}` : '']);
    }
  }
  const text = `## ${section.name}\n\n${note ? `${note}\n\n` : ''}${markdown(rows)}`;
  console.log(`\n${text}`);
  report.push(text);
}
if (wanted.length === 0) {
  const machine = `${availableParallelism()} cores (${cpus()[0]?.model ?? 'unknown CPU'}), Node ${process.versions.node}`;
  writeFileSync(
    'BENCHMARKS.md',
    `# Benchmarks\n\nWritten by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)}, ${machine}. Timings vary with the machine and its load; sizes do not.\n\n${report.join('\n\n')}\n`,
  );
}
process.exitCode = missed > 0 ? 1 : 0;
