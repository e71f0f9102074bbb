import { z } from 'zod';
import { defineRuleFile, type CompileTools } from '../define.js';
import { compilePattern, type Named } from '../expand.js';
import { RecurrenceSchema, type Recurrence } from '../../schema/output.js';

/** The surface forms of `rules/deadlines.yaml`; each one is read by `src/extract/deadlines/matchers/<id>.ts`. */
export const DEADLINE_FORMS = [
  'reach-year',
  'year-list',
  'year-before',
  'part-of-year',
  'month-end',
  'month-day',
  'keyed-date',
  'keyed-dotted',
  'month-label',
  'from-issue',
  'quarter-code',
  'quarter-code-range',
  'dotted-before',
  'field-date',
  'field-dotted',
  'field-range',
  'field-step',
  'outlook-year',
  'goal-year',
  'year-action',
  'every',
  'cadence',
  'cadence-once',
  'annual',
  'named-period',
  'year-range',
  'month-range',
  'dotted-range',
  'event-day',
  'festival',
] as const;
export type DeadlineForm = (typeof DEADLINE_FORMS)[number];

const words = z.array(z.string().min(1)).min(1);
const monthDay = z.string().regex(/^(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$/, 'expected MM-DD');
const recurrenceMap = z.record(z.string().min(1), RecurrenceSchema);
const patternEntry = z.object({ id: z.string().min(1), pattern: z.string().min(1) });

const schema = z.object({
  by: words,
  before: words,
  outlook: words,
  current: words,
  relativeYears: z.record(z.string().min(1), z.number().int()).default({}),
  yearActions: z.array(z.string().min(1)).default([]),
  levelVerbs: z.array(z.string().min(1)).default([]),
  eventWords: z.array(z.string().min(1)).default([]),
  dueKeys: z.array(z.string().min(1)).default([]),
  notAfterYearless: words,
  partsNeedYear: words,
  partsNeedBefore: words,
  prosePunct: z.string().min(1),
  scheduledBefore: z.string().min(1).default('(?!)'),
  scheduledOn: z.string().min(1).default('(?!)'),
  eventDate: z
    .object({ after: z.string().min(1), before: z.string().min(1), actions: z.array(z.string().min(1)).default([]) })
    .default({ after: '。；;', before: '，,', actions: [] }),
  numerals: z.record(z.string().length(1), z.number().int().min(0).max(10)),
  partsOfYear: z.record(z.string().min(1), monthDay),
  codes: z.record(z.string().min(1), z.string().min(1)).default({}),
  monthParts: z.record(z.string().min(1), z.union([z.literal('last'), z.string().regex(/^(0[1-9]|[12][0-9]|3[01])$/)])),
  every: recurrenceMap,
  everyTail: words,
  cadence: z.object({ periods: recurrenceMap, actions: words, before: z.string().min(1), leads: z.array(z.string().min(1)).default([]) }),
  annual: z.object({ words: recurrenceMap, notAfter: z.string().min(1), objects: words }),
  namedPeriods: z.record(z.string().min(1), z.object({ start: z.number().int(), end: z.number().int() })),
  festivals: z.record(z.string().min(1), z.union([monthDay, z.record(z.string().regex(/^[0-9]{4}$/, 'expected a year'), monthDay)])).default({}),
  periodWords: z.record(z.string().min(1), z.enum(['period', 'by'])),
  rangeDash: words,
  vague: words,
  starts: z.object({ before: words, after: z.string().min(1), qualifies: z.string().min(1).default('(?!)') }),
  forms: z.record(z.string(), z.string().min(1)),
  references: z.array(patternEntry),
});

export interface DeadlineRules {
  /** One global regex per surface form (clone before use: `lastIndex` is state). */
  forms: Readonly<Record<DeadlineForm, RegExp>>;
  partsOfYear: Readonly<Record<string, string>>;
  codes: Readonly<Record<string, string>>;
  monthParts: Readonly<Record<string, 'last' | string>>;
  notAfterYearless: readonly string[];
  partsNeedYear: ReadonlySet<string>;
  partsNeedBefore: ReadonlySet<string>;
  /** An action verb (`yearActions`) at the start of the text, after spaces: `三季度完成…` needs no 前. */
  actionAhead: RegExp;
  /** …or, for a part opening its sentence, anywhere in its clause: `三季度采取市、区联动方式开展检查`. */
  actionInClause: RegExp;
  /** A level verb (`levelVerbs`) at the start of the text: a part's end run into it (`三季度末达到90%以上`) is due then. */
  levelAhead: RegExp;
  prosePunct: ReadonlySet<string>;
  /** Words that schedule the month right after them (`拟于4月提请…`), anchored at the end of the text before it. */
  scheduledBefore: RegExp;
  scheduledOn: RegExp;
  /**
   * A day opening its sentence after one of `after` (or a line start) and followed by one of `before`,
   * or by one of the event's verbs (`actions`, sticky).
   */
  eventDate: { after: ReadonlySet<string>; before: ReadonlySet<string>; actions: RegExp };
  numerals: Readonly<Record<string, number>>;
  /** The words that close a date it is due before (`前`, `以前`, `之前`). */
  beforeWords: readonly string[];
  current: readonly string[];
  /** Years named relative to the reference year (`明年` → 1); the `current` words are 0. */
  relativeYears: Readonly<Record<string, number>>;
  every: Readonly<Record<string, Recurrence>>;
  cadence: Readonly<Record<string, Recurrence>>;
  annual: Readonly<Record<string, Recurrence>>;
  namedPeriods: Readonly<Record<string, { start: number; end: number }>>;
  /** A festival's day: the same every year (`MM-DD`), or by year (a lunar one: `春节` → 2027 → 02-06). */
  festivals: Readonly<Record<string, string | Readonly<Record<string, string>>>>;
  periodWords: Readonly<Record<string, 'period' | 'by'>>;
  vague: RegExp;
  /** Words before a date that make it a start (`自`, `从`), and a sticky pattern right after it (`起`, `开始`). */
  startBefore: readonly string[];
  startAfter: RegExp;
  /** After a `by` date: it picks out what is meant (`2000年底前建成的`), sticky. */
  qualifiesAfter: RegExp;
  references: readonly { id: string; re: RegExp }[];
}

/** `rules/deadlines.yaml`: deadline words, recurrence names, vague words, named periods, surface forms. */
export const deadlines = defineRuleFile({
  path: 'deadlines.yaml',
  schema,
  compile: (raw, t): DeadlineRules => {
    for (const p of [...raw.partsNeedYear, ...raw.partsNeedBefore]) {
      if (!(p in raw.partsOfYear)) t.fail(`partsNeedYear/partsNeedBefore.${p}`, 'not a key of partsOfYear');
    for (const [code, p] of Object.entries(raw.codes)) if (!(p in raw.partsOfYear)) t.fail(`codes.${code}`, 'not a key of partsOfYear');
    }
    for (const [name, p] of Object.entries(raw.namedPeriods)) {
      if (p.end < p.start) t.fail(`namedPeriods.${name}`, 'end before start');
    }
    const local: Record<string, string> = {
      by: alternation(raw.by),
      before: alternation(raw.before),
      outlook: alternation(raw.outlook),
      current: alternation([...raw.current, ...Object.keys(raw.relativeYears)]),
      yearAction: raw.yearActions.length ? alternation(raw.yearActions) : '(?!)',
      eventWord: raw.eventWords.length ? alternation(raw.eventWords) : '(?!)',
      dueKey: raw.dueKeys.length ? alternation(raw.dueKeys) : '(?!)',
      part: alternation(Object.keys(raw.partsOfYear)),
      monthPart: alternation(Object.keys(raw.monthParts)),
      every: alternation(Object.keys(raw.every)),
      everyTail: alternation(raw.everyTail),
      cadencePeriod: alternation(Object.keys(raw.cadence.periods)),
      cadenceAction: alternation(raw.cadence.actions),
      cadenceLead: raw.cadence.leads.length ? alternation(raw.cadence.leads) : '(?!)',
      cadenceBefore: charClass(raw.cadence.before),
      annualWord: alternation(Object.keys(raw.annual.words)),
      annualObject: alternation(raw.annual.objects),
      annualNotAfter: charClass(raw.annual.notAfter),
      periodName: alternation(Object.keys(raw.namedPeriods)),
      festival: Object.keys(raw.festivals).length ? alternation(Object.keys(raw.festivals)) : '(?!)',
      periodWord: alternation(Object.keys(raw.periodWords)),
      rangeDash: alternation(raw.rangeDash),
    };
    const named: Named = { ...t.named, ...local };
    const forms = {} as Record<DeadlineForm, RegExp>;
    for (const id of DEADLINE_FORMS) {
      const source = raw.forms[id];
      if (source === undefined) {
        t.fail(`forms.${id}`, 'missing (every matcher needs its form)');
        forms[id] = /(?!)/gu;
      } else forms[id] = regexWith(t, named, `forms.${id}`, source, 'gu');
    }
    for (const id of Object.keys(raw.forms)) {
      if (!(DEADLINE_FORMS as readonly string[]).includes(id)) t.fail(`forms.${id}`, 'no matcher reads this form');
    }
    return {
      forms,
      partsOfYear: raw.partsOfYear,
      codes: raw.codes,
      monthParts: raw.monthParts,
      notAfterYearless: [...raw.notAfterYearless].sort((a, b) => b.length - a.length),
      partsNeedYear: new Set(raw.partsNeedYear),
      partsNeedBefore: new Set(raw.partsNeedBefore),
      actionAhead: regexWith(t, named, 'yearActions', '^{sp}(?:累计|全部|全面|基本|新)?(?:{yearAction})', 'u'),
      actionInClause: regexWith(t, named, 'yearActions', '^[^，,。；;：:\\n]{0,20}?(?:{yearAction})', 'u'),
      levelAhead: regexWith(t, named, 'levelVerbs', raw.levelVerbs.length ? `^{sp}(?:${alternation(raw.levelVerbs)})` : '(?!)', 'u'),
      prosePunct: new Set([...raw.prosePunct]),
      scheduledBefore: regexWith(t, named, 'scheduledBefore', `(?:${raw.scheduledBefore})$`, 'u'),
      scheduledOn: regexWith(t, named, 'scheduledOn', `(?:${raw.scheduledOn})$`, 'u'),
      eventDate: {
        after: new Set([...raw.eventDate.after]),
        before: new Set([...raw.eventDate.before]),
        actions: regexWith(t, named, 'eventDate.actions', raw.eventDate.actions.length ? alternation(raw.eventDate.actions) : '(?!)', 'uy'),
      },
      numerals: raw.numerals,
      beforeWords: raw.before,
      current: raw.current,
      relativeYears: raw.relativeYears,
      every: raw.every,
      cadence: raw.cadence.periods,
      annual: raw.annual.words,
      namedPeriods: raw.namedPeriods,
      festivals: raw.festivals,
      periodWords: raw.periodWords,
      vague: regexWith(t, named, 'vague', alternation(raw.vague), 'gu'),
      startBefore: [...raw.starts.before].sort((a, b) => b.length - a.length),
      startAfter: regexWith(t, named, 'starts.after', `(?:${raw.starts.after})`, 'uy'),
      qualifiesAfter: regexWith(t, named, 'starts.qualifies', `(?:${raw.starts.qualifies})`, 'uy'),
      references: raw.references.map((r, i) => ({
        id: r.id,
        re: regexWith(t, named, `references.${i}(${r.id})`, r.pattern, 'gu'),
      })),
    };
  },
});

/** Literal words as one alternation, longest first (so `年度` is tried before `年`). */
export function alternation(list: readonly string[]): string {
  return [...new Set(list)]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegex)
    .join('|');
}

/** A class body from YAML (`0-9０-９上下`: ranges allowed); `]` and `\\` are escaped, and a leading `^`. */
function charClass(body: string): string {
  return `[${body.replace(/[\]\\]/g, '\\$&').replace(/^\^/, '\\^')}]`;
}

function escapeRegex(s: string): string {
  // Syntax characters only: in unicode mode `\-` outside a class is an error.
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/** Like `tools.regex`, with this file's word lists available as named sub-patterns. */
function regexWith(t: CompileTools, named: Named, entry: string, source: string, flags: string): RegExp {
  const r = compilePattern(source, named, flags);
  if (r.ok) return r.re;
  t.fail(entry, r.reason);
  return /(?!)/gu;
}
