/**
 * Exams and typing passages in `npm run check:content`: each exam file against its schema, then
 * its references (scenario pools, lesson questions, pools at least as large as the draw) and
 * whether its scenario sections leave time to finish the conversations they draw; the practice
 * passages of content/typing.yaml against theirs. The MDX of an exam's body is checked with the
 * other bodies (check.ts).
 */
import { ExamSchema, TypingPassagesSchema } from '../schemas/exam.ts';
import { ScenarioSchema } from '../schemas/scenario.ts';
import type { LessonRef, ScenarioTurns } from '../lib/exam-refs.ts';
import { examReferenceIssues, examTimingIssues } from '../lib/exam-refs.ts';
import type { ContentFile } from './check.ts';
import { parseMdx, parseYaml } from './frontmatter.ts';
import { fieldPath, zodIssues, type ContentIssue } from './report.ts';
import { scenarioSlug } from './scenarios.ts';

/** What an exam may refer to. */
export interface ExamContext {
  /** Every scenario file's slug, valid or not: a pool naming a broken scenario is not "unknown". */
  scenarioSlugs: ReadonlySet<string>;
  /** The scenarios whose frontmatter is valid, by slug. */
  scenarios: ReadonlyMap<string, ScenarioTurns>;
  lessons: readonly LessonRef[];
}

/** The valid scenarios of a set of files, by slug; the invalid ones are reported by their own check. */
export function validScenarios(files: readonly ContentFile[]): Map<string, ScenarioTurns> {
  const out = new Map<string, ScenarioTurns>();
  for (const file of files) {
    try {
      const parsed = ScenarioSchema.safeParse(parseMdx(file.text).data);
      if (parsed.success) out.set(scenarioSlug(file.path), parsed.data);
    } catch {
      // A frontmatter that does not parse is reported on the scenario itself.
    }
  }
  return out;
}

export function checkExam(file: ContentFile, context: ExamContext): ContentIssue[] {
  const name = file.path.split('/').pop() ?? '';
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*\.mdx$/.test(name)) {
    return [{ path: file.path, field: '', message: '考核文件名只能用小写英文字母、数字和连字符，例如 pre-sales.mdx' }];
  }
  let data: unknown;
  let body: string;
  try {
    ({ data, body } = parseMdx(file.text));
  } catch (error) {
    return [{ path: file.path, field: 'frontmatter', message: (error as Error).message }];
  }
  const parsed = ExamSchema.safeParse(data);
  if (!parsed.success) return zodIssues(file.path, parsed.error);
  const found = [
    ...examReferenceIssues(parsed.data, context.scenarioSlugs, context.lessons),
    ...examTimingIssues(parsed.data, context.scenarios),
  ];
  const issues: ContentIssue[] = found.map((i) => ({
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
