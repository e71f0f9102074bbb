import { describe, expect, it } from 'vitest';
import { extractMetadata } from '../../src/extract/metadata/index.js';
import { docContext } from './deadlines-context.js';

describe('metadata notice span and body start', () => {
  it('the notice runs to the line before the plan’s title (国务院 style)', () => {
    const text = [
      '国务院办公厅关于印发“十四五”文化发展规划的通知',
      '国办发〔2022〕5号',
      '各省、自治区、直辖市人民政府，国务院各部委、各直属机构：',
      '《“十四五”文化发展规划》已经国务院同意，现印发给你们，请认真贯彻执行。',
      '国务院办公厅',
      '2022年1月20日',
      '（此件公开发布）',
      '“十四五”文化发展规划',
      '为推动文化发展，编制本规划。',
      '一、发展环境',
    ].join('\n');
    const info = extractMetadata(docContext(text));
    const planTitle = text.indexOf('“十四五”文化发展规划\n');
    expect(info.bodyStart).toBe(planTitle);
    expect(info.notice).toEqual({ start: 0, end: planTitle - 1 });
    expect(info.metadata).toMatchObject({
      title: '“十四五”文化发展规划',
      docType: '规划',
      issuers: ['国务院办公厅'],
      docNumber: '国办发〔2022〕5号',
      issueDate: '2022-01-20',
      period: { start: 2021, end: 2025 },
      draft: false,
    });
    expect(info.referenceYear).toBe(2022);
  });

  it('without a repeated title the plan starts after the addressee (Shenzhen)', () => {
    const text = [
      '深圳市文化广电旅游体育局 深圳市委宣传部 深圳市工业和信息化局关于发布《深圳市培育数字创意产业集群行动计划（2022-2025年）》的通知',
      '日期：2022-06-06 09:25 来源： 市文化广电旅游体育局',
      '各有关单位：',
      '为落实《深圳市人民政府关于发展壮大战略性新兴产业集群和培育发展未来产业的意见》精神，制定本行动计划。',
      '一、发展基础',
    ].join('\n');
    const info = extractMetadata(docContext(text));
    expect(info.bodyStart).toBe(text.indexOf('为落实'));
    expect(text.slice(info.notice!.start, info.notice!.end).endsWith('各有关单位：')).toBe(true);
  });

  it('no notice: the body starts at the title', () => {
    const text = '某某日期：无\n某某市文化产业发展实施方案\n为推动发展，制定本方案。\n一、总体要求';
    const info = extractMetadata(docContext(text));
    expect(info.notice).toBeNull();
    expect(info.bodyStart).toBe(text.indexOf('某某市文化'));
  });
  it('关于公开征求《X》意见的通知 wraps a draft; its 附件 line is not the plan’s title', () => {
    const text = [
      '关于公开征求《台州市推进海洋经济发展实施方案（2025—2027年）（征求意见稿）》意见的通知',
      '为推动海洋经济高质量发展，我局起草了征求意见稿，现向社会公开征求意见，请于2025年4月30日前反馈。',
      '附件：台州市推进海洋经济发展实施方案（2025—2027年）（征求意见稿）',
      '台州市发展和改革委员会',
      '2025年4月1日',
      '台州市推进海洋经济发展实施方案（2025—2027年）',
      '（征求意见稿）',
      '一、发展目标',
    ].join('\n');
    const info = extractMetadata(docContext(text));
    const planTitle = text.indexOf('台州市推进海洋经济发展实施方案（2025—2027年）\n');
    expect(info.bodyStart).toBe(planTitle);
    expect(info.metadata).toMatchObject({
      title: '台州市推进海洋经济发展实施方案（2025—2027年）',
      docType: '实施方案',
      issuers: ['台州市发展和改革委员会'],
      issueDate: '2025-04-01',
      draft: true,
    });
  });

  it('a web page’s label before the notice title (`标　　题：`) is not an issuer', () => {
    const text = [
      '标　　题：湖州市人民政府办公室关于印发湖州市全域旅游提升行动方案的通知',
      '湖州市人民政府办公室关于印发湖州市全域旅游提升行动方案的通知',
      '各区县人民政府，市政府直属各单位：',
      '《湖州市全域旅游提升行动方案》已经市政府同意，现印发给你们，请认真贯彻执行。',
      '湖州市全域旅游提升行动方案',
      '一、总体目标',
    ].join('\n');
    expect(extractMetadata(docContext(text)).metadata.issuers).toEqual(['湖州市人民政府办公室']);
  });
});
