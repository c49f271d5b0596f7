import { z } from 'astro/zod';
import './messages.ts';

/** A lower-case ASCII identifier used in URLs and file names: `pre-sales`, `size-advice`. */
export const SlugSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, '只能用小写英文字母、数字和连字符（例如 size-advice）');

/** A line of text a reader sees; never empty. */
export const TextSchema = z.string().trim().min(1, '不能为空');

const DATE_MESSAGE = '应为日期，例如 2026-11-23';

/**
 * A calendar date. YAML `2026-11-23` arrives as a Date from Astro's parser and as a string from
 * others; both are accepted. The input is a union rather than `z.coerce.date()` so that its JSON
 * Schema accepts the string an editor sees (a bare date type becomes `format: date-time`, which
 * editors would flag on every `2026-11-23`).
 */
export const DateSchema = z
  .union([z.date(), z.iso.date(), z.iso.datetime()], { error: DATE_MESSAGE })
  .pipe(z.coerce.date({ error: DATE_MESSAGE }));
