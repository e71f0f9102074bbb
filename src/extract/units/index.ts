/**
 * Responsible units (SPEC §6). Clause texts are found, each is read by the first
 * matcher that accepts it, the lists are split into units, prefixes restored and
 * names resolved to canonical forms and kinds.
 *
 * Matchers, in order (first accepting matcher wins for a clause):
 *  - colonList: an explicit key (`责任单位：`) says everything; it must win over words in the list.
 *  - together: `A会同B负责` ends like a by-duty clause, so it goes before leadAndCo and byDuty.
 *  - leadAndCo: `A牵头，B…负责` also ends like by-duty; it must go before byDuty.
 *  - byDuty: the plain ending `…按职责分工负责` / `…负责`.
 *  - plainList: last, for a bracket closing the paragraph that none of the above reads: only unit
 *    names (`（省委网信办，省公安厅）`), kept when every name looks like a unit.
 */
import { memoize } from '../../core/memo.js';
import { pageOf, type Span } from '../../core/span.js';
import type { RuleSet } from '../../ruleset/registry.js';
import type { Unit, UnitRole } from '../../schema/output.js';
import type { DocContext } from '../context.js';
import { findClauseTexts, headingClause } from './find-clauses.js';
import { byDuty } from './matchers/by-duty.js';
import { colonList } from './matchers/colon-list.js';
import { leadAndCo } from './matchers/lead-and-co.js';
import { plainList } from './matchers/plain-list.js';
import { together } from './matchers/together.js';
import { firstIsLead } from './refine/first-is-lead.js';
import { canonicalName, congressBody, isKnownDepartment, isOwnCentre, issuerOffice, kindOf, levelOf, namesPlace, regionLevel, restorePrefix } from './resolve/names.js';
import { namesByCode, unitCodes } from './resolve/codes.js';
import { splitUnitList, type RunTogether } from './resolve/split.js';
import type { ClauseCandidate } from './types.js';

const MATCHERS = [colonList, together, leadAndCo, byDuty, plainList];

export interface UnitOptions {
  region: string | null;
  /** The document states that the first-listed unit leads. */
  firstIsLead: boolean;
  /** The one body that issues the document, whose own offices (`待遇保障处`) its clauses may name. */
  issuer?: string | null;
  /** Short names the document gives bodies it names in full (`省政府驻合作区工作办公室` → its full name). */
  shortNames?: ReadonlyMap<string, string>;
  /** Places the issuers of a joint plan are of besides the region (`舟山市` beside 宁波市): a name opening with one has its place. */
  places?: readonly string[];
  /** Zones the plan names in full (rules/units.yaml `namedZones`): `示范区执委会` is the 长三角生态绿色一体化发展示范区's. */
  zones?: readonly { name: string; word: string }[];
}

/** Clauses in the range, read by the first matcher that accepts each. */
export function findClauses(ctx: DocContext, range: Span): ClauseCandidate[] {
  const out: ClauseCandidate[] = [];
  const texts = findClauseTexts(ctx, range);
  for (const clause of texts) {
    // (a clause that names units by a legend's codes holds only numbers: `责任单位：2、3、14；牵头：2`)
    if (ctx.rules.unitClauses.notUnitTextRe.test(clause.text) && !namesByCode(clause.text, unitCodes(ctx))) continue;
    // `责任单位:A、各街道(管委会)`: a bracket inside another clause is part of a name there
    if (texts.some((o) => o !== clause && o.outer.start <= clause.outer.start && clause.outer.end <= o.outer.end && spanLength(o) > spanLength(clause))) continue;
    for (const m of MATCHERS) {
      const c = m(clause, ctx.rules);
      if (c) {
        if (!(clause.bare || c.namesOnly) || namesUnits(ctx, c)) out.push(c);
        break;
      }
    }
  }
  // `（一）市交通运输局：负责…`: a duty paragraph with no clause, headed by the units it is about
  if (out.length === 0) {
    const heading = headingClause(ctx, range);
    const c = heading ? plainList(heading, ctx.rules) : null;
    if (c && namesUnits(ctx, c)) out.push(c);
  }
  return coAfterLeadLine(ctx.text, out);
}

