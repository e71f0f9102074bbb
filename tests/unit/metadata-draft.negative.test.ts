import { describe, expect, it } from 'vitest';
import { extractMetadata } from '../../src/extract/metadata/index.js';
import { docContext } from './deadlines-context.js';

describe('metadata draft: not a draft', () => {
  it('试行 is not a draft (SPEC §3)', () => {
    const m = extractMetadata(docContext('某某市文化产业扶持资金管理办法（试行）\n为规范管理，制定本办法。')).metadata;
    expect(m.draft).toBe(false);
    expect(m.title).toBe('某某市文化产业扶持资金管理办法（试行）');
  });
  it('an issuing notice wraps a final plan', () => {
    expect(extractMetadata(docContext('某某局关于印发《某某方案》的通知\n各单位：\n现将《某某方案》印发给你们。')).metadata.draft).toBe(false);
  });
});
