/**
 * Seeded draws for exams (抽题): which scenarios and questions a candidate gets. A pure function of
 * the seed and the pool, so every candidate with the same batch code gets the same draw, a trainer
 * can reproduce it, and the result records it.
 *
 * Each item gets a rank from a hash of `seed / section / item`; the draw is the k items of lowest
 * rank, in rank order. The order of the pool in the file does not matter, and when a pool grows an
 * earlier pick is only displaced by a new item that ranks before it: most of a cohort's draw stays.
 */

/**
 * cyrb53: a fast 53-bit string hash with good dispersion (public domain, bryc). Not cryptographic;
 * it only has to spread items evenly.
 */
export function hash53(text: string): number {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/** The seed of a draw: the exam's own, with the candidate's batch code (trimmed) if any. */
export function drawSeed(examSeed: string, batch: string | null): string {
  const code = batch?.trim() ?? '';
  return code === '' ? examSeed : `${examSeed}/${code}`;
}

/** `k` distinct items of `pool` for this seed and section, in their drawn order (fewer if the pool is smaller). */
export function drawItems(seed: string, section: string, pool: readonly string[], k: number): string[] {
  const ranked = [...new Set(pool)].map((item) => ({ item, rank: hash53(`${seed}/${section}/${item}`) }));
  ranked.sort((a, b) => a.rank - b.rank || (a.item < b.item ? -1 : a.item > b.item ? 1 : 0));
  return ranked.slice(0, Math.max(0, Math.floor(k))).map((r) => r.item);
}

/** A section to draw for: its id, its pool and how many to take. */
export interface DrawSpec {
  section: string;
  pool: readonly string[];
  draw: number;
}

/** The draw of every section, by section id. */
export function drawSections(seed: string, specs: readonly DrawSpec[]): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const s of specs) out[s.section] = drawItems(seed, s.section, s.pool, s.draw);
  return out;
}
