import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { brokenLinks, collectSearchContent, glossaryDocuments, glossaryVocabulary, pageDocuments, searchVocabulary } from '../../../src/search/collect.ts';
import { SEARCH_SYNONYMS } from '../../../src/search/vocabulary.ts';
import { projectRoot } from './corpus.ts';

describe('pageDocuments', () => {
  test('makes one document for the top of the page and one per section', () => {
    const docs = pageDocuments({
      id: 'lesson:a/b',
      url: '/lessons/a/b/',
      title: '退换货流程',
      module: '售后处理',
      kind: 'lesson',
      lead: ['摘要一句。'],
      body: '开头。\n\n## 第一步\n\n先核对订单。\n\n### 细节\n\n看照片。',
    });
    expect(docs).toEqual([
      { id: 'lesson:a/b', title: '退换货流程', body: '摘要一句。 开头。', url: '/lessons/a/b/', module: '售后处理', kind: 'lesson' },
      { id: 'lesson:a/b#第一步', title: '第一步', page: '退换货流程', body: '先核对订单。', url: '/lessons/a/b/#第一步', module: '售后处理', kind: 'lesson' },
      { id: 'lesson:a/b#细节', title: '细节', page: '退换货流程', body: '看照片。', url: '/lessons/a/b/#细节', module: '售后处理', kind: 'lesson' },
    ]);
  });
});

describe('glossaryDocuments', () => {
  test('links each term to its anchor on the glossary page', () => {
    expect(glossaryDocuments({ terms: [{ term: '首响', definition: '首次响应时间。', en: 'First response time' }], synonyms: [] })).toEqual([
      { id: 'glossary:首响', title: '首响', body: '首次响应时间。 First response time', url: '/glossary/#首响', kind: 'term' },
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

describe('brokenLinks', () => {
  test('lists links to a page the site does not build or to an id its page lacks, and documents without a link', () => {
    const docs = [
      { id: 'a', title: '', body: '', url: '/lessons/x/' },
      { id: 'b', title: '', body: '', url: '/lessons/x/#有' },
      { id: 'c', title: '', body: '', url: '/lessons/x/#没有' },
      { id: 'd', title: '', body: '', url: '/glossary/#首响' },
      { id: 'e', title: '', body: '', url: '/practice/gone/' },
      { id: 'f', title: '', body: '' },
    ];
    const pages = new Map([
      ['/lessons/x/', new Set(['有'])],
      ['/glossary/', new Set(['首响'])],
    ]);
    expect(brokenLinks(docs, pages)).toEqual(['/lessons/x/#没有', '/practice/gone/', 'f']);
  });
});

describe('collectSearchContent', () => {
  const content = collectSearchContent(projectRoot);

  test('reads every lesson, glossary term, scenario and exam, with unique ids', () => {
    const ids = content.documents.map((d) => d.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.some((id) => id.startsWith('lesson:'))).toBe(true);
    expect(ids.filter((id) => id.startsWith('glossary:')).length).toBe(content.vocabulary.terms.length);
    const slugs = (dir: string): string[] => readdirSync(join(projectRoot, dir)).filter((f) => f.endsWith('.mdx')).map((f) => f.replace(/\.mdx$/, '')).sort();
    expect(ids.filter((id) => id.startsWith('scenario:')).map((id) => id.slice('scenario:'.length)).sort()).toEqual(slugs('content/scenarios'));
    expect(ids.filter((id) => id.startsWith('exam:')).map((id) => id.slice('exam:'.length)).sort()).toEqual(slugs('content/exams'));
  });

  test('gives every document its kind', () => {
    const kinds = new Map([['lesson', 'lesson'], ['glossary', 'term'], ['scenario', 'scenario'], ['exam', 'exam']]);
    for (const doc of content.documents) expect(doc.kind, doc.id).toBe(kinds.get(doc.id.split(':')[0] ?? ''));
  });

  test('indexes a scenario by its title, situation, customer and briefing, links it to its page, and leaves the answers out', () => {
    const doc = content.documents.find((d) => d.id === 'scenario:payment-reminder');
    expect(doc).toMatchObject({ title: '拍了没付：截单前的催付与重复订单', url: '/practice/payment-reminder/', module: '售前 · 入门', kind: 'scenario' });
    expect(doc?.body).toContain('顾客上午拍下脐橙还没付款'); // summary
    expect(doc?.body).toContain('现在付的话今天还能发吗'); // the customer's opening message
    expect(doc?.body).toContain('店铺规定'); // the briefing
    expect(doc?.body).not.toContain('10:35 那单已经帮您关闭了'); // a model answer
    expect(doc?.body).not.toContain('议价、缺货、催付话术'); // the related lessons' titles
  });

  test('indexes an exam by its title, sections and instructions, linked to its page', () => {
    const doc = content.documents.find((d) => d.id === 'exam:pre-sales');
    expect(doc).toMatchObject({ title: '售前客服上岗考核', url: '/exams/pre-sales/', module: '售前', kind: 'exam' });
    expect(doc?.body).toContain('打字测试、模拟接待、知识题');
    expect(doc?.body).toContain('答题框不能粘贴');
    expect(doc?.body).not.toContain('欢迎光临，我是客服小林'); // the typing passage
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
