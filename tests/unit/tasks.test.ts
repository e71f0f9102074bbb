import { describe, expect, it } from 'vitest';
import { findClauses } from '../../src/extract/units/index.js';
import { buildOutline } from '../../src/outline/index.js';
import { getJieba, searchTokens, taskKeywords, taskTerms } from '../../src/tasks/keywords.js';
import { processDocument } from '../../src/pipeline.js';
import { ownSpan, sectionRoles, selectTasks } from '../../src/tasks/select.js';
import { contextOf, testRules } from '../helpers/context.js';

function tasksOf(text: string) {
  const ctx = contextOf(text);
  const { sections } = buildOutline(ctx, 0);
  const roles = sectionRoles(sections, ctx.rules);
  const tasks = selectTasks(sections, roles, (s) => findClauses(ctx, ownSpan(s, sections)).length > 0);
  return { roles: sections.map((s) => [s.heading, roles.get(s.id)]), tasks: tasks.map((t) => t.heading) };
}

describe('section roles and task selection', () => {
  it('a clause on its own line after an item\'s sub-items is every sub-item\'s', async () => {
    const { doc } = await processDocument('plan.txt', Buffer.from([
      '某市数字化改革攻坚三年行动方案（2025—2027年）',
      '一、重点任务',
      '1．深化“一件事”集成改革。推动关联事项集成办。',
      '（1）推进个人全生命周期“一件事”。推出个人事项清单。',
      '（2）推进企业全生命周期“一件事”。推出企业事项清单。',
      '（责任单位：市委改革办、市大数据局）',
      '2．迭代政务平台。推动平台升级。（市大数据局负责）',
      '（1）优化频道。上线新版。（市政务办负责）',
      '（2）整合入口。统一入口。',
    ].join('\n')), testRules());
    const units = Object.fromEntries(doc.tasks.map((t) => [t.title, t.units.map((u) => u.name)]));
    expect(units['推进个人全生命周期“一件事”']).toEqual(['市委改革办', '市大数据局']);
    expect(units['推进企业全生命周期“一件事”']).toEqual(['市委改革办', '市大数据局']);
    // a sub-item with its own clause keeps it; the one after it, with none, gets none
    expect(units['优化频道']).toEqual(['市政务办']);
    expect(units['整合入口']).toEqual([]);
  });

  it('a chapter on building infrastructure (基础设施) is an action part, one on the base (发展基础) is not', () => {
    const r = tasksOf(
      [
        '第一章　发展基础',
        '（一）产业规模快速壮大。2025年全市产量达到58.6万辆。',
        '第四章　扩大推广应用和完善基础设施',
        '（一）优化充电网络布局。推动居住社区充电设施建设。',
        '（二）加快超充和换电设施建设。推进大功率充电设施。',
      ].join('\n'),
    );
    expect(r.tasks).toEqual(['优化充电网络布局', '加快超充和换电设施建设']);
  });

  it('takes leaves of action parts, not guiding ideas, goals or situation', () => {
    const r = tasksOf(
      [
        '一、总体要求',
        '（一）指导思想',
        '以习近平新时代中国特色社会主义思想为指导，推动文化产业高质量发展。',
        '（二）工作目标',
        '到2025年，新增规上文化企业15家。',
        '二、重点任务',
        '（一）培育骨干企业',
        '1.育优企业梯队。建立帮扶机制。',
        '2.优化产业生态。健全动态监测。',
        '三、保障措施',
        '（一）强化统筹协调，各地各单位要切实提高对文化产业发展的重视程度，坚持党政齐抓共管。',
      ].join('\n'),
    );
    expect(r.tasks).toEqual(['育优企业梯队', '优化产业生态', '强化统筹协调']);
    expect(r.roles.slice(0, 3)).toEqual([
      ['总体要求', 'guide'],
      ['指导思想', 'guide'],
      ['工作目标', 'goal'],
    ]);
  });

  it('measures in articles: 第一章 总则 (purpose, scope) and 附则 give no tasks', () => {
    const r = tasksOf(
      [
        '第一章　总则',
        '第一条　为加快软件和信息服务业发展，制定本措施。',
        '第二条　本措施适用于在本市注册的软件企业。',
        '第二章　支持措施',
        '第三条　支持企业做大做强。对年营业收入首次突破10亿元的企业，给予一次性奖励。',
        '第四条　支持人才引进。每年引进高层次人才100名以上。',
        '第三章　附则',
        '第五条　本措施自印发之日起施行。',
      ].join('\n'),
    );
    expect(r.tasks).toEqual(['支持企业做大做强', '支持人才引进']);
  });

  it('a closing clause numbered like an item is a section, not a task (三、本措施自印发之日起施行)', () => {
    const r = tasksOf('一、促进汽车消费。发放汽车消费券5000万元。\n二、扩大家电消费。开展家电以旧换新活动。\n三、本措施自印发之日起施行，有效期至2025年12月31日。');
    expect(r.tasks).toEqual(['促进汽车消费', '扩大家电消费']);
    expect(r.roles[2]).toEqual(['本措施自印发之日起施行', 'other']);
  });

  it('a section with its own unit clause is a task wherever it stands', () => {
    const r = tasksOf('一、发展基础\n（一）发展现状。近年来产业快速发展。\n五、空间布局\n立足各区产业优势，形成发展格局。（责任单位：市文化广电旅游体育局、各相关区政府）');
    expect(r.tasks).toEqual(['空间布局']);
  });

  it('a retrospective top-level heading is situation even when it names a goal', () => {
    const r = tasksOf('一、全国文化创意中心建设目标基本实现\n（一）产业发展能级稳居全国前列。增加值增长至2285亿元。\n二、强化数智赋能，引领文化行业提升发展\n（一）做大做强优势行业。聚焦数字内容。');
    expect(r.roles.map((x) => x[1])).toEqual(['situation', 'situation', 'action', 'action']);
    expect(r.tasks).toEqual(['做大做强优势行业']);
  });

  it('descriptive goal headings inherit the goal role', () => {
    const r = tasksOf('二、发展目标\n（一）产业结构与区域布局不断优化。形成发展格局。\n三、重点任务\n（一）加快数字技术研发及应用。推出产品。');
    expect(r.tasks).toEqual(['加快数字技术研发及应用']);
  });
});

