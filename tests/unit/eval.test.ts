import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { diffOutputs, formatDiff, loadFolderSnapshot, runDiff } from '../../src/eval/diff.js';
import {
  bigramDice,
  compareToBaseline,
  evaluate,
  formatMisses,
  formatReportTable,
  headingMatchScore,
  METRICS,
  parseGold,
  prf,
  runEval,
  scoreDocument,
  valuesEqual,
  type Baseline,
  type EvalReport,
  type Gold,
} from '../../src/eval/index.js';
import { DocumentSchema, SCHEMA_VERSION, type PolicyDocument } from '../../src/schema/output.js';

const GOLD_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../gold');
const SPAN = { start: 0, end: 0 };

// ---------------------------------------------------------------------------
// Helpers (tests only)

type GoldTarget = Gold['targets'][number];
type GoldDeadline = Gold['deadlines'][number];

function target(t: GoldTarget): PolicyDocument['targets'][number] {
  return {
    text: t.text,
    metric: t.metric ?? null,
    comparator: t.comparator as PolicyDocument['targets'][number]['comparator'],
    value: t.value,
    valueMax: t.valueMax,
    unit: t.unit,
    rawValue: t.rawValue ?? null,
    rawUnit: t.rawUnit ?? null,
    year: t.year,
    yearSource: 'stated',
    baseline: t.baseline ?? null,
    relative: t.relative ?? null,
    aspirational: t.aspirational ?? false,
    recurrence: (t.recurrence ?? null) as PolicyDocument['targets'][number]['recurrence'],
    span: SPAN,
    sectionId: null,
    ruleId: 'gold',
  };
}

function deadline(d: GoldDeadline): PolicyDocument['deadlines'][number] {
  return {
    text: d.text,
    kind: d.kind as PolicyDocument['deadlines'][number]['kind'],
    date: d.date,
    start: d.start ?? null,
    recurrence: d.recurrence as PolicyDocument['deadlines'][number]['recurrence'],
    span: SPAN,
    ruleId: 'gold',
  };
}

/** The gold file as the pipeline would ideally have written it. */
function goldToPrediction(gold: Gold, sourcePath = `corpus/${gold.file}`): PolicyDocument {
  const format = sourcePath.split('.').pop() as 'txt' | 'pdf' | 'docx';
  const id = `doc-${path.basename(sourcePath)}`;
  return {
    schemaVersion: SCHEMA_VERSION,
    id,
    rulesVersion: 'test',
    source: { path: sourcePath, format, sha256: '0'.repeat(64), bytes: 0, pages: null, encoding: null },
    metadata: { ...gold.metadata, issuers: [...gold.metadata.issuers] },
    text: '',
    pageMap: [],
    sections: gold.sections.map((s, i) => ({
      id: `${id}:s:${i}`,
      parentId: null,
      level: s.level,
      marker: s.marker,
      ordinal: null,
      heading: s.heading,
      span: SPAN,
      headingSpan: SPAN,
    })),
    tasks: gold.tasks.map((t, i) => ({
      id: `${id}:t:${i}`,
      sectionId: `${id}:s:0`,
      marker: t.marker,
      ordinal: null,
      title: t.title,
      text: t.title,
      span: SPAN,
      units: t.units.map((u) => ({
        raw: u.raw,
        name: u.name,
        canonical: u.canonical,
        role: u.role as 'lead' | 'co' | 'responsible',
        kind: u.kind as PolicyDocument['tasks'][number]['units'][number]['kind'],
        span: SPAN,
        ruleId: 'gold',
      })),
      targets: t.targets.map(target),
      deadlines: t.deadlines.map(deadline),
      keywords: [],
    })),
    targets: gold.targets.map(target),
    deadlines: gold.deadlines.map(deadline),
    tables: [],
    errors: [],
  };
}

function loadGolds(): Array<[string, Gold]> {
  return readdirSync(GOLD_DIR)
    .filter((f) => f.endsWith('.gold.json'))
    .sort()
    .map((f) => [f, parseGold(JSON.parse(readFileSync(path.join(GOLD_DIR, f), 'utf8')), f)]);
}

const META: Gold['metadata'] = {
  title: '某市行动计划',
  docType: '行动计划',
  issuers: ['某市甲局', '某市乙局'],
  docNumber: '某〔2023〕1号',
  issueDate: '2023-01-01',
  region: '某市',
  period: { start: 2023, end: 2025 },
  draft: false,
};

