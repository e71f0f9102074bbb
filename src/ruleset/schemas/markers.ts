import { z } from 'zod';
import { defineRuleFile } from '../define.js';

/** `rules/markers.yaml`: outline marker styles, lead-in items, heading extraction. */
export const markers = defineRuleFile({
  path: 'markers.yaml',
  schema: z.object({
    styles: z
      .array(
        z.object({
          id: z.string().min(1),
          pattern: z.string().min(1),
          numeral: z.enum(['cn', 'arabic', 'circled', 'enclosed', 'latin', 'auto', 'none']),
          beside: z.boolean().optional(),
          besideUnder: z.string().min(1).optional(),
          counted: z.boolean().optional(),
        }),
      )
      .min(1),
    interchangeable: z.array(z.array(z.string()).min(2)),
    leadIn: z.object({
      label: z.string(),
      closers: z.string().min(1),
      minRun: z.number().int().min(1),
      notLabels: z.array(z.string()),
      notLabelPattern: z.string().min(1).default('(?!)'),
    }),
    endOfBody: z.string().min(1),
    contentsLine: z.string().min(1).default('(?!)'),
    trailingNote: z.string().min(1),
    attachmentAsk: z.string().min(1).default('(?!)'),
    signatureDate: z.string().min(1),
    signatureMaxLength: z.number().int().positive(),
    heading: z.object({
      sentenceEnd: z.string().min(1),
      clauseEnd: z.string().min(1),
      maxClause: z.number().int().positive(),
      minClause: z.number().int().positive(),
      labelEnd: z.string().min(1),
      minLabel: z.number().int().positive(),
      nameKeys: z.array(z.string().min(1)).default([]),
      timeLabel: z.string().min(1).default('(?!)'),
    }),
  }),
  compile: (raw, t) => {
    const ids = new Set(raw.styles.map((s) => s.id));
    raw.styles.forEach((s) => {
      if (s.besideUnder !== undefined && !ids.has(s.besideUnder)) t.fail(`styles.${s.id}.besideUnder`, `unknown style "${s.besideUnder}"`);
    });
    raw.interchangeable.forEach((group, i) =>
      group.forEach((id) => {
        if (!ids.has(id)) t.fail(`interchangeable.${i}`, `unknown style "${id}"`);
      }),
    );
    return {
      styles: raw.styles.map((s) => ({
        id: s.id,
        numeral: s.numeral,
        beside: s.beside ?? false,
        besideUnder: s.besideUnder ?? null,
        counted: s.counted ?? false,
        re: t.regex(`styles.${s.id}`, `^(?:${s.pattern})`, 'u'),
      })),
      interchangeable: raw.interchangeable,
      leadIn: {
        re: t.regex('leadIn.label', `^(?<label>${raw.leadIn.label})[${escapeClass(raw.leadIn.closers)}]`, 'u'),
        minRun: raw.leadIn.minRun,
        notLabels: new Set(raw.leadIn.notLabels),
        notLabelRe: t.regex('leadIn.notLabelPattern', raw.leadIn.notLabelPattern, 'u'),
      },
      endOfBodyRe: t.regex('endOfBody', raw.endOfBody),
      contentsLineRe: t.regex('contentsLine', raw.contentsLine, 'u'),
      trailingNoteRe: t.regex('trailingNote', raw.trailingNote, 'u'),
      attachmentAskRe: t.regex('attachmentAsk', raw.attachmentAsk, 'u'),
      signatureDateRe: t.regex('signatureDate', raw.signatureDate, 'u'),
      signatureMaxLength: raw.signatureMaxLength,
      heading: {
        sentenceEnd: new Set([...raw.heading.sentenceEnd]),
        clauseEnd: new Set([...raw.heading.clauseEnd]),
        maxClause: raw.heading.maxClause,
        minClause: raw.heading.minClause,
        labelEnd: new Set([...raw.heading.labelEnd]),
        minLabel: raw.heading.minLabel,
        /** A key naming the item before its name (`（一）任务名称：深化…`): not part of the heading. */
        timeLabelRe: t.regex('heading.timeLabel', `^(?:${raw.heading.timeLabel})[：:，,]\\s*`, 'u'),
        nameKeyRe: t.regex('heading.nameKeys', raw.heading.nameKeys.length ? `^(?:${raw.heading.nameKeys.join('|')})[：:]\\s*` : '(?!)', 'u'),
      },
    };
  },
});

function escapeClass(s: string): string {
  return s.replace(/[\\\]^-]/g, '\\$&');
}
