import type { z } from 'astro/zod';

/** One problem in one content file: printed as `path: field: message`. */
export interface ContentIssue {
  path: string;
  field: string;
  message: string;
}

export function formatIssue(issue: ContentIssue): string {
  return `${issue.path}: ${issue.field || '(文件)'}: ${issue.message}`;
}

/** `quiz[0].options`, the way a trainer finds the field in YAML. */
export function fieldPath(path: readonly PropertyKey[]): string {
  return path
    .map((part, i) => (typeof part === 'number' ? `[${part}]` : `${i === 0 ? '' : '.'}${String(part)}`))
    .join('');
}

export function zodIssues(path: string, error: z.ZodError): ContentIssue[] {
  return error.issues.map((issue) => ({ path, field: fieldPath(issue.path), message: issue.message }));
}
