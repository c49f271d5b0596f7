import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { LessonSchema } from './schemas/lesson.ts';
import { ModuleSchema } from './schemas/module.ts';
import { ScenarioSchema } from './schemas/scenario.ts';
import { lessonIdFromPath } from './lib/content-ids.ts';

const modules = defineCollection({
  loader: glob({ base: './content/modules', pattern: '*.yaml' }),
  schema: ModuleSchema,
});

const lessons = defineCollection({
  loader: glob({
    base: './content/lessons',
    pattern: '**/*.mdx',
    generateId: ({ entry }) => lessonIdFromPath(entry),
  }),
  schema: LessonSchema,
});

/** Simulated-customer scenarios; the entry id is the file name, the slug the engine and transcripts use. */
const scenarios = defineCollection({
  loader: glob({ base: './content/scenarios', pattern: '*.mdx' }),
  schema: ScenarioSchema,
});

export const collections = { modules, lessons, scenarios };
