import { z } from 'astro/zod';

/** How a trainer would name a YAML value's type. */
const TYPE_NAMES: Record<string, string> = {
  string: '文字',
  number: '数字',
  int: '整数',
  boolean: '是否（true 或 false）',
  array: '列表（- 开头的多行，或 [甲, 乙]）',
  object: '一组“字段: 值”',
  date: '日期（例如 2026-11-23）',
  null: '空值',
  undefined: '空',
  nan: '非数字',
};

function received(input: unknown): string {
  if (input === null) return 'null';
  if (Array.isArray(input)) return 'array';
  if (input instanceof Date) return 'date';
  return typeof input;
}

const name = (type: string): string => TYPE_NAMES[type] ?? type;

function sizeUnit(origin: string | undefined): string {
  if (origin === 'string') return '个字';
  if (origin === 'array' || origin === 'set') return '项';
  return '';
}

/**
 * Chinese messages for the issues trainers meet most (missing field, wrong type, too short or
 * long, unknown key); the others fall back to zod's zh-CN locale.
 */
export const trainerErrorMap: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return '缺少这个字段';
      return `应为${name(issue.expected)}，这里写的是${name(received(issue.input))}`;
    case 'too_small':
      if (issue.origin === 'string' && issue.minimum === 1) return '不能为空';
      if (issue.origin === 'number' || issue.origin === 'int')
        return `不能小于 ${issue.minimum}${issue.inclusive ? '' : '（也不能等于）'}`;
      return `至少 ${issue.minimum} ${sizeUnit(issue.origin)}`;
    case 'too_big':
      if (issue.origin === 'number' || issue.origin === 'int')
        return `不能大于 ${issue.maximum}${issue.inclusive ? '' : '（也不能等于）'}`;
      return `最多 ${issue.maximum} ${sizeUnit(issue.origin)}`;
    case 'unrecognized_keys':
      return `不认识的字段：${issue.keys.join('、')}（拼写错误，或放错了层级）`;
    case 'invalid_value':
      return issue.values.length === 1
        ? `只能是 ${JSON.stringify(issue.values[0])}`
        : `只能是以下之一：${issue.values.map((v) => JSON.stringify(v)).join('、')}`;
    default:
      return undefined;
  }
};

// Installed once, by the module every content schema imports (common.ts).
z.config(z.locales.zhCN());
z.config({ customError: trainerErrorMap });
