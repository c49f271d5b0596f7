import { z } from 'astro/zod';
import { BriefIdSchema } from './brief.ts';
import { DateSchema, SlugSchema, TextSchema } from './common.ts';
import { QuizSchema } from './quiz.ts';

/** Who a lesson is for: pre-sales (售前), after-sales (售后) or everyone (通用). */
export const RoleSchema = z.enum(['售前', '售后', '通用'], { error: '岗位只能是 售前、售后 或 通用' });

/** Frontmatter of a lesson, content/lessons/<module>/<nn-slug>.mdx. */
export const LessonSchema = z.strictObject({
  /** The lesson's title. */
  title: TextSchema.max(40, '标题最多 40 个字'),
  /** One or two sentences shown in lists and search results. */
  summary: TextSchema.max(120, '摘要最多 120 个字'),
  /** The module's id: the name of its file in content/modules/ and of the lesson's folder. */
  module: SlugSchema,
  /** Position within the module, from 1. */
  order: z.number().int().min(1),
  /** Roles the lesson is for. */
  roles: z.array(RoleSchema).min(1, '至少写一个岗位'),
  /** What the reader can do afterwards: two to four objectives. */
  objectives: z.array(TextSchema).min(2, '至少两条学习目标').max(4, '最多四条学习目标'),
  /** Estimated reading time in minutes. */
  minutes: z.number().int().min(1).max(60),
  /** Date of the last real change to the content. */
  updated: DateSchema,
  /** Items of the domain brief (A1–G2) the lesson teaches. */
  covers: z.array(BriefIdSchema).min(1, '至少写一个大纲条目'),
  /** The self-check quiz; place it in the body with `<Quiz questions={frontmatter.quiz} />`. */
  quiz: QuizSchema.optional(),
});

export type Lesson = z.infer<typeof LessonSchema>;
export type Role = z.infer<typeof RoleSchema>;
