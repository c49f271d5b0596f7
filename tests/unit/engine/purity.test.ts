import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { describe, expect, test } from 'vitest';

const ENGINE = 'src/engine';
const engineFiles = readdirSync(ENGINE).filter((f) => f.endsWith('.ts'));

/** Modules a file loads at run time: `import type` and `export type` are erased. */
function runtimeImports(path: string): string[] {
  const source = readFileSync(path, 'utf8');
  const specifiers: string[] = [];
  for (const m of source.matchAll(/^(?:import|export)\s+(?!type\b)[^;]*?from\s+'([^']+)'/gms)) if (m[1]) specifiers.push(m[1]);
  return specifiers;
}

/** Every module the browser would load starting from `entry`, following relative imports. */
function closure(entry: string): { files: string[]; packages: string[] } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string): void => {
    if (files.has(file)) return;
    files.add(file);
    for (const spec of runtimeImports(file)) {
      if (spec.startsWith('.')) visit(normalize(join(dirname(file), spec)));
      else packages.add(spec);
    }
  };
  visit(entry);
  return { files: [...files], packages: [...packages] };
}

describe('src/engine', () => {
  test.each(engineFiles)('%s reads no clock, DOM, storage, Astro or React', (file) => {
    const source = readFileSync(join(ENGINE, file), 'utf8');
    for (const forbidden of [/Date\.now\(/, /performance\.now\(/, /new Date\(\)/, /\bwindow\./, /\bdocument\./, /localStorage/, /from 'astro/, /from 'react/]) {
      expect(source).not.toMatch(forbidden);
    }
  });

  test('its browser API (index.ts) loads neither zod nor the opencc dictionary', () => {
    const { files, packages } = closure(join(ENGINE, 'index.ts'));
    expect(packages).toEqual([]);
    expect(files.filter((f) => !f.startsWith(ENGINE))).toEqual(['src/schemas/mood.ts']);
  });
});
