/**
 * Build time only (Astro pages, Node scripts): compiles a scenario collection entry the way the
 * CLI and the content check do, with content/glossary.yaml and the full fold table.
 */
import { readFileSync } from 'node:fs';
import { parseYaml } from '../content-check/frontmatter.ts';
import { compileScenario } from '../engine/compile.ts';
import type { CompileOptions, CompiledScenario } from '../engine/compiled.ts';
import { GlossarySchema, type Glossary } from '../schemas/glossary.ts';
import type { Scenario } from '../schemas/scenario.ts';
import { fullFoldTable } from './t2s.ts';

const glossaries = new Map<string, Glossary>();

/** content/glossary.yaml (relative to the working directory unless a path is given), validated. */
export function readGlossary(path = 'content/glossary.yaml'): Glossary {
  let glossary = glossaries.get(path);
  if (!glossary) {
    glossary = GlossarySchema.parse(parseYaml(readFileSync(path, 'utf8')));
    glossaries.set(path, glossary);
  }
  return glossary;
}

/** `compileEntry(entry.id, entry.data)` for `getEntry('scenarios', …)`; pass the result to the island. */
export function compileEntry(slug: string, scenario: Scenario, options?: CompileOptions): CompiledScenario {
  return compileScenario(slug, scenario, readGlossary(), fullFoldTable(), options);
}
