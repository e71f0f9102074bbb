import { firstPrefix, firstSuffix, startsWithAny } from '../../../core/lists.js';
import { memoize } from '../../../core/memo.js';
import { inOrder } from '../../../core/strings.js';
import type { RuleSet } from '../../../ruleset/registry.js';
import type { AbbreviationTable } from '../../../ruleset/schemas/abbreviations.js';
import type { UnitKind } from '../../../schema/output.js';

/** The level character a name starts with (`省`, `市`), or null (`市场监管局` has none). */
export function levelOf(name: string, rules: RuleSet): string | null {
  // (a level may be more than one character: `自治区商务厅`)
  const level = firstPrefix(name, rules.units.levelPrefixes);
  if (level === undefined) return null;
  const { notLevelPrefix, levelAfterAll } = rules.units;
  if (startsWithAny(name, notLevelPrefix) && !startsWithAny(name, levelAfterAll)) return null;
  return level;
}

/**
 * Level of a region name, the level prefix it ends with (rules/units.yaml `levelPrefixes`, longest
 * first): `广东省` → 省, `苏州市` → 市, `广西壮族自治区` → 自治区, `苏州工业园区` → 园区; or the level
 * `regionLevels` gives a region of its form (`第八师石河子市` → 师市).
 */
export function regionLevel(region: string | null, rules: RuleSet): string | null {
  if (!region) return null;
  for (const { re, level } of rules.units.regionLevels) if (re.test(region)) return level;
  return firstSuffix(region, rules.units.levelPrefixes) ?? null;
}

/**
 * The name with the level prefix the list implies restored: in
 * `省科技厅、工业和信息化厅` the second is `省工业和信息化厅`. Names that carry a
 * level or a place, or are not departments, stay as written.
 */
export function restorePrefix(name: string, listLevel: string | null, rules: RuleSet, region: string | null = null, places: readonly string[] = []): string {
  if (!listLevel || rules.units.notRestored.has(listLevel)) return name;
  if (levelOf(name, rules) !== null) return name;
  if (rules.units.internalOfficeRe.test(name) || rules.units.ownOfficeRe.test(name)) return name;
  if (rules.units.hasPlaceRe.test(name)) return name;
  if (!rules.units.prefixableRe.test(name)) return name;
  // `国铁集团南昌局` is a company's office; `洛阳金融监管分局` in a 洛阳市 plan names its place already
  // (nor `舟山海事局` in a plan 宁波市 and 舟山市 issue together)
  if (kindOf(name, rules) === 'enterprise' || namesPlace(name, region, places) || namedByForm(name, rules)) return name;
  return listLevel + name;
}

/** A national body's office named by its own place (`衢州金融监管分局`, `宁波海关`; abbreviations `forms` with a `{place}`). */
function namedByForm(name: string, rules: RuleSet): boolean {
  for (const { re, canonical } of rules.abbreviations.general.forms) {
    if (!canonical.includes('{place}')) continue;
    const m = re.exec(name);
    if (m?.index === 0 && m.groups?.place) return true;
  }
  return false;
}

/** The name opens with the region's name or one of the places', without its level (`舟山海事局` of 舟山市). */
export function namesPlace(name: string, region: string | null, places: readonly string[] = []): boolean {
  return namesRegion(name, region) || places.some((p) => namesRegion(name, p));
}

/**
 * The name opens with the region's own name without its level (`洛阳` of `洛阳市`), or with one of its parts
 * (`天河公安分局`, `广州天河供电局` in a 广州市天河区 plan), two characters or more.
 */
function namesRegion(name: string, region: string | null): boolean {
  if (!region) return false;
  for (const stem of regionNames(region).stems) if (name.startsWith(stem)) return true;
  return false;
}

