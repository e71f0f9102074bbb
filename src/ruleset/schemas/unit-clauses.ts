import { z } from 'zod';
import { defineRuleFile } from '../define.js';

const role = z.enum(['lead', 'co', 'responsible']);

/** `rules/unit-clauses.yaml`: the words of responsible-unit clauses. */
export const unitClauses = defineRuleFile({
  path: 'unit-clauses.yaml',
  schema: z.object({
    colonKeys: z.record(z.string().min(1), role),
    leadWords: z.array(z.string().min(1)).min(1),
    coWords: z.array(z.string().min(1)).min(1),
    together: z.string().min(1),
    dutyEnding: z.string().min(1),
    dutyEndingWeak: z.string().min(1).default('(?!)'),
    placeholders: z.string().min(1),
    firstIsLeadConvention: z.string().min(1),
    institution: z.string().min(1).default('(?!)'),
    notUnitText: z.string().min(1),
    roleNote: z.string().min(1),
    opener: z.string().min(1),
    otherFieldKeys: z.array(z.string().min(1)).default([]),
    numberMap: z.object({ line: z.string().min(1), part: z.string().min(1), roles: z.record(z.string().min(1), role) }).default({ line: '(?!)', part: '(?!)', roles: {} }),
    trailingNote: z.string().min(1).default('(?!)'),
    modals: z.array(z.string().min(1)).default([]),
    headingList: z.string().min(1).default('(?!)'),
    officeKeys: z.array(z.string().min(1)).default([]),
    colonLost: z.string().min(1).default('(?!)'),
    leadMark: z.string().min(1).default('(?!)'),
    itemReference: z.string().min(1).default('(?!)'),
    itemPart: z.string().min(1).default('(?!)'),
  }),
  compile: (raw, t) => {
    const keys = Object.keys(raw.colonKeys).sort((a, b) => b.length - a.length);
    const alt = (words: string[]) => [...words].sort((a, b) => b.length - a.length).map(esc).join('|');
    const orNever = (words: string[]) => (words.length ? alt(words) : '(?!)');
    const modals = orNever(raw.modals);
    for (const k of raw.officeKeys) if (!(k in raw.colonKeys)) t.fail(`officeKeys.${k}`, 'not a key of colonKeys');
    return {
      officeKeys: new Set(raw.officeKeys),
      colonKeys: raw.colonKeys,
      // (a key may stand in a tag instead of before a colon: `【牵头单位】A【配合单位】B`; or run into its list where a PDF lost
      // the colon at a line's end, `colonLost`)
      colonKeyRe: t.regex('colonKeys', `【?(?<key>${keys.map(esc).join('|')})(?:[：:]|(?<=【\\S+)】|${raw.colonLost})`, 'gu'),
      /** A key opening a paragraph or following a sentence end: a clause without brackets. */
      keyStartRe: t.regex('colonKeys', `(?:^|[。；;])\\s*【?(?<key>${keys.map(esc).join('|')})(?:[：:]|(?<=【\\S+)】|${raw.colonLost})`, 'gu'),
      keyAtRe: t.regex('colonKeys', `^【?(?:${keys.map(esc).join('|')})(?:[：:]|(?<=【\\S+)】|${raw.colonLost})`, 'u'),
      leadRe: t.regex('leadWords', `(?:${alt(raw.leadWords)})`),
      coRe: t.regex('coWords', `(?:${alt(raw.coWords)})`),
      togetherRe: t.regex('together', raw.together),
      leadWords: raw.leadWords,
      coWords: raw.coWords,
      dutyEndingRe: t.regex('dutyEnding', raw.dutyEnding),
      dutyEndingWeakRe: t.regex('dutyEndingWeak', raw.dutyEndingWeak),
      placeholdersRe: t.regex('placeholders', raw.placeholders),
      firstIsLeadConventionRe: t.regex('firstIsLeadConvention', raw.firstIsLeadConvention),
      institutionRe: t.regex('institution', raw.institution),
      notUnitTextRe: t.regex('notUnitText', raw.notUnitText),
      roleNoteRe: t.regex('roleNote', raw.roleNote, 'u'),
      leadMarkRe: t.regex('leadMark', raw.leadMark, 'u'),
      itemReferenceRe: t.regex('itemReference', raw.itemReference, 'u'),
      itemPartRe: t.regex('itemPart', raw.itemPart, 'gu'),
      openerRe: t.regex('opener', raw.opener, 'u'),
      trailingNoteRe: t.regex('trailingNote', raw.trailingNote, 'u'),
      modalEndRe: t.regex('modals', `(?:${modals})$`, 'u'),
      headingListRe: t.regex('headingList', raw.headingList, 'u'),
      otherFieldKeys: new Set(raw.otherFieldKeys),
      numberMap: { lineRe: t.regex('numberMap.line', raw.numberMap.line, 'u'), partRe: t.regex('numberMap.part', raw.numberMap.part, 'gu'), roles: raw.numberMap.roles },
      /** Where a clause's other fields begin (`；完成时限：…`): the units end before it. */
      otherFieldRe: t.regex(
        'otherFieldKeys',
        raw.otherFieldKeys.length ? `[；;，,。\\s]\\s*(?:${alt(raw.otherFieldKeys)})\\s*[：:]` : '(?!)',
        'u',
      ),
    };
  },
});

function esc(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
