import { describe, expect, it } from 'vitest';
import { verbCount } from '../../src/extract/targets/matchers/verb-count.js';
import { brief, candidatesOf, targetsOf, texts, trace } from './targets-context.js';

describe('targets/verb-count', () => {
  it.each([
    ['打造2个全国性特色文化产业展示交易平台，实现苏作产业规模化。', '2个', 'eq 2 个'],
    ['到2025年，引育100个影视内容创作团队。', '100个', 'eq 100 个'],
    ['打造两个“百亿级”产业集群。', '两个', 'eq 2 个'],
    ['每年培育100家高新技术企业。', '100家', 'eq 100 家'],
  ])('%s', (phrase, matched, expected) => {
    expect(texts(phrase, candidatesOf(phrase, verbCount)), trace(phrase)).toContain(matched);
    expect(targetsOf(phrase).map(brief), trace(phrase)).toEqual([expected]);
  });

  it('the count is followed by the noun it counts in the target text', () => {
    const [t] = targetsOf('打造2个全国性特色文化产业展示交易平台，实现苏作产业规模化。');
    expect(t.text).toBe('打造2个全国性特色文化产业展示交易平台');
    expect(t.metric).toBe('打造全国性特色文化产业展示交易平台');
  });
});
