import JSZip from 'jszip';
import { message, type Message } from '../core/messages.js';
import type { Ingester, IngestLimits, IngestOutcome } from './types.js';

/**
 * DOCX: the body of the main document part as plain text, one line per paragraph,
 * one line per table row (cells separated by `\t`), Word auto-numbering restored as
 * the marker the document displays (`1.`, `（一）`, `①`) at the start of its paragraph.
 *
 * Why a hand-written reader and not mammoth: mammoth's raw text and document model
 * drop the numbers of numbered paragraphs (they keep only "is a list item, level n"),
 * so numbering.xml has to be read here anyway; a second parse through mammoth would
 * cost more than mammoth itself. The reader below is one linear pass of a small tag
 * scanner over each XML part.
 *
 * Not body text, never read: headers, footers, footnotes, endnotes, comments.
 * Never emitted: bookmarks, field instructions (the field result is text), deleted
 * revisions, ruby guide text, the fallback copy of alternate content.
 */
export const ingestDocx: Ingester = async (bytes, limits) => {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch (err) {
    return notAZip(bytes, err);
  }
  const parts = new PartReader(zip, limits);

  const mainPath = (await parts.mainDocumentPath()) ?? 'word/document.xml';
  const main = await parts.read(mainPath);
  if (!main.ok) return main.missing ? corrupt('no word/document.xml') : main.outcome;

  const rels = await parts.read(relsPathOf(mainPath));
  if (!rels.ok && !rels.missing) return rels.outcome;
  const targets = rels.ok ? relationshipTargets(rels.xml, dirOf(mainPath)) : new Map<string, string>();

  const stylesXml = await parts.read(targets.get('styles') ?? 'word/styles.xml');
  if (!stylesXml.ok && !stylesXml.missing) return stylesXml.outcome;
  const numberingXml = await parts.read(targets.get('numbering') ?? 'word/numbering.xml');
  if (!numberingXml.ok && !numberingXml.missing) return numberingXml.outcome;

  const messages: Message[] = [];
  const styles = stylesXml.ok ? parseStyles(stylesXml.xml) : emptyStyles();
  const numbering = new Numbering(numberingXml.ok ? parseNumbering(numberingXml.xml) : emptyNumbering(), styles, messages);

  const body = readBody(main.xml, numbering);
  if (body === null) return corrupt(`${mainPath} has no w:body`);
  const text = body.join('\n');
  if (text.trim() === '') return { ok: false, reason: 'empty document (no text in the DOCX body)', ruleId: 'ingest/empty' };
  return { ok: true, value: { format: 'docx', text, pageMap: [], pages: null, encoding: null, messages } };
};

// ---------------------------------------------------------------------------------
// Zip container

const RULE_CORRUPT = 'ingest/docx-corrupt';
const RULE_TOO_LARGE = 'ingest/docx-too-large';

function corrupt(what: string): IngestOutcome {
  return { ok: false, reason: `corrupt DOCX: ${what}`, ruleId: RULE_CORRUPT };
}

function notAZip(bytes: Uint8Array, err: unknown): IngestOutcome {
  const startsLikeZip = bytes[0] === 0x50 && bytes[1] === 0x4b;
  const isOle = bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0;
  if (isOle) {
    return corrupt('not a zip archive (an OLE2 compound file: a legacy .doc or a password-protected document)');
  }
  if (!startsLikeZip) return corrupt('not a zip archive');
  const detail = err instanceof Error ? err.message.split('\n')[0] : String(err);
  return corrupt(`damaged zip archive (${detail})`);
}

type PartRead =
  | { ok: true; xml: string }
  | { ok: false; missing: true }
  | { ok: false; missing: false; outcome: IngestOutcome };

/** The part of a loaded zip entry that jszip does not type: sizes from the central directory. */
interface LoadedEntry {
  _data?: { uncompressedSize?: number };
  internalStream(type: 'uint8array'): JSZip.JSZipStreamHelper<Uint8Array>;
}

class PartReader {
  constructor(
    private readonly zip: JSZip,
    private readonly limits: IngestLimits,
  ) {}

  /** The officeDocument target named in `_rels/.rels`, if any. */
  async mainDocumentPath(): Promise<string | null> {
    const rels = await this.read('_rels/.rels');
    if (!rels.ok) return null;
    const path = relationshipTargets(rels.xml, '').get('officeDocument');
    return path !== undefined && this.zip.file(path) !== null ? path : null;
  }

  /** Some producers write `Word/Document.xml`; zip names are case-sensitive, OPC names are not. */
  private caseInsensitive(path: string): JSZip.JSZipObject | null {
    const wanted = path.toLowerCase();
    for (const name of Object.keys(this.zip.files)) {
      if (name.toLowerCase() === wanted) return this.zip.files[name];
    }
    return null;
  }

  /**
   * Inflate one part, refusing it before inflating when the central directory declares
   * more than the limit, and while inflating when the declaration lied.
   */
  async read(path: string): Promise<PartRead> {
    const file = this.zip.file(path) ?? this.caseInsensitive(path);
    if (file === null || file.dir) return { ok: false, missing: true };
    const limit = this.limits.maxUncompressedBytes;
    const entry = file as unknown as LoadedEntry;
    // jszip reads the 32-bit size as signed: sizes of 2 GiB and more come back negative
    const rawDeclared = entry._data?.uncompressedSize;
    const declared = typeof rawDeclared === 'number' ? rawDeclared >>> 0 : undefined;
    if (declared !== undefined && declared > limit) {
      return { ok: false, missing: false, outcome: tooLarge(path, `${declared} bytes uncompressed > limit ${limit}`) };
    }
    const inflated = await inflateCapped(entry, limit);
    if (inflated === 'too-large') {
      return { ok: false, missing: false, outcome: tooLarge(path, `more than ${limit} bytes uncompressed, declared ${declared ?? '?'}`) };
    }
    if (inflated instanceof Error) {
      return { ok: false, missing: false, outcome: corrupt(`cannot inflate ${path} (${inflated.message.split('\n')[0]})`) };
    }
    return { ok: true, xml: decodeXmlBytes(inflated) };
  }
}

