import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultRulesDir, loadRules } from '../../src/ruleset/load.js';
import { extractUnits, statesFirstIsLead } from '../../src/extract/units/index.js';
import { contextOf } from '../helpers/context.js';
import { rules } from './deadlines-context.js';

function units(text: string, region: string | null, firstIsLead = false) {
  const ctx = contextOf(text);
  const found = extractUnits(ctx, { start: 0, end: ctx.text.length }, { region, firstIsLead });
  for (const u of found) expect(ctx.text.slice(u.span.start, u.span.end)).toBe(u.raw);
  return found.map((u) => [u.name, u.role, u.canonical]);
}

describe('unit clauses', () => {
  it('colon list with nested brackets and enterprises', () => {
    expect(units('打造苏作产业特色板块。（责任单位：市委宣传部、市工信局，苏州园林集团，各县级市〈区〉）', '苏州市')).toEqual([
      ['市委宣传部', 'responsible', '苏州市委宣传部'],
      ['市工信局', 'responsible', '苏州市工业和信息化局'],
      ['苏州园林集团', 'responsible', '苏州园林集团'],
      ['各县级市〈区〉', 'responsible', '苏州市各县级市〈区〉'],
    ]);
  });

  it('canonical names of national bodies serving the region (abbreviations/general.yaml vertical, openings)', () => {
    expect(units('（责任单位：省税务局、人民银行江西省分行、省商务厅）', '江西省')).toEqual([
      ['省税务局', 'responsible', '国家税务总局江西省税务局'],
      ['人民银行江西省分行', 'responsible', '中国人民银行江西省分行'],
      ['省商务厅', 'responsible', '江西省商务厅'],
    ]);
    expect(units('（责任单位：厦门市税务局、中国人民银行厦门市分行、市中级法院）', '厦门市').map((u) => u[2])).toEqual([
      '国家税务总局厦门市税务局',
      '中国人民银行厦门市分行',
      '厦门市中级人民法院',
    ]);
  });

  it('a development zone is a level of its own: 园区 departments, the prefix restored after it (苏州工业园区)', () => {
    expect(units('（牵头单位：园区科创委；配合单位：园区财政局、经发委，苏州市医保局）', '苏州工业园区')).toEqual([
      ['园区科创委', 'lead', '苏州工业园区科技创新委员会'],
      ['园区财政局', 'co', '苏州工业园区财政局'],
      ['园区经发委', 'co', '苏州工业园区经济发展委员会'],
      ['苏州市医保局', 'co', '苏州市医疗保障局'],
    ]);
  });

  it('a township named bare in a county plan is its government; national regulators by their forms', () => {
    expect(units('（牵头单位：县交通运输局；配合单位：茅坪镇、归州镇）', '秭归县').map((u) => u[2])).toEqual([
      '秭归县交通运输局',
      '秭归县茅坪镇人民政府',
      '秭归县归州镇人民政府',
    ]);
    expect(units('（责任单位：南京金融监管分局、外汇局江苏省分局）', '南京市').map((u) => u[2])).toEqual([
      '国家金融监督管理总局南京监管分局',
      '国家外汇管理局江苏省分局',
    ]);
  });

  it('a county-level city\'s towns are its own; 残联 takes the list\'s level prefix', () => {
    expect(units('（牵头单位：市卫健局；责任单位：毛市镇人民政府、朱河镇人民政府）', '监利市').map((u) => u[2])).toEqual([
      '监利市卫生健康局',
      '监利市毛市镇人民政府',
      '监利市朱河镇人民政府',
    ]);
    expect(units('（省教育厅、财政厅、残联按职责分工负责）', '福建省').map((u) => u[0])).toEqual(['省教育厅', '省财政厅', '省残联']);
  });

  it('a department issuing its own plan: a centre named bare is its own; a college takes no level; a command post\'s members are a placeholder', () => {
    const own = (text: string) => {
      const ctx = contextOf(text);
      return extractUnits(ctx, { start: 0, end: ctx.text.length }, { region: '江苏省', firstIsLead: false, issuer: '国家税务总局江苏省税务局' }).map((u) => [u.name, u.canonical]);
    };
    expect(own('（纳税服务处牵头，征管和科技发展处、信息中心配合）')).toEqual([
      ['纳税服务处', '国家税务总局江苏省税务局纳税服务处'],
      ['征管和科技发展处', '国家税务总局江苏省税务局征管和科技发展处'],
      ['信息中心', '国家税务总局江苏省税务局信息中心'],
    ]);
    expect(units('（州文化广电旅游局牵头，州教育和体育局、西昌学院配合）', '凉山彝族自治州').map((u) => u[0])).toEqual(['州文化广电旅游局', '州教育和体育局', '西昌学院']);
    expect(units('（责任单位：县水利局、县防汛抗旱指挥部各成员单位）', '婺源县').map((u) => u[0])).toEqual(['县水利局']);
  });

  it('places of one tier share the government ending after them (湖口县、瑞昌市人民政府); 共同牵头 leads', () => {
    expect(units('（责任单位：市生态环境局、市农业农村局共同牵头，市财政局配合，湖口县、瑞昌市人民政府）', '九江市').map((u) => u.slice(0, 2))).toEqual([
      ['市生态环境局', 'lead'],
      ['市农业农村局', 'lead'],
      ['市财政局', 'co'],
      ['湖口县人民政府', 'co'],
      ['瑞昌市人民政府', 'co'],
    ]);
  });

  it('restores the level prefix the list implies', () => {
    expect(units('（责任单位：市文化广电旅游体育局、工业和信息化局、科技创新委）', '深圳市')).toEqual([
      ['市文化广电旅游体育局', 'responsible', '深圳市文化广电旅游体育局'],
      ['市工业和信息化局', 'responsible', '深圳市工业和信息化局'],
      ['市科技创新委', 'responsible', '深圳市科技创新委员会'],
    ]);
    expect(units('（省科技厅、工业和信息化厅、市场监管局、广电局按职责分工负责）', '广东省').map((u) => u[0])).toEqual([
      '省科技厅',
      '省工业和信息化厅',
      '省市场监管局',
      '省广电局',
    ]);
  });

  it('does not prefix names that carry a place or are not departments', () => {
    expect(units('（责任单位：市委宣传部、各区政府、新区管委会、深圳证监局、深圳市税务局）', '深圳市')).toEqual([
      ['市委宣传部', 'responsible', '深圳市委宣传部'],
      ['各区政府', 'responsible', '深圳市各区政府'],
      ['新区管委会', 'responsible', '深圳市大鹏新区管理委员会'],
      ['深圳证监局', 'responsible', '中国证券监督管理委员会深圳监管局'],
      ['深圳市税务局', 'responsible', '国家税务总局深圳市税务局'],
    ]);
  });

  it('the clause alone on the next line', () => {
    expect(units('2.优化产业生态。健全文化企业动态监测。\n（责任单位：市委宣传部、市文体广旅局，各（区）镇）', '太仓市')).toEqual([
      ['市委宣传部', 'responsible', '太仓市委宣传部'],
      ['市文体广旅局', 'responsible', '太仓市文体广电和旅游局'],
      ['各（区）镇', 'responsible', '太仓市各（区）镇'],
    ]);
  });

  it('the units end where the task’s other fields begin (完成时限, 责任人)', () => {
    expect(units('农民收入增长7%。（县人社局牵头，县农业农村局配合；完成时限：2024年12月底）', '某某县')).toEqual([
      ['县人社局', 'lead', '某某县人力资源和社会保障局'],
      ['县农业农村局', 'co', '某某县农业农村局'],
    ]);
    expect(units('推进项目建设。\n责任单位：区发改局、区财政局；责任人：张三\n', '某某区').map(([n]) => n)).toEqual(['区发改局', '区财政局']);
  });

  it('the date fields among the field keys are read by the deadlines rules (keyed-date)', () => {
    const r = rules();
    const source = r.deadlines.forms['keyed-date'].source;
    for (const key of r.unitClauses.otherFieldKeys) if (/时限|时间|期限|节点/u.test(key)) expect(source).toContain(key);
  });

  it('a bracket closing the paragraph with only unit names: every unit is responsible', () => {
    expect(units('2026年6月30日前完成关键信息基础设施安全评估。（省委网信办，省公安厅）', '某某省')).toEqual([
      ['省委网信办', 'responsible', '某某省委网络安全和信息化委员会办公室'],
      ['省公安厅', 'responsible', '某某省公安厅'],
    ]);
  });

  it('a closing bracket that is not only unit names, or one inside the sentence, is not a clause', () => {
    expect(units('由市文化广电旅游局（以下简称市文旅局）统筹推进。', '某某市')).toEqual([]);
    expect(units('支持龙头企业（市级以上）做大做强。', '某某市')).toEqual([]);
    expect(units('举办文化旅游节（每年一届）。', '某某市')).toEqual([]);
    expect(units('加强与市文旅局（市文物局）的协作，提升服务水平。', '某某市')).toEqual([]);
  });

  it('lead and co', () => {
    expect(units('（省工业和信息化厅牵头，省文化和旅游厅按职责分工负责）', '广东省')).toEqual([
      ['省工业和信息化厅', 'lead', '广东省工业和信息化厅'],
      ['省文化和旅游厅', 'co', '广东省文化和旅游厅'],
    ]);
    expect(units('（市发改委牵头，市财政局、市统计局配合）', '苏州市').map((u) => u[1])).toEqual(['lead', 'co', 'co']);
  });

  it('会同 makes the subject the lead; placeholders are not units', () => {
    expect(units('（省工业和信息化厅会同有关部门负责）', '广东省')).toEqual([['省工业和信息化厅', 'lead', '广东省工业和信息化厅']]);
    expect(units('（省委宣传部会有关部门负责）', '广东省')).toEqual([['省委宣传部', 'lead', '广东省委宣传部']]);
  });

  it('A，B、C按职责分工负责 are all responsible; a trailing 等 is dropped', () => {
    expect(units('（省教育厅、人力资源社会保障厅、文化和旅游厅等按职责分工负责）', '广东省')).toEqual([
      ['省教育厅', 'responsible', '广东省教育厅'],
      ['省人力资源社会保障厅', 'responsible', '广东省人力资源和社会保障厅'],
      ['省文化和旅游厅', 'responsible', '广东省文化和旅游厅'],
    ]);
  });

  it('牵头单位：A；配合单位：B、C without brackets', () => {
    expect(units('加强组织领导。\n牵头单位：市发改委；配合单位：市财政局、市人社局', '苏州市')).toEqual([
      ['市发改委', 'lead', '苏州市发展和改革委员会'],
      ['市财政局', 'co', '苏州市财政局'],
      ['市人社局', 'co', '苏州市人力资源和社会保障局'],
    ]);
  });

  it('a keyed clause after the last sentence of the paragraph, without brackets', () => {
    expect(units('建设算力中心。建成智能计算中心1个。责任单位：市发改委、市大数据局。', '苏州市').map((u) => u.slice(0, 2))).toEqual([
      ['市发改委', 'responsible'],
      ['市大数据局', 'responsible'],
    ]);
    // one clause across sentences that each open with a key; a sentence after it is not part of it
    expect(units('加强组织领导。牵头单位：市发改委。配合单位：市财政局。到2025年完成。', '苏州市').map((u) => u.slice(0, 2))).toEqual([
      ['市发改委', 'lead'],
      ['市财政局', 'co'],
    ]);
  });

  it('a list whose commas were lost is split at its spaces only when every piece is a unit', () => {
    expect(units('（责任单位：市发改委 市经信局　市财政局）', '苏州市').map((u) => u[0])).toEqual(['市发改委', '市经信局', '市财政局']);
    expect(units('（责任单位：中国移动 苏州分公司、市通信管理办）', '苏州市').map((u) => u[0])).toEqual(['中国移动 苏州分公司', '市通信管理办']);
  });

  it('【】 brackets', () => {
    expect(units('推动工业互联网发展。【责任单位：市经信局、市科技局】', '苏州市').map((u) => u[0])).toEqual(['市经信局', '市科技局']);
  });

  it('a role noted after a unit of a list: （牵头）, the units after it cooperate', () => {
    expect(units('（责任单位：市发改委（牵头）、市大数据局、市经信局）', '苏州市')).toEqual([
      ['市发改委', 'lead', '苏州市发展和改革委员会'],
      ['市大数据局', 'co', '苏州市大数据局'],
      ['市经信局', 'co', '苏州市经济和信息化局'],
    ]);
    expect(units('（责任单位：市发改委（牵头单位），市财政局（配合））', '苏州市').map((u) => u[1])).toEqual(['lead', 'co']);
  });

  it('role words inside a 责任单位 list', () => {
    expect(units('（责任单位：市发改委牵头，市大数据局、市经信局配合）', '苏州市').map((u) => u.slice(0, 2))).toEqual([
      ['市发改委', 'lead'],
      ['市大数据局', 'co'],
      ['市经信局', 'co'],
    ]);
    expect(units('（责任单位：市发改委会同市财政局负责）', '苏州市').map((u) => u.slice(0, 2))).toEqual([
      ['市发改委', 'lead'],
      ['市财政局', 'co'],
    ]);
  });

  it('由A负责，B、C配合 as the last sentence of the paragraph, or in brackets: A is responsible (lead needs 牵头 or 会同)', () => {
    const responsible = [
      ['市经信局', 'responsible'],
      ['市科技局', 'co'],
      ['市财政局', 'co'],
    ];
    expect(units('推动工业互联网发展。打造上云标杆企业。由市经信局负责，市科技局、市财政局配合。', '苏州市').map((u) => u.slice(0, 2))).toEqual(responsible);
    expect(units('推动工业互联网发展。（由市经信局负责，市科技局、市财政局配合）', '苏州市').map((u) => u.slice(0, 2))).toEqual(responsible);
    expect(units('推动工业互联网发展。市经信局牵头，市科技局、市财政局配合。', '苏州市').map((u) => u.slice(0, 2))).toEqual([
      ['市经信局', 'lead'],
      ['市科技局', 'co'],
      ['市财政局', 'co'],
    ]);
  });

  it('follows a document convention that the first listed unit leads', () => {
    expect(units('（责任单位：市发改委、市财政局）', '苏州市', true).map((u) => u[1])).toEqual(['lead', 'co']);
  });
});

