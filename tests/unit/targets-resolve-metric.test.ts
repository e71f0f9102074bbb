import { describe, expect, it } from 'vitest';
import { metricOf, splitConjoined, trimWords } from '../../src/extract/targets/resolve/metric.js';
import { rules } from './targets-context.js';

const words = rules.targets.metric;

describe('resolve/metric', () => {
  it('drops helper words around the subject', () => {
    expect(trimWords('其中省级重点文化产业项目', words)).toBe('省级重点文化产业项目');
    expect(trimWords('文化产业占GDP比重力争', words)).toBe('文化产业占GDP比重');
  });
  it('adds the noun a count is followed by', () => {
    expect(metricOf('新增 ', '国家级工业设计中心', words)).toBe('新增国家级工业设计中心');
  });
  it('is null when nothing is left', () => {
    expect(metricOf('', '', words)).toBeNull();
  });
  it('splits two metrics joined by 和 only when both end in a metric noun', () => {
    expect(splitConjoined('规上游戏企业数量和动漫游戏行业营业收入', words)).toEqual(['规上游戏企业数量', '动漫游戏行业营业收入']);
    expect(splitConjoined('国家动漫建设和保护计划的国家级重大项目数量', words)).toBeNull();
  });
  it('a metric from a real sentence', async () => {
    const { targetsOf } = await import('./targets-context.js');
    expect(targetsOf('到2025年，新增重点文化产业项目超10个。')[0].metric).toBe('新增重点文化产业项目');
  });
});
