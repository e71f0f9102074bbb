/**
 * Candidate → Target: values scaled to the base unit, the due year (stated, section, period; a
 * recurring target's is the plan's end unless its own clause states one),
 * aspiration, recurrence, baseline, metric, and the target's text (its clause from the
 * subject to the quantity, plus the noun a count is followed by).
 */
import { pageOf, type PageStart, type Span } from '../../../core/span.js';
import type { Target } from '../../../schema/output.js';
import { matchMarker } from '../../../outline/markers.js';
import { mentionsWithin, type YearMention } from '../matchers/year-mention.js';
import { endBefore, fullSentenceStart, isSpace, LIST_JOINER, ofWordAfter, paragraphStart, startAfter } from '../text.js';
import type { TargetCandidate, TargetEnv } from '../types.js';
import { isAspirational, recurrenceOf } from './modifiers.js';
import { dropTrailingConjunction, metricOf, removeSpans, trimWords } from './metric.js';
import { parseNumber } from './number.js';
import { resolveUnit, scaleValue } from './unit.js';
import { dueYear, statedYear } from './year.js';

/** Characters read at a paragraph's start for an outline marker. */
const MARKER_REACH = 16;

export interface TargetScope {
  readonly sectionId: string | null;
  readonly governingYear: number | null;
  readonly periodEnd: number | null;
  readonly governingYearAt?: (offset: number) => number | null;
}

