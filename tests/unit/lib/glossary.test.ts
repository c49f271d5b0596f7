import { describe, expect, test } from 'vitest';
import {
  glossaryLinks,
  groupByTopic,
  lessonsByTerm,
  parseGlossary,
  synonymGroupsByWord,
  unknownGlossaryLinks,
} from '../../../src/lib/glossary.ts';

describe('parseGlossary', () => {
  test('returns the terms and synonym groups of a valid file', () => {
    const g = parseGlossary('terms:\n  - term: 首响\n    definition: 首次响应时间。\n    topic: metrics\nsynonyms:\n  - id: first-response\n    terms: [首响, 首次响应时间]\n');
    expect(g.terms).toEqual([{ term: '首响', definition: '首次响应时间。', topic: 'metrics' }]);
    expect(g.synonyms[0]?.id).toBe('first-response');
  });

  test('throws naming the file and the field of every problem', () => {
    const text = 'terms:\n  - term: 首响\n    definition: ""\n  - term: 首响\n    definition: 重复。\n    topic: weather\nsynonyms: []\n';
    expect(() => parseGlossary(text, 'content/glossary.yaml')).toThrow(
      [
        'content/glossary.yaml: terms[0].definition: 不能为空',
        'content/glossary.yaml: terms[1].topic: 未知的术语分类 "weather"（应为 role、pre-sales、orders、after-sales、relationship、metrics、platform、tools 之一）',
      ].join('\n'),
    );
  });

  test('reports a duplicate term once the entries are valid', () => {
    const text = 'terms:\n  - term: 首响\n    definition: 一。\n  - term: 首响\n    definition: 二。\nsynonyms: []\n';
    expect(() => parseGlossary(text)).toThrow('content/glossary.yaml: terms[1].term: 术语重复：首响（terms[0] 已经有了，删掉一条或合并释义）');
  });

  test('throws on broken YAML', () => {
    expect(() => parseGlossary('terms: [', 'g.yaml')).toThrow(/^g\.yaml: \(文件\): YAML 格式错误/);
  });
});

describe('glossaryLinks', () => {
  test('returns each linked term once, in order, decoding percent-escapes', () => {
    const body = '[首响](/glossary/#首响)和[平响](/glossary/#%E5%B9%B3%E5%93%8D)，再说[首响](/glossary/#首响)。<a href="/glossary/#催付">催付</a>';
    expect(glossaryLinks(body)).toEqual(['首响', '平响', '催付']);
  });

  test('finds links to terms that are not in the glossary', () => {
    expect(unknownGlossaryLinks('[首响](/glossary/#首响) [快递](/glossary/#快递)', new Set(['首响']))).toEqual(['快递']);
  });
});

describe('groupByTopic', () => {
  test('groups by topic in the fixed order, sorts by pinyin, and puts untagged terms last', () => {
    const groups = groupByTopic([
      { term: '退款', definition: '.', topic: 'after-sales' },
      { term: '首响', definition: '.', topic: 'metrics' },
      { term: '差评', definition: '.', topic: 'after-sales' },
      { term: '其他词', definition: '.' },
    ]);
    expect(groups.map((g) => [g.topic, g.terms.map((t) => t.term)])).toEqual([
      ['after-sales', ['差评', '退款']],
      ['metrics', ['首响']],
      [null, ['其他词']],
    ]);
  });
});

describe('synonymGroupsByWord and lessonsByTerm', () => {
  test('index groups by word and lessons by linked term', () => {
    const groups = synonymGroupsByWord([
      { id: 'refund', terms: ['退货', '退款'] },
      { id: 'money-back', terms: ['退款', '返款'] },
    ]);
    expect(groups.get('退款')?.map((g) => g.id)).toEqual(['refund', 'money-back']);
    const lessons = lessonsByTerm([
      { id: 'a', body: '[首响](/glossary/#首响)' },
      { id: 'b', body: '没有链接' },
      { id: 'c', body: '[首响](/glossary/#首响)' },
    ]);
    expect(lessons.get('首响')?.map((l) => l.id)).toEqual(['a', 'c']);
  });
});
