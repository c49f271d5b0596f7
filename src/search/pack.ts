/**
 * A compact form of lunr's serialised index. lunr writes every term as
 * `["退货",{"_index":433,"title":{},"body":{"2":{},"7":{}}}]`; with a CJK bigram vocabulary that is
 * four fifths of the file. Packed, a term is its position in one sorted list, a posting is a
 * delta-encoded list of document numbers per field, and the field vectors refer to terms by that
 * position. `unpackIndex(packIndex(x))` is `x` up to term numbering, so lunr scores are unchanged.
 */

/** The parts of `lunr.Index#toJSON()` this module reads and writes. */
export interface LunrIndexJson {
  version: string;
  fields: string[];
  /** `["title/3", [termIndex, score, termIndex, score, …]]`. */
  fieldVectors: [string, number[]][];
  /** `["退货", { _index: 433, title: { "2": {} }, body: {} }]`, sorted by term. */
  invertedIndex: [string, Record<string, unknown>][];
  pipeline: string[];
}

export interface PackedIndex {
  version: string;
  fields: string[];
  /** The vocabulary, sorted; a term's number is its position. */
  terms: string[];
  /** Per term, per field: the document numbers containing it, ascending, as differences. */
  postings: number[][][];
  /** Per document, per field: term numbers (as differences) and scores, alternating. */
  vectors: number[][][];
}

const deltas = (sorted: readonly number[]): number[] => sorted.map((n, i) => n - (i > 0 ? (sorted[i - 1] ?? 0) : 0));

export const undeltas = (diffs: readonly number[]): number[] => {
  let at = 0;
  return diffs.map((d) => (at += d));
};

/** Packs lunr's JSON; document refs must be "0", "1", … (as buildSearchIndex makes them). */
export function packIndex(json: LunrIndexJson, documentCount: number): PackedIndex {
  const terms = json.invertedIndex.map(([term]) => term);
  const renumber = new Map<number, number>();
  json.invertedIndex.forEach(([, posting], i) => renumber.set(Number(posting['_index']), i));
  const postings = json.invertedIndex.map(([, posting]) =>
    json.fields.map((field) => deltas(Object.keys((posting[field] as object | undefined) ?? {}).map(Number).sort((a, b) => a - b))),
  );
  const vectors: number[][][] = Array.from({ length: documentCount }, () => json.fields.map(() => []));
  for (const [fieldRef, elements] of json.fieldVectors) {
    const slash = fieldRef.indexOf('/');
    const field = json.fields.indexOf(fieldRef.slice(0, slash));
    const doc = Number(fieldRef.slice(slash + 1));
    const pairs: [number, number][] = [];
    for (let i = 0; i + 1 < elements.length; i += 2) pairs.push([renumber.get(elements[i] ?? -1) ?? -1, elements[i + 1] ?? 0]);
    pairs.sort((a, b) => a[0] - b[0]);
    const termDiffs = deltas(pairs.map(([t]) => t));
    const target = vectors[doc];
    if (target) target[field] = pairs.flatMap(([, score], i) => [termDiffs[i] ?? 0, score]);
  }
  return { version: json.version, fields: json.fields, terms, postings, vectors };
}

/** lunr's JSON again, for `lunr.Index.load`. */
export function unpackIndex(packed: PackedIndex): LunrIndexJson {
  const invertedIndex: [string, Record<string, unknown>][] = packed.terms.map((term, i) => {
    const posting: Record<string, unknown> = { _index: i };
    packed.fields.forEach((field, f) => {
      const refs: Record<string, object> = {};
      for (const doc of undeltas(packed.postings[i]?.[f] ?? [])) refs[String(doc)] = {};
      posting[field] = refs;
    });
    return [term, posting];
  });
  const fieldVectors: [string, number[]][] = [];
  packed.vectors.forEach((perField, doc) => {
    packed.fields.forEach((field, f) => {
      const flat = perField[f] ?? [];
      const elements: number[] = [];
      let term = 0;
      for (let i = 0; i + 1 < flat.length; i += 2) {
        term += flat[i] ?? 0;
        elements.push(term, flat[i + 1] ?? 0);
      }
      fieldVectors.push([`${field}/${doc}`, elements]);
    });
  });
  return { version: packed.version, fields: packed.fields, fieldVectors, invertedIndex, pipeline: [] };
}
