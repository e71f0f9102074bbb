import type { MetadataRules } from '../../ruleset/schemas/metadata.js';
import { insideCitation } from './text.js';

/**
 * The region a national administration's office serves, from its name (`国家税务总局江苏省税务局` → 江苏省), also where
 * the name leaves the place's level out (`国家金融监督管理总局浙江监管局` → 浙江省, rules/metadata.yaml `verticalPlaces`); and the place a
 * province's front headquarters aids (`江苏省对口支援新疆克孜勒苏柯尔克孜自治州前方指挥部` → 克孜勒苏柯尔克孜自治州, `region.aided`).
 */
export function verticalRegion(name: string, rules: MetadataRules): string | null {
  const aided = rules.region.aided.exec(name)?.groups?.region;
  if (aided !== undefined) return aided;
  const m = rules.region.verticalOpening.exec(name);
  if (!m || m.index !== 0) return null;
  const rest = name.slice(m[0].length);
  const named = regionPrefix(rest, rules);
  if (named !== null) return named;
  const places = rules.region.verticalPlaces;
  for (const short in places) if (rest.startsWith(short)) return places[short];
  return null;
}

/**
 * The issuing region at the start of a title or a name: `苏州市推动…` → 苏州市,
 * `中共广东省委宣传部` → 广东省, `太仓市2025年…` → 太仓市. After a province-level name a
 * more specific one wins (`江苏省苏州市…` → 苏州市); a city keeps its district or county
 * (`常州市新北区…` → 常州市新北区: district names repeat across cities). A zone with no place name
 * opening its name is read from its committee's name (`横琴粤澳深度合作区执行委员会` → 横琴粤澳深度合作区).
 */
export function regionPrefix(s: string, rules: MetadataRules): string | null {
  const r = rules.region;
  const m = r.prefix.exec(s);
  if (!m) return r.zone.exec(s)?.groups?.region ?? r.town.exec(s)?.groups?.region ?? null;
  const first = m.groups!.region;
  const rest = s.slice(m.index + m[0].length);
  if (r.provinceLevels.some((l) => first.endsWith(l))) {
    const inner = r.prefix.exec(rest);
    if (inner && !r.provinceLevels.some((l) => inner.groups!.region.endsWith(l)) && !notCounty(inner.groups!.region, r.notCounty)) {
      return regionPrefix(rest, rules) ?? inner.groups!.region;
    }
    return first;
  }
  // a city, then one of its districts or counties: `常州市新北区…` → 常州市新北区; then one of its
  // streets or towns (`北京市朝阳区人民政府望京街道办事处`, `中共北京市朝阳区望京街道工作委员会` → 北京市朝阳区望京街道)
  if (r.cityLevels.some((l) => first.endsWith(l))) {
    const inner = r.prefix.exec(rest);
    const name = inner?.groups!.region;
    if (inner && name !== undefined && r.countyLevels.some((l) => name.endsWith(l)) && !notCounty(name, r.notCounty)) {
      const town = r.town.exec(rest.slice(inner.index + inner[0].length).replace(/^人民政府/u, ''))?.groups?.region;
      return first + name + (town ?? '');
    }
    // (or a town of a city with no district between: `义乌市佛堂镇人民政府`, `中共义乌市佛堂镇委员会` → 义乌市佛堂镇)
    const town = inner === null ? r.town.exec(rest)?.groups?.region : undefined;
    if (town !== undefined) return first + town;
  }
  return first;
}

/**
 * A county-level region (`新北区`, `武义县`) as its issuers write it with their city
 * (`常州市新北区人民政府办公室` → 常州市新北区): district and county names repeat across cities; an
 * autonomous prefecture or county named short (`凉山州`) by its full name (凉山彝族自治州). Anything else
 * stays as it is.
 */
export function qualifiedRegion(region: string, issuerRegions: readonly string[], rules: MetadataRules): string {
  const longer = issuerRegions.find((r) => r.length > region.length && r.endsWith(region));
  // an autonomous prefecture or county named short in the title (`凉山州…` by 凉山彝族自治州人民政府办公室)
  const stem = region.slice(0, -1);
  const full = issuerRegions.find((r) => r.length > region.length && stem.length >= 2 && r.startsWith(stem) && r.endsWith(region.slice(-1)) && rules.region.autonomous.test(r));
  return longer ?? full ?? region;
}

/**
 * A town (`花桥镇`) with the county-level region above it, as the text names that region's
 * committee and government (`落实昆山市委、市政府…` → 昆山市花桥镇): town names repeat
 * across counties. Any other region, or a town whose superior is not named, stays as it is.
 */
export function townWithSuperior(region: string, text: string, rules: MetadataRules): string {
  const r = rules.region;
  // (`town` reads a town by its government's name: `花桥镇人民政府`)
  const isTown = r.town.test(`${region}人民政府`) && !r.prefix.test(region);
  if (!isTown) return region;
  const superior = r.superior.exec(text)?.groups?.region;
  return superior !== undefined && superior !== region ? superior + region : region;
}

/**
 * When neither a title nor an issuer names the region: the region-like name (`杭州市`) whose
 * stem (`杭州`) is the most frequent in the text, if the name occurs often enough outside
 * citations and the stem often enough anywhere.
 */
export function regionInText(text: string, rules: MetadataRules): string | null {
  const r = rules.region;
  const names = new Map<string, { stem: string; count: number }>();
  for (const m of text.matchAll(new RegExp(r.inText.source, 'gu'))) {
    if (insideCitation(text, m.index)) continue;
    for (const len of [2, 3]) {
      if (m.index < len) continue;
      const stem = text.slice(m.index - len, m.index);
      if (r.notStems.has(stem) || r.notStems.has(stem.slice(-2))) continue;
      const region = stem + m.groups!.suffix;
      const seen = names.get(region);
      if (seen) seen.count++;
      else names.set(region, { stem, count: 1 });
    }
  }
  let best: { region: string; count: number } | null = null;
  for (const [region, { stem, count: nameCount }] of names) {
    if (nameCount < r.minNameCount) continue;
    const count = text.split(stem).length - 1;
    if (count >= r.minStemCount && (!best || count > best.count)) best = { region, count };
  }
  return best?.region ?? null;
}

/**
 * A name that is no county-level place (`高新区`, `贫困山区`): one of `words`, or ending in one. A
 * two-character word ends a longer generic name only (`贫困山区`); after one character it is part of a
 * district's own name (`南山区`, `西城区`).
 */
function notCounty(name: string, words: readonly string[]): boolean {
  return words.some((w) => name.endsWith(w) && (w.length >= 3 || name.length - w.length >= 2 || name === w));
}
