/**
 * Chinese full-text search, usable from Node and the browser:
 * `loadSearchIndex(buildSearchIndex(documents, { vocabulary }))` then `search(index, '退换货')`.
 * Build-time code that reads the site's content lives in collect.ts (Node only).
 */
export { buildSearchIndex, FIELD_BOOSTS, type BuildOptions } from './build-index.ts';
export { loadSearchIndex, search, suggestTerms, type SearchHit, type SearchIndex, type SearchOptions, type SnippetPart } from './query.ts';
export { normalize, tokenize, type TokenizerData } from './tokenize.ts';
export type { SearchDocument, SearchKind, SearchVocabulary, SerializedSearchIndex } from './format.ts';
