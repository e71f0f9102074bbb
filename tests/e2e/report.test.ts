/**
 * The review report (`policy-extract report`, also written by `run`): static pages that open
 * from disk. The HTML checks always run; the browser checks drive Debian's Chromium through
 * playwright-core and are skipped (with a message) where /usr/bin/chromium is not installed.
 * Screenshots go to tests/artifacts/ (git-ignored).
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeReport } from '../../src/report/index.js';
import type { PolicyDocument } from '../../src/schema/output.js';

const CLI = join(process.cwd(), 'dist', 'cli.js');
const cli = (args: string[]) => spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8' });
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const HAVE_CHROMIUM = existsSync(CHROMIUM);
const ARTIFACTS = resolve('tests', 'artifacts');
const SUZHOU = 'suzhou-cultural-creative-2023-2025';

let work: string;
let out: string;
const docs = new Map<string, PolicyDocument>(); // by source file name

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'policy-report-'));
  const corpus = join(work, 'in');
  mkdirSync(corpus);
  for (const f of [`${SUZHOU}.pdf`, `${SUZHOU}.txt`, 'taicang-culture-2025-draft.txt']) copyFileSync(join('corpus', f), join(corpus, f));
  out = join(work, 'out');
  const r = cli(['run', corpus, '--out', out, '--quiet']);
  expect(r.status, r.stderr).toBe(0);
  expect(r.stdout).toContain(`report: ${join(out, 'report', 'index.html')}`);
  for (const f of readdirSync(out).filter((x) => x.endsWith('.json'))) {
    const d = JSON.parse(readFileSync(join(out, f), 'utf8')) as PolicyDocument;
    docs.set(d.source.path.split('/').pop() as string, d);
  }
});

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

const pageOf = (file: string) => join(out, 'report', `${docs.get(file)!.id}.html`);

describe('report pages (HTML)', () => {
  it('run writes the corpus page and one self-contained page per document', () => {
    const files = readdirSync(join(out, 'report')).filter((f) => f.endsWith('.html')).sort();
    expect(files).toEqual(['index.html', ...[...docs.values()].map((d) => `${d.id}.html`)].sort());
    for (const f of files) {
      const html = readFileSync(join(out, 'report', f), 'utf8');
      // nothing loaded from anywhere: no external scripts, styles, images or fonts
      expect(html).not.toMatch(/<(script|img|iframe)[^>]+src=/i);
      expect(html).not.toMatch(/<link[^>]+rel=["']?stylesheet/i);
      expect(html).not.toMatch(/url\(\s*['"]?(https?:)?\/\//i);
      expect(html).toContain("default-src 'none'");
    }
  });

  it('the document page highlights tasks and units at their spans', () => {
    const doc = docs.get(`${SUZHOU}.pdf`)!;
    const html = readFileSync(pageOf(`${SUZHOU}.pdf`), 'utf8');
    const ti = doc.tasks.findIndex((t) => t.title === '推动苏工苏作创新发展');
    expect(ti).toBeGreaterThanOrEqual(0);
    const ui = doc.tasks[ti].units.findIndex((u) => u.raw === '市工信局');
    expect(ui).toBeGreaterThanOrEqual(0);
    // the unit sits inside its task
    expect(html).toMatch(new RegExp(`<span class="hl hl-task" data-id="t${ti}"><span class="hl hl-unit hl-resp" data-id="t${ti}u${ui}" title="[^"]*苏州市工业和信息化局[^"]*">市工信局</span></span>`));
    // one page number in the margin per PDF page
    expect(html.match(/<span class="pg[^"]*" id="page-\d+"/g)).toHaveLength(doc.pageMap.length);
  });

  it('run --no-report writes no report; report --out writes it', () => {
    rmSync(join(out, 'report'), { recursive: true });
    const r = cli(['run', join(work, 'in'), '--out', out, '--quiet', '--no-report']); // unchanged: nothing extracted
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).not.toContain('report:');
    expect(existsSync(join(out, 'report'))).toBe(false);
    const rep = cli(['report', '--out', out]);
    expect(rep.status, rep.stderr).toBe(0);
    expect(rep.stdout).toMatch(new RegExp(`report: .*index\\.html \\(${docs.size} documents, ${docs.size} pages rendered`));
    expect(existsSync(join(out, 'report', 'index.html'))).toBe(true);
    const missing = cli(['report', '--out', join(work, 'missing')]);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('no such folder');
  });

  it('renders only what changed, and removes pages of documents that are gone', () => {
    const o = join(work, 'incremental');
    mkdirSync(o);
    for (const f of readdirSync(out).filter((x) => x.endsWith('.json'))) copyFileSync(join(out, f), join(o, f));
    const first = writeReport(o);
    expect(first.rendered).toBe(docs.size);
    expect(writeReport(o).rendered).toBe(0);
    const taicang = docs.get('taicang-culture-2025-draft.txt')!;
    const later = new Date(Date.now() + 5000);
    utimesSync(join(o, `${taicang.id}.json`), later, later);
    expect(writeReport(o).rendered).toBe(1);
    // a Suzhou version gone: its page is removed and the other version loses its link to it
    const pdf = docs.get(`${SUZHOU}.pdf`)!;
    rmSync(join(o, `${pdf.id}.json`));
    const r = writeReport(o);
    expect(r.removed).toBe(1);
    expect(r.rendered).toBe(1);
    expect(existsSync(join(o, 'report', `${pdf.id}.html`))).toBe(false);
    expect(readFileSync(join(o, 'report', `${docs.get(`${SUZHOU}.txt`)!.id}.html`), 'utf8')).not.toContain(`${pdf.id}.html`);
  });

  it('marks items with warnings, shows failed documents and skips files that are not documents', () => {
    const o = join(work, 'warnings');
    mkdirSync(o);
    const doc = structuredClone(docs.get(`${SUZHOU}.txt`)!);
    const unit = doc.tasks[0].units[0];
    doc.errors.push({ severity: 'warning', stage: 'units', ruleId: 'units/test', reason: 'doubtful <unit>', span: { ...unit.span } });
    writeFileSync(join(o, `${doc.id}.json`), JSON.stringify(doc));
    const failed: PolicyDocument = {
      ...structuredClone(doc), id: 'doc-00000000000000ff', text: '', pageMap: [], sections: [], tasks: [], targets: [], deadlines: [], tables: [],
      metadata: { ...doc.metadata, title: null },
      source: { ...doc.source, path: 'in/broken.doc', format: 'other' },
      errors: [{ severity: 'error', stage: 'ingest', ruleId: 'ingest/unsupported', reason: 'unsupported file type ".doc"' }],
    };
    writeFileSync(join(o, `${failed.id}.json`), JSON.stringify(failed));
    writeFileSync(join(o, 'notes.json'), '{"hello": 1}');
    const r = writeReport(o);
    expect(r.documents).toBe(2);
    expect(r.skipped).toEqual([{ file: 'notes.json', reason: 'not a document' }]);
    const html = readFileSync(join(o, 'report', `${doc.id}.html`), 'utf8');
    expect(html).toMatch(/<span class="hl hl-unit hl-\w+ warn" data-id="t0u0" title="[^"]*doubtful &lt;unit&gt;/);
    expect(html).toContain('<span class="warn-mark"');
    expect(html).not.toContain('doubtful <unit>');
    const index = readFileSync(join(o, 'report', 'index.html'), 'utf8');
    expect(index).toContain('<span class="badge bad">failed</span>');
    expect(index).toContain('unsupported file type');
    expect(readFileSync(join(o, 'report', `${failed.id}.html`), 'utf8')).toContain('No text was extracted');
  });
});

describe.skipIf(!HAVE_CHROMIUM)(`report in Chromium (${HAVE_CHROMIUM ? CHROMIUM : `skipped: no Chromium at ${CHROMIUM}; apt-get install -y chromium fonts-noto-cjk`})`, () => {
  type PW = typeof import('playwright-core');
  let context: Awaited<ReturnType<PW['chromium']['launchPersistentContext']>>;
  const problems: string[] = [];

  beforeAll(async () => {
    const { chromium } = (await import('playwright-core')) as PW;
    mkdirSync(ARTIFACTS, { recursive: true });
    context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'policy-chromium-')), {
      executablePath: CHROMIUM,
      headless: true,
      viewport: { width: 1440, height: 900 },
      args: ['--no-sandbox', '--headless', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    context.on('page', (page) => {
      page.on('console', (m) => {
        if (m.type() === 'error' || m.type() === 'warning') problems.push(`${page.url()}: console ${m.type()}: ${m.text()}`);
      });
      page.on('pageerror', (e) => problems.push(`${page.url()}: ${e.message}`));
      page.on('request', (r) => {
        if (!/^(file|data|about):/.test(r.url())) problems.push(`network request: ${r.url()}`);
      });
    });
  });

  afterAll(async () => {
    await context?.close();
  });

  const open = async (file: string, hash = '') => {
    const page = await context.newPage();
    await page.goto(pathToFileURL(file).href + hash);
    return page;
  };

  it('document page: highlights, click to scroll and flash, page numbers', async () => {
    const page = await open(pageOf(`${SUZHOU}.pdf`));
    // the task and its unit are highlighted in the text, the unit nested in the task
    const taskId = await page.locator('.side a.go', { hasText: '推动苏工苏作创新发展' }).first().getAttribute('data-go');
    expect(taskId).toMatch(/^t\d+$/);
    const taskText = (await page.locator(`.src [data-id="${taskId}"]`).allTextContents()).join('');
    expect(taskText).toContain('推动苏工苏作创新发展');
    const unit = page.locator(`.src [data-id="${taskId}"] .hl-unit`, { hasText: /^市工信局$/ });
    await expect.poll(() => unit.count()).toBe(1);
    const bg = await unit.evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(bg).not.toBe('rgba(0, 0, 0, 0)');
    expect(await page.locator('.src .pg').count()).toBe(docs.get(`${SUZHOU}.pdf`)!.pageMap.length);
    await page.screenshot({ path: join(ARTIFACTS, 'report-document.png') });

    // clicking the last task on the right scrolls the text to it and flashes it
    const pane = page.locator('.src-pane');
    const before = await pane.evaluate((el) => el.scrollTop);
    const last = page.locator('table.tasks tr[data-row] a.go').last();
    const lastId = (await last.getAttribute('data-go')) as string;
    await last.click();
    const target = page.locator(`.src [data-id="${lastId}"]`).first();
    await expect.poll(() => target.evaluate((el) => el.classList.contains('flash'))).toBe(true);
    expect(await pane.evaluate((el) => el.scrollTop)).toBeGreaterThan(before + 500);
    const inView = await target.evaluate((el) => {
      const r = el.getBoundingClientRect();
      const p = (el.closest('.src-pane') as HTMLElement).getBoundingClientRect();
      return r.top >= p.top && r.bottom <= p.bottom && r.top < window.innerHeight;
    });
    expect(inView).toBe(true);
    expect(page.url()).toMatch(new RegExp(`#${lastId}$`));
    await page.screenshot({ path: join(ARTIFACTS, 'report-document-click.png') });

    // clicking a unit in the text selects its task row on the right
    await unit.click();
    await expect.poll(() => page.locator(`tr[data-row="${taskId}"]`).evaluate((el) => el.classList.contains('sel'))).toBe(true);

    // the legend switches a kind off
    await page.locator('.legend input[data-kind="resp"]').uncheck();
    await unit.evaluate((el) => el.classList.remove('flash'));
    expect(await unit.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgba(0, 0, 0, 0)');
    await page.close();
  });

  it('corpus page: documents, unit matrix, chart, offline search', async () => {
    const page = await open(join(out, 'report', 'index.html'));
    expect(await page.locator('table.docs tbody tr').count()).toBe(docs.size);
    expect(await page.locator('table.matrix tr[data-unit="苏州市工业和信息化局"] td.cell a').count()).toBe(1);
    expect(await page.locator('svg.chart rect').count()).toBeGreaterThan(0);
    await page.screenshot({ path: join(ARTIFACTS, 'report-corpus.png'), fullPage: true });

    await page.locator('#q').fill('电竞');
    const hit = page.locator('#results .r-title', { hasText: '培育电竞产业创新集群' });
    await expect.poll(() => hit.count()).toBeGreaterThan(0);
    expect(await page.locator('#results .r-title mark').first().textContent()).toBe('电竞');
    await page.screenshot({ path: join(ARTIFACTS, 'report-search.png') });
    // no exact match: tasks sharing most character pairs, said to be approximate
    await page.locator('#q').fill('电竞集群');
    await expect.poll(() => page.locator('#q-count').textContent()).toMatch(/approximate/);
    expect(await page.locator('#results .r-title', { hasText: '培育电竞产业创新集群' }).count()).toBe(1);
    await page.locator('#q').fill('电竞');
    await expect.poll(() => page.locator('#q-count').textContent()).not.toMatch(/approximate/);

    // a result opens the document at the task, flashed
    await hit.first().click();
    await page.waitForURL(/doc-[0-9a-f]+\.html#t\d+$/);
    const id = page.url().split('#')[1];
    await expect.poll(() => page.locator(`.src [data-id="${id}"]`).first().evaluate((el) => el.classList.contains('flash'))).toBe(true);
    expect((await page.locator(`.src [data-id="${id}"]`).allTextContents()).join('')).toContain('培育电竞产业创新集群');

    // a matrix cell opens the plan filtered to the unit
    await page.goto(pathToFileURL(join(out, 'report', 'index.html')).href);
    await page.locator('table.matrix tr[data-unit="苏州市工业和信息化局"] td.cell a').click();
    await page.waitForURL(/#unit=/);
    await expect.poll(() => page.locator('#task-filter').inputValue()).toBe('苏州市工业和信息化局');
    const visible = await page.locator('table.tasks tbody tr[data-row]:visible').count();
    expect(visible).toBeGreaterThan(0);
    expect(visible).toBeLessThan(docs.get(`${SUZHOU}.pdf`)!.tasks.length);
    await page.close();
  });

  it('no console errors, page errors or network requests', () => {
    expect(problems).toEqual([]);
  });
});

if (!HAVE_CHROMIUM) {
  // eslint-disable-next-line no-console
  console.warn(`report browser tests skipped: no Chromium at ${CHROMIUM} (apt-get install -y chromium fonts-noto-cjk, or set CHROMIUM_PATH)`);
}
