import { z } from 'zod';
import { defineRuleFile } from '../define.js';

const roleMap = z.object({
  situation: z.string().min(1),
  guide: z.string().min(1),
  goal: z.string().min(1),
  action: z.string().min(1),
  other: z.string().min(1),
});
const ORDER = ['other', 'situation', 'guide', 'goal', 'action'] as const;

/** `rules/sections.yaml`: which role a section plays (action, goal, guide, situation). */
export const sections = defineRuleFile({
  path: 'sections.yaml',
  schema: z.object({
    labels: roleMap,
    topics: roleMap,
    default: z.enum(['situation', 'guide', 'goal', 'action', 'other']),
    groupingMarkers: z.string().min(1).optional(),
    goalLeadIn: z.string().min(1).default('(?!)'),
    timeFrame: z.string().min(1).default('(?!)'),
    seeAttachment: z.string().min(1).default('(?!)'),
  }),
  compile: (raw, t) => ({
    labels: ORDER.map((role) => ({ role, re: t.regex(`labels.${role}`, `^(?:${raw.labels[role]})$`) })),
    topics: ORDER.map((role) => ({ role, re: t.regex(`topics.${role}`, raw.topics[role]) })),
    default: raw.default,
    groupingMarkers: raw.groupingMarkers === undefined ? null : t.regex('groupingMarkers', `^(?:${raw.groupingMarkers})$`),
    goalLeadIn: t.regex('goalLeadIn', raw.goalLeadIn),
    timeFrame: t.regex('timeFrame', raw.timeFrame),
    seeAttachment: t.regex('seeAttachment', raw.seeAttachment),
  }),
});
