import { z } from 'astro/zod';
import { GlossarySchema, type Glossary } from '../schemas/glossary.ts';
import { LessonSchema, type Lesson } from '../schemas/lesson.ts';
import { ModuleSchema, type Module } from '../schemas/module.ts';
import { lessonIdFromPath } from '../lib/content-ids.ts';
import { unknownGlossaryLinks } from '../lib/glossary.ts';
import { parseMdx, parseYaml } from './frontmatter.ts';
import { checkMdx } from './mdx.ts';
import { zodIssues, type ContentIssue } from './report.ts';
import { checkExam, checkTypingPassages, validScenarios } from './exams.ts';
import { checkScenario, scenarioSlug } from './scenarios.ts';

/** A content file as read from disk: its path from the project root and its text. */
export interface ContentFile {
  path: string;
  text: string;
}

export interface ContentSet {
  modules: ContentFile[];
  lessons: ContentFile[];
  /** content/scenarios/*.mdx. */
  scenarios: ContentFile[];
  /** content/glossary.yaml; null when the file is missing. */
  glossary: ContentFile | null;
  /** content/exams/*.mdx. */
  exams?: ContentFile[];
  /** content/typing.yaml (practice passages of the typing test). */
  typing?: ContentFile | null;
}

interface Parsed<T> {
  file: ContentFile;
  data: T;
  body: string;
}

function parseEach<T>(
  files: ContentFile[],
  schema: z.ZodType<T>,
  kind: 'mdx' | 'yaml',
  issues: ContentIssue[],
): Parsed<T>[] {
  const out: Parsed<T>[] = [];
  for (const file of files) {
    let raw: unknown;
    let body = '';
    try {
      if (kind === 'mdx') ({ data: raw, body } = parseMdx(file.text));
      else raw = parseYaml(file.text);
    } catch (error) {
      issues.push({ path: file.path, field: kind === 'mdx' ? 'frontmatter' : '', message: (error as Error).message });
      continue;
    }
    const result = schema.safeParse(raw);
    if (result.success) out.push({ file, data: result.data, body });
    else issues.push(...zodIssues(file.path, result.error));
  }
  return out;
}

const baseName = (path: string): string => path.split('/').pop()!.replace(/\.(ya?ml|mdx?)$/, '');

/** MDX syntax and component problems of a body, reported on the `body` field with their line. */
function mdxIssues(file: ContentFile): ContentIssue[] {
  return checkMdx(file.text).map((p) => ({ path: file.path, field: 'body', message: `第 ${p.line} 行：${p.message}` }));
}

