import lunr from 'lunr';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { buildSearchIndex, loadSearchIndex, search, suggestTerms, type SearchDocument, type SearchVocabulary } from '../../../src/search/index.ts';
import { packIndex, unpackIndex, type FieldTermFrequencies } from '../../../src/search/pack.ts';
import { planQuery, snippet } from '../../../src/search/query.ts';
import { fullFoldTable } from '../../../src/lib/t2s.ts';

const vocabulary: SearchVocabulary = {
  terms: [
    { term: '退换货', url: '/glossary/#退换货' },
    { term: '7天无理由', url: '/glossary/#7天无理由' },
    { term: '首响', url: '/glossary/#首响' },
    { term: '催付', url: '/glossary/#催付' },
  ],
  synonyms: [
    ['退货', '退换货', '退款'],
    ['催付', '催单'],
  ],
};

const docs: SearchDocument[] = [
  { id: 'title-hit', title: '退款流程', body: '顾客申请之后，按步骤处理，先核对订单。' },
  { id: 'body-hit', title: '售后概览', body: '售后包括很多事情，其中退款流程最常见，也最容易出错。' },
  { id: 'returns', title: '退换货规则', body: '支持7天无理由退换货，商品需保持完好。订单的运费由谁承担要看原因。' },
  { id: 'reply', title: '响应时间', body: '首响要在30秒以内，平均响应也要控制。' },
  { id: 'cod', title: '货到付款', body: '货到付款（COD）订单下单后要电话确认。DSR评分受服务态度影响。' },
  { id: 'pay', title: '提醒付款', body: '对已下单未付款的顾客，可以在截单前催单：现在付款今天就能发货。' },
  { id: 'sizes', title: '尺码推荐', body: '按身高体重推荐 M 码或 L 码。', page: '售前接待', url: '/lessons/x/#尺码推荐' },
];

const index = loadSearchIndex(buildSearchIndex(docs, { vocabulary }));
const ids = (q: string): string[] => search(index, q).map((h) => h.id);

describe('search', () => {
  test('ranks a hit in the title above one in the body', () => {
    expect(ids('退款流程').slice(0, 2)).toEqual(['title-hit', 'body-hit']);
  });

  test('finds Traditional queries in Simplified text', () => {
    expect(ids('退換貨')[0]).toBe('returns');
    expect(ids('首響')[0]).toBe('reply');
  });

  test('expands a query with its synonym group', () => {
    expect(ids('催付')).toContain('pay');
    expect(ids('退货')).toEqual(expect.arrayContaining(['returns', 'title-hit', 'body-hit']));
  });

  test('ranks the word as typed above its synonyms', () => {
    expect(ids('退款')[0]).toBe('title-hit');
  });

  test('finds mixed Chinese and Latin queries, in any width and case', () => {
    expect(ids('7天无理由')[0]).toBe('returns');
    expect(ids('ＣＯＤ')).toEqual(['cod']);
    expect(ids('DSR评分')).toEqual(['cod']);
    expect(ids('dsr')).toEqual(['cod']);
  });

  test('matches a Latin word being typed as a prefix', () => {
    expect(ids('ds')).toEqual(['cod']);
  });

  test('finds a single character anywhere in a word', () => {
    expect(ids('码')).toEqual(['sizes']);
    expect(ids('险')).toEqual([]);
  });

  test('finds words across the segmenter’s boundaries', () => {
    expect(ids('换货')[0]).toBe('returns');
    expect(ids('无理')[0]).toBe('returns');
  });

  test('ranks documents containing every word of the query first', () => {
    const hits = search(index, '订单 运费');
    expect(hits[0]).toMatchObject({ id: 'returns', coverage: 1 });
    expect(hits.length).toBeGreaterThan(1);
    for (const hit of hits.slice(1)) expect(hit.coverage).toBeLessThan(1);
  });

  test('keeps documents that contain one of two typed words, after those with both', () => {
    expect(search(index, '退款 火车').map((h) => [h.id, h.coverage])).toEqual([
      ['title-hit', 0.5],
      ['returns', 0.5], // 退换货, a synonym, in the title
      ['body-hit', 0.5],
    ]);
  });

  test('drops documents that contain less than half of the query', () => {
    expect(ids('运费 天气 火车')).toEqual([]);
  });

  test('returns section details and a link', () => {
    const [hit] = search(index, '尺码');
    expect(hit).toMatchObject({ id: 'sizes', title: '尺码推荐', page: '售前接待', url: '/lessons/x/#尺码推荐', coverage: 1 });
  });

  test('finds nothing for empty, punctuation-only or unknown queries', () => {
    expect(ids('')).toEqual([]);
    expect(ids('，。！？  ')).toEqual([]);
    expect(ids('量子力学')).toEqual([]);
  });

  test('never throws on any query', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (q) => {
        for (const hit of search(index, q)) expect(hit.coverage).toBeGreaterThanOrEqual(0.5);
      }),
      { numRuns: 200 },
    );
  });

  test('refuses an index of another version', () => {
    const json = buildSearchIndex(docs, { vocabulary });
    expect(() => loadSearchIndex({ ...json, version: 99 as 3 })).toThrow(/版本/);
  });

  test('throws on duplicate document ids', () => {
    expect(() => buildSearchIndex([docs[0]!, docs[0]!])).toThrow(/重复/);
  });
});

