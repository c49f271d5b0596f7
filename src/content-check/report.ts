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

/** One issue per problem; an unknown key is reported on the key itself, where the trainer typed it. */
export function zodIssues(path: string, error: z.ZodError): ContentIssue[] {
  return error.issues.flatMap((issue) =>
    issue.code === 'unrecognized_keys'
      ? issue.keys.map((key) => ({ path, field: fieldPath([...issue.path, key]), message: '不认识的字段：检查拼写，或它是否放错了层级（缩进）' }))
      : [{ path, field: fieldPath(issue.path), message: issue.message }],
  );
}
