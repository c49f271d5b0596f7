import { parse } from 'yaml';

export interface ParsedFile {
  data: unknown;
  body: string;
}

/** Splits an MDX file into its YAML frontmatter and body; throws with a Chinese message. */
export function parseMdx(text: string): ParsedFile {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(text);
  if (!match) throw new Error('文件开头缺少用 --- 包起来的 frontmatter');
  return { data: parseYaml(match[1] ?? ''), body: text.slice(match[0].length) };
}

export function parseYaml(text: string): unknown {
  try {
    return parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new Error(`YAML 格式错误：${reason}`);
  }
}
