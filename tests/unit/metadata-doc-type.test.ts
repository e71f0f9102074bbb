import { describe, expect, it } from 'vitest';
import { extractMetadata } from '../../src/extract/metadata/index.js';
import { titleType } from '../../src/extract/metadata/title.js';
import { docContext, rules } from './deadlines-context.js';

describe('metadata docType', () => {
  it('the longest listed ending of the title', () => {
    const r = rules().metadata;
    expect(titleType('苏州市推动文化创意产业高质量发展三年行动计划（2023-2025年）', r)).toBe('行动计划');
    expect(titleType('太仓市2025年文化产业提升发展专项行动方案', r)).toBe('行动方案');
    expect(titleType('某某市促进文旅消费实施方案', r)).toBe('实施方案');
    expect(titleType('杭州市文化产业发展“十四五”规划', r)).toBe('规划');
    expect(titleType('关于加快文化产业发展的实施意见', r)).toBe('实施意见');
    expect(titleType('关于加快文化产业发展的意见', r)).toBe('意见');
    expect(titleType('江西省促进消费若干措施', r)).toBe('若干措施');
    expect(titleType('2025年《政府工作报告》主要目标任务分解落实方案', r)).toBe('落实方案');
    expect(titleType('某某市文化产业扶持资金管理办法（试行）', r)).toBe('办法');
    expect(titleType('某某县2024年乡村振兴重点工作任务清单', r)).toBe('任务清单');
  });
  it('the text’s name for itself when there is no title (Hangzhou: 编制本规划)', () => {
    const text = '为贯彻落实文化和旅游部《“十四五”文化产业发展规划》，高水平建设国际文化创意中心，编制本规划。\n一、全国文化创意中心建设目标基本实现';
    expect(extractMetadata(docContext(text)).metadata.docType).toBe('规划');
  });
});
