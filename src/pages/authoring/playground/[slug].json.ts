/** One compiled scenario for the rubric playground, loaded when a trainer picks it. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection, type CollectionEntry } from 'astro:content';
import { compileEntry } from '../../../lib/compile-scenario.ts';

export const getStaticPaths = (async () =>
  (await getCollection('scenarios')).map((entry) => ({ params: { slug: entry.id }, props: { entry } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ entry: CollectionEntry<'scenarios'> }> = ({ props }) =>
  new Response(JSON.stringify(compileEntry(props.entry.id, props.entry.data)), { headers: { 'Content-Type': 'application/json' } });
