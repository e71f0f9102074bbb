import { describe, expect, it } from 'vitest';
import { fraction } from '../../src/extract/targets/matchers/fraction.js';
import { brief, candidatesOf, targetsOf, texts, trace } from './targets-context.js';

describe('targets/fraction', () => {
  it.each([
    ['清洁能源公交车占比达到三分之二。', '达到三分之二', 'eq 66.67 %'],
    ['基层诊疗量占比不低于百分之六十五。', '不低于百分之六十五', 'gte 65 %'],
    ['建制村通快递实现百分之百。', '实现百分之百', 'eq 100 %'],
    ['林草覆盖率提高到四分之一以上。', '提高到四分之一以上', 'gte 25 %'],
  ])('%s', (phrase, matched, expected) => {
    expect(texts(phrase, candidatesOf(phrase, fraction)), trace(phrase)).toContain(matched);
    expect(targetsOf(phrase).map(brief), trace(phrase)).toEqual([expected]);
  });
});
