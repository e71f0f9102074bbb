import { matchSpan, type Matcher } from '../types.js';

/**
 * `2025年，新增重点文化产业项目超10个`: a bare year opening a sentence, closed by a comma,
 * sets the year a goal is due (a month of it, the month: `2027年6月，配合…完成验收`). A past year (`2022 年全省…实现…`) is dropped later by the
 * past-date refiner; a year run into its sentence without a comma never matches.
 */
export const goalYear: Matcher = {
  form: 'goal-year',
  extract(m) {
    return {
      ruleId: 'deadlines/goal-year',
      span: matchSpan(m),
      when: { type: 'date', year: m.groups!.y, month: m.groups!.m ?? null, monthPart: null, day: null, part: null },
    };
  },
};
