import { describe, expect, it } from 'vitest';
import { buildOutline } from '../../src/outline/index.js';
import { cnToInt, matchMarker } from '../../src/outline/markers.js';
import { contextOf, testRules } from '../helpers/context.js';

const outline = (text: string) => buildOutline(contextOf(text), 0).sections;
const shape = (text: string) => outline(text).map((s) => [s.level, s.marker, s.heading]);

describe('markers', () => {
  it.each([
    ['一、指导思想', 'cn', '一、', 1],
    ['一．总体要求', 'cn', '一．', 1],
    ['第三章 保障措施', 'chapter', '第三章', 3],
    ['第十二条 各单位应当', 'article', '第十二条', 12],
    ['（一）指导思想', 'cn-paren', '（一）', 1],
    ['(二) 大力提升创意设计水平', 'cn-paren', '(二)', 2],
    ['1. 推动苏工苏作创新发展', 'arabic', '1.', 1],
    ['1．推进数字技术创新应用', 'arabic', '1．', 1],
    ['11、加强融资对接', 'arabic', '11、', 11],
    ['（1）高质量发展', 'arabic-paren', '（1）', 1],
    ['2）加强人才培养', 'arabic-half-paren', '2）', 2],
    ['③建设平台', 'circled', '③', 3],
    ['——锻造江南文化品牌达到新高度。', 'dash', '——', null],
    ['行动一：数字基建提升行动', 'named', '行动一：', 1],
    ['专项行动3 文旅消费提质行动', 'named', '专项行动3', 3],
    ['第二阶段：集中整治（2025年5月—10月）', 'phase', '第二阶段：', 2],
    ['1.2 基本原则', 'decimal2', '1.2', 2],
    ['2.1.3 推进“一网统管”建设。整合数据。', 'decimal3', '2.1.3', 3],
    ['3.1推进数据中心建设', 'decimal2', '3.1', 1],
  ])('%s → %s', (para, style, marker, ordinal) => {
    expect(matchMarker(para, testRules())).toMatchObject({ style, marker, ordinal });
  });

  it.each(['1.5亿元的投入', '1.2万个以上基站', '2.5%左右', '2025年，新增项目', '一是加强领导', '十四五时期', '行动一致、上下联动', '任务一项一项落实'])('%s is not a marker', (para) => {
    expect(matchMarker(para, testRules())).toBeNull();
  });

  it('reads Chinese ordinals', () => {
    expect([cnToInt('十一'), cnToInt('二十'), cnToInt('九'), cnToInt('一百零五')]).toEqual([11, 20, 9, 105]);
  });
});

