/**
 * A compact form of a lunr index. lunr's own JSON writes every term's postings as objects
 * (`["退货",{"_index":433,"title":{},"body":{"2":{},"7":{}}}]`) and every document's vector as
 * three-decimal scores; with a CJK bigram vocabulary that is most of the file. Packed, the file keeps
 * only the sorted vocabulary and, per document and field, which terms occur how often. Loading
 * rebuilds lunr's postings and BM25 vectors with lunr's own formula and parameters, so scores are
 * exactly those of `lunr.Builder` (tests/unit/search/query.test.ts compares them).
 */
import lunr from 'lunr';

/** The parts of `lunr.Index#toJSON()` that `lunr.Index.load` reads. */
export interface LunrIndexJson {
  version: string;
  fields: string[];
  /** `["title/3", [termIndex, score, termIndex, score, …]]`. */
  fieldVectors: [string, number[]][];
  /** `["退货", { _index: 433, title: { "2": {} }, body: {} }]`, sorted by term. */
  invertedIndex: [string, Record<string, number | Record<string, object>>][];
  pipeline: string[];
}

export interface PackedIndex {
  /** The lunr version that built the index. */
  version: string;
  fields: string[];
  /** Each field's boost, in the order of `fields`. */
  boosts: number[];
  /** The vocabulary, sorted; a term's number is its position. */
  terms: string[];
  /** Per document (ref "0", "1", …), per field: term numbers as differences, each followed by its count. */
  frequencies: number[][][];
}

/** `lunr.Builder#fieldTermFrequencies`, which lunr fills while documents are added. */
export type FieldTermFrequencies = Readonly<Record<string, Readonly<Record<string, number>>>>;

/** Packs what a builder counted; document refs must be "0", "1", … */
export function packIndex(counts: FieldTermFrequencies, fields: readonly { name: string; boost: number }[], documentCount: number): PackedIndex {
  const vocabulary = new Set<string>();
  for (const perTerm of Object.values(counts)) for (const term of Object.keys(perTerm)) vocabulary.add(term);
  const terms = [...vocabulary].sort();
  const number = new Map(terms.map((t, i) => [t, i]));
  const frequencies = Array.from({ length: documentCount }, (_, doc) =>
    fields.map(({ name }) => {
      const pairs = Object.entries(counts[`${name}/${doc}`] ?? {})
        .map(([term, tf]) => [number.get(term) ?? 0, tf] as const)
        .sort((a, b) => a[0] - b[0]);
      return pairs.flatMap(([term, tf], i) => [term - (i > 0 ? (pairs[i - 1]?.[0] ?? 0) : 0), tf]);
    }),
  );
  return { version: lunr.version, fields: fields.map((f) => f.name), boosts: fields.map((f) => f.boost), terms, frequencies };
}

const { _k1: K1, _b: B } = new lunr.Builder();

const NO_METADATA: object = Object.freeze({});
const NO_POSTINGS: Record<string, object> = Object.freeze({});

/** lunr.idf: documents with the term are counted once per field they contain it in. */
const idf = (documentsWithTerm: number, documentCount: number): number =>
  Math.log(1 + Math.abs((documentCount - documentsWithTerm + 0.5) / (documentsWithTerm + 0.5)));

/**
 * lunr's JSON again, for `lunr.Index.load`: the index of the documents `refs` (all by default)
 * alone, with their own term rarity and average field lengths, as `lunr.Builder` would have made
 * it from them. Refs stay the documents' positions in the packed index, and a term keeps its number.
 */
export function unpackIndex(packed: PackedIndex, refs: readonly number[] = packed.frequencies.map((_, doc) => doc)): LunrIndexJson {
  const n = refs.length;
  // Per document and field: term numbers and their counts, side by side.
  const decoded = refs.map((doc) =>
    (packed.frequencies[doc] ?? []).map((flat) => {
      const terms: number[] = [];
      const counts: number[] = [];
      let term = 0;
      for (let i = 0; i + 1 < flat.length; i += 2) {
        term += flat[i] ?? 0;
        terms.push(term);
        counts.push(flat[i + 1] ?? 0);
      }
      return { terms, counts, length: counts.reduce((sum, tf) => sum + tf, 0) };
    }),
  );

  // Objects are made only where a term occurs; lunr reads postings and never changes them, so every
  // empty field posting and every occurrence's (empty) metadata is one shared frozen object.
  const postings = new Map<number, Record<string, object>[]>();
  const occurrences = new Map<number, number>();
  const average = packed.fields.map((_, f) => decoded.reduce((sum, perField) => sum + (perField[f]?.length ?? 0), 0) / n);
  decoded.forEach((perField, i) =>
    perField.forEach(({ terms }, f) => {
      const ref = String(refs[i]);
      for (const term of terms) {
        let perTerm = postings.get(term);
        if (!perTerm) postings.set(term, (perTerm = []));
        (perTerm[f] ??= {})[ref] = NO_METADATA;
        occurrences.set(term, (occurrences.get(term) ?? 0) + 1);
      }
    }),
  );

  const fieldVectors: [string, number[]][] = [];
  decoded.forEach((perField, i) =>
    perField.forEach(({ terms, counts, length }, f) => {
      const boost = packed.boosts[f] ?? 1;
      const norm = 1 - B + B * (length / (average[f] || 1)); // lunr's order of operations
      const elements: number[] = [];
      terms.forEach((term, j) => {
        const tf = counts[j] ?? 0;
        const score = ((idf(occurrences.get(term) ?? 0, n) * ((K1 + 1) * tf)) / (K1 * norm + tf)) * boost;
        elements.push(term, Math.round(score * 1000) / 1000);
      });
      fieldVectors.push([`${packed.fields[f]}/${refs[i]}`, elements]);
    }),
  );

  const invertedIndex = [...postings.keys()]
    .sort((a, b) => a - b)
    .map((i): [string, Record<string, number | Record<string, object>>] => {
      const posting: Record<string, number | Record<string, object>> = { _index: i };
      packed.fields.forEach((field, f) => (posting[field] = postings.get(i)?.[f] ?? NO_POSTINGS));
      return [packed.terms[i] ?? '', posting];
    });
  return { version: packed.version, fields: packed.fields, fieldVectors, invertedIndex, pipeline: [] };
}
