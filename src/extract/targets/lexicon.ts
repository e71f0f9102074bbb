import { memoize } from '../../core/memo.js';
import { expandPattern } from '../../ruleset/expand.js';
import type { RuleSet } from '../../ruleset/registry.js';

/**
 * The vocabulary of rules/comparators.yaml, measures.yaml and targets.yaml as named
 * sub-patterns (`{tgtCmpBefore}`, `{tgtUnit}`…) beside those of patterns.yaml, so a
 * matcher's skeleton names words and never lists them. Built once per rule set.
 */
export interface Lexicon {
  /** Expands a skeleton and compiles it (flags `dgu`); cached per source, a fresh copy each call. */
  compile(source: string): RegExp;
  /**
   * The one compiled regex of a skeleton, shared by every caller (set its `lastIndex` before each use):
   * for a pattern tried per candidate, where a copy per call costs a lookup in V8's regexp cache.
   */
  shared(source: string): RegExp;
}

export const lexicon = memoize((rules: RuleSet): Lexicon => {
  const named: Record<string, string> = {
    ...rules.patterns,
    tgtCmpBefore: rules.comparators.before.alt,
    tgtCmpAfter: rules.comparators.after.alt,
    tgtCmpBetween: rules.comparators.between.alt,
    tgtCmpDistant: rules.comparators.distantAlt,
    tgtEqBefore: rules.comparators.eqBeforeAlt,
    tgtMeasure: rules.measures.measureAlt,
    tgtScale: rules.measures.scaleAlt,
    tgtPer: rules.measures.perAlt,
    // `30万元/亩`, `507公里/万平方公里`: a measure per something (rules/measures.yaml `per`)
    tgtUnit: '(?:{tgtScale})?(?:{tgtMeasure})(?:/(?:{tgtScale}|[百十])?(?:{tgtPer}))?',
    tgtCountVerb: rules.targets.countVerbAlt,
    tgtSizeWord: rules.targets.sizeWordAlt,
    tgtBatch: rules.targets.batchWordAlt,
    tgtUnitless: rules.targets.unitlessNounAlt,
    tgtShareVerb: rules.targets.shareVerbAlt,
    tgtSiteVerb: rules.targets.siteVerbAlt,
    tgtCountFirstVerb: rules.targets.countFirstVerbAlt,
    tgtRelative: rules.targets.relativeAlt,
    tgtMultipleBy: rules.targets.multipleByAlt,
    tgtMultipleTo: rules.targets.multipleToAlt,
    tgtChangeBy: rules.targets.changeByAlt,
    tgtRespectively: rules.targets.respectivelyAlt,
  };
  const compiled = new Map<string, RegExp>();
  const lex: Lexicon = {
    compile(source) {
      const re = lex.shared(source);
      return new RegExp(re.source, re.flags);
    },
    shared(source) {
      let re = compiled.get(source);
      if (!re) {
        re = new RegExp(expandPattern(source, named), 'dgu');
        compiled.set(source, re);
      }
      return re;
    },
  };
  return lex;
});
