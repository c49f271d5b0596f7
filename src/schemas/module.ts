import { z } from 'astro/zod';
import { TextSchema } from './common.ts';

/** A module (课程单元): a group of lessons, one YAML file in content/modules/. */
export const ModuleSchema = z.strictObject({
  /** The module's name, shown in the sidebar and on the home page. */
  title: TextSchema,
  /** One or two sentences on what the module teaches. */
  summary: TextSchema,
  /** Position in the curriculum, from 1. */
  order: z.number().int().min(1),
});

export type Module = z.infer<typeof ModuleSchema>;
