import { describe, expect, it } from 'vitest';
import { isAspirational, recurrenceOf } from '../../src/extract/targets/resolve/modifiers.js';
import { rules, targetsOf } from './targets-context.js';

describe('resolve/modifiers', () => {
  it('力争 makes a target aspirational', () => {
    expect(isAspirational('文化产业占GDP比重力争', rules.targets.aspiration)).toBe(true);
    expect(isAspirational('全市文化产业增加值', rules.targets.aspiration)).toBe(false);
  });
  it('每年 makes a target recur yearly', () => {
    expect(recurrenceOf('每年引进海内外高端数字创意人才', rules.targets.recurrence)).toBe('yearly');
    expect(recurrenceOf('每季度发布', rules.targets.recurrence)).toBe('quarterly');
    expect(recurrenceOf('引进人才', rules.targets.recurrence)).toBeNull();
  });
  it('力争 reaches to the end of its sentence, not before it', () => {
    const ts = targetsOf('全市文化产业增加值实现3000亿元，总产出突破1万亿元，文化产业占GDP比重力争突破16%。');
    expect(ts.map((t) => t.aspirational)).toEqual([false, false, true]);
  });
  it('每年 in a real sentence', () => {
    const [t] = targetsOf('每年引进海内外高端数字创意人才不少于1000人。');
    expect(t).toMatchObject({ comparator: 'gte', value: 1000, unit: '人', recurrence: 'yearly' });
  });
});
