import { describe, expect, it } from 'vitest';
import { extractMetadata } from '../../src/extract/metadata/index.js';
import { docContext } from './deadlines-context.js';

const docNumber = (text: string) => extractMetadata(docContext(text)).metadata.docNumber;

describe('metadata docNumber', () => {
  it('its own line under the red header', () => {
    expect(docNumber('苏州市推进数字经济时代产业创新集群发展领导小组办公室文件\n苏创新集群办〔2022〕26号\n关于印发某某行动计划的通知')).toBe(
      '苏创新集群办〔2022〕26号',
    );
  });
  it('PDF spaces removed, bracket variants written 〔〕', () => {
    expect(docNumber('文件\n粤工信数字产业〔2023〕9 号\n关于印发某某的通知')).toBe('粤工信数字产业〔2023〕9号');
    expect(docNumber('苏创新集群办[2022]26号\n某某方案')).toBe('苏创新集群办〔2022〕26号');
    expect(docNumber('苏创新集群办［2022］26号\n某某方案')).toBe('苏创新集群办〔2022〕26号');
  });
  it('run into the red header and the notice title on one line', () => {
    expect(
      docNumber('苏州市推进数字经济时代产业创新集群发展领导小组办公室文件苏创新集群办〔2022〕26号苏州市推进数字经济时代产业创新集群发展领导小组办公室关于印发某某行动计划的通知各县级市（区）人民政府：'),
    ).toBe('苏创新集群办〔2022〕26号');
  });
  it('after the notice title (国务院 style)', () => {
    expect(docNumber('国务院办公厅关于印发某某规划的通知\n国办发〔2022〕5号\n各省、自治区、直辖市人民政府：')).toBe('国办发〔2022〕5号');
  });
});
