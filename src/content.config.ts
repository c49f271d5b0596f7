import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { ExamSchema } from './schemas/exam.ts';
import { GlossaryTermSchema, SynonymGroupSchema } from './schemas/glossary.ts';
import { LessonSchema } from './schemas/lesson.ts';
import { ModuleSchema } from './schemas/module.ts';
import { ScenarioSchema } from './schemas/scenario.ts';
import { lessonIdFromPath } from './lib/content-ids.ts';
import { glossaryLoader } from './lib/glossary-loader.ts';

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

/** 术语表: one entry per term (id = the term), validated as a whole file by the loader. */
const glossary = defineCollection({
  loader: glossaryLoader('terms'),
  schema: GlossaryTermSchema,
});

/** Synonym groups of the glossary (id = the group's id), used by search and rubrics. */
const synonyms = defineCollection({
  loader: glossaryLoader('synonyms'),
  schema: SynonymGroupSchema,
});

/** Simulated-customer scenarios; the entry id is the file name, the slug the engine and transcripts use. */
const scenarios = defineCollection({
  loader: glob({ base: './content/scenarios', pattern: '*.mdx' }),
  schema: ScenarioSchema,
});

/** Exams (上岗考核); the entry id is the file name, used in URLs and results. */
const exams = defineCollection({
  loader: glob({ base: './content/exams', pattern: '*.mdx' }),
  schema: ExamSchema,
});

export const collections = { modules, lessons, glossary, synonyms, scenarios, exams };
