/**
 * JSON Schemas of the content files, generated from the zod schemas with `z.toJSONSchema`, for
 * editors: field descriptions (`.meta({ description })` in src/schemas/) become hover text,
 * enums become completions, and the types and bounds become inline errors. `npm run schemas`
 * writes them to schemas/; a unit test fails when the committed files are stale.
 */
import { z } from 'astro/zod';
import { ExamSchema, TypingPassagesSchema } from '../schemas/exam.ts';
import { GlossarySchema } from '../schemas/glossary.ts';
import { LessonSchema } from '../schemas/lesson.ts';
import { ModuleSchema } from '../schemas/module.ts';
import { ScenarioSchema } from '../schemas/scenario.ts';

/** The generated files, by name: schemas/<name>.schema.json. */
export const JSON_SCHEMAS = {
  scenario: { schema: ScenarioSchema, title: '客服学院：对练场景 content/scenarios/*.mdx 的 frontmatter' },
  exam: { schema: ExamSchema, title: '客服学院：上岗考核 content/exams/*.mdx 的 frontmatter' },
  lesson: { schema: LessonSchema, title: '客服学院：课程 content/lessons/<单元>/*.mdx 的 frontmatter' },
  module: { schema: ModuleSchema, title: '客服学院：单元 content/modules/*.yaml' },
  glossary: { schema: GlossarySchema, title: '客服学院：术语表 content/glossary.yaml' },
  typing: { schema: TypingPassagesSchema, title: '客服学院：打字练习文章 content/typing.yaml' },
} as const;

export type JsonSchemaName = keyof typeof JSON_SCHEMAS;

export const JSON_SCHEMA_DIR = 'schemas';

/** The schema of what a trainer writes (zod's input side: defaults are optional). */
export function toJsonSchema(schema: z.ZodType): Record<string, unknown> {
  return z.toJSONSchema(schema, {
    io: 'input',
    // A date inside the date union: YAML has no date type an editor would check, so a string.
    unrepresentable: 'any',
    override: (ctx) => {
      if (ctx.zodSchema._zod.def.type === 'date') {
        ctx.jsonSchema.type = 'string';
        ctx.jsonSchema.format = 'date-time';
      }
    },
  }) as Record<string, unknown>;
}

/** The text of schemas/<name>.schema.json. */
export function renderJsonSchema(name: JsonSchemaName): string {
  const { schema, title } = JSON_SCHEMAS[name];
  const { $schema, ...rest } = toJsonSchema(schema);
  return `${JSON.stringify({ $schema, title, ...rest }, null, 2)}\n`;
}
