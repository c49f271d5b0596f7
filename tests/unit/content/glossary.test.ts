/**
 * content/glossary.yaml: at least 80 valid terms, each with a topic, the synonym groups that
 * search and rubrics rely on, and no lesson linking to a term that is not there.
 */
import { describe, expect, test } from 'vitest';
import { glossaryLinks, parseGlossary } from '../../../src/lib/glossary.ts';
import { foldChars, fullFoldTable } from '../../../src/lib/t2s.ts';
import { readGlossaryText, readLessons } from './helpers.ts';

const MIN_TERMS = 80;

/** Synonym groups other code names by id, with words each must contain. */
const REQUIRED_GROUPS: Record<string, string[]> = {
  refund: ['退货', '退换货', '退款'],
  'bad-review': ['差评', '中差评'],
  'payment-reminder': ['催付', '催单'],
  'first-response': ['首响', '首次响应时间'],
  courier: ['快递', '物流'],
  'free-shipping': ['包邮', '免运费'],
  size: ['尺码', '码数'],
  discount: ['优惠', '折扣'],
  customer: ['顾客', '买家', '客户'],
  'polite-address': ['亲', '您'],
};

const glossary = parseGlossary(readGlossaryText());
const terms = new Set(glossary.terms.map((t) => t.term));

describe('content/glossary.yaml', () => {
  test(`has at least ${MIN_TERMS} terms`, () => {
    expect(glossary.terms.length).toBeGreaterThanOrEqual(MIN_TERMS);
  });

  test('gives every term a topic for the glossary page', () => {
    expect(glossary.terms.filter((t) => !t.topic).map((t) => t.term)).toEqual([]);
  });

  test('uses no character in a term that breaks its /glossary/#term anchor', () => {
    expect(glossary.terms.map((t) => t.term).filter((term) => /[\s#/()（）?&%]/.test(term))).toEqual([]);
  });

  test.each(Object.entries(REQUIRED_GROUPS))('has the synonym group %s', (id, words) => {
    const group = glossary.synonyms.find((g) => g.id === id);
    expect(group?.terms).toEqual(expect.arrayContaining(words));
  });

  test('lists no word twice within a synonym group', () => {
    const repeated = glossary.synonyms.filter((g) => new Set(g.terms).size !== g.terms.length).map((g) => g.id);
    expect(repeated).toEqual([]);
  });

  test('does not treat Traditional spellings as synonyms (search folds them itself)', () => {
    const table = fullFoldTable();
    const variants = glossary.synonyms.flatMap((g) =>
      g.terms.filter((word) => foldChars(word, table) !== word).map((word) => `${g.id}: ${word}`),
    );
    expect(variants).toEqual([]);
  });

  test('has a term behind every glossary link in every lesson', () => {
    const broken = readLessons().flatMap((lesson) =>
      glossaryLinks(lesson.body)
        .filter((term) => !terms.has(term))
        .map((term) => `${lesson.path}: /glossary/#${term}`),
    );
    expect(broken).toEqual([]);
  });
});
