/**
 * Reading the course from disk and measuring its text, for the content tests. Lessons are read
 * as files (not through Astro), so the tests run in plain Node.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseMdx, parseYaml } from '../../../src/content-check/frontmatter.ts';
import { foldChars, fullFoldTable } from '../../../src/lib/t2s.ts';

/** The project root. */
export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

export interface LessonFile {
  /** From the project root: `content/lessons/pre-sales/01-first-response.mdx`. */
  path: string;
  /** The module folder the file sits in. */
  folder: string;
  text: string;
  /** The frontmatter as parsed YAML, not yet validated. */
  frontmatter: Record<string, unknown>;
  /** The MDX after the frontmatter. */
  body: string;
}

export interface ModuleFile {
  path: string;
  /** The file name without `.yaml`: the module's id. */
  id: string;
  data: Record<string, unknown>;
}

function filesUnder(dir: string, pattern: RegExp): string[] {
  const full = join(ROOT, dir);
  if (!existsSync(full)) return [];
  return readdirSync(full, { recursive: true, encoding: 'utf8' })
    .filter((name) => pattern.test(name))
    .map((name) => relative(ROOT, join(full, name)).split('\\').join('/'))
    .sort();
}

export function readLessons(): LessonFile[] {
  return filesUnder('content/lessons', /\.mdx$/).map((path) => {
    const text = readFileSync(join(ROOT, path), 'utf8');
    const { data, body } = parseMdx(text);
    return {
      path,
      folder: path.split('/')[2] ?? '',
      text,
      frontmatter: (data ?? {}) as Record<string, unknown>,
      body,
    };
  });
}

export function readModules(): ModuleFile[] {
  return filesUnder('content/modules', /\.ya?ml$/).map((path) => ({
    path,
    id: path.split('/').pop()!.replace(/\.ya?ml$/, ''),
    data: (parseYaml(readFileSync(join(ROOT, path), 'utf8')) ?? {}) as Record<string, unknown>,
  }));
}

export const GLOSSARY_PATH = 'content/glossary.yaml';

export function readGlossaryText(): string {
  return readFileSync(join(ROOT, GLOSSARY_PATH), 'utf8');
}

/**
 * A folder of ../shared (the seed documents, the domain brief). The project's CI machine has it at
 * /work/shared; a developer's checkout has it beside the project. Throws a clear message otherwise.
 */
export function sharedDir(name: 'seeds' | 'domain'): string {
  const candidates = [join('/work/shared', name), resolve(ROOT, '..', 'shared', name)];
  const found = candidates.find((dir) => existsSync(dir));
  if (!found) {
    throw new Error(
      `The shared ${name} folder is missing: looked in ${candidates.join(' and ')}. ` +
        `Check out ../shared next to the project (CI has it) to run the content tests.`,
    );
  }
  return found;
}

/** Every seed document: file name and text. */
export function readSeeds(): { name: string; text: string }[] {
  const dir = sharedDir('seeds');
  const names = readdirSync(dir).filter((name) => name.endsWith('.txt')).sort();
  if (names.length === 0) throw new Error(`No seed documents (*.txt) in ${dir}`);
  return names.map((name) => ({ name, text: readFileSync(join(dir, name), 'utf8') }));
}

/** Skips a JS expression `{ … }` starting at `start`; returns the index after its closing brace. */
function skipExpression(text: string, start: number): number {
  let depth = 0;
  for (let i = start; i < text.length; i++) {
    const ch = text[i];
    if (ch === '"' || ch === "'" || ch === '`') {
      i = skipString(text, i);
    } else if (ch === '{') {
      depth++;
    } else if (ch === '}') {
      depth--;
      if (depth === 0) return i + 1;
    }
  }
  return text.length;
}

/** Returns the index of the quote that closes the string opened at `start`. */
function skipString(text: string, start: number): number {
  const quote = text[start];
  for (let i = start + 1; i < text.length; i++) {
    if (text[i] === '\\') i++;
    else if (text[i] === quote) return i;
  }
  return text.length;
}

/** Skips a JSX tag `<Name …>` or `</Name>` starting at `start`, props included. */
function skipTag(text: string, start: number): number {
  for (let i = start + 1; i < text.length; i++) {
    const ch = text[i];
    if (ch === '"' || ch === "'") i = skipString(text, i);
    else if (ch === '{') i = skipExpression(text, i) - 1;
    else if (ch === '>') return i + 1;
  }
  return text.length;
}

/**
 * The prose of an MDX body: what a reader reads as running text. Component tags and their props
 * (ScriptCard scripts, Checklist items, the quiz), JS expressions, imports and link targets are
 * removed; the children of components (a Callout's text, a Steps list) stay.
 */
export function proseOf(mdxBody: string): string {
  const source = mdxBody.replace(/^(import|export)\s.*$/gm, '');
  let out = '';
  for (let i = 0; i < source.length; ) {
    const ch = source[i]!;
    if (ch === '<' && /[A-Za-z/]/.test(source[i + 1] ?? '')) {
      i = skipTag(source, i);
      out += ' ';
    } else if (ch === '{') {
      i = skipExpression(source, i);
      out += ' ';
    } else {
      out += ch;
      i++;
    }
  }
  return out.replace(/\]\([^)]*\)/g, ']');
}

const HAN = /\p{Script=Han}/gu;

/** Chinese characters (汉字) in a text; punctuation, digits, Latin letters and spaces do not count. */
export function countHan(text: string): number {
  return text.match(HAN)?.length ?? 0;
}

/** The Chinese characters of a text, folded to Simplified, with everything else removed. */
export function hanOnly(text: string): string {
  return foldChars(text, fullFoldTable()).match(HAN)?.join('') ?? '';
}

/** Every run of `size` consecutive characters of each source, mapped to the source's name. */
export function windowIndex(sources: { name: string; text: string }[], size: number): Map<string, string> {
  const index = new Map<string, string>();
  for (const { name, text } of sources) {
    const han = hanOnly(text);
    for (let i = 0; i + size <= han.length; i++) {
      const window = han.slice(i, i + size);
      if (!index.has(window)) index.set(window, name);
    }
  }
  return index;
}

export interface SharedRun {
  /** The shared characters, as long as the overlap goes. */
  run: string;
  /** The source it also appears in. */
  source: string;
}

/** Runs of at least `size` Chinese characters that `text` shares with the indexed sources. */
export function sharedRuns(text: string, index: Map<string, string>, size: number): SharedRun[] {
  const han = hanOnly(text);
  const runs: SharedRun[] = [];
  let i = 0;
  while (i + size <= han.length) {
    const source = index.get(han.slice(i, i + size));
    if (!source) {
      i++;
      continue;
    }
    let end = i + size;
    while (end < han.length && index.has(han.slice(end - size + 1, end + 1))) end++;
    runs.push({ run: han.slice(i, end), source });
    i = end;
  }
  return runs;
}

/** Minimal valid lesson frontmatter, for tests that change one field. */
export function lessonFrontmatter(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    title: '测试课程',
    summary: '用于测试的课程。',
    module: 'workflow',
    order: 1,
    roles: ['通用'],
    objectives: ['第一条目标', '第二条目标'],
    minutes: 5,
    updated: '2026-11-23',
    covers: ['C1'],
    ...overrides,
  };
}