describe('unit clauses in other brackets', () => {
  it('〔责任单位：…按职责分工负责。note〕: the list ends at its sentence, the duty ending is no name', () => {
    expect(
      units(
        '实行“非禁即入”。〔责任单位：省发展改革委、省市场监管局、商务厅、省大数据中心按职责分工负责。具体任务均涉及相关市（州）人民政府，不再做分工，下同。〕',
        '四川省',
      ).map((u) => u[0]),
    ).toEqual(['省发展改革委', '省市场监管局', '省商务厅', '省大数据中心']);
  });

  it('a name with 〔〕 inside (各县〔市、区〕人民政府) keeps its list; a document number still is no unit', () => {
    expect(units('新建幼儿园30所。（责任单位：市教育局、发改委，各县〔市、区〕人民政府）', '三明市')).toEqual([
      ['市教育局', 'responsible', '三明市教育局'],
      ['市发改委', 'responsible', '三明市发展和改革委员会'],
      ['各县〔市、区〕人民政府', 'responsible', '三明市各县〔市、区〕人民政府'],
    ]);
    expect(units('按照要求执行。（国发〔2023〕24号）', '三明市')).toEqual([]);
  });

  it('one list per duty ending: （A、B按职责分工负责，C、D落实）; 落实 alone needs unit names', () => {
    expect(units('培育企业20家。（省工业和信息化厅、省发展改革委按职责分工负责，各设区市人民政府、平潭综合实验区管委会落实）', '福建省')).toEqual([
      ['省工业和信息化厅', 'responsible', '福建省工业和信息化厅'],
      ['省发展改革委', 'responsible', '福建省发展和改革委员会'],
      ['各设区市人民政府', 'responsible', '福建省各设区市人民政府'],
      ['平潭综合实验区管委会', 'responsible', '平潭综合实验区管理委员会'],
    ]);
    expect(units('培育企业50家。（确保政策落实）', '福建省')).toEqual([]);
  });

  it('［…］ and [...] as well', () => {
    expect(units('推进“一网通办”。［责任单位：市市场监管局］', '成都市')).toEqual([['市市场监管局', 'responsible', '成都市市场监督管理局']]);
    expect(units('推进“一网通办”。[牵头单位：市政务服务中心]', '成都市').map((u) => u.slice(0, 2))).toEqual([['市政务服务中心', 'lead']]);
  });
});