const REGION_LEVEL = /(?:特别行政区|自治区|自治州|自治县|地区|省|市|州|盟|县|区|旗|师)$/u;
/** The place of the region's name at this level, with the places above it (`广州市越秀区北京街道`, 区 → 广州市越秀区). */
function higherPlace(region: string, level: string): string | undefined {
  const parts = regionNames(region).parts;
  const i = parts.findIndex((p) => p.endsWith(level));
  return i < 0 ? undefined : parts.slice(0, i + 1).join('');
}

/** The parts of a region's name, each up to its level (`广州市天河区` → 广州市, 天河区; `第八师石河子市` → 第八师, 石河子市). */
const REGION_PART = /\p{Script=Han}{2,}?(?:特别行政区|自治区|自治州|自治县|地区|省|市|州|盟|县|区|旗|师)/gu;
const namesOf = new Map<string, { parts: string[]; stems: string[] }>();

/**
 * The parts of a region's name, its own name left out (`广州市天河区` → 广州市, 天河区), and the stems a unit
 * may open with: the region's name and each part without its level, two characters or more (`广州市天河`,
 * `广州`, `天河`). Read once per region.
 */
function regionNames(region: string): { parts: string[]; stems: string[] } {
  let names = namesOf.get(region);
  if (!names) {
    const parts = (region.match(REGION_PART) ?? []).filter((p) => p !== region);
    const stems = [region, ...parts].map((p) => p.replace(REGION_LEVEL, '')).filter((st) => st.length >= 2);
    if (namesOf.size > 1000) namesOf.clear();
    namesOf.set(region, (names = { parts, stems }));
  }
  return names;
}

/**
 * A centre named bare (`信息中心`) in a plan a department issues alone: one of its own (rules/units.yaml
 * `ownCentre`). A centre named with a place (`济南住房公积金中心` in a 济南市 bureau's plan) is not.
 */
export function isOwnCentre(name: string, issuer: string | null, rules: RuleSet, region: string | null = null): boolean {
  if (!issuer || !rules.units.centreHolderRe.test(issuer) || !rules.units.ownCentreRe.test(name)) return false;
  if (namesRegion(name, region) || rules.units.hasPlaceRe.test(name)) return false;
  return levelOf(name, rules) === null && !rules.units.ownOfficeRe.test(name);
}

/** The body a general office issues for (`教育部办公厅` → 教育部, rules/units.yaml `generalOffice`): its offices are the body's. */
export function holderOf(issuer: string | null, rules: RuleSet): string | null {
  const m = issuer ? rules.units.generalOfficeRe.exec(issuer) : null;
  if (!issuer || !m || m.index < 2) return issuer;
  const body = issuer.slice(0, m.index);
  return rules.units.officeHolderRe.test(body) ? body : issuer;
}

export function kindOf(name: string, rules: RuleSet): UnitKind {
  for (const k of rules.units.kinds) if (k.re.test(name)) return k.kind;
  return 'other';
}

/**
 * Region-qualified full name for joins across documents: `市工信局` in a 苏州市
 * plan → `苏州市工业和信息化局`. Whole-name entries of the region's table win;
 * then a national administration's body serving the region (`vertical`: `市税务局` →
 * `国家税务总局苏州市税务局`), a name of a known form (`forms`: `浙江金融监管局` →
 * `国家金融监督管理总局浙江监管局`) and a name's full opening (`openings`: `人民银行…` → `中国人民银行…`);
 * otherwise the level prefix becomes the region (or a place of that level an issuer names, `places`) and the department part is
 * expanded from the region's aliases, then the general ones.
 */
export function canonicalName(name: string, region: string | null, rules: RuleSet, issuer: string | null = null, places: readonly string[] = []): string {
  // (a pure function of its arguments: the same few hundred names come back in every task and every document)
  const cache = canonicalCache(rules);
  const key = `${name}\u0000${region ?? ''}\u0000${issuer ?? ''}\u0000${places.join('\u0001')}`;
  let full = cache.get(key);
  if (full === undefined) {
    if (cache.size >= CANONICAL_CACHE_SIZE) cache.clear(); // bounded: a corpus of many regions does not grow the worker's heap
    cache.set(key, (full = resolveCanonical(name, region, rules, issuer, places)));
  }
  return full;
}

