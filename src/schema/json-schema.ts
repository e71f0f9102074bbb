import { z } from 'zod';
import { DocumentSchema } from './output.js';

/** The JSON Schema of one output document, generated from the zod contract. */
export function outputJsonSchema(): unknown {
  return z.toJSONSchema(DocumentSchema, { target: 'draft-2020-12', unrepresentable: 'any' });
}
