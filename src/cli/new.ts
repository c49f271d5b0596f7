/**
 * `npm run new -- lesson <module>/<slug>`, `npm run new -- scenario <slug>` and
 * `npm run new -- exam <slug>`: writes a commented starting file that passes
 * `npm run check:content` as it is. Never overwrites a file.
 * Exit 0: written; 1: a mistake in the command (the message says which).
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { parseMdx } from '../content-check/frontmatter.ts';
import { planNewFile, type ProjectView, type ScenarioDetail } from '../lib/new-content.ts';

const root = process.cwd();
const templates = join(dirname(fileURLToPath(import.meta.url)), 'templates');

function names(dir: string, pattern: RegExp): string[] {
  try {
    return readdirSync(join(root, dir)).filter((n) => pattern.test(n)).sort();
  } catch {
    return [];
  }
}

function firstGlossaryTerm(): string | null {
  try {
    const data = parse(readFileSync(join(root, 'content/glossary.yaml'), 'utf8')) as { terms?: Array<{ term?: unknown }> };
    const term = data.terms?.[0]?.term;
    return typeof term === 'string' && /^[^\s()[\]#]+$/.test(term) ? term : null;
  } catch {
    return null;
  }
}

/** Role and difficulty of each scenario; a file that cannot be read is left out of a new pool. */
function scenarioDetails(): ScenarioDetail[] {
  return names('content/scenarios', /\.mdx$/).flatMap((name) => {
    try {
      const { data } = parseMdx(readFileSync(join(root, 'content/scenarios', name), 'utf8'));
      const { role, difficulty } = (data ?? {}) as { role?: unknown; difficulty?: unknown };
      return typeof role === 'string' && typeof difficulty === 'string' ? [{ slug: name.replace(/\.mdx$/, ''), role, difficulty }] : [];
    } catch {
      return [];
    }
  });
}

const modules = names('content/modules', /\.ya?ml$/).map((n) => n.replace(/\.ya?ml$/, ''));
const project: ProjectView = {
  modules,
  lessons: Object.fromEntries(
    modules.map((m) => [
      m,
      names(`content/lessons/${m}`, /\.mdx$/).map((name) => ({ name, text: readFileSync(join(root, 'content/lessons', m, name), 'utf8') })),
    ]),
  ),
  scenarios: names('content/scenarios', /\.mdx$/).map((n) => n.replace(/\.mdx$/, '')),
  scenarioDetails: scenarioDetails(),
  exams: names('content/exams', /\.mdx$/).map((n) => n.replace(/\.mdx$/, '')),
  glossaryTerm: firstGlossaryTerm(),
};

const now = new Date();
const today = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
const plan = planNewFile(process.argv.slice(2), project, today, {
  lesson: readFileSync(join(templates, 'lesson.mdx'), 'utf8'),
  scenario: readFileSync(join(templates, 'scenario.mdx'), 'utf8'),
  exam: readFileSync(join(templates, 'exam.mdx'), 'utf8'),
});

if (!plan.ok) {
  console.error(plan.message);
  process.exit(plan.exitCode);
}
const target = join(root, plan.path);
if (existsSync(target)) {
  console.error(`${plan.path} 已经存在，没有改动任何文件。`);
  process.exit(1);
}
mkdirSync(dirname(target), { recursive: true });
writeFileSync(target, plan.text, { flag: 'wx' });
console.log(
  [
    `已创建 ${plan.path}`,
    '下一步：',
    '  1. 打开这个文件，按注释改成你的内容',
    '  2. npm run check:content   检查有没有写错（每个问题一行：文件: 字段: 问题）',
    plan.path.startsWith('content/scenarios/')
      ? '  3. npm run dev，打开 http://localhost:4321/authoring/playground/ 输入回复，看评分项怎样判分'
      : plan.path.startsWith('content/exams/')
        ? `  3. npm run dev，打开 http://localhost:4321/exams/${plan.path.replace(/^content\/exams\/|\.mdx$/g, '')}/ 看考试说明和考试安排，在 http://localhost:4321/trainer/draw/ 看各批次抽到的场景和题目`
        : '  3. npm run dev，在浏览器里打开这节课预览',
  ].join('\n'),
);
