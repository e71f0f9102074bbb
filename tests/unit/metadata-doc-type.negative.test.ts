import { describe, expect, it } from 'vitest';
import { extractMetadata } from '../../src/extract/metadata/index.js';
import { titleType } from '../../src/extract/metadata/title.js';
import { docContext, rules } from './deadlines-context.js';

describe('metadata docType: none', () => {
  it('a title that names no document type', () => {
    expect(titleType('文化产业发展情况', rules().metadata)).toBeNull();
  });
  it('a cited plan’s type is not the document’s', () => {
    expect(extractMetadata(docContext('根据《某某市文化产业发展规划》，推动发展。\n一、总体要求')).metadata.docType).toBeNull();
  });
});
