/** Reads content files from disk so end-to-end tests follow the content instead of hard-coding it. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseMdx, parseYaml } from '../../src/content-check/frontmatter.ts';
import { loadScenario } from '../../src/content-check/scenarios.ts';
import type { CompiledScenario } from '../../src/engine/compiled.ts';
import { GlossarySchema } from '../../src/schemas/glossary.ts';
import { LessonSchema, type Lesson } from '../../src/schemas/lesson.ts';

export function readLesson(file: string): Lesson {
  const { data } = parseMdx(readFileSync(join(process.cwd(), 'content/lessons', file), 'utf8'));
  return LessonSchema.parse(data);
}

/** A scenario of content/scenarios compiled exactly as the site and the CLI compile it. */
export function compiledScenario(slug: string): CompiledScenario {
  const path = join(process.cwd(), 'content/scenarios', `${slug}.mdx`);
  const glossary = GlossarySchema.parse(parseYaml(readFileSync(join(process.cwd(), 'content/glossary.yaml'), 'utf8')));
  const load = loadScenario(path, readFileSync(path, 'utf8'), glossary);
  if (!load.ok) throw new Error(load.issues.map((i) => `${i.field}: ${i.message}`).join('\n'));
  return load.compiled;
}
