import { describe, expect, it } from 'vitest';
import { normalise } from '../../src/normalise/index.js';
import { testRules } from '../helpers/context.js';

const norm = (s: string, pages: { page: number; start: number }[] = []) => normalise(s, pages, testRules());

describe('normalise', () => {
  it('rejoins a sentence broken over lines (PDF page break)', () => {
    const n = norm('培育了一批头部企业。2022 年全省数字创意产业集群实现营\n\n业收入 5728.02 亿元，实现增加值 1442.4 亿元。');
    expect(n.text).toBe('培育了一批头部企业。2022 年全省数字创意产业集群实现营业收入 5728.02 亿元，实现增加值 1442.4 亿元。');
  });

  it('never joins a contact line after the body to the signature below it', () => {
    const n = norm('（五）强化保障。加强审核。\n联系人：市市场监管局登记注册处　张宏宇，电话：024-22866315\n\n沈阳市市场监督管理局　　　沈阳市政务服务和数据管理局\n2025年3月18日');
    expect(n.text.split('\n')).toEqual([
      '（五）强化保障。加强审核。',
      '联系人：市市场监管局登记注册处　张宏宇，电话：024-22866315',
      '沈阳市市场监督管理局　　　沈阳市政务服务和数据管理局',
      '2025年3月18日',
    ]);
  });

  it('never joins a heading line to the text after it', () => {
    const n = norm('五、坚持集聚带动，构建文化产业发展新格局\n\n把握各地文化产业发展特色和资源要素条件，按照要求。');
    expect(n.text.split('\n')).toEqual(['五、坚持集聚带动，构建文化产业发展新格局', '把握各地文化产业发展特色和资源要素条件，按照要求。']);
  });

  it('does not join a line to a following item or unit clause', () => {
    const n = norm('2.优化产业生态。健全文化企业动态监测，选拔优质项目纳入市级重点项目库\n（责任单位：市委宣传部、市文体广旅局）');
    expect(n.lines).toHaveLength(2);
  });

  it('joins a unit clause whose bracket a hard wrap left open, after its 牵头单位 part closed with ；', () => {
    const n = norm('全县茶园化肥使用量比2024年下降10%。（牵头单位：县农业农村局；\n配合单位：县市场监管局、各乡镇人民政府）\n（二）提升茶叶加工水平');
    expect(n.text.split('\n')).toEqual([
      '全县茶园化肥使用量比2024年下降10%。（牵头单位：县农业农村局；配合单位：县市场监管局、各乡镇人民政府）',
      '（二）提升茶叶加工水平',
    ]);
  });

  it('never joins an attachment line or a signature date (the colophon lines stand alone)', () => {
    const n = norm('附件：合肥市城市更新暨住房保障重点任务清单\n\n合肥市人民政府办公室\n\n2024年5月20日\n\n附件\n\n合肥市城市更新暨住房保障重点任务清单');
    expect(n.text.split('\n')).toEqual(['附件：合肥市城市更新暨住房保障重点任务清单', '合肥市人民政府办公室', '2024年5月20日', '附件', '合肥市城市更新暨住房保障重点任务清单']);
  });

  it('removes bookmarks, zero-width characters and web chrome, keeping offsets mapped', () => {
    const src = '[bookmark: OLE_LINK2][bookmark: OLE_LINK1]1.育优企业\u200b梯队。\n日期：2022-06-06 来源： 市文化广电旅游体育局 字号： 【大  中  小】 【内容纠错】\n分享到：';
    const n = norm(src);
    expect(n.text).toBe('1.育优企业梯队。\n日期：2022-06-06 来源：市文化广电旅游体育局');
    const at = n.text.indexOf('梯队');
    expect(src.slice(n.sourceMap.toSource(at), n.sourceMap.toSource(at) + 2)).toBe('梯队');
  });

  it('drops web chrome without brackets and never joins a record line (索引号：… 发布日期：…) to the title', () => {
    const n = norm('索引号：11350100-2024-00123 发布机构：福州市人民政府办公厅 发布日期：2024-03-08\n【字体：大 中 小】 打印本页 关闭窗口\n福州市人民政府办公厅关于印发福州市加快培育新质生产力三年行动方案的通知');
    expect(n.text.split('\n')).toEqual([
      '索引号：11350100-2024-00123 发布机构：福州市人民政府办公厅 发布日期：2024-03-08',
      '福州市人民政府办公厅关于印发福州市加快培育新质生产力三年行动方案的通知',
    ]);
  });

  it('drops a web page\'s footer copied with it (site owners, registration numbers, QR caption, an empty attachment list)', () => {
    const n = norm('本意见自印发之日起施行。\n\n相关附件：\n扫一扫在手机打开当前页\n主办：常州市人民政府办公室 承办：常州市大数据管理中心\n网站标识码：3204000003 苏ICP备05002851号 苏公网安备32040202000123号');
    expect(n.text).toBe('本意见自印发之日起施行。');
  });

  it('strips full-width indentation and drops page numbers', () => {
    const n = norm('　　一、发展基础\n\n— 3 —\n\n　　数字创意产业是新经济。\n- 4 -\n第5页');
    expect(n.text).toBe('一、发展基础\n数字创意产业是新经济。');
  });

  it('maps pages to normalised offsets', () => {
    const src = '第一页的内容。\n第二页的内容。';
    const n = norm(src, [
      { page: 1, start: 0 },
      { page: 2, start: src.indexOf('第二页') },
    ]);
    expect(n.pageMap).toEqual([
      { page: 1, start: 0 },
      { page: 2, start: n.text.indexOf('第二页') },
    ]);
  });

  it('drops a running header repeated at page edges', () => {
    const pages: { page: number; start: number }[] = [];
    let src = '';
    for (let p = 1; p <= 4; p++) {
      pages.push({ page: p, start: src.length });
      src += `某某市人民政府办公室文件\n第${p}页正文内容很长很长的一段话。\n`;
    }
    expect(norm(src, pages).text).not.toContain('某某市人民政府办公室文件');
  });
});

describe('letter spacing', () => {
  it('removes spaces in letter-spaced runs of Han characters only', () => {
    expect(norm('《 广 东 省 培 育 数 字 创 意 》').text).toBe('《广东省培育数字创意》');
    expect(norm('深圳市文化广电旅游体育局 深圳市委宣传部').text).toBe('深圳市文化广电旅游体育局 深圳市委宣传部');
    expect(norm('营业收入突破 6200 亿元').text).toBe('营业收入突破 6200 亿元');
  });
});

describe('spaces around full-width punctuation', () => {
  it('are removed', () => {
    expect(norm('（责任单位 ： 市文广旅局，各县级市〈区〉）').text).toBe('（责任单位：市文广旅局，各县级市〈区〉）');
  });
});

describe('letter-spaced lists', () => {
  it('keep every character when both repairs see the same space', () => {
    expect(norm('（责任单位： 市 工 信 局 、 市 农 业 农 村 局 、 市 商 务 局）').text).toBe('（责任单位：市工信局、市农业农村局、市商务局）');
  });
});

describe('head lines', () => {
  it('are not joined: a line without clause punctuation is a title or a name', () => {
    const n = norm('苏州市推进数字经济时代产业创新集群发展领导小组办公室文件\n苏创新集群办〔2022〕26号\n广东省工业和信息化厅 中共广东省委宣传部\n广东省文化和旅游厅 广东省广播电视局');
    expect(n.lines).toHaveLength(4);
  });
});
