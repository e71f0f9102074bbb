/**
 * The whole pipeline on the real corpus, in all three formats: spans point at
 * their text, the outline and tasks come out, DOCX numbers are restored, PDF
 * furniture is gone, and the results agree across formats.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { processDocument } from '../../src/pipeline.js';
import type { PolicyDocument } from '../../src/schema/output.js';
import { testRules } from '../helpers/context.js';

const CORPUS = 'corpus';
const files = readdirSync(CORPUS).filter((f) => /\.(txt|pdf|docx)$/.test(f)).sort();
const docs = new Map<string, PolicyDocument>();

beforeAll(async () => {
  for (const f of files) {
    const { doc, failed } = await processDocument(join(CORPUS, f), readFileSync(join(CORPUS, f)), testRules());
    expect(failed, `${f}: ${JSON.stringify(doc.errors)}`).toBe(false);
    docs.set(f, doc);
  }
});

describe.each(files)('%s', (file) => {
  it('every span points at its text', () => {
    const d = docs.get(file)!;
    const at = (s: { start: number; end: number }) => d.text.slice(s.start, s.end);
    for (const s of d.sections) expect(at(s.headingSpan)).toBe(s.heading);
    for (const t of d.tasks) {
      expect(at(t.span)).toBe(t.text);
      for (const u of t.units) expect(at(u.span)).toBe(u.raw);
      for (const x of t.targets) expect(at(x.span)).toBe(x.text);
      for (const x of t.deadlines) expect(at(x.span)).toBe(x.text);
    }
    for (const x of d.targets) expect(at(x.span)).toBe(x.text);
    for (const x of d.deadlines) expect(at(x.span)).toBe(x.text);
  });

  it('has an outline, tasks and units', () => {
    const d = docs.get(file)!;
    expect(d.sections.length).toBeGreaterThan(20);
    expect(d.tasks.length).toBeGreaterThanOrEqual(16);
  });

  it('has no conversion artefacts or page furniture in the text', () => {
    const d = docs.get(file)!;
    expect(d.text).not.toMatch(/\[bookmark:|— \d+ —|字号：|【内容纠错】/u);
  });
});

describe('across formats', () => {
  const plans = [...new Set(files.map((f) => f.replace(/\.(txt|pdf|docx)$/, '')))];
  it.each(plans)('%s: same task titles and units from TXT, PDF and DOCX', (plan) => {
    const titles = (ext: string) => docs.get(`${plan}.${ext}`)!.tasks.map((t) => t.title.replace(/\s/g, ''));
    const units = (ext: string) => docs.get(`${plan}.${ext}`)!.tasks.map((t) => t.units.map((u) => u.canonical).join('、'));
    expect(titles('pdf')).toEqual(titles('txt'));
    expect(titles('docx')).toEqual(titles('txt'));
    expect(units('pdf')).toEqual(units('txt'));
    expect(units('docx')).toEqual(units('txt'));
  });

  it('restores DOCX auto-numbering as markers (Suzhou 1–16 across two sections)', () => {
    const d = docs.get('suzhou-cultural-creative-2023-2025.docx')!;
    expect(d.tasks.map((t) => t.ordinal)).toEqual(Array.from({ length: 16 }, (_, i) => i + 1));
    expect(d.tasks[10].title).toBe('推动营商环境提升');
  });

  it('keeps pages for PDF spans and rejoins a sentence broken across pages', () => {
    const d = docs.get('guangdong-digital-creative-2023-2025.pdf')!;
    expect(d.text).toContain('实现营业收入 5728.02 亿元');
    expect(d.source.pages).toBeGreaterThan(5);
    expect(d.tasks.every((t) => typeof t.page === 'number' && t.page >= 1)).toBe(true);
    const last = d.tasks[d.tasks.length - 1];
    expect(last.page).toBeGreaterThan(d.tasks[0].page!);
  });

  it('reads the Suzhou task 1 units with canonical names', () => {
    const t = docs.get('suzhou-cultural-creative-2023-2025.txt')!.tasks[0];
    expect(t.title).toBe('推动苏工苏作创新发展');
    expect(t.units.map((u) => u.canonical)).toEqual([
      '苏州市委宣传部',
      '苏州市工业和信息化局',
      '苏州市园林和绿化管理局',
      '苏州市文化广电和旅游局',
      '苏州园林集团',
      '苏州名城保护集团',
      '苏州市各县级市〈区〉',
    ]);
  });

  it('gives stable ids: the same input twice gives the same document and task ids', async () => {
    const f = 'taicang-culture-2025-draft.txt';
    const again = await processDocument(join(CORPUS, f), readFileSync(join(CORPUS, f)), testRules());
    expect(again.doc.id).toBe(docs.get(f)!.id);
    expect(again.doc.tasks.map((t) => t.id)).toEqual(docs.get(f)!.tasks.map((t) => t.id));
  });
});