function gold(parts: Partial<Gold>): Gold {
  return { file: 'x.txt', metadata: META, sections: [], tasks: [], targets: [], deadlines: [], ...parts };
}

function gt(p: Partial<GoldTarget> & { text: string }): GoldTarget {
  return {
    metric: null,
    comparator: 'eq',
    value: null,
    valueMax: null,
    unit: null,
    year: 2025,
    baseline: null,
    relative: null,
    aspirational: false,
    recurrence: null,
    optional: false,
    ...p,
  };
}

function gd(p: Partial<GoldDeadline> & { text: string; kind: string }): GoldDeadline {
  return { date: null, recurrence: null, ...p };
}

function task(title: string, parts: Partial<Gold['tasks'][number]> = {}): Gold['tasks'][number] {
  return { marker: '', title, units: [], targets: [], deadlines: [], ...parts };
}

function unit(name: string, role = 'responsible', canonical = `某市${name}`): Gold['tasks'][number]['units'][number] {
  return { raw: name, name, canonical, role, kind: 'government' };
}

/** Prediction from a hand-written gold-shaped description. */
function pred(parts: Partial<Gold>): PolicyDocument {
  return goldToPrediction(gold(parts));
}

const close = (x: number | null, y: number): void => expect(x).toBeCloseTo(y, 10);

// ---------------------------------------------------------------------------

describe('matching primitives', () => {
  it('section headings: equal after removing punctuation and spaces, or containment with ≥4 chars', () => {
    expect(headingMatchScore('指导思想', '指 导　思想：')).toBe(2);
    expect(headingMatchScore('重点任务', '重点任务和主要举措')).toBeGreaterThan(0);
    expect(headingMatchScore('加强组织领导', '加强组织')).toBeGreaterThan(0); // shorter is exactly 4
    expect(headingMatchScore('加强组织领导', '强组织')).toBe(0); // shorter is 3
    expect(headingMatchScore('保障措施', '保障')).toBe(0);
    expect(headingMatchScore('主要目标', '目标任务')).toBe(0);
    expect(headingMatchScore('', '')).toBe(0);
  });

  it('task titles: Dice on character bigrams, threshold 0.5 inclusive', () => {
    expect(bigramDice('甲乙丙丁戊', '甲乙丙己庚')).toBe(0.5);
    expect(bigramDice('甲乙丙丁戊', '甲乙己庚辛')).toBe(0.25);
    close(bigramDice('推动苏工苏作创新发展', '推动苏工苏作创新'), 14 / 16);
    expect(bigramDice('文', '文')).toBe(1);

    const g = gold({ tasks: [task('甲乙丙丁戊'), task('子丑寅卯辰')] });
    const s = scoreDocument(pred({ tasks: [task('甲乙丙己庚'), task('子丑己庚辛')] }), g);
    expect([s.tasks.tp, s.tasks.fp, s.tasks.fn]).toEqual([1, 1, 1]);
    expect(s.misses.tasks.map((f) => f.text)).toEqual(['子丑寅卯辰']);
    expect(s.spurious.tasks.map((f) => f.text)).toEqual(['子丑己庚辛']);
  });

  it('values equal within 0.01 % relative', () => {
    expect(valuesEqual(150000000000, 150001000000)).toBe(true);
    expect(valuesEqual(150000000000, 150150000000)).toBe(false);
    expect(valuesEqual(null, null)).toBe(true);
    expect(valuesEqual(null, 0)).toBe(false);
    expect(valuesEqual(0, 0)).toBe(true);
  });
});

