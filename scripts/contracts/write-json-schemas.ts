// Writes libs/contracts/json-schema/<type>.json for every HR event contract and removes files of
// types that no longer exist, so the committed schemas always equal what the contracts generate
// (libs/contracts/src/json-schema.spec.ts fails otherwise).
// Run: node -r ts-node/register/transpile-only -r tsconfig-paths/register scripts/contracts/write-json-schemas.ts
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { JSON_SCHEMA_DIR, hrEventJsonSchemas, jsonSchemaFileText } from '@concord/contracts';

const dir = resolve(__dirname, '../..', JSON_SCHEMA_DIR);
mkdirSync(dir, { recursive: true });
const schemas = hrEventJsonSchemas();
const wanted = new Set(Object.keys(schemas).map((type) => `${type}.json`));
for (const file of readdirSync(dir)) if (file.endsWith('.json') && !wanted.has(file)) rmSync(join(dir, file));
for (const [type, schema] of Object.entries(schemas)) writeFileSync(join(dir, `${type}.json`), jsonSchemaFileText(schema));
console.log(`wrote ${wanted.size} JSON Schemas to ${JSON_SCHEMA_DIR}`);
