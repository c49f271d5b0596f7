import { z } from 'astro/zod';
import { SlugSchema, TextSchema } from './common.ts';

/**
 * The part of the job a term belongs to; the glossary page groups terms by it, in this order.
 * Headings are in src/i18n/ui.ts (`glossary.topic.<id>`).
 */
export const GLOSSARY_TOPICS = ['role', 'pre-sales', 'orders', 'after-sales', 'relationship', 'metrics', 'platform', 'tools'] as const;

export const GlossaryTopicSchema = z.enum(GLOSSARY_TOPICS, {
  error: (issue) => `未知的术语分类 ${JSON.stringify(issue.input)}（应为 ${GLOSSARY_TOPICS.join('、')} 之一）`,
});

/** A term of the glossary (术语表); its anchor on /glossary/ is the term itself. */
export const GlossaryTermSchema = z.strictObject({
  term: TextSchema.max(20, '术语最多 20 个字').meta({
    description: '术语本身，最多 20 个字：首响、催付。课程里这样链接：[首响](/glossary/#首响)。',
  }),
  definition: TextSchema.max(200, '释义最多 200 个字').meta({ description: '一两句简明的释义，写给第一天上岗的新客服，最多 200 个字。' }),
  en: z.string().trim().min(1).optional().meta({ description: '英文名（有通行说法时才写）。' }),
  topic: GlossaryTopicSchema.optional().meta({
    description: '在术语表页面的分组：role、pre-sales、orders、after-sales、relationship、metrics、platform、tools；不写归入“其他”。',
  }),
});

/**
 * Words a trainee or customer uses for the same thing. Search expands a query with its group;
 * a rubric criterion names a group by `id` to accept any of its words.
 */
export const SynonymGroupSchema = z.strictObject({
  id: SlugSchema.meta({ description: '同义词组的 id：小写英文和连字符；评分项用 groups: [refund] 引用它。' }),
  terms: z
    .array(TextSchema)
    .min(2, '同义词组至少两个词')
    .meta({ description: '意思相同的几个词，至少两个：搜索时互相扩展，评分时任何一个都算。' }),
});

export const GlossarySchema = z
  .strictObject({
    terms: z.array(GlossaryTermSchema).min(1).meta({ description: '术语，每条写 term 和 definition。' }),
    synonyms: z.array(SynonymGroupSchema).meta({ description: '同义词组，每组写 id 和 terms。' }),
  })
  .superRefine((g, ctx) => {
    const seen = new Map<string, number>();
    g.terms.forEach((t, i) => {
      const first = seen.get(t.term);
      if (first !== undefined) {
        ctx.addIssue({ code: 'custom', path: ['terms', i, 'term'], message: `术语重复：${t.term}（terms[${first}] 已经有了，删掉一条或合并释义）` });
      } else seen.set(t.term, i);
    });
    const ids = new Map<string, number>();
    g.synonyms.forEach((s, i) => {
      const first = ids.get(s.id);
      if (first !== undefined) {
        ctx.addIssue({ code: 'custom', path: ['synonyms', i, 'id'], message: `同义词组 id 重复：${s.id}（synonyms[${first}] 已经用过，换一个 id 或合并两组）` });
      } else ids.set(s.id, i);
    });
  });

export type GlossaryTopic = z.infer<typeof GlossaryTopicSchema>;
export type GlossaryTerm = z.infer<typeof GlossaryTermSchema>;
export type SynonymGroup = z.infer<typeof SynonymGroupSchema>;
export type Glossary = z.infer<typeof GlossarySchema>;
