import { describe, expect, it } from 'vitest';
import { every } from '../../src/extract/deadlines/matchers/every.js';
import { hits } from './deadlines-context.js';

describe('matcher every: not this form', () => {
  it('每 with a non-period word', () => {
    expect(hits(every, '每万人拥有公共文化设施面积')).toEqual([]);
    expect(hits(every, '每个区镇建设一个文化园区')).toEqual([]);
  });
});
