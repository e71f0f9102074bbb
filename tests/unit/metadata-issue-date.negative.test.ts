import { describe, expect, it } from 'vitest';
import { extractMetadata } from '../../src/extract/metadata/index.js';
import { docContext } from './deadlines-context.js';

const issueDate = (text: string) => extractMetadata(docContext(text)).metadata.issueDate;

describe('metadata issueDate: not the issue date', () => {
  it('dates inside sentences', () => {
    expect(issueDate('为推动发展，编制本规划。\n一、发展基础\n2022年12月30日，市政府召开会议。\n请于5月17日前反馈。')).toBeNull();
  });
  it('an impossible date', () => {
    expect(issueDate('某某方案\n为推动发展，制定本方案。\n一、总体要求\n某某局\n2023年2月30日')).toBeNull();
  });
});
