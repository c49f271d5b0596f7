import { describe, expect, test } from 'vitest';
import { stringify } from 'yaml';
import { checkContent } from '../../../src/content-check/check.ts';
import { lessonFrontmatter } from '../content/helpers.ts';

const modules = [{ path: 'content/modules/workflow.yaml', text: 'title: 服务流程\nsummary: 流程。\norder: 3\n' }];
const glossary = { path: 'content/glossary.yaml', text: 'terms:\n  - term: 首响\n    definition: 首次响应时间。\nsynonyms: []\n' };
const lesson = (body: string) => ({
  path: 'content/lessons/workflow/01-test.mdx',
  text: `---\n${stringify(lessonFrontmatter())}---\n\n${body}\n`,
});

describe('checkContent on glossary links', () => {
  test('accepts a link to a term of the glossary', () => {
    expect(checkContent({ modules, glossary, scenarios: [], lessons: [lesson('先看[首响](/glossary/#首响)。')] })).toEqual([]);
  });

  test('reports a link to a term the glossary does not have', () => {
    expect(checkContent({ modules, glossary, scenarios: [], lessons: [lesson('还有[平响](/glossary/#平响)。')] })).toEqual([
      {
        path: 'content/lessons/workflow/01-test.mdx',
        field: 'body',
        message: '链接到术语表的“平响”，但 content/glossary.yaml 里没有这个术语：先在 terms 里加上它，或改成已有的术语',
      },
    ]);
  });
});
