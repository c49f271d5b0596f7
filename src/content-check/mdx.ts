/**
 * MDX bodies: parsed with satteri, the MDX compiler @astrojs/mdx itself uses, so a body that
 * passes here compiles in `astro build`. On top of the syntax, the components are checked against
 * src/mdx/catalog.ts: unknown names, unknown or missing props, wrong values, and what goes inside.
 * Every problem names its line in the file.
 */
import { mdxToMdast } from 'satteri';
import { COMPONENT_NAMES, MDX_COMPONENTS, type ComponentSpec, type PropSpec } from '../mdx/catalog.ts';

/** A problem on a line of the file (1-based). */
export interface MdxProblem {
  line: number;
  message: string;
}

/** The parts of an mdast node this check reads. */
interface Node {
  type: string;
  name?: string | null;
  value?: unknown;
  ordered?: boolean;
  attributes?: Attribute[];
  children?: Node[];
  position?: { start: { line: number } };
}

interface Attribute {
  type: 'mdxJsxAttribute' | 'mdxJsxExpressionAttribute';
  name?: string;
  value?: string | { type: string; value: string } | null;
}

const list = (items: readonly string[]): string => items.join('、');

/** HTML elements that have no end tag in HTML but need `/>` in MDX. */
const VOID_ELEMENTS = new Set(['br', 'hr', 'img', 'input', 'meta', 'link', 'wbr', 'source', 'col', 'area']);

/** The compiler's English message, turned into what to change. */
function explainSyntax(reason: string): string {
  let m = /Expected a closing tag for `<([^>]*)>`/.exec(reason);
  if (m) {
    const name = (m[1] ?? '').split(/\s/)[0] ?? '';
    if (VOID_ELEMENTS.has(name.toLowerCase())) return `<${name}> 在 MDX 里要写成自闭合的 <${name} />`;
    if (/[^\x00-\x7f]/.test(name)) return `“<${name}>”被当成了标签：要显示尖括号本身，请写成 \\<${name}>，或改用书名号《》`;
    return `<${name}> 没有结束标签：在内容后面加上 </${name}>，或写成自闭合的 <${name} … />`;
  }
  m = /Unexpected closing tag `<\/([^>]*)>`, expected corresponding closing tag for `<([^>]*)>` \((\d+):\d+\)/.exec(reason);
  if (m) return `结束标签 </${m[1]}> 和第 ${m[3]} 行的开始标签 <${m[2]}> 对不上：检查标签名的拼写和嵌套顺序`;
  m = /Unexpected closing tag `<\/([^>]*)>`, expected an open tag first/.exec(reason);
  if (m) return `多了一个结束标签 </${m[1]}>：前面没有对应的 <${m[1]}>`;
  if (/to create a comment in MDX/.test(reason)) return 'MDX 不支持 <!-- --> 注释，请写成 {/* 注释 */}';
  if (/Unexpected character after `<`|before name|after name|expected a valid JSX tag/.test(reason)) {
    return '“<” 后面不是组件名：正文里要写小于号请写成 \\<；组件属性的值要加引号，例如 type="tip"';
  }
  if (/expected a corresponding closing brace for `\{`/.test(reason)) {
    return '花括号 { 没有配对的 }：正文里要写花括号本身，请写成 \\{ 和 \\}';
  }
  m = /Could not parse expression with \w+: (.*?) \(mdx/.exec(reason);
  if (m) return `花括号 {…} 里的写法有误（${m[1]}）：列表写成 {['甲', '乙']}，引号、逗号和括号要成对`;
  return `MDX 写法有误（${reason.replace(/\s*\(mdx[^)]*\)$/, '')}）`;
}

const lineOf = (node: Node): number => node.position?.start.line ?? 1;

function closest(name: string): string | undefined {
  return COMPONENT_NAMES.find((c) => c.toLowerCase() === name.toLowerCase());
}

function checkProp(component: string, name: string, spec: PropSpec, attribute: Attribute, line: number, out: MdxProblem[]): void {
  const value = attribute.value;
  const say = (message: string): void => {
    out.push({ line, message: `<${component}> 的 ${name}：${message}` });
  };
  if (value === null || value === undefined) {
    say('没有写值');
    return;
  }
  if (typeof value === 'string') {
    if (spec.kind === 'list') say(`要写成列表，例如 ${name}={['第一项', '第二项']}`);
    else if (spec.kind === 'expression') say(`要写成 ${name}={frontmatter.quiz}`);
    else if (spec.values && !spec.values.includes(value)) say(`只能是 ${list(spec.values)}，这里写的是“${value}”`);
    else if (value.trim() === '') say('不能为空');
    return;
  }
  if (spec.kind === 'text' && spec.values) say(`只能是 ${list(spec.values)}，请直接写 ${name}="${spec.values[0]}"`);
}

function checkElement(node: Node, imported: ReadonlySet<string>, out: MdxProblem[], checklistIds: Map<string, number>): void {
  const name = node.name;
  const line = lineOf(node);
  if (!name) return;
  const spec: ComponentSpec | undefined = (MDX_COMPONENTS as Record<string, ComponentSpec>)[name];
  if (!spec) {
    if (imported.has(name.split('.')[0] ?? name)) return;
    const suggestion = closest(name);
    if (/^[a-z]/.test(name) && !suggestion) return; // an HTML element
    out.push({
      line,
      message: suggestion
        ? `组件名区分大小写：<${name}> 应写成 <${suggestion}>`
        : `不认识的组件 <${name}>：可用的组件有 ${list(COMPONENT_NAMES)}`,
    });
    return;
  }
  const given = new Map<string, Attribute>();
  for (const attribute of node.attributes ?? []) {
    if (attribute.type !== 'mdxJsxAttribute' || !attribute.name) continue;
    given.set(attribute.name, attribute);
    const prop = spec.props[attribute.name];
    if (!prop) {
      const known = Object.keys(spec.props);
      out.push({
        line,
        message: `<${name}> 没有 ${attribute.name} 这个属性${known.length ? `（可用的有 ${list(known)}）` : '（它不接受任何属性）'}`,
      });
    } else checkProp(name, attribute.name, prop, attribute, line, out);
  }
  for (const [prop, propSpec] of Object.entries(spec.props)) {
    if (propSpec.required && !given.has(prop)) out.push({ line, message: `<${name}> 缺少属性 ${prop}（${propSpec.description}）` });
  }
  const children = (node.children ?? []).filter((c) => !(c.type === 'text' && String(c.value ?? '').trim() === ''));
  if (spec.children === 'none' && children.length > 0) {
    out.push({ line, message: `<${name}> 里面不能放内容：写成自闭合的 <${name} … />，内容放进属性里` });
  }
  if (spec.children === 'ordered-list' && (children.length !== 1 || children[0]?.type !== 'list' || !children[0].ordered)) {
    out.push({ line, message: `<${name}> 里只能放一个有序列表（1. 2. 3. …），列表的前后各空一行` });
  }
  if (name === 'Checklist') {
    const id = given.get('id')?.value;
    if (typeof id === 'string') {
      const first = checklistIds.get(id);
      if (first !== undefined) out.push({ line, message: `<Checklist> 的 id “${id}” 和第 ${first} 行的清单重复：同一页的清单 id 不能相同` });
      else checklistIds.set(id, line);
    }
  }
}

/** Names imported by `import … from …` lines, which the check then leaves alone. */
function importedNames(root: Node): Set<string> {
  const names = new Set<string>();
  for (const node of root.children ?? []) {
    if (node.type !== 'mdxjsEsm') continue;
    for (const m of String(node.value).matchAll(/import\s+(?:(\w+)|\{([^}]*)\}|\*\s+as\s+(\w+))/g)) {
      for (const part of [m[1], m[3], ...(m[2] ?? '').split(',')]) {
        const local = part?.split(/\s+as\s+/).pop()?.trim();
        if (local) names.add(local);
      }
    }
  }
  return names;
}