describe('search on questions and everyday words', () => {
  const vocab: SearchVocabulary = {
    terms: [{ term: '订单备注' }, { term: '小红旗' }, { term: '催付' }],
    synonyms: [['催付', '催单']],
  };
  const more: SearchDocument[] = [
    { id: 'asks', title: '常见问题', body: '顾客问怎么办的时候，先别急着回答，怎么办都要先听完。' },
    { id: 'price', title: '应对讲价', body: '顾客嫌贵时，先讲清价值，再在权限内给一点优惠。' },
    { id: 'flag', title: '小红旗', body: '千牛订单备注里的一种旗帜标记。', kind: 'term' },
    {
      id: 'remarks#four',
      title: '备注要写的四件事',
      page: '订单备注与小红旗',
      body: '一条合格的订单备注要写清改了什么、为什么改、谁改的、什么时候改的。打单的同事只看订单备注，看不到聊天记录，所以订单备注要写完整。',
    },
    { id: 'remind', title: '截单前提醒一次', page: '催付', body: '说清是哪一单，给一个付款的好处。' },
    { id: 'urge', title: '跟进', body: '别把跟进理解成催单，隔五分钟问一次会让人烦。' },
    { id: 'rude', title: '礼貌', body: '别骂顾客，人人都会有情绪。' },
    { id: 'size', title: '尺码建议', body: '问清身高体重，再推荐穿 M 码还是 L 码。' },
  ];
  const idx = loadSearchIndex(buildSearchIndex(more, { vocabulary: vocab }));
  const found = (q: string): string[] => search(idx, q).map((h) => h.id);

  test('leaves asking words out of matching but marks them in snippets', () => {
    const plan = planQuery('顾客嫌贵怎么办', idx);
    expect(plan.parts[0]?.alternatives[0]?.units.map((u) => u.text)).toEqual(['顾客', '嫌贵']);
    expect(plan.asked).toContain('怎么');
    expect(found('顾客嫌贵怎么办')[0]).toBe('price');
    expect(found('怎么办')).toEqual(['asks']); // nothing but asking words: looked for as typed
  });

  test('reads 可以吗 at the end as asking, and 有没有 inside a query as part of it', () => {
    expect(planQuery('催单可以吗', idx).parts[0]?.alternatives[0]?.units.map((u) => u.text)).toEqual(['催单']);
    expect(planQuery('顾客问有没有货', idx).parts[0]?.alternatives[0]?.units.map((u) => u.text)).toEqual(['顾客', '问', '没有', '货']);
  });

  test('keeps a lone character that names something, not a particle', () => {
    expect(planQuery('不知道穿什么码', idx).parts[0]?.alternatives[0]?.units.map((u) => u.text)).toEqual(['穿', '码']);
    expect(found('不知道穿什么码')).toEqual(['size']);
  });

  test('ranks a passing mention in a glossary definition below a lesson section about the word', () => {
    expect(found('订单备注').slice(0, 2)).toEqual(['remarks#four', 'flag']);
    expect(found('小红旗')[0]).toBe('flag');
  });

  test('finds a section through its page title', () => {
    expect(found('截单前催付')[0]).toBe('remind');
  });

  test('looks for a word no document uses by its characters, beside a word it does use', () => {
    expect(found('顾客骂人')[0]).toBe('rude');
    expect(found('骂人')).toEqual([]); // characters alone prove nothing
  });
});

