import iconv from 'iconv-lite';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { processDocument } from '../../src/pipeline.js';
import { testRules } from '../helpers/context.js';

describe('GB18030/GBK text', () => {
  it('a GBK-encoded copy of a plan gives the same extraction as the UTF-8 original', async () => {
    const utf8 = readFileSync('corpus/taicang-culture-2025-draft.txt');
    const gbk = iconv.encode(utf8.toString('utf8'), 'gbk');
    const crlf = iconv.encode(utf8.toString('utf8').replace(/\n/g, '\r\n'), 'gb18030');
    const a = await processDocument('plan.txt', utf8, testRules());
    const b = await processDocument('plan-gbk.txt', gbk, testRules());
    const c = await processDocument('plan-crlf.txt', crlf, testRules());
    expect(b.doc.source.encoding).toBe('gb18030');
    expect(b.doc.text).toBe(a.doc.text);
    expect(c.doc.text).toBe(a.doc.text);
    expect(b.doc.tasks.map((t) => t.title)).toEqual(a.doc.tasks.map((t) => t.title));
    expect(b.doc.tasks[0].units.map((u) => u.name)).toEqual(['市委宣传部', '市发改委', '市科技局', '市财政局', '市文体广旅局', '各（区）镇']);
  });

  it('UTF-8 with BOM', async () => {
    const utf8 = readFileSync('corpus/taicang-culture-2025-draft.txt');
    const bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), utf8]);
    const r = await processDocument('plan-bom.txt', bom, testRules());
    expect(r.doc.source.encoding).toBe('utf-8-bom');
    expect(r.doc.tasks).toHaveLength(21);
  });
});
