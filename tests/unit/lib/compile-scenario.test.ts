import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parseMdx } from '../../../src/content-check/frontmatter.ts';
import { compileEntry, readGlossary } from '../../../src/lib/compile-scenario.ts';
import { ScenarioSchema } from '../../../src/schemas/scenario.ts';
import { contentScenario, glossary } from '../helpers.ts';

describe('compileEntry', () => {
  test('compiles a collection entry exactly as the content check and the CLI do', () => {
    const data = ScenarioSchema.parse(parseMdx(readFileSync('content/scenarios/angry-refund.mdx', 'utf8')).data);
    expect(compileEntry('angry-refund', data)).toEqual(contentScenario('angry-refund'));
  });
});

describe('readGlossary', () => {
  test('reads and validates content/glossary.yaml', () => {
    expect(readGlossary()).toEqual(glossary);
  });
});
