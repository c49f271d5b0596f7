/**
 * Traditional → Simplified folding by character, from opencc-js's TSCharacters dictionary
 * (the maintained OpenCC data, about 3,500 pairs). Build-time and Node code use the full table;
 * a browser page ships only the pairs whose Simplified side it can ever match (`subsetFoldTable`),
 * which keeps, say, a chat exercise at a few hundred bytes instead of 17 KB gzip.
 */
import TSCharacters from 'opencc-js/dict/TSCharacters';

/** Traditional character → Simplified character. Plain object so it serialises to JSON as is. */
export type FoldTable = Readonly<Record<string, string>>;

let full: FoldTable | undefined;

export function fullFoldTable(): FoldTable {
  if (!full) {
    const table: Record<string, string> = {};
    for (const pair of (TSCharacters as string).split('|')) {
      const [from, to] = pair.split(' ');
      if (from && to && from !== to) table[from] = to;
    }
    // A few pairs chain (薴 → 苧 → 苎): follow them to the end so folding twice changes nothing.
    for (const [from, to] of Object.entries(table)) {
      let end = to;
      const seen = new Set([from]);
      while (table[end] !== undefined && !seen.has(end)) {
        seen.add(end);
        end = table[end] ?? end;
      }
      table[from] = end;
    }
    full = Object.freeze(table);
  }
  return full;
}

/** The pairs whose Simplified side is one of `targets`' characters. */
export function subsetFoldTable(table: FoldTable, targets: Iterable<string>): FoldTable {
  const wanted = new Set<string>();
  for (const text of targets) for (const ch of text) wanted.add(ch);
  const out: Record<string, string> = {};
  for (const [from, to] of Object.entries(table)) if (wanted.has(to)) out[from] = to;
  return out;
}

/** Folds each character through the table; characters without an entry stay as they are. */
export function foldChars(text: string, table: FoldTable): string {
  let out = '';
  for (const ch of text) out += table[ch] ?? ch;
  return out;
}
