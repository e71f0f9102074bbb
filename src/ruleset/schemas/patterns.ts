import { z } from 'zod';
import { defineRuleFile } from '../define.js';

/** `rules/patterns.yaml`: named sub-patterns shared by every rule regex (`{cnNumber}`). */
export const patterns = defineRuleFile({
  path: 'patterns.yaml',
  schema: z.record(z.string().regex(/^[A-Za-z][A-Za-z0-9_]*$/), z.string().min(1)),
  compile: (raw) => raw as Readonly<Record<string, string>>,
});
