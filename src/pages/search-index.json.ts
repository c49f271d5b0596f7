/**
 * /search-index.json: the search index with everything a query needs (display data, synonym groups,
 * the Traditional → Simplified pairs for the index's characters), built once at build time and
 * fetched by the search dialog the first time a reader opens it.
 */
import type { APIRoute } from 'astro';
import { getCollection, render } from 'astro:content';
import { examHref, lessonHref, scenarioHref } from '../lib/content-ids.ts';
import { GLOSSARY_HREF } from '../lib/glossary.ts';
import { buildSearchIndex } from '../search/build-index.ts';
import { brokenLinks, collectSearchContent } from '../search/collect.ts';

export const GET: APIRoute = async () => {
  const { documents, vocabulary } = collectSearchContent(process.cwd());

  // A result must land on a page the site builds, and on its heading or term: compare the links
  // with the pages and the ids Astro gave their headings.
  const pages = new Map<string, Set<string>>();
  for (const lesson of await getCollection('lessons')) {
    const { headings } = await render(lesson);
    pages.set(lessonHref(lesson.id), new Set(headings.map((h) => h.slug)));
  }
  const glossary = (await getCollection('glossary')).map((entry) => entry.data.term);
  pages.set(GLOSSARY_HREF, new Set(glossary));
  for (const scenario of await getCollection('scenarios')) pages.set(scenarioHref(scenario.id), new Set());
  for (const exam of await getCollection('exams')) pages.set(examHref(exam.id), new Set());
  const broken = brokenLinks(documents, pages);
  if (broken.length > 0) {
    throw new Error(`搜索索引：这些搜索结果的链接在网站上找不到对应的页面或锚点，请检查标题写法或文件名：${broken.join('、')}`);
  }

  return new Response(JSON.stringify(buildSearchIndex(documents, { vocabulary })), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