describe('a sentence closing with a 由… clause', () => {
  it('关于…的问题，由A会同B等部门负责落实 / 研究提出落实意见', () => {
    expect(units('关于“严守耕地保护红线，划定永久基本农田”的问题，由国土资源部会同农业部等部门负责落实。', null).map((u) => u.slice(0, 2))).toEqual([
      ['国土资源部', 'lead'],
      ['农业部', 'co'],
    ]);
    expect(units('关于“确保谷物基本自给”的问题，由发展改革委会同农业部、财政部等部门研究提出落实意见。', null).map((u) => u.slice(0, 2))).toEqual([
      ['发展改革委', 'lead'],
      ['农业部', 'co'],
      ['财政部', 'co'],
    ]);
  });

  it('a closing clause that is not about units gives none', () => {
    expect(units('关于加强队伍建设的问题，由于基础薄弱，需要持续加大投入。', null)).toEqual([]);
  });
});

describe('keyed lists after a lead', () => {
  it('牵头单位：A；责任单位：B、C — the units listed after the lead cooperate, duty ending dropped', () => {
    expect(units('牵头单位：区科技和经信局；责任单位：各街道办事处、区财政局按职责分工负责', '武汉市蔡甸区').map((u) => u.slice(0, 2))).toEqual([
      ['区科技和经信局', 'lead'],
      ['各街道办事处', 'co'],
      ['区财政局', 'co'],
    ]);
    expect(units('（配合单位：市财政局按职责分工负责）', '成都市').map((u) => u.slice(0, 2))).toEqual([['市财政局', 'co']]);
  });

  it('牵头单位 and 责任单位 on lines of their own: the same reading', () => {
    expect(units('1.努力实现地区生产总值增长6.2%左右。\n\n牵头单位:区发改局\n\n责任单位:立山经济开发区,各街道', '立山区').map((u) => u.slice(0, 2))).toEqual([
      ['区发改局', 'lead'],
      // (a zone named bare is its committee: rules/units.yaml `lonePlace`)
      ['立山经济开发区管委会', 'co'],
      ['各街道', 'co'],
    ]);
  });

  it('a bracket inside a keyed line is part of a name there, not a clause of its own', () => {
    expect(units('责任单位:区疫情防控指挥部办公室、区卫生健康局等,各街道(管委会)', '立山区').map((u) => u[0])).toEqual([
      '区疫情防控指挥部办公室',
      '区卫生健康局',
      '各街道(管委会)',
    ]);
  });
});

