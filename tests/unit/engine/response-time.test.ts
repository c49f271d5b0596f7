import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { DEFAULT_AVERAGE_RESPONSE, DEFAULT_FIRST_RESPONSE, bandScore, summarizeResponses } from '../../../src/engine/response-time.ts';

describe('bandScore', () => {
  test.each([
    [0, 100],
    [35_000, 100],
    [45_000, 50],
    [55_000, 0],
    [55_001, 0],
    [600_000, 0],
  ])('scores an average of %d ms as %d against the brief (≤ 35 s full, > 55 s zero)', (ms, expected) => {
    expect(bandScore(ms, DEFAULT_AVERAGE_RESPONSE)).toBeCloseTo(expected);
  });

  test('stays within 0–100 for any time', () => {
    fc.assert(
      fc.property(fc.double(), (ms) => {
        const s = bandScore(ms, DEFAULT_FIRST_RESPONSE);
        expect(s >= 0 && s <= 100).toBe(true);
      }),
    );
  });
});

describe('summarizeResponses', () => {
  test('scores the first reply as 首响 and the mean as 平响', () => {
    const summary = summarizeResponses([20_000, 40_000, 60_000], DEFAULT_FIRST_RESPONSE, DEFAULT_AVERAGE_RESPONSE);
    expect(summary).toEqual({ firstMs: 20_000, averageMs: 40_000, firstScore: 100, averageScore: 75, score: 87.5 });
  });

  test('has nothing to score without replies', () => {
    expect(summarizeResponses([], DEFAULT_FIRST_RESPONSE, DEFAULT_AVERAGE_RESPONSE).score).toBeNull();
  });
});
