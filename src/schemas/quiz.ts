import { z } from 'astro/zod';
import { TextSchema } from './common.ts';

/** One answer option of a quiz question. */
export const QuizOptionSchema = z.strictObject({
  /** The option as the reader sees it. */
  text: TextSchema,
  /** True for a right answer. */
  correct: z.boolean().default(false),
  /** Why this option is right or wrong; shown after answering. */
  explain: TextSchema,
});

/** A self-check question: single choice, or multiple choice with `multiple: true`. */
export const QuizQuestionSchema = z
  .strictObject({
    /** Stable id within the lesson (answers are stored under it): `q1`, `size-ask`. */
    id: z.string().regex(/^[a-z0-9-]+$/, '只能用小写英文字母、数字和连字符'),
    /** The question. */
    question: TextSchema,
    /** Several options may be right; the reader ticks all that apply. */
    multiple: z.boolean().default(false),
    options: z.array(QuizOptionSchema).min(2, '至少两个选项').max(6, '最多六个选项'),
  })
  .superRefine((q, ctx) => {
    const right = q.options.filter((o) => o.correct).length;
    if (right === 0) {
      ctx.addIssue({ code: 'custom', path: ['options'], message: '没有标为正确（correct: true）的选项' });
    } else if (!q.multiple && right > 1) {
      ctx.addIssue({
        code: 'custom',
        path: ['options'],
        message: '单选题只能有一个正确选项；多个正确选项请写 multiple: true',
      });
    }
  });

export const QuizSchema = z
  .array(QuizQuestionSchema)
  .min(1)
  .superRefine((questions, ctx) => {
    const seen = new Map<string, number>();
    questions.forEach((q, i) => {
      const first = seen.get(q.id);
      if (first !== undefined) {
        ctx.addIssue({ code: 'custom', path: [i, 'id'], message: `题目 id 重复：${q.id}（第 ${first + 1} 题已经用过，学员的作答按 id 保存）` });
      } else seen.set(q.id, i);
    });
  });

export type QuizOption = z.infer<typeof QuizOptionSchema>;
export type QuizQuestion = z.infer<typeof QuizQuestionSchema>;