const CANONICAL_CACHE_SIZE = 5_000;
const canonicalCache = memoize((_rules: RuleSet) => new Map<string, string>());

function resolveCanonical(name: string, region: string | null, rules: RuleSet, issuer: string | null, places: readonly string[]): string {
  // (brackets written half width, `各县(市、区)人民政府` typed in English input mode, are full width in a name to join on)
  const full = resolveName(name, region, rules, issuer, places).replace(/\(/gu, '（').replace(/\)/gu, '）');
  // `青浦区水务局` in a plan 上海市青浦区人民政府 issues with others: the district's name with its city's
  const above = placeAbove(full, places);
  return above === null ? full : above + full;
}

function resolveName(name: string, region: string | null, rules: RuleSet, issuer: string | null, places: readonly string[]): string {
  const { general } = rules.abbreviations;
  const table = regionTable(region, rules);
  const whole = table?.canonical[name] ?? general.canonical[name];
  if (whole) return whole;
  const legal = legalName(name, rules);
  if (legal !== null) return legal;
  // `国家卫生健康委医政司`, `国家疾控局传染病防控司`: a body by its short name, then one of its departments
  const body = bodyOf(name, general.canonical);
  if (body !== null) return general.canonical[body] + name.slice(body.length);
  const ofCongress = congressBody(name, issuer, rules);
  if (ofCongress !== null) return ofCongress;
  const ofLevel = levelBureau(name.replace(OTHER_NAME, ''), region, issuer, rules);
  if (ofLevel !== null) return ofLevel;
  // `省普查办` in a plan the 陕西省第四次全国文物普查领导小组办公室 issues: the issuing office itself, by a short name
  // (`前海管理局` in one of 深圳市前海深港现代服务业合作区管理局)
  if (issuer && region && (isIssuingOffice(name, issuer, region, rules) || (ISSUER_SHORT.test(name) && namesIssuer(name, issuer, region)))) return issuer;
  // `待遇保障处` in a plan the 省医疗保障局 issues for itself: one of its own offices
  // (an office's short name spelt out: `高教处` → 高等教育处)
  // (not another level's office: `市卫生健康委医政处` in a 市疾控局 plan; an office's other name is no part of it: `办信处（网上信访处）`)
  const office = name.replace(OTHER_NAME, '');
  // (nor another body's: `国家卫生健康委医政司` in a plan of the 国家卫生健康委员会办公厅)
  const ownOffice = levelOf(office, rules) === null && !rules.units.hasPlaceRe.test(office) && rules.units.internalOfficeRe.test(office);
  if (issuer && ((rules.units.officeHolderRe.test(issuer) && ownOffice) || isOwnCentre(name, issuer, rules, region))) {
    return issuerOffice(office, issuer, region, rules);
  }
  // `各监管分局` in a plan a 监管局 issues: its own branches
  if (issuer?.endsWith('局') && rules.units.ownBranchesRe.test(name)) return issuer + name;
  // `战略发展部`, `人力资源部（党委组织部）`, `各子公司` in a group company's plan: the company's own
  // (not another body of the holder's kind: `各基层人民法院` in a court's plan, `各设区市总工会` in a 总工会's; nor a body named
  // with the issuer's own place, `江苏工人报社` in a 江苏省总工会 plan)
  const ownName =
    !rules.units.notOwnUnitRe.test(name) &&
    (name.startsWith('各') || (!rules.units.hasPlaceRe.test(name) && kindOf(name, rules) !== 'enterprise' && !(issuer && name.startsWith(issuer.slice(0, 2)))));
  if (issuer && rules.units.ownUnitsHolderRe.test(issuer) && !levelOf(name, rules) && ownName) {
    // (the other name a department serves under is no part of it: `人力资源部（党委组织部）`; `学生工作部（处）` keeps its `（处）`)
    return issuer + name.replace(OTHER_NAME, '');
  }
  // `厅办公室` in a plan the 交通运输厅 issues: 甘肃省交通运输厅办公室
  const own = issuer ? rules.units.ownOfficeRe.exec(name) : null;
  if (issuer && own?.groups && issuer.endsWith(own.groups.holder)) return issuer + own.groups.office;
  return fullWords(regionalName(name, region, table, rules, places), general);
}