export function toTarget(
  cands: readonly TargetCandidate[],
  i: number,
  env: TargetEnv,
  scope: TargetScope,
  pageMap: readonly PageStart[],
): Target | null {
  const c = cands[i];
  const { text, rules } = env;
  const m = rules.targets.metric;
  const para = Math.max(env.range.start, env.paragraphs.start(c.span.start));
  let clause = Math.max(para, startAfter(text, c.span.start, m.clauseEnds));
  if (clause === para) {
    // a heading that is itself the target (`（一）地区生产总值增长7%以上`): its marker is not the subject
    const marker = matchMarker(text.slice(para, para + MARKER_REACH), rules);
    if (marker && para + marker.length <= c.span.start) clause = para + marker.length;
  }
  // `（三）完善市政设施　新建改造城市道路20公里`: a heading set off by a wide space is not the subject
  const wide = text.lastIndexOf('  ', c.span.start - 1);
  const gap = Math.max(text.lastIndexOf('\u3000', c.span.start - 1), wide < 0 ? -1 : wide + 1);
  if (gap >= clause) {
    clause = gap + 1;
    while (clause < c.span.start && isSpace(text[clause])) clause++;
  }

  // values
  let value: number | null = null;
  let valueMax: number | null = null;
  let unit: string | null = null;
  let kind: string | null = null;
  if (c.fixed) {
    value = c.fixed.value;
    unit = c.fixed.unit;
  } else if (!c.relative && c.rawValue !== null && c.rawUnit !== null) {
    const u = resolveUnit(c.rawUnit, rules.measures);
    const first = c.rawValueMax !== null ? firstNumber(c, env) : c.rawValue;
    const v = parseNumber(first, rules.measures.numerals);
    if (v === null) return null;
    value = scaleValue(v, u.scale);
    if (c.rawValueMax !== null) {
      const hi = parseNumber(c.rawValueMax, rules.measures.numerals);
      if (hi === null) return null;
      valueMax = scaleValue(hi, u.scale);
    }
    unit = u.unit;
    kind = u.kind;
  }

  // text: from the clause start (or the end of the previous target in the clause) to the quantity,
  // plus the noun a count is followed by
  const prev = i > 0 ? cands[i - 1] : undefined;
  let start = clause;
  if (prev && prev.span.end > clause && prev.span.end <= c.span.start) {
    start = Math.max(start, afterEnd(prev, c, env, kindOf(prev, env)));
    while (start < c.span.start && (isSpace(text[start]) || m.listSeparators.has(text[start]))) start++;
    const conj = m.conjunctions.find((w) => text.startsWith(w, start) && start + w.length <= c.span.start);
    if (conj) start += conj.length;
    while (start < c.span.start && isSpace(text[start])) start++;
  }
  const end = kind === 'count' ? afterEnd(c, cands[i + 1], env, kind) : c.span.end;
  const span: Span = { start, end };

  // metric; the level a change starts from (`由2023年的850家增加到1200家`) is the baseline's value
  const mentions = mentionsWithin(env.years, Math.min(start, clause), c.span.start);
  const from = startLevel(text.slice(start, c.span.start), env, unit, c.rawUnit);
  const before = removeSpans(
    text.slice(start, from ? start + from.at : c.span.start),
    start,
    mentions.map((y) => y.span),
  );
  const metric = metricOf(before, text.slice(c.span.end, end), m) ?? sharedNoun(text, c.span.end, m);

  // year, baseline, aspiration, recurrence
  const governing = scope.governingYearAt?.(c.span.start) ?? scope.governingYear;
  const sentence = Math.max(para, startAfter(text, c.span.start, m.sentenceEnds));
  const recurrence = recurrenceOf(text.slice(clause, c.span.start), rules.targets.recurrence);
  // a recurring target (`每年新增…`) runs to the plan's end: only a year in its own clause overrides that;
  // the n-th of the quantities after 分别 is due by the n-th of the years listed before it
  const respective = respectiveYear(cands, i, env, para, clause);
  const due =
    respective !== null
      ? dueYear(respective, null, null)
      : recurrence !== null
        ? dueYear(statedYear(env.years, env.firstYear, clause, c.span.start, clause), scope.periodEnd !== null ? null : governing, scope.periodEnd)
        : dueYear(
            statedYear(env.years, env.firstYear, sentence, c.span.start, sentence, env.periodStart) ??
              trailingYear(cands, i, env) ??
              fieldYear(c, env) ??
              blockFieldYear(c, env) ??
              statedYear(env.years, env.firstYear, para, c.span.start, sentence, env.periodStart, Math.max(para, fullSentenceStart(text, c.span.start, rules)), firstSentenceEnd(text, para)) ??
              introYear(para, env),
            governing,
            scope.periodEnd,
          );
  const base = [...mentions].reverse().find((y) => y.kind === 'baseline' && y.span.start >= clause);
  const target: Target = {
    text: text.slice(span.start, span.end),
    metric,
    comparator: c.comparator,
    value,
    valueMax,
    unit,
    rawValue: c.rawValue,
    rawUnit: c.rawUnit,
    year: due.year,
    yearSource: due.source,
    baseline: base || from?.value != null ? { year: base?.year ?? null, value: from?.value ?? null } : null,
    relative: c.relative ? { multiplier: c.relative.multiplier } : null,
    aspirational: isAspirational(text.slice(sentence, c.span.start), rules.targets.aspiration, rules.targets.aspirationNotBefore),
    recurrence,
    span,
    sectionId: scope.sectionId,
    ruleId: c.ruleId,
  };
  const page = pageOf(pageMap, span.start);
  if (page !== undefined) target.page = page;
  return target;
}

/**
 * A deadline written right after the target, in brackets (`…机构达到15家（2025年底前）；`), or closing its
 * sentence with nothing after it but a verb of completion (rules/targets.yaml `completions`:
 * `建设生产线8条，新增产能12万升，2026年底前建成投产。`): the year it gives, when the target's sentence
 * states none before it. (`…30家，2025年9月底前实现…全覆盖`: a deadline of its own.)
 */
function trailingYear(cands: readonly TargetCandidate[], i: number, env: TargetEnv): number | null {
  const c = cands[i];
  const { text, rules } = env;
  const end = endBefore(text, c.span.end, rules.targets.metric.sentenceEnds);
  const by = mentionsWithin(env.years, c.span.end, end).find((y) => y.kind === 'by');
  if (!by || (by.written && env.periodStart !== null && by.year < env.periodStart)) return null;
  const between = text.slice(c.span.end, by.span.start).trim();
  const after = text.slice(by.span.end, end).trim();
  const bracketed = OPEN.has(between) && CLOSE.has(after[0] ?? '');
  const last = !cands.some((o, j) => j > i && o.span.start >= by.span.end && o.span.start < end);
  return bracketed || (last && rules.targets.completions.includes(after)) ? by.year : null;
}

