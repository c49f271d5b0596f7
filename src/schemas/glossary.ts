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
  /** The term as trainees meet it: 首响, 催付, 小红旗. */
  term: TextSchema.max(20, '术语最多 20 个字'),
  /** One or two plain sentences. */
  definition: TextSchema.max(200, '释义最多 200 个字'),
  /** The English name, where there is a usual one. */
  en: z.string().trim().min(1).optional(),
  /** Where the term is listed on the glossary page; terms without one are listed under 其他. */
  topic: GlossaryTopicSchema.optional(),
});

/**
 * Words a trainee or customer uses for the same thing. Search expands a query with its group;
 * a rubric criterion names a group by `id` to accept any of its words.
 */
export const SynonymGroupSchema = z.strictObject({
  /** Referenced by rubrics: `refund`, `bad-review`. */
  id: SlugSchema,
  terms: z.array(TextSchema).min(2, '同义词组至少两个词'),
});

export const GlossarySchema = z
  .strictObject({
    terms: z.array(GlossaryTermSchema).min(1),
    synonyms: z.array(SynonymGroupSchema),
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
