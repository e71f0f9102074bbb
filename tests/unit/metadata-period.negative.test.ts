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
  it('no horizon without an issue year, nor one cited or far beyond it', () => {
    expect(extractMetadata(docContext('关于推进文化产业发展的实施意见\n一、主要目标\n到2027年，全市文化产业增加值达到800亿元。')).metadata.period).toBeNull();
    const cited = '某某市人民政府关于推进文化产业发展的实施意见\n为落实《到2035年建成文化强国规划纲要》，现提出如下意见。\n一、主要目标\n文化产业持续壮大。\n某某市人民政府\n2024年3月1日';
    expect(extractMetadata(docContext(cited)).metadata.period).toBeNull();
    const far = '某某市人民政府关于推进文化产业发展的实施意见\n一、主要目标\n到2050年，全面建成文化强市。\n某某市人民政府\n2024年3月1日';
    expect(extractMetadata(docContext(far)).metadata.period).toBeNull();
  });
});