describe('search over lessons and practice', () => {
  const course: SearchDocument[] = [
    { id: 'lesson:remind', title: '催付', body: '截单前提醒一次，说清付款的好处。', kind: 'lesson' },
    { id: 'lesson:remind#how', title: '怎么催', page: '催付', body: '说清是哪一单，给一个付款的理由：今天就能发。', kind: 'lesson' },
    { id: 'glossary:催付', title: '催付', body: '提醒下单未付款的顾客付款。', kind: 'term' },
    { id: 'lesson:address', title: '改地址', body: '付款后顾客要改地址，先看订单状态。', kind: 'lesson' },
  ];
  const practice: SearchDocument[] = [
    { id: 'scenario:pay', title: '拍了没付：截单前的催付', body: '顾客问现在付款今天能不能发，催付只提醒一次。', kind: 'scenario', keywords: ['对练'] },
    { id: 'exam:pre', title: '售前上岗考核', body: '打字测试、模拟接待和知识题。', kind: 'exam' },
  ];
  const ids = (documents: readonly SearchDocument[], q: string): string[] => search(loadSearchIndex(buildSearchIndex(documents, { vocabulary })), q).map((h) => h.id);

  test('a scenario or exam never reorders the lessons and terms among themselves', () => {
    for (const q of ['催付', '改地址', '今天能发', '付款', '催付对练', '考核']) {
      expect(ids([...course, ...practice], q).filter((id) => !id.startsWith('scenario:') && !id.startsWith('exam:')), q).toEqual(ids(course, q));
    }
  });

  test('ranks a lesson that matches as well above the scenario, and finds the scenario by what trainees call it', () => {
    const all = ids([...course, ...practice], '催付');
    expect(all).toContain('scenario:pay');
    expect(all.indexOf('lesson:remind')).toBeLessThan(all.indexOf('scenario:pay'));
    const index = loadSearchIndex(buildSearchIndex([...course, ...practice], { vocabulary }));
    const practise = search(index, '催付对练');
    expect(practise.find((h) => h.id === 'scenario:pay')?.coverage).toBe(1); // 对练 is one of its keywords, found though never shown
    expect(practise.find((h) => h.id === 'scenario:pay')?.snippet.map((p) => p.text).join('')).not.toContain('对练');
  });

  test('says what each hit is', () => {
    const index = loadSearchIndex(buildSearchIndex([...course, ...practice], { vocabulary }));
    expect(search(index, '催付').map((h) => [h.id, h.kind])).toContainEqual(['scenario:pay', 'scenario']);
    expect(search(index, '考核').map((h) => [h.id, h.kind])).toEqual([['exam:pre', 'exam']]);
  });
});

describe('planQuery', () => {
  test('reads a query as typed first, then with each synonym', () => {
    const plan = planQuery('退货运费', index);
    expect(plan.parts[0]?.alternatives.map((a) => [a.text, a.synonym])).toEqual([
      ['退货运费', false],
      ['退换货运费', true],
      ['退款运费', true],
    ]);
  });

  test('splits a part into glossary terms and the words around them', () => {
    const plan = planQuery('7天无理由退换货的流程', index);
    expect(plan.parts[0]?.alternatives[0]?.units.map((u) => u.text)).toEqual(['7天无理由', '退换货', '流程']);
  });

  test('cuts at spaces and punctuation', () => {
    expect(planQuery('首响，COD 退货', index).parts).toHaveLength(3);
  });
});

describe('snippet', () => {
  const fold = fullFoldTable();

  test('marks every occurrence inside the window, in the original characters', () => {
    expect(snippet('先看退換貨規則，再辦退换货。', ['退换货'], fold)).toEqual([
      { text: '先看', mark: false },
      { text: '退換貨', mark: true },
      { text: '規則，再辦', mark: false },
      { text: '退换货', mark: true },
      { text: '。', mark: false },
    ]);
  });

  test('cuts a long text around the densest matches, with ellipses', () => {
    const text = `${'甲'.repeat(100)}退款${'乙'.repeat(100)}`;
    const parts = snippet(text, ['退款'], fold, 30);
    expect(parts[0]).toEqual({ text: '…', mark: false });
    expect(parts.at(-1)).toEqual({ text: '…', mark: false });
    expect(parts.find((p) => p.mark)?.text).toBe('退款');
    expect(parts.map((p) => p.text).join('').length).toBe(32);
  });

  test('starts at the beginning when nothing matches', () => {
    expect(snippet('没有命中的文字', ['退款'], fold, 4)).toEqual([
      { text: '没有命中', mark: false },
      { text: '…', mark: false },
    ]);
  });
});

describe('suggestTerms', () => {
  test('offers glossary terms sharing characters with the query', () => {
    expect(suggestTerms(index, '首次回复').map((s) => s.term)).toEqual(['首响']);
  });

  test('offers the first terms when nothing is related', () => {
    expect(suggestTerms(index, '量子', 2)).toEqual([vocabulary.terms[0], vocabulary.terms[1]]);
  });
});

