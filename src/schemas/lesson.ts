import { z } from 'astro/zod';
import { BriefIdSchema } from './brief.ts';
import { DateSchema, SlugSchema, TextSchema } from './common.ts';
import { QuizSchema } from './quiz.ts';

// Field descriptions are the hover text trainers see in their editor (JSON Schema `description`).

/** Who a lesson is for: pre-sales (售前), after-sales (售后) or everyone (通用). */
export const RoleSchema = z.enum(['售前', '售后', '通用'], { error: '岗位只能是 售前、售后 或 通用' });

/** Frontmatter of a lesson, content/lessons/<module>/<nn-slug>.mdx. */
export const LessonSchema = z.strictObject({
  title: TextSchema.max(40, '标题最多 40 个字').meta({ description: '课程标题：显示在页面顶部、课程目录和搜索结果里，最多 40 个字。' }),
  summary: TextSchema.max(120, '摘要最多 120 个字').meta({ description: '一两句话的摘要：显示在单元列表和搜索结果里，最多 120 个字。' }),
  module: SlugSchema.meta({ description: '所属单元的 id：content/modules/ 里的文件名，也是课程所在文件夹的名字，例如 workflow。' }),
  order: z.number().int().min(1).meta({ description: '在单元里的顺序，从 1 开始；同一单元里不能重复。' }),
  roles: z.array(RoleSchema).min(1, '至少写一个岗位').meta({ description: '适合的岗位：售前、售后、通用，至少一个，例如 [售前, 售后]。' }),
  objectives: z
    .array(TextSchema)
    .min(2, '至少两条学习目标')
    .max(4, '最多四条学习目标')
    .meta({ description: '学完能做到什么：两到四条，每条用动词开头。' }),
  minutes: z.number().int().min(1).max(60).meta({ description: '预计阅读时间（分钟），1 到 60。' }),
  updated: DateSchema.meta({ description: '最后一次实质修改的日期，例如 2026-11-23。' }),
  covers: z.array(BriefIdSchema).min(1, '至少写一个大纲条目').meta({ description: '这节课讲到的大纲条目（A1 到 G2），至少一个，例如 [C1, C2]。' }),
  quiz: QuizSchema.optional().meta({ description: '自测题（可选）；写了就要在正文里放 <Quiz questions={frontmatter.quiz} />。' }),
});

export type Lesson = z.infer<typeof LessonSchema>;
export type Role = z.infer<typeof RoleSchema>;