/**
 * A bureau of the issuer's kind named by its level alone in a bureau's plan (rules/units.yaml `levelBureau`): `各设区市局`,
 * `福州市局`, `省局稽查局` in a 福建省烟草专卖局 plan → 福建省各设区市烟草专卖局, 福州市烟草专卖局, 福建省烟草专卖局稽查局; null
 * for any other name or issuer.
 */
function levelBureau(name: string, region: string | null, issuer: string | null, rules: RuleSet): string | null {
  if (!issuer?.endsWith('局') || !region) return null;
  const m = rules.units.levelBureauRe.exec(name);
  const at = issuer.indexOf(region);
  if (!m?.groups || at < 0 || isKnownDepartment(name, rules)) return null;
  const kind = issuer.slice(at + region.length); // 烟草专卖局
  if (kind.length < 2) return null;
  const { each, level, office = '' } = m.groups;
  const own = regionLevel(region, rules);
  // (the issuer's own level: the issuer, or an office of it)
  if (!each && level === own) return issuer + office;
  if (each) return `${region}各${level}${kind}${office}`;
  return level.length > 1 && !/[（]/u.test(level) ? `${level}${kind}${office}` : null;
}

/**
 * `财政经济委员会`, `预算工作委员会`, `办公厅` (`各专门委员会`: all of them) in a plan a people's congress standing committee or its
 * general office issues: the congress's own body, by its full name (rules/units.yaml `congress`: a special committee is the
 * congress's, a working body its standing committee's); null for any other name or issuer.
 */
export function congressBody(name: string, issuer: string | null, rules: RuleSet): string | null {
  const { holderRe, specialRe, workingRe } = rules.units.congress;
  const congress = issuer !== null ? holderRe.exec(issuer)?.groups?.congress : undefined;
  if (congress === undefined || levelOf(name, rules) || (!name.startsWith('各') && rules.units.hasPlaceRe.test(name))) return null;
  if (specialRe.test(name)) return congress + name;
  return workingRe.test(name) ? `${congress}常务委员会${name}` : null;
}

/**
 * The places above the district a name opens with, when that is the last part of a place an issuer names (`青浦区` of
 * 上海市青浦区 → 上海市); null when the name names it in full already or opens with no such district.
 */
function placeAbove(name: string, places: readonly string[]): string | null {
  for (const p of places) {
    if (name.startsWith(p)) return null;
    if (!p.endsWith('区')) continue;
    for (let i = 2; i < p.length - 2; i++) {
      if (!PLACE_PART_END.test(p[i - 1])) continue;
      const part = p.slice(i);
      if (name.startsWith(part) && name.length > part.length) return p.slice(0, i);
    }
  }
  return null;
}

const PLACE_PART_END = /[省市州盟]/u;

/** The longest body with a full name (abbreviations `canonical`) that a name opens with, before a department of at least two characters. */
function bodyOf(name: string, canonical: Readonly<Record<string, string>>): string | null {
  let best: string | null = null;
  for (const key in canonical) {
    if (key.length >= 3 && name.length >= key.length + 2 && name.startsWith(key) && (best === null || key.length > best.length)) best = key;
  }
  return best;
}

/** A department the general abbreviation table knows, by its short or its full name (`住房城乡建设局`, `文化和旅游厅`). */
export function isKnownDepartment(name: string, rules: RuleSet): boolean {
  return knownDepartments(rules).has(name);
}

const knownDepartments = memoize((rules: RuleSet) => {
  const { aliases } = rules.abbreviations.general;
  return new Set([...Object.keys(aliases), ...Object.values(aliases)]);
});

