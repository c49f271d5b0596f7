/**
 * Build time (Node): documents → the serialised search index. lunr counts the terms and, once
 * loaded, does the inverted index and the BM25 scoring; the tokens come from tokenize.ts, and
 * lunr's own pipeline (whose trimmer deletes every CJK character and whose stemmer is English) is
 * emptied on both the indexing and the search side.
 */
import lunr from 'lunr';
import { fullFoldTable, subsetFoldTable, type FoldTable } from '../lib/t2s.ts';
import { SEARCH_INDEX_VERSION, type SearchDocument, type SearchVocabulary, type SerializedSearchIndex } from './format.ts';
import { packIndex, type FieldTermFrequencies } from './pack.ts';
import { normalize, tokenize, type TokenizerData } from './tokenize.ts';

/**
 * Field boosts: a hit in a title (a page's title or a section's heading) ranks above one in the
 * body; a section also holds its page's title, below its own words: 三家店的常见情况 is about
 * 退款与退换货 even where it does not say so.
 */
export const FIELD_BOOSTS = { title: 6, body: 1, page: 0.5 } as const;

export interface BuildOptions {
  /** Glossary terms and synonym groups. */
  vocabulary?: SearchVocabulary;
  /** Traditional → Simplified table; opencc-js's full character table by default. */
  fold?: FoldTable;
}

/** The normalised, de-duplicated domain words: glossary terms and every synonym. */
function dictionary(vocabulary: SearchVocabulary, fold: FoldTable): string[] {
  const words = [...vocabulary.terms.map((t) => t.term), ...vocabulary.synonyms.flat()];
  return [...new Set(words.map((w) => normalize(w.trim(), fold)).filter((w) => w.length > 0))].sort();
}

/** Builds the index from documents; the result is plain JSON for `JSON.stringify`. Throws on a duplicate id. */
export function buildSearchIndex(documents: readonly SearchDocument[], options: BuildOptions = {}): SerializedSearchIndex {
  const fold = options.fold ?? fullFoldTable();
  const vocabulary = options.vocabulary ?? { terms: [], synonyms: [] };
  const terms = dictionary(vocabulary, fold);
  const data: TokenizerData = { fold, terms };

  const ids = new Set<string>();
  for (const doc of documents) {
    if (ids.has(doc.id)) throw new Error(`搜索索引：文档 id 重复：${doc.id}`);
    ids.add(doc.id);
  }

  const builder = new lunr.Builder();
  builder.pipeline.reset();
  builder.searchPipeline.reset();
  builder.ref('ref');
  // An extractor returning an array makes lunr take the tokens as they are, without its own splitting.
  builder.field('title', { boost: FIELD_BOOSTS.title, extractor: (d: object) => tokenize((d as SearchDocument).title, data) });
  builder.field('body', { boost: FIELD_BOOSTS.body, extractor: (d: object) => tokenize((d as SearchDocument).body, data) });
  builder.field('page', {
    boost: FIELD_BOOSTS.page,
    extractor: (d: object) => {
      const doc = d as SearchDocument;
      return tokenize([doc.page ?? '', ...(doc.keywords ?? [])].join(' '), data);
    },
  });
  documents.forEach((doc, i) => builder.add({ ...doc, ref: String(i) }));

  // The builder has counted every term; the browser rebuilds lunr's vectors from the counts (pack.ts).
  const counts = (builder as unknown as { fieldTermFrequencies: FieldTermFrequencies }).fieldTermFrequencies;
  const fields = Object.entries(FIELD_BOOSTS).map(([name, boost]) => ({ name, boost }));
  const packed = packIndex(counts, fields, documents.length);
  return {
    version: SEARCH_INDEX_VERSION,
    lunr: packed,
    documents: documents.map((d) => ({
      id: d.id,
      title: d.title,
      ...(d.page ? { page: d.page } : {}),
      ...(d.module ? { module: d.module } : {}),
      ...(d.url ? { url: d.url } : {}),
      ...(d.kind ? { kind: d.kind } : {}),
      text: d.body,
    })),
    terms,
    synonyms: vocabulary.synonyms
      .map((group) => [...new Set(group.map((w) => normalize(w.trim(), fold)).filter((w) => w.length > 0))])
      .filter((group) => group.length > 1),
    fold: subsetFoldTable(fold, [...packed.terms, ...terms]),
    suggestions: vocabulary.terms.flatMap((t) => (t.url ? [{ term: t.term, url: t.url }] : [])),
  };
}
