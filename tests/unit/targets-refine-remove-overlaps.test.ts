import { describe, expect, it } from 'vitest';
import { removeOverlaps } from '../../src/extract/targets/refine/remove-overlaps.js';
import type { TargetCandidate } from '../../src/extract/targets/types.js';
import { envOf, refinedUpTo, texts } from './targets-context.js';

const cand = (start: number, end: number, rank: number, ruleId = `r${rank}`): TargetCandidate => ({
  ruleId,
  rank,
  span: { start, end },
  numberSpan: { start, end },
  comparator: 'eq',
  explicit: false,
  rawValue: '1',
  rawValueMax: null,
  rawUnit: '家',
  relative: null,
  fixed: null,
  dependent: false,
});

describe('refine/remove-overlaps', () => {
  const env = envOf('x'.repeat(40));

  it('keeps the longest span', () => {
    const out = removeOverlaps([cand(0, 5, 3), cand(2, 9, 4), cand(20, 22, 5)], env);
    expect(out.map((c) => c.ruleId)).toEqual(['r4', 'r5']);
  });

  it('on a tie keeps the rule listed first', () => {
    const out = removeOverlaps([cand(0, 5, 6), cand(1, 6, 2)], env);
    expect(out.map((c) => c.ruleId)).toEqual(['r2']);
  });

  it('does not change its input', () => {
    const input = [cand(0, 5, 3), cand(2, 9, 4)];
    const copy = structuredClone(input);
    removeOverlaps(input, env);
    expect(input).toEqual(copy);
  });

  it('keeps one reading of 200家以上 (suffix over verb-count)', () => {
    const text = '引培200家以上数字内容企业。';
    expect(texts(text, refinedUpTo(text, 'removeOverlaps'))).toEqual(['200家以上']);
  });
});
