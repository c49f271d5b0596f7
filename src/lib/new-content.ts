/**
 * `npm run new`: where a new content file goes and what it starts with. Pure: the CLI
 * (src/cli/new.ts) reads the project and the templates, and writes the file.
 */

/** What `new` needs to know about the project. */
export interface ProjectView {
  /** Module ids: the file names in content/modules/. */
  modules: string[];
  /** Lesson files by module folder: file name and text. */
  lessons: Record<string, Array<{ name: string; text: string }>>;
  /** Scenario slugs. */
  scenarios: string[];
  /** Role and difficulty of each scenario that could be read, for an exam's starting pool. */
  scenarioDetails: ScenarioDetail[];
  /** Exam slugs. */
  exams: string[];
  /** A term of the glossary to show how a lesson links to it; null when the glossary cannot be read. */
  glossaryTerm: string | null;
}

export interface ScenarioDetail {
  slug: string;
  role: string;
  difficulty: string;
}

export interface Templates {
  lesson: string;
  scenario: string;
  exam: string;
}

/** A file to write (path from the project root), or why not (exit code 1). */
export type Plan = { ok: true; path: string; text: string } | { ok: false; exitCode: 1; message: string };

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const USAGE = [
  '用法：',
  '  npm run new -- lesson <单元>/<英文名>    例如 npm run new -- lesson workflow/greeting-basics',
  '  npm run new -- scenario <英文名>         例如 npm run new -- scenario return-request',
  '  npm run new -- exam <英文名>             例如 npm run new -- exam pre-sales-2027',
  '英文名只用小写字母、数字和连字符（-），它会成为文件名和网址的一部分。',
].join('\n');

const fail = (message: string): Plan => ({ ok: false, exitCode: 1, message });

function badSlug(slug: string, what: string): string | null {
  if (slug === '') return `缺少${what}的英文名。\n${USAGE}`;
  if (what === '课程' && /^\d+-/.test(slug)) return `“${slug}”不用写序号：课程文件名前的两位序号会自动加上。`;
  if (!SLUG.test(slug)) {
    return `“${slug}”不能用作${what}的英文名：只能用小写英文字母、数字和连字符，不能有空格、大写字母或中文，例如 greeting-basics。`;
  }
  return null;
}

const fill = (template: string, values: Record<string, string>): string =>
  template.replace(/\{\{(\w+)\}\}/g, (match, key: string) => values[key] ?? match);

/** A YAML list field of a lesson's frontmatter, read without parsing the whole file: `roles: [售前, 售后]`. */
function listField(text: string, field: string): string | null {
  return new RegExp(`^${field}:\\s*\\[([^\\]\\n]*)\\]`, 'm').exec(text)?.[1]?.trim() || null;
}

function planLesson(target: string, project: ProjectView, today: string, template: string): Plan {
  const parts = target.split('/');
  const modules = [...project.modules].sort().join('、');
  if (parts.length !== 2) return fail(`课程要写成“单元/英文名”，例如 workflow/greeting-basics（现有单元：${modules}）。`);
  const [module = '', slug = ''] = parts;
  if (!project.modules.includes(module)) {
    return fail(`单元“${module}”不存在（现有单元：${modules}）。新单元要先在 content/modules/ 里加一个 ${module || '<单元>'}.yaml。`);
  }
  const problem = badSlug(slug, '课程');
  if (problem) return fail(problem);
  const siblings = project.lessons[module] ?? [];
  const same = siblings.find((l) => l.name.replace(/^\d+-/, '').replace(/\.mdx$/, '') === slug);
  if (same) return fail(`content/lessons/${module}/${same.name} 已经存在，没有改动任何文件：换一个英文名，或直接编辑那个文件。`);
  const prefixes = siblings.map((l) => Number(/^(\d+)-/.exec(l.name)?.[1] ?? 0));
  const orders = siblings.map((l) => Number(/^order:\s*(\d+)/m.exec(l.text)?.[1] ?? 0));
  const prefix = String(Math.max(0, ...prefixes) + 1).padStart(2, '0');
  // Defaults from the module's last lesson: its roles and brief items are the likeliest fit.
  const last = [...siblings].sort((a, b) => a.name.localeCompare(b.name)).pop();
  const text = fill(template, {
    module,
    order: String(Math.max(0, ...orders) + 1),
    roles: (last && listField(last.text, 'roles')) ?? '通用',
    covers: (last && listField(last.text, 'covers')) ?? 'A1',
    today,
    glossaryLink: project.glossaryTerm ? `[${project.glossaryTerm}](/glossary/#${project.glossaryTerm})` : '[术语](/glossary/)',
  });
  return { ok: true, path: `content/lessons/${module}/${prefix}-${slug}.mdx`, text };
}