/**
 * The year of the paragraph that introduces a run of bullets (`到2028年，…基本形成。具体目标是：` then `——资源配置更加
 * 均衡。每千人口…达到7.2张`): a bullet paragraph's target with no year of its own is due by the last year that paragraph
 * names, when it ends with a colon.
 */
function introYear(para: number, env: TargetEnv): number | null {
  const { text } = env;
  const bullets = env.rules.markers.styles.filter((st) => st.numeral === 'none');
  const bulleted = (at: number) => bullets.some((st) => st.re.test(text.slice(at, at + 4)));
  if (!bulleted(para)) return null;
  for (let start = para; start > 0; ) {
    const end = start - 1; // the line break before the paragraph
    const prev = paragraphStart(text, end);
    if (bulleted(prev)) {
      start = prev;
      continue;
    }
    return /[：:]\s*$/u.test(text.slice(prev, end)) ? statedYear(env.years, env.firstYear, prev, end, prev, env.periodStart) : null;
  }
  return null;
}

/**
 * The last year a due-date field names after the target in its paragraph (rules/targets.yaml `dueFields`:
 * `…新建游客服务中心1座；总投资：8600万元；建设期限：2025年1月—2026年6月` → 2026).
 */
function fieldYear(c: TargetCandidate, env: TargetEnv): number | null {
  const { text, rules } = env;
  const paraEnd = env.paragraphs.end(c.span.end);
  const rest = text.slice(c.span.end, paraEnd);
  const at = rest.search(rules.targets.dueFieldRe);
  if (at < 0) return headFieldYear(c, env);
  const from = c.span.end + at;
  const to = endBefore(text, from, rules.targets.metric.sentenceEnds);
  let best: number | null = null;
  for (const y of mentionsWithin(env.years, from, to)) if (y.kind !== 'baseline') best = Math.max(best ?? y.year, y.year);
  return best;
}

/**
 * The last year of a due-date field in the bracket of fields that closes the item's name before the target, in its
 * paragraph (`…项目（总投资35亿元，建设周期2025—2027年，责任单位：…）：建设标准化厂房20万平方米` → 2027).
 */
function headFieldYear(c: TargetCandidate, env: TargetEnv): number | null {
  const { text, rules } = env;
  const para = env.paragraphs.start(c.span.start);
  const head = text.slice(para, c.span.start);
  const close = Math.max(head.lastIndexOf('）'), head.lastIndexOf(')'));
  if (close < 0 || !/^[）)][：:]/u.test(head.slice(close))) return null;
  const re = rules.targets.dueFieldYearsRe;
  re.lastIndex = 0;
  const m = re.exec(head.slice(0, close));
  if (!m) return null;
  const from = para + m.index;
  const to = endBefore(text, from, FIELD_ENDS);
  let best: number | null = null;
  for (const y of mentionsWithin(env.years, from, to)) if (y.kind !== 'baseline') best = Math.max(best ?? y.year, y.year);
  return best;
}

/** What ends a field in a bracket of fields. */
const FIELD_ENDS: ReadonlySet<string> = new Set(['，', ',', '；', ';', '）', ')']);

/** How many field lines after a block's content line its due-date field is looked for in. */
const BLOCK_REACH = 8;
const FIELD_LINE = /^\s*([^\s：:，。；、][^：:，。；、]{1,15})[：:]/u;
/** A field line's key, a PDF's spaces dropped (`2026 年计划投资`). */
const fieldKey = (line: string) => FIELD_LINE.exec(line)?.[1].replace(/\s+/gu, '');

/**
 * A project block's due-date field on a later line of the block (rules/targets.yaml `contentFields`,
 * `dueFields`: `建设内容：新建厂房12.6万平方米…` … `建设年限：2025—2027年` → 2027): read when the target's line
 * is the block's content field; the block ends at a line that is not a field, a blank line or the next
 * block's content field.
 */