describe('level prefixes', () => {
  it('市政府… and 市政务… carry the level; 市政… (municipal works) does not', () => {
    expect(units('（牵头单位：市发展改革委；配合单位：市政府办公室、市政务服务中心、市政公用局）', '成都市').map((u) => u[0])).toEqual([
      '市发展改革委',
      '市政府办公室',
      '市政务服务中心',
      '市市政公用局',
    ]);
  });
});

describe('not unit clauses', () => {
  it.each([
    '依据《关于高质量建设制造强省的意见》（粤发〔2023〕7 号）等文件精神',
    '虚拟现实（含增强现实、混合现实，下同）、人工智能',
    'CMF（色彩、材料、工艺）数据库',
    '超高清视频(4K/8K)、VR/AR/MR',
    // prose that ends like a clause: its names are not units
    '完善考核机制。各地要压实工作责任，企业主体负责。',
    '推进项目建设。项目单位牵头，金融机构配合。',
    '建设公共服务平台。由龙头企业负责运营。',
  ])('%s', (text) => {
    expect(units(text, '广东省')).toEqual([]);
  });
});

describe('clause forms seen in city and province plans of other domains', () => {
  it('a note on when or how after the lists is no name (`，长期坚持`, `，2024年底前完成`)', () => {
    expect(units('（市工信局负责，长期坚持）', '常州市')).toEqual([['市工信局', 'responsible', '常州市工业和信息化局']]);
    expect(units('（省交通运输厅、国网江西省电力有限公司按职责分工负责，持续推进）', '江西省').map((u) => u[0])).toEqual([
      '省交通运输厅',
      '国网江西省电力有限公司',
    ]);
    expect(units('（市工信局负责，2024年底前完成）', '常州市').map((u) => u[0])).toEqual(['市工信局']);
  });

  it('lower governments of several levels listed under one 各 are one unit', () => {
    expect(units('责任单位：市工信局、市科技局，各辖市、区人民政府。', '常州市').map((u) => [u[0], u[1]])).toEqual([
      ['市工信局', 'responsible'],
      ['市科技局', 'responsible'],
      ['各辖市、区人民政府', 'responsible'],
    ]);
    expect(units('（省发展改革委牵头，各市、县（区）人民政府负责）', '江西省').map((u) => u[0])).toEqual(['省发展改革委', '各市、县（区）人民政府']);
    // a name of its own, and a placeholder (SPEC §6: generic placeholders are not units)
    expect(units('（责任单位：各区政府、市直各部门）', '常州市').map((u) => u[0])).toEqual(['各区政府']);
    expect(units('（责任单位：区级各相关部门、各责任单位、市有关部门）', '常州市')).toEqual([]);
    expect(units('（责任单位：市司法局，市直各行政执法部门）', '厦门市').map((u) => u[0])).toEqual(['市司法局']);
    expect(units('（责任单位：县卫健局；配合单位：县总医院、相关乡镇）', '尤溪县').map((u) => u[0])).toEqual(['县卫健局', '县总医院']);
  });

  it('a duty word left after the last name is dropped (`各县（市）区政府落实`)', () => {
    expect(units('（市教育局牵头，各县（市）区政府落实）', '合肥市')).toEqual([
      ['市教育局', 'lead', '合肥市教育局'],
      ['各县（市）区政府', 'co', '合肥市各县（市）区政府'],
    ]);
  });

  it('companies, the central bank and offices named after their place are not prefixed; 督查室 is government', () => {
    const found = units('（省发展改革委、国铁集团南昌局、人民银行常州市分行、洛阳金融监管分局、县政府督查室按职责分工负责）', '洛阳市');
    expect(found.map((u) => u[0])).toEqual(['省发展改革委', '国铁集团南昌局', '人民银行常州市分行', '洛阳金融监管分局', '县政府督查室']);
    const ctx = contextOf('（国铁集团南昌局、人民银行常州市分行、县政府督查室按职责分工负责）');
    expect(extractUnits(ctx, { start: 0, end: ctx.text.length }, { region: '常州市', firstIsLead: false }).map((u) => u.kind)).toEqual([
      'enterprise',
      'government',
      'government',
    ]);
  });

  it('`以上工程由A牵头，B配合`: the names after 由', () => {
    expect(units('2.改造灌排设施。\n以上工程由县农业农村局牵头，县交通运输局、县供电公司配合。', '长丰县').map((u) => [u[0], u[1]])).toEqual([
      ['县农业农村局', 'lead'],
      ['县交通运输局', 'co'],
      ['县供电公司', 'co'],
    ]);
  });
});