describe('outline', () => {
  it('takes levels from the nesting order of this document', () => {
    expect(shape('一、重点任务\n（一）培育骨干企业，增强产业竞争力\n1.育优企业梯队。结合政策。\n2.优化产业生态。健全监测。\n（二）推进重点项目\n3.存量项目提质增效。全程跟踪。\n二、保障措施\n（一）强化统筹协调，各地各单位要切实提高对文化产业发展的重视程度，坚持齐抓共管。')).toEqual([
      [1, '一、', '重点任务'],
      [2, '（一）', '培育骨干企业，增强产业竞争力'],
      [3, '1.', '育优企业梯队'],
      [3, '2.', '优化产业生态'],
      [2, '（二）', '推进重点项目'],
      [3, '3.', '存量项目提质增效'],
      [1, '二、', '保障措施'],
      [2, '（一）', '强化统筹协调'],
    ]);
  });

  it('decimal outline numbers: each depth a level, numbered by the last part', () => {
    const s = shape('1.总体要求\n1.1 指导思想\n坚持集约建设。\n1.2 建设目标\n到2027年，建成算力高地。\n2.重点任务\n2.1 建设算力设施\n2.1.1 推进集群扩容。新增机架8万架。\n2.1.2 提升绿色水平。推广液冷。\n2.2 完善网络设施\n2.2.1 建设“双千兆”城市。新建基站3000个。');
    expect(s).toEqual([
      [1, '1.', '总体要求'],
      [2, '1.1', '指导思想'],
      [2, '1.2', '建设目标'],
      [1, '2.', '重点任务'],
      [2, '2.1', '建设算力设施'],
      [3, '2.1.1', '推进集群扩容'],
      [3, '2.1.2', '提升绿色水平'],
      [2, '2.2', '完善网络设施'],
      [3, '2.2.1', '建设“双千兆”城市'],
    ]);
  });

  it('a top-level item after a numbered list closes it (三、 after 2. is not the third item)', () => {
    const s = shape('二、重点任务\n（一）培育骨干企业\n1.育优企业梯队。建立机制。\n2.优化产业生态。健全监测。\n三、保障措施\n（一）强化统筹协调');
    expect(s.map((x) => [x[0], x[1]])).toEqual([[1, '二、'], [2, '（一）'], [3, '1.'], [3, '2.'], [1, '三、'], [2, '（一）']]);
  });

  it('continues numbering across sections at the same depth', () => {
    const s = shape('三、重点任务\n10. 激发文体旅消费潜力。持续深化。\n四、工作举措\n11. 推动营商环境提升。主动服务。');
    expect(s).toEqual([
      [1, '三、', '重点任务'],
      [2, '10.', '激发文体旅消费潜力'],
      [1, '四、', '工作举措'],
      [2, '11.', '推动营商环境提升'],
    ]);
  });

  it('reads （1） among （二）（三） as the first item of that list', () => {
    const s = shape('二、新机遇新挑战\n（1） 高质量发展要求为文化产业发展指明新方向。当前，我国经济。\n（二）打造城市范例为文化产业发展赋予新使命。在浙江。\n（三）数字文化融合为文化产业发展注入新动能。当今世界。');
    expect(s.map((x) => x[0])).toEqual([1, 2, 2, 2]);
  });

  it('returns a style seen before to its earlier depth', () => {
    const s = shape('四、强化数智赋能\n（一）做大做强优势行业\n数字内容业。聚焦全球数字内容产业中心建设。\n影视生产业。对标国际顶尖的影视产业集群。\n五、坚持集聚带动\n之江文化产业带：以沿钱塘江分布城区为重点区域。\n大运河（杭州段）文化产业带：以大运河沿线分布的城区为重点区域。\n（二）五廊支撑');
    expect(s).toEqual([
      [1, '四、', '强化数智赋能'],
      [2, '（一）', '做大做强优势行业'],
      [3, '', '数字内容业'],
      [3, '', '影视生产业'],
      [1, '五、', '坚持集聚带动'],
      [3, '', '之江文化产业带'],
      [3, '', '大运河（杭州段）文化产业带'],
      [2, '（二）', '五廊支撑'],
    ]);
  });

  it('a short label closed by a colon is the heading; field lines under an item are not items', () => {
    expect(shape('（一）做强特色农业。\n（1）茶产业：新增标准化茶园5000亩，茶叶综合产值突破30亿元。\n责任单位：县农业农村局\n完成时限：2024年12月\n（2）水果产业：改造提升果园2万亩。')).toEqual([
      [1, '（一）', '做强特色农业'],
      [2, '（1）', '茶产业'],
      [2, '（2）', '水果产业'],
    ]);
  });

  it('a style seen before, under an item of a style first seen after it at the same depth, is that item\'s list', () => {
    expect(shape('一、主要预期目标\n1．地区生产总值增长5.5%左右。\n2．城镇新增就业14万人。\n二、重点工作任务\n（一）加快构建现代产业体系\n1．推动制造业高端化发展。\n2．培育壮大产业集群。\n（二）深入实施创新驱动发展战略\n3．高标准建设科技创新带。\n三、工作要求\n（一）压实工作责任。')).toEqual([
      [1, '一、', '主要预期目标'],
      [2, '1．', '地区生产总值增长5.5%左右'],
      [2, '2．', '城镇新增就业14万人'],
      [1, '二、', '重点工作任务'],
      [2, '（一）', '加快构建现代产业体系'],
      [3, '1．', '推动制造业高端化发展'],
      [3, '2．', '培育壮大产业集群'],
      [2, '（二）', '深入实施创新驱动发展战略'],
      [3, '3．', '高标准建设科技创新带'],
      [1, '三、', '工作要求'],
      [2, '（一）', '压实工作责任'],
    ]);
  });

  it('a stage whose heading carries its time in brackets ends at the colon (the bracket does not count toward the length)', () => {
    expect(shape('三、时间安排\n（一）动员部署（2025年3月）：各街道制定方案，全面启动整治。\n（三）攻坚提升（2025年9月—11月）：聚焦重大隐患开展集中攻坚，对整改难度大的隐患实行挂牌督办。')).toEqual([
      [1, '三、', '时间安排'],
      [2, '（一）', '动员部署（2025年3月）'],
      [2, '（三）', '攻坚提升（2025年9月—11月）'],
    ]);
  });

  it('a wide space after a heading-long phrase ends the heading; one space does not', () => {
    expect(shape('一、重点任务\n（一）完善市政设施　新建改造城市道路20公里，新增停车泊位5000个。\n（二）加强组织领导  各地要建立工作专班。\n（三）推进 5G 网络建设。')).toEqual([
      [1, '一、', '重点任务'],
      [2, '（一）', '完善市政设施'],
      [2, '（二）', '加强组织领导'],
      [2, '（三）', '推进 5G 网络建设'],
    ]);
  });

  it('a unit clause in brackets before or after the heading is not part of it', () => {
    expect(shape('一、重点任务\n（一）推进数字化改造（牵头单位：市工信局）\n推动100家企业开展数字化改造。\n（二）【牵头单位：市商务局】发展跨境电商。培育企业20家。\n（三）发展智慧物流（市交通运输局、市商务局负责）。建设园区2个。\n（四）发展目标（2024—2026年）')).toEqual([
      [1, '一、', '重点任务'],
      [2, '（一）', '推进数字化改造'],
      [2, '（二）', '发展跨境电商'],
      [2, '（三）', '发展智慧物流'],
      [2, '（四）', '发展目标（2024—2026年）'],
    ]);
  });

  it('punctuation inside quotation marks does not end a heading (国办函 分工 notice)', () => {
    expect(shape('一、工作分工\n（一）关于“严守耕地保护红线，划定永久基本农田”的问题，由国土资源部会同农业部等部门负责落实。\n（二）关于“加大力度落实‘米袋子’省长负责制”的问题，由发展改革委负责落实。')).toEqual([
      [1, '一、', '工作分工'],
      [2, '（一）', '关于“严守耕地保护红线，划定永久基本农田”的问题，由国土资源部会同农业部等部门负责落实'],
      [2, '（二）', '关于“加大力度落实‘米袋子’省长负责制”的问题，由发展改革委负责落实'],
    ]);
    // unbalanced quotes: read as before
    expect(shape('一、工作分工\n（一）推进“一网通办，持续优化服务。')[1]).toEqual([2, '（一）', '推进“一网通办']);
  });

  it('does not take a single lead-in paragraph for an item', () => {
    const s = shape('七、推进服务创新\n（四）服务保障。持续深化服务。\n企业服务。完善全市文化产业重点项目库建设。');
    expect(s).toHaveLength(2);
  });

  it('gives dash bullets their own level and spans that end before the next item', () => {
    const secs = outline('二、主要目标\n——锻造江南文化品牌达到新高度。通过数字技术。\n——推动文化科技融合取得新突破。把握新趋势。\n三、重点任务');
    expect(secs.map((x) => [x.level, x.marker])).toEqual([[1, '二、'], [2, '——'], [2, '——'], [1, '三、']]);
    const ctx = contextOf('二、主要目标\n——锻造江南文化品牌达到新高度。通过数字技术。\n——推动文化科技融合取得新突破。把握新趋势。\n三、重点任务');
    const dash = buildOutline(ctx, 0).sections[1];
    expect(ctx.text.slice(dash.span.start, dash.span.end)).toBe('——锻造江南文化品牌达到新高度。通过数字技术。');
    expect(ctx.text.slice(dash.headingSpan.start, dash.headingSpan.end)).toBe(dash.heading);
  });

  it('a box (专栏) stands beside the item before it; its items nest inside it', () => {
    const s = shape('三、构建综合交通网\n（一）加快铁路网建设\n（二）提升港航能力\n专栏1　重点工程\n1.铁路工程。建成联络线。\n2.公路工程。建成高速。\n四、提升运输服务\n（一）发展多式联运\n专栏2　运输服务提升工程\n1.多式联运示范工程。建设枢纽。');
    expect(s.map((x) => [x[0], x[1]])).toEqual([
      [1, '三、'], [2, '（一）'], [2, '（二）'], [2, '专栏1'], [3, '1.'], [3, '2.'],
      [1, '四、'], [2, '（一）'], [2, '专栏2'], [3, '1.'],
    ]);
  });

  it('a box (专栏) after the items of a chapter\'s 节 belongs to the chapter, beside its 节', () => {
    const s = shape('第三章　打造全产业链\n第三节　布局前沿技术\n（一）发展氢燃料电池汽车。推进示范。\n（二）推进车路云一体化。建设平台。\n专栏1　重大工程\n1.整车产能提升工程。建成基地。\n第四章　扩大推广应用\n第一节　加快推广应用\n（一）推进公共领域车辆电动化。替代车辆。\n专栏2　充电工程\n1.社区充电提升工程。建设场站。');
    expect(s.map((x) => [x[0], x[1]])).toEqual([
      [1, '第三章'], [2, '第三节'], [3, '（一）'], [3, '（二）'], [2, '专栏1'], [3, '1.'],
      [1, '第四章'], [2, '第一节'], [3, '（一）'], [2, '专栏2'], [3, '1.'],
    ]);
  });

  it('ends the body before its closing clause and the signature (issuer, date) after the last item', () => {
    const text = [
      '三、保障措施',
      '各地各部门要加强组织领导，每半年向省政府报告一次工作进展。',
      '本意见自2025年1月1日起施行。',
      '某某省人民政府',
      '2024年11月20日',
    ].join('\n');
    const { bodyEnd } = buildOutline(contextOf(text), 0);
    expect(text.slice(0, bodyEnd)).toBe('三、保障措施\n各地各部门要加强组织领导，每半年向省政府报告一次工作进展。');
    // a signature alone, and a date line after a sentence (no issuer line), end it too
    const signed = '一、重点任务\n1. 培育骨干企业。支持企业做大做强。\n某某市人民政府办公室\n2024年3月15日';
    expect(signed.slice(0, buildOutline(contextOf(signed), 0).bodyEnd)).toBe('一、重点任务\n1. 培育骨干企业。支持企业做大做强。');
    const dated = '一、重点任务\n1. 培育骨干企业。支持企业做大做强。\n2024年3月15日';
    expect(dated.slice(0, buildOutline(contextOf(dated), 0).bodyEnd)).toBe('一、重点任务\n1. 培育骨干企业。支持企业做大做强。');
  });

  it('ends the body before the notes after the last item, not at a note between items', () => {
    const text = [
      '一、重点任务',
      '1. 培育骨干企业。支持企业做大做强。',
      '注：骨干企业指年营业收入5亿元以上的企业。',
      '2. 强化考核督查。加大考核权重。（责任单位：市发改委）',
      '',
      '（注：本行动计划涉及的文化创意产业仅包括数字内容、创意设计等细分行业）。',
      '备注：本方案由市文广旅局负责解释。',
    ].join('\n');
    const { sections, bodyEnd } = buildOutline(contextOf(text), 0);
    const last = sections[sections.length - 1];
    expect(text.slice(last.span.start, last.span.end)).toBe('2. 强化考核督查。加大考核权重。（责任单位：市发改委）');
    expect(text.slice(sections[1].span.start, sections[1].span.end)).toContain('注：骨干企业指'); // a note inside stays
    expect(bodyEnd).toBe(text.indexOf('（责任单位：市发改委）') + '（责任单位：市发改委）'.length);
  });

  it('gives stable path ids with parents', () => {
    const secs = outline('一、总体要求\n（一）指导思想\n（二）工作目标\n二、重点任务');
    expect(secs.map((s) => [s.id, s.parentId])).toEqual([
      ['doc-test:s:1', null],
      ['doc-test:s:1.1', 'doc-test:s:1'],
      ['doc-test:s:1.2', 'doc-test:s:1'],
      ['doc-test:s:2', null],
    ]);
  });
});
