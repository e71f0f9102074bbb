import { describe, expect, it } from 'vitest';
import { extractMetadata } from '../../src/extract/metadata/index.js';
import { docContext } from './deadlines-context.js';

const issueDate = (text: string) => extractMetadata(docContext(text)).metadata.issueDate;

describe('metadata issueDate', () => {
  it('the notice’s signing date (Suzhou)', () => {
    const text = '某某办公室关于印发某某行动计划的通知\n各单位：\n现将《某某行动计划》印发给你们，请认真贯彻执行。\n某某办公室\n2022年12月30日\n某某行动计划\n为推动发展，制定本行动计划。\n一、总体要求';
    expect(issueDate(text)).toBe('2022-12-30');
  });
  it('the 印发 line at the end, PDF spacing (Guangdong)', () => {
    expect(issueDate('某某行动计划\n为推动发展，制定本行动计划。\n一、总体要求\n公开方式：主动公开\n广东省工业和信息化厅办公室\n2024 年 1 月 18 日印发')).toBe('2024-01-18');
  });
  it('a web page’s 日期 line when there is no date line (Shenzhen)', () => {
    expect(issueDate('某某局关于发布《某某行动计划》的通知\n日期：2022-06-06 09:25 来源： 市文化广电旅游体育局\n各有关单位：\n为推动发展，制定本行动计划。\n一、发展基础')).toBe(
      '2022-06-06',
    );
  });
  it('a bracketed date under the title, in Chinese digits', () => {
    expect(issueDate('某某市促进文化产业发展若干措施\n（二〇二三年五月十日）\n为推动发展，制定本措施。\n一、总体要求')).toBe('2023-05-10');
  });
  it('the signature above an attachment holding a long task table', () => {
    const rows = Array.from({ length: 15 }, (_, i) => `${i + 1}\t推进第${i + 1}项改造\t市住建局\t2025年12月`);
    const text = ['某市城市更新行动方案（2024—2026年）', '一、主要任务', '（一）推进老旧小区改造。（市住建局负责）', '附件：某市城市更新重点任务清单', '', '某市人民政府办公室', '', '2024年5月20日', '', '附件', '', '某市城市更新重点任务清单', '序号\t任务\t责任单位\t完成时限', ...rows].join('\n');
    const ctx = docContext(text);
    const { metadata } = extractMetadata(ctx);
    expect(metadata.issueDate).toBe('2024-05-20');
    expect(metadata.issuers).toEqual(['某市人民政府办公室']);
  });
});
