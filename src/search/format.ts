/** The documents the index is built from and the JSON file the browser loads. */
import type { PackedIndex } from './pack.ts';

/**
 * What a document is, shown with each hit: a lesson (or one of its sections), a glossary term, a
 * practice scenario, an exam. A `term` document is the one-line definition of the word in its title.
 */
export type SearchKind = 'lesson' | 'term' | 'scenario' | 'exam';

/**
 * The corpus a document is weighed in: term rarity and average length (BM25, and the weight of each
 * word of a query) come from the documents of its own corpus. The course (lessons, terms) teaches,
 * in the course's words; practice (scenarios, exams) is customers' chat, briefings, instructions.
 * Kept apart, adding scenarios never reorders lessons among themselves.
 */
export const COURSE = 0;
export const PRACTICE = 1;
export const corpusOf = (kind: SearchKind | undefined): number => (kind === 'scenario' || kind === 'exam' ? PRACTICE : COURSE);

/** A searchable document: a whole page or one section of it. */
export interface SearchDocument {
  /** Unique: `lesson:workflow/five-step-conversation#五个步骤`, `glossary:首响`, `scenario:address-change`. */
  id: string;
  /** The page's title, or the section's heading for one section of a page; ranks above the body. */
  title: string;
  /** The text, without markup. */
  body: string;
  /** For a section: the title of its page, shown for context and indexed below the section's own words. */
  page?: string;
  /** Where the document sits, shown beside the title: the lesson's module, a scenario's role and level … */
  module?: string;
  /** Where a result links, with the heading's anchor: `/lessons/…/#五个步骤`. */
  url?: string;
  kind?: SearchKind;
  /**
   * Words the document is found by without showing them: what a trainee calls its kind (对练,
   * 练习 for a scenario). Indexed with `page`, never stored or shown.
   */
  keywords?: readonly string[];
}

/** Domain words the tokenizer keeps whole and the synonym groups queries expand with. */
export interface SearchVocabulary {
  /** Glossary terms; each is a token and, with a `url`, a suggestion when a search finds nothing. */
  terms: readonly { term: string; url?: string }[];
  /** Words meaning the same thing (退货, 退换货, 退款): a query for one finds the others. */
  synonyms: readonly (readonly string[])[];
}

/** Bumped whenever the serialised shape or the tokenizer changes, so a stale file is refused. */
export const SEARCH_INDEX_VERSION = 3;

/** What the browser needs to show a hit, stored beside the lunr index (the index ref is the position). */
export interface StoredDocument {
  id: string;
  title: string;
  page?: string;
  module?: string;
  url?: string;
  kind?: SearchKind;
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
