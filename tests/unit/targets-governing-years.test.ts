import { describe, expect, it } from 'vitest';
import type { OutlineView } from '../../src/extract/context.js';
import { governingYears } from '../../src/extract/targets/index.js';
import type { Section } from '../../src/schema/output.js';
import { ctxOf } from './targets-context.js';

/** Sections from marked lines: each line starting with a marker opens one; `level` from the marker. */
function outlineOf(text: string, markers: { re: RegExp; level: number }[]): OutlineView {
  const sections: Section[] = [];
  const open: Section[] = [];
  let start = 0;
  for (const line of text.split('\n')) {
    const m = markers.find((k) => k.re.test(line));
    if (m) {
      while (open.length && open[open.length - 1].level >= m.level) open.pop();
      const s: Section = {
        id: `s${sections.length + 1}`,
        parentId: open.length ? open[open.length - 1].id : null,
        level: m.level,
        marker: '',
        ordinal: null,
        heading: line.slice(0, 8),
        span: { start, end: text.length },
        headingSpan: { start, end: start + Math.min(8, line.length) },
      };
      for (const o of sections) if (o.span.end === text.length && o.level >= m.level) o.span = { start: o.span.start, end: start - 1 };
      sections.push(s);
      open.push(s);
    }
    start += line.length + 1;
  }
  return { sections, roles: new Map(), bodyStart: 0 };
}

const MARKERS = [
  { re: /^[一二三四五六七八九十]+、/u, level: 1 },
  { re: /^（[一二三四五六七八九十]+）/u, level: 2 },
];

describe('governingYears', () => {
  it("an intro's 到2025年 governs the section's children (Shenzhen 二、发展目标)", () => {
    const text = [
      '一、发展基础',
      '2021年全市数字创意产业增加值达到800亿元。',
      '二、发展目标',
      '坚持创新驱动和科技支撑。到2025年，数字创意产业增加值突破1000亿元。',
      '（一）产业结构与区域布局不断优化。加快促进数字创意产业结构优化。',
      '（二）产品质量与创新水平不断提升。打造20个以上全国知名数字创意品牌。',
      '三、重点任务',
      '（一）加快数字技术研发及应用。',
    ].join('\n');
    const ctx = ctxOf(text);
    const years = governingYears(ctx, outlineOf(text, MARKERS));
    expect(Object.fromEntries(years)).toEqual({ s2: 2025, s3: 2025, s4: 2025 });
  });

  it('a year in the heading governs the section', () => {
    const text = ['一、发展目标', '（一）2023年主要目标', '全市文化产业增加值突破1000亿元。', '（二）到2030年远景目标', '总产出翻一番。'].join('\n');
    const years = governingYears(ctxOf(text), outlineOf(text, MARKERS));
    expect(Object.fromEntries(years)).toEqual({ s2: 2023, s3: 2030 });
  });

  it('a section states its own year; a baseline year does not govern', () => {
    const text = ['一、近期目标', '到2023年，培育10家企业。', '二、远期目标', '在2020年基础上实现翻番。'].join('\n');
    const years = governingYears(ctxOf(text), outlineOf(text, MARKERS));
    expect(Object.fromEntries(years)).toEqual({ s1: 2023 });
  });

  it('a 到YYYY年 after sentences stating figures governs only what follows it, not the section', () => {
    const text = [
      '一、主要任务',
      '（一）推进学前教育普及普惠发展',
      '新建、改扩建幼儿园30所，新增学位9000个。到2023年，每个乡镇至少办好1所公办中心园。',
      '（二）推动义务教育优质均衡发展',
      '坚持优质均衡。到2025年，30%的县通过督导评估。',
    ].join('\n');
    const years = governingYears(ctxOf(text), outlineOf(text, MARKERS));
    expect(Object.fromEntries(years)).toEqual({ s3: 2025 });
  });

  it('a deadline run into its sentence is that sentence’s, not the section’s', () => {
    const text = ['一、重点任务', '（一）推进垃圾分类', '生活垃圾回收利用率达到40%以上。2024年底前建成区级再生资源分拣中心1个。', '（二）推进污水治理', '2024年底前，完成雨污分流改造10公里。'].join('\n');
    const years = governingYears(ctxOf(text), outlineOf(text, MARKERS));
    expect(Object.fromEntries(years)).toEqual({ s3: 2024 });
  });

  it('a 到YYYY年 after a figure in its own sentence governs only what follows it (打造10条精品线路，到2025年底推出首批4条)', () => {
    const text = ['一、重点任务', '（一）推出丝路文化精品线路', '串联全市重点景区，打造10条精品线路，到2025年底推出首批4条。', '（二）推进夜间经济', '到2026年，夜间消费占比达到60%。'].join('\n');
    const years = governingYears(ctxOf(text), outlineOf(text, MARKERS));
    expect(Object.fromEntries(years)).toEqual({ s3: 2026 });
  });
});
