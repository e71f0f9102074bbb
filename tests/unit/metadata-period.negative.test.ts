import { describe, expect, it } from 'vitest';
import { extractMetadata } from '../../src/extract/metadata/index.js';
import { periodInTitle } from '../../src/extract/metadata/period.js';
import { docContext, rules } from './deadlines-context.js';

describe('metadata period: none', () => {
  it('a title with no years', () => {
    expect(periodInTitle('关于加快文化产业发展的实施意见', rules())).toBeNull();
  });
  it('periods named only in citations do not count', () => {
    expect(extractMetadata(docContext('为贯彻落实《“十四五”文化产业发展规划》，制定本方案。\n一、总体要求')).metadata.period).toBeNull();
  });
});
