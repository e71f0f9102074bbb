import { describe, expect, it } from 'vitest';
import { resolveUnit, scaleValue } from '../../src/extract/targets/resolve/unit.js';
import { rules } from './targets-context.js';

describe('resolve/unit', () => {
  it.each([
    ['亿元', '元', 1e8],
    ['万亿元', '元', 1e12],
    ['万平方米', '平方米', 1e4],
    ['万件', '件', 1e4],
    ['万 件', '件', 1e4],
    ['万人', '人', 1e4],
    ['万人次', '人次', 1e4],
    ['%', '%', 1],
    ['％', '%', 1],
    ['个百分点', '百分点', 1],
    ['百分点', '百分点', 1],
    ['成', '%', 10],
    ['台次', '台次', 1],
    ['万千伏安', '千伏安', 1e4],
    ['节', '节', 1],
    ['亿枝', '枝', 1e8],
    ['个基点', '基点', 1],
    ['家', '家', 1],
    ['平方米', '平方米', 1],
  ])('%s → %s × %d', (raw, unit, scale) => {
    expect(resolveUnit(raw, rules.measures)).toMatchObject({ unit, scale });
  });

  it('keeps an unknown unit as written, unscaled', () => {
    expect(resolveUnit('光年', rules.measures)).toEqual({ unit: '光年', scale: 1, kind: null });
  });

  it('scales the measure of a unit per something and keeps its denominator as written', () => {
    expect(resolveUnit('件/万人', rules.measures)).toEqual({ unit: '件/万人', scale: 1, kind: 'count' });
    expect(resolveUnit('万元/亩', rules.measures)).toEqual({ unit: '元/亩', scale: 1e4, kind: 'amount' });
    expect(resolveUnit('公里/万平方公里', rules.measures)).toEqual({ unit: '公里/万平方公里', scale: 1, kind: 'amount' });
    expect(resolveUnit('元/平米', rules.measures)).toEqual({ unit: '元/平方米', scale: 1, kind: 'amount' });
    expect(resolveUnit('微克/立方米', rules.measures)).toEqual({ unit: '微克/立方米', scale: 1, kind: 'amount' });
  });

  it('scales without floating-point noise', () => {
    expect(scaleValue(1500, 1e8)).toBe(150000000000);
    expect(scaleValue(5728.02, 1e8)).toBe(572802000000);
    expect(scaleValue(14, 1e4)).toBe(140000);
  });
});
