import { describe, expect, it } from 'vitest';
import { dedupeSpans } from '../../src/extract/deadlines/refine/dedupe.js';
import { removeOverlaps } from '../../src/extract/deadlines/refine/overlap.js';
import { dropPast } from '../../src/extract/deadlines/refine/past.js';
import { dropInReferences } from '../../src/extract/deadlines/refine/references.js';
import { dropVague } from '../../src/extract/deadlines/refine/vague.js';
import { cand, rules } from './deadlines-context.js';

const spans = (cs: { span: { start: number; end: number } }[]) => cs.map((c) => [c.span.start, c.span.end]);

describe('refine/overlap', () => {
  it('the longest span wins', () => {
    const out = removeOverlaps([cand(0, 6, {}, 4), cand(0, 11, {}, 1), cand(20, 22)]);
    expect(spans(out)).toEqual([
      [0, 11],
      [20, 22],
    ]);
  });
  it('on a tie the matcher listed first wins', () => {
    const out = removeOverlaps([cand(2, 5, { date: '2025-01-01' }, 3), cand(0, 3, { date: '2024-01-01' }, 1)]);
    expect(out.map((c) => c.value.date)).toEqual(['2024-01-01']);
  });
  it('does not change its input', () => {
    const input = [cand(0, 6), cand(0, 11)];
    removeOverlaps(input);
    expect(spans(input)).toEqual([
      [0, 6],
      [0, 11],
    ]);
  });
});

describe('refine/dedupe', () => {
  it('one deadline per span, the first matcher’s', () => {
    const out = dedupeSpans([cand(0, 6, {}, 3, 'deadlines/b'), cand(0, 6, {}, 1, 'deadlines/a'), cand(7, 9)]);
    expect(out.map((c) => c.ruleId)).toEqual(['deadlines/a', 'deadlines/test']);
  });
});

describe('refine/past', () => {
  it('drops dates before the plan’s time, keeps recurrences', () => {
    const out = dropPast(
      [cand(0, 1, { date: '2020-12-31' }), cand(1, 2, { date: '2023-12-31' }), cand(2, 3, { kind: 'recurring', date: null, recurrence: 'yearly' })],
      2024,
      { start: 2023, end: 2025 },
    );
    expect(spans(out)).toEqual([
      [1, 2],
      [2, 3],
    ]);
  });
  it('keeps everything when the plan’s time is unknown', () => {
    expect(dropPast([cand(0, 1, { date: '2020-12-31' })], null, null)).toHaveLength(1);
  });
});

describe('refine/references', () => {
  it('drops dates inside a cited title, a document number or the plan’s own period', () => {
    const text = '（注：本行动计划涉及的仅包括《市政府办公室关于印发苏州市推动新兴服务业高质量发展 2025 行动计划的通知》）';
    const at = text.indexOf('2025');
    expect(dropInReferences([cand(at, at + 4)], text, { start: 0, end: text.length }, rules().deadlines)).toEqual([]);
    const title = '苏州市推动文化创意产业高质量发展三年行动计划（2023-2025年）';
    const r = title.indexOf('2023');
    expect(dropInReferences([cand(r, r + 10)], title, { start: 0, end: title.length }, rules().deadlines)).toEqual([]);
  });
  it('keeps a date outside references', () => {
    const text = '《规划》提出，到2025年，建成';
    const at = text.indexOf('到');
    expect(dropInReferences([cand(at, at + 6)], text, { start: 0, end: text.length }, rules().deadlines)).toHaveLength(1);
  });
});

describe('refine/vague', () => {
  it('drops a candidate overlapping a vague word', () => {
    const text = '不定期举办招商推介会';
    expect(dropVague([cand(1, 3)], text, rules().deadlines)).toEqual([]);
    expect(dropVague([cand(3, 5)], text, rules().deadlines)).toHaveLength(1);
  });
});