function tooLarge(path: string, detail: string): IngestOutcome {
  return { ok: false, reason: `DOCX part ${path} too large (${detail})`, ruleId: RULE_TOO_LARGE };
}

function inflateCapped(entry: LoadedEntry, limit: number): Promise<Uint8Array | Error | 'too-large'> {
  return new Promise((resolve) => {
    const chunks: Uint8Array[] = [];
    let total = 0;
    let done = false;
    let stream: JSZip.JSZipStreamHelper<Uint8Array>;
    try {
      stream = entry.internalStream('uint8array');
    } catch (err) {
      resolve(err instanceof Error ? err : new Error(String(err)));
      return;
    }
    stream
      .on('data', (chunk) => {
        if (done) return;
        total += chunk.length;
        if (total > limit) {
          done = true;
          stream.pause();
          resolve('too-large');
          return;
        }
        chunks.push(chunk);
      })
      .on('error', (err) => {
        if (done) return;
        done = true;
        resolve(err instanceof Error ? err : new Error(String(err)));
      })
      .on('end', () => {
        if (done) return;
        done = true;
        if (chunks.length === 1) {
          resolve(chunks[0]);
          return;
        }
        const all = new Uint8Array(total);
        let at = 0;
        for (const c of chunks) {
          all.set(c, at);
          at += c.length;
        }
        resolve(all);
      })
      .resume();
  });
}

function decodeXmlBytes(b: Uint8Array): string {
  if (b[0] === 0xff && b[1] === 0xfe) return new TextDecoder('utf-16le').decode(b);
  if (b[0] === 0xfe && b[1] === 0xff) return new TextDecoder('utf-16be').decode(b);
  return new TextDecoder('utf-8').decode(b);
}

function dirOf(path: string): string {
  const i = path.lastIndexOf('/');
  return i < 0 ? '' : path.slice(0, i + 1);
}

function relsPathOf(path: string): string {
  const dir = dirOf(path);
  return `${dir}_rels/${path.slice(dir.length)}.rels`;
}

/** Relationship type (last path segment: `styles`, `numbering`, `officeDocument`) → zip path. */
function relationshipTargets(xml: string, baseDir: string): Map<string, string> {
  const out = new Map<string, string>();
  scanXml(xml, {
    open(name, s, e) {
      if (localName(name) !== 'Relationship') return;
      const type = attr(xml, s, e, 'Type');
      const target = attr(xml, s, e, 'Target');
      const mode = attr(xml, s, e, 'TargetMode');
      if (type === null || target === null || mode === 'External') return;
      const key = type.slice(type.lastIndexOf('/') + 1);
      if (!out.has(key)) out.set(key, resolvePath(baseDir, target));
    },
    close() {},
    text() {},
  });
  return out;
}

function resolvePath(baseDir: string, target: string): string {
  const parts = (target.startsWith('/') ? target.slice(1) : baseDir + target).split('/');
  const out: string[] = [];
  for (const p of parts) {
    if (p === '..') out.pop();
    else if (p !== '.' && p !== '') out.push(p);
  }
  return out.join('/');
}

// ---------------------------------------------------------------------------------
// A small linear XML tag scanner (no DOM, no attribute objects)

interface XmlHandler {
  /** `s`..`e` is the attribute text of the tag (for `attr`). */
  open(name: string, s: number, e: number, selfClosing: boolean): void;
  close(name: string): void;
  /** Character data `xml.slice(s, e)`; `raw` for CDATA (no entity decoding). */
  text(s: number, e: number, raw: boolean): void;
}

function scanXml(xml: string, h: XmlHandler): void {
  const n = xml.length;
  let i = 0;
  while (i < n) {
    const lt = xml.indexOf('<', i);
    if (lt < 0) {
      h.text(i, n, false);
      return;
    }
    if (lt > i) h.text(i, lt, false);
    const c = xml.charCodeAt(lt + 1);
    if (c === 0x21 /* ! */) {
      if (xml.startsWith('<!--', lt)) {
        const e = xml.indexOf('-->', lt + 4);
        i = e < 0 ? n : e + 3;
      } else if (xml.startsWith('<![CDATA[', lt)) {
        const e = xml.indexOf(']]>', lt + 9);
        h.text(lt + 9, e < 0 ? n : e, true);
        i = e < 0 ? n : e + 3;
      } else {
        const e = xml.indexOf('>', lt);
        i = e < 0 ? n : e + 1;
      }
      continue;
    }
    if (c === 0x3f /* ? */) {
      const e = xml.indexOf('?>', lt + 2);
      i = e < 0 ? n : e + 2;
      continue;
    }
    // End of tag: the first '>' outside a quoted attribute value.
    let j = lt + 1;
    let quote = 0;
    for (; j < n; j++) {
      const ch = xml.charCodeAt(j);
      if (quote !== 0) {
        if (ch === quote) quote = 0;
      } else if (ch === 0x22 || ch === 0x27) quote = ch;
      else if (ch === 0x3e) break;
    }
    if (j >= n) return; // truncated tag: stop
    if (c === 0x2f /* / */) {
      let k = lt + 2;
      while (k < j && !isXmlSpace(xml.charCodeAt(k))) k++;
      h.close(xml.slice(lt + 2, k));
    } else {
      const selfClosing = xml.charCodeAt(j - 1) === 0x2f;
      const end = selfClosing ? j - 1 : j;
      let k = lt + 1;
      while (k < end && !isXmlSpace(xml.charCodeAt(k))) k++;
      h.open(xml.slice(lt + 1, k), k, end, selfClosing);
    }
    i = j + 1;
  }
}

