import { matchSpan, type Matcher } from '../types.js';

/**
 * `2023年开展规划实施中期评估`, `2025年建成区级平台`, `2025年4月组织开展…`, `明年完成验收`: a year or a month of it (or a year named from
 * the document's: `今年`, `明年`) run straight into an action verb (rules: `yearActions`) is the year
 * the action is due in. A past year (`2022年完成…`) is dropped later by the past-date refiner.
 */
export const yearAction: Matcher = {
  form: 'year-action',
  extract(m) {
    const g = m.groups!;
    return {
      ruleId: 'deadlines/year-action',
      span: matchSpan(m),
      when: { type: 'date', year: g.y ?? null, rel: g.cur ?? null, month: g.m ?? null, monthPart: null, day: null, part: null },
    };
  },
};
