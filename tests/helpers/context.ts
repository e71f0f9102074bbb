import { loadRules } from '../../src/ruleset/load.js';
import type { RuleSet } from '../../src/ruleset/registry.js';
import type { DocContext } from '../../src/extract/context.js';
import { normalise } from '../../src/normalise/index.js';

let rules: RuleSet | undefined;

export function testRules(): RuleSet {
  if (rules) return rules;
  const r = loadRules();
  if (!r.ok) throw new Error(r.errors.map((e) => e.reason).join('\n'));
  rules = r.rules;
  return rules;
}

/** A DocContext over `text` after normalisation, as the pipeline builds it. */
export function contextOf(text: string, docId = 'doc-test'): DocContext {
  const n = normalise(text, [], testRules());
  return { docId, path: 'test.txt', text: n.text, lines: n.lines, pageMap: n.pageMap, rules: testRules(), messages: [] };
}