describe('units named in running text are prose, not a clause', () => {
  it('`县财政局负责收益管理`, `区安委办牵头组织…督查`, `市发展改革委要牵头制定…`', () => {
    expect(units('（三）强化要素保障。县自然资源和规划局负责指标核定，县财政局负责收益管理。', '长丰县')).toEqual([]);
    expect(units('（五）强化督查考核。区安委办牵头组织对各街道（园区）专项整治工作开展督查，每月通报工作进展。', '南京市江宁区')).toEqual([]);
    expect(units('（三）推进项目建设。市发展改革委要牵头制定实施细则，各地负责组织实施。', '洛阳市')).toEqual([]);
  });

  it.each([
    '成立由县政府主要负责同志任组长的领导小组。',
    '加快构建龙头企业牵头、中小企业协同的创新体系。',
    '企业负责项目运营，群众负责监督。',
    '各地负责组织实施。',
    '建立健全河长负责制。',
  ])('no unit in %s', (text) => {
    expect(units(text, '长丰县')).toEqual([]);
  });
});

describe('clause endings and names of 应急 and 消防 plans', () => {
  it('`由A会同B负责` with a 总队; `负责督促落实`; placeholders with a level (`省有关部门`) are no names', () => {
    expect(units('由省消防救援总队会同省住房城乡建设厅、省商务厅负责。', '湖南省').map((u) => [u[0], u[1]])).toEqual([
      ['省消防救援总队', 'lead'],
      ['省住房城乡建设厅', 'co'],
      ['省商务厅', 'co'],
    ]);
    expect(units('由省安委办负责督促落实。', '湖南省').map((u) => u[0])).toEqual(['省安委办']);
    expect(units('由省应急管理厅牵头，省有关部门配合。', '湖南省').map((u) => [u[0], u[1]])).toEqual([['省应急管理厅', 'lead']]);
  });
});

