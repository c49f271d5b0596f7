/**
 * Chinese numerals → Arabic digits, so 三百九十九 states the price 399 and 七天无理由 matches
 * 7天无理由. Applied after normalisation to replies and to rubric terms alike.
 *
 * Numerals are also ordinary words (一下, 一样, 万一, 千万, 百分百, 三四天), so a run is converted
 * only when it reads unambiguously as a number:
 * - a lone 一 only before a measure word (一件 → 1件, but 一下 stays); a lone 零 never (零钱);
 * - a run that starts with 百/千/万 never (万一, 千万, 百分百);
 * - a run with units (十百千万) when it parses (二十三, 三百零五, 一千二, 两万五);
 * - a run of plain digits when it has three or more (一三八…, 二零二六), never two (三四天 is "three or four").
 */
import type { TextView } from './normalize.ts';

const DIGITS: Readonly<Record<string, number>> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const UNITS: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000, 万: 10000 };

/** Measure words after which a lone 一 is the number one. */
export const MEASURE_WORDS = '件个条双套只份元块天次位张瓶盒包单';

/** Every character the converter reads; the browser's fold table must keep their Traditional forms. */
export const NUMERAL_CHARS = '零〇一二两三四五六七八九十百千万' + MEASURE_WORDS;

const RUN = /[零〇一二两三四五六七八九十百千万]+/gu;

function parseWithUnits(run: string): number | null {
  let total = 0;
  let section = 0;
  let digit: number | null = null;
  let lastUnit = 0;
  let zeroSeen = false;
  for (const ch of run) {
    const d = DIGITS[ch];
    if (d !== undefined) {
      if (digit !== null) return null; // 三四 inside a unit run: "three or four", not a number
      if (d === 0) zeroSeen = true;
      else digit = d;
      continue;
    }
    const unit = UNITS[ch] ?? 0;
    if (unit === 10000) {
      section += digit ?? 0;
      if (section === 0 || total > 0) return null;
      total = section * 10000;
      section = 0;
    } else {
      const n = digit ?? (unit === 10 && section === 0 && total === 0 ? 1 : null);
      if (n === null || (lastUnit !== 0 && lastUnit !== 10000 && unit >= lastUnit)) return null;
      section += n * unit;
    }
    digit = null;
    lastUnit = unit;
    zeroSeen = false;
  }
  // 三百五 is 350 and 一千二 is 1200; 三百零五 is 305.
  if (digit !== null) section += lastUnit >= 100 && !zeroSeen ? (digit * lastUnit) / 10 : digit;
  return total + section;
}

/** The digits a run of Chinese numerals stands for, or null to leave it as it is. */
export function readNumeral(run: string, next: string): string | null {
  const first = run[0] ?? '';
  if (first === '百' || first === '千' || first === '万') return null;
  if (run === '零' || run === '〇' || (run === '一' && (next === '' || !MEASURE_WORDS.includes(next)))) return null;
  if ([...run].some((ch) => UNITS[ch] !== undefined)) {
    const n = parseWithUnits(run);
    return n === null ? null : String(n);
  }
  if (run.length === 2) return null;
  return [...run].map((ch) => String(DIGITS[ch] ?? '')).join('');
}

/** Replaces numeral runs with digits; each digit maps back to the whole run it came from. */
export function convertNumerals(view: TextView): TextView {
  const { text } = view;
  let out = '';
  const from: number[] = [];
  const to: number[] = [];
  let copied = 0;
  const copy = (end: number): void => {
    out += text.slice(copied, end);
    for (let k = copied; k < end; k++) {
      from.push(view.from[k] ?? 0);
      to.push(view.to[k] ?? 0);
    }
    copied = end;
  };
  for (const match of text.matchAll(RUN)) {
    const start = match.index;
    const end = start + match[0].length;
    // Next to Arabic digits the two would merge: 399一件 must not become 3991件.
    if (/[0-9]/.test(text[start - 1] ?? '') || /[0-9]/.test(text[end] ?? '')) continue;
    const digits = readNumeral(match[0], text[end] ?? '');
    if (digits === null) continue;
    copy(start);
    const runFrom = view.from[start] ?? 0;
    const runTo = view.to[end - 1] ?? runFrom;
    out += digits;
    for (let k = 0; k < digits.length; k++) {
      from.push(runFrom);
      to.push(runTo);
    }
    copied = end;
  }
  copy(text.length);
  return { text: out, from, to };
}

const NUMBER = /\d{1,3}(?:,\d{3})+(?:\.\d+)?(?!\d)|\d+(?:\.\d+)?/g;

/** The numbers in a normalised text: 1,299.00 → 1299. */
export function numbersIn(text: string): Array<{ value: number; s: number; e: number }> {
  return [...text.matchAll(NUMBER)].map((m) => ({ value: Number(m[0].replaceAll(',', '')), s: m.index, e: m.index + m[0].length }));
}
