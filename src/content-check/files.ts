/** Reads a project's content folder from disk into the set `checkContent` validates. */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { ContentFile, ContentSet } from './check.ts';

function read(root: string, dir: string, pattern: RegExp): ContentFile[] {
  const full = join(root, dir);
  let names: string[];
  try {
    names = readdirSync(full, { recursive: true, encoding: 'utf8' });
  } catch {
    return [];
  }
  return names
    .filter((name) => pattern.test(name))
    .sort()
    .map((name) => ({ path: relative(root, join(full, name)).split('\\').join('/'), text: readFileSync(join(full, name), 'utf8') }));
}

/** content/ under `root`; paths in the set are relative to `root` (`content/lessons/…`). */
export function readContentSet(root: string): ContentSet {
  return {
    modules: read(root, 'content/modules', /\.ya?ml$/),
    lessons: read(root, 'content/lessons', /\.mdx$/),
    scenarios: read(root, 'content/scenarios', /\.mdx$/),
    glossary: read(root, 'content', /^glossary\.yaml$/)[0] ?? null,
    exams: read(root, 'content/exams', /\.mdx$/),
    typing: read(root, 'content', /^typing\.yaml$/)[0] ?? null,
  };
}
