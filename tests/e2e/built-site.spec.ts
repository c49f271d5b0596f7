import { expect, test } from './fixtures.ts';
import { gzipBytes, htmlPages, isPreactChunk, pageJavaScript, readDist } from '../support/built-site.ts';

/** These tests read dist/, which the web server built before any test ran. */
test.describe('built site', () => {
  const lessons = htmlPages().filter((p) => p.startsWith('lessons/'));

  test('has lesson pages', () => {
    expect(lessons.length).toBeGreaterThan(0);
  });

  test('no lesson page loads Preact before an island hydrates', () => {
    for (const page of lessons) {
      const js = pageJavaScript(page);
      const preact = [...js.eager].filter(isPreactChunk);
      expect(preact, page).toEqual([]);
    }
  });

  test('lesson islands hydrate only when visible', () => {
    for (const page of lessons) {
      for (const island of pageJavaScript(page).islands) expect(island.client, `${page} ${island.component}`).toBe('visible');
    }
  });

  test('pages without islands load no Preact at all', () => {
    const plain = htmlPages().filter((p) => pageJavaScript(p).islands.length === 0);
    expect(plain.length).toBeGreaterThan(0);
    for (const page of plain) expect([...pageJavaScript(page).withIslands].filter(isPreactChunk), page).toEqual([]);
  });

  test('no Markdown syntax leaks into the text (e.g. ** next to full-width punctuation)', () => {
    for (const page of htmlPages()) {
      // Code samples (the authoring guide shows Markdown source) are meant to show the syntax.
      const text = readDist(page)
        .replace(/<(script|style|pre|code)\b[\s\S]*?<\/\1>/g, '')
        .replace(/<[^>]+>/g, ' ');
      expect(text.match(/.{0,20}(\*\*|__|\]\(\/).{0,20}/)?.[0], page).toBeUndefined();
    }
  });

  test('reports JavaScript per page (gzip bytes)', () => {
    const rows = ['index.html', ...lessons.slice(0, 3), 'progress/index.html'].map((page) => {
      const js = pageJavaScript(page);
      return { page, eager: gzipBytes(js.eager, js.inline), withIslands: gzipBytes(js.withIslands, js.inline) };
    });
    console.table(rows);
    for (const row of rows) expect(row.eager).toBeLessThanOrEqual(row.withIslands);
  });
});
