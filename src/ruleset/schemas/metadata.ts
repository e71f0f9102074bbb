import { z } from 'zod';
import { defineRuleFile, type CompileTools } from '../define.js';
import { compilePattern, type Named } from '../expand.js';
import { alternation } from './deadlines.js';

const words = z.array(z.string().min(1)).min(1);

const schema = z.object({
  head: z.object({
    maxLines: z.number().int().positive(),
    tailLines: z.number().int().positive(),
    outlineStart: z.string().min(1),
  }),
  prosePunct: z.string().min(1),
  sentenceEnd: z.string().min(1),
  redHeader: z.string().min(1),
  docNumber: z.string().min(1),
  issueNumber: z.string().min(1).default('(?!)'),
  docNumberBrackets: z.object({ open: z.string().length(1), close: z.string().length(1) }),
  notice: z.object({
    title: z.string().min(1),
    addressee: z.string().min(1),
    bodyCues: words,
    attachment: z.string().min(1),
    attachmentItem: z.string().min(1),
  }),
  dateLine: z.string().min(1),
  webDate: z.object({ labels: words, pattern: z.string().min(1) }),
  title: z.object({
    maxLines: z.number().int().positive(),
    maxLength: z.number().int().positive(),
    tails: z.string().min(1),
    notTitle: z.string().min(1),
  }),
  draft: z.object({ markers: words, bracketed: z.string().min(1) }),
  selfReference: z.string().min(1),
  issuers: z.object({
    orgSuffix: z.string().min(1),
    nameStart: z.string().min(1),
    continuations: words,
    maxLength: z.number().int().positive(),
    maxSignatureLines: z.number().int().min(3).default(3),
    abridged: z.string().min(1).default('(?!)'),
    office: z.string().min(1).default('(?!)'),
    dualName: z.object({ own: words, other: words }).default({ own: [], other: [] }),
  }),
  region: z.object({
    prefix: z.string().min(1),
    town: z.string().min(1).default('(?!)'),
    zone: z.string().min(1).default('(?!)'),
    superior: z.string().min(1).default('(?!)'),
    national: z.string().min(1).default('(?!)'),
    nationalName: z.string().min(1).default('全国'),
    verticalOpening: z.string().min(1).default('(?!)'),
    aided: z.string().min(1).default('(?!)'),
    verticalPlaces: z.record(z.string().min(2), z.string().min(2)).default({}),
    autonomous: z.string().min(1).default('(?!)'),
    provinceLevels: words,
    looseLevels: z.array(z.string().min(1)).default([]),
    cityLevels: z.array(z.string().min(1)).default([]),
    countyLevels: z.array(z.string().min(1)).default([]),
    notCounty: z.array(z.string().min(1)).default([]),
    inText: z.string().min(1),
    notStems: z.array(z.string()),
    minStemCount: z.number().int().positive(),
    minNameCount: z.number().int().positive(),
  }),
  period: z.object({ range: z.string().min(1), single: z.string().min(1), horizon: z.string().min(1).optional(), timeFrame: z.string().min(1).optional(), issueYearTypes: z.array(z.string().min(1)).default([]) }),
});

export interface MetadataRules {
  head: { maxLines: number; tailLines: number; outlineStart: RegExp };
  prosePunct: ReadonlySet<string>;
  sentenceEnd: ReadonlySet<string>;
  redHeader: RegExp;
  docNumber: RegExp;
  issueNumber: RegExp;
  docNumberBrackets: { open: string; close: string };
  notice: { title: RegExp; addressee: RegExp; bodyCues: readonly string[]; attachment: RegExp; attachmentItem: RegExp };
  dateLine: RegExp;
  /** One regex per label, in order of preference. */
  webDates: readonly RegExp[];
  title: {
    maxLines: number;
    maxLength: number;
    /** `^(?<head>…)(?<type>{docTypeWord})(?<tails>(（…）)*)$` over a whitespace-free candidate title. */
    shape: RegExp;
    notTitle: RegExp;
  };
  draft: { markers: readonly string[]; bracketed: RegExp };
  selfReference: RegExp;
  issuers: {
    /** Splits a run of names where one ends (a suffix) and the next starts (中共, a region). */
    boundary: RegExp;
    /** A whole name ends in an org suffix. */
    isName: RegExp;
    continuations: ReadonlySet<string>;
    maxLength: number;
    /** Lines of one signature, one body per line beyond the third. */
    maxSignatureLines: number;
    /** A list of issuers in a title that names only the first (`…国家能源局等七部门`). */
    abridged: RegExp;
    office: RegExp;
    /** A body that is also a company, written with the company's word in brackets (`福建省烟草专卖局（公司）`). */
    dualName: { own: readonly string[]; other: readonly string[] };
  };
  region: {
    prefix: RegExp;
    /** A town or street named by its government or committee (group `region`). */
    town: RegExp;
    /** A development or cooperation zone named by its governing committee (group `region`). */
    zone: RegExp;
    /** A town's county-level superior, named with its committee and government in the text (group `region`). */
    superior: RegExp;
    /** A national body's name (`国务院办公厅`, `商务部`): a plan that only such bodies issue is the whole country's. */
    national: RegExp;
    nationalName: string;
    /** A national administration's name opening a body that serves a region (`国家税务总局江苏省税务局`). */
    verticalOpening: RegExp;
    aided: RegExp;
    /** A place a national administration's office names without its level (`浙江` of `…总局浙江监管局`) → its full name. */
    verticalPlaces: Readonly<Record<string, string>>;
    /** An autonomous region's full name (`凉山彝族自治州`), which a title may write short (`凉山州`). */
    autonomous: RegExp;
    provinceLevels: readonly string[];
    looseLevels: readonly string[];
    cityLevels: readonly string[];
    countyLevels: readonly string[];
    notCounty: readonly string[];
    inText: RegExp;
    notStems: ReadonlySet<string>;
    minStemCount: number;
    minNameCount: number;
  };
  period: { range: RegExp; single: RegExp; horizon: RegExp | null; timeFrame: RegExp | null; issueYearTypes: readonly string[] };
}

