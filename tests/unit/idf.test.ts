import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { IdfTable } from '../../src/tasks/idf.js';

const require = createRequire(import.meta.url);
const jieba = require('nodejieba') as {
  DEFAULT_IDF_DICT: string;
  load: (o: object) => void;
  extract: (t: string, n: number) => { word: string; weight: number }[];
};

describe('IdfTable', () => {
  it("holds every word of jieba's table with its value", () => {
    const table = new IdfTable(jieba.DEFAULT_IDF_DICT);
    const lines = readFileSync(jieba.DEFAULT_IDF_DICT, 'utf8').split('\n').filter(Boolean);
    expect(lines.length).toBeGreaterThan(250_000);
    const expected = new Map(lines.map((l) => [l.split(' ')[0], Number(l.split(' ')[1])]));
    let wrong = 0;
    for (const [word, value] of expected) if (table.get(word) !== value) wrong++;
    expect(wrong).toBe(0);
    expect(table.get('市文体广旅局')).toBeUndefined();
    expect(table.get('')).toBeUndefined();
  });

  it("averages as cppjieba does: an unknown word weighs what nodejieba's extractor gives it", () => {
    const table = new IdfTable(jieba.DEFAULT_IDF_DICT);
    jieba.load({});
    const [unknown] = jieba.extract('市文体广旅局', 1);
    expect(table.average).toBeCloseTo(unknown.weight, 12);
  });

  it('skips ill-formed lines but counts them in the average; a repeated word takes its last value', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'idf-')), 'idf.utf8');
    writeFileSync(file, '文化 2\n\n产业 4 x\n文化 6\n数字 1'); // no final newline: the last line still counts
    const table = new IdfTable(file);
    expect(table.get('文化')).toBe(6);
    expect(table.get('数字')).toBe(1);
    expect(table.get('产业')).toBeUndefined();
    expect(table.average).toBe((2 + 6 + 1) / 5);
  });

  it('built in shared memory, serves another thread from the same arrays, with the same values', async () => {
    const table = new IdfTable(jieba.DEFAULT_IDF_DICT, { shared: true });
    const data = table.data;
    expect(data.slots.buffer).toBeInstanceOf(SharedArrayBuffer);
    expect(data.bytes.buffer).toBeInstanceOf(SharedArrayBuffer);
    const words = ['文化', '产业园区', '数字化', '市文体广旅局'];
    // a worker thread wraps the arrays it is sent (no copy: shared memory) and reads them back
    const worker = new Worker(
      `const { parentPort, workerData } = require('node:worker_threads');
       const { data, words } = workerData;
       parentPort.postMessage({ shared: data.slots.buffer instanceof SharedArrayBuffer, bytes: data.bytes.byteLength });`,
      { eval: true, workerData: { data, words } },
    );
    const seen = await new Promise<{ shared: boolean; bytes: number }>((res, rej) => worker.once('message', res).once('error', rej));
    await worker.terminate();
    expect(seen).toEqual({ shared: true, bytes: readFileSync(jieba.DEFAULT_IDF_DICT).length });
    const wrapped = new IdfTable(data);
    const own = new IdfTable(jieba.DEFAULT_IDF_DICT);
    expect(words.map((w) => wrapped.get(w))).toEqual(words.map((w) => own.get(w)));
    expect(wrapped.get('文化')).toBeGreaterThan(0);
    expect(wrapped.get('市文体广旅局')).toBeUndefined();
    expect(wrapped.average).toBe(own.average);
  });
});
