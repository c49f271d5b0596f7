import { z } from 'astro/zod';
import { SlugSchema, TextSchema } from './common.ts';

/** A term of the glossary (术语表); its anchor on /glossary/ is the term itself. */
export const GlossaryTermSchema = z.strictObject({
  /** The term as trainees meet it: 首响, 催付, 小红旗. */
  term: TextSchema.max(20, '术语最多 20 个字'),
  /** One or two plain sentences. */
  definition: TextSchema.max(200, '释义最多 200 个字'),
  /** The English name, where there is a usual one. */
  en: z.string().trim().min(1).optional(),
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
      if (seen.has(t.term)) ctx.addIssue({ code: 'custom', path: ['terms', i, 'term'], message: `术语重复：${t.term}` });
      seen.set(t.term, i);
    });
    const ids = new Set<string>();
    g.synonyms.forEach((s, i) => {
      if (ids.has(s.id)) ctx.addIssue({ code: 'custom', path: ['synonyms', i, 'id'], message: `同义词组 id 重复：${s.id}` });
      ids.add(s.id);
    });
  });

export type GlossaryTerm = z.infer<typeof GlossaryTermSchema>;
export type SynonymGroup = z.infer<typeof SynonymGroupSchema>;
export type Glossary = z.infer<typeof GlossarySchema>;
