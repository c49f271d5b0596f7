import { z } from 'astro/zod';
import './messages.ts';

/** A lower-case ASCII identifier used in URLs and file names: `pre-sales`, `size-advice`. */
export const SlugSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, '只能用小写英文字母、数字和连字符（例如 size-advice）');

/** A line of text a reader sees; never empty. */
export const TextSchema = z.string().trim().min(1, '不能为空');

/** A calendar date; YAML `2026-11-23` arrives as a Date, a quoted string is parsed. */
export const DateSchema = z.coerce.date({ error: '应为日期，例如 2026-11-23' });
