/**
 * What a trainee types, made safe to keep and to show: the typing box's length, and one-line
 * fields (a name printed on a certificate, a file name) cleared of characters that cannot be seen
 * or that reorder the text around them. Text is always shown as text; this is about what it looks
 * like, not about markup. Lengths are cut with the chat's clipText (never inside an emoji).
 */
import { clipText } from './chat-input.ts';

/** The most a typing box takes (UTF-16 code units, as `maxlength` counts): many times any passage. */
export const TYPING_MAX_LENGTH = 5000;

const EMOJI = String.raw`\p{Extended_Pictographic}`;

/**
 * Control characters (C0, C1), bidirectional controls (U+202A–202E, U+2066–2069, U+200E, U+200F,
 * U+061C) and zero-width characters (U+200B, U+200C, U+2060, U+FEFF, U+180E). A zero-width joiner
 * is kept only between two emoji, where it joins them into one (👩‍💻).
 */
const INVISIBLE = new RegExp(
  String.raw`[\p{Cc}\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C\u200B\u200C\u2060\uFEFF\u180E]|(?<!${EMOJI}\uFE0F?)\u200D|\u200D(?!${EMOJI})`,
  'gu',
);

/** `text` without control, bidirectional or zero-width characters. */
export function stripInvisible(text: string): string {
  return text.replace(INVISIBLE, '');
}

/** A one-line field as it is kept: invisible characters removed, spaces collapsed and trimmed, cut to `max`. */
export function cleanLine(text: string, max: number): string {
  return clipText(stripInvisible(text).replace(/\s+/g, ' ').trim(), max).trim();
}

/** A part of a downloaded file's name: no path, reserved, control, bidirectional or zero-width characters. */
export function fileNamePart(text: string, max = 40): string {
  return clipText(stripInvisible(text).replace(/[\\/:*?"<>|\s]+/g, '_'), max);
}
