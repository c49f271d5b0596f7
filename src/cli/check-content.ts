/**
 * `npm run check:content`: validates every content file and prints one line per problem,
 * `path: field: message`; exit 1 on any problem. An optional argument names another project root.
 */
import { checkContent } from '../content-check/check.ts';
import { readContentSet } from '../content-check/files.ts';
import { formatIssue } from '../content-check/report.ts';

const root = process.argv[2] ?? process.cwd();
const set = readContentSet(root);
const issues = checkContent(set);
for (const issue of issues) console.error(formatIssue(issue));
const total = set.modules.length + set.lessons.length + set.scenarios.length + (set.exams?.length ?? 0) + (set.glossary ? 1 : 0) + (set.typing ? 1 : 0);
if (issues.length > 0) {
  console.error(`\n内容检查未通过：${issues.length} 个问题（共检查 ${total} 个文件）。每行的格式是“文件: 字段: 问题”，改好后再运行 npm run check:content。`);
  process.exit(1);
}
console.log(`内容检查通过：${set.modules.length} 个单元，${set.lessons.length} 节课，${set.scenarios.length} 个对练场景，${(set.exams?.length ?? 0)} 场考核`);