function blockFieldYear(c: TargetCandidate, env: TargetEnv): number | null {
  const { text, rules } = env;
  const para = paragraphStart(text, c.span.start);
  const key = fieldKey(text.slice(para, para + 20));
  if (key === undefined || !rules.targets.contentFields.includes(key)) return null;
  let end = env.paragraphs.end(c.span.end);
  for (let n = 0; n < BLOCK_REACH && end < env.range.end; n++) {
    const start = end + 1;
    end = env.paragraphs.end(start);
    const line = text.slice(start, end);
    const field = fieldKey(line);
    if (field === undefined || field === key) return null;
    if (!rules.targets.dueFieldRe.test(line.replace(/\s+/gu, '').slice(0, field.length + 1))) continue;
    let best: number | null = null;
    for (const y of mentionsWithin(env.years, start, end)) if (y.kind !== 'baseline') best = Math.max(best ?? y.year, y.year);
    return best;
  }
  return null;
}

const OPEN = new Set(['（', '(']);
const CLOSE = new Set(['）', ')']);

/**
 * A change written before the level it reaches: from a level (`由2023年的850家增加到`, `从95%提高至`;
 * its value in the target's unit) or by an amount (`增加2家至`, no value). `at`: where it starts in
 * `before`, which ends at the target's number.
 */
function startLevel(before: string, env: TargetEnv, unit: string | null, rawUnit: string | null): { at: number; value: number | null } | null {
  const re = env.lex.shared(CHANGE_TO);
  re.lastIndex = 0;
  const m = re.exec(before.slice(-CHANGE_REACH));
  if (!m?.groups) return null;
  const at = before.length - Math.min(before.length, CHANGE_REACH) + m.index;
  const { num, unit: written } = m.groups;
  if (num === undefined) return { at, value: null };
  const v = parseNumber(num, env.rules.measures.numerals);
  if (v === null) return { at, value: null };
  // a level written without its measure is in the target's (`由850增加到1200家`)
  const u = written !== undefined ? resolveUnit(written, env.rules.measures) : rawUnit !== null ? resolveUnit(rawUnit, env.rules.measures) : null;
  if (!u || u.unit !== unit) return { at, value: null };
  return { at, value: scaleValue(v, u.scale) };
}

// the target's own span may begin with the verb (`提高至98%`): then `before` ends at the level
const CHANGE_TO =
  '(?:(?:由|从){sp}(?:{year}{sp}年(?:{sp}[底末])?{sp}的?{sp})?(?<num>{tgtNumber}){sp}(?<unit>{tgtUnit})?{sp}(?:(?:{tgtChangeBy})?(?:到|至))?|(?:{tgtChangeBy}){sp}{tgtNumber}{sp}{tgtUnit}{sp}(?:到|至))$';
/** How far before a target's number its change is looked for. */
const CHANGE_REACH = 40;

/**
 * `到2025年和2030年，…分别下降14%和13.5%`: the n-th quantity after 分别 in its clause is due by the
 * n-th year of the list of due years before it in its paragraph; null when the clause has no 分别,
 * there is no such list, or the list is shorter.
 */
function respectiveYear(cands: readonly TargetCandidate[], i: number, env: TargetEnv, para: number, clause: number): number | null {
  const c = cands[i];
  const lead = env.text.slice(clause, c.span.start);
  const word = env.rules.targets.respectively.find((w) => lead.includes(w));
  if (word === undefined) return null;
  const at = clause + lead.lastIndexOf(word);
  let n = 0;
  for (let j = i; j >= 0 && cands[j].span.start > at; j--) n++;
  const years = yearListBefore(env.years, env.text, para, at);
  return n >= 1 && n <= years.length ? years[n - 1] : null;
}

