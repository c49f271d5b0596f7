import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { checkContent, type ContentFile } from '../../../src/content-check/check.ts';
import { formatIssue } from '../../../src/content-check/report.ts';
import { checkScenario, loadScenario, scenarioSlug } from '../../../src/content-check/scenarios.ts';
import { SCENARIO_FILES, glossary } from '../helpers.ts';

const file = (path: string): ContentFile => ({ path, text: readFileSync(path, 'utf8') });
const sizeAdvice = file('content/scenarios/size-advice.mdx');

describe('checkScenario', () => {
  test.each(SCENARIO_FILES)('finds nothing wrong in %s', (path) => {
    expect(checkScenario(path, readFileSync(path, 'utf8'), glossary)).toEqual([]);
  });

  test('reports an example that does not score as declared, naming the criterion', () => {
    const text = sizeAdvice.text.replace('XL 有货，69 元一件，今天就能发。', 'XL 有货，79 元一件，今天就能发。');
    expect(checkScenario(sizeAdvice.path, text, glossary).map(formatIssue)).toMatchInlineSnapshot(`
      [
        "content/scenarios/size-advice.mdx: examples[4]: 示例「报错价格」应当因评分项「报对价格」(price) 不通过，但这一项实际为通过",
      ]
    `);
  });

  test('reports a model answer that fails its own turn', () => {
    const text = sizeAdvice.text.replace('model: 按尺码表，176 厘米、72 公斤穿 XL 码正合适', 'model: 按尺码表，176 厘米、72 公斤穿 L 码正合适');
    expect(checkScenario(sizeAdvice.path, text, glossary).map(formatIssue)).toMatchInlineSnapshot(`
      [
        "content/scenarios/size-advice.mdx: turns[2].model: 参考答案没有通过评分项 「按尺码表推荐 XL 码」(recommend-xl)",
      ]
    `);
  });

  test('reports schema errors and missing synonym groups with their field', () => {
    const text = sizeAdvice.text.replace('groups: [greeting]', 'groups: [greetings]').replace('patience: 70', 'patience: 170');
    expect(checkScenario(sizeAdvice.path, text, glossary).map(formatIssue)).toMatchInlineSnapshot(`
      [
        "content/scenarios/size-advice.mdx: persona.patience: 耐心值在 0–100 之间",
      ]
    `);
    const groupsOnly = sizeAdvice.text.replace('groups: [greeting]', 'groups: [greetings]');
    expect(checkScenario(sizeAdvice.path, groupsOnly, glossary).map(formatIssue)).toMatchInlineSnapshot(`
      [
        "content/scenarios/size-advice.mdx: rubric[0].check.groups[0]: 术语表 content/glossary.yaml 里没有同义词组 greetings",
      ]
    `);
  });

  test('rejects a file name that is not a slug', () => {
    expect(loadScenario('content/scenarios/Size Advice.mdx', sizeAdvice.text, glossary)).toMatchObject({
      ok: false,
      issues: [{ field: '', message: '场景文件名只能用小写英文字母、数字和连字符，例如 size-advice.mdx' }],
    });
    expect(scenarioSlug('content/scenarios/size-advice.mdx')).toBe('size-advice');
  });
});

describe('checkContent', () => {
  test('checks scenarios along with the rest of the content', () => {
    const broken = { path: 'content/scenarios/broken.mdx', text: '---\ntitle: 坏\n---\n' };
    const issues = checkContent({
      modules: [file('content/modules/workflow.yaml')],
      lessons: [file('content/lessons/workflow/02-five-step-conversation.mdx')],
      scenarios: [sizeAdvice, broken],
      glossary: file('content/glossary.yaml'),
    });
    expect(issues.length).toBeGreaterThan(0);
    expect(issues.every((i) => i.path === broken.path)).toBe(true);
  });
});