/**
 * A heading that is nothing but the names of units (`（一）市发展改革委`, `（七）各市（区）人民政府、泰州医药高新区（高港区）管委会`),
 * read as their list: each name must look like a unit.
 */
export function headingList(ctx: DocContext, span: Span): ClauseCandidate | null {
  const text = ctx.text.slice(span.start, span.end);
  if (text === '' || HEADING_NOT_LIST.test(text)) return null;
  const c = plainList({ text, start: span.start, outer: span, heading: true }, ctx.rules);
  if (!c || !namesUnits(ctx, c)) return null;
  // (each name a body of a level or a place, not a topic that ends like one: `完善水资源配置格局`, `推进万兆光网试点部署`)
  const pieces = splitUnitList(text, (piece) => isListedName(piece, ctx), levelList(ctx), runTogether(ctx.rules));
  const placed = (name: string) =>
    levelOf(name, ctx.rules) !== null || name.startsWith('各') || ctx.rules.units.hasPlaceRe.test(name) || ['lower-government', 'party'].includes(kindOf(name, ctx.rules));
  return pieces.every((p) => placed(text.slice(p.start, p.end))) ? { ...c, ruleId: HEADING_LIST } : null;
}

/** The rule id of the units a heading that is only their names gives (see {@link headingList}). */
export const HEADING_LIST = 'units/heading-list';

/** Punctuation no list of names holds: a heading that has it is a sentence or a label. */
const HEADING_NOT_LIST = /[。；;，,：:！？“”《》\s]/u;

/**
 * A piece of a line read as one clause whose words say it is one (`由市委宣传部负责`, a part of
 * `以上第（一）至（三）项由市委宣传部负责，第（四）项由市委组织部负责`): the opener dropped, read by the first matcher that accepts it.
 */
export function readClause(ctx: DocContext, span: Span): ClauseCandidate | null {
  let text = ctx.text.slice(span.start, span.end).replace(/[。，；,;\s]+$/u, '');
  let start = span.start;
  const opener = ctx.rules.unitClauses.openerRe.exec(text);
  if (opener) {
    text = text.slice(opener[0].length);
    start += opener[0].length;
  }
  // (a part of a line, it closes what it is about: `第1、2项由A配合` names units that cooperate)
  const clause = { text, start, outer: { start, end: start + text.length }, closing: true };
  for (const m of MATCHERS) {
    const c = m(clause, ctx.rules);
    if (c) return c;
  }
  return null;
}

function spanLength(c: { outer: Span }): number {
  return c.outer.end - c.outer.start;
}

/**
 * `牵头单位:区发改局` on one line and `责任单位:…` alone on the next: the units listed after a
 * lead cooperate (SPEC §6), as they do when both keys share one line.
 */
function coAfterLeadLine(text: string, clauses: ClauseCandidate[]): ClauseCandidate[] {
  return clauses.map((c, i) => {
    const prev = clauses[i - 1];
    if (!prev || c.ruleId !== 'units/colon-list' || prev.ruleId !== 'units/colon-list') return c;
    if (!prev.parts.some((p) => p.role === 'lead') || c.parts.some((p) => p.role !== 'responsible')) return c;
    if (text.slice(prev.span.end, c.span.start).trim() !== '') return c;
    return { ...c, parts: c.parts.map((p) => ({ ...p, role: 'co' as const })) };
  });
}

/** At most this many characters in a unit name read from a sentence without brackets. */
const MAX_BARE_NAME = 24;

/**
 * Whether every name of a clause read from a plain sentence or a bare bracket looks like a unit (a department,
 * government, party body or enterprise by `rules/units.yaml`'s kinds), so that prose ending in
 * `负责` or `配合` is not taken for a unit clause.
 */