/** `rules/metadata.yaml`: red headers, document numbers, notice titles, date lines, title shapes, issuer names, regions. */
export const metadata = defineRuleFile({
  path: 'metadata.yaml',
  schema,
  compile: (raw, t): MetadataRules => {
    const named: Named = {
      ...t.named,
      draftMarker: alternation(raw.draft.markers),
      titleTails: raw.title.tails,
    };
    const re = (entry: string, source: string, flags = 'u') => regexWith(t, named, entry, source, flags);
    return {
      head: {
        maxLines: raw.head.maxLines,
        tailLines: raw.head.tailLines,
        outlineStart: re('head.outlineStart', raw.head.outlineStart),
      },
      prosePunct: new Set([...raw.prosePunct]),
      sentenceEnd: new Set([...raw.sentenceEnd]),
      redHeader: re('redHeader', raw.redHeader),
      docNumber: re('docNumber', raw.docNumber, 'gu'),
      issueNumber: re('issueNumber', raw.issueNumber, 'u'),
      docNumberBrackets: raw.docNumberBrackets,
      notice: {
        title: re('notice.title', raw.notice.title),
        addressee: re('notice.addressee', raw.notice.addressee),
        bodyCues: raw.notice.bodyCues,
        attachment: re('notice.attachment', raw.notice.attachment),
        attachmentItem: re('notice.attachmentItem', raw.notice.attachmentItem),
      },
      dateLine: re('dateLine', raw.dateLine, 'gu'),
      webDates: raw.webDate.labels.map((label, i) =>
        re(`webDate.labels.${i}`, raw.webDate.pattern.replaceAll('{label}', escapeRegex(label))),
      ),
      title: {
        maxLines: raw.title.maxLines,
        maxLength: raw.title.maxLength,
        shape: re('title.tails', `^(?<head>.+?)(?<type>{docTypeWord})(?<tails>{titleTails})$`),
        notTitle: re('title.notTitle', raw.title.notTitle),
      },
      draft: { markers: raw.draft.markers, bracketed: re('draft.bracketed', raw.draft.bracketed, 'gu') },
      selfReference: re('selfReference', raw.selfReference),
      issuers: {
        boundary: re('issuers.orgSuffix/nameStart', `(?<=${raw.issuers.orgSuffix})(?=${raw.issuers.nameStart})`, 'gu'),
        isName: re('issuers.orgSuffix', `${raw.issuers.orgSuffix}$`),
        continuations: new Set(raw.issuers.continuations),
        maxLength: raw.issuers.maxLength,
        maxSignatureLines: raw.issuers.maxSignatureLines,
        abridged: re('issuers.abridged', raw.issuers.abridged),
        office: re('issuers.office', raw.issuers.office),
        dualName: raw.issuers.dualName,
      },
      region: {
        prefix: re('region.prefix', raw.region.prefix),
        town: re('region.town', raw.region.town),
        zone: re('region.zone', raw.region.zone),
        superior: re('region.superior', raw.region.superior),
        national: re('region.national', raw.region.national),
        nationalName: raw.region.nationalName,
        verticalOpening: re('region.verticalOpening', raw.region.verticalOpening),
        aided: re('region.aided', raw.region.aided),
        verticalPlaces: raw.region.verticalPlaces,
        autonomous: re('region.autonomous', raw.region.autonomous),
        provinceLevels: raw.region.provinceLevels,
        looseLevels: raw.region.looseLevels,
        cityLevels: raw.region.cityLevels,
        countyLevels: raw.region.countyLevels,
        notCounty: raw.region.notCounty,
        inText: re('region.inText', raw.region.inText, 'gu'),
        notStems: new Set(raw.region.notStems),
        minStemCount: raw.region.minStemCount,
        minNameCount: raw.region.minNameCount,
      },
      period: {
        range: re('period.range', raw.period.range),
        single: re('period.single', raw.period.single),
        horizon: raw.period.horizon !== undefined ? re('period.horizon', raw.period.horizon) : null,
        timeFrame: raw.period.timeFrame !== undefined ? re('period.timeFrame', raw.period.timeFrame) : null,
        issueYearTypes: raw.period.issueYearTypes,
      },
    };
  },
});

function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

function regexWith(t: CompileTools, named: Named, entry: string, source: string, flags: string): RegExp {
  const r = compilePattern(source, named, flags);
  if (r.ok) return r.re;
  t.fail(entry, r.reason);
  return /(?!)/u;
}
