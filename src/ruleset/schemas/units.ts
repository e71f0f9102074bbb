import { z } from 'zod';
import { defineRuleFile } from '../define.js';

/** `rules/units.yaml`: level prefixes, prefix restoration and unit kinds. */
export const units = defineRuleFile({
  path: 'units.yaml',
  schema: z.object({
    levelPrefixes: z.array(z.string().length(1)).min(1),
    notLevelPrefix: z.array(z.string().min(2)),
    levelAfterAll: z.array(z.string().min(2)).default([]),
    hasPlace: z.string().min(1),
    prefixable: z.string().min(1),
    internalOffice: z.string().min(1).default('(?!)'),
    officeHolder: z.string().min(1).default('(?!)'),
    namedLowerGovernment: z.string().min(1).default('(?!)'),
    kinds: z
      .array(z.object({ kind: z.enum(['party', 'government', 'lower-government', 'enterprise', 'other']), pattern: z.string() }))
      .min(1),
    trailingEtc: z.string().min(1),
    levelListItem: z.string().min(1).default('(?!)'),
    levelListEnd: z.string().min(1).default('(?!)'),
    companyName: z.string().min(1).default('(?!)'),
  }),
  compile: (raw, t) => {
    if (!/\(\?<body>/.test(raw.namedLowerGovernment) && raw.namedLowerGovernment !== '(?!)') {
      t.fail('namedLowerGovernment', 'pattern must capture the district or county in group `body`');
    }
    return {
      levelPrefixes: new Set(raw.levelPrefixes),
      notLevelPrefix: raw.notLevelPrefix,
      levelAfterAll: raw.levelAfterAll,
      hasPlaceRe: t.regex('hasPlace', raw.hasPlace),
      prefixableRe: t.regex('prefixable', raw.prefixable),
      internalOfficeRe: t.regex('internalOffice', raw.internalOffice),
      officeHolderRe: t.regex('officeHolder', raw.officeHolder),
      namedLowerGovernmentRe: t.regex('namedLowerGovernment', raw.namedLowerGovernment),
      kinds: raw.kinds.map((k, i) => ({ kind: k.kind, re: t.regex(`kinds.${i}`, k.pattern) })),
      trailingEtcRe: t.regex('trailingEtc', raw.trailingEtc),
      levelListItemRe: t.regex('levelListItem', raw.levelListItem),
      levelListEndRe: t.regex('levelListEnd', raw.levelListEnd),
      companyNameRe: t.regex('companyName', raw.companyName),
    };
  },
});