describe('keywords', () => {
  it('keeps department names and policy terms whole (user dictionary)', () => {
    const cut = getJieba(testRules()).cut('规上企业超过800家，市工信局负责');
    expect(cut).toContain('市工信局');
    expect(cut).toContain('规上企业');
  });

  it('drops boilerplate verbs', () => {
    const kw = taskKeywords('推动苏工苏作创新发展。做强联合国手工艺与民间艺术之都品牌，擦亮苏工苏作金字招牌，加强对苏式工艺的保护传承。', testRules());
    expect(kw).toContain('苏工苏作');
    expect(kw).not.toContain('推动');
    expect(kw).not.toContain('加强');
  });

  it('ranks by count × IDF: a repeated rare word first, common words after', () => {
    const kw = taskKeywords('建设电竞场馆，举办电竞赛事，培育电竞战队，发展电竞产业。', testRules());
    expect(kw[0]).toBe('电竞');
    expect(kw).toEqual(expect.arrayContaining(['场馆', '赛事', '战队']));
  });

  it('keywords and search tokens come from one cut of the task', () => {
    const rules = testRules();
    const text = '建设高水平文化产业园区。到2025年，新增省级文化产业示范园区2家。';
    const terms = taskTerms('建设高水平文化产业园区', text, rules);
    expect(terms.keywords).toEqual(taskKeywords(text, rules));
    // the title's tokens, then the text's
    expect(terms.tokens.startsWith(searchTokens('建设高水平文化产业园区', rules) + ' ')).toBe(true);
    expect(terms.tokens.endsWith(' ' + searchTokens(text, rules))).toBe(true);
  });

  it('search tokens add the two- and three-character parts of long words, and drop punctuation', () => {
    const tokens = searchTokens('中华人民共和国，2025年。', testRules()).split(' ');
    expect(tokens).toEqual(expect.arrayContaining(['中华人民共和国', '人民', '共和', '共和国', '2025']));
    expect(tokens.indexOf('人民')).toBeLessThan(tokens.indexOf('中华人民共和国'));
    expect(tokens).not.toContain('，');
    expect(tokens).not.toContain('。');
  });
});
