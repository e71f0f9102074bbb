import { describe, expect, it } from 'vitest';
import { outlookYear } from '../../src/extract/deadlines/matchers/outlook-year.js';
import { hits } from './deadlines-context.js';

describe('matcher outlook-year (展望2035年)', () => {
  it('reads the long-range horizon (Hangzhou)', () => {
    expect(hits(outlookYear, '展望2035年，具有全球影响力的国际文化创意中心基本建成')).toEqual([['展望2035年', 0]]);
  });
});
