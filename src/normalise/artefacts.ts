import type { RuleSet } from '../ruleset/registry.js';
import { cutAll, type Line } from './offset-map.js';

/** Conversion artefacts and web chrome removed inside lines (`[bookmark: OLE_LINK1]`, `字号：【大 中 小】`). */
export function removeArtefacts(lines: Line[], rules: RuleSet): Line[] {
  const patterns = [...rules.normalise.artefacts, ...rules.normalise.chrome];
  const out: Line[] = [];
  for (let line of lines) {
    for (const p of patterns) line = cutAll(line, p.re);
    out.push(line);
  }
  return out;
}