function namesUnits(ctx: DocContext, c: ClauseCandidate): boolean {
  let names = 0;
  for (const part of c.parts) {
    const list = ctx.text.slice(part.span.start, part.span.end);
    const pieces = splitUnitList(list, (piece) => isListedName(piece, ctx), levelList(ctx), runTogether(ctx.rules));
    let level: string | null = null; // the level of the list so far
    for (let k = 0; k < pieces.length; k++) {
      const s = pieces[k];
      const raw = withoutDutyWords(list.slice(s.start, s.end).replace(ctx.rules.unitClauses.roleNoteRe, '').replace(ctx.rules.units.trailingEtcRe, ''), ctx);
      if (ctx.rules.unitClauses.placeholdersRe.test(raw)) continue;
      // (a bare place sharing the government named after it: `安定区、通渭县人民政府`)
      const shares = () => sharedSuffix(raw, pieces.slice(k + 1).map((p) => list.slice(p.start, p.end)), ctx) !== null;
      // (an institution whose level the list's name before it gives: `县人民医院、中医医院`)
      const institution = (name: string) => ctx.rules.unitClauses.institutionRe.test(name);
      // (a department with the other name it serves under: `市政务办（市数据局）`)
      const named = isUnitName(withoutAlias(raw, ctx), ctx) || institution(raw) || (level !== null && institution(level + raw)) || shares();
      if (raw.length > MAX_BARE_NAME || !named) return false;
      level = levelOf(raw, ctx.rules) ?? level;
      names++;
    }
  }
  return names > 0;
}

export function statesFirstIsLead(ctx: DocContext): boolean {
  return ctx.rules.unitClauses.firstIsLeadConventionRe.test(ctx.text);
}

export function extractUnits(ctx: DocContext, range: Span, opts: UnitOptions): Unit[] {
  return unitsOfClauses(ctx, findClauses(ctx, range), opts);
}

/**
 * The clause of a task table's unit cell: what a matcher reads in it (`市教育局牵头，各区政府配合`),
 * else the whole cell as one list whose role is the column's (`牵头单位` → lead).
 */
export function cellClause(ctx: DocContext, cell: Span, role: UnitRole): ClauseCandidate {
  const clause = { text: ctx.text.slice(cell.start, cell.end), start: cell.start, outer: cell };
  for (const m of MATCHERS) {
    if (m === plainList) continue; // a cell of names is read with its column's role below
    const c = m(clause, ctx.rules);
    if (c) return c;
  }
  // `市司法局会同市直各行政执法部门` in a cell, no duty word after it: A leads, the others cooperate
  const joint = ctx.rules.unitClauses.togetherRe.exec(clause.text);
  if (joint && joint.index > 0 && joint.index + joint[0].length < clause.text.length) {
    const at = cell.start + joint.index;
    return {
      ruleId: 'units/together',
      span: cell,
      parts: [
        { span: { start: cell.start, end: at }, role: 'lead' },
        { span: { start: at + joint[0].length, end: cell.end }, role: 'co' },
      ],
    };
  }
  // `市民政局配合` in a cell of its own: the role word names the role and is no part of the name
  const { leadWords, coWords } = ctx.rules.unitClauses;
  for (const [words, named] of [[leadWords, 'lead'], [coWords, 'co']] as const) {
    const w = words.find((x) => clause.text.endsWith(x) && clause.text.length > x.length);
    if (w) return { ruleId: 'units/table-column', span: cell, parts: [{ span: { start: cell.start, end: cell.end - w.length }, role: named }] };
  }
  return { ruleId: 'units/table-column', span: cell, parts: [{ span: cell, role }] };
}

/** Levels in brackets after a level (`（州）`, `（市、区）`). */
const LEVELS_BRACKET = /^[（(][^（）()]{1,8}[）)]/u;

