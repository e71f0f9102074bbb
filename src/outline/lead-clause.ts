import type { RuleSet } from '../ruleset/registry.js';

/**
 * The heading of an item: its leading clause. `text` starts right after the marker.
 * - no sentence end at all → the whole paragraph is a heading line (`培育骨干企业，增强产业竞争力`);
 * - else the text up to the first sentence end (`发展现状。近年来…` → `发展现状`), cut at the
 *   first comma when the clause before it is long enough to name the item
 *   (`强化统筹协调，各地各单位要…` → `强化统筹协调`), or at a colon closing a shorter label
 *   (`茶产业：新增…` → `茶产业`), and at most `maxClause` characters outside brackets;
 * - a wide space after a phrase of heading length ends it (`完善市政设施　新建…` → `完善市政设施`);
 * - punctuation inside quotation marks ends nothing.
 * Returns the heading's length in `text` (from 0), trailing punctuation excluded.
 */
export function leadClauseLength(text: string, rules: RuleSet): number {
  // `关于“严守耕地保护红线，划定永久基本农田”的问题` is one clause (unbalanced quotes: null, no position skipped)
  const quoted = quotedPositions(text);
  const { sentenceEnd, clauseEnd, maxClause, minClause, labelEnd, minLabel } = rules.markers.heading;
  const at = (i: number, set: ReadonlySet<string>) => set.has(text[i]) && (quoted === null || quoted[i] === 0);
  let end = -1;
  for (let i = 0; i < text.length; i++) {
    if (at(i, sentenceEnd)) {
      end = i;
      break;
    }
  }
  // `（三）完善市政设施　新建改造城市道路20公里…`: a wide space after a heading-long phrase ends it
  const gap = headingGap(text, minClause, Math.min(end === -1 ? text.length : end, maxClause + 1));
  if (gap > 0) return gap;
  if (end === -1) return trimUnitClause(text, trimEnd(text, text.length, clauseEnd), rules);
  for (let i = minLabel; i < Math.min(end, minClause); i++) {
    if (at(i, labelEnd)) return i;
    if (at(i, clauseEnd)) break;
  }
  // `郸城县年产10万吨生物基新材料项目（总投资28亿元，…，责任单位：…）：新建…`: the name before a bracket of its fields and a colon
  const named = nameBeforeFields(text, rules);
  if (named > 0) return named;
  // (a bracketed note does not count toward the length: `攻坚提升（2025年9月—11月）：…` → `攻坚提升（2025年9月—11月）`)
  let depth = 0;
  let outside = 0;
  for (let i = 0; i < end && outside <= maxClause; i++) {
    if (OPENING.includes(text[i])) depth++;
    else if (CLOSING.includes(text[i]) && depth > 0) depth--;
    else if (depth === 0) {
      // (without a bracket of the item's fields closing it: `周口港区临港产业园项目（总投资35亿元，…，责任单位：…）：建设…`)
      if (i >= minClause && at(i, clauseEnd)) return trimUnitClause(text, i, rules);
      outside++;
    }
  }
  return trimUnitClause(text, end, rules);
}

/** The longest name before a bracket of fields (`…项目（总投资35亿元，建设周期2025—2027年，责任单位：…）：`). */
const MAX_FIELDS_NAME = 40;

/** The length of a name a bracket of the item's fields holding a unit clause closes, a colon right after it; else 0. */
function nameBeforeFields(text: string, rules: RuleSet): number {
  const open = [...text.slice(0, MAX_FIELDS_NAME)].findIndex((ch) => OPENING.includes(ch));
  if (open < rules.markers.heading.minLabel || /[，,。；;：:]/u.test(text.slice(0, open))) return 0;
  let depth = 0;
  for (let i = open; i < text.length && text[i] !== '\n'; i++) {
    if (OPENING.includes(text[i])) depth++;
    else if (CLOSING.includes(text[i]) && --depth === 0) {
      return rules.markers.heading.labelEnd.has(text[i + 1]) && isUnitClause(text.slice(open + 1, i), rules) ? open : 0;
    }
  }
  return 0;
}

const OPENING = '（(【〔［[';
const CLOSING = '）)】〕］]';

/** Whether a bracket group's content is a unit clause (`牵头单位：A`, `A、B负责`). */
function isUnitClause(content: string, rules: RuleSet): boolean {
  const u = rules.unitClauses;
  u.colonKeyRe.lastIndex = 0;
  return u.colonKeyRe.test(content) || u.dutyEndingRe.test(content) || u.leadRe.test(content);
}

/**
 * The length of what opens `text` before the heading: a bracketed unit clause (`【牵头单位：市商务局】`) with the
 * spaces after it, a key naming the item (`任务名称：`, rules/markers.yaml `heading.nameKeys`) or a step's deadline label
 * (`3月底前：`, `heading.timeLabel`); else 0.
 */
export function leadingUnitClause(text: string, rules: RuleSet): number {
  const key = rules.markers.heading.nameKeyRe.exec(text) ?? rules.markers.heading.timeLabelRe.exec(text);
  if (key) return key[0].length;
  const close = OPENING.indexOf(text[0]);
  if (close < 0) return 0;
  const end = text.indexOf(CLOSING[close], 1);
  if (end < 0 || text.lastIndexOf('\n', end) >= 0 || !isUnitClause(text.slice(1, end), rules)) return 0;
  let at = end + 1;
  while (at < text.length && /[ \u3000\t]/u.test(text[at])) at++;
  return at < text.length && text[at] !== '\n' ? at : 0;
}

/** A heading without a bracketed unit clause closing it (`推进数字化改造（牵头单位：市工信局）` → `推进数字化改造`). */
function trimUnitClause(text: string, end: number, rules: RuleSet): number {
  const close = CLOSING.indexOf(text[end - 1]);
  if (close < 0) return end;
  const open = text.lastIndexOf(OPENING[close], end - 2);
  if (open <= 0 || !isUnitClause(text.slice(open + 1, end - 1), rules)) return end;
  return trimEnd(text, open, rules.markers.heading.clauseEnd);
}

/**
 * Where a heading set off from its body by a wide space ends: an ideographic space, a tab or two
 * spaces after at least `from` characters of text (before `to`), with text after it; else 0. One
 * space is not enough (`推进 5G 网络建设`).
 */
function headingGap(text: string, from: number, to: number): number {
  for (let i = from; i < to; i++) {
    const ch = text[i];
    const wide = ch === '\u3000' || ch === '\t' || (ch === ' ' && text[i + 1] === ' ');
    if (!wide) continue;
    let j = i;
    while (j < text.length && (text[j] === ' ' || text[j] === '\u3000' || text[j] === '\t')) j++;
    if (j < text.length && text[j] !== '\n' && !/[\s\p{P}]/u.test(text[i - 1])) return i;
  }
  return 0;
}

const OPEN_QUOTES = '“‘「『';
const CLOSE_QUOTES = '”’」』';

/** 1 at every position inside quotation marks, or null when there are none or they do not balance. */
function quotedPositions(text: string): Uint8Array | null {
  let out: Uint8Array | null = null;
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (OPEN_QUOTES.includes(ch)) depth++;
    else if (CLOSE_QUOTES.includes(ch)) {
      if (depth === 0) return null;
      depth--;
    } else if (depth > 0) (out ??= new Uint8Array(text.length))[i] = 1;
  }
  return depth === 0 ? out : null;
}

function trimEnd(text: string, end: number, punct: ReadonlySet<string>): number {
  let e = end;
  while (e > 0 && (punct.has(text[e - 1]) || text[e - 1] === ' ')) e--;
  return e;
}
