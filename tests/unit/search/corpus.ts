/** The documents of the quality test and the benchmark: the real content plus the fixture corpus. */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseMdx } from '../../../src/content-check/frontmatter.ts';
import { collectSearchContent, pageDocuments, type SearchContent } from '../../../src/search/collect.ts';
import type { SearchDocument } from '../../../src/search/format.ts';

export const projectRoot = join(import.meta.dirname, '../../..');
const corpusDir = join(projectRoot, 'tests/fixtures/search-corpus');

/** tests/fixtures/search-corpus/*.md: frontmatter `title` and `module`, then Markdown with h2 sections. */
export function fixtureDocuments(): SearchDocument[] {
  return readdirSync(corpusDir)
    .filter((name) => name.endsWith('.md'))
    .sort()
    .flatMap((name) => {
      const slug = name.replace(/\.md$/, '');
      const { data, body } = parseMdx(readFileSync(join(corpusDir, name), 'utf8'));
      const { title, module } = data as { title: string; module: string };
      return pageDocuments({ id: `fixture:${slug}`, url: `/fixture/${slug}/`, title, module, body });
    });
}

/** The site's content as the build reads it, with the fixture corpus added. */
export function evaluationContent(): SearchContent {
  const site = collectSearchContent(projectRoot);
  return { documents: [...site.documents, ...fixtureDocuments()], vocabulary: site.vocabulary };
}