function isXmlSpace(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;
}

/** The value of attribute `name` in `xml.slice(s, e)`, entity-decoded, or null. */
function attr(xml: string, s: number, e: number, name: string): string | null {
  let from = s;
  for (;;) {
    const at = xml.indexOf(name, from);
    if (at < 0 || at >= e) return null;
    const after = at + name.length;
    if (isXmlSpace(xml.charCodeAt(at - 1))) {
      let k = after;
      while (k < e && isXmlSpace(xml.charCodeAt(k))) k++;
      if (xml.charCodeAt(k) === 0x3d /* = */) {
        k++;
        while (k < e && isXmlSpace(xml.charCodeAt(k))) k++;
        const q = xml.charCodeAt(k);
        if (q === 0x22 || q === 0x27) {
          const close = xml.indexOf(q === 0x22 ? '"' : "'", k + 1);
          if (close < 0 || close > e) return null;
          return decodeEntities(xml.slice(k + 1, close));
        }
      }
    }
    from = after;
  }
}

const NAMED_ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

function decodeEntities(s: string): string {
  if (s.indexOf('&') < 0) return s;
  return s.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|lt|gt|amp|quot|apos);/g, (m, body: string) => {
    if (body.charCodeAt(0) !== 0x23) return NAMED_ENTITIES[body] ?? m;
    const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
    return Number.isFinite(code) && code >= 0 && code <= 0x10ffff ? String.fromCodePoint(code) : m;
  });
}

function localName(name: string): string {
  const i = name.indexOf(':');
  return i < 0 ? name : name.slice(i + 1);
}

const WORDML_NAMESPACES = new Set([
  'http://schemas.openxmlformats.org/wordprocessingml/2006/main',
  'http://purl.oclc.org/ooxml/wordprocessingml/main',
]);
const MC_NAMESPACE = 'http://schemas.openxmlformats.org/markup-compatibility/2006';

/**
 * Element names are compared as `w:x` / `mc:x`. Nearly every producer uses those
 * prefixes; when a part binds other ones, names are rewritten to the usual prefixes.
 */
class Names {
  /** prefix in the part → canonical prefix, only when they differ. */
  private readonly rename: Map<string, string> | null;
  /** attribute prefix of WordprocessingML (`w:`), or '' when it is the default namespace. */
  readonly w: string;

  constructor(xml: string) {
    const rename = new Map<string, string>();
    let w = 'w:';
    const rootEnd = findRootTagEnd(xml);
    const re = /xmlns(?::([A-Za-z_][\w.-]*))?\s*=\s*["']([^"']*)["']/g;
    const root = xml.slice(0, rootEnd);
    for (let m = re.exec(root); m !== null; m = re.exec(root)) {
      const prefix = m[1] ?? '';
      const canonical = WORDML_NAMESPACES.has(m[2]) ? 'w' : m[2] === MC_NAMESPACE ? 'mc' : null;
      if (canonical === null) continue;
      if (canonical === 'w') w = prefix === '' ? '' : `${prefix}:`;
      if (prefix !== canonical) rename.set(prefix, canonical);
    }
    this.rename = rename.size > 0 ? rename : null;
    this.w = w;
  }

  canon(name: string): string {
    if (this.rename === null) return name;
    const i = name.indexOf(':');
    const prefix = i < 0 ? '' : name.slice(0, i);
    const to = this.rename.get(prefix);
    return to === undefined ? name : `${to}:${name.slice(i + 1)}`;
  }
}

function findRootTagEnd(xml: string): number {
  let i = 0;
  for (;;) {
    const lt = xml.indexOf('<', i);
    if (lt < 0) return 0;
    const c = xml.charCodeAt(lt + 1);
    if (c !== 0x3f && c !== 0x21) {
      const gt = xml.indexOf('>', lt);
      return gt < 0 ? xml.length : gt;
    }
    i = lt + 2;
  }
}

/** Attribute value, also accepting the unprefixed form some producers write. */
function wAttr(xml: string, s: number, e: number, names: Names, local: string): string | null {
  return attr(xml, s, e, names.w + local) ?? (names.w !== '' ? attr(xml, s, e, local) : null);
}

// ---------------------------------------------------------------------------------
// styles.xml: paragraph styles and the numbering they carry

interface StyleDef {
  basedOn: string | null;
  numId: string | null;
  ilvl: number | null;
}

interface Styles {
  byId: Map<string, StyleDef>;
  defaultParagraph: string | null;
}

function emptyStyles(): Styles {
  return { byId: new Map(), defaultParagraph: null };
}

