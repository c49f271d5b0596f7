/**
 * `npm run schemas`: regenerates schemas/*.schema.json from the zod schemas. Run it after changing
 * a schema in src/schemas/ and commit the result (a unit test fails while they differ).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSON_SCHEMAS, JSON_SCHEMA_DIR, renderJsonSchema, type JsonSchemaName } from '../lib/json-schema.ts';

mkdirSync(JSON_SCHEMA_DIR, { recursive: true });
for (const name of Object.keys(JSON_SCHEMAS) as JsonSchemaName[]) {
  const path = join(JSON_SCHEMA_DIR, `${name}.schema.json`);
  writeFileSync(path, renderJsonSchema(name));
  console.log(`已生成 ${path}`);
}
