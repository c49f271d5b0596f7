import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { fullFoldTable } from '../../../src/lib/t2s.ts';
import { coreTokens, normalize, normalizeWithOffsets, tokenize, type TokenizerData } from '../../../src/search/tokenize.ts';

const fold = fullFoldTable();
const data: TokenizerData = { fold, terms: ['退换货', '7天无理由', '首响', 'dsr评分'] };

describe('normalize', () => {
  test.each([
    ['退換貨', '退换货'],
    ['７天無理由', '7天无理由'],
    ['ＣＯＤ', 'cod'],
    ['DSR評分', 'dsr评分'],
    ['首響　平響', '首响 平响'],
    // A chained pair of the Traditional table (薴 → 苧 → 苎) folds to its end in one step.
    ['薴', '苎'],
  ])('folds %s to %s', (input, expected) => {
    expect(normalize(input, fold)).toBe(expected);
  });

  test('maps every normalised unit back to its source character', () => {
    const input = 'Ａ㎏退換';
    const n = normalizeWithOffsets(input, fold);
    expect(n.text).toBe('akg退换');
    expect(n.from).toEqual([0, 1, 1, 2, 3]);
    expect(n.to).toEqual([1, 2, 2, 3, 4]);
  });
});

describe('coreTokens', () => {
  test('cuts CJK runs into bigrams and keeps letter and digit runs whole', () => {
    expect(coreTokens('退换货 cod 7天').map((t) => t.text)).toEqual(['退换', '换货', '天', 'cod', '7']);
  });

  test('keeps a lone CJK character as a token of its own', () => {
    expect(coreTokens('m 码').map((t) => [t.text, t.kind])).toEqual([
      ['码', 'char'],
      ['m', 'latin'],
    ]);
  });
});

describe('tokenize', () => {
  test('finds bigrams inside words the segmenter splits (客服 → 客|服)', () => {
    expect(tokenize('客服在网店里', data)).toEqual(expect.arrayContaining(['客服', '网店']));
  });

  test('keeps glossary terms whole, across scripts', () => {
    const tokens = tokenize('支持７天無理由退換貨，DSR評分很高', data);
    expect(tokens).toEqual(expect.arrayContaining(['7天无理由', '退换货', 'dsr评分', 'dsr', '评分']));
  });

  test('adds multi-character segmenter words', () => {
    expect(tokenize('退款申请被驳回', data)).toEqual(expect.arrayContaining(['退款', '申请', '驳回']));
  });

  test('counts a span found by several sources once', () => {
    const tokens = tokenize('首响', data);
    expect(tokens.filter((t) => t === '首响')).toHaveLength(1);
  });

  test('folds width and case before cutting', () => {
    expect(tokenize('ＣＯＤ', data)).toEqual(['cod']);
  });

  test('never throws, and every token is non-empty and normalised', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => {
        const tokens = tokenize(text, data);
        for (const t of tokens) {
          expect(t.length).toBeGreaterThan(0);
          expect(normalize(t, fold)).toBe(t);
        }
      }),
      { numRuns: 300 },
    );
  });

  test('indexing and querying agree: a substring of a text yields only tokens of that text', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'退换货客服首响评分天无理由的了，。 ab7'), minLength: 2, maxLength: 30 }), fc.nat(), fc.nat(), (text, a, b) => {
        const [s, e] = [Math.min(a, b) % text.length, Math.max(a, b) % (text.length + 1)];
        const query = text.slice(s, e);
        const all = new Set(tokenize(text, data));
        const core = coreTokens(normalize(query, fold)).filter((t) => t.kind === 'bigram');
        for (const t of core) expect(all.has(t.text)).toBe(true);
      }),
    );
  });
});