/** The units of clauses: lists split, level prefixes restored, names resolved; each name once. */
export function unitsOfClauses(ctx: DocContext, found: readonly ClauseCandidate[], opts: UnitOptions): Unit[] {
  const clauses = opts.firstIsLead ? firstIsLead([...found]) : found;
  const ownUnits = opts.issuer ? ctx.rules.units.ownUnitsHolderRe.test(opts.issuer) : false;
  // the level a name written without one takes when its list gives none: the region's (not a town's: its own offices stay bare)
  const own = regionLevel(opts.region, ctx.rules);
  const regionPrefixLevel = own !== null && ctx.rules.units.regionNotRestored.has(own) ? null : own;
  const units: Unit[] = [];
  const seen = new Set<string>();
  const zonePlace = issuerZone(opts.issuer ?? null, opts.region);
  const codes = unitCodes(ctx);
  for (const clause of clauses) {
    let listLevel: string | null = null;
    let listPlace: string | null = null; // the named place of the list so far (`宁波市发展改革委、自然资源和规划局`: 宁波市)
    const places = [...(opts.places ?? [])]; // and the places the plan's issuers and this clause have named (`舟山市…、舟山海事局`)
    let each = false; // the list named every body of a level (`各乡镇人民政府、街道办事处`): 各 goes on
    let first = true;
    let noted: UnitRole | null = null; // a role noted after a unit of this clause: `市发改委（牵头）`
    let before: string | null = null; // the name before, in this clause (`…委员会牵头，社会建设委员会…配合`)
    // (a clause whose leads are marked, `市交通运输局★、大连海关`: its marked units lead, the others cooperate)
    const leadMarkRe = ctx.rules.unitClauses.leadMarkRe;
    const clauseStart = units.length;
    let pickedLead = false;
    const marked: boolean[] = [];
    const split = clause.parts.map((part) => {
      const list = ctx.text.slice(part.span.start, part.span.end);
      return { list, pieces: splitUnitList(list, (piece) => isListedName(piece, ctx), levelList(ctx), runTogether(ctx.rules)) };
    });
    // (a list that names no level at all, `（责任部门：经发局、科技局、财政局）`, implies none: its names stay as written, SPEC §6)
    const impliesLevel = split.some(({ list, pieces }) => pieces.some((p) => levelOf(list.slice(p.start, p.end).trim(), ctx.rules) !== null));
    const fallbackLevel = impliesLevel ? regionPrefixLevel : null;
    for (const [pi, part] of clause.parts.entries()) {
      const { list, pieces } = split[pi];
      for (let k = 0; k < pieces.length; k++) {
        const s = pieces[k];
        // (a code stands for the legend's name, whose span the unit takes: `2` → 市政务办)
        const coded = codes.get(ctx.text.slice(part.span.start + s.start, part.span.start + s.end).trim());
        const start = coded?.start ?? part.span.start + s.start;
        let raw = coded ? ctx.text.slice(coded.start, coded.end) : ctx.text.slice(start, part.span.start + s.end);
        const mark = leadMarkRe.exec(raw);
        if (mark) raw = raw.slice(0, mark.index);
        const note = ctx.rules.unitClauses.roleNoteRe.exec(raw);
        if (note) raw = raw.slice(0, note.index);
        raw = withoutDutyWords(raw.replace(ctx.rules.units.trailingEtcRe, ''), ctx);
        // the name as written, with the other name in brackets it serves under; canonical and kind are the department's
        const bare = withoutAlias(raw, ctx);
        // (a level word alone is what is left of `市、区有关部门`: no unit)
        if (raw === '' || ctx.rules.unitClauses.placeholdersRe.test(raw) || ctx.rules.units.levelListItemRe.test(raw)) continue;
        const roleNoted = note ? (ctx.rules.unitClauses.leadRe.test(note.groups!.word) ? 'lead' : 'co') : null;
        // (a comma closes a list of every body of a level: `各乡镇（街道）纪（工）委，村（社区）党组织、村务监督委员会`)
        if (k > 0 && listLevel?.startsWith('各') && /[，,；;]/u.test(list.slice(pieces[k - 1].end, s.start))) {
          listLevel = null;
          each = false;
        }
        const level = levelOf(raw, ctx.rules);
        if (level) listLevel = level;
        // (`各市邮政管理局、商务局`: every city's bureaus, the second too)
        // (with the levels a bracket adds: `各市（州）党委农办、农业农村局` → 各市（州）农业农村局)
        const eachLevel = raw.startsWith('各') ? levelOf(raw.slice(1), ctx.rules) : null;
        if (eachLevel) listLevel = `各${eachLevel}${LEVELS_BRACKET.exec(raw.slice(1 + eachLevel.length))?.[0] ?? ''}`;
        // (an enterprise's or a university's plan names its own departments: no level to restore)
        // (nor for a department's own centre, named bare in the plan it issues alone: `信息中心`)
        // (nor for a short name the plan defines: `市公安局交通管理局（以下简称交管局）`, then `交管局`)
        // (nor for the issuer's office a key names: `责任处室：执法监督局`, rules/unit-clauses.yaml `officeKeys`)
        // (nor for a people's congress's own body in a plan of its standing committee: `财政经济委员会`, `办公厅`)
        // (a government department after a name with a level is that level's: `市经信局、科技局` in a CPPCC plan is 市科技局;
        // not the holder's own, `省青联秘书处、学校部` in a Youth League committee's)
        const office = part.offices === true && opts.issuer != null && level === null && !raw.startsWith('各') && !ctx.rules.units.hasPlaceRe.test(raw);
        const ownName = (ownUnits && (listLevel === null || !isKnownDepartment(raw, ctx.rules))) || congressBody(raw, opts.issuer ?? null, ctx.rules) !== null || office || isOwnCentre(raw, opts.issuer ?? null, ctx.rules, opts.region ?? null) || (opts.shortNames?.has(raw) ?? false);
        // (nor for a body named after the zone the issuer governs within the region: `前海法院` in a plan of 深圳市前海深港…管理局)
        const prefix = ownName || (zonePlace !== null && raw.startsWith(zonePlace)) ? null : (listLevel ?? regionPrefixLevel);
        // (the name shows the level only where the list implies one; the department is the region's all the same)
        const shownPrefix = listLevel ?? fallbackLevel;
        if (raw.startsWith('各')) each = kindOf(raw, ctx.rules) === 'lower-government';
        const eachOf = each && !raw.startsWith('各') && ctx.rules.units.levelListEndRe.test(raw);
        const shared = sharedSuffix(raw, pieces.slice(k + 1).map((p) => list.slice(p.start, p.end)), ctx) ?? (eachOf ? null : loneSuffix(raw, ctx));
        // (a comma closes a run of one place's departments: `宁波市生态环境局、交通运输局，舟山市…`)
        if (k > 0 && /[，,；;]/u.test(list.slice(pieces[k - 1].end, s.start))) listPlace = null;
        const named = level !== null ? null : namedPlace(raw, ctx);
        const placeOfList = level === null && named === null && listPlace !== null ? listedPlace(raw, listPlace, [opts.region ?? '', ...places], ctx) : '';
        const place: string = (before !== null ? sharedPlace(raw, before, ctx) : '') || placeOfList;
        before = raw;
        if (named !== null && !places.includes(named)) places.push(named);
        listPlace = level !== null ? null : (named ?? (place ? listPlace : null));
        // (a name with the other name it serves under, `住房城乡建设局（市燃气办）`, takes the level its department takes)
        const restoredBare = bare === raw ? null : restorePrefix(bare, prefix, ctx.rules, opts.region, places);
        const aliasPrefix = restoredBare !== null && restoredBare !== bare ? restoredBare.slice(0, restoredBare.length - bare.length) : '';
        const nameWith = (level: string | null) =>
          withoutDigitSpaces(
            eachOf ? `各${raw}` : shared ? raw + shared : place ? place + raw : aliasPrefix ? aliasPrefix + raw : restorePrefix(raw, level, ctx.rules, opts.region, places),
          );
        const full = nameWith(prefix);
        const name = prefix !== null && shownPrefix === null ? nameWith(null) : full;
        const department = bare === raw || eachOf || shared || place ? full : withoutDigitSpaces(restoredBare ?? bare);
        if (seen.has(name)) {
          // (a lead picked out of the clause's list: `（责任单位：2、3、14；牵头：2）` → 2 leads, the others cooperate)
          const listed = part.role === 'lead' ? units.findIndex((u, i) => i >= clauseStart && u.name === name && u.role === 'responsible') : -1;
          if (listed >= 0) {
            units[listed].role = 'lead';
            pickedLead = true;
          }
          continue;
        }
        seen.add(name);
        // a unit listed after a noted lead, in a list that names no role, cooperates
        // (in a 牵头单位 column too: `市发展改革局（牵头）、市财政局` names its lead)
        const listed = (part.role === 'responsible' || part.role === 'lead') && noted === 'lead' ? 'co' : part.role;
        // (by the convention the first unit leads and the rest of its list cooperate; a later list that names its own duty,
        // `；各市统计局负责落实`, is responsible for it)
        // (the roles `firstIsLead` gave the lists)
        const role = opts.firstIsLead ? (first ? 'lead' : part.role === 'lead' ? 'co' : part.role) : (roleNoted ?? listed);
        if (roleNoted === 'lead') noted = 'lead';
        first = false;
        // (a short name the plan defines is the body it names in full)
        const body = opts.shortNames?.get(department) ?? department;
        const resolved = inZone(canonicalName(body, opts.region, ctx.rules, opts.issuer ?? null, opts.places), opts.zones);
        const unit: Unit = {
          raw,
          name,
          // (an office a key names is the issuer's, unless its name resolves under the issuer already: `厅办公室`)
          canonical: office && !resolved.startsWith(opts.issuer!) ? issuerOffice(body, opts.issuer!, opts.region, ctx.rules) : resolved,
          role,
          kind: kindOf(body, ctx.rules),
          span: { start, end: start + raw.length },
          ruleId: clause.ruleId,
        };
        units.push(unit);
        marked.push(mark !== null);
      }
    }
    if (marked.includes(true)) for (let k = clauseStart; k < units.length; k++) units[k].role = marked[k - clauseStart] ? 'lead' : 'co';
    if (pickedLead) for (let k = clauseStart; k < units.length; k++) if (units[k].role === 'responsible') units[k].role = 'co';
  }
  return units;
}

