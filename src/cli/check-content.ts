/**
 * `npm run check:content`: validates every content file and prints one line per problem,
 * `path: field: message`; exit 1 on any problem.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { checkContent, type ContentFile } from '../content-check/check.ts';
import { formatIssue } from '../content-check/report.ts';

const root = process.argv[2] ?? process.cwd();

function read(dir: string, pattern: RegExp): ContentFile[] {
  const full = join(root, dir);
  let names: string[];
  try {
    names = readdirSync(full, { recursive: true, encoding: 'utf8' });
  } catch {
    return [];
  }
  return names
    .filter((name) => pattern.test(name))
    .sort()
    .map((name) => ({ path: relative(root, join(full, name)).split('\\').join('/'), text: readFileSync(join(full, name), 'utf8') }));
}

const set = {
  modules: read('content/modules', /\.ya?ml$/),
  lessons: read('content/lessons', /\.mdx$/),
  scenarios: read('content/scenarios', /\.mdx$/),
  glossary: read('content', /^glossary\.yaml$/)[0] ?? null,
  exams: read('content/exams', /\.mdx$/),
  typing: read('content', /^typing\.yaml$/)[0] ?? null,
};
const issues = checkContent(set);
for (const issue of issues) console.error(formatIssue(issue));
const total = set.modules.length + set.lessons.length + set.scenarios.length + set.exams.length + (set.glossary ? 1 : 0) + (set.typing ? 1 : 0);
if (issues.length > 0) {
  console.error(`\n内容检查未通过：${issues.length} 个问题（共检查 ${total} 个文件）`);
  process.exit(1);
}
console.log(`内容检查通过：${set.modules.length} 个单元，${set.lessons.length} 节课，${set.scenarios.length} 个对练场景，${set.exams.length} 场考核`);
