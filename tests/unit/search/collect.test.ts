import { describe, expect, test } from 'vitest';
import { collectSearchContent, glossaryDocuments, glossaryVocabulary, missingAnchors, pageDocuments, searchVocabulary } from '../../../src/search/collect.ts';
import { SEARCH_SYNONYMS } from '../../../src/search/vocabulary.ts';
import { projectRoot } from './corpus.ts';

describe('pageDocuments', () => {
  test('makes one document for the top of the page and one per section', () => {
    const docs = pageDocuments({
      id: 'lesson:a/b',
      url: '/lessons/a/b/',
      title: '退换货流程',
      module: '售后处理',
      lead: ['摘要一句。'],
      body: '开头。\n\n## 第一步\n\n先核对订单。\n\n### 细节\n\n看照片。',
    });
    expect(docs).toEqual([
      { id: 'lesson:a/b', title: '退换货流程', body: '摘要一句。 开头。', url: '/lessons/a/b/', module: '售后处理' },
      { id: 'lesson:a/b#第一步', title: '第一步', page: '退换货流程', body: '先核对订单。', url: '/lessons/a/b/#第一步', module: '售后处理' },
      { id: 'lesson:a/b#细节', title: '细节', page: '退换货流程', body: '看照片。', url: '/lessons/a/b/#细节', module: '售后处理' },
    ]);
  });
});

describe('glossaryDocuments', () => {
  test('links each term to its anchor on the glossary page', () => {
    expect(glossaryDocuments({ terms: [{ term: '首响', definition: '首次响应时间。', en: 'First response time' }], synonyms: [] })).toEqual([
      { id: 'glossary:首响', title: '首响', body: '首次响应时间。 First response time', module: '术语表', url: '/glossary/#首响', definition: true },
    ]);
  });
});

describe('glossaryVocabulary', () => {
  test('pairs a term with the abbreviation of its English name', () => {
    const glossary = {
      terms: [
        { term: '货到付款', definition: '收货时付款。', en: 'Cash on delivery (COD)' },
        { term: 'DSR', definition: '店铺动态评分。', en: 'Detailed seller rating' },
        { term: '网店管家', definition: '订单管理软件。', en: 'Wangdian Guanjia (order management software)' },
      ],
      synonyms: [{ id: 'refund', terms: ['退货', '退款'] }],
    };
    expect(glossaryVocabulary(glossary).synonyms).toEqual([
      ['退货', '退款'],
      ['货到付款', 'COD'],
    ]);
  });
});

describe('searchVocabulary', () => {
  test('adds the search-only synonym groups to those of the glossary, leaving its terms alone', () => {
    const glossary = { terms: [{ term: '议价', definition: '顾客要求便宜。' }], synonyms: [{ id: 'bargaining', terms: ['议价', '讲价'] }] };
    expect(searchVocabulary(glossary)).toEqual({ terms: glossaryVocabulary(glossary).terms, synonyms: [['议价', '讲价'], ...SEARCH_SYNONYMS] });
  });
});

describe('missingAnchors', () => {
  test('lists section links whose anchor the rendered page lacks', () => {
    const docs = [
      { id: 'a', title: '', body: '', url: '/lessons/x/' },
      { id: 'b', title: '', body: '', url: '/lessons/x/#有' },
      { id: 'c', title: '', body: '', url: '/lessons/x/#没有' },
      { id: 'd', title: '', body: '', url: '/glossary/#首响' },
    ];
    expect(missingAnchors(docs, new Map([['/lessons/x/', new Set(['有'])]]))).toEqual(['/lessons/x/#没有']);
  });
});

describe('collectSearchContent', () => {
  const content = collectSearchContent(projectRoot);

  test('reads every lesson and glossary term, with unique ids', () => {
    const ids = content.documents.map((d) => d.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.some((id) => id.startsWith('lesson:'))).toBe(true);
    expect(ids.filter((id) => id.startsWith('glossary:')).length).toBe(content.vocabulary.terms.length);
  });

  test('links every section to its heading on its page', () => {
    for (const doc of content.documents.filter((d) => d.id.startsWith('lesson:') && d.id.includes('#'))) {
      const [page, anchor] = doc.id.slice('lesson:'.length).split('#');
      expect(doc.url).toBe(`/lessons/${page}/#${anchor}`);
    }
  });

  test('throws with the file named on invalid content', () => {
    expect(() => collectSearchContent(`${projectRoot}/tests/fixtures/search-invalid`)).toThrow(/content\/lessons\/m\/01-bad\.mdx: title/);
  });
});
