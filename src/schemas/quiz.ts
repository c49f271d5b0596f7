import { z } from 'astro/zod';
import { TextSchema } from './common.ts';

/** One answer option of a quiz question. */
export const QuizOptionSchema = z.strictObject({
  text: TextSchema.meta({ description: '选项文字。' }),
  correct: z.boolean().default(false).meta({ description: '正确答案写 correct: true；不写表示错误选项。' }),
  explain: TextSchema.meta({ description: '为什么对或错：学员作答后显示。' }),
});

/** A self-check question: single choice, or multiple choice with `multiple: true`. */
export const QuizQuestionSchema = z
  .strictObject({
    id: z
      .string()
      .regex(/^[a-z0-9-]+$/, '只能用小写英文字母、数字和连字符')
      .meta({ description: '题目 id：小写英文、数字和连字符，同一课里不能重复；学员的作答按它保存，发布后不要再改。' }),
    question: TextSchema.meta({ description: '题目。' }),
    multiple: z.boolean().default(false).meta({ description: '多选题写 multiple: true：学员要选出所有正确项。' }),
    options: z
      .array(QuizOptionSchema)
      .min(2, '至少两个选项')
      .max(6, '最多六个选项')
      .meta({ description: '选项：两到六个，至少一个写 correct: true。' }),
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
