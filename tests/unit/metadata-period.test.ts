import { describe, expect, it } from 'vitest';
import { extractMetadata } from '../../src/extract/metadata/index.js';
import { periodInTitle } from '../../src/extract/metadata/period.js';
import { docContext, rules } from './deadlines-context.js';

describe('metadata period', () => {
  it('from the title: a range, a named period, one year (SPEC §3)', () => {
    expect(periodInTitle('苏州市推动文化创意产业高质量发展三年行动计划（2023-2025年）', rules())).toEqual({ start: 2023, end: 2025 });
    expect(periodInTitle('广东省培育数字创意战略性新兴产业集群行动计划（2023—2025 年）', rules())).toEqual({ start: 2023, end: 2025 });
    expect(periodInTitle('杭州市文化产业发展“十四五”规划', rules())).toEqual({ start: 2021, end: 2025 });
    expect(periodInTitle('太仓市2025年文化产业提升发展专项行动方案', rules())).toEqual({ start: 2025, end: 2025 });
  });
  it('from a heading when there is no title (Hangzhou)', () => {
    const text = '为贯彻落实《“十四五”文化产业发展规划》，编制本规划。\n一、发展基础\n“十三五”期间，杭州文化产业快速发展。\n三、“十四五”时期杭州文化产业发展指导方针和目标定位';
    expect(extractMetadata(docContext(text)).metadata.period).toEqual({ start: 2021, end: 2025 });
  });
  it('the reference year is the issue year, else the period’s start', () => {
    expect(extractMetadata(docContext('三、“十四五”时期发展目标\n为推动发展，编制本规划。')).referenceYear).toBe(2021);
  });
  it('an 意见 with no period runs from its issue year to its first horizon', () => {
    const text = [
      '江西省人民政府关于加快推进新型工业化的实施意见',
      '赣府发〔2024〕3号',
      '各设区市人民政府，省政府各部门：',
      '为加快推进新型工业化，现提出如下实施意见。',
      '一、主要目标',
      '力争到2027年，全省工业增加值达到1.5万亿元；到2035年，基本实现新型工业化。',
      '江西省人民政府',
      '2024年2月1日',
    ].join('\n');
    expect(extractMetadata(docContext(text)).metadata.period).toEqual({ start: 2024, end: 2027 });
  });
});
