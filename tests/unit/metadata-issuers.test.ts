import { describe, expect, it } from 'vitest';
import { extractMetadata } from '../../src/extract/metadata/index.js';
import { splitIssuers } from '../../src/extract/metadata/issuers.js';
import { docContext, rules } from './deadlines-context.js';

const GUANGDONG_FIVE = ['广东省工业和信息化厅', '中共广东省委宣传部', '广东省文化和旅游厅', '广东省广播电视局', '广东省体育局'];

describe('metadata issuers', () => {
  it('red header lines then 文件 (Guangdong: five issuers)', () => {
    const text = [...GUANGDONG_FIVE, '文件', '粤工信数字产业〔2023〕9号', '广东省体育局关于印发某某行动计划的通知', '各地级以上市人民政府：'].join('\n');
    expect(extractMetadata(docContext(text)).metadata.issuers).toEqual(GUANGDONG_FIVE);
  });
  it('names in a notice title, with and without spaces, over lines', () => {
    const r = rules().metadata;
    expect(splitIssuers('广东省工业和信息化厅 中共广东省委宣传部广东省文化和旅游厅 广东省广播电视局广东省体育局', r)).toEqual(GUANGDONG_FIVE);
    expect(splitIssuers('广东省工业和信息化厅 中共广东省委宣传部\n广东省文化和旅游厅 广东省广播电视局\n广东省体育局', r)).toEqual(GUANGDONG_FIVE);
    expect(splitIssuers('深圳市文化广电旅游体育局 深圳市委宣传部 深圳市工业和信息化局', r)).toEqual([
      '深圳市文化广电旅游体育局',
      '深圳市委宣传部',
      '深圳市工业和信息化局',
    ]);
  });
  it('a stray space or a line break inside one name (Suzhou)', () => {
    const r = rules().metadata;
    const name = '苏州市推进数字经济时代产业创新集群发展领导小组办公室';
    expect(splitIssuers('苏州市推进数字经济时代产业创新集群发展领导小组 办公室', r)).toEqual([name]);
    expect(splitIssuers('苏州市推进数字经济时代\n产业创新集群发展领导小组办公室', r)).toEqual([name]);
    expect(splitIssuers('苏州市推进数字经济时代产业创新集群发展领\n导小组 办公室', r)).toEqual([name]);
  });
  it('the signer above the date when nothing else names the issuer (Taicang)', () => {
    const text = [
      '关于《太仓市2025年文化产业提升发展专项行动方案》面向社会公开征求意见的通知',
      '各有关单位：',
      '请各有关单位或个人于5月17日前将意见反馈至市文体广旅局产业发展科。',
      '附件：《太仓市2025年文化产业提升发展专项行动方案（征求意见稿）》',
      '太仓市文体广电和旅游局',
      '2025年5月13日',
      '附件：',
      '太仓市2025年文化产业提升发展专项行动方案',
    ].join('\n');
    expect(extractMetadata(docContext(text)).metadata.issuers).toEqual(['太仓市文体广电和旅游局']);
  });
  it('the signer above the signing date, not the 印发 line of the 版记 below it', () => {
    const text = [
      '尤溪县2025年紧密型县域医共体建设提质工作方案',
      '尤政办〔2025〕14号',
      '一、总体要求',
      '（一）工作目标。到2025年底，县域内就诊率达到90%以上。',
      '尤溪县人民政府办公室',
      '2025年2月18日',
      '抄送：县委办、县人大办、县政协办。',
      '尤溪县人民政府办公室　　　　　　　　2025年2月20日印发',
    ].join('\n');
    const { metadata } = extractMetadata(docContext(text));
    expect([metadata.issuers, metadata.issueDate]).toEqual([['尤溪县人民政府办公室'], '2025-02-18']);
  });
  it('a title that names the first bodies only (…等七部门) gives way to the signature, one body per line, in full names', () => {
    const text = [
      '工业和信息化部 国家发展改革委 国家能源局等七部门关于印发《新型储能制造业高质量发展行动方案》的通知',
      '工信部联电子〔2025〕68号',
      '各省、自治区、直辖市工业和信息化主管部门：',
      '现将《新型储能制造业高质量发展行动方案》印发给你们，请认真贯彻落实。',
      '工业和信息化部',
      '国家发展改革委',
      '科技部',
      '生态环境部',
      '商务部',
      '市场监管总局',
      '国家能源局',
      '2025年4月21日',
      '新型储能制造业高质量发展行动方案',
      '一、总体要求',
    ].join('\n');
    expect(extractMetadata(docContext(text)).metadata.issuers).toEqual([
      '工业和信息化部',
      '国家发展和改革委员会',
      '科学技术部',
      '生态环境部',
      '商务部',
      '国家市场监督管理总局',
      '国家能源局',
    ]);
  });
  it('a university and its party committee as joint issuers', () => {
    expect(splitIssuers('中共东海大学委员会　东海大学', rules().metadata)).toEqual(['中共东海大学委员会', '东海大学']);
  });
});