function parseStyles(xml: string): Styles {
  const names = new Names(xml);
  const styles = emptyStyles();
  let current: StyleDef | null = null;
  let depth = 0;
  let styleDepth = -1;
  let pPrDepth = -1;
  let skipDepth = -1;
  scanXml(xml, {
    open(raw, s, e, selfClosing) {
      const name = names.canon(raw);
      depth++;
      if (skipDepth < 0) {
        if (name === 'w:style') {
          const id = wAttr(xml, s, e, names, 'styleId');
          current = { basedOn: null, numId: null, ilvl: null };
          if (id !== null) {
            styles.byId.set(id, current);
            const type = wAttr(xml, s, e, names, 'type');
            const isDefault = wAttr(xml, s, e, names, 'default');
            if (type === 'paragraph' && (isDefault === '1' || isDefault === 'true')) styles.defaultParagraph = id;
          }
          styleDepth = depth;
        } else if (current !== null) {
          if (name === 'w:basedOn' && depth === styleDepth + 1) current.basedOn = wAttr(xml, s, e, names, 'val');
          else if (name === 'w:pPr' && depth === styleDepth + 1) pPrDepth = depth;
          else if (name === 'w:pPrChange' || name === 'w:rPr' || name === 'mc:Fallback') skipDepth = depth;
          else if (pPrDepth > 0 && name === 'w:numId') current.numId = wAttr(xml, s, e, names, 'val');
          else if (pPrDepth > 0 && name === 'w:ilvl') current.ilvl = toInt(wAttr(xml, s, e, names, 'val'));
        }
      }
      if (selfClosing) this.close(raw);
    },
    close() {
      if (depth === skipDepth) skipDepth = -1;
      if (depth === pPrDepth) pPrDepth = -1;
      if (depth === styleDepth) {
        styleDepth = -1;
        current = null;
      }
      depth--;
    },
    text() {},
  });
  return styles;
}

function toInt(v: string | null): number | null {
  if (v === null) return null;
  const n = parseInt(v, 10);
  return Number.isFinite(n) ? n : null;
}

// ---------------------------------------------------------------------------------
// numbering.xml: abstract definitions, instances, overrides

interface LevelDef {
  start: number;
  numFmt: string;
  /** `w:lvlText`; null when absent. */
  lvlText: string | null;
  suff: 'tab' | 'space' | 'nothing';
  isLgl: boolean;
  /** `w:lvlRestart`: restart after a level with index < this (0 = never); null = default. */
  lvlRestart: number | null;
  pStyle: string | null;
}

interface AbstractNum {
  levels: (LevelDef | undefined)[];
  numStyleLink: string | null;
}

interface NumDef {
  abstractId: string;
  startOverride: Map<number, number>;
  levelOverride: Map<number, LevelDef>;
}

interface NumberingDefs {
  abstracts: Map<string, AbstractNum>;
  nums: Map<string, NumDef>;
}

function emptyNumbering(): NumberingDefs {
  return { abstracts: new Map(), nums: new Map() };
}

function newLevel(): LevelDef {
  return { start: 1, numFmt: 'decimal', lvlText: null, suff: 'tab', isLgl: false, lvlRestart: null, pStyle: null };
}

function parseNumbering(xml: string): NumberingDefs {
  const names = new Names(xml);
  const defs = emptyNumbering();
  let depth = 0;
  let skipDepth = -1;
  let abs: AbstractNum | null = null;
  let num: NumDef | null = null;
  let overrideLvl = -1;
  let level: LevelDef | null = null;
  let levelDepth = -1;
  /** numFmt already taken from an `mc:Choice` (custom format) for this level. */
  let fmtFromChoice = false;
  let inChoice = false;
  let inFallback = false;

  const val = (s: number, e: number): string | null => wAttr(xml, s, e, names, 'val');

  scanXml(xml, {
    open(raw, s, e, selfClosing) {
      const name = names.canon(raw);
      depth++;
      if (skipDepth < 0) {
        switch (name) {
          case 'w:abstractNum': {
            const id = wAttr(xml, s, e, names, 'abstractNumId');
            abs = { levels: [], numStyleLink: null };
            if (id !== null) defs.abstracts.set(id, abs);
            break;
          }
          case 'w:num': {
            const id = wAttr(xml, s, e, names, 'numId');
            num = { abstractId: '', startOverride: new Map(), levelOverride: new Map() };
            if (id !== null) defs.nums.set(id, num);
            break;
          }
          case 'w:abstractNumId':
            if (num !== null) num.abstractId = val(s, e) ?? '';
            break;
          case 'w:lvlOverride':
            overrideLvl = toInt(wAttr(xml, s, e, names, 'ilvl')) ?? 0;
            break;
          case 'w:startOverride':
            if (num !== null && overrideLvl >= 0) num.startOverride.set(overrideLvl, toInt(val(s, e)) ?? 0);
            break;
          case 'w:numStyleLink':
            if (abs !== null && level === null) abs.numStyleLink = val(s, e);
            break;
          case 'w:lvl': {
            const ilvl = toInt(wAttr(xml, s, e, names, 'ilvl')) ?? 0;
            level = newLevel();
            levelDepth = depth;
            fmtFromChoice = false;
            if (num !== null && overrideLvl >= 0) num.levelOverride.set(overrideLvl, level);
            else if (abs !== null && ilvl >= 0 && ilvl < 9) abs.levels[ilvl] = level;
            break;
          }
          case 'w:pPr':
          case 'w:rPr':
            if (level !== null) skipDepth = depth;
            break;
          case 'mc:Choice':
            inChoice = true;
            break;
          case 'mc:Fallback':
            inFallback = true;
            break;
          default:
            if (level !== null) readLevelChild(name, s, e);
        }
      }
      if (selfClosing) this.close(raw);
    },
    close(raw) {
      const name = names.canon(raw);
      if (depth === skipDepth) skipDepth = -1;
      if (skipDepth < 0) {
        if (name === 'w:abstractNum') abs = null;
        else if (name === 'w:num') num = null;
        else if (name === 'w:lvlOverride') overrideLvl = -1;
        else if (name === 'mc:Choice') inChoice = false;
        else if (name === 'mc:Fallback') inFallback = false;
        else if (name === 'w:lvl' && depth === levelDepth) {
          level = null;
          levelDepth = -1;
        }
      }
      depth--;
    },
    text() {},
  });

  function readLevelChild(name: string, s: number, e: number): void {
    if (level === null) return;
    switch (name) {
      case 'w:start':
        level.start = toInt(val(s, e)) ?? 1;
        break;
      case 'w:numFmt': {
        const v = val(s, e) ?? 'decimal';
        if (v === 'custom') {
          const custom = customFormat(wAttr(xml, s, e, names, 'format'));
          if (custom !== null) {
            level.numFmt = custom;
            fmtFromChoice = inChoice;
          }
        } else if (!(inFallback && fmtFromChoice)) {
          level.numFmt = v;
        }
        break;
      }
      case 'w:lvlText':
        level.lvlText = val(s, e) ?? '';
        break;
      case 'w:suff': {
        const v = val(s, e);
        level.suff = v === 'space' ? 'space' : v === 'nothing' ? 'nothing' : 'tab';
        break;
      }
      case 'w:isLgl': {
        const v = val(s, e);
        level.isLgl = v === null || v === '1' || v === 'true' || v === 'on';
        break;
      }
      case 'w:lvlRestart':
        level.lvlRestart = toInt(val(s, e));
        break;
      case 'w:pStyle':
        level.pStyle = val(s, e);
        break;
    }
  }

  return defs;
}

