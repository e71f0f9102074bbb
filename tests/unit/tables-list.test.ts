import { describe, expect, it } from 'vitest';
import { extractTables } from '../../src/extract/tables/index.js';
import { NO_OUTLINE } from './tables-context.js';
import { ctxOf } from './targets-context.js';

describe('list tables', () => {
  it('a tab-separated list table is kept as a list, with no targets', () => {
    const text = [
      '产业走廊\t重点平台',
      '之江影视演艺产业走廊\t中国演艺谷、中国（之江）视听创新创业基地、运河映巷等',
      '城西文化科技创新产业走廊\t遥望直播电商产业园、梦想小镇、8300文化体验中心等',
    ].join('\n');
    const { tables, targets } = extractTables(ctxOf(text), NO_OUTLINE, { periodEnd: 2025 });
    expect(tables.map((t) => [t.kind, t.header, t.rows.length])).toEqual([['list', ['产业走廊', '重点平台'], 2]]);
    expect(targets).toEqual([]);
  });

  it('a flattened list table (one cell per line) is found up to the next outline marker', () => {
    const text = [
      '“两江一湖”文旅产业走廊：充分发挥富春江、新安江、千岛湖及周边乡村生态资源和历史文化资源优势。',
      '产业走廊',
      '重点平台',
      '之江影视演艺产业走廊',
      '中国演艺谷、中国（之江）视听创新创业基地、运河映巷等',
      '之江动漫游戏产业走廊',
      '网易产业园、电魂网络游戏软件生产基地等',
      '（三）八组团联动',
    ].join('\n');
    const { tables } = extractTables(ctxOf(text), NO_OUTLINE, { periodEnd: 2025 });
    expect(tables.map((t) => [t.kind, t.header, t.rows.map((r) => r.cells[0])])).toEqual([
      ['list', ['产业走廊', '重点平台'], ['之江影视演艺产业走廊', '之江动漫游戏产业走廊']],
    ]);
  });
});
