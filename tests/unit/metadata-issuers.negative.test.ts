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
});