/** Word 2010 custom formats: `01, 02, 03, ...` (zero-padded decimal); others fall back. */
function customFormat(format: string | null): string | null {
  if (format === null) return null;
  const m = /^(0+)1(?:\D|$)/.exec(format.trim());
  return m ? `decimalZero:${m[1].length + 1}` : null;
}

// ---------------------------------------------------------------------------------
// Counting and rendering list numbers

interface ListState {
  /** Current value per level; undefined = not counted since the last restart. */
  values: (number | undefined)[];
}

interface ParagraphNumbering {
  pStyle: string | null;
  numId: string | null;
  ilvl: number | null;
}

/**
 * Counters as Word keeps them: one list per abstract definition, shared by every
 * `w:num` that points at it (LibreOffice writes a continued list as a `w:num` with
 * `startOverride` for its first item and the plain `w:num` for the rest, e.g. items
 * 11–16 of a list that began in an earlier section); a `startOverride` restarts its
 * level when that `w:num` is first used; a level restarts when a shallower level
 * advances (`w:lvlRestart` can change or stop that).
 */
class Numbering {
  private readonly lists = new Map<string, ListState>();
  private readonly seenNums = new Set<string>();
  private readonly warned = new Set<string>();

  constructor(
    private readonly defs: NumberingDefs,
    private readonly styles: Styles,
    private readonly messages: Message[],
  ) {}

  /** The marker to write before the paragraph's text (with its separator), or ''. */
  marker(p: ParagraphNumbering): string {
    let numId = p.numId;
    let ilvl = p.ilvl;
    const styleId = p.pStyle ?? this.styles.defaultParagraph;
    let fromStyle: string | null = null;
    if (numId === null || ilvl === null) {
      const st = this.styleNumbering(styleId);
      if (numId === null && st.numId !== null) {
        numId = st.numId;
        fromStyle = styleId;
      }
      if (ilvl === null) ilvl = st.ilvl;
    }
    if (numId === null || numId === '0') return '';
    const num = this.defs.nums.get(numId);
    if (num === undefined) {
      this.warn(numId, `numbered paragraph refers to undefined list w:numId=${numId}; its number is not restored`);
      return '';
    }
    const resolved = this.resolveAbstract(num.abstractId);
    if (resolved === null) {
      this.warn(numId, `list w:numId=${numId} refers to undefined w:abstractNum ${num.abstractId}; its number is not restored`);
      return '';
    }
    const { key, abs } = resolved;
    if (ilvl === null) {
      const linked = fromStyle === null ? -1 : abs.levels.findIndex((l) => l?.pStyle === fromStyle);
      ilvl = linked >= 0 ? linked : 0;
    }
    if (ilvl < 0 || ilvl > 8) ilvl = 0;

    const levelOf = (l: number): LevelDef | undefined => num.levelOverride.get(l) ?? abs.levels[l];
    const startOf = (l: number): number => num.startOverride.get(l) ?? levelOf(l)?.start ?? 1;

    let list = this.lists.get(key);
    if (list === undefined) {
      list = { values: [] };
      this.lists.set(key, list);
    }
    if (!this.seenNums.has(numId)) {
      this.seenNums.add(numId);
      for (const l of num.startOverride.keys()) {
        if (l < 0 || l > 8) continue;
        for (let d = l; d < 9; d++) list.values[d] = undefined;
      }
    }
    const level = levelOf(ilvl);
    if (level === undefined) return '';

    const current = list.values[ilvl];
    list.values[ilvl] = current === undefined ? startOf(ilvl) : current + 1;
    for (let d = ilvl + 1; d < 9; d++) {
      const restart = levelOf(d)?.lvlRestart ?? null;
      if (restart === null || (restart !== 0 && ilvl < restart)) list.values[d] = undefined;
    }

    const text = renderLevelText(level, ilvl, (l) => {
      const def = levelOf(l);
      return { value: list.values[l] ?? startOf(l), numFmt: def?.numFmt ?? 'decimal' };
    });
    if (text === '') return '';
    return text + separatorAfter(text, level.suff);
  }

  private styleNumbering(styleId: string | null): { numId: string | null; ilvl: number | null } {
    let numId: string | null = null;
    let ilvl: number | null = null;
    let id = styleId;
    for (let hops = 0; id !== null && hops < 32; hops++) {
      const st = this.styles.byId.get(id);
      if (st === undefined) break;
      if (numId === null) numId = st.numId;
      if (ilvl === null) ilvl = st.ilvl;
      if (numId !== null && ilvl !== null) break;
      id = st.basedOn;
    }
    return { numId, ilvl };
  }