/**
 * `省市场监管局（省知识产权局）`, `市发展改革委（市能源局）`, `市资源规划局（市不动产登记中心）`: a department and, in brackets, the other name
 * it serves under (or its short name: `市归国华侨联合会（市侨联）`); the department without it (`各（区）镇`, whose bracket is no unit, stays whole).
 */
function withoutAlias(raw: string, ctx: DocContext): string {
  const m = ALIAS.exec(raw);
  // the other name carries its level (`省知识产权局`, `市不动产登记中心`); `各街道(管委会)` names one body twice, not two
  // (a people's organisation by its short name: `市归国华侨联合会（市侨联）`)
  return m && !m[1].startsWith('各') && levelOf(m[2], ctx.rules) !== null && isListedName(m[1], ctx) && isListedName(m[2], ctx)
    ? m[1]
    : raw;
}

const ALIAS = /^(.+?)[（(]([^（()）]{2,20})[）)]$/u;

/** Names run together in a PDF's list (rules/units.yaml `runTogether`): a known department after a name with a level continues it. */
const runTogether = memoize(
  (rules: RuleSet): RunTogether => ({
    ...rules.units.runTogether,
    continues: (first, second) => levelOf(first, rules) !== null && rules.units.runTogether.departmentRe.test(second) && isKnownDepartment(second, rules),
    // (a bare place before a place's government, a PDF's lost `、` between them: `任泽区南和区人民政府`)
    placeBefore: (first, second) => rules.units.barePlaceRe.test(first) && rules.units.placeGovernmentRe.test(second),
  }),
);

