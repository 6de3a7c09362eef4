// Writes docs/dossier.schema.json from the zod schema (packages/schema must be built).
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);
const { dossierJsonSchema } = require('../packages/schema/dist/index.js');
writeFileSync(
  new URL('../docs/dossier.schema.json', import.meta.url),
  JSON.stringify(dossierJsonSchema(), null, 2) + '\n',
);
console.log('docs/dossier.schema.json written');
