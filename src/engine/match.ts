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
  '不敢',
  '不好说',
  '别',
] as const;

/** One-character negators count only right before the word: "不保证", "没加微信", "勿私下转账". */
const BARE_NEGATORS = ['不', '没', '别', '勿', '未'];

/**
 * Refusals that follow the word they deny, in the same clause: "加微信不行哈",
 * "私下转账是不可以的", "能托运是不允许的".
 */
export const POST_NEGATORS = ['不行', '不可以', '不能', '不允许', '不被允许', '不合规', '是违规', '不了', '做不到', '办不到', '不方便', '不支持'] as const;

/** How many characters a negator may sit before the word it denies: "不可以私下加微信". */
export const NEGATION_REACH = 6;

/**
 * The text with the 不 of A-不-A questions masked (是不是, 可不可以, 加不加微信): they ask, they do
 * not deny. Memoised, because a long reply is scanned once per hit.
 */
let maskedFor = '';
let masked = '';
function withoutQuestionForms(text: string): string {
  if (text !== maskedFor) {
    maskedFor = text;
    masked = text.replace(/(\p{Script=Han})不(?=\1)/gu, '$1\u0000');
  }
  return masked;
}

export function isNegated(source: string, s: number): boolean {
  const text = withoutQuestionForms(source);
  let start = s;
  while (start > 0 && s - start < NEGATION_REACH && !CLAUSE_BREAK.test(text[start - 1] ?? '')) start--;
  const before = text.slice(start, s);
  return NEGATORS.some((n) => before.includes(n)) || BARE_NEGATORS.includes(text[s - 1] ?? '');
}

/** True when a refusal follows the hit within {@link NEGATION_REACH} characters of its clause. */
export function isRefusedAfter(source: string, e: number): boolean {
  const text = withoutQuestionForms(source);
  let end = e;
  while (end < text.length && end - e < NEGATION_REACH && !CLAUSE_BREAK.test(text[end] ?? '')) end++;
  const after = text.slice(e, end);
  return POST_NEGATORS.some((n) => after.includes(n));
}

/** A mention that the reply itself denies or refuses, before or after: not a claim or an offer. */
export function isDenied(text: string, hit: Hit): boolean {
  return isNegated(text, hit.s) || isRefusedAfter(text, hit.e);
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