/**
 * One of the issuer's own offices, by its name in the plan (`高教处` → 高等教育处; the other name it serves
 * under is no part of it: `办信处（网上信访处）`): `<issuer><office>`.
 */
export function issuerOffice(name: string, issuer: string, region: string | null, rules: RuleSet): string {
  const { general } = rules.abbreviations;
  const office = withoutIssuer(name.replace(OTHER_NAME, ''), issuer, region);
  return issuer + (regionTable(region, rules)?.aliases[office] ?? general.aliases[office] ?? office);
}

/**
 * An office named after the issuer's short name (`前海管理局产业处` in a plan of 深圳市前海深港现代服务业合作区管理局): the office
 * alone, its body being the issuer (the short name's characters in the order of the issuer's name after its region, and its last).
 */
function withoutIssuer(office: string, issuer: string, region: string | null): string {
  const m = SHORT_ISSUER.exec(office);
  return m && namesIssuer(m[1], issuer, region) ? m[2] : office;
}

/** Whether `body` is the issuer by a short name: its characters in the order of the issuer's name after its region, and its last. */
function namesIssuer(body: string, issuer: string, region: string | null): boolean {
  const tail = region !== null && issuer.startsWith(region) ? issuer.slice(region.length) : issuer;
  return body.at(-1) === issuer.at(-1) && inOrder(body.slice(0, -1), tail.slice(0, -1));
}

/** A short name of a body (`前海管理局`), alone or before one of its offices (`前海管理局产业处`). */
const ISSUER_SHORT = /^\p{Script=Han}{3,8}[局委办厅院会]$/u;
const SHORT_ISSUER = /^(\p{Script=Han}{3,8}?[局委办厅院会])(\p{Script=Han}{2,12}(?:处|科|室|部|中心))$/u;

/**
 * The short name of an office (`省普查办`) naming the office that issues the plan (`陕西省第四次全国文物普查领导小组办公室`):
 * the region's level, then characters of the issuer's name after its region in order, ending with 办.
 */
function isIssuingOffice(name: string, issuer: string, region: string, rules: RuleSet): boolean {
  if (!name.endsWith('办') || !issuer.endsWith('办公室') || !issuer.startsWith(region)) return false;
  const level = levelOf(name, rules);
  if (level === null || level !== regionLevel(region, rules)) return false;
  const body = name.slice(level.length, -1);
  return body.length >= 2 && inOrder(body, issuer.slice(region.length, -3));
}

/**
 * The abbreviation table of the region, or of the nearest place it lies in (`北京市朝阳区` → 北京市's):
 * a city's names for its departments are its districts' too.
 */
function regionTable(region: string | null, rules: RuleSet): AbbreviationTable | undefined {
  if (!region) return undefined;
  const { byRegion } = rules.abbreviations;
  const own = byRegion.get(region);
  if (own) return own;
  const parts = regionNames(region).parts;
  for (let i = parts.length - 1; i >= 0; i--) {
    const t = byRegion.get(parts[i]);
    if (t) return t;
  }
  return undefined;
}