describe('a department and the other name it serves under', () => {
  it('`省市场监管局（省知识产权局）` is named as written, its canonical name is the department\'s; `各（区）镇` stays whole', () => {
    expect(units('（省市场监管局（省知识产权局）牵头，省科技厅配合）', '浙江省')).toEqual([
      ['省市场监管局（省知识产权局）', 'lead', '浙江省市场监督管理局'],
      ['省科技厅', 'co', '浙江省科学技术厅'],
    ]);
    expect(units('（市发展改革委（市能源局）、各（区）镇按职责分工负责）', '苏州市').map((u) => u[0])).toEqual(['市发展改革委（市能源局）', '各（区）镇']);
  });
});

describe('names that carry their place, offices of the issuer, spelt-out words', () => {
  it('a department\'s offices named with its own kind of body (厅办公室) and keyed as 处室; 厅属各单位 is no unit', () => {
    const ctx = contextOf('1.1.1 推进高速公路建设。（责任处室：规划处、厅办公室；责任单位：省公路事业发展中心、厅属各单位）');
    const found = extractUnits(ctx, { start: 0, end: ctx.text.length }, { region: '甘肃省', firstIsLead: false, issuer: '甘肃省交通运输厅' });
    expect(found.map((u) => [u.name, u.role, u.canonical])).toEqual([
      ['规划处', 'responsible', '甘肃省交通运输厅规划处'],
      ['厅办公室', 'responsible', '甘肃省交通运输厅办公室'],
      ['省公路事业发展中心', 'responsible', '甘肃省公路事业发展中心'],
    ]);
  });

  it('a department\'s own offices in a plan it issues: no level prefix, canonical under the issuer; its offices as a whole are no unit', () => {
    const ctx = contextOf('1.推进支付方式改革。（医药服务管理处牵头，办公室、机关党委、局机关各处室、直属各单位配合）');
    const found = extractUnits(ctx, { start: 0, end: ctx.text.length }, { region: '河南省', firstIsLead: false, issuer: '河南省医疗保障局' });
    expect(found.map((u) => [u.name, u.role, u.canonical, u.kind])).toEqual([
      ['医药服务管理处', 'lead', '河南省医疗保障局医药服务管理处', 'government'],
      ['办公室', 'co', '河南省医疗保障局办公室', 'government'],
      ['机关党委', 'co', '河南省医疗保障局机关党委', 'party'],
    ]);
    // a government's general office issuing the plan names no offices of its own
    const street = contextOf('（区城管局牵头，各街道办事处配合）');
    expect(extractUnits(street, { start: 0, end: street.text.length }, { region: '西安市雁塔区', firstIsLead: false, issuer: '雁塔区人民政府办公室' }).map((u) => u.canonical)).toEqual([
      '西安市雁塔区城市管理和综合执法局', // (西安市's name for its and its districts' 城管局: rules/abbreviations/xian.yaml)
      '西安市雁塔区各街道办事处',
    ]);
  });

  it('a district or county government named in a city\'s plan is that city\'s; a county-level city is not prefixed', () => {
    expect(units('（市住建局牵头，金牛区政府、青羊区人民政府配合）', '成都市')).toEqual([
      ['市住建局', 'lead', '成都市住房和城乡建设局'],
      ['金牛区政府', 'co', '成都市金牛区人民政府'],
      ['青羊区人民政府', 'co', '成都市青羊区人民政府'],
    ]);
    expect(units('（珲春市人民政府牵头，州商务局配合）', '延边朝鲜族自治州').map((u) => u[2])).toEqual(['珲春市人民政府', '延边朝鲜族自治州商务局']);
    // a county government named in a 自治州's plan is the prefecture's too
    expect(units('（汪清县政府负责）', '延边朝鲜族自治州').map((u) => u[2])).toEqual(['延边朝鲜族自治州汪清县人民政府']);
  });

  it('a township or street named in a county\'s or district\'s plan is that county\'s; not in a city\'s', () => {
    expect(units('（县农业农村局牵头，大均乡人民政府、英川镇政府、鹤溪街道办事处、红星街道配合）', '景宁畲族自治县')).toEqual([
      ['县农业农村局', 'lead', '景宁畲族自治县农业农村局'],
      ['大均乡人民政府', 'co', '景宁畲族自治县大均乡人民政府'],
      ['英川镇政府', 'co', '景宁畲族自治县英川镇人民政府'],
      ['鹤溪街道办事处', 'co', '景宁畲族自治县鹤溪街道办事处'],
      ['红星街道', 'co', '景宁畲族自治县红星街道办事处'],
    ]);
    expect(units('（孟河镇人民政府负责）', '常州市新北区').map((u) => u[2])).toEqual(['常州市新北区孟河镇人民政府']);
    // the county's own name, and every township, stay as they are
    expect(units('（景宁畲族自治县人民政府、各乡镇人民政府负责）', '景宁畲族自治县').map((u) => u[2])).toEqual(['景宁畲族自治县人民政府', '景宁畲族自治县各乡镇人民政府']);
  });

  it('a department named with the plan\'s region, or with its district or town, gets the region\'s full name', () => {
    expect(units('（新北区城管局、常州市新北区工信局、团区委负责）', '常州市新北区').map((u) => u[2])).toEqual([
      '常州市新北区城市管理局',
      '常州市新北区工业和信息化局',
      '共青团常州市新北区委员会',
    ]);
    expect(units('（镇建设管理局牵头，团镇委、花桥镇社区卫生服务中心配合）', '昆山市花桥镇').map((u) => u[2])).toEqual([
      '昆山市花桥镇建设管理局',
      '共青团昆山市花桥镇委员会',
      '昆山市花桥镇社区卫生服务中心',
    ]);
    expect(units('（苏州市工信局负责）', '苏州市').map((u) => u[2])).toEqual(['苏州市工业和信息化局']);
  });

  it('a banner (旗) is a level: `旗林草局` in a 准格尔旗 plan; its 苏木 and towns, even one named after it, are its own', () => {
    expect(units('（牵头单位：旗林草局；配合单位：旗农牧局、布尔陶亥苏木人民政府、准格尔召镇人民政府、各苏木乡镇）', '准格尔旗')).toEqual([
      ['旗林草局', 'lead', '准格尔旗林业和草原局'],
      ['旗农牧局', 'co', '准格尔旗农牧局'],
      ['布尔陶亥苏木人民政府', 'co', '准格尔旗布尔陶亥苏木人民政府'],
      ['准格尔召镇人民政府', 'co', '准格尔旗准格尔召镇人民政府'],
      ['各苏木乡镇', 'co', '准格尔旗各苏木乡镇'],
    ]);
  });

  it('a municipality\'s committees by their short names (市经济信息化委, 市科委, 市教委)', () => {
    expect(units('（责任单位：市经济信息化委、市科委、市教委、市商务委，各区政府）', '上海市').map((u) => u[2])).toEqual([
      '上海市经济和信息化委员会',
      '上海市科学技术委员会',
      '上海市教育委员会',
      '上海市商务委员会',
      '上海市各区政府',
    ]);
  });

  it('a street\'s own offices, named with no level, are the street\'s; 街道各科室 is no unit; 市民服务中心 has no level', () => {
    expect(units('（牵头科室：城市管理办公室；配合科室：综合行政执法队、市民服务中心、各社区、街道各科室）', '北京市朝阳区望京街道')).toEqual([
      ['城市管理办公室', 'lead', '北京市朝阳区望京街道城市管理办公室'],
      ['综合行政执法队', 'co', '北京市朝阳区望京街道综合行政执法队'],
      ['市民服务中心', 'co', '北京市朝阳区望京街道市民服务中心'],
      ['各社区', 'co', '北京市朝阳区望京街道各社区'],
    ]);
    // in a city's plan, 市民政局 is still the city's
    expect(units('（市民政局负责）', '无锡市').map((u) => u[2])).toEqual(['无锡市民政局']);
  });

  it('a group company\'s or a university\'s plan names its own departments: no level, canonical under the issuer; a company it names stays', () => {
    const ctx = contextOf('1.深化改革。（牵头部门：战略发展部；责任单位：人力资源部（党委组织部）、各子公司、高速运营公司）');
    const found = extractUnits(ctx, { start: 0, end: ctx.text.length }, { region: '湖南省', firstIsLead: false, issuer: '湖南省交通建设投资集团有限公司' });
    expect(found.map((u) => [u.name, u.role, u.canonical])).toEqual([
      ['战略发展部', 'lead', '湖南省交通建设投资集团有限公司战略发展部'],
      ['人力资源部（党委组织部）', 'co', '湖南省交通建设投资集团有限公司人力资源部'],
      ['各子公司', 'co', '湖南省交通建设投资集团有限公司各子公司'],
      ['高速运营公司', 'co', '高速运营公司'],
    ]);
    const uni = contextOf('1.建设课程。（牵头单位：教务处；参与单位：学生工作部（处）、各学院（部））');
    expect(extractUnits(uni, { start: 0, end: uni.text.length }, { region: null, firstIsLead: false, issuer: '东海大学' }).map((u) => u.canonical)).toEqual([
      '东海大学教务处',
      '东海大学学生工作部（处）',
      '东海大学各学院（部）',
    ]);
  });

  it('自治区 is a level (自治区商务厅, 财政厅 after it); bare places before a government share its ending (崇左市、防城港市人民政府)', () => {
    expect(units('（责任单位：自治区商务厅（牵头），财政厅、南宁海关，崇左市、防城港市人民政府）', '广西壮族自治区')).toEqual([
      ['自治区商务厅', 'lead', '广西壮族自治区商务厅'],
      ['自治区财政厅', 'co', '广西壮族自治区财政厅'],
      ['南宁海关', 'co', '中华人民共和国南宁海关'],
      ['崇左市人民政府', 'co', '崇左市人民政府'],
      ['防城港市人民政府', 'co', '防城港市人民政府'],
    ]);
  });

  it('各州、市人民政府 is one unit (a province whose lower level is 州 and 市)', () => {
    expect(units('（省农业农村厅牵头，省财政厅，各州、市人民政府按职责分工负责）', '云南省').map((u) => u[0])).toEqual(['省农业农村厅', '省财政厅', '各州、市人民政府']);
  });

  it('national ministries and administrations by their short names', () => {
    expect(units('（国家能源局牵头，国家发展改革委、科技部、市场监管总局、国家标准委、中国证监会等按职责分工负责）', null).map((u) => u[2])).toEqual([
      '国家能源局',
      '国家发展和改革委员会',
      '科学技术部',
      '国家市场监督管理总局',
      '国家标准化管理委员会',
      '中国证券监督管理委员会',
    ]);
  });

  it('the short names of courts, party offices and bureaus are spelt out', () => {
    expect(units('（市委政法委牵头，市检察院、市委改革办、市政务办、市民宗局、市中医药局配合）', '宁波市').map((u) => u[2])).toEqual([
      '宁波市委政法委员会',
      '宁波市人民检察院',
      '宁波市委全面深化改革委员会办公室',
      '宁波市政务服务管理办公室',
      '宁波市民族宗教事务局',
      '宁波市中医药管理局',
    ]);
  });

  it('short words spelt out (管委会, 高新区, 市政府办公厅); a name for every such body stays as written', () => {
    expect(units('（合肥高新区管委会、市政府办公厅、各开发区管委会按职责分工负责）', '合肥市').map((u) => u[2])).toEqual([
      '合肥高新技术产业开发区管理委员会',
      '合肥市人民政府办公厅',
      '合肥市各开发区管委会',
    ]);
  });

  it('no level prefix for a name opening with a province (四川金融监管局) or for 团市委', () => {
    expect(units('（市住建局、四川金融监管局、团市委按职责分工负责）', '成都市').map((u) => u[0])).toEqual(['市住建局', '四川金融监管局', '团市委']);
  });
});