  /** Follows `w:numStyleLink` (a numbering style that points at another list). */
  private resolveAbstract(abstractId: string): { key: string; abs: AbstractNum } | null {
    let id = abstractId;
    for (let hops = 0; hops < 8; hops++) {
      const abs = this.defs.abstracts.get(id);
      if (abs === undefined) return null;
      if (abs.numStyleLink === null) return { key: id, abs };
      const linkedNumId = this.styleNumbering(abs.numStyleLink).numId;
      const linked = linkedNumId === null ? undefined : this.defs.nums.get(linkedNumId);
      if (linked === undefined || linked.abstractId === id) return { key: id, abs };
      id = linked.abstractId;
    }
    return null;
  }

  private warn(key: string, reason: string): void {
    if (this.warned.has(key)) return;
    this.warned.add(key);
    this.messages.push(message('warning', 'ingest', 'ingest/docx-numbering', reason));
  }
}

function renderLevelText(
  level: LevelDef,
  ilvl: number,
  valueOf: (l: number) => { value: number; numFmt: string },
): string {
  const template = level.lvlText ?? '';
  if (level.numFmt === 'bullet') return bulletText(template);
  if (template.indexOf('%') < 0) return template;
  return template.replace(/%([1-9])/g, (_m, k: string) => {
    const l = Number(k) - 1;
    const { value, numFmt } = valueOf(l);
    const fmt = level.isLgl && l < ilvl ? 'decimal' : l === ilvl ? level.numFmt : numFmt;
    return formatNumber(value, fmt);
  });
}

/** Word's gap after the number: a tab or a space reads as one space after an ASCII marker. */
function separatorAfter(marker: string, suff: LevelDef['suff']): string {
  if (suff === 'nothing') return '';
  if (suff === 'space') return ' ';
  return marker.charCodeAt(marker.length - 1) < 0x80 ? ' ' : '';
}

/** Symbol/Wingdings private-use bullets → the character they show. */
const PUA_BULLETS: Record<number, string> = {
  0xf0b7: '•',
  0xf06c: '●',
  0xf06e: '■',
  0xf0a7: '▪',
  0xf0a8: '□',
  0xf075: '◆',
  0xf076: '❖',
  0xf0d8: '➢',
  0xf0e8: '➔',
  0xf0fc: '✔',
  0xf0a1: '○',
};

function bulletText(t: string): string {
  let out = '';
  for (const ch of t) {
    const c = ch.codePointAt(0) ?? 0;
    if (c >= 0xe000 && c <= 0xf8ff) out += PUA_BULLETS[c] ?? '•';
    else out += ch;
  }
  return out;
}

const CN_DIGITS = '〇一二三四五六七八九';
const CN_LEGAL_SIMPLIFIED = { digits: '零壹贰叁肆伍陆柒捌玖', units: ['', '拾', '佰', '仟'] };
const CN_LEGAL_TRADITIONAL = { digits: '零壹貳參肆伍陸柒捌玖', units: ['', '拾', '佰', '仟'] };
const CN_COUNTING = { digits: '零一二三四五六七八九', units: ['', '十', '百', '千'] };
const HEAVENLY_STEMS = '甲乙丙丁戊己庚辛壬癸';
const EARTHLY_BRANCHES = '子丑寅卯辰巳午未申酉戌亥';

/**
 * One list number in a `w:numFmt` style. Formats not listed fall back to decimal,
 * as Word does for formats it cannot show.
 */
export function formatNumber(n: number, numFmt: string): string {
  switch (numFmt) {
    case 'none':
      return '';
    case 'decimal':
    case 'decimalHalfWidth':
      return String(n);
    case 'decimalZero':
      return n >= 0 && n < 10 ? `0${n}` : String(n);
    case 'decimalFullWidth':
    case 'decimalFullWidth2':
      return String(n).replace(/[0-9]/g, (d) => String.fromCharCode(0xff10 + Number(d)));
    case 'decimalEnclosedCircle':
    case 'decimalEnclosedCircleChinese':
      if (n >= 1 && n <= 20) return String.fromCharCode(0x2460 + n - 1);
      if (n >= 21 && n <= 35) return String.fromCharCode(0x3251 + n - 21);
      if (n >= 36 && n <= 50) return String.fromCharCode(0x32b1 + n - 36);
      return String(n);
    case 'decimalEnclosedFullstop':
      return n >= 1 && n <= 20 ? String.fromCharCode(0x2488 + n - 1) : `${n}.`;
    case 'decimalEnclosedParen':
      return n >= 1 && n <= 20 ? String.fromCharCode(0x2474 + n - 1) : `(${n})`;
    case 'ideographEnclosedCircle':
      return n >= 1 && n <= 10 ? String.fromCharCode(0x3280 + n - 1) : String(n);
    case 'upperLetter':
      return letters(n).toUpperCase();
    case 'lowerLetter':
      return letters(n);
    case 'upperRoman':
      return roman(n);
    case 'lowerRoman':
      return roman(n).toLowerCase();
    case 'chineseCounting':
    case 'chineseCountingThousand':
    case 'japaneseCounting':
    case 'taiwanCounting':
    case 'taiwanCountingThousand':
      return chineseNumber(n, CN_COUNTING);
    case 'chineseLegalSimplified':
      return chineseNumber(n, CN_LEGAL_SIMPLIFIED);
    case 'ideographLegalTraditional':
    case 'japaneseLegal':
      return chineseNumber(n, CN_LEGAL_TRADITIONAL);
    case 'ideographDigital':
    case 'taiwanDigital':
    case 'japaneseDigitalTenThousand':
      return String(n).replace(/[0-9]/g, (d) => CN_DIGITS[Number(d)]);
    case 'ideographTraditional':
      return n >= 1 ? HEAVENLY_STEMS[(n - 1) % 10] : String(n);
    case 'ideographZodiac':
      return n >= 1 ? EARTHLY_BRANCHES[(n - 1) % 12] : String(n);
    case 'ordinal':
      return ordinal(n);
    default:
      if (numFmt.startsWith('decimalZero:')) {
        const width = Number(numFmt.slice('decimalZero:'.length));
        return String(n).padStart(width, '0');
      }
      return String(n);
  }
}

