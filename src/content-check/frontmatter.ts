import { YAMLParseError, parse } from 'yaml';

export interface ParsedFile {
  data: unknown;
  body: string;
}

/** Splits an MDX file into its YAML frontmatter and body; throws with a Chinese message. */
export function parseMdx(text: string): ParsedFile {
  const source = text.replace(/^\uFEFF/, '');
  const match = /^---[ \t]*\r?\n([\s\S]*?)\r?\n?^---[ \t]*(?:\r?\n|$)/m.exec(source);
  if (!match || match.index !== 0) {
    if (/^\s+---/.test(source)) throw new Error('文件开头的 --- 前面不能有空行或空格');
    if (/^---[ \t]*\r?\n/.test(source)) throw new Error('frontmatter 没有结束：在最后一个字段下面加一行 ---');
    throw new Error('文件开头缺少 frontmatter：第一行写 ---，接着写 title 等字段，再写一行 --- 结束');
  }
  const yaml = match[1] ?? '';
  return { data: parseYaml(yaml, 2), body: source.slice(match[0].length) };
}

/** Why YAML refused a file, in words a trainer can act on. */
function explainYaml(error: YAMLParseError, lineText: string): string {
  switch (error.code) {
    case 'TAB_AS_INDENT':
      return '不能用 Tab 键缩进，请改用空格';
    case 'DUPLICATE_KEY': {
      const key = /^\s*(?:-\s+)?([^:#]+?)\s*:/.exec(lineText)?.[1];
      return `字段${key ? ` ${key} ` : ''}写了两次，请删掉一个`;
    }
    case 'MISSING_CHAR':
      return /quote/i.test(error.message)
        ? '引号没有配对：开头有引号的值，结尾也要有同样的引号'
        : '括号没有配对：[ 要有对应的 ]，{ 要有对应的 }';
    case 'BAD_INDENT':
      if (/flow sequence/i.test(error.message)) return '方括号列表 [ … ] 没有结束：缺少 ]';
      if (/flow mapping/i.test(error.message)) return '花括号 { … } 没有结束：缺少 }';
      return '缩进没有对齐：同一层的字段（或列表项 -）要从同一列开始';
    case 'MULTILINE_IMPLICIT_KEY':
    case 'BLOCK_AS_IMPLICIT_KEY':
    case 'UNEXPECTED_TOKEN':
      if (/^\s*[^\s:：#]+：/.test(lineText)) return '字段名后面要用英文冒号加空格（title: …），这一行用了中文冒号“：”';
      if (/:\s.*:\s/.test(lineText)) return '值里有“冒号加空格”，YAML 把它当成了新字段：请给整个值加上引号，例如 title: "注意: 这里"';
      return '这一行不是“字段: 值”的写法：检查英文冒号后面的空格和缩进';
    default:
      return `无法读取（${error.message.split('\n')[0] ?? ''}）`;
  }
}

/**
 * Parses YAML; throws an Error whose message names the line (counted from `firstLine`, the file
 * line the YAML starts on) and what to change.
 */
export function parseYaml(text: string, firstLine = 1): unknown {
  try {
    return parse(text);
  } catch (error) {
    if (!(error instanceof YAMLParseError)) throw new Error(`YAML 格式错误：${error instanceof Error ? error.message : String(error)}`);
    const line = error.linePos?.[0]?.line;
    const lineText = line === undefined ? '' : (text.split(/\r?\n/)[line - 1] ?? '');
    const where = line === undefined ? '' : `（第 ${line + firstLine - 1} 行）`;
    throw new Error(`YAML 格式错误${where}：${explainYaml(error, lineText)}`);
  }
}
