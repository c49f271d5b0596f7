/**
 * Reads the built site (dist/) the way a browser would load it: which JavaScript a page loads at
 * once, which it loads when an island hydrates, and which only on demand (dynamic import).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';

export const DIST = join(process.cwd(), 'dist');

export interface Island {
  component: string;
  renderer: string;
  /** Hydration directive: load, idle, visible, media, only. */
  client: string;
}

export interface PageJavaScript {
  /** Files loaded with the page (module scripts and their static imports). */
  eager: Set<string>;
  islands: Island[];
  /** Files loaded once every island on the page has hydrated (component, renderer and imports). */
  withIslands: Set<string>;
  /** Inline script text (Astro's island runtime). */
  inline: string[];
}

export function readDist(file: string): string {
  return readFileSync(join(DIST, file), 'utf8');
}

export function htmlPages(): string[] {
  return readdirSync(DIST, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.html'))
    .map((f) => f.split('\\').join('/'))
    .sort();
}

const attr = (tag: string, name: string): string | undefined =>
  new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1]?.replace(/&amp;/g, '&');

function staticImports(file: string): string[] {
  const code = readDist(file);
  const dir = posix.dirname(file);
  const found = new Set<string>();
  for (const m of code.matchAll(/(?:import|export)\s*(?:[\w*{}\s,$]+from\s*)?["'](\.{1,2}\/[^"']+\.js)["']/g)) {
    found.add(posix.join(dir, m[1]!));
  }
  return [...found];
}

/** Files reachable through dynamic `import()` from a file: loaded only on demand. */
export function dynamicImports(file: string): string[] {
  const code = readDist(file);
  const dir = posix.dirname(file);
  // Minified output quotes the specifier with backticks as often as with quotes.
  return [...code.matchAll(/import\(\s*["'`](\.{1,2}\/[^"'`]+\.js)["'`]\s*\)/g)].map((m) => posix.join(dir, m[1]!));
}

/** The file and everything it imports statically. */
export function closure(entries: Iterable<string>): Set<string> {
  const seen = new Set<string>();
  const queue = [...entries];
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (seen.has(file) || !existsSync(join(DIST, file))) continue;
    seen.add(file);
    queue.push(...staticImports(file));
  }
  return seen;
}

const toFile = (url: string): string => url.replace(/^\//, '');

export function pageJavaScript(htmlFile: string): PageJavaScript {
  const html = readDist(htmlFile);
  const entries: string[] = [];
  const inline: string[] = [];
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
    const src = attr(m[1]!, 'src');
    if (src) entries.push(toFile(src));
    else if (!/type="application\/(ld\+)?json"/.test(m[1]!)) inline.push(m[2]!);
  }
  for (const m of html.matchAll(/<link\b[^>]*rel="modulepreload"[^>]*>/g)) {
    const href = attr(m[0], 'href');
    if (href) entries.push(toFile(href));
  }
  const islands: Island[] = [...html.matchAll(/<astro-island\b[^>]*>/g)].map((m) => ({
    component: toFile(attr(m[0], 'component-url') ?? ''),
    renderer: toFile(attr(m[0], 'renderer-url') ?? ''),
    client: attr(m[0], 'client') ?? '',
  }));
  const eager = closure(entries);
  const withIslands = closure([...eager, ...islands.flatMap((i) => [i.component, i.renderer].filter(Boolean))]);
  return { eager, islands, withIslands, inline };
}

export interface PageCss {
  /** Style sheets the page links. */
  files: string[];
  /** Text of its inline <style> blocks. */
  inline: string[];
}

export function pageCss(htmlFile: string): PageCss {
  const html = readDist(htmlFile);
  const files = [...html.matchAll(/<link\b[^>]*rel="stylesheet"[^>]*>/g)].flatMap((m) => {
    const href = attr(m[0], 'href');
    return href ? [toFile(href)] : [];
  });
  const inline = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]!);
  return { files, inline };
}

export function gzipBytes(files: Iterable<string>, inline: string[] = []): number {
  let total = 0;
  for (const file of files) total += gzipSync(readFileSync(join(DIST, file))).length;
  for (const text of inline) total += gzipSync(text).length;
  return total;
}

/**
 * True for a chunk of the UI library: Preact with its React compatibility layer (which tags
 * elements as `react.element`) or the Astro Preact renderer (which reads `data-preact-island-id`).
 */
export function isPreactChunk(file: string): boolean {
  return /react\.element|data-preact-island-id/.test(readDist(file));
}

/** Everything reachable through dynamic imports from `loaded`, beyond it and beyond `except`. */
export function onDemand(loaded: Set<string>, except: ReadonlySet<string> = new Set()): Set<string> {
  const later = new Set<string>();
  const queue = [...loaded];
  while (queue.length > 0) {
    for (const file of dynamicImports(queue.pop()!)) {
      for (const f of closure([file])) {
        if (!loaded.has(f) && !later.has(f) && !except.has(f)) {
          later.add(f);
          queue.push(f);
        }
      }
    }
  }
  return later;
}

/**
 * The search dialog and what it alone imports: every page's header can load it, but only when the
 * reader opens search, so a page's own budget leaves it out.
 */
export function searchDialogFiles(): Set<string> {
  const dialog = readdirSync(join(DIST, '_astro')).filter((f) => f.startsWith('search-dialog.') && f.endsWith('.js'));
  return closure(dialog.map((f) => `_astro/${f}`));
}
