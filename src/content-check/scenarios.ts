/**
 * Scenario files in Node (content check and CLI): parse the frontmatter, validate it, compile it
 * exactly as the site's build does, and run its examples and model answers through the engine.
 */
import { fullFoldTable } from '../lib/t2s.ts';
import type { Glossary } from '../schemas/glossary.ts';
import { ScenarioSchema, type Scenario } from '../schemas/scenario.ts';
import { CompileError, compileScenario } from '../engine/compile.ts';
import type { CompiledScenario } from '../engine/compiled.ts';
import { checkModelAnswers, runExamples } from '../engine/examples.ts';
import { parseMdx } from './frontmatter.ts';
import { fieldPath, zodIssues, type ContentIssue } from './report.ts';

/** The slug of a scenario file: its name without .mdx. */
export function scenarioSlug(path: string): string {
  return (path.split(/[\\/]/).pop() ?? '').replace(/\.mdx$/, '');
}

export type ScenarioLoad =
  | { ok: true; slug: string; scenario: Scenario; compiled: CompiledScenario }
  | { ok: false; issues: ContentIssue[] };

/** Parses, validates and compiles one scenario file; every problem comes back as `path: field: message`. */
export function loadScenario(path: string, text: string, glossary: Glossary): ScenarioLoad {
  const slug = scenarioSlug(path);
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*\.mdx$/.test(`${slug}.mdx`)) {
    return { ok: false, issues: [{ path, field: '', message: '场景文件名只能用小写英文字母、数字和连字符，例如 size-advice.mdx' }] };
  }
  let data: unknown;
  try {
    data = parseMdx(text).data;
  } catch (error) {
    return { ok: false, issues: [{ path, field: '', message: (error as Error).message }] };
  }
  const parsed = ScenarioSchema.safeParse(data);
  if (!parsed.success) return { ok: false, issues: zodIssues(path, parsed.error) };
  try {
    return { ok: true, slug, scenario: parsed.data, compiled: compileScenario(slug, parsed.data, glossary, fullFoldTable()) };
  } catch (error) {
    if (error instanceof CompileError) {
      return { ok: false, issues: error.issues.map((i) => ({ path, field: fieldPath(i.path), message: i.message })) };
    }
    throw error;
  }
}

/** Validates a scenario file and checks that its examples and model answers score as declared. */
export function checkScenario(path: string, text: string, glossary: Glossary): ContentIssue[] {
  const load = loadScenario(path, text, glossary);
  if (!load.ok) return load.issues;
  return [...checkModelAnswers(load.compiled), ...runExamples(load.compiled, load.scenario.examples)].map((d) => ({
    path,
    field: fieldPath(d.path),
    message: d.message,
  }));
}