describe('scoreDocument', () => {
  it('sections: P/R/F1 with one-to-one matching and level agreement separately', () => {
    const g = gold({
      sections: [
        { marker: '一、', heading: '指导思想', level: 1 },
        { marker: '二、', heading: '主要目标', level: 1 },
        { marker: '三、', heading: '重点任务', level: 1 },
        { marker: '四、', heading: '保障措施', level: 1 },
      ],
    });
    const p = pred({
      sections: [
        { marker: '一、', heading: '指导 思想', level: 1 },
        { marker: '二、', heading: '主要目标：', level: 2 },
        { marker: '三、', heading: '重点任务和举措', level: 1 },
        { marker: '', heading: '重点任务', level: 1 }, // exact match wins over the containment above
        { marker: '四、', heading: '保障', level: 1 },
      ],
    });
    const s = scoreDocument(p, g);
    expect([s.sections.tp, s.sections.fp, s.sections.fn]).toEqual([3, 2, 1]);
    close(s.sections.precision, 3 / 5);
    close(s.sections.recall, 3 / 4);
    close(s.sections.f1, (2 * 0.6 * 0.75) / 1.35);
    expect(s.sections.level).toMatchObject({ correct: 2, total: 3 });
    expect(s.misses.sections.map((f) => f.text)).toEqual(['保障措施']);
    expect(s.spurious.sections.map((f) => f.text).sort()).toEqual(['保障', '重点任务和举措']);
  });

  it('units: name sets over matched tasks; role and canonical accuracy over matched units', () => {
    const g = gold({
      tasks: [
        task('推动苏工苏作创新发展', { units: [unit('市工信局'), unit('市园林局'), unit('市文广旅局')] }),
        task('完全不同的任务标题', { units: [unit('市科技局')] }),
      ],
    });
    const p = pred({
      tasks: [
        task('推动苏工苏作创新发展', {
          units: [unit('市工信局', 'lead'), unit('市园林局', 'responsible', '错误的全称'), unit('市财政局')],
        }),
        task('另一个毫无关系的标题', { units: [unit('市统计局')] }), // unmatched task: its units are not scored
      ],
    });
    const s = scoreDocument(p, g);
    expect([s.units.tp, s.units.fp, s.units.fn]).toEqual([2, 1, 1]);
    close(s.units.f1, 2 / 3);
    expect(s.units.role).toMatchObject({ correct: 1, total: 2, value: 0.5 });
    expect(s.units.canonical).toMatchObject({ correct: 1, total: 2, value: 0.5 });
    expect(s.misses.units).toEqual([{ text: '市文广旅局', key: 'responsible', context: '推动苏工苏作创新发展' }]);
    expect(s.spurious.units.map((f) => f.text)).toEqual(['市财政局']);
  });

  it('targets: task + document level together, optional gold removed when matched, year accuracy', () => {
    const g = gold({
      tasks: [
        task('培育特色工艺产业集聚区', {
          targets: [
            gt({ text: '不少于50个', comparator: 'gte', value: 50, unit: '个' }),
            gt({ text: '设计师超千人', comparator: 'gt', value: 1000, unit: '人', optional: true }),
          ],
        }),
      ],
      targets: [
        gt({ text: '营收1500亿元', value: 150000000000, unit: '元' }),
        gt({ text: '实现翻番', relative: { multiplier: 2 } }),
        gt({ text: '两位数增长', comparator: 'gte', value: 10, unit: '%', optional: true }),
      ],
    });
    const p = pred({
      tasks: [
        task('培育特色工艺产业集聚区', {
          targets: [
            gt({ text: '不少于 50 个', comparator: 'gte', value: 50, unit: '个', year: 2024 }),
            gt({ text: '营收1500亿元', value: 150001000000, unit: '元' }), // task level vs gold doc level
          ],
        }),
      ],
      targets: [
        gt({ text: '设计师超千人', comparator: 'gt', value: 1000, unit: '人' }),
        gt({ text: '3家', value: 3, unit: '家' }),
      ],
    });
    const s = scoreDocument(p, g);
    expect([s.targets.tp, s.targets.fp, s.targets.fn]).toEqual([2, 1, 1]);
    close(s.targets.precision, 2 / 3);
    close(s.targets.recall, 2 / 3);
    close(s.targets.f1, 2 / 3);
    expect(s.targets.optionalMatched).toBe(1);
    expect(s.targets.year).toMatchObject({ correct: 1, total: 2, value: 0.5 });
    expect(s.misses.targets.map((f) => f.text)).toEqual(['实现翻番']);
    expect(s.spurious.targets.map((f) => f.text)).toEqual(['3家']);
    expect(s.mismatches).toContainEqual(
      expect.objectContaining({ category: 'targets', field: 'year', expected: 2025, actual: 2024 }),
    );
  });

  it('targets: a prediction is credited to a non-optional gold before an optional one with the same key', () => {
    const g = gold({
      targets: [
        gt({ text: '超10个', comparator: 'gt', value: 10, unit: '个', optional: true }),
        gt({ text: '新增项目超10个', comparator: 'gt', value: 10, unit: '个' }),
      ],
    });
    const s = scoreDocument(pred({ targets: [gt({ text: '超10个', comparator: 'gt', value: 10, unit: '个' })] }), g);
    expect([s.targets.tp, s.targets.fp, s.targets.fn]).toEqual([1, 0, 0]);
    expect(s.targets.f1).toBe(1);
  });

  it('targets: the key includes comparator, valueMax, unit and multiplier', () => {
    const g = gold({
      targets: [
        gt({ text: '3-5家', comparator: 'range', value: 3, valueMax: 5, unit: '家' }),
        gt({ text: '翻番', relative: { multiplier: 2 } }),
      ],
    });
    const p = pred({
      targets: [
        gt({ text: '3-5家', comparator: 'range', value: 3, valueMax: 6, unit: '家' }),
        gt({ text: '翻番', relative: { multiplier: 3 } }),
        gt({ text: '3个', comparator: 'gte', value: 3, unit: '个' }),
      ],
    });
    const s = scoreDocument(p, g);
    expect([s.targets.tp, s.targets.fp, s.targets.fn]).toEqual([0, 3, 2]);
    expect(s.targets.f1).toBe(0);
    expect(s.targets.year.value).toBeNull();
  });

  it('deadlines: one-to-one on kind and date or recurrence, optional gold like targets', () => {
    const g = gold({
      tasks: [task('加强考核', { deadlines: [gd({ text: '每年', kind: 'recurring', recurrence: 'yearly' })] })],
      deadlines: [
        gd({ text: '到2025年', kind: 'by', date: '2025-12-31' }),
        gd({ text: '年度工作考核', kind: 'recurring', recurrence: 'quarterly', optional: true }),
        gd({ text: '5月17日前', kind: 'by', date: '2025-05-17' }),
        gd({ text: '年度计划', kind: 'recurring', recurrence: 'monthly', optional: true }),
      ],
    });
    const p = pred({
      deadlines: [
        gd({ text: '到 2025 年', kind: 'by', date: '2025-12-31' }),
        gd({ text: '每年', kind: 'recurring', recurrence: 'yearly' }),
        gd({ text: '每季度', kind: 'recurring', recurrence: 'quarterly' }),
        gd({ text: '6月底前', kind: 'by', date: '2025-06-30' }),
      ],
    });
    const s = scoreDocument(p, g);
    expect([s.deadlines.tp, s.deadlines.fp, s.deadlines.fn]).toEqual([2, 1, 1]);
    close(s.deadlines.f1, 2 / 3);
    expect(s.deadlines.optionalMatched).toBe(1);
    expect(s.misses.deadlines.map((f) => f.text)).toEqual(['5月17日前']);
    expect(s.spurious.deadlines.map((f) => f.text)).toEqual(['6月底前']);
  });

  it('metadata: 8 fields, issuers as a set, strings trimmed', () => {
    const p = pred({});
    p.metadata = { ...p.metadata, title: ' 某市行动计划 ', issuers: ['某市乙局', '某市甲局'], region: '某省' };
    const s = scoreDocument(p, gold({}));
    expect(s.metadata).toMatchObject({ correct: 7, total: 8 });
    expect(s.mismatches).toEqual([
      { category: 'metadata', field: 'region', text: 'region', expected: '某市', actual: '某省' },
    ]);
  });
});