function levelList(ctx: DocContext) {
  return { item: ctx.rules.units.levelListItemRe, end: ctx.rules.units.levelListEndRe, zone: ctx.rules.units.levelListZoneRe };
}

/** A name opening with the last word of a zone the plan names in full (`示范区执行委员会`): the zone's, in full. */
function inZone(name: string, zones: UnitOptions['zones']): string {
  const zone = zones?.find((z) => name.startsWith(z.word) && !name.startsWith(z.name));
  return zone ? zone.name + name.slice(zone.word.length) : name;
}

/**
 * The first two characters of the zone the issuer governs within the region (`深圳市前海深港现代服务业合作区管理局` in 深圳市: 前海),
 * which the names of the zone's bodies open with; null for any other issuer.
 */
function issuerZone(issuer: string | null, region: string | null): string | null {
  if (issuer === null || region === null || !issuer.startsWith(region)) return null;
  const m = ZONE_ISSUER.exec(issuer.slice(region.length));
  return m ? m[1] : null;
}

const ZONE_ISSUER = /^(\p{Script=Han}{2})\p{Script=Han}{0,12}?(?:合作区|新区|开发区|高新区|示范区|试验区|实验区|片区|园区)/u;

/**
 * What a place or a zone named bare as a unit, with nothing after it to share, stands for (rules/units.yaml `lonePlace`):
 * `青浦区` its people's government, `怀化经开区` its committee.
 */
