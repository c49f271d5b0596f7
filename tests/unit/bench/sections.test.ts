import { describe, expect, test } from 'vitest';
import { exams } from '../../../bench/exams.ts';
import { scoring } from '../../../bench/scoring.ts';

// `npm run bench` is not part of `npm test`; this keeps its timed sections from rotting unseen
// when the engine changes (each builds its cases and runs every one once, untimed).
describe.each([scoring, exams])('bench section $name', (section) => {
  test('builds its cases and runs each once', async () => {
    const cases = await section.cases();
    expect(cases.length).toBeGreaterThan(0);
    for (const c of cases) await c.fn();
  });
});
