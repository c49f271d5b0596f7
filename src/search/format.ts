/** The documents the index is built from and the JSON file the browser loads. */
import type { PackedIndex } from './pack.ts';

/** A searchable document: a whole page or one section of it. */
export interface SearchDocument {
  /** Unique: `lesson:workflow/five-step-conversation#五个步骤`, `glossary:首响`. */
  id: string;
  /** The page's title, or the section's heading for one section of a page; ranks above the body. */
  title: string;
  /** The text, without markup. */
  body: string;
  /** For a section: the title of its page, shown for context and indexed below the section's own words. */
  page?: string;
  /** Where the document sits, shown beside the title: the lesson's module, 术语表 … */
  module?: string;
  /** Where a result links, with the heading's anchor: `/lessons/…/#五个步骤`. */
  url?: string;
  /** A glossary entry: the one-line definition of the term in `title`. */
  definition?: boolean;
}

/** Domain words the tokenizer keeps whole and the synonym groups queries expand with. */
export interface SearchVocabulary {
  /** Glossary terms; each is a token and, with a `url`, a suggestion when a search finds nothing. */
  terms: readonly { term: string; url?: string }[];
  /** Words meaning the same thing (退货, 退换货, 退款): a query for one finds the others. */
  synonyms: readonly (readonly string[])[];
}

/** Bumped whenever the serialised shape or the tokenizer changes, so a stale file is refused. */
export const SEARCH_INDEX_VERSION = 2;

/** What the browser needs to show a hit, stored beside the lunr index (the index ref is the position). */
export interface StoredDocument {
  id: string;
  title: string;
  page?: string;
  module?: string;
  url?: string;
  /** A glossary entry (see `SearchDocument`). */
  definition?: boolean;
  /** The body, from which snippets are cut. */
  text: string;
}

/** `search-index.json`: everything a query needs, and nothing more. */
export interface SerializedSearchIndex {
  version: typeof SEARCH_INDEX_VERSION;
  /** `lunr.Index#toJSON()`, packed (pack.ts). */
  lunr: PackedIndex;
  documents: StoredDocument[];
  /** Normalised domain terms for the tokenizer. */
  terms: string[];
  /** Normalised synonym groups. */
  synonyms: string[][];
  /** Traditional → Simplified pairs, only for characters that occur in the index's vocabulary. */
  fold: Record<string, string>;
  /** Glossary terms offered when a search finds nothing, as the reader writes them. */
  suggestions: { term: string; url: string }[];
}
