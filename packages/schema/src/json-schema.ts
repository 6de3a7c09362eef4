import { z } from 'zod';
import { DossierSchema } from './dossier';

/** The JSON Schema of the dossier format, generated from the zod schema that validates imports. */
export function dossierJsonSchema(): Record<string, unknown> {
  return {
    $id: 'https://concordia.example/schemas/concordia-dossier-1.json',
    title: 'Concordia dossier (concordia-dossier/1)',
    ...z.toJSONSchema(DossierSchema, { io: 'input', unrepresentable: 'any' }),
  };
}
