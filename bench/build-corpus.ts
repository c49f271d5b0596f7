/**
 * Build time of a large course: 1,000 lessons and 300 scenarios, cloned from the real content
 * (so every file is valid and realistic) into a temporary copy of the project, then `npm run
 * build` there, timed once (a build is long enough that one run is representative).
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { ReportSection } from './run.ts';
import { npmRun } from './site-server.ts';

const LESSONS = 1000;
const SCENARIOS = 300;

function files(dir: string, ext: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith(ext)).sort();
}

function dirBytes(dir: string): number {
  return files(dir, '').reduce((n, f) => {
    const s = statSync(join(dir, f));
    return s.isFile() ? n + s.size : n;
  }, 0);
}

/** A copy of the project whose content is the real course plus generated lessons and scenarios. */
function generatedProject(): string {
  const root = mkdtempSync(join(tmpdir(), 'kefu-bench-'));
  for (const entry of ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'public', 'content']) {
    cpSync(entry, join(root, entry), { recursive: true });
  }
  symlinkSync(join(process.cwd(), 'node_modules'), join(root, 'node_modules'));

  const lessons = files('content/lessons', '.mdx').map((f) => readFileSync(join('content/lessons', f), 'utf8'));
  const modules = files('content/modules', '.yaml').map((f) => f.replace(/\.yaml$/, ''));
  for (let i = 0; i < LESSONS; i++) {
    const module = modules[i % modules.length]!;
    const order = 100 + Math.floor(i / modules.length);
    const text = lessons[i % lessons.length]!
      .replace(/^module: .*$/m, `module: ${module}`)
      .replace(/^order: .*$/m, `order: ${order}`)
      .replace(/^title: (.*)$/m, (_m, title: string) => `title: ${title.slice(0, 30)}（${i + 1}）`);
    mkdirSync(join(root, 'content/lessons', module), { recursive: true });
    writeFileSync(join(root, 'content/lessons', module, `${order}-generated-${i + 1}.mdx`), text);
  }
  const scenarios = files('content/scenarios', '.mdx').map((f) => readFileSync(join('content/scenarios', f), 'utf8'));
  for (let i = 0; i < SCENARIOS; i++) {
    writeFileSync(join(root, 'content/scenarios', `generated-${i + 1}.mdx`), scenarios[i % scenarios.length]!);
  }
  return root;
}

export const buildCorpus: ReportSection = {
  name: 'build',
  async run() {
    const rows = [['site', 'lessons', 'scenarios', 'pages', 'build s', 'dist MB', 'search index gzip KB']];
    const measure = (label: string, cwd: string): void => {
      const lessons = files(join(cwd, 'content/lessons'), '.mdx').length;
      const scenarios = files(join(cwd, 'content/scenarios'), '.mdx').length;
      const t0 = performance.now();
      npmRun(cwd, 'build');
      const seconds = (performance.now() - t0) / 1000;
      const dist = join(cwd, 'dist');
      const pages = files(dist, '.html').length;
      const index = gzipSync(readFileSync(join(dist, 'search-index.json'))).length;
      rows.push([label, String(lessons), String(scenarios), String(pages), seconds.toFixed(1), (dirBytes(dist) / 1e6).toFixed(1), (index / 1024).toFixed(0)]);
    };
    measure('this course', process.cwd());
    const root = generatedProject();
    try {
      measure('generated', root);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
    return { rows, missed: 0, note: 'One build each, on this machine; the generated course clones the real lessons and scenarios.' };
  },
};
