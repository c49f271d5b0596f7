/**
 * No sentence of the course is copied from the seed documents (../shared/seeds): no run of 20 or
 * more Chinese characters, after removing punctuation, spaces and other non-Chinese characters
 * and folding Traditional to Simplified, appears both in a content file and in a seed.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { GLOSSARY_PATH, ROOT, readLessons, readModules, readSeeds, sharedRuns, windowIndex } from './helpers.ts';

const RUN = 20;

const seeds = readSeeds();
const index = windowIndex(seeds, RUN);
const files = [
  ...readLessons().map((l) => ({ path: l.path, text: l.text })),
  ...readModules().map((m) => ({ path: m.path, text: readFileSync(join(ROOT, m.path), 'utf8') })),
  { path: GLOSSARY_PATH, text: readFileSync(join(ROOT, GLOSSARY_PATH), 'utf8') },
];

describe('seed documents', () => {
  test('are found and hold Chinese text', () => {
    expect(seeds.length).toBeGreaterThan(0);
    expect(index.size).toBeGreaterThan(1000);
  });
});

describe.each(files)('$path', ({ text }) => {
  test(`shares no run of ${RUN} Chinese characters with a seed`, () => {
    const copied = sharedRuns(text, index, RUN).map(({ run, source }) => `${source}: ${run}`);
    expect(copied).toEqual([]);
  });
});