describe('packIndex', () => {
  /** A lunr index built the ordinary way from token lists, and the same index packed and unpacked. */
  function bothWays(docs: readonly { title: string[]; body: string[] }[]): [lunr.Index, lunr.Index] {
    const builder = new lunr.Builder();
    builder.pipeline.reset();
    builder.searchPipeline.reset();
    builder.ref('ref');
    builder.field('title', { boost: 6 });
    builder.field('body');
    docs.forEach((doc, i) => builder.add({ ref: String(i), ...doc }));
    const original = builder.build();
    const counts = (builder as unknown as { fieldTermFrequencies: FieldTermFrequencies }).fieldTermFrequencies;
    const packed = packIndex(counts, [{ name: 'title', boost: 6 }, { name: 'body', boost: 1 }], docs.length);
    return [original, lunr.Index.load(unpackIndex(packed))];
  }

  const results = (index: lunr.Index, terms: readonly string[]): Map<string, number> =>
    new Map(index.query((q) => terms.forEach((t) => q.term(t, { usePipeline: false }))).map((r) => [r.ref, r.score]));

  test('gives the scores lunr.Builder gives (up to the order of a float sum)', () => {
    const word = fc.constantFrom('退货', '退款', '首响', '客服', 'cod', '码', '话术');
    fc.assert(
      fc.property(
        fc.array(fc.record({ title: fc.array(word, { maxLength: 3 }), body: fc.array(word, { maxLength: 12 }) }), { minLength: 1, maxLength: 12 }),
        fc.array(word, { minLength: 1, maxLength: 3 }),
        (docs, query) => {
          const [original, restored] = bothWays(docs);
          const expected = results(original, query);
          const actual = results(restored, query);
          expect([...actual.keys()].sort()).toEqual([...expected.keys()].sort());
          for (const [ref, score] of expected) expect(actual.get(ref)).toBeCloseTo(score, 9);
        },
      ),
    );
  });

  /** Each document field's BM25 weights by term, read from a loaded index. */
  function weights(index: lunr.Index): Map<string, Map<string, number>> {
    const json = index.toJSON() as unknown as { invertedIndex: [string, { _index: number }][]; fieldVectors: [string, number[]][] };
    const term = new Map(json.invertedIndex.map(([t, posting]) => [posting._index, t]));
    return new Map(
      json.fieldVectors.map(([ref, elements]) => {
        const byTerm = new Map<string, number>();
        for (let i = 0; i + 1 < elements.length; i += 2) byTerm.set(term.get(elements[i] ?? -1) ?? '', elements[i + 1] ?? 0);
        return [ref, byTerm];
      }),
    );
  }

  test('unpacks some of the documents exactly as an index of them alone', () => {
    const word = fc.constantFrom('退货', '退款', '首响', '客服', 'cod', '码', '话术');
    const doc = fc.record({ title: fc.array(word, { maxLength: 3 }), body: fc.array(word, { maxLength: 12 }), corpus: fc.constantFrom(0, 1) });
    fc.assert(
      fc.property(fc.array(doc, { minLength: 1, maxLength: 12 }), (docs) => {
        const counts = (list: readonly { title: string[]; body: string[] }[]): FieldTermFrequencies => {
          const builder = new lunr.Builder();
          builder.pipeline.reset();
          builder.ref('ref');
          builder.field('title', { boost: 6 });
          builder.field('body');
          list.forEach((d, i) => builder.add({ ref: String(i), title: d.title, body: d.body }));
          return (builder as unknown as { fieldTermFrequencies: FieldTermFrequencies }).fieldTermFrequencies;
        };
        const fields = [{ name: 'title', boost: 6 }, { name: 'body', boost: 1 }];
        const packed = packIndex(counts(docs), fields, docs.length);
        for (const corpus of [0, 1]) {
          const refs = docs.flatMap((d, i) => (d.corpus === corpus ? [i] : []));
          if (refs.length === 0) continue;
          const own = refs.map((i) => docs[i]!);
          const together = weights(lunr.Index.load(unpackIndex(packed, refs)));
          const alone = weights(lunr.Index.load(unpackIndex(packIndex(counts(own), fields, own.length))));
          expect(together.size).toBe(alone.size);
          refs.forEach((ref, i) => {
            for (const field of ['title', 'body']) expect(together.get(`${field}/${ref}`) ?? 'missing').toEqual(alone.get(`${field}/${i}`));
          });
        }
      }),
    );
  });
});
