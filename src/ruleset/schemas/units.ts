import { z } from 'zod';
import { defineRuleFile } from '../define.js';

/** `rules/units.yaml`: level prefixes, prefix restoration and unit kinds. */
export const units = defineRuleFile({
  path: 'units.yaml',
  schema: z.object({
    levelPrefixes: z.array(z.string().min(1).max(3)).min(1),
    notRestored: z.array(z.string().min(1)).default([]),
    regionNotRestored: z.array(z.string().min(1)).default([]),
    regionLevels: z.array(z.object({ pattern: z.string().min(1), level: z.string().min(1).max(3) })).default([]),
    notLevelPrefix: z.array(z.string().min(2)),
    levelAfterAll: z.array(z.string().min(2)).default([]),
    hasPlace: z.string().min(1),
    prefixable: z.string().min(1),
    internalOffice: z.string().min(1).default('(?!)'),
    ownCentre: z.string().min(1).default('(?!)'),
    placeTiers: z.array(z.array(z.string().min(1)).min(1)).default([]),
    centreHolder: z.string().min(1).default('(?!)'),
    officeHolder: z.string().min(1).default('(?!)'),
    generalOffice: z.string().min(1).default('(?!)'),
    ownOffice: z.string().min(1).default('(?!)'),
    localRegion: z.string().min(1).default('(?!)'),
    placeDepartment: z.string().min(1).default('(?!)'),
    listPlaceNot: z.string().min(1).default('(?!)'),
    cityBranch: z.string().min(1).default('(?!)'),
    cityNamedBody: z.string().min(1).default('(?!)'),
    zone: z
      .object({ pattern: z.string().min(1), provinces: z.array(z.string().min(2)).default([]), notPlace: z.string().min(1).default('(?!)') })
      .default({ pattern: '(?!)', provinces: [], notPlace: '(?!)' }),
    shortName: z
      .object({
        pattern: z.string().min(1),
        abbreviated: z.string().min(1).default('(?!)'),
        before: z.string().min(1),
        opener: z.string().min(1).default('(?!)'),
        maxFull: z.number().int().positive(),
        legend: z.string().min(1).default('(?!)'),
      })
      .default({ pattern: '(?!)', abbreviated: '(?!)', before: '(?!)', opener: '(?!)', maxFull: 40, legend: '(?!)' }),
    sharedPlace: z.array(z.object({ body: z.string().min(1), ending: z.string().min(1) })).default([]),
    barePlace: z.string().min(1).default('(?!)'),
    codeLegend: z.object({ codeHeader: z.string().min(1), nameHeader: z.string().min(1) }).default({ codeHeader: '(?!)', nameHeader: '(?!)' }),
    namedZones: z.object({ zoneWord: z.string().min(1), names: z.array(z.string().min(4)).default([]) }).default({ zoneWord: '(?!)', names: [] }),
    legalNames: z
      .object({ shortNames: z.record(z.string().min(1), z.string().min(1)).default({}), company: z.string().min(1), companyEnd: z.string().min(1), notCompany: z.string().min(1).default('(?!)') })
      .default({ shortNames: {}, company: '股份有限公司', companyEnd: '(?!)', notCompany: '(?!)' }),
    lonePlace: z
      .object({ pattern: z.string().min(1), not: z.string().min(1).default('(?!)'), government: z.string().min(1), zoneCommittee: z.string().min(1) })
      .default({ pattern: '(?!)', not: '(?!)', government: '人民政府', zoneCommittee: '管委会' }),
    placeGovernment: z.string().min(1).default('(?!)'),
    ownUnitsHolder: z.string().min(1).default('(?!)'),
    runTogether: z
      .object({
        boundary: z.string().min(1),
        opens: z.string().min(1),
        notSecond: z.string().min(1),
        branchAfterHigher: z.string().min(1).default('(?!)'),
        branch: z.string().min(1).default('(?!)'),
        department: z.string().min(1).default('(?!)'),
      })
      .default({ boundary: '(?!)', opens: '(?!)', notSecond: '(?!)', branchAfterHigher: '(?!)', branch: '(?!)', department: '(?!)' }),
    congress: z
      .object({ holder: z.string().min(1), special: z.string().min(1), working: z.string().min(1) })
      .default({ holder: '(?!)', special: '(?!)', working: '(?!)' }),
    notOwnUnit: z.string().min(1).default('(?!)'),
    ownBranches: z.string().min(1).default('(?!)'),
    levelBureau: z.string().min(1).default('(?!)'),
    areaEach: z.string().min(1).default('(?!)'),
    namedLowerGovernments: z
      .array(
        z.object({
          within: z.array(z.string().length(1)).min(1),
          pattern: z.string().min(1),
          canonical: z.string().min(1),
          namedAfterRegion: z.boolean().default(false),
        }),
      )
      .default([]),
    kinds: z
      .array(z.object({ kind: z.enum(['party', 'government', 'lower-government', 'enterprise', 'other']), pattern: z.string() }))
      .min(1),
    trailingEtc: z.string().min(1),
    levelListItem: z.string().min(1).default('(?!)'),
    levelListEnd: z.string().min(1).default('(?!)'),
    levelListZone: z.string().min(1).default('(?!)'),
  }),
  compile: (raw, t) => {
    for (const key of ['pattern', 'abbreviated'] as const) {
      if (!/\(\?<short>/.test(raw.shortName[key])) t.fail(`shortName.${key}`, 'pattern must capture the short name in group `short`');
    }
    raw.namedLowerGovernments.forEach((g, i) => {
      if (!/\(\?<body>/.test(g.pattern)) t.fail(`namedLowerGovernments.${i}.pattern`, 'pattern must capture the named place in group `body`');
      if (!g.canonical.includes('{body}')) t.fail(`namedLowerGovernments.${i}.canonical`, 'canonical must contain {body}');
    });
    return {
      // longest first: `自治区商务厅` is 自治区, not 自
      levelPrefixes: [...raw.levelPrefixes].sort((a, b) => b.length - a.length) as readonly string[],
      notRestored: new Set(raw.notRestored) as ReadonlySet<string>,
      regionNotRestored: new Set(raw.regionNotRestored) as ReadonlySet<string>,
      regionLevels: raw.regionLevels.map((r, i) => {
        if (!raw.levelPrefixes.includes(r.level)) t.fail(`regionLevels.${i}.level`, `${r.level} is not one of levelPrefixes`);
        return { re: t.regex(`regionLevels.${i}.pattern`, r.pattern, 'u'), level: r.level };
      }),
      notLevelPrefix: raw.notLevelPrefix,
      levelAfterAll: raw.levelAfterAll,
      hasPlaceRe: t.regex('hasPlace', raw.hasPlace),
      prefixableRe: t.regex('prefixable', raw.prefixable),
      internalOfficeRe: t.regex('internalOffice', raw.internalOffice),
      ownCentreRe: t.regex('ownCentre', raw.ownCentre, 'u'),
      placeTiers: raw.placeTiers,
      centreHolderRe: t.regex('centreHolder', raw.centreHolder),
      officeHolderRe: t.regex('officeHolder', raw.officeHolder),
      generalOfficeRe: t.regex('generalOffice', raw.generalOffice, 'u'),
      ownOfficeRe: t.regex('ownOffice', raw.ownOffice),
      localRegionRe: t.regex('localRegion', raw.localRegion),
      placeDepartmentRe: t.regex('placeDepartment', raw.placeDepartment, 'u'),
      listPlaceNotRe: t.regex('listPlaceNot', raw.listPlaceNot, 'u'),
      cityBranchRe: t.regex('cityBranch', raw.cityBranch, 'u'),
      cityNamedBodyRe: t.regex('cityNamedBody', raw.cityNamedBody, 'u'),
      zone: {
        re: t.regex('zone.pattern', raw.zone.pattern, 'u'),
        provinces: raw.zone.provinces,
        notPlaceRe: t.regex('zone.notPlace', raw.zone.notPlace, 'u'),
      },
      shortName: {
        re: t.regex('shortName.pattern', raw.shortName.pattern, 'gu'),
        abbreviatedRe: t.regex('shortName.abbreviated', raw.shortName.abbreviated, 'gu'),
        beforeRe: t.regex('shortName.before', raw.shortName.before, 'u'),
        openerRe: t.regex('shortName.opener', raw.shortName.opener, 'u'),
        legendRe: t.regex('shortName.legend', raw.shortName.legend, 'gu'),
        maxFull: raw.shortName.maxFull,
      },
      sharedPlace: raw.sharedPlace.map((p, i) => ({ bodyRe: t.regex(`sharedPlace.${i}.body`, p.body), endingRe: t.regex(`sharedPlace.${i}.ending`, p.ending) })),
      barePlaceRe: t.regex('barePlace', raw.barePlace),
      codeLegend: { codeHeaderRe: t.regex('codeLegend.codeHeader', raw.codeLegend.codeHeader, 'u'), nameHeaderRe: t.regex('codeLegend.nameHeader', raw.codeLegend.nameHeader, 'u') },
      namedZones: raw.namedZones.names.flatMap((name) => {
        const word = t.regex('namedZones.zoneWord', raw.namedZones.zoneWord, 'u').exec(name)?.[0];
        return word ? [{ name, word }] : [];
      }),
      legalNames: {
        // (the longest short name first: `农业发展银行` before `农业银行`)
        shortNames: Object.entries(raw.legalNames.shortNames).sort((a, b) => b[0].length - a[0].length),
        company: raw.legalNames.company,
        companyEndRe: t.regex('legalNames.companyEnd', raw.legalNames.companyEnd, 'u'),
        notCompanyRe: t.regex('legalNames.notCompany', raw.legalNames.notCompany, 'u'),
      },
      lonePlace: {
        re: t.regex('lonePlace.pattern', raw.lonePlace.pattern, 'u'),
        notRe: t.regex('lonePlace.not', raw.lonePlace.not, 'u'),
        government: raw.lonePlace.government,
        zoneCommittee: raw.lonePlace.zoneCommittee,
      },
      placeGovernmentRe: t.regex('placeGovernment', raw.placeGovernment),
      ownUnitsHolderRe: t.regex('ownUnitsHolder', raw.ownUnitsHolder),
      runTogether: {
        boundary: t.regex('runTogether.boundary', raw.runTogether.boundary, 'gu'),
        opensRe: t.regex('runTogether.opens', raw.runTogether.opens),
        notSecondRe: t.regex('runTogether.notSecond', raw.runTogether.notSecond),
        higherRe: t.regex('runTogether.branchAfterHigher', raw.runTogether.branchAfterHigher),
        branchRe: t.regex('runTogether.branch', raw.runTogether.branch),
        departmentRe: t.regex('runTogether.department', raw.runTogether.department),
      },
      congress: {
        holderRe: t.regex('congress.holder', raw.congress.holder),
        specialRe: t.regex('congress.special', raw.congress.special),
        workingRe: t.regex('congress.working', raw.congress.working),
      },
      notOwnUnitRe: t.regex('notOwnUnit', raw.notOwnUnit),
      ownBranchesRe: t.regex('ownBranches', raw.ownBranches),
      levelBureauRe: t.regex('levelBureau', raw.levelBureau, 'u'),
      areaEachRe: t.regex('areaEach', raw.areaEach),
      namedLowerGovernments: raw.namedLowerGovernments.map((g, i) => ({
        within: new Set(g.within),
        re: t.regex(`namedLowerGovernments.${i}.pattern`, g.pattern),
        canonical: g.canonical,
        namedAfterRegion: g.namedAfterRegion,
      })),
      kinds: raw.kinds.map((k, i) => ({ kind: k.kind, re: t.regex(`kinds.${i}`, k.pattern) })),
      trailingEtcRe: t.regex('trailingEtc', raw.trailingEtc),
      levelListItemRe: t.regex('levelListItem', raw.levelListItem),
      levelListEndRe: t.regex('levelListEnd', raw.levelListEnd),
      levelListZoneRe: t.regex('levelListZone', raw.levelListZone),
    };
  },
});
