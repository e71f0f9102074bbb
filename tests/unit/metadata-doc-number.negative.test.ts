import { describe, expect, it } from 'vitest';
import { extractMetadata } from '../../src/extract/metadata/index.js';
import { docContext } from './deadlines-context.js';

describe('metadata docNumber: not the document’s', () => {
  it('a number cited in the preamble (Guangdong: 粤发〔2023〕7 号)', () => {
    const text =
      '广东省培育数字创意战略性新兴产业集群 行动计划（2023—2025 年）\n为贯彻省委、省政府关于推进数字经济强省建设的工作部署，依据省委、省政府《关于高质量建设制造强省的意见》（粤发〔2023〕7 号）等文件精神，制定本行动计划。\n一、总体情况';
    expect(extractMetadata(docContext(text)).metadata.docNumber).toBeNull();
  });
  it('a number cited after the first sentence', () => {
    const text = '某某方案\n为推动发展，制定本方案。\n根据苏政发〔2021〕1号精神\n一、总体要求';
    expect(extractMetadata(docContext(text)).metadata.docNumber).toBeNull();
  });
});
