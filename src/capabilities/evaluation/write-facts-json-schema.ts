import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { enterpriseFactsSchema } from './facts.contracts.ts';

export const factsJsonSchemaPath = fileURLToPath(new URL('../../../schemas/enterprise-facts.schema.json', import.meta.url));

/** The facts format as JSON Schema, generated from the zod contract so that the two cannot disagree. */
export function factsJsonSchemaText(): string {
  const generated = z.toJSONSchema(enterpriseFactsSchema, { target: 'draft-2020-12', io: 'input' });
  const schema = { $schema: generated.$schema, $id: 'urn:kejintong:enterprise-facts:1', title: generated.title, ...generated };
  return `${JSON.stringify(schema, null, 2)}\n`;
}

// `node --import tsx src/capabilities/evaluation/write-facts-json-schema.ts` rewrites the file.
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  fs.writeFileSync(factsJsonSchemaPath, factsJsonSchemaText());
  console.log(`wrote ${factsJsonSchemaPath}`);
}
