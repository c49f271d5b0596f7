/**
 * /search-index.json: the search index with everything a query needs (display data, synonym groups,
 * the Traditional → Simplified pairs for the index's characters), built once at build time and
 * fetched by the search dialog the first time a reader opens it.
 */
import type { APIRoute } from 'astro';
import { getCollection, render } from 'astro:content';
import { lessonHref } from '../lib/content-ids.ts';
import { buildSearchIndex } from '../search/build-index.ts';
import { collectSearchContent, missingAnchors } from '../search/collect.ts';

export const GET: APIRoute = async () => {
  const { documents, vocabulary } = collectSearchContent(process.cwd());

  // A result must land on its heading: compare the anchors with the ids Astro gave the headings.
  const anchors = new Map<string, Set<string>>();
  for (const lesson of await getCollection('lessons')) {
    const { headings } = await render(lesson);
    anchors.set(lessonHref(lesson.id), new Set(headings.map((h) => h.slug)));
  }
  const missing = missingAnchors(documents, anchors);
  if (missing.length > 0) {
    throw new Error(`搜索索引：这些标题链接在页面上找不到对应的锚点，请检查标题写法：${missing.join('、')}`);
  }

  return new Response(JSON.stringify(buildSearchIndex(documents, { vocabulary })), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
