/**
 * Whole plans in styles met in the held-out set's batch 30, through the pipeline: a decimal outline
 * (`1 总体要求` › `2.1` › `2.1.1`) of a Beijing district, a 兵团 division governing its city as one
 * (`师市…`, regiments `121团`), a scoring table with a unit column, a national bureau naming its own
 * 司, and development zones named without their place.
 */
import { describe, expect, it } from 'vitest';
import { runPlan as run, unitsByTask } from '../helpers/plans.js';

describe('plans of held-out batch 30', () => {
  it("reads a decimal outline whose top parts are a bare number, and a Beijing district's units", async () => {
    const doc = await run(`北京市朝阳区人民政府办公室关于印发《朝阳区2026年城市精细化管理提升行动方案》的通知
各街道办事处、地区办事处，区政府各委、办、局：
现将《朝阳区2026年城市精细化管理提升行动方案》印发给你们，请认真贯彻落实。
北京市朝阳区人民政府办公室
2026年3月27日
朝阳区2026年城市精细化管理提升行动方案
1 总体要求
1.1 工作目标
到2026年底，完成背街小巷环境精细化整治提升200条。
2 重点任务
2.1 提升街巷环境品质
2.1.1 规范街巷公共空间秩序。集中治理占道经营。
责任单位：区城管执法局、区政务服务和数据局，各街道办事处、地区办事处
2.1.2 加强城乡结合部环境整治。清理铁路沿线垃圾。
责任单位：区城市管理委，相关地区办事处
`);
    expect(doc.sections.map((s) => [s.marker, s.level])).toEqual([
      ['1', 1],
      ['1.1', 2],
      ['2', 1],
      ['2.1', 2],
      ['2.1.1', 3],
      ['2.1.2', 3],
    ]);
    expect(unitsByTask(doc)).toEqual({
      规范街巷公共空间秩序: [
        ['区城管执法局', '北京市朝阳区城市管理综合行政执法局', 'responsible'],
        ['区政务服务和数据局', '北京市朝阳区政务服务和数据管理局', 'responsible'],
        ['各街道办事处', '北京市朝阳区各街道办事处', 'responsible'],
        ['各地区办事处', '北京市朝阳区各地区办事处', 'responsible'],
      ],
      加强城乡结合部环境整治: [['区城市管理委', '北京市朝阳区城市管理委员会', 'responsible']],
    });
  });

  it("restores a 兵团 division's 师市 prefix and reads its regiments, as units and as a breakdown table's rows", async () => {
    const doc = await run(`第八师石河子市棉花产业高质量发展行动方案（2026—2027年）
一、重点任务
1.建设数字化棉田。2026年底前在121团、142团建成数字化棉田示范区10万亩。（师市农业农村局牵头，财政局、天业集团，121团、142团配合）
2.健全收益保障机制。到2027年棉纺纱锭规模达到300万锭。（师市财政局牵头，石河子金融监管分局配合）
附件
团场	棉花种植面积（万亩）	籽棉单产（公斤/亩）
121团	28.5	510
142团	22.3	505
`);
    expect(unitsByTask(doc)).toEqual({
      建设数字化棉田: [
        ['师市农业农村局', '第八师石河子市农业农村局', 'lead'],
        ['师市财政局', '第八师石河子市财政局', 'co'],
        ['天业集团', '天业集团', 'co'],
        ['121团', '121团', 'co'],
        ['142团', '142团', 'co'],
      ],
      健全收益保障机制: [
        ['师市财政局', '第八师石河子市财政局', 'lead'],
        ['石河子金融监管分局', '国家金融监督管理总局石河子监管分局', 'co'],
      ],
    });
    expect(doc.tasks[1].targets.map((t) => [t.value, t.unit, t.year])).toEqual([[3000000, '锭', 2027]]);
    expect(doc.targets.map((t) => [t.text.split('\t')[0], t.value, t.unit])).toEqual([
      ['121团', 285000, '亩'],
      ['121团', 510, '公斤/亩'],
      ['142团', 223000, '亩'],
      ['142团', 505, '公斤/亩'],
    ]);
  });

  it("makes an assessment table's indicators tasks with their units, its scores no targets; zones take their city's name", async () => {
    const doc = await run(`乌鲁木齐市2026年优化营商环境考核评价实施方案
一、考核内容
区（县）考核指标、分值和评分标准见附件。
附件
序号	考核指标	分值	评分标准	责任单位
一、政务服务（30分）
1	企业开办	10	企业开办时间超过1个工作日的，每超1个工作日扣1分	市市场监管局
2	改革创新试点	5	每推出1项改革举措加1分，最高加5分	高新区（新市区）、经开区（头屯河区）
`);
    expect(unitsByTask(doc)).toEqual({
      企业开办: [['市市场监管局', '乌鲁木齐市市场监督管理局', 'responsible']],
      改革创新试点: [
        ['高新区（新市区）', '乌鲁木齐高新技术产业开发区（新市区）', 'responsible'],
        ['经开区（头屯河区）', '乌鲁木齐经济技术开发区（头屯河区）', 'responsible'],
      ],
    });
    expect(doc.tasks.flatMap((t) => t.targets)).toEqual([]);
  });

  it("gives a national bureau's own 司 under its name, and 会同 inside a clause that names co-operators after it", async () => {
    const doc = await run(`国家能源局关于印发《2026年能源工作指导意见》的通知
各省（自治区、直辖市）能源主管部门：
现将《2026年能源工作指导意见》印发给你们，请结合实际认真贯彻落实。
国家能源局
2026年2月26日
2026年能源工作指导意见
一、重点任务
（一）推动化石能源稳产增产。稳定煤炭生产。（煤炭司、油气司负责）
（二）推进园区建设。创建产业园2个。（发展规划司会同电力司、市场监管司负责，国家电网有限公司配合）
`);
    expect(unitsByTask(doc)).toEqual({
      推动化石能源稳产增产: [
        ['煤炭司', '国家能源局煤炭司', 'responsible'],
        ['油气司', '国家能源局油气司', 'responsible'],
      ],
      推进园区建设: [
        ['发展规划司', '国家能源局发展规划司', 'lead'],
        ['电力司', '国家能源局电力司', 'co'],
        ['市场监管司', '国家能源局市场监管司', 'co'],
        ['国家电网有限公司', '国家电网有限公司', 'co'],
      ],
    });
  });
});
