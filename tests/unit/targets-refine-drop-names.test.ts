import { describe, expect, it } from 'vitest';
import { refinedUpTo, texts } from './targets-context.js';

const names = (text: string) => texts(text, refinedUpTo(text, 'dropNames'));

describe('refine/drop-names', () => {
  it('keeps real targets beside names', () => {
    const text = '新增一批“1840”重点领域服务业项目，新建或改建市级文化产业园区不少于6个。';
    expect(texts(text, refinedUpTo(text, 'removeOverlaps'))).toEqual(['不少于6个']);
  });

  it('drops a count inside a quoted name', () => {
    expect(names('开展“六个一”活动，实施“五个一批”人才计划。')).toEqual([]);
  });

  it('drops a lone 一 with an implied eq, keeps it after a comparator', () => {
    expect(names('形成一个完整体系。')).toEqual([]);
    expect(names('每年至少一场。')).toEqual(['至少一场']);
  });

  it('drops a number right after 第 (an ordinal)', () => {
    expect(names('举办第3届，第十条。')).toEqual([]);
  });

  it('drops an outline number at the paragraph start', () => {
    expect(names('1 个人信息保护。')).toEqual([]);
  });

  it('drops a class named by its year (2025届, 2024级)', () => {
    expect(names('实现2025届及以后各届离校未就业毕业生信息全量归集，2024级新生全部建档。')).toEqual([]);
  });

  it('drops the ones of a working rule in parallel phrases (整改完成一处、销号一处)', () => {
    expect(names('隐患整改完成一处、销号一处，做到不漏一楼、不漏一户。')).toEqual([]);
  });

  it('drops the one of 不漏一户 and of 1对1 pairing', () => {
    expect(names('确保应改尽改、不漏一户，开展1对1帮扶和一对一辅导。')).toEqual([]);
  });
});
