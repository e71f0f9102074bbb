import { z } from 'zod';
import { defineRuleFile } from '../define.js';

const re = z.string().min(1);

/** `rules/tables.yaml`: indicator-table headers, captions, cells and list-table headers. */
export const tables = defineRuleFile({
  path: 'tables.yaml',
  schema: z.object({
    header: z.object({
      name: re,
      sequence: re,
      unit: re,
      year: re,
      baseline: re,
      target: re,
      continuation: re,
      other: re.optional(),
      growth: re.optional(),
      place: re.optional(),
      placeColumn: re.optional(),
    }),
    taskHeader: z
      .object({ task: re, lead: re, co: re, responsible: re, due: re, milestone: re.default('(?!)'), ongoing: re.default('(?!)'), post: re.default('(?!)'), detail: re.default('(?!)'), unitMark: re.default('(?!)'), unitDue: re.default('(?!)'), unitDueSplit: re.default('(?!)') })
      .optional(),
    caption: re,
    captionMaxLength: z.number().int().positive(),
    sequenceCell: re,
    emptyCell: re,
    exampleCell: re,
    unitBracket: re,
    listHeader: re,
    maxHeaderCell: z.number().int().positive(),
    maxListHeaderCell: z.number().int().positive(),
    maxCell: z.number().int().positive(),
    gridHint: re.default('(?!)'),
  }),
  compile: (raw, t) => {
    const h = raw.header;
    const taskRe = (k: keyof NonNullable<typeof raw.taskHeader>) =>
      raw.taskHeader ? t.regex(`taskHeader.${k}`, raw.taskHeader[k]) : /(?!)/u;
    if (!/\(\?<y>/.test(h.year)) t.fail('header.year', 'pattern must capture the year in group `y`');
    if (!/\(\?<u>/.test(raw.unitBracket)) t.fail('unitBracket', 'pattern must capture the unit in group `u`');
    return {
      header: {
        name: t.regex('header.name', h.name),
        sequence: t.regex('header.sequence', h.sequence),
        unit: t.regex('header.unit', h.unit),
        year: t.regex('header.year', h.year),
        baseline: t.regex('header.baseline', h.baseline),
        target: t.regex('header.target', h.target),
        continuation: t.regex('header.continuation', h.continuation),
        other: h.other !== undefined ? t.regex('header.other', h.other) : /(?!)/u,
        growth: h.growth !== undefined ? t.regex('header.growth', h.growth) : /(?!)/u,
        place: h.place !== undefined ? t.regex('header.place', h.place) : /(?!)/u,
        placeColumn: h.placeColumn !== undefined ? t.regex('header.placeColumn', h.placeColumn) : /(?!)/u,
      },
      taskHeader: {
        task: taskRe('task'),
        lead: taskRe('lead'),
        co: taskRe('co'),
        responsible: taskRe('responsible'),
        due: taskRe('due'),
        milestone: taskRe('milestone'),
        ongoing: taskRe('ongoing'),
        post: taskRe('post'),
        detail: taskRe('detail'),
        unitMark: taskRe('unitMark'),
        unitDue: taskRe('unitDue'),
        unitDueSplit: taskRe('unitDueSplit'),
      },
      gridHint: t.regex('gridHint', raw.gridHint),
      caption: t.regex('caption', raw.caption),
      captionMaxLength: raw.captionMaxLength,
      sequenceCell: t.regex('sequenceCell', raw.sequenceCell),
      emptyCell: t.regex('emptyCell', raw.emptyCell),
      exampleCell: t.regex('exampleCell', raw.exampleCell),
      unitBracket: t.regex('unitBracket', raw.unitBracket),
      listHeader: t.regex('listHeader', raw.listHeader),
      maxHeaderCell: raw.maxHeaderCell,
      maxListHeaderCell: raw.maxListHeaderCell,
      maxCell: raw.maxCell,
    };
  },
});