/** The region-qualified name, abbreviations of the department part expanded. */
function regionalName(name: string, region: string | null, table: AbbreviationTable | undefined, rules: RuleSet, places: readonly string[] = []): string {
  const { general } = rules.abbreviations;
  const level = levelOf(name, rules);
  if (region) {
    // `市税务局`, `深圳市税务局`: a national administration's body serving the region
    const body = level && level === regionLevel(region, rules) ? name.slice(level.length) : name.startsWith(region) ? name.slice(region.length) : null;
    const vertical = body !== null ? (table?.vertical[body] ?? general.vertical[body]) : undefined;
    if (vertical) return vertical.replace('{region}', region);
  }
  // `浙江金融监管局`, `安徽证监局`, `厦门海关`, `团市委`: a national body's office, or a body, named by a form
  for (const { re, canonical } of [...(table?.forms ?? []), ...general.forms]) {
    const m = re.exec(name);
    if (m && (region || !canonical.includes('{region}')))
      return canonical.replace(/\{(\w+)\}/gu, (_, key: string) =>
        key === 'region' ? (region ?? '') : key === 'stem' ? (region?.replace(REGION_LEVEL, '') ?? '') : (m.groups?.[key] ?? ''),
      );
  }
  for (const short in general.openings) {
    const full = general.openings[short];
    if (name.startsWith(short) && !name.startsWith(full)) return full + name.slice(short.length);
  }
  const zone = region ? zoneName(name, level, region, rules) : null;
  if (zone) return zone;
  // `区公安分局`, `武进自然资源和规划分局` in a 常州市武进区 plan: the district's branch of the city's bureau (常州市公安局武进分局)
  const branch = region ? branchOfHigher(name, level, region, rules) : null;
  if (branch) return branch;
  if (region && level && level === regionLevel(region, rules)) return region + expandAlias(name.slice(level.length), table, general);
  // `市生态环境局天河分局` in a 广州市天河区 plan: a body of the higher place the region lies in (广州市), named with the places
  // above that place too (`区城市更新局` in a 广州市越秀区北京街道 plan: 广州市越秀区城市更新局)
  const higher = region && level ? higherPlace(region, level) : undefined;
  if (higher) return higher + expandAlias(name.slice(level!.length), table, general);
  // `苏州市工信局` in a 苏州市 plan, `新北区城管局` in a 常州市新北区 one: a department named with the region
  const own = region ? ownDepartment(name, region, rules) : null;
  if (region && own !== null) return region + expandAlias(own, table, general);
  if (region && (name.startsWith('各') || rules.units.areaEachRe.test(name))) return region + eachTail(name, table, general);
  // `城市管理办公室` in a 望京街道 plan: a street's or town's own office, named with no level
  if (region && !level && rules.units.localRegionRe.test(region) && !rules.units.hasPlaceRe.test(name) && kindOf(name, rules) !== 'enterprise') {
    return region + expandAlias(name, table, general);
  }
  // `成华区政府` in a 成都市 plan, `大均乡人民政府` in a county's: the government of a place within the region
  if (region) {
    const level = regionLevel(region, rules);
    const ownName = namesRegion(name, region);
    for (const g of rules.units.namedLowerGovernments) {
      const m = level && g.within.has(level) && (g.namedAfterRegion || !ownName) ? g.re.exec(name) : null;
      if (m?.groups) return g.canonical.replace('{region}', region).replace('{body}', m.groups.body);
    }
  }
  // `苏州市医保局` in a 苏州工业园区 plan: a department of another place, its department part spelt out
  const placed = rules.units.placeDepartmentRe.exec(name);
  if (placed?.groups && rules.units.prefixableRe.test(placed.groups.department) && kindOf(name, rules) !== 'enterprise') {
    return placed.groups.place + expandAlias(placed.groups.department, table, general);
  }
  // `州文化和旅游局` in a plan a province's department and a prefecture issue together: the issuing place of that level
  const issuing = level ? places.find((p) => regionLevel(p, rules) === level || p.endsWith(level)) : undefined;
  if (issuing !== undefined && level && !name.startsWith(level + level)) return issuing + expandAlias(name.slice(level.length), table, general);
  // `区科委` in a 北京市 plan: another level's department, its department part spelt out, its level kept
  if (level && !name.startsWith(level + level)) return level + expandAlias(name.slice(level.length), table, general);
  return expandAlias(name, table, general);
}

/**
 * The department part of a name that opens with the plan's region or with its last part (`新北区`
 * of `常州市新北区`), when that part is a department (`城管局`); null otherwise.
 */
function ownDepartment(name: string, region: string, rules: RuleSet): string | null {
  // the region, then each of its tails that follows a level character (`新北区` after `常州市`)
  const places = [region];
  for (let i = 2; i < region.length - 2; i++) if (/[省市州盟区县旗]/u.test(region[i - 1])) places.push(region.slice(i));
  const place = places.find((p) => name.startsWith(p));
  const rest = place !== undefined ? name.slice(place.length) : '';
  return rest.length >= 2 && rules.units.prefixableRe.test(rest) ? rest : null;
}

