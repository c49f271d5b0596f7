/**
 * Finding terms in a normalised reply. Positions are UTF-16 offsets into the view's text;
 * `sourceSpan` turns them into offsets in the reply as typed.
 */

/** One occurrence of a term in a view: units `[s, e)`. */
export interface Hit {
  term: string;
  s: number;
  e: number;
}

const ASCII_ALNUM = /[0-9a-z]/;

/**
 * Every occurrence of `term`. A term that begins or ends with an ASCII letter or digit only
 * matches at an ASCII word boundary, so `qq` is not found in `qqq` and `vx` not in `vxyz`,
 * while Chinese terms match anywhere (Chinese has no spaces between words).
 */
export function findTerm(text: string, term: string): Hit[] {
  if (term === '') return [];
  const hits: Hit[] = [];
  const checkStart = ASCII_ALNUM.test(term[0] ?? '');
  const checkEnd = ASCII_ALNUM.test(term[term.length - 1] ?? '');
  let at = text.indexOf(term);
  while (at !== -1) {
    const end = at + term.length;
    const okStart = !checkStart || !ASCII_ALNUM.test(text[at - 1] ?? '');
    const okEnd = !checkEnd || !ASCII_ALNUM.test(text[end] ?? '');
    if (okStart && okEnd) hits.push({ term, s: at, e: end });
    at = text.indexOf(term, at + 1);
  }
  return hits;
}

/** Occurrences of any of the terms, earliest first; overlapping hits keep the longer one. */
export function findAny(text: string, terms: readonly string[]): Hit[] {
  const all = terms.flatMap((term) => findTerm(text, term));
  return dropOverlaps(all);
}

/** Sorted by position; of two overlapping hits the earlier (or, at the same start, longer) stays. */
export function dropOverlaps(hits: readonly Hit[]): Hit[] {
  const sorted = [...hits].sort((a, b) => a.s - b.s || b.e - a.e);
  const out: Hit[] = [];
  for (const hit of sorted) {
    const prev = out[out.length - 1];
    if (prev && hit.s < prev.e) continue;
    out.push(hit);
  }
  return out;
}

/** True when `hit` overlaps any of `others`. */
export function overlapsAny(hit: Hit, others: readonly Hit[]): boolean {
  return others.some((o) => hit.s < o.e && o.s < hit.e);
}

/** Sentence and clause punctuation after normalisation: where a negation stops reaching. */
const CLAUSE_BREAK = /[.,!?;:~"'()[\]<>\n…]/;

/**
 * Words that deny what follows: "不能加微信", "不走顺丰", "没有 15 天退货". A mention right after
 * one of them (within {@link NEGATION_REACH} characters, same clause) is not a claim.
 */
export const NEGATORS = [
  '不能',
  '不可以',
  '不可',
  '不允许',
  '不会',
  '不要',
  '不支持',
  '不提供',
  '不接受',
  '不发',
  '不走',
  '不用',
  '不是',
  '不便',
  '不方便',
  '无法',
  '没法',
  '没办法',
  '没有',
  '暂不',
  '禁止',
  '请勿',
  '严禁',
  '别',
] as const;

/** How many characters a negator may sit before the word it denies: "不可以私下加微信". */
export const NEGATION_REACH = 6;

export function isNegated(text: string, s: number): boolean {
  let start = s;
  while (start > 0 && s - start < NEGATION_REACH && !CLAUSE_BREAK.test(text[start - 1] ?? '')) start--;
  const before = text.slice(start, s);
  return NEGATORS.some((n) => before.includes(n));
}

/** Clauses of a view's text as `[s, e)` ranges, split at punctuation. */
export function clauses(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || CLAUSE_BREAK.test(text[i] ?? '')) {
      if (i > start) out.push([start, i]);
      start = i + 1;
    }
  }
  return out;
}
