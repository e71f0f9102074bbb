/** Test fixtures for the tables extractor: the Hangzhou indicator table as the pipeline sees it. */
import type { OutlineView } from '../../src/extract/context.js';

export const NO_OUTLINE: OutlineView = { sections: [], roles: new Map(), bodyStart: 0 };

/** corpus/hangzhou-culture-14th-five-year.txt, normalised: one cell per line, a header cell split over two lines. */
export const HANGZHOU_FLATTENED = [
  '——打造新时代“文化创意新生活”引领地。三大世界遗产的保护传承和开发利用不断深入，成为共同富裕示范区城市范例建设中引领文化创意美好新生活的典范。',
  '指标名称',
  '2020年',
  '实际值',
  '2025年',
  '目标值',
  '1',
  '全市文化产业增加值（亿元）',
  '2285',
  '3000',
  '2',
  '全市文化产业总产出（亿元）',
  '8001',
  '10000',
  '3',
  '全市规上数字文化企业营业收入占规上文化企业营业收入比重（%）',
  '60',
  '>65',
  '4',
  '国家及省、市级文化产业园区（街区）、企业总部平台（个）',
  '108',
  '200',
  '5',
  '上市文化企业、文化领军企业（家）',
  '48',
  '100',
  '6',
  '文化名人、文化领军人才及顶尖专业人才（人）',
  '89',
  '120',
  '7',
  '文化产业带动就业人数（万人）',
  '21',
  '30',
  '8',
  '国家文化出口基地、国家文化出口重点企业和重点项目（个）',
  '49',
  '80',
  '“十四五”时期文化产业发展主要指标',
  '展望2035年，具有全球影响力的国际文化创意中心基本建成。全市文化产业增加值规模实现翻一番，总产出力争突破2万亿元。',
].join('\n');

/** The same table as the DOCX and PDF ingesters render it: one line per row, cells separated by tabs. */
export const HANGZHOU_TABBED = [
  '——打造新时代“文化创意新生活”引领地。成为共同富裕示范区城市范例建设中引领文化创意美好新生活的典范。',
  '指标名称\t2020年 实际值\t2025年 目标值',
  '1\t全市文化产业增加值（亿元）\t2285\t3000',
  '2\t全市文化产业总产出（亿元）\t8001\t10000',
  '3\t全市规上数字文化企业营业收入占规上文化企业营业收入比重（%）\t60\t>65',
  '4\t国家及省、市级文化产业园区（街区）、企业总部平台（个）\t108\t200',
  '5\t上市文化企业、文化领军企业（家）\t48\t100',
  '6\t文化名人、文化领军人才及顶尖专业人才（人）\t89\t120',
  '7\t文化产业带动就业人数（万人）\t21\t30',
  '8\t国家文化出口基地、国家文化出口重点企业和重点项目（个）\t49\t80',
  '“十四五”时期文化产业发展主要指标',
].join('\n');

/** What the Hangzhou table holds: [metric, comparator, value, unit, baseline value]. */
export const HANGZHOU_EXPECTED: [string, string, number, string, number][] = [
  ['全市文化产业增加值', 'eq', 300000000000, '元', 228500000000],
  ['全市文化产业总产出', 'eq', 1000000000000, '元', 800100000000],
  ['全市规上数字文化企业营业收入占规上文化企业营业收入比重', 'gt', 65, '%', 60],
  ['国家及省、市级文化产业园区（街区）、企业总部平台', 'eq', 200, '个', 108],
  ['上市文化企业、文化领军企业', 'eq', 100, '家', 48],
  ['文化名人、文化领军人才及顶尖专业人才', 'eq', 120, '人', 89],
  ['文化产业带动就业人数', 'eq', 300000, '人', 210000],
  ['国家文化出口基地、国家文化出口重点企业和重点项目', 'eq', 80, '个', 49],
];