function loneSuffix(raw: string, ctx: DocContext): string | null {
  const { lonePlace, zone } = ctx.rules.units;
  if (zone.re.test(raw)) return /(?:管委会|管理委员会|[）)])$/u.test(raw) ? null : lonePlace.zoneCommittee;
  return lonePlace.re.test(raw) && !lonePlace.notRe.test(raw) ? lonePlace.government : null;
}

/** The level word a place's name ends with (`东部新区` → 区, `大兴安岭地区` → 地区). */
const PLACE_LEVEL = /(?:地区|自治州|[省市州县区旗盟])$/u;

/**
 * The ending a bare place shares with the government or department named after it (`崇左市、防城港市人民政府`: 崇左市 is
 * 崇左市人民政府; `沈阳市、大连市机关事务管理局`): the next names of the list, while bare places of the same tier
 * (`湖口县、瑞昌市人民政府`), up to one with the ending.
 */
function sharedSuffix(raw: string, after: readonly string[], ctx: DocContext): string | null {
  const { barePlaceRe, placeGovernmentRe, placeDepartmentRe, prefixableRe } = ctx.rules.units;
  const level = barePlaceRe.exec(raw)?.groups?.level;
  if (level === undefined) return null;
  for (const next of after) {
    const gov = placeGovernmentRe.exec(next);
    if (gov?.groups) return sameTier(gov.groups.level, level, ctx) ? gov.groups.suffix : null;
    const dept = placeDepartmentRe.exec(next)?.groups;
    if (dept && !barePlaceRe.test(next) && prefixableRe.test(dept.department) && kindOf(next, ctx.rules) !== 'enterprise') {
      // (of the same tier: `辽中区、康平县、法库县消防安全委员会`; `黑河市、大兴安岭地区行署` share nothing)
      const placeLevel = PLACE_LEVEL.exec(dept.place)?.[0].replace('自治州', '州') ?? '';
      return sameTier(placeLevel, level, ctx) ? dept.department : null;
    }
    const bare = barePlaceRe.exec(next)?.groups?.level;
    if (bare === undefined || !sameTier(bare, level, ctx)) return null;
  }
  return null;
}

/**
 * The place a body named by its kind alone shares with the name before it (`泉州开发区党工委、管委会`: 泉州开发区;
 * `市人大财政经济委员会、教育科学文化卫生委员会`: 市人大), or '' (rules/units.yaml `sharedPlace`).
 */