/**
 * A development zone named without the place it lies in (rules/units.yaml `zone`): the name of the region's
 * first part (its city, its province), level left out, opens it (`两江新区管委会` in a 重庆市 plan →
 * 重庆两江新区管委会, `县经开区管委会` in a 兰考县 plan → 兰考经开区管委会); one naming another province is left.
 */
function zoneName(name: string, level: string | null, region: string, rules: RuleSet): string | null {
  const { zone } = rules.units;
  if (name.startsWith('各') || !zone.re.test(name)) return null;
  const top = [...regionNames(region).parts, region].find((p) => !zone.notPlaceRe.test(p))!;
  const stem = top.replace(REGION_LEVEL, '');
  const body = level ? name.slice(level.length) : name;
  if (stem.length < 2 || body.length === 0) return null;
  if (body.startsWith(stem)) return body;
  // (an autonomous prefecture's zone opens with the prefecture's short name: `大理经济技术开发区` in a 大理白族自治州 plan)
  const short = shortNameOf(top, rules);
  if (short && body.startsWith(short)) return body;
  if (startsWithAny(body, zone.provinces)) return null;
  return stem + body;
}

const shortNames = new WeakMap<RuleSet, Map<string, string>>();

/**
 * The short name a place goes by, level left out (`大理白族自治州` → 大理, from `abbreviations/general.yaml`
 * `words`: `大理州: 大理白族自治州`), or null.
 */
function shortNameOf(place: string, rules: RuleSet): string | null {
  let byFull = shortNames.get(rules);
  if (!byFull) {
    byFull = new Map();
    for (const [short, full] of Object.entries(rules.abbreviations.general.words)) if (REGION_LEVEL.test(full)) byFull.set(full, short.replace(REGION_LEVEL, ''));
    shortNames.set(rules, byFull);
  }
  const short = byFull.get(place);
  return short !== undefined && short.length >= 2 ? short : null;
}

/**
 * A district's branch of its city's bureau, named by the district's level or its name (`区公安分局`, `武进自然资源和规划分局`
 * in a 常州市武进区 plan; rules/units.yaml `cityBranch`): the city, the bureau, then the district's name and `分局`; a city's body
 * the district's name heads (`cityNamedBody`: `武进生态环境局`): the city and the name.
 */
function branchOfHigher(name: string, level: string | null, region: string, rules: RuleSet): string | null {
  const parts = regionNames(region).parts;
  if (parts.length !== 2 || parts[0] + parts[1] !== region) return null;
  const [city, district] = parts;
  // (a district named a new area names its branches without 新区: 上海市公安局浦东分局, 天津市公安局滨海分局)
  const stem = district.length >= 4 && district.endsWith('新区') ? district.slice(0, -2) : district.replace(REGION_LEVEL, '');
  const rest =
    level !== null && level === regionLevel(region, rules) ? name.slice(level.length) : stem.length >= 2 && name.startsWith(stem) ? name.slice(stem.length) : null;
  const m = rest !== null ? rules.units.cityBranchRe.exec(rest) : null;
  if (m?.groups) return `${city}${m.groups.bureau}局${stem}分局`;
  // (or the city's body the district's name heads: `武进生态环境局` → 常州市武进生态环境局)
  const named = rest !== null && level === null ? rules.units.cityNamedBodyRe.exec(rest) : null;
  return named?.groups ? `${city}${stem}${named.groups.body}` : null;
}

/**
 * Short words spelt out (`高新区管委会` → `高新技术产业开发区管理委员会`); a name for every such body (`各开发区管委会`)
 * stays as written, and so do the parts of a name that are full already (`keptWords`: `澳门特别行政区政府旅游局`).
 */
