import { describe, expect, it } from 'vitest';
import { extractMetadata } from '../../src/extract/metadata/index.js';
import { stripDraft } from '../../src/extract/metadata/title.js';
import { docContext, rules } from './deadlines-context.js';

const meta = (text: string) => extractMetadata(docContext(text)).metadata;

describe('metadata title', () => {
  it('the plan’s own title line after a notice, spaces removed (Suzhou)', () => {
    const text = [
      '苏州市推进数字经济时代产业创新集群发展领导小组办公室文件',
      '苏创新集群办〔2022〕26号',
      '苏州市推进数字经济时代产业创新集群发展领导小组 办公室关于印发苏州市推动文化创意产业高质量发展 三年行动计划（2023-2025年）的通知',
      '各县级市（区）人民政府，苏州工业园区、苏州高新区、太仓港口管委会；市各委办局，各直属单位：',
      '现将《苏州市推动文化创意产业高质量发展三年行动计划（2023-2025年）》印发给你们，请结合实际，认真贯彻执行。',
      '苏州市推进数字经济时代',
      '产业创新集群发展领导小组办公室',
      '2022年12月30日',
      '苏州市推动文化创意产业高质量发展 三年行动计划（2023-2025年）',
      '文化创意产业是以内容创作生产为核心的新兴产业。',
      '一、指导思想',
    ].join('\n');
    expect(meta(text).title).toBe('苏州市推动文化创意产业高质量发展三年行动计划（2023-2025年）');
  });

  it('a notice quoting a title that quotes another (〈〉 inside 《》) finds the plan\'s own title line and the signing date', () => {
    const text = [
      '无锡市人民政府关于印发《2025年〈政府工作报告〉主要目标任务分解落实方案》的通知',
      '锡政发〔2025〕8号',
      '各市（县）、区人民政府，市各委办局，市各直属单位：',
      '《2025年〈政府工作报告〉主要目标任务分解落实方案》已经市政府常务会议审议通过，现印发给你们，请认真抓好贯彻落实。',
      '无锡市人民政府',
      '2025年2月18日',
      '（此件公开发布）',
      '2025年《政府工作报告》主要目标任务分解落实方案',
      '为全面完成市人民代表大会审议通过的《政府工作报告》确定的目标任务，制定本方案。',
      '一、主要预期目标',
    ].join('\n');
    expect(meta(text)).toMatchObject({ title: '2025年《政府工作报告》主要目标任务分解落实方案', issueDate: '2025-02-18', docType: '落实方案' });
  });

  it('a title block over two lines, PDF spacing (Guangdong PDF)', () => {
    const text = '广东省培育数字创意战略性新兴产业集群 行\n动计划（2023—2025 年）\n为贯彻省委、省政府关于推进数字经济强省建设的工作部署，制定本行动计划。\n一、总体情况';
    expect(meta(text).title).toBe('广东省培育数字创意战略性新兴产业集群行动计划（2023—2025年）');
  });

  it('the title a notice gives when the plan repeats none (Shenzhen)', () => {
    const text = [
      '深圳市文化广电旅游体育局 深圳市委宣传部 深圳市工业和信息化局关于发布《深圳市培育数字创意产业集群行动计划（2022-2025年）》的通知',
      '日期：2022-06-06 09:25 来源： 市文化广电旅游体育局',
      '各有关单位：',
      '为落实《深圳市人民政府关于发展壮大战略性新兴产业集群和培育发展未来产业的意见》精神，结合深圳数字创意产业发展实际，制定本行动计划。',
      '一、发展基础',
    ].join('\n');
    expect(meta(text).title).toBe('深圳市培育数字创意产业集群行动计划（2022-2025年）');
  });

  it('without the draft marker (Taicang)', () => {
    const text = '附件：\n太仓市2025年文化产业提升发展专项行动方案\n（征求意见稿）\n坚持以习近平文化思想为指导，特制定本行动方案。\n一．总体要求';
    expect(meta(text).title).toBe('太仓市2025年文化产业提升发展专项行动方案');
  });

  it('stripDraft removes bracketed and trailing markers, not 试行', () => {
    expect(stripDraft('某某方案（征求意见稿）', rules().metadata)).toEqual({ text: '某某方案', draft: true });
    expect(stripDraft('某某办法（试行）', rules().metadata)).toEqual({ text: '某某办法（试行）', draft: false });
  });
  it('an 意见 under a red header and number: the title starts after them', () => {
    const text = ['绍兴市人民政府文件', '绍政发〔2024〕12号', '绍兴市人民政府关于促进民营经济高质量发展的实施意见', '各区、县（市）人民政府：', '为促进民营经济发展，现提出如下意见。', '一、总体要求'].join('\n');
    expect(extractMetadata(docContext(text)).metadata).toMatchObject({
      title: '绍兴市人民政府关于促进民营经济高质量发展的实施意见',
      docNumber: '绍政发〔2024〕12号',
      issuers: ['绍兴市人民政府'],
    });
  });
});
