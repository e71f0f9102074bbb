import { describe, expect, it } from 'vitest';
import { every } from '../../src/extract/deadlines/matchers/every.js';
import { hits } from './deadlines-context.js';

describe('matcher every (每年, 每季度)', () => {
  it('reads 每季度 (Taicang)', () => {
    expect(hits(every, '健全文化企业动态监测，每季度发布工作通报')).toEqual([['每季度', 11]]);
  });
  it('reads 每年 (Shenzhen, Taicang)', () => {
    expect(hits(every, '每年引进海内外高端数字创意人才不少于1000名')).toEqual([['每年', 0]]);
    expect(hits(every, '每年至少开展1场以上产业对接活动')).toEqual([['每年', 0]]);
  });
  it('keeps a year-end tail in the recurring item', () => {
    expect(hits(every, '每年年底前报送')).toEqual([['每年年底前', 0]]);
    expect(hits(every, '每月底前')).toEqual([['每月底前', 0]]);
  });
});