/** The years of the last list of due years (`到2025年和2030年`, `2024年、2025年、2026年`) inside `[from, to)`, or none. */
function yearListBefore(mentions: readonly YearMention[], text: string, from: number, to: number): number[] {
  const within = mentionsWithin(mentions, from, to).filter((y) => y.kind !== 'baseline' && y.kind !== 'period');
  for (let k = within.length - 1; k > 0; k--) {
    if (!LIST_JOINER.test(text.slice(within[k - 1].span.end, within[k].span.start))) continue;
    let first = k - 1;
    while (first > 0 && LIST_JOINER.test(text.slice(within[first - 1].span.end, within[first].span.start))) first--;
    // `到2025年和2030年`, or years listed bare in order (`2024年、2025年、2026年…分别达到…`)
    const years = within.slice(first, k + 1).map((y) => y.year);
    if (within[first].kind !== 'due' && !years.every((y, n) => n === 0 || y > years[n - 1])) return [];
    return years;
  }
  return [];
}

function kindOf(c: TargetCandidate, env: TargetEnv): string | null {
  return c.rawUnit !== null && !c.relative && !c.fixed ? resolveUnit(c.rawUnit, env.rules.measures).kind : null;
}

/** The first number of a range as written (`1` of `1—2`). */
function firstNumber(c: TargetCandidate, env: TargetEnv): string {
  return c.numberSpan ? env.text.slice(c.numberSpan.start, c.numberSpan.end) : (c.rawValue ?? '');
}

/**
 * Where a target's text ends: after the noun its count is followed by, up to the end of the
 * clause or list item, the next target, or the range end; a trailing conjunction is left out.
 */
function afterEnd(c: TargetCandidate, next: TargetCandidate | undefined, env: TargetEnv, kind: string | null): number {
  if (kind === 'percent') return shareNounEnd(c, next, env);
  if (kind !== 'count') return c.span.end;
  const { text, rules } = env;
  const m = rules.targets.metric;
  // a count that ends its list item (`骨干企业2家、…`) is followed by no noun of its own
  let first = c.span.end;
  while (isSpace(text[first])) first++;
  if (m.listSeparators.has(text[first])) return c.span.end;
  const ceiling = Math.min(env.range.end, env.paragraphs.end(c.span.end), next ? next.span.start : Infinity);
  const stop = endBefore(text, c.span.end, m.clauseEnds, Math.max(c.span.end, ceiling));
  const raw = text.slice(c.span.end, Math.min(stop, c.span.end + m.maxLength));
  const kept = dropTrailingConjunction(raw, m);
  if (kept.length === 0) return c.span.end;
  return c.span.end + raw.indexOf(kept) + kept.length;
}

/**
 * A share followed by 的 and its noun, then the next share after a conjunction or list separator
 * (`100%的社区卫生服务站和80%以上的村卫生室`): the noun up to that word is the first share's.
 */
function shareNounEnd(c: TargetCandidate, next: TargetCandidate | undefined, env: TargetEnv): number {
  const { text } = env;
  const m = env.rules.targets.metric;
  if (!next) return c.span.end;
  const at = ofWordAfter(text, c.span.end, m.ofWords);
  if (at < 0) return c.span.end;
  const between = text.slice(at, next.span.start);
  let cut = -1;
  for (const w of [...m.conjunctions, ...m.listSeparators]) cut = Math.max(cut, between.lastIndexOf(w));
  return cut > 0 && /^\p{Script=Han}+$/u.test(between.slice(1, cut)) ? at + cut : c.span.end;
}

/**
 * A share that opens its clause names what it is a share of after it (`30%以上的规上企业实现数字化
 * 转型` → 规上企业实现数字化转型): the rest of the clause after 的 (rules: `metric.ofWords`), when
 * nothing stands before it.
 */
function sharedNoun(text: string, at: number, m: TargetEnv['rules']['targets']['metric']): string | null {
  if (!m.ofWords.has(text[at])) return null;
  const rest = trimWords(text.slice(at + 1, endBefore(text, at + 1, m.clauseEnds)), m);
  return rest.length ? rest.slice(0, m.maxLength) : null;
}

/** Where the first sentence of the paragraph at `para` ends (after its 。), or the text's end. */
function firstSentenceEnd(text: string, para: number): number {
  const end = text.indexOf('。', para);
  const line = text.indexOf('\n', para);
  return end < 0 || (line >= 0 && line < end) ? (line < 0 ? text.length : line) : end + 1;
}