describe('the gold files scored against themselves', () => {
  for (const [file, g] of loadGolds()) {
    it(`${file}: 1.0 everywhere`, () => {
      const p = goldToPrediction(g);
      expect(DocumentSchema.safeParse(p).success).toBe(true);
      const s = scoreDocument(p, g);
      for (const c of ['sections', 'tasks', 'units', 'targets', 'deadlines'] as const) {
        expect(s[c].fp + s[c].fn, c).toBe(0);
        // F1 is null only when the gold has nothing of this kind (Hangzhou names no units).
        expect(s[c].f1, c).toBe(s[c].tp > 0 ? 1 : null);
        expect(s.misses[c], c).toEqual([]);
        expect(s.spurious[c], c).toEqual([]);
      }
      for (const a of [s.sections.level, s.units.role, s.units.canonical, s.targets.year]) {
        expect(a.correct).toBe(a.total);
      }
      expect(s.metadata).toMatchObject({ correct: 8, total: 8, value: 1 });
      expect(s.mismatches).toEqual([]);
    });
  }
});

function tmp(): string {
  return mkdtempSync(path.join(tmpdir(), 'eval-test-'));
}

function writeDoc(dir: string, doc: PolicyDocument): void {
  writeFileSync(path.join(dir, `${doc.id}.json`), JSON.stringify(doc));
}

