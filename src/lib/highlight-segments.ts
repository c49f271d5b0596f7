/**
 * The runs of a reply that its criteria matched, for the practice feedback and the report (exams
 * show none). Pure.
 */
import type { Match } from '../schemas/attempt.ts';

/** A run of a reply: plain text, or text a criterion matched (`found`) or counted against it (`wrong`). */
export interface Segment {
  text: string;
  kind: 'plain' | 'found' | 'wrong';
  /** The terms matched here, for a tooltip or a screen reader. */
  terms: string[];
}

const isHigh = (code: number): boolean => code >= 0xd800 && code <= 0xdbff;

/** Moves an offset off the middle of a surrogate pair, so a highlight never splits an emoji. */
function snap(text: string, at: number): number {
  const i = Math.min(Math.max(0, Math.trunc(at)), text.length);
  return i > 0 && i < text.length && isHigh(text.charCodeAt(i - 1)) ? i - 1 : i;
}

/**
 * Splits a reply into runs by the matches of its criteria (UTF-16 offsets into the reply as
 * sent). Overlapping matches merge; where a `wrong` match overlaps a found one, `wrong` wins.
 * Offsets outside the text are clamped; empty or reversed spans are ignored. The runs joined
 * give back the text exactly.
 */
export function highlightSegments(text: string, matches: readonly Pick<Match, 'start' | 'end' | 'term' | 'wrong'>[]): Segment[] {
  const spans = matches
    .map((m) => ({ start: snap(text, m.start), end: snap(text, m.end), term: m.term, wrong: m.wrong }))
    .filter((m) => m.end > m.start);
  if (spans.length === 0) return text === '' ? [] : [{ text, kind: 'plain', terms: [] }];
  const cuts = [...new Set([0, text.length, ...spans.flatMap((s) => [s.start, s.end])])].sort((a, b) => a - b);
  const out: Segment[] = [];
  for (let i = 0; i < cuts.length - 1; i++) {
    const from = cuts[i] ?? 0;
    const to = cuts[i + 1] ?? from;
    const covering = spans.filter((s) => s.start <= from && s.end >= to);
    const kind: Segment['kind'] = covering.length === 0 ? 'plain' : covering.some((s) => s.wrong) ? 'wrong' : 'found';
    const terms = [...new Set(covering.map((s) => s.term))];
    const last = out[out.length - 1];
    if (last && last.kind === kind && last.terms.join('\u0000') === terms.join('\u0000')) last.text += text.slice(from, to);
    else out.push({ text: text.slice(from, to), kind, terms });
  }
  return out.filter((s) => s.text !== '');
}
