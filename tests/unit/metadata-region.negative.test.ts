import { describe, expect, it } from 'vitest';
import { extractMetadata } from '../../src/extract/metadata/index.js';
import { regionPrefix } from '../../src/extract/metadata/region.js';
import { docContext, rules } from './deadlines-context.js';

describe('metadata region: not a region', () => {
  it('words ending in 区/市 that are not places', () => {
    const r = rules().metadata;
    expect(regionPrefix('长三角区域文化产业合作方案', r)).toBeNull();
    expect(regionPrefix('文化市场综合执法办法', r)).toBeNull();
    expect(regionPrefix('“十四五”文化发展规划', r)).toBeNull();
  });
  it('a national issuer names no place, whatever the text mentions: the plan is the whole country\'s', () => {
    const text =
      '国务院办公厅关于印发“十四五”文化发展规划的通知\n国办发〔2022〕5号\n各省、自治区、直辖市人民政府：\n《“十四五”文化发展规划》已经国务院同意，现印发给你们，请认真贯彻执行。\n国务院办公厅\n2022年1月20日\n“十四五”文化发展规划\n支持北京市、上海市建设。北京市、上海市率先。北京、上海、北京、上海、北京。\n一、发展环境';
    expect(extractMetadata(docContext(text)).metadata.region).toBe('全国');
  });
  it('a zone after a city is not one of its districts', () => {
    const r = rules().metadata;
    expect(regionPrefix('宁波市高新区科技创新三年行动计划', r)).toBe('宁波市');
    expect(regionPrefix('宁波市文创园区建设方案', r)).toBe('宁波市');
    expect(regionPrefix('宁波市推动数字经济发展实施方案', r)).toBe('宁波市');
  });
});