describe('evaluate', () => {
  it('maps outputs to gold by source basename, skips non-documents, counts missing formats as all-miss', async () => {
    const out = tmp();
    for (const [, g] of loadGolds()) writeDoc(out, goldToPrediction(g));
    writeFileSync(path.join(out, 'summary.json'), JSON.stringify({ documents: 5, errors: [] }));
    let report = await evaluate({ goldDir: GOLD_DIR, outDir: out });
    expect(report.documents.map((d) => d.key)).toHaveLength(5);
    expect(report.missing).toEqual([]);
    expect(report.ungraded).toEqual([]);
    for (const m of METRICS) expect(report.scores[m], m).toBe(1);

    const [, suzhou] = loadGolds().find(([f]) => f.startsWith('suzhou'))!;
    writeDoc(out, goldToPrediction(suzhou, '/abs/corpus/suzhou-cultural-creative-2023-2025.pdf'));
    report = await evaluate({ goldDir: GOLD_DIR, outDir: out });
    expect(report.documents).toHaveLength(10);
    expect(report.missing).toHaveLength(4);
    expect(report.missing).not.toContain('suzhou-cultural-creative-2023-2025.pdf');
    expect(report.documents.find((d) => d.key === 'suzhou-cultural-creative-2023-2025.pdf')?.scores['tasks.f1']).toBe(1);
    const missing = report.documents.find((d) => d.key === 'hangzhou-culture-14th-five-year.pdf')!;
    expect(missing.missing).toBe(true);
    expect(missing.scores['tasks.f1']).toBe(0);
    expect(missing.scores.metadata).toBe(0);
    expect(report.scores['tasks.f1']).toBeLessThan(1);
    expect(report.overall.tasks.fn).toBe(loadGolds().filter(([f]) => !f.startsWith('suzhou')).reduce((n, [, g]) => n + g.tasks.length, 0));

    const table = formatReportTable(report);
    expect(table).toContain('OVERALL (micro)');
    expect(table).toContain('hangzhou-culture-14th-five-year.pdf (missing)');
    expect(formatMisses(report, { limit: 3 })).toContain('hangzhou-culture-14th-five-year.pdf (missing');
  });
});

describe('baseline gate', () => {
  async function perfectReport(): Promise<EvalReport> {
    const out = tmp();
    for (const [, g] of loadGolds()) writeDoc(out, goldToPrediction(g));
    return evaluate({ goldDir: GOLD_DIR, outDir: out });
  }

  function withScore(r: EvalReport, value: number): EvalReport {
    return {
      ...r,
      scores: { ...r.scores, 'tasks.f1': value },
      documents: r.documents.map((d, i) => (i === 0 ? { ...d, scores: { ...d.scores, 'targets.f1': value } } : d)),
    };
  }

  it('flags a 0.01 drop and passes a 0.004 drop', async () => {
    const r = await perfectReport();
    const baseline: Baseline = {
      overall: { ...r.scores, 'tasks.f1': 0.8 },
      documents: { [r.documents[0].key]: { ...r.documents[0].scores, 'targets.f1': 0.8 } },
    };
    const fail = compareToBaseline(withScore(r, 0.79), baseline);
    expect(fail.failures).toHaveLength(1);
    expect(fail.failures[0]).toMatchObject({ scope: 'overall', metric: 'tasks.f1', baseline: 0.8, current: 0.79 });
    expect(fail.warnings).toHaveLength(1);
    expect(fail.warnings[0]).toMatchObject({ scope: r.documents[0].key, metric: 'targets.f1' });

    const pass = compareToBaseline(withScore(r, 0.796), baseline);
    expect(pass.failures).toEqual([]);
    expect(pass.warnings).toEqual([]);
  });

  it('runEval: writes a baseline, passes the check, fails on a drop', async () => {
    const out = tmp();
    const golds = loadGolds();
    for (const [, g] of golds) writeDoc(out, goldToPrediction(g));
    const baselinePath = path.join(tmp(), 'baseline.json');
    const quiet = { stdout: () => {}, stderr: () => {} };
    expect(await runEval({ goldDir: GOLD_DIR, outDir: out, baselinePath, check: true, ...quiet })).toBe(2);
    expect(await runEval({ goldDir: GOLD_DIR, outDir: out, baselinePath, writeBaseline: true, ...quiet })).toBe(0);
    const written = JSON.parse(readFileSync(baselinePath, 'utf8')) as Baseline;
    expect(written.overall['tasks.f1']).toBe(1);
    expect(await runEval({ goldDir: GOLD_DIR, outDir: out, baselinePath, check: true, ...quiet })).toBe(0);

    // Lose one task's title in one document: overall tasks F1 drops by more than 0.005.
    const [, g0] = golds[0];
    const worse = goldToPrediction(g0);
    worse.tasks = worse.tasks.slice(3);
    writeDoc(out, worse);
    let printed = '';
    const code = await runEval({
      goldDir: GOLD_DIR,
      outDir: out,
      baselinePath,
      check: true,
      json: true,
      stdout: (s) => (printed += s),
      stderr: () => {},
    });
    expect(code).toBe(1);
    const json = JSON.parse(printed) as EvalReport & { comparison: { failures: unknown[] } };
    expect(json.scores['tasks.f1']).toBeLessThan(1);
    expect(json.comparison.failures.length).toBeGreaterThan(0);
  });
});

