import { describe, expect, it } from 'vitest';
import { extractMetadata } from '../../src/extract/metadata/index.js';
import { splitIssuers } from '../../src/extract/metadata/issuers.js';
import { docContext, rules } from './deadlines-context.js';

describe('metadata issuers: not issuers', () => {
  it('the printing office above a 印发 line (Guangdong tail)', () => {
    const text = '某某行动计划\n为推动发展，制定本行动计划。\n一、总体要求\n公开方式：主动公开\n广东省工业和信息化厅办公室\n2024 年 1 月 18 日印发';
    expect(extractMetadata(docContext(text)).metadata.issuers).toEqual([]);
  });
  it('a text with no header, notice or signature has none (Hangzhou)', () => {
    expect(extractMetadata(docContext('为推动文化产业高质量发展，编制本规划。\n一、发展基础')).metadata.issuers).toEqual([]);
  });
  it('pieces that are not names', () => {
    expect(splitIssuers('各有关单位 联系人', rules().metadata)).toEqual([]);
  });
  it('a web breadcrumb ending in 文件 is not a red header', () => {
    const text = [
      '首页 > 政务公开 > 文件通知 > 区政府办文件',
      '某某区人民政府办公室关于印发某某区夜间经济发展行动方案的通知',
      '各街道办事处，区各部门：',
      '《某某区夜间经济发展行动方案》已经区政府同意，现印发给你们，请认真贯彻执行。',
      '某某区夜间经济发展行动方案',
      '一、总体目标',
    ].join('\n');
    expect(extractMetadata(docContext(text)).metadata.issuers).toEqual(['某某区人民政府办公室']);
  });
});
