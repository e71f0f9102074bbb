import { z } from 'zod';
import { defineRuleFile } from '../define.js';

const entry = z.object({ id: z.string().min(1), pattern: z.string().min(1), note: z.string().optional() });

/** `rules/normalise.yaml`: conversion artefacts, web chrome, page furniture, line-join rules. */
export const normalise = defineRuleFile({
  path: 'normalise.yaml',
  schema: z.object({
    /** Removed wherever they occur inside a line (`[bookmark: OLE_LINK1]`, zero-width characters). */
    artefacts: z.array(entry),
    /** Web-page chrome removed inside a line (`字号：【大 中 小】`); a line left empty is dropped. */
    chrome: z.array(entry),
    /** A whole line matching one of these is page furniture (page numbers). */
    pageNumbers: z.array(entry),
    /** A line ending in one of these characters ends a sentence: never joined to the next line. */
    sentenceEnd: z.string().min(1),
    /** A line is never joined to the next when it is shorter than this (headings, signatures, title blocks). */
    minJoinLength: z.number().int().positive(),
    /** Running headers/footers: a short line repeated at least this many times at page edges is dropped. */
    runningHeaderMinRepeats: z.number().int().min(2),
    /** A line opening with a field label (`附件：`, `联系人：`) starts a new paragraph. */
    fieldLine: z.string().min(1),
    /** A line is prose (and may be joined to the next) only if it holds one of these. */
    proseMarks: z.string().min(1),
    /** A unit clause line closing on one of these ends a unit's name: before a whole sentence of prose it closes its paragraph. */
    clauseLineEnd: z.string().min(1).default('(?!)'),
    /** Characters that set a row's cells apart instead of tabs (`1｜推进企业开办…｜区市场监管局｜2026年6月底前`). */
    cellBars: z.string().default(''),
    /** A line ending on a conjunction runs on into the next, whatever that opens with. */
    runsOnEnd: z.string().min(1).default('(?!)'),
  }),
  compile: (raw, t) => ({
    artefacts: raw.artefacts.map((e) => ({ id: e.id, re: t.regex(`artefacts.${e.id}`, e.pattern, 'gu') })),
    chrome: raw.chrome.map((e) => ({ id: e.id, re: t.regex(`chrome.${e.id}`, e.pattern, 'gu') })),
    pageNumbers: raw.pageNumbers.map((e) => ({ id: e.id, re: t.regex(`pageNumbers.${e.id}`, `^(?:${e.pattern})$`, 'u') })),
    sentenceEnd: new Set([...raw.sentenceEnd]),
    minJoinLength: raw.minJoinLength,
    runningHeaderMinRepeats: raw.runningHeaderMinRepeats,
    fieldLineRe: t.regex('fieldLine', raw.fieldLine),
    proseMarks: new Set([...raw.proseMarks]),
    clauseLineEndRe: t.regex('clauseLineEnd', `(?:${raw.clauseLineEnd})\\s*$`, 'u'),
    cellBars: new Set([...raw.cellBars]),
    runsOnEndRe: t.regex('runsOnEnd', raw.runsOnEnd, 'u'),
  }),
});