/** A file named by its slug in one folder (a scenario, an exam): content/<folder>/<slug>.mdx. */
function planFlatFile(what: string, folder: string, slug: string, existing: readonly string[], template: string): Plan {
  const problem = badSlug(slug, what);
  if (problem) return fail(problem);
  const path = `content/${folder}/${slug}.mdx`;
  if (existing.includes(slug)) return fail(`${path} 已经存在，没有改动任何文件：换一个英文名，或直接编辑那个文件。`);
  return { ok: true, path, text: template };
}

/** At most this many scenarios in a new exam's pool: enough to show a draw, few enough to read. */
const POOL_SIZE = 3;

/**
 * The starting pool of a new exam: scenarios of one role and one difficulty, so that whichever is
 * drawn, candidates face a comparable customer. The role with more scenarios (售前 on a tie), then
 * its easiest difficulty with at least two scenarios, so that there is something to draw from;
 * failing that, its largest group.
 */
export function startingPool(details: readonly ScenarioDetail[]): { role: string; pool: string[] } | null {
  const count = (role: string): number => details.filter((d) => d.role === role).length;
  const role = count('售后') > count('售前') ? '售后' : '售前';
  const groups = ['入门', '进阶', '困难'].map((difficulty) =>
    details.filter((d) => d.role === role && d.difficulty === difficulty).map((d) => d.slug).sort(),
  );
  const pool = groups.find((g) => g.length >= 2) ?? groups.reduce((a, b) => (b.length > a.length ? b : a));
  return pool.length === 0 ? null : { role, pool: pool.slice(0, POOL_SIZE) };
}

/**
 * The first lesson with self-check questions (by module, then file name), one for `role` when
 * there is one: its id, `module/slug`.
 */
export function firstQuizLesson(project: Pick<ProjectView, 'modules' | 'lessons'>, role: string): string | null {
  const withQuiz = [...project.modules].sort().flatMap((module) =>
    [...(project.lessons[module] ?? [])]
      .sort((a, b) => a.name.localeCompare(b.name))
      .filter((l) => /^quiz:[ \t]*$/m.test(l.text))
      .map((l) => ({ id: `${module}/${l.name.replace(/^\d+-/, '').replace(/\.mdx$/, '')}`, roles: listField(l.text, 'roles') ?? '' })),
  );
  return (withQuiz.find((l) => l.roles.split(/[,，]\s*/).includes(role)) ?? withQuiz[0])?.id ?? null;
}

/** The exam's own questions in the template; the draw counts them. */
const TEMPLATE_QUESTIONS = 2;

function planExam(slug: string, project: ProjectView, template: string): Plan {
  const planned = planFlatFile('考核', 'exams', slug, project.exams, template);
  if (!planned.ok) return planned;
  const start = startingPool(project.scenarioDetails);
  if (!start) return fail('还没有可以放进场景池的对练场景：先用 npm run new -- scenario <英文名> 新建一个场景，再新建考核。');
  const lesson = firstQuizLesson(project, start.role);
  const text = fill(template, {
    role: start.role,
    // The seed's 40-character limit; slugs have none.
    seed: slug.slice(0, 38).replace(/-+$/, ''),
    pool: start.pool.join(', '),
    quizFrom: lesson ?? '',
    // A lesson with a quiz has at least one question, so the pool holds the draw.
    quizDraw: String(TEMPLATE_QUESTIONS + (lesson ? 1 : 0)),
  });
  return { ...planned, text };
}

/** What `npm run new -- <kind> <target>` should write; `today` is YYYY-MM-DD. */
export function planNewFile(args: readonly string[], project: ProjectView, today: string, templates: Templates): Plan {
  const [kind, target = '', ...rest] = args;
  if (kind !== 'lesson' && kind !== 'scenario' && kind !== 'exam') return fail(kind ? `不认识的类型“${kind}”。\n${USAGE}` : USAGE);
  if (rest.length > 0) return fail(`多了参数：${rest.join(' ')}（英文名里不能有空格）。\n${USAGE}`);
  if (kind === 'lesson') return planLesson(target, project, today, templates.lesson);
  if (kind === 'exam') return planExam(target, project, templates.exam);
  return planFlatFile('场景', 'scenarios', target, project.scenarios, templates.scenario);
}
