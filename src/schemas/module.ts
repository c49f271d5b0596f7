import { z } from 'astro/zod';
import { TextSchema } from './common.ts';

/** A module (课程单元): a group of lessons, one YAML file in content/modules/. */
export const ModuleSchema = z.strictObject({
  title: TextSchema.meta({ description: '单元名称：显示在侧栏和首页的课程目录里。' }),
  summary: TextSchema.meta({ description: '一两句话说明这个单元教什么。' }),
  order: z.number().int().min(1).meta({ description: '单元在课程目录里的顺序，从 1 开始。' }),
});

export type Module = z.infer<typeof ModuleSchema>;