/** Expressions a lesson may use in its text: comments and the frontmatter. */
const ALLOWED_EXPRESSION = /^\s*(?:\/\*[\s\S]*\*\/\s*|frontmatter(?:\.[\w$]+|\[[^\]]+\])*\s*)$/;

/**
 * Checks an MDX file (frontmatter included, so lines are the file's lines). Returns one problem
 * per mistake; a syntax error stops the compiler, so at most one syntax problem is reported.
 */
export function checkMdx(text: string): MdxProblem[] {
  let root: Node;
  try {
    root = mdxToMdast(text, { features: { gfm: true, frontmatter: true } }) as unknown as Node;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const at = /^(\d+):(\d+):\s*/.exec(message);
    return [{ line: Number(at?.[1] ?? 1), message: explainSyntax(at ? message.slice(at[0].length) : message) }];
  }
  const out: MdxProblem[] = [];
  const imported = importedNames(root);
  const checklistIds = new Map<string, number>();
  const visit = (node: Node): void => {
    if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') checkElement(node, imported, out, checklistIds);
    if ((node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') && !ALLOWED_EXPRESSION.test(String(node.value))) {
      out.push({
        line: lineOf(node),
        message: `正文里的 {${String(node.value).slice(0, 20)}} 会被当成代码运行：要显示花括号本身，请写成 \\{ 和 \\}；写注释用 {/* … */}`,
      });
    }
    node.children?.forEach(visit);
  };
  visit(root);
  return out.sort((a, b) => a.line - b.line);
}
