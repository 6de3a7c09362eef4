import * as fs from 'node:fs';
import * as path from 'node:path';
import { dossierJsonSchema } from './json-schema';

const DOC = path.resolve(__dirname, '../../../docs/dossier.schema.json');

describe('the published JSON Schema of dossiers', () => {
  it('is the one generated from the zod schema (run `pnpm gen:schema` after changing it)', () => {
    const committed: unknown = JSON.parse(fs.readFileSync(DOC, 'utf8'));
    expect(committed).toEqual(JSON.parse(JSON.stringify(dossierJsonSchema())));
  });

  it('describes the required top-level fields', () => {
    const schema = dossierJsonSchema() as { required: string[]; properties: Record<string, unknown> };
    expect(schema.required).toEqual(
      expect.arrayContaining(['format', 'session', 'committee', 'agendaItems', 'meetings', 'drafts']),
    );
    expect(Object.keys(schema.properties)).toContain('delegations');
  });
});