describe('diff', () => {
  it('finds an added target and a removed unit between two folders', async () => {
    const [, g] = loadGolds().find(([f]) => f.startsWith('suzhou'))!;
    const before = goldToPrediction(g);
    const after = goldToPrediction(g);
    after.tasks[0] = { ...after.tasks[0], units: after.tasks[0].units.slice(1) };
    after.targets = [
      ...after.targets,
      { ...after.targets[0], text: '新增目标100家', value: 100, span: { start: 500, end: 508 } },
    ];
    const a = tmp();
    const b = tmp();
    writeDoc(a, before);
    writeDoc(b, after);
    writeFileSync(path.join(b, 'summary.json'), '{"documents":1}');

    const diff = diffOutputs(await loadFolderSnapshot(a), await loadFolderSnapshot(b));
    expect(diff.documents).toHaveLength(1);
    const d = diff.documents[0];
    expect(d.status).toBe('changed');
    expect(d.targets.added.map((i) => i.label)).toEqual([expect.stringContaining('新增目标100家')]);
    expect(d.targets.removed).toEqual([]);
    expect(d.units.removed).toEqual([
      expect.objectContaining({ label: expect.stringContaining(g.tasks[0].units[0].name), task: g.tasks[0].title }),
    ]);
    expect(d.units.added).toEqual([]);
    expect(d.tasks).toEqual({ added: [], removed: [], changed: [] });
    expect(d.deadlines).toEqual({ added: [], removed: [], changed: [] });
    expect(formatDiff(diff)).toContain('+ target 新增目标100家');

    let printed = '';
    expect(await runDiff({ old: a, new: b, json: true, stdout: (s) => (printed += s) })).toBe(0);
    expect(JSON.parse(printed).documents[0].units.removed).toHaveLength(1);
  });

  it('pairs documents by source path when the id changed, and reports changed fields', async () => {
    const [, g] = loadGolds().find(([f]) => f.startsWith('taicang'))!;
    const before = goldToPrediction(g);
    const after = { ...goldToPrediction(g), id: 'doc-other' };
    after.tasks[0] = { ...after.tasks[0], id: before.tasks[0].id, title: '改过的标题' };
    const a = tmp();
    const b = tmp();
    writeDoc(a, before);
    writeDoc(b, after);
    const diff = diffOutputs(await loadFolderSnapshot(a), await loadFolderSnapshot(b));
    expect(diff.documents).toHaveLength(1);
    expect(diff.documents[0].tasks.changed).toEqual([
      expect.objectContaining({ fields: [{ field: 'title', before: g.tasks[0].title, after: '改过的标题' }] }),
    ]);
  });
});

describe('prf', () => {
  it('is null when there is nothing to judge, and 2tp/(2tp+fp+fn) otherwise', () => {
    expect(prf({ tp: 0, fp: 0, fn: 0 })).toEqual({ tp: 0, fp: 0, fn: 0, precision: null, recall: null, f1: null });
    expect(prf({ tp: 0, fp: 0, fn: 4 })).toMatchObject({ precision: null, recall: 0, f1: 0 });
    expect(prf({ tp: 3, fp: 1, fn: 2 })).toMatchObject({ precision: 0.75, recall: 0.6, f1: 6 / 9 });
  });
});
