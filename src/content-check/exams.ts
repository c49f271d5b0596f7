/**
 * Exams and typing passages in `npm run check:content`: each exam file against its schema, then
 * its references (scenario pools, lesson questions, pools at least as large as the draw); the
 * practice passages of content/typing.yaml against theirs.
 */
import { ExamSchema, TypingPassagesSchema } from '../schemas/exam.ts';
import type { LessonRef } from '../lib/exam-refs.ts';
import { examReferenceIssues } from '../lib/exam-refs.ts';
import type { ContentFile } from './check.ts';
import { parseMdx, parseYaml } from './frontmatter.ts';
import { fieldPath, zodIssues, type ContentIssue } from './report.ts';

export function checkExam(file: ContentFile, scenarioSlugs: ReadonlySet<string>, lessons: readonly LessonRef[]): ContentIssue[] {
  const name = file.path.split('/').pop() ?? '';
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*\.mdx$/.test(name)) {
    return [{ path: file.path, field: '', message: '考核文件名只能用小写英文字母、数字和连字符，例如 pre-sales.mdx' }];
  }
  let data: unknown;
  let body: string;
  try {
    ({ data, body } = parseMdx(file.text));
  } catch (error) {
    return [{ path: file.path, field: '', message: (error as Error).message }];
  }
  const parsed = ExamSchema.safeParse(data);
  if (!parsed.success) return zodIssues(file.path, parsed.error);
  const issues: ContentIssue[] = examReferenceIssues(parsed.data, scenarioSlugs, lessons).map((i) => ({
    path: file.path,
    field: fieldPath(i.path),
    message: i.message,
  }));
  if (body.trim() === '') issues.push({ path: file.path, field: 'body', message: '正文是考生开考前读的考试说明，不能为空' });
  return issues;
}

export function checkTypingPassages(file: ContentFile): ContentIssue[] {
  let data: unknown;
  try {
    data = parseYaml(file.text);
  } catch (error) {
    return [{ path: file.path, field: '', message: (error as Error).message }];
  }
  const parsed = TypingPassagesSchema.safeParse(data);
  return parsed.success ? [] : zodIssues(file.path, parsed.error);
}