describe('a document that states which position leads', () => {
  it.each([
    '（列第一位的为牵头单位）',
    '各项任务中列第一位的责任单位为牵头单位，其他责任单位按职责分工配合落实。',
    '排在首位的部门为牵头部门。',
  ])('%s', (sentence) => {
    expect(statesFirstIsLead(contextOf(`一、重点任务\n1.推进改革。做好工作。\n${sentence}`))).toBe(true);
  });
  it('a lead named by its clause is not such a statement', () => {
    expect(statesFirstIsLead(contextOf('1.推进改革。（市发改委牵头，市财政局配合）'))).toBe(false);
  });
});

describe('a list of lower governments after 各', () => {
  it('各乡镇人民政府、街道办事处 names two bodies, 各 going on to the second; 各市、县（市、区）人民政府 is one', () => {
    expect(units('（县农业农村局牵头，各乡镇人民政府、街道办事处配合）', '景宁畲族自治县')).toEqual([
      ['县农业农村局', 'lead', '景宁畲族自治县农业农村局'],
      ['各乡镇人民政府', 'co', '景宁畲族自治县各乡镇人民政府'],
      ['各街道办事处', 'co', '景宁畲族自治县各街道办事处'],
    ]);
    expect(units('（各市、县（市、区）人民政府负责）', '浙江省').map((u) => u[0])).toEqual(['各市、县（市、区）人民政府']);
  });
});


describe('rules/units.yaml is validated at load', () => {
  function withUnitsEdit(edit: (s: string) => string) {
    const dir = mkdtempSync(join(tmpdir(), 'rules-'));
    cpSync(defaultRulesDir(), dir, { recursive: true });
    writeFileSync(join(dir, 'units.yaml'), edit(readFileSync(join(dir, 'units.yaml'), 'utf8')));
    return loadRules(dir);
  }

  it('a named lower government\'s pattern must capture the place it names', () => {
    const r = withUnitsEdit((s) => s.replace('"^(?!乡镇)(?<body>', '"^(?!乡镇)(?<place>'));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.map((e) => e.reason).join('\n')).toMatch(/units\.yaml: entry namedLowerGovernments\.2\.pattern/);
  });

  it('a named lower government\'s canonical form must place it', () => {
    const r = withUnitsEdit((s) => s.replace('canonical: "{region}{body}办事处"', 'canonical: "{region}办事处"'));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.map((e) => e.reason).join('\n')).toMatch(/units\.yaml: entry namedLowerGovernments\.3\.canonical/);
  });
});
