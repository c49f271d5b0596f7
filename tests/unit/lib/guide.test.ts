import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { checkMdx } from '../../../src/content-check/mdx.ts';
import { GUIDE_PAGES, checkKinds, describeType, descriptionParts, fieldRows, guideHref, schemaAt } from '../../../src/lib/guide.ts';
import { JSON_SCHEMAS, toJsonSchema } from '../../../src/lib/json-schema.ts';
import { COMPONENT_NAMES } from '../../../src/mdx/catalog.ts';

const scenario = toJsonSchema(JSON_SCHEMAS.scenario.schema);
const lesson = toJsonSchema(JSON_SCHEMAS.lesson.schema);

describe('guide pages', () => {
  test('every page has its MDX file, and every MDX file is a page', () => {
    const files = readdirSync('src/authoring').filter((f) => f.endsWith('.mdx'));
    expect(files.sort()).toEqual(GUIDE_PAGES.map((p) => `${p.slug || 'index'}.mdx`).sort());
    expect(guideHref('')).toBe('/authoring/');
    expect(guideHref('lessons')).toBe('/authoring/lessons/');
  });

  test.each(readdirSync('src/authoring/examples'))('the example %s is valid lesson MDX', (file) => {
    expect(checkMdx(readFileSync(`src/authoring/examples/${file}`, 'utf8'))).toEqual([]);
  });

  test('the component catalog lists exactly the components lessons can use', () => {
    const barrel = readFileSync('src/mdx/index.ts', 'utf8');
    const exported = [...barrel.matchAll(/export \{ default as (\w+) \}/g)].map((m) => m[1]);
    expect([...COMPONENT_NAMES].sort()).toEqual(exported.sort());
  });
});

describe('fieldRows', () => {
  test('lists a part of a file with how each field is written, whether it is required and its default', () => {
    expect(fieldRows(scenario, 'persona').map((r) => [r.name, r.type, r.required])).toEqual([
      ['name', '文字', true],
      ['mood', '生气 | 不耐烦 | 平静 | 满意', true],
      ['patience', '整数', true],
      ['farewell', '文字', false],
      ['leaving', '文字', false],
    ]);
    expect(fieldRows(scenario).find((r) => r.name === 'weights')).toMatchObject({
      required: false,
      defaultValue: '{ rubric: 70, response: 20, typing: 10 }',
      type: '一组字段',
    });
    expect(fieldRows(scenario, 'turns[]').find((r) => r.name === 'timeLimit')).toMatchObject({ type: '整数', defaultValue: '60' });
  });

  test('names lists, dates and choices the way a trainer writes them', () => {
    const rows = Object.fromEntries(fieldRows(lesson).map((r) => [r.name, r.type]));
    expect(rows.roles).toBe('列表：售前 | 售后 | 通用');
    expect(rows.updated).toBe('日期');
    expect(rows.quiz).toBe('列表：一组字段');
    expect(describeType({ anyOf: [{ type: 'integer' }, { type: 'object', additionalProperties: { type: 'integer' } }] })).toBe('整数 或 键: 值');
  });

  test('throws on a path the schema does not have', () => {
    expect(() => schemaAt(scenario, 'turns[].nope')).toThrow('no field nope');
  });
});

describe('checkKinds', () => {
  test('lists every kind with its description and fields', () => {
    const kinds = checkKinds(scenario, 'turns[].criteria[].check');
    expect(kinds.map((k) => k.kind)).toEqual(['any', 'all', 'forbidden', 'regex', 'fact', 'question', 'order', 'length']);
    expect(kinds.find((k) => k.kind === 'fact')).toMatchObject({
      description: expect.stringMatching(/^说对场景 facts 里的事实/),
      fields: [expect.objectContaining({ name: 'fact', required: true }), expect.objectContaining({ name: 'size', required: false })],
    });
  });
});

describe('exam sections and typing passages', () => {
  const exam = toJsonSchema(JSON_SCHEMAS.exam.schema);

  test('the fields every section has, what each kind adds, and the fields of a passage in the list file', () => {
    expect(fieldRows(exam, 'sections[]').map((r) => [r.name, r.required])).toEqual([
      ['id', true],
      ['title', true],
      ['weight', true],
      ['timeLimit', true],
      ['minScore', false],
    ]);
    expect(fieldRows(toJsonSchema(JSON_SCHEMAS.typing.schema), '[]').map((r) => r.name)).toEqual(['id', 'title', 'text', 'seconds']);
    expect(checkKinds(exam, 'sections[]').map((k) => [k.kind, k.fields.map((f) => f.name)])).toEqual([
      ['typing', ['passage']],
      ['scenarios', ['draw', 'pool']],
      ['quiz', ['draw', 'from', 'questions']],
    ]);
  });
});

describe('descriptionParts', () => {
  test('sets quoted syntax apart as code', () => {
    expect(descriptionParts('课程里这样链接：[首响](/glossary/#首响)；正文里放 <Quiz questions={frontmatter.quiz} />。')).toEqual([
      { text: '课程里这样链接：', code: false },
      { text: '[首响](/glossary/#首响)', code: true },
      { text: '；正文里放 ', code: false },
      { text: '<Quiz questions={frontmatter.quiz} />', code: true },
      { text: '。', code: false },
    ]);
    expect(descriptionParts('库存：例如 { S: 12, M: 0 }')).toEqual([
      { text: '库存：例如 ', code: false },
      { text: '{ S: 12, M: 0 }', code: true },
    ]);
  });
});
