/**
 * An MDX body → plain-text sections, one per h2/h3 heading, each with the anchor Astro gives that
 * heading (github-slugger over the heading's text, one slugger per page, as Astro's heading-ids
 * plugin does). Text in component props that a reader sees (a ScriptCard's script, a Checklist's
 * items) is kept: any quoted string in a tag that contains a CJK character.
 */
import GithubSlugger from 'github-slugger';

export interface Heading {
  depth: number;
  text: string;
  slug: string;
}

export interface Section {
  /** Absent for the text before the first h2/h3. */
  heading?: Heading;
  text: string;
}

const HAN = /\p{Script=Han}/u;
const FENCE = /^\s*(```|~~~)/;

/** Reads a JS string, template or attribute value starting at the quote at `i`; returns its end and content. */
function readQuoted(s: string, i: number): { end: number; value: string } {
  const quote = s[i];
  let value = '';
  let j = i + 1;
  while (j < s.length && s[j] !== quote) {
    if (s[j] === '\\' && j + 1 < s.length) j++;
    value += s[j];
    j++;
  }
  return { end: j + 1, value };
}

/**
 * Reads a tag (`<Name a="…" b={[…]} />`, `</Name>`) or an expression (`{…}`) starting at `i`,
 * honouring quotes and nested braces; returns its end and the visible strings inside it.
 */
function readMarkup(s: string, i: number): { end: number; strings: string[] } {
  const strings: string[] = [];
  const isTag = s[i] === '<';
  let depth = isTag ? 0 : 1;
  let j = i + 1;
  while (j < s.length) {
    const c = s[j];
    if (c === '"' || c === "'" || c === '`') {
      const q = readQuoted(s, j);
      if (HAN.test(q.value)) strings.push(q.value.replace(/^[#>\s]+/, ''));
      j = q.end;
      continue;
    }
    if (c === '{') depth++;
    else if (c === '}') {
      depth--;
      if (!isTag && depth === 0) return { end: j + 1, strings: [] }; // expressions render no prose of their own
    } else if (c === '>' && isTag && depth === 0) return { end: j + 1, strings };
    j++;
  }
  return { end: s.length, strings };
}

/** Replaces tags, expressions and comments with the visible strings they carry. */
function flattenMarkup(s: string): string {
  let out = '';
  let i = 0;
  while (i < s.length) {
    const c = s[i];
    if (c === '<' && s.startsWith('<!--', i)) {
      const end = s.indexOf('-->', i + 4);
      i = end < 0 ? s.length : end + 3;
    } else if ((c === '<' && /[A-Za-z/]/.test(s[i + 1] ?? '')) || c === '{') {
      const { end, strings } = readMarkup(s, i);
      out += strings.length > 0 ? `\n${strings.join('\n')}\n` : '';
      i = end;
    } else {
      out += c;
      i++;
    }
  }
  return out;
}

const ENTITIES: Record<string, string> = { '&nbsp;': ' ', '&lt;': '<', '&gt;': '>', '&amp;': '&', '&quot;': '"' };

/** Markdown inline syntax → the text a reader sees. */
export function inlineText(line: string): string {
  return line
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/`([^`]*)`/g, '$1')
    .replace(/\*{1,3}|~~/g, '')
    .replace(/(^|[^\p{L}\p{N}])_{1,2}([^_]+?)_{1,2}(?=[^\p{L}\p{N}]|$)/gu, '$1$2')
    .replace(/\\([\\`*_{}[\]()#+\-.!<>])/g, '$1')
    .replace(/&(?:nbsp|lt|gt|amp|quot);/g, (e) => ENTITIES[e] ?? e)
    .trim();
}

/** A line of Markdown → its prose: no block markers (quotes, list bullets, table pipes, rules). */
function blockText(line: string): string {
  if (/^\s*([-*_])(\s*\1){2,}\s*$/.test(line) || /^\s*\|?\s*:?-{3,}/.test(line)) return '';
  return inlineText(
    line
      .replace(/^\s*(>\s?)+/, '')
      .replace(/^\s*(?:[-*+]|\d+[.)])\s+/, '')
      .replace(/\|/g, ' '),
  );
}

const collapse = (parts: string[]): string => parts.join(' ').replace(/\s+/g, ' ').trim();

/** Splits an MDX body (without frontmatter) into the intro and one section per h2/h3. */
export function mdxSections(body: string): Section[] {
  const slugger = new GithubSlugger();
  const sections: { heading?: Heading; lines: string[] }[] = [{ lines: [] }];
  let current = sections[0]!;

  const blocks: { fenced: boolean; text: string }[] = [];
  let fenced = false;
  let buffer: string[] = [];
  for (const line of body.replace(/\r\n?/g, '\n').split('\n')) {
    if (FENCE.test(line)) {
      blocks.push({ fenced, text: buffer.join('\n') });
      buffer = [];
      fenced = !fenced;
      continue;
    }
    if (!fenced && /^(import|export)\s/.test(line)) continue;
    buffer.push(line);
  }
  blocks.push({ fenced, text: buffer.join('\n') });

  for (const block of blocks) {
    const text = block.fenced ? block.text : flattenMarkup(block.text);
    for (const line of text.split('\n')) {
      const h = block.fenced ? null : /^(#{1,6})\s+(.*?)(?:\s+#+)?\s*$/.exec(line);
      if (!h) {
        current.lines.push(block.fenced ? line : blockText(line));
        continue;
      }
      const depth = (h[1] ?? '').length;
      const headingText = inlineText(h[2] ?? '');
      const heading = { depth, text: headingText, slug: slugger.slug(headingText) };
      if (depth === 2 || depth === 3) {
        current = { heading, lines: [] };
        sections.push(current);
      } else current.lines.push(headingText);
    }
  }
  return sections
    .map((s) => ({ ...(s.heading ? { heading: s.heading } : {}), text: collapse(s.lines) }))
    .filter((s, i) => i > 0 || s.text.length > 0);
}