function sharedPlace(raw: string, before: string, ctx: DocContext): string {
  for (const { bodyRe, endingRe } of ctx.rules.units.sharedPlace) {
    if (!bodyRe.test(raw)) continue;
    const m = endingRe.exec(before);
    if (m && m.index >= 2) return before.slice(0, m.index);
  }
  return '';
}

/**
 * The named place a department opens with (`宁波市` of `宁波市发展改革委`), which the departments listed bare after
 * it share; not a zone's (`高新区管委会、经发局`), nor a government's or a company's.
 */
function namedPlace(raw: string, ctx: DocContext): string | null {
  const { placeDepartmentRe, placeGovernmentRe, prefixableRe, listPlaceNotRe, zone } = ctx.rules.units;
  const dept = placeDepartmentRe.exec(raw)?.groups;
  if (!dept || levelOf(raw, ctx.rules) !== null || zone.re.test(dept.place) || listPlaceNotRe.test(dept.place) || !prefixableRe.test(dept.department)) return null;
  const kind = kindOf(raw, ctx.rules);
  return kind === 'enterprise' || kind === 'lower-government' || placeGovernmentRe.test(raw) ? null : dept.place;
}

/**
 * The list's named place for a department named bare after it (`自然资源和规划局` of `宁波市发展改革委、自然资源和规划局`), or ''
 * when the name opens with that place or one of the `known` ones already (`舟山海事局`).
 */
function listedPlace(raw: string, listPlace: string | null, known: readonly string[], ctx: DocContext): string {
  if (listPlace === null || namesPlace(raw, listPlace, known)) return '';
  const { hasPlaceRe, prefixableRe, internalOfficeRe } = ctx.rules.units;
  if (hasPlaceRe.test(raw) || internalOfficeRe.test(raw) || !prefixableRe.test(raw) || kindOf(raw, ctx.rules) === 'enterprise') return '';
  return listPlace;
}

/** Two levels that stand in one list of places (rules/units.yaml `placeTiers`: 县 and 市 as county-level). */
function sameTier(a: string, b: string, ctx: DocContext): boolean {
  return a === b || ctx.rules.units.placeTiers.some((tier) => tier.includes(a) && tier.includes(b));
}

/** `各县（市）区政府落实` of `（市教育局牵头，各县（市）区政府落实）`, `市发展改革委要` of `…要牵头`: a duty ending or modal left on the name. */
function withoutDutyWords(raw: string, ctx: DocContext): string {
  const { dutyEndingRe, dutyEndingWeakRe, modalEndRe } = ctx.rules.unitClauses;
  for (const re of [dutyEndingRe, dutyEndingWeakRe, modalEndRe]) {
    const m = re.exec(raw);
    if (m && m.index > 0 && isUnitName(raw.slice(0, m.index), ctx)) return raw.slice(0, m.index);
  }
  return raw;
}

/** A PDF's space between a number and the characters around it is no part of a name (`121 团` → 121团). */
function withoutDigitSpaces(name: string): string {
  return name.replace(DIGIT_SPACE, '');
}

const DIGIT_SPACE = /(?<=[0-9])[ \u00a0]+(?=\p{Script=Han})|(?<=\p{Script=Han})[ \u00a0]+(?=[0-9])/gu;

/** A department, government, party body or enterprise by `rules/units.yaml`'s kinds. */
function isUnitName(name: string, ctx: DocContext): boolean {
  return kindOf(name, ctx.rules) !== 'other';
}

/** A name a list may hold: a unit by its kind, or a people's organisation or institution (`县总工会`, `县人民医院`). */
function isListedName(name: string, ctx: DocContext): boolean {
  return isUnitName(name, ctx) || ctx.rules.unitClauses.institutionRe.test(name);
}

export function unitPage(ctx: DocContext, u: Unit): number | undefined {
  return pageOf(ctx.pageMap, u.span.start);
}
