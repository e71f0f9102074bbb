import { describe, expect, it } from 'vitest';
import { goalYear } from '../../src/extract/deadlines/matchers/goal-year.js';
import { hits } from './deadlines-context.js';

describe('matcher goal-year (2025年，…)', () => {
  it('reads a bare year opening a goal paragraph (Taicang)', () => {
    const text = '（二）工作目标\n2025年，新增重点文化产业项目超10个，总投资额超50亿元';
    expect(hits(goalYear, text)).toEqual([['2025年', 8]]);
  });
  it('reads it after a sentence end, with PDF spacing', () => {
    expect(hits(goalYear, '推动提质增效。2025 年，新增重点文化产业项目超 10 个')).toEqual([['2025 年', 7]]);
  });
});