/** A, B, … Z, AA, BB, … (Word repeats the letter). */
function letters(n: number): string {
  if (n < 1) return String(n);
  const letter = String.fromCharCode(0x61 + ((n - 1) % 26));
  return letter.repeat(Math.floor((n - 1) / 26) + 1);
}

function roman(n: number): string {
  if (n < 1 || n >= 4000) return String(n);
  const table: [number, string][] = [
    [1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'],
    [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I'],
  ];
  let out = '';
  let rest = n;
  for (const [v, s] of table) {
    while (rest >= v) {
      out += s;
      rest -= v;
    }
  }
  return out;
}

function ordinal(n: number): string {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : ['th', 'st', 'nd', 'rd'][n % 10] ?? 'th';
  return `${n}${suffix}`;
}

/** 1 → 一, 10 → 十, 11 → 十一, 20 → 二十, 101 → 一百零一, 10000 → 一万. */
function chineseNumber(n: number, sys: { digits: string; units: string[] }): string {
  if (!Number.isInteger(n) || n < 0) return String(n);
  if (n === 0) return sys.digits[0];
  if (n >= 100000000) return String(n);
  const high = Math.floor(n / 10000);
  const low = n % 10000;
  if (high > 0) {
    const head = below10000(high, sys, true) + '万';
    if (low === 0) return head;
    return head + (low < 1000 ? sys.digits[0] : '') + below10000(low, sys, false);
  }
  return below10000(n, sys, true);
}

function below10000(n: number, sys: { digits: string; units: string[] }, leading: boolean): string {
  const ds = String(n).split('').map(Number);
  let out = '';
  let zero = false;
  for (let i = 0; i < ds.length; i++) {
    const d = ds[i];
    const unit = sys.units[ds.length - 1 - i];
    if (d === 0) {
      zero = out !== '';
      continue;
    }
    if (zero) out += sys.digits[0];
    zero = false;
    // 十一 rather than 一十一 when the number starts in the tens (counting style only).
    const omitOne = leading && sys === CN_COUNTING && d === 1 && unit === '十' && out === '';
    out += (omitOne ? '' : sys.digits[d]) + unit;
  }
  return out;
}

// ---------------------------------------------------------------------------------
// document.xml body → lines

interface Para extends ParagraphNumbering {
  text: string;
  /** Lines of content nested in this paragraph (text boxes), written after it. */
  after: string[];
}

interface Cell {
  paras: string[];
  gridSpan: number;
  /** A vertically merged continuation (or legacy hMerge continuation): text shown once, above. */
  continuation: boolean;
}

interface Row {
  cells: Cell[];
  gridBefore: number;
}

/** Subtrees whose text is not displayed body text. */
const SKIP = new Set([
  'w:pPrChange',
  'w:rPrChange',
  'w:tcPrChange',
  'w:trPrChange',
  'w:tblPrChange',
  'w:tblGridChange',
  'w:sectPr',
  'w:del',
  'w:moveFrom',
  'w:delText',
  'w:delInstrText',
  'w:instrText',
  'w:sdtPr',
  'w:sdtEndPr',
  'w:rt',
  'mc:Fallback',
  'w:tblPr',
  'w:tblGrid',
  'w:tblPrEx',
  'w:rPr',
  'w:footnoteReference',
  'w:endnoteReference',
  'w:commentReference',
]);

/** The body as lines, or null when the part has no `w:body`. */
function readBody(xml: string, numbering: Numbering): string[] | null {
  const names = new Names(xml);
  const lines: string[] = [];
  const sinks: string[][] = [lines];
  const paras: Para[] = [];
  const tables: Row[][] = [];
  const rows: Row[] = [];
  const cells: Cell[] = [];
  let depth = 0;
  let skipDepth = -1;
  let bodyDepth = -1;
  let sawBody = false;
  let pPrDepth = -1;
  let runDepth = 0;
  let inText = false;
  /** Open fields: false while in the instruction part (before `separate`). */
  const fields: boolean[] = [];
  let fieldInstr = 0;

  const val = (s: number, e: number): string | null => wAttr(xml, s, e, names, 'val');
  const add = (t: string): void => {
    const p = paras[paras.length - 1];
    if (p !== undefined && fieldInstr === 0) p.text += t;
  };

  scanXml(xml, {
    open(raw, s, e, selfClosing) {
      const name = names.canon(raw);
      depth++;
      if (skipDepth >= 0) {
        if (selfClosing) depth--;
        return;
      }
      if (bodyDepth < 0) {
        if (name === 'w:body') {
          bodyDepth = depth;
          sawBody = true;
        }
        if (selfClosing) this.close(raw);
        return;
      }
      if (SKIP.has(name)) {
        skipDepth = depth;
        if (selfClosing) this.close(raw);
        return;
      }
      if (pPrDepth >= 0) {
        const p = paras[paras.length - 1];
        if (name === 'w:pStyle') p.pStyle = val(s, e);
        else if (name === 'w:numId') p.numId = val(s, e);
        else if (name === 'w:ilvl') p.ilvl = toInt(val(s, e));
        if (selfClosing) this.close(raw);
        return;
      }
      switch (name) {
        case 'w:p': {
          const p: Para = { text: '', pStyle: null, numId: null, ilvl: null, after: [] };
          paras.push(p);
          sinks.push(p.after);
          break;
        }
        case 'w:pPr':
          if (paras.length > 0) pPrDepth = depth;
          break;
        case 'w:r':
          runDepth++;
          break;
        case 'w:t':
          if (runDepth > 0) inText = true;
          break;
        case 'w:tab':
        case 'w:ptab':
          if (runDepth > 0) add('\t');
          break;
        case 'w:br': {
          const type = wAttr(xml, s, e, names, 'type');
          if (runDepth > 0 && type !== 'page' && type !== 'column') add('\n');
          break;
        }
        case 'w:cr':
          if (runDepth > 0) add('\n');
          break;
        case 'w:noBreakHyphen':
          if (runDepth > 0) add('-');
          break;
        case 'w:sym':
          if (runDepth > 0) add(symbolChar(wAttr(xml, s, e, names, 'char')));
          break;
        case 'w:fldChar': {
          const type = wAttr(xml, s, e, names, 'fldCharType');
          if (type === 'begin') {
            fields.push(false);
            fieldInstr++;
          } else if (type === 'separate') {
            if (fields.length > 0 && !fields[fields.length - 1]) {
              fields[fields.length - 1] = true;
              fieldInstr--;
            }
          } else if (type === 'end') {
            const f = fields.pop();
            if (f === false) fieldInstr--;
          }
          break;
        }
        case 'w:tbl':
          tables.push([]);
          break;
        case 'w:tr':
          rows.push({ cells: [], gridBefore: 0 });
          break;
        case 'w:gridBefore':
          if (rows.length > 0) rows[rows.length - 1].gridBefore = toInt(val(s, e)) ?? 0;
          break;
        case 'w:tc': {
          const c: Cell = { paras: [], gridSpan: 1, continuation: false };
          cells.push(c);
          sinks.push(c.paras);
          break;
        }
        case 'w:gridSpan':
          if (cells.length > 0) cells[cells.length - 1].gridSpan = Math.max(1, toInt(val(s, e)) ?? 1);
          break;
        case 'w:vMerge':
        case 'w:hMerge': {
          const v = val(s, e);
          if (cells.length > 0 && (v === null || v === 'continue')) cells[cells.length - 1].continuation = true;
          break;
        }
      }
      if (selfClosing) this.close(raw);
    },

    close(raw) {
      const name = names.canon(raw);
      if (skipDepth >= 0) {
        if (depth === skipDepth) skipDepth = -1;
        depth--;
        return;
      }
      if (depth === pPrDepth) pPrDepth = -1;
      if (depth === bodyDepth) bodyDepth = -1;
      depth--;
      if (bodyDepth < 0 || pPrDepth >= 0) return;
      switch (name) {
        case 'w:p': {
          const p = paras.pop();
          if (p === undefined) break;
          sinks.pop();
          // A field instruction does not run past its paragraph: end it here so a
          // field that never reaches `separate` cannot hide the rest of the document.
          for (let i = 0; i < fields.length; i++) {
            if (!fields[i]) {
              fields[i] = true;
              fieldInstr--;
            }
          }
          const line = numbering.marker(p) + p.text;
          const out = sinks[sinks.length - 1];
          out.push(line);
          for (const a of p.after) out.push(a);
          break;
        }
        case 'w:r':
          if (runDepth > 0) runDepth--;
          break;
        case 'w:t':
          inText = false;
          break;
        case 'w:tc': {
          const c = cells.pop();
          if (c === undefined) break;
          sinks.pop();
          const row = rows[rows.length - 1];
          if (row !== undefined) row.cells.push(c);
          break;
        }
        case 'w:tr': {
          const r = rows.pop();
          const table = tables[tables.length - 1];
          if (r !== undefined && table !== undefined) table.push(r);
          break;
        }
        case 'w:tbl': {
          const table = tables.pop();
          if (table === undefined) break;
          const out = sinks[sinks.length - 1];
          for (const r of table) {
            const line = rowLine(r);
            if (line !== null) out.push(line);
          }
          break;
        }
      }
    },

    text(s, e, rawText) {
      if (!inText || skipDepth >= 0) return;
      const t = xml.slice(s, e);
      add(rawText ? t : decodeEntities(t));
    },
  });
  return sawBody ? lines : null;
}

/** Cells joined by `\t`; a merged cell's text once, spanned grid columns kept empty. */
function rowLine(r: Row): string | null {
  const out: string[] = [];
  for (let i = 0; i < r.gridBefore; i++) out.push('');
  let any = false;
  for (const c of r.cells) {
    const text = c.continuation ? '' : cellText(c);
    if (text !== '') any = true;
    out.push(text);
    for (let i = 1; i < c.gridSpan; i++) out.push('');
  }
  return any ? out.join('\t') : null;
}

function cellText(c: Cell): string {
  let out = '';
  for (const p of c.paras) {
    const t = p.replace(/[\t\n]+/g, ' ').trim();
    if (t === '') continue;
    out = out === '' ? t : `${out} ${t}`;
  }
  return out;
}

function symbolChar(hex: string | null): string {
  if (hex === null) return '';
  const code = parseInt(hex, 16);
  if (!Number.isFinite(code) || code <= 0) return '';
  if (code >= 0xe000 && code <= 0xf8ff) return PUA_BULLETS[code] ?? '';
  return String.fromCodePoint(code);
}
