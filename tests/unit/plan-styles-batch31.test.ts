/**
 * Whole plans in styles met in the held-out set's batch 31, through the pipeline: a cooperation zone its
 * executive committee governs (`合作区…局`, a short name the plan defines, Macao's own bodies), a party office's
 * joint notice (`…党工委、管委会`), a phased schedule written as lead-in paragraphs (`一是汛前排查阶段（…）。`),
 * and places sharing one department or committee in a list.
 */
import { describe, expect, it } from 'vitest';
import type { PolicyDocument } from '../../src/schema/output.js';
import { runPlan as run, unitsByTask } from '../helpers/plans.js';

describe('plans of held-out batch 31', () => {
  it("names a cooperation zone's own bureaus, a body by the short name the plan gives it, and Macao's bodies as they are", async () => {
    const doc = await run(`横琴粤澳深度合作区执行委员会关于印发《横琴粤澳深度合作区2026年促进澳门经济适度多元发展行动方案》的通知
合作区执行委员会各工作机构，各有关单位：
现将《横琴粤澳深度合作区2026年促进澳门经济适度多元发展行动方案》印发给你们，请认真组织实施。
横琴粤澳深度合作区执行委员会
2026年2月27日
横琴粤澳深度合作区2026年促进澳门经济适度多元发展行动方案
为加快发展新产业，会同广东省人民政府横琴粤澳深度合作区工作办公室（以下简称省政府驻合作区工作办公室）制定本方案。
一、重点任务
（一）加快科技成果转化。年内新增省级以上科技创新平台5个。（牵头单位：合作区经济发展局；配合单位：合作区商事服务局、法律事务局、澳门特别行政区政府有关部门）
（二）便利澳门居民往来。旅客平均通关时间压缩至30秒以内。（责任单位：横琴海关、省政府驻合作区工作办公室）
（三）丰富旅游产品。开发琴澳旅游线路10条。（合作区经济发展局牵头，澳门特别行政区政府旅游局配合）
`);
    expect(doc.metadata.region).toBe('横琴粤澳深度合作区');
    expect(unitsByTask(doc)).toEqual({
      加快科技成果转化: [
        ['合作区经济发展局', '横琴粤澳深度合作区经济发展局', 'lead'],
        ['合作区商事服务局', '横琴粤澳深度合作区商事服务局', 'co'],
        ['合作区法律事务局', '横琴粤澳深度合作区法律事务局', 'co'],
      ],
      便利澳门居民往来: [
        ['横琴海关', '中华人民共和国横琴海关', 'responsible'],
        ['省政府驻合作区工作办公室', '广东省人民政府横琴粤澳深度合作区工作办公室', 'responsible'],
      ],
      丰富旅游产品: [
        ['合作区经济发展局', '横琴粤澳深度合作区经济发展局', 'lead'],
        ['澳门特别行政区政府旅游局', '澳门特别行政区政府旅游局', 'co'],
      ],
    });
  });

  it('gives a committee named by its kind alone the place of the body before it, and places one department or committee', async () => {
    const plan = (title: string, clauses: string[]) =>
      run(`${title}\n一、重点任务\n${clauses.map((c, i) => `（${'一二三四五'[i]}）任务${'一二三四五'[i]}。建成试点单位20家。（${c}）`).join('\n')}\n`);
    const names = (doc: PolicyDocument) => doc.tasks.map((t) => t.units.map((u) => [u.name, u.canonical]));
    expect(names(await plan('泉州市深化党建引领基层治理实施方案', ['责任单位：泉州开发区党工委、管委会，泉州台商投资区党工委、管委会']))).toEqual([
      [
        ['泉州开发区党工委', '泉州开发区党工委'],
        ['泉州开发区管委会', '泉州开发区管理委员会'],
        ['泉州台商投资区党工委', '泉州台商投资区党工委'],
        ['泉州台商投资区管委会', '泉州台商投资区管理委员会'],
      ],
    ]);
    expect(names(await plan('辽宁省公共机构节约能源资源“十五五”规划', ['责任单位：沈阳市、大连市机关事务管理局']))).toEqual([
      [
        ['沈阳市机关事务管理局', '沈阳市机关事务管理局'],
        ['大连市机关事务管理局', '大连市机关事务管理局'],
      ],
    ]);
    // (a prefecture's 地区 is no city: nothing is shared)
    expect(names(await plan('黑龙江省冰雪经济发展行动方案', ['责任单位：哈尔滨市、黑河市、大兴安岭地区行署']))).toEqual([
      [
        ['哈尔滨市', '哈尔滨市'],
        ['黑河市', '黑河市'],
        ['大兴安岭地区行署', '大兴安岭地区行署'],
      ],
    ]);
    expect(names(await plan('长春市知识产权强市建设三年行动计划', ['配合单位：长春新区、中韩（长春）国际合作示范区、长春净月高新区管委会，市政数局']))).toEqual([
      [
        ['长春新区管委会', '长春新区管理委员会'],
        ['中韩（长春）国际合作示范区管委会', '中韩（长春）国际合作示范区管理委员会'],
        ['长春净月高新区管委会', '长春净月高新技术产业开发区管理委员会'],
        ['市政数局', '长春市政务服务和数据管理局'],
      ],
    ]);
    expect(names(await plan('甘肃省种业振兴三年行动方案', ['责任单位：省工信厅、省农科院']))).toEqual([
      [
        ['省工信厅', '甘肃省工业和信息化厅'],
        ['省农科院', '甘肃省农业科学院'],
      ],
    ]);
  });

  it('nests a phased schedule of lead-in paragraphs under its part, wherever lead-ins stood before, and reads a PDF-spaced label', async () => {
    const text = (phase: (y: string) => string) => `甘孜州2026年地质灾害防治工作方案
一、总体要求
（一）防治重点
重点区域。鲜水河断裂带沿线的康定市、泸定县。
重点时段。全州汛期为5月1日至9月30日。
二、时间安排
一是汛前排查阶段（${phase('3')}）。各县（市）全面完成隐患点汛前排查。
二是汛期防范阶段（${phase('5')}）。全州进入汛期工作状态。
三、保障措施
（一）加强组织领导。州地质灾害防治工作领导小组统筹推进。
`;
    for (const phase of [(m: string) => `2026年${m}月至9月`, (m: string) => `2026 年 ${m} 月至 9 月`]) {
      const doc = await run(text(phase));
      expect(doc.sections.map((s) => [s.heading.replace(/ /gu, ''), s.level])).toEqual([
        ['总体要求', 1],
        ['防治重点', 2],
        ['重点区域', 3],
        ['重点时段', 3],
        ['时间安排', 1],
        [`一是汛前排查阶段（2026年3月至9月）`, 2],
        [`二是汛期防范阶段（2026年5月至9月）`, 2],
        ['保障措施', 1],
        ['加强组织领导', 2],
      ]);
    }
  });
});