/** Validates every file against its schema, then checks the references between files. */
export function checkContent(set: ContentSet): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const modules = parseEach<Module>(set.modules, ModuleSchema, 'yaml', issues);
  const lessons = parseEach<Lesson>(set.lessons, LessonSchema, 'mdx', issues);
  const glossary = set.glossary ? parseEach<Glossary>([set.glossary], GlossarySchema, 'yaml', issues)[0]?.data : undefined;
  if (!set.glossary) issues.push({ path: 'content/glossary.yaml', field: '', message: '缺少术语表文件' });
  const glossaryTerms = glossary ? new Set(glossary.terms.map((t) => t.term)) : null;
  // Scenarios refer to the glossary's synonym groups; without a valid glossary they cannot be compiled.
  if (glossary) for (const file of set.scenarios) issues.push(...checkScenario(file.path, file.text, glossary));
  for (const file of set.scenarios) {
    if (/content\/scenarios\/.+\//.test(file.path)) {
      issues.push({ path: file.path, field: '', message: '场景文件要直接放在 content/scenarios/ 里：子文件夹里的场景不会出现在网站上' });
    }
    if (/^\uFEFF?---/.test(file.text)) issues.push(...mdxIssues(file));
  }
  for (const file of [...set.lessons, ...(set.exams ?? [])]) if (/^\uFEFF?---/.test(file.text)) issues.push(...mdxIssues(file));

  const moduleIds = new Set(set.modules.map((f) => baseName(f.path)));
  const lessonIds = new Map<string, string>();
  const orders = new Map<string, string>();

  for (const { file, data, body } of lessons) {
    const relative = file.path.replace(/^.*?content\/lessons\//, '');
    const folder = relative.split('/')[0] ?? '';
    if (!/^[a-z0-9-]+\/\d{2}-[a-z0-9-]+\.mdx$/.test(relative)) {
      issues.push({
        path: file.path,
        field: '',
        message: '课程文件要放在 content/lessons/<单元 id>/ 里，文件名写成“两位序号-英文名.mdx”（小写字母、数字和连字符），例如 content/lessons/workflow/03-before-your-shift.mdx',
      });
    }
    if (!relative.includes('/')) {
      // Directly in content/lessons/: the file-name message above already says where it belongs.
    } else if (!moduleIds.has(data.module)) {
      issues.push({
        path: file.path,
        field: 'module',
        message: `单元“${data.module}”不存在：content/modules/ 里没有 ${data.module}.yaml（现有单元：${[...moduleIds].sort().join('、')}）`,
      });
    } else if (folder !== data.module) {
      issues.push({
        path: file.path,
        field: 'module',
        message: `写的是“${data.module}”，但文件放在 ${folder}/ 文件夹里：把文件移到 content/lessons/${data.module}/，或把 module 改成 ${folder}`,
      });
    }
    const id = lessonIdFromPath(relative);
    const clash = lessonIds.get(id);
    if (clash) {
      issues.push({ path: file.path, field: '', message: `去掉序号后和 ${clash} 同名，两节课的网址都会是 /lessons/${id}/：请改一个文件名` });
    }
    lessonIds.set(id, file.path);
    const orderKey = `${data.module}#${data.order}`;
    const sameOrder = orders.get(orderKey);
    if (sameOrder) issues.push({ path: file.path, field: 'order', message: `order ${data.order} 和 ${sameOrder} 重复：同一单元里每节课的 order 要不同` });
    orders.set(orderKey, file.path);
    if (data.quiz && !/<Quiz\b/.test(body)) {
      issues.push({ path: file.path, field: 'quiz', message: '写了自测题，但正文里没有 <Quiz questions={frontmatter.quiz} />，学员看不到' });
    }
    if (glossaryTerms) {
      for (const term of unknownGlossaryLinks(body, glossaryTerms)) {
        issues.push({
          path: file.path,
          field: 'body',
          message: `链接到术语表的“${term}”，但 content/glossary.yaml 里没有这个术语：先在 terms 里加上它，或改成已有的术语`,
        });
      }
    }
    if (!data.quiz && /<Quiz\b[^>]*frontmatter\.quiz/.test(body)) {
      issues.push({ path: file.path, field: 'quiz', message: '正文里放了 <Quiz>，但 frontmatter 里没有 quiz 题目：补上 quiz，或删掉 <Quiz>' });
    }
  }
  const lessonFolders = new Set(set.lessons.map((f) => f.path.replace(/^.*?content\/lessons\//, '').split('/').slice(0, -1).join('/')));
  const lessonRefs = lessons.map(({ file, data }) => ({
    id: lessonIdFromPath(file.path.replace(/^.*?content\/lessons\//, '')),
    title: data.title,
    module: data.module,
    quiz: data.quiz,
  }));
  const examContext = {
    scenarioSlugs: new Set(set.scenarios.map((f) => scenarioSlug(f.path))),
    scenarios: validScenarios(set.scenarios),
    lessons: lessonRefs,
  };
  for (const file of set.exams ?? []) issues.push(...checkExam(file, examContext));
  if (set.typing) issues.push(...checkTypingPassages(set.typing));

  for (const { file } of modules) {
    const id = baseName(file.path);
    if (!lessons.some((l) => l.data.module === id) && !lessonFolders.has(id)) {
      issues.push({ path: file.path, field: '', message: `这个单元还没有任何课程：在 content/lessons/${id}/ 里添加课程（npm run new -- lesson ${id}/<英文名>），或删掉这个文件` });
    }
  }
  // Stable: each file's problems stay in the order they were found.
  return issues.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
