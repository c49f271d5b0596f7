/**
 * `npm run score -- <scenario.mdx> <transcript.json>`: scores a recorded chat with the engine the
 * browser uses and prints the result JSON (src/schemas/attempt.ts) on stdout, a one-line summary
 * on stderr. Exit 0: passed; 1: failed; 2: unusable input (the message says what is wrong).
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import * as z from 'zod/mini';
import { parseYaml } from '../content-check/frontmatter.ts';
import { fieldPath, formatIssue } from '../content-check/report.ts';
import { loadScenario } from '../content-check/scenarios.ts';
import { quietMsFor } from '../engine/conversation.ts';
import { scoreEvents } from '../engine/score.ts';
import { GlossarySchema, type Glossary } from '../schemas/glossary.ts';
import { TranscriptSchema } from '../schemas/transcript.ts';

z.config(z.locales.zhCN());

class Unusable extends Error {}

function fail(message: string): never {
  throw new Unusable(message);
}

function readText(path: string, what: string): string {
  if (!existsSync(path)) fail(`找不到${what}：${path}`);
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    return fail(`读不了${what} ${path}：${(error as Error).message}`);
  }
}

/** content/glossary.yaml of the project the scenario belongs to: searched upward from the file, then from here. */
function findGlossary(scenarioPath: string): string {
  for (let dir = dirname(resolve(scenarioPath)); ; dir = dirname(dir)) {
    for (const candidate of [join(dir, 'glossary.yaml'), join(dir, 'content', 'glossary.yaml')]) if (existsSync(candidate)) return candidate;
    if (dirname(dir) === dir) break;
  }
  const here = join(process.cwd(), 'content', 'glossary.yaml');
  return existsSync(here) ? here : fail('找不到术语表 content/glossary.yaml（评分要用到其中的同义词组）');
}

function loadGlossary(path: string): Glossary {
  let data: unknown;
  try {
    data = parseYaml(readText(path, '术语表'));
  } catch (error) {
    return fail(`术语表 ${path} 无法读取：${(error as Error).message}`);
  }
  const parsed = GlossarySchema.safeParse(data);
  if (!parsed.success) fail(`术语表 ${path} 有错误：\n${parsed.error.issues.map((i) => `  ${fieldPath(i.path) || '(文件)'}: ${i.message}`).join('\n')}`);
  return parsed.data;
}

function run(args: readonly string[]): number {
  const [scenarioPath, transcriptPath, ...rest] = args;
  if (!scenarioPath || !transcriptPath || rest.length > 0) fail('用法：npm run score -- <场景文件.mdx> <对话记录.json>');

  const scenarioText = readText(scenarioPath, '场景文件');
  const load = loadScenario(scenarioPath, scenarioText, loadGlossary(findGlossary(scenarioPath)));
  if (!load.ok) fail(`场景文件有错误：\n${load.issues.map((i) => `  ${formatIssue(i)}`).join('\n')}`);

  let data: unknown;
  try {
    data = JSON.parse(readText(transcriptPath, '对话记录文件'));
  } catch (error) {
    if (error instanceof Unusable) throw error;
    return fail(`对话记录 ${transcriptPath} 不是有效的 JSON：${(error as Error).message}`);
  }
  const parsed = TranscriptSchema.safeParse(data);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${fieldPath(i.path) || '(文件)'}: ${i.message}`);
    fail(`对话记录 ${transcriptPath} 的格式不对（格式见 docs/transcript-format.md）：\n${lines.join('\n')}`);
  }
  const transcript = parsed.data;
  if (transcript.scenario !== load.slug) {
    fail(`对话记录属于场景“${transcript.scenario}”，但给的场景文件是“${load.slug}”（${scenarioPath}）`);
  }

  const { state, result } = scoreEvents(load.compiled, transcript.events, {
    startedAt: transcript.startedAt ?? null,
    quietMs: quietMsFor(transcript.version),
  });
  if (state.problems.length > 0) {
    fail(`对话记录与场景对不上：\n${state.problems.map((p) => `  ${p}`).join('\n')}`);
  }
  process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
  const verdict = result.passed ? `通过${result.grade ? `（${result.grade}）` : ''}` : `未通过：${result.reasons.map((r) => r.message).join('；')}`;
  process.stderr.write(`${result.scenario.title}：总分 ${result.total}，${verdict}\n`);
  return result.passed ? 0 : 1;
}

try {
  process.exitCode = run(process.argv.slice(2));
} catch (error) {
  // Exit 1 means "failed the scenario"; a crash must never be read as that.
  const message = error instanceof Unusable ? error.message : `评分程序内部错误：${error instanceof Error ? (error.stack ?? error.message) : String(error)}`;
  process.stderr.write(`无法评分：${message}\n`);
  process.exitCode = 2;
}