function fullWords(name: string, { words, keptWords }: Pick<AbbreviationTable, 'words' | 'keptWords'>): string {
  if (name.includes('各')) return name;
  const kept = keptWords.find((k) => name.includes(k));
  if (kept !== undefined) return name.split(kept).map((part) => fullWords(part, { words, keptWords })).join(kept);
  let out = name;
  for (const short in words) {
    const full = words[short];
    if (out.includes(short) && !out.includes(full)) out = out.split(short).join(full);
  }
  return out;
}

/**
 * A name for every body of a kind (`各设区市医保局`, `各县（市、区）总林长办`) with the department it ends with spelt out
 * (各设区市医疗保障局, 各县（市、区）总林长办公室): the longest alias it ends with, else its short ending. Not a government
 * (`各区政府` stays as written, SPEC §6).
 */
function eachTail(name: string, table: Pick<AbbreviationTable, 'aliases'> | undefined, general: Pick<AbbreviationTable, 'aliases' | 'endings'>): string {
  let key = '';
  for (const aliases of [table?.aliases, general.aliases]) {
    if (!aliases) continue;
    for (const short in aliases) if (short.length > key.length && name.length > short.length + 1 && name.endsWith(short)) key = short;
  }
  if (key !== '' && !key.includes('政府')) {
    const full = expandAlias(key, table, general);
    // (`各基层人民法院` ends with the full name already)
    return name.endsWith(full) ? name : name.slice(0, -key.length) + full;
  }
  for (const { re, full } of general.endings) if (re.test(name)) return name.replace(re, full);
  return name;
}

/** The other name an office serves under, in brackets after its own (`（网上信访处）`). */
const OTHER_NAME = /[（(][^（()）]{2,}[）)]$/u;

/** An office closing a department's name (`康复部` of `残联康复部`, `医政处` of `卫生健康委医政处`). */
const OFFICE = /^\p{Script=Han}{2,6}(?:[部处科室]|分局)$/u;

/** The department part spelt out: the region's alias, else the general one, else its short ending (`endings`). */
function expandAlias(body: string, table: Pick<AbbreviationTable, 'aliases'> | undefined, general: Pick<AbbreviationTable, 'aliases' | 'endings'>): string {
  const alias = table?.aliases[body] ?? general.aliases[body];
  if (alias !== undefined) return alias;
  // a party committee's department by its short name (`市委统战部`: 委 + 统一战线工作部)
  const ofCommittee = body.length > 3 && body.startsWith('委') ? (table?.aliases[body.slice(1)] ?? general.aliases[body.slice(1)]) : undefined;
  if (ofCommittee !== undefined && !ofCommittee.startsWith('人民政府')) return '委' + ofCommittee;
  // a department by its short name, then one of its offices (`残联康复部`, `疾控局综合处`): the department spelt out
  for (let i = body.length - 2; i >= 2; i--) {
    const office = body.slice(i);
    if (!OFFICE.test(office)) continue;
    const full = table?.aliases[body.slice(0, i)] ?? general.aliases[body.slice(0, i)];
    if (full !== undefined) return full + office;
  }
  for (const { re, full } of general.endings) if (re.test(body)) return body.replace(re, full);
  return body;
}

/**
 * A bank's or an insurer's legal name (rules/units.yaml `legalNames`): `农行甘肃省分行` → 中国农业银行股份有限公司甘肃省分行,
 * `甘肃银行` → 甘肃银行股份有限公司; null for any other name, and for a bank that is no company (`国家开发银行甘肃省分行`
 * spelt out from `国开行甘肃省分行` is returned as such).
 */
function legalName(name: string, rules: RuleSet): string | null {
  const { shortNames, company, companyEndRe, notCompanyRe } = rules.units.legalNames;
  const short = shortNames.find(([s]) => name.startsWith(s));
  const full = short ? short[1] + name.slice(short[0].length) : name;
  const m = companyEndRe.exec(full);
  if (m?.groups && !full.includes(company) && !notCompanyRe.test(m.groups.company)) return m.groups.company + company + m.groups.branch;
  return short ? full : null;
}

