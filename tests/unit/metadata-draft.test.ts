import { describe, expect, it } from 'vitest';
import { extractMetadata } from '../../src/extract/metadata/index.js';
import { docContext } from './deadlines-context.js';

const draft = (text: string) => extractMetadata(docContext(text)).metadata.draft;

describe('metadata draft', () => {
  it('a 征求意见稿 marker with the title, on its own line or the same line', () => {
    expect(draft('太仓市2025年文化产业提升发展专项行动方案\n（征求意见稿）\n为推动发展，特制定本行动方案。')).toBe(true);
    expect(draft('太仓市2025年文化产业提升发展专项行动方案（征求意见稿）\n为推动发展，特制定本行动方案。')).toBe(true);
  });
  it('a consultation notice wraps a draft', () => {
    expect(draft('关于《某某方案》面向社会公开征求意见的通知\n各有关单位：\n现面向社会公开征求意见。')).toBe(true);
  });
});
