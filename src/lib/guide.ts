/**
 * The authoring guide (/authoring/…): its pages in reading order, and the field tables it shows,
 * read from the same JSON Schemas editors use, so the guide and the hover text never disagree.
 */

/** A page of the guide; its text is src/authoring/<slug>.mdx (index.mdx for the first). */
export interface GuidePage {
  slug: string;
  title: string;
  summary: string;
}

export const GUIDE_PAGES: readonly GuidePage[] = [
  { slug: '', title: '编写指南', summary: '五分钟上手：新建一个场景，看检查报错，改好，在试验台里看它怎样评分。' },
  { slug: 'editor', title: '编辑器设置', summary: '在 VS Code 里写内容：字段说明、自动补全和即时报错。' },
  { slug: 'lessons', title: '编写课程', summary: '课程文件放在哪里、每个 frontmatter 字段的意思、排序、术语表链接和自测题。' },
  { slug: 'components', title: '课程组件', summary: '提示框、话术卡、步骤、清单和自测题：每个组件的写法和显示效果。' },
  { slug: 'scenarios', title: '编写对练场景', summary: '模拟顾客、店铺事实、对话轮次、评分项、分支、情绪、时限和及格线。' },
  { slug: 'testing', title: '测试评分标准', summary: '示例对话、参考答案、评分试验台，以及用 npm run score 给对话记录评分。' },
  { slug: 'exams', title: '编写上岗考核', summary: '打字测试、模拟接待和知识题三种部分，场景池、题库和抽题种子，权重、限时、及格线和等级。' },
  { slug: 'publishing', title: '发布网站', summary: '把网站放到任何静态托管上：Nginx、对象存储加 CDN、GitHub Pages。' },
  { slug: 'updating', title: '日常更新内容', summary: '改内容、检查、测试、构建、发布，以及哪些改动会影响学员的学习记录。' },
];

export const guideHref = (slug: string): string => (slug === '' ? '/authoring/' : `/authoring/${slug}/`);

export const PLAYGROUND_HREF = '/authoring/playground/';

/** A piece of a description: text, or syntax to show as code (a Markdown link, a tag, braces). */
export interface DescriptionPart {
  text: string;
  code: boolean;
}

const SYNTAX = /\[[^\]\n]+\]\([^)\s]+\)|<[A-Za-z][^>]*>|\{[^}\n]*\}/g;

/** Splits a field description so that the syntax it quotes is shown as code, not read as prose. */
export function descriptionParts(text: string): DescriptionPart[] {
  const parts: DescriptionPart[] = [];
  let at = 0;
  for (const m of text.matchAll(SYNTAX)) {
    if (m.index > at) parts.push({ text: text.slice(at, m.index), code: false });
    parts.push({ text: m[0], code: true });
    at = m.index + m[0].length;
  }
  if (at < text.length) parts.push({ text: text.slice(at), code: false });
  return parts;
}

type Json = { [key: string]: unknown };

const isObject = (x: unknown): x is Json => typeof x === 'object' && x !== null && !Array.isArray(x);

/** The node at `path` in a JSON Schema: `persona`, `turns[]`, `turns[].criteria[]`; `[]` for the items of a list file. */
export function schemaAt(schema: Json, path: string): Json {
  let node: Json = schema;
  for (const part of path.split('.').filter(Boolean)) {
    const [key = '', ...arrays] = part.split('[]');
    // `[]` alone: the items of a file that is a list (content/typing.yaml).
    if (key !== '') {
      const properties = node.properties;
      if (!isObject(properties) || !isObject(properties[key])) throw new Error(`no field ${part} in the schema (${path})`);
      node = properties[key] as Json;
    }
    for (let i = 0; i < arrays.length; i++) {
      if (!isObject(node.items)) throw new Error(`${part} is not a list (${path})`);
      node = node.items;
    }
  }
  return node;
}

/** How a value is written, in words a trainer knows. */
export function describeType(node: Json): string {
  if (Array.isArray(node.enum)) return node.enum.map(String).join(' | ');
  if (node.const !== undefined) return String(node.const);
  if (Array.isArray(node.anyOf)) {
    const kinds = [...new Set((node.anyOf as Json[]).map(describeType))];
    return kinds.join(' 或 ');
  }
  if (Array.isArray(node.oneOf)) return '一组字段（按 kind 选）';
  switch (node.type) {
    case 'string':
      return node.format === 'date' ? '日期' : node.format === 'date-time' ? '日期' : '文字';
    case 'integer':
      return '整数';
    case 'number':
      return '数字';
    case 'boolean':
      return 'true | false';
    case 'array':
      return isObject(node.items) ? `列表：${describeType(node.items)}` : '列表';
    case 'object':
      return isObject(node.properties) ? '一组字段' : '键: 值';
    default:
      return '任意';
  }
}

export interface FieldRow {
  name: string;
  type: string;
  required: boolean;
  /** The default, as YAML would show it; null when there is none. */
  defaultValue: string | null;
  description: string;
}

const yamlValue = (value: unknown): string =>
  isObject(value) ? `{ ${Object.entries(value).map(([k, v]) => `${k}: ${yamlValue(v)}`).join(', ')} }` : Array.isArray(value) ? `[${value.map(yamlValue).join(', ')}]` : String(value);

/** The options of a `oneOf` (an item chosen by its `kind`); empty for any other node. */
const options = (node: Json): Json[] => (Array.isArray(node.oneOf) ? (node.oneOf as unknown[]).filter(isObject) : []);

/** The fields, besides `kind`, that every option of a `oneOf` has (an exam section's id, title…). */
function sharedFields(node: Json): Set<string> {
  const names = options(node).map((o) => new Set(isObject(o.properties) ? Object.keys(o.properties) : []));
  const [first, ...rest] = names;
  return new Set([...(first ?? [])].filter((name) => name !== 'kind' && rest.every((n) => n.has(name))));
}

/**
 * The fields of the object at `path`, in schema order. At a choice of kinds (a `oneOf`), the
 * fields every kind has; `kinds` lists what each adds.
 */
export function fieldRows(schema: Json, path = ''): FieldRow[] {
  const at = path ? schemaAt(schema, path) : schema;
  if (options(at).length > 0) {
    const shared = sharedFields(at);
    return fieldRows(options(at)[0] ?? {}).filter((row) => shared.has(row.name));
  }
  const node = at;
  const properties = isObject(node.properties) ? node.properties : {};
  const required = new Set(Array.isArray(node.required) ? node.required.map(String) : []);
  return Object.entries(properties).map(([name, value]) => {
    const field = value as Json;
    return {
      name,
      type: describeType(field),
      required: required.has(name),
      defaultValue: field.default === undefined ? null : yamlValue(field.default),
      description: typeof field.description === 'string' ? field.description : '',
    };
  });
}

export interface CheckKind {
  kind: string;
  description: string;
  /** The fields besides `kind`. */
  fields: FieldRow[];
}

/**
 * The kinds of the `oneOf` at `path` (a criterion's `check`, an exam's section), each with the
 * fields it adds to those all kinds share.
 */
export function checkKinds(schema: Json, path: string): CheckKind[] {
  const node = schemaAt(schema, path);
  if (options(node).length === 0) throw new Error(`${path} has no kinds`);
  const shared = sharedFields(node);
  return options(node).map((option) => {
    const kind = isObject(option.properties) && isObject(option.properties.kind) ? String(option.properties.kind.const) : '';
    const description = String(option.description ?? '').replace(/^[a-z]+：/, '');
    return { kind, description, fields: fieldRows(option).filter((f) => f.name !== 'kind' && !shared.has(f.name)) };
  });
}
