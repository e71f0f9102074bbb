/**
 * jieba's IDF table (`word idf` per line, ~260,000 lines), held compactly: the file's bytes plus
 * typed arrays (an open-addressing hash of UTF-8 keys), ~12 MB outside the JavaScript heap. A Map
 * of the same table took 27 MB of heap and grew the main thread's peak RSS by ~50 MB. Built with
 * `{ shared: true }` its arrays are in shared memory: {@link IdfTable.data} hands them to worker
 * threads, whose tables over them (`new IdfTable(data)`) hold no copy of their own.
 */
import { readFileSync } from 'node:fs';

/** The arrays behind a table, as they cross to another thread (views on shared memory). */
export interface IdfData {
  average: number;
  bytes: Uint8Array;
  keyStart: Uint32Array;
  keyLength: Uint16Array;
  values: Float64Array;
  slots: Int32Array;
}

export class IdfTable {
  /** cppjieba's average: the sum of the IDFs over the number of lines (ill-formed lines count). */
  readonly average: number;
  private readonly bytes: Buffer;
  private readonly keyStart: Uint32Array;
  private readonly keyLength: Uint16Array;
  private readonly values: Float64Array;
  /** Entry index + 1 by hash slot; 0 is an empty slot. */
  private readonly slots: Int32Array;
  private readonly scratch = Buffer.alloc(1024);

  /** Reads the table from jieba's `idf.utf8` (`{ shared: true }`: into shared memory), or wraps another thread's. */
  constructor(source: string | IdfData, opts: { shared?: boolean } = {}) {
    if (typeof source !== 'string') {
      this.average = source.average;
      this.bytes = Buffer.from(source.bytes.buffer, source.bytes.byteOffset, source.bytes.byteLength);
      this.keyStart = source.keyStart;
      this.keyLength = source.keyLength;
      this.values = source.values;
      this.slots = source.slots;
      return;
    }
    const read = readFileSync(source);
    const lines = countLines(read);
    const alloc = opts.shared ? (n: number) => new SharedArrayBuffer(n) : (n: number) => new ArrayBuffer(n);
    const bytes = opts.shared ? Buffer.from(alloc(read.length)) : read;
    if (bytes !== read) read.copy(bytes);
    this.bytes = bytes;
    this.keyStart = new Uint32Array(alloc(4 * lines));
    this.keyLength = new Uint16Array(alloc(2 * lines));
    this.values = new Float64Array(alloc(8 * lines));
    this.slots = new Int32Array(alloc(4 * tableSize(lines)));
    let entries = 0;
    let sum = 0;
    for (let at = 0; at < bytes.length; ) {
      let end = bytes.indexOf(0x0a, at);
      if (end < 0) end = bytes.length;
      const space = bytes.indexOf(0x20, at);
      const second = space < 0 ? -1 : bytes.indexOf(0x20, space + 1);
      // a `word idf` line: exactly one space, a word before it (cppjieba skips other lines)
      if (space > at && space < end && (second < 0 || second >= end)) {
        const value = Number(bytes.toString('latin1', space + 1, end));
        if (this.insert(entries, at, space - at, value)) entries++;
        sum += value;
      }
      at = end + 1;
    }
    this.average = lines > 0 ? sum / lines : 0;
  }

  /** The table's arrays, for `new IdfTable(data)` in another thread. */
  get data(): IdfData {
    const { average, bytes, keyStart, keyLength, values, slots } = this;
    return { average, bytes, keyStart, keyLength, values, slots };
  }

  /** The IDF of `word`, if the table has it. */
  get(word: string): number | undefined {
    const n = this.scratch.write(word, 'utf8');
    if (n >= this.scratch.length - 4) return undefined; // longer than any word of the table
    const mask = this.slots.length - 1;
    for (let slot = hash(this.scratch, 0, n) & mask; ; slot = (slot + 1) & mask) {
      const e = this.slots[slot] - 1;
      if (e < 0) return undefined;
      if (this.keyLength[e] === n && this.bytes.compare(this.scratch, 0, n, this.keyStart[e], this.keyStart[e] + n) === 0) {
        return this.values[e];
      }
    }
  }

  /** Adds an entry; a repeated word keeps its first slot and takes the later value (as a map would). */
  private insert(entry: number, start: number, length: number, value: number): boolean {
    const mask = this.slots.length - 1;
    for (let slot = hash(this.bytes, start, start + length) & mask; ; slot = (slot + 1) & mask) {
      const e = this.slots[slot] - 1;
      if (e < 0) {
        this.keyStart[entry] = start;
        this.keyLength[entry] = length;
        this.values[entry] = value;
        this.slots[slot] = entry + 1;
        return true;
      }
      if (this.keyLength[e] === length && this.bytes.compare(this.bytes, start, start + length, this.keyStart[e], this.keyStart[e] + length) === 0) {
        this.values[e] = value;
        return false;
      }
    }
  }
}

/** Lines as `getline` counts them: a last line without a newline counts, an empty end does not. */
function countLines(bytes: Buffer): number {
  let n = 0;
  for (let at = bytes.indexOf(0x0a); at >= 0; at = bytes.indexOf(0x0a, at + 1)) n++;
  return bytes.length > 0 && bytes[bytes.length - 1] !== 0x0a ? n + 1 : n;
}

/** A power of two at least twice the number of entries (short probe runs). */
function tableSize(entries: number): number {
  let size = 1024;
  while (size < entries * 2) size *= 2;
  return size;
}

/** FNV-1a over bytes [from, to). */
function hash(bytes: Buffer, from: number, to: number): number {
  let h = 0x811c9dc5;
  for (let i = from; i < to; i++) h = Math.imul(h ^ bytes[i], 0x01000193);
  return h >>> 0;
}
