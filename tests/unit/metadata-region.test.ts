import { describe, expect, it } from 'vitest';
import { extractMetadata } from '../../src/extract/metadata/index.js';
import { qualifiedRegion, regionInText, regionPrefix, townWithSuperior } from '../../src/extract/metadata/region.js';
import { docContext, rules } from './deadlines-context.js';

describe('metadata region', () => {
  it('a district whose name ends like a generic word (南山区, 西城区) is one; a generic name (贫困山区) is not', () => {
    const r = rules().metadata;
    expect(regionPrefix('深圳市南山区人民政府办公室', r)).toBe('深圳市南山区');
    expect(regionPrefix('北京市西城区人民政府', r)).toBe('北京市西城区');
    expect(regionPrefix('四川省贫困山区教育提升行动方案', r)).toBe('四川省');
  });
  it('from the start of the title or an issuer', () => {
    const r = rules().metadata;
    expect(regionPrefix('苏州市推动文化创意产业高质量发展三年行动计划（2023-2025年）', r)).toBe('苏州市');
    expect(regionPrefix('广东省培育数字创意战略性新兴产业集群行动计划（2023—2025年）', r)).toBe('广东省');
    expect(regionPrefix('中共广东省委宣传部', r)).toBe('广东省');
    expect(regionPrefix('深圳市委宣传部', r)).toBe('深圳市');
    expect(regionPrefix('江苏省苏州市文化产业发展规划', r)).toBe('苏州市');
  });
  it('a Youth League or party body\'s opening is not part of the region', () => {
    const r = rules().metadata;
    expect(regionPrefix('共青团山东省委员会', r)).toBe('山东省');
    expect(regionPrefix('中国共产主义青年团浙江省委员会', r)).toBe('浙江省');
  });
  it('a street after its city and district (北京市朝阳区人民政府望京街道办事处, 中共北京市朝阳区望京街道工作委员会)', () => {
    const r = rules().metadata;
    expect(regionPrefix('北京市朝阳区人民政府望京街道办事处', r)).toBe('北京市朝阳区望京街道');
    expect(regionPrefix('中共北京市朝阳区望京街道工作委员会', r)).toBe('北京市朝阳区望京街道');
    expect(regionPrefix('北京市朝阳区人民政府办公室', r)).toBe('北京市朝阳区');
  });
  it('a town named by its government or committee, with the county-level superior the text names', () => {
    const r = rules().metadata;
    expect(regionPrefix('中共花桥镇委员会', r)).toBe('花桥镇');
    expect(regionPrefix('花桥镇人民政府', r)).toBe('花桥镇');
    // not a town: a kind of town in a title, a street of a city
    expect(regionPrefix('特色小镇高质量发展行动方案', r)).toBeNull();
    expect(townWithSuperior('花桥镇', '为全面落实昆山市委、市政府关于深化…的决策部署，结合本镇实际…', r)).toBe('昆山市花桥镇');
    expect(townWithSuperior('花桥镇', '为全面落实市委、市政府…', r)).toBe('花桥镇');
    expect(townWithSuperior('安吉县', '落实湖州市委、市政府…', r)).toBe('安吉县');
  });
  it('a title opening with a campaign named after the place (健康郑州行动…) takes the issuer\'s region', () => {
    const text = ['郑州市人民政府办公室关于印发健康郑州行动三年行动方案（2025—2027年）的通知', '郑政办〔2025〕17号', '各县（市、区）人民政府：', '现将《健康郑州行动三年行动方案（2025—2027年）》印发给你们，请认真贯彻落实。', '郑州市人民政府办公室', '2025年4月8日', '健康郑州行动三年行动方案（2025—2027年）', '一、总体要求'].join('\n');
    expect(extractMetadata(docContext(text)).metadata.region).toBe('郑州市');
  });
  it('a county-level city is its own region (Taicang, not 苏州市)', () => {
    expect(regionPrefix('太仓市2025年文化产业提升发展专项行动方案', rules().metadata)).toBe('太仓市');
  });
  it('the place a text keeps naming when nothing else does (Hangzhou)', () => {
    const text =
      '为推动杭州文化产业发展，编制本规划。\n一、发展基础\n杭州市委十二届十次全会提出，杭州要打造文化高地。为杭州市建设“一城一窗”提供支撑。完善杭州市高层次人才政策。杭州动漫、杭州影视、杭州设计全国领先，杭州品牌享誉海外。\n修订《浙江省文化产业促进条例》，支持创意市集。';
    expect(regionInText(text, rules().metadata)).toBe('杭州市');
    expect(extractMetadata(docContext(text)).metadata.region).toBe('杭州市');
  });
  it('a city keeps the district or county after it (district names repeat across cities)', () => {
    const r = rules().metadata;
    expect(regionPrefix('佛山市南海区人民政府办公室', r)).toBe('佛山市南海区');
    expect(regionPrefix('金华市浦江县文化和广电旅游体育局', r)).toBe('金华市浦江县');
    expect(regionPrefix('浙江省宁波市鄞州区发展和改革局', r)).toBe('宁波市鄞州区');
  });
  it('a title naming the district alone takes the city from its issuer', () => {
    expect(qualifiedRegion('南海区', ['佛山市南海区'], rules().metadata)).toBe('佛山市南海区');
    expect(qualifiedRegion('佛山市', ['佛山市南海区'], rules().metadata)).toBe('佛山市');
    const text = [
      '佛山市南海区人民政府办公室关于印发南海区制造业当家三年行动方案（2024—2026年）的通知',
      '南府办〔2024〕7号',
      '各镇人民政府、街道办事处，区各部门：',
      '现将《南海区制造业当家三年行动方案（2024—2026年）》印发给你们，请认真组织实施。',
      '佛山市南海区人民政府办公室',
      '2024年5月6日',
      '南海区制造业当家三年行动方案（2024—2026年）',
      '一、总体目标',
    ].join('\n');
    expect(extractMetadata(docContext(text)).metadata.region).toBe('佛山市南海区');
  });
});
