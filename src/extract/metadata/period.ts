import type { RuleSet } from '../../ruleset/registry.js';
import type { DocContext } from '../context.js';
import { resolveYear } from '../deadlines/resolve/date.js';
import { readDateNumber } from '../deadlines/resolve/numerals.js';
import type { Lines } from './head.js';
import { hasAny, insideCitation } from './text.js';

export type Period = { start: number; end: number };

/**
 * The plan's period from its title: a range `（2023-2025年）`, a named period `“十四五”`
 * (2021–2025, from `namedPeriods` in deadlines.yaml), or one year `2025年…方案` (2025–2025).
 */
export function periodInTitle(title: string, rules: RuleSet): Period | null {
  const m = rules.metadata.period;
  const range = m.range.exec(title);
  if (range) {
    const from = resolveYear(range.groups!.from, rules.deadlines);
    const to = resolveYear(range.groups!.to, rules.deadlines);
    if (from !== null && to !== null && to >= from) return { start: from, end: to };
  }
  for (const [name, p] of Object.entries(rules.deadlines.namedPeriods)) {
    if (title.includes(name)) return { start: p.start, end: p.end };
  }
  const single = m.single.exec(title);
  if (single) {
    const y = resolveYear(single.groups!.year ?? single.groups!.year2, rules.deadlines);
    if (y !== null) return { start: y, end: y };
  }
  return null;
}

/**
 * The plan's period from its text when the title gives none: the latest named period in
 * a heading or caption (`三、“十四五”时期…`); with `prose`, also in sentences. Cited titles
 * (`《“十四五”文化产业发展规划》`) do not count.
 */
export function periodInText(text: string, lines: Lines, rules: RuleSet, prose: boolean): Period | null {
  const punct = rules.metadata.prosePunct;
  let best: Period | null = null;
  for (let i = 0; i < lines.spans.length; i++) {
    const line = lines.texts[i];
    if (!prose && hasAny(line, punct)) continue;
    for (const [name, p] of Object.entries(rules.deadlines.namedPeriods)) {
      let at = line.indexOf(name);
      while (at !== -1) {
        const offset = lines.spans[i].start + (ctxOffset(text, lines.spans[i].start, line) + at);
        if (!insideCitation(text, offset) && (!best || p.start > best.start)) best = { start: p.start, end: p.end };
        at = line.indexOf(name, at + name.length);
      }
    }
  }
  return best;
}

/** How far past its issue year the first horizon of a plan without a stated period may lie. */
const MAX_HORIZON = 10;

/**
 * The period of a plan whose title and headings name none (an 意见, a 通知): from its issue year
 * to the horizon its goals set (`力争到2027年，…` in a 2024 意见 → 2024–2027). That is the first
 * horizon of the text, or a later one in the same goal statement: the same paragraph, or the
 * paragraphs right after it that open with a horizon of their own (`到2025年，…` then `到2030年，…`
 * in a 碳达峰 plan → its issue year–2030). Horizons inside cited titles, before the issue year or more
 * than ten years on do not count; null without an issue year.
 */
export function periodToHorizon(ctx: DocContext, from: number, issueYear: number | null): Period | null {
  const re = ctx.rules.metadata.period.horizon;
  if (issueYear === null || !Number.isFinite(issueYear) || re === null) return null;
  const text = ctx.text;
  const within = (y: number | null): y is number => y !== null && y >= issueYear && y - issueYear <= MAX_HORIZON;
  let end: number | null = null;
  let goalEnd = -1; // where the goal statement read so far ends
  for (const m of text.slice(from).matchAll(new RegExp(re.source, 'gu'))) {
    const at = from + (m.index ?? 0);
    if (end !== null && !(at < goalEnd || opensParagraphAfter(text, goalEnd, at))) break;
    if (insideCitation(text, at)) continue;
    const y = resolveYear(m.groups!.year, ctx.rules.deadlines);
    if (!within(y)) continue;
    end = end === null ? y : Math.max(end, y);
    goalEnd = paragraphEnd(text, at);
  }
  return end === null ? null : { start: issueYear, end };
}

function paragraphEnd(text: string, at: number): number {
  const i = text.indexOf('\n', at);
  return i === -1 ? text.length : i;
}

/** `at` opens the paragraph right after the one ending at `end` (spaces and blank lines between). */
function opensParagraphAfter(text: string, end: number, at: number): boolean {
  return end >= 0 && /^[\s\u3000]*$/u.test(text.slice(end, at));
}

/** Offset of a trimmed line's text inside its span (leading white space skipped). */
function ctxOffset(text: string, spanStart: number, trimmed: string): number {
  const i = text.indexOf(trimmed, spanStart);
  return i === -1 ? 0 : i - spanStart;
}

/**
 * A campaign's own time, stated under its heading (`一、行动时间` / `2025年4月10日至7月18日。`; rules/metadata.yaml
 * `period.timeFrame`, groups `from` and `to`): the years it spans, when nothing else names the plan's period.
 */
export function periodOfTimeFrame(ctx: DocContext): Period | null {
  const re = ctx.rules.metadata.period.timeFrame;
  const m = re?.exec(ctx.text);
  if (!m?.groups?.from) return null;
  const start = resolveYear(m.groups.from, ctx.rules.deadlines);
  const end = m.groups.to ? resolveYear(m.groups.to, ctx.rules.deadlines) : start;
  return start !== null && end !== null && end >= start ? { start, end } : null;
}

/**
 * A campaign's time that runs from a month of one year into the next (`2026年11月1日至2027年3月31日`): a date of
 * its text named without a year and with a month before the one it starts in (`1月31日前`) falls in the next year.
 */
export function seasonOfTimeFrame(ctx: DocContext): Season | null {
  const m = ctx.rules.metadata.period.timeFrame?.exec(ctx.text);
  const g = m?.groups;
  if (!g?.from || !g.to || !g.fromMonth) return null;
  const start = resolveYear(g.from, ctx.rules.deadlines);
  const end = resolveYear(g.to, ctx.rules.deadlines);
  const month = readDateNumber(g.fromMonth, ctx.rules.deadlines.numerals);
  return start !== null && end === start + 1 && month !== null && month > 1 && month <= 12 ? { startYear: start, startMonth: month } : null;
}

/** A time that runs from `startMonth` of `startYear` into the next year. */
export interface Season {
  startYear: number;
  startMonth: number;
}
