import { describe, expect, it } from 'vitest';
import { extractMetadata } from '../../src/extract/metadata/index.js';
import { docContext } from './deadlines-context.js';

const meta = (text: string) => extractMetadata(docContext(text)).metadata;

describe('metadata title: none', () => {
  it('a text that starts with its preamble has no title (Hangzhou)', () => {
    const text =
      '为贯彻落实文化和旅游部《“十四五”文化产业发展规划》《浙江省“十四五”文化改革发展规划》以及《杭州市文化改革发展“十四五”规划》，推动文化产业高质量发展，编制本规划。\n一、全国文化创意中心建设目标基本实现';
    expect(meta(text).title).toBeNull();
  });
  it('a running header in 《》 is not the title', () => {
    expect(meta('《“十四五”文化产业发展规划》\n为贯彻落实…，编制本规划。\n一、发展基础').title).toBeNull();
  });
  it('a line after the first sentence is not the title', () => {
    expect(meta('为推动发展，制定本方案。\n某某市文化产业实施方案\n一、总体要求').title).toBeNull();
  });
});

describe('metadata of texts with nothing to read', () => {
  it('an empty or one-sentence text gives empty metadata, no throw', () => {
    for (const text of ['', '为推动发展。']) {
      const info = extractMetadata(docContext(text));
      expect(info.metadata).toEqual({
        title: null,
        docType: null,
        issuers: [],
        docNumber: null,
        issueDate: null,
        region: null,
        period: null,
        draft: false,
      });
      expect(info).toMatchObject({ notice: null, bodyStart: 0, referenceYear: null });
    }
  });
});
