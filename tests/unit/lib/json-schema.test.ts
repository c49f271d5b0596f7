import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { JSON_SCHEMAS, renderJsonSchema, toJsonSchema, type JsonSchemaName } from '../../../src/lib/json-schema.ts';

const NAMES = Object.keys(JSON_SCHEMAS) as JsonSchemaName[];

type Json = { [key: string]: unknown };

/** Every object property of a JSON Schema, with its path. */
function properties(node: unknown, path = ''): Array<{ path: string; schema: Json }> {
  if (!node || typeof node !== 'object') return [];
  if (Array.isArray(node)) return node.flatMap((n, i) => properties(n, `${path}[${i}]`));
  const out: Array<{ path: string; schema: Json }> = [];
  for (const [key, value] of Object.entries(node as Json)) {
    if (key === 'properties' && value && typeof value === 'object') {
      for (const [name, schema] of Object.entries(value as Json)) {
        out.push({ path: `${path}.${name}`, schema: schema as Json }, ...properties(schema, `${path}.${name}`));
      }
    } else out.push(...properties(value, path));
  }
  return out;
}

describe('schemas/*.schema.json', () => {
  test.each(NAMES)('schemas/%s.schema.json is up to date (run npm run schemas after changing src/schemas/)', (name) => {
    expect(readFileSync(`schemas/${name}.schema.json`, 'utf8')).toBe(renderJsonSchema(name));
  });

  test.each(NAMES)('every field of %s has a description for the editor’s hover text', (name) => {
    const missing = properties(toJsonSchema(JSON_SCHEMAS[name].schema))
      .filter((p) => typeof p.schema.description !== 'string' || p.schema.description === '')
      .map((p) => p.path);
    expect(missing).toEqual([]);
  });

  test('fields sharing one schema keep their own descriptions', () => {
    const lesson = toJsonSchema(JSON_SCHEMAS.lesson.schema) as { properties: Record<string, Json> };
    expect(lesson.properties.title?.description).toMatch(/^课程标题/);
    expect(lesson.properties.summary?.description).toMatch(/^一两句话的摘要/);
  });

  test('a date is accepted as the string an editor sees', () => {
    const lesson = toJsonSchema(JSON_SCHEMAS.lesson.schema) as { properties: { updated: { anyOf: Json[] } } };
    expect(lesson.properties.updated.anyOf).toContainEqual(expect.objectContaining({ type: 'string', format: 'date' }));
  });

  test('each check kind explains itself', () => {
    const scenario = toJsonSchema(JSON_SCHEMAS.scenario.schema) as Json;
    const check = properties(scenario).find((p) => p.path === '.turns.criteria.check')?.schema as { oneOf: Json[] };
    expect(check.oneOf.map((o) => String(o.description).split('：')[0])).toEqual([
      'any',
      'all',
      'forbidden',
      'regex',
      'fact',
      'question',
      'order',
      'length',
    ]);
  });
});
