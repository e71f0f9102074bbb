#!/usr/bin/env node
// Bad and hostile inputs for tests/e2e/bad-input.test.ts and tests/unit/ingest-txt.test.ts.
//
//   node scripts/make-bad-fixtures.mjs           writes the small fixtures into tests/fixtures/bad/
//                                                 (committed; deterministic, so re-running gives the
//                                                 same bytes)
//   node scripts/make-bad-fixtures.mjs --large D  writes the large and hostile ones into folder D
//                                                 (generated at test time, never committed)
//
// encrypted.pdf and no-text.pdf in tests/fixtures/bad/ belong to scripts/make-pdf-fixtures.mjs
// and are left alone here.
//
// What each file is, and what the pipeline must say about it, is in FIXTURES below and in
// LARGE further down; the e2e test holds the expected reasons.

import { readFileSync, mkdirSync, writeFileSync, openSync, ftruncateSync, closeSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';
import iconv from 'iconv-lite';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const corpus = (name) => readFileSync(path.join(root, 'corpus', name));

// --- texts ---------------------------------------------------------------------------

/** A Taiwanese ministry plan, traditional characters: published in Big5 by many older sites. */
const TAIWAN_PLAN = `文化部推動文化內容產業發展計畫（112年至115年）

壹、計畫緣起
文化內容產業是國家軟實力的核心，亦為帶動經濟成長與創新的重要動能。近年來數位科技快速發展，影音串流、遊戲、動漫及出版等產業面臨全球市場的激烈競爭。為強化我國文化內容的產製能量，提升國際能見度，本部爰擬具本計畫，以四年為期，整合中央與地方資源，建構完善的產業生態系。

貳、計畫目標
一、強化文化內容原創能量，每年支持原創作品開發至少一百件。
二、擴大國內外市場通路，協助業者參與國際展會，促成跨國合作案。
三、培育跨領域專業人才，建立產學合作機制。
四、完善產業投融資環境，引導民間資金投入文化內容產業。

參、執行策略
一、原創內容開發補助：針對影視、動漫、遊戲及出版等領域，提供前期開發及製作補助，鼓勵業者運用本土文化元素進行創作。
二、國際市場拓展：由本部駐外單位協助業者參加重要國際展會，並辦理臺灣館，提升我國品牌形象。
三、人才培育：與大專院校合作開設實務課程，辦理國際工作坊，培養編劇、製片及行銷等專業人才。
四、投融資協助：透過文化內容策進院辦理投資評估，結合國家發展基金，擴大對文化內容產業的投資。

肆、經費需求
本計畫所需經費由本部年度預算支應，並視執行情形滾動檢討調整。

伍、預期效益
透過本計畫之推動，預期可提升文化內容產業產值，增加就業機會，並使臺灣成為亞洲重要的文化內容創作與交流中心。
`;

/** A Japanese government plan summary: Shift-JIS is still common on Japanese public sites. */
const JAPAN_PLAN = `文化芸術推進基本計画（第２期）の概要

第１　文化芸術を取り巻く状況
少子高齢化やグローバル化の進展、デジタル技術の急速な発達により、文化芸術を取り巻く環境は大きく変化している。新型コロナウイルス感染症の影響により、文化芸術活動の担い手は深刻な打撃を受けた。

第２　今後５年間の重点取組
１．ポストコロナの創造的な文化芸術活動の推進
文化芸術活動の継続と発展のため、公演や展覧会の開催を支援するとともに、デジタル技術を活用した新たな鑑賞機会の創出を図る。
２．文化資源の保存と活用の一層の促進
文化財の確実な保存と継承を図りつつ、地域の文化資源を観光やまちづくりに活用する取組を推進する。
３．文化芸術を通じた次代を担う子供たちの育成
学校における文化芸術教育の充実を図り、子供たちが本物の文化芸術に触れる機会を確保する。
４．多様性を尊重した文化芸術の振興
障害者や高齢者、外国人など、誰もが文化芸術に参加できる環境を整備する。

第３　計画の推進に当たって
関係府省庁、地方公共団体、文化芸術団体等が連携し、計画の着実な推進を図る。毎年度、施策の実施状況を把握し、評価を行う。
`;

/** A local news item from a culture bureau's site: Chinese prose with no outline and no tasks. */
const PRESS_RELEASE = `市图书馆开展“书香润童心”主题阅读活动

发布时间：2024-04-24 09:30    来源：市文化广电和旅游局

4月23日是世界读书日。当天上午，市图书馆在少儿阅览区举办“书香润童心”主题阅读活动，来自城区多所小学的近百名学生和家长参加。

活动现场，图书馆工作人员为孩子们讲述了绘本故事，并组织亲子共读、好书分享等环节。孩子们踊跃发言，分享自己最喜欢的书籍和阅读感受。“我最喜欢的是《西游记》，孙悟空很勇敢。”三年级学生小王说。

据了解，今年以来，市图书馆已举办各类阅读推广活动三十余场，服务读者一万余人次。图书馆还在全市设立了十二个城市书房，方便市民就近借阅图书。

下一步，市图书馆将继续深化全民阅读工作，开展更多形式多样的阅读活动，让书香浸润城市的每一个角落。

（记者 李明 通讯员 张华）
`;

// --- encodings -----------------------------------------------------------------------

/** Encodes and checks the round trip, so that no character silently becomes `?`. */
function encode(text, encoding) {
  const bytes = iconv.encode(text, encoding);
  if (iconv.decode(bytes, encoding) !== text) throw new Error(`text does not survive ${encoding}`);
  return bytes;
}

const crlf = (text) => text.replace(/\r?\n/g, '\r\n');

// --- containers ----------------------------------------------------------------------

/** A zip archive; entries are {name, data, method: 0 | 8, compressed?, size?, crc?} (size/crc may lie). */
function zip(entries) {
  const local = [];
  const central = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, 'utf8');
    const data = e.compressed ?? (e.method === 8 ? zlib.deflateRawSync(e.data) : e.data);
    const size = e.size ?? e.data.length;
    const crc = e.crc ?? zlib.crc32(e.data);
    const head = Buffer.alloc(30);
    head.writeUInt32LE(0x04034b50, 0);
    head.writeUInt16LE(20, 4);
    head.writeUInt16LE(0x0800, 6); // UTF-8 names
    head.writeUInt16LE(e.method, 8);
    head.writeUInt16LE(0x6000, 10); // 12:00
    head.writeUInt16LE(0x5a21, 12); // 2025-01-01
    head.writeUInt32LE(crc >>> 0, 14);
    head.writeUInt32LE(data.length, 18);
    head.writeUInt32LE(size, 22);
    head.writeUInt16LE(name.length, 26);
    head.writeUInt16LE(0, 28);
    local.push(head, name, data);
    const cd = Buffer.alloc(46);
    cd.writeUInt32LE(0x02014b50, 0);
    cd.writeUInt16LE(20, 4);
    cd.writeUInt16LE(20, 6);
    cd.writeUInt16LE(0x0800, 8);
    cd.writeUInt16LE(e.method, 10);
    cd.writeUInt16LE(0x6000, 12);
    cd.writeUInt16LE(0x5a21, 14);
    cd.writeUInt32LE(crc >>> 0, 16);
    cd.writeUInt32LE(data.length, 20);
    cd.writeUInt32LE(size, 24);
    cd.writeUInt16LE(name.length, 28);
    cd.writeUInt32LE(offset, 42);
    central.push(cd, name);
    offset += head.length + name.length + data.length;
  }
  const cdBytes = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(cdBytes.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...local, cdBytes, end]);
}

const xml = (s) => Buffer.from(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n${s}`, 'utf8');

/** The parts every DOCX has besides its body. */
function docxFrame() {
  return [
    {
      name: '[Content_Types].xml',
      method: 8,
      data: xml(
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
          '<Default Extension="xml" ContentType="application/xml"/>' +
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>' +
          '</Types>',
      ),
    },
    {
      name: '_rels/.rels',
      method: 8,
      data: xml(
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
          '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>' +
          '</Relationships>',
      ),
    },
  ];
}

/**
 * An OLE2 compound file header (what .doc, .wps, .xls and encrypted Office files are),
 * followed by a FAT sector and empty sectors: enough for any tool to recognise it.
 */
function ole2(label) {
  const header = Buffer.alloc(512, 0);
  Buffer.from('d0cf11e0a1b11ae1', 'hex').copy(header, 0);
  header.writeUInt16LE(0x003e, 24); // minor version
  header.writeUInt16LE(0x0003, 26); // major version 3
  header.writeUInt16LE(0xfffe, 28); // byte order
  header.writeUInt16LE(9, 30); // 512-byte sectors
  header.writeUInt16LE(6, 32); // 64-byte mini sectors
  header.writeUInt32LE(1, 44); // one FAT sector
  header.writeUInt32LE(1, 48); // directory starts at sector 1
  header.writeUInt32LE(0x1000, 56); // mini stream cutoff
  header.writeUInt32LE(0xfffffffe, 60); // no mini FAT
  header.writeUInt32LE(0xfffffffe, 68); // no DIFAT
  header.fill(0xff, 76, 512);
  header.writeUInt32LE(0, 76); // FAT in sector 0
  const fat = Buffer.alloc(512, 0xff);
  fat.writeUInt32LE(0xfffffffd, 0);
  fat.writeUInt32LE(0xfffffffe, 4);
  const dir = Buffer.alloc(512, 0);
  const rootName = Buffer.from('Root Entry\0', 'utf16le');
  rootName.copy(dir, 0);
  dir.writeUInt16LE(rootName.length, 64);
  dir[66] = 5; // root storage
  const body = Buffer.alloc(1024, 0);
  Buffer.from(label, 'utf16le').copy(body, 0);
  return Buffer.concat([header, fat, dir, body]);
}

// --- images and PDF ------------------------------------------------------------------

/** A grey "scan" of a printed page: light paper with dark bars where lines of text are. */
function scanPixels(width, height) {
  const rows = [];
  for (let y = 0; y < height; y++) {
    const row = Buffer.alloc(width, 235);
    const inLine = y > 40 && y < height - 40 && y % 14 < 6;
    if (inLine) {
      const indent = y % 70 < 14 ? 40 : 24;
      const end = width - 24 - ((y * 7) % 31);
      for (let x = indent; x < end; x++) row[x] = (x * 13 + y * 7) % 9 < 6 ? 40 : 200;
    }
    rows.push(row);
  }
  return rows;
}

function png(width, height) {
  const chunk = (type, data) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const td = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(zlib.crc32(td) >>> 0);
    return Buffer.concat([len, td, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 0; // greyscale
  const raw = Buffer.concat(scanPixels(width, height).map((r) => Buffer.concat([Buffer.from([0]), r])));
  return Buffer.concat([
    Buffer.from('89504e470d0a1a0a', 'hex'),
    chunk('IHDR', ihdr),
    chunk('IDAT', zlib.deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** Assembles a PDF from object bodies (object i + 1 is bodies[i]) with a correct xref table. */
function pdf(bodies) {
  const chunks = [Buffer.from('%PDF-1.4\n%\xE2\xE3\xCF\xD3\n', 'latin1')];
  let offset = chunks[0].length;
  const offsets = [];
  bodies.forEach((body, i) => {
    offsets.push(offset);
    for (const p of [`${i + 1} 0 obj\n`, ...[].concat(body), '\nendobj\n']) {
      const b = typeof p === 'string' ? Buffer.from(p, 'latin1') : p;
      chunks.push(b);
      offset += b.length;
    }
  });
  const xref = [`xref\n0 ${bodies.length + 1}\n`, '0000000000 65535 f \n'];
  for (const o of offsets) xref.push(`${String(o).padStart(10, '0')} 00000 n \n`);
  xref.push(`trailer\n<< /Size ${bodies.length + 1} /Root 1 0 R >>\nstartxref\n${offset}\n%%EOF\n`);
  chunks.push(Buffer.from(xref.join(''), 'latin1'));
  return Buffer.concat(chunks);
}

const pdfStream = (data, dict = '') => {
  const bytes = typeof data === 'string' ? Buffer.from(data, 'latin1') : data;
  return [`<< /Length ${bytes.length} ${dict}>>\nstream\n`, bytes, '\nendstream'];
};

const A4 = '/MediaBox [0 0 595 842]';
const HELVETICA = '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>';

/** One A4 page that is a single greyscale image, as a scanner without OCR produces. */
function scannedPdf() {
  const [w, h] = [298, 421];
  const pixels = zlib.deflateSync(Buffer.concat(scanPixels(w, h)), { level: 9 });
  return pdf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    `<< /Type /Page /Parent 2 0 R ${A4} /Contents 4 0 R /Resources << /XObject << /Im1 5 0 R >> >> >>`,
    pdfStream('q 595 0 0 842 0 0 cm /Im1 Do Q'),
    pdfStream(pixels, `/Type /XObject /Subtype /Image /Width ${w} /Height ${h} /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /FlateDecode `),
  ]);
}

// --- the committed fixtures ----------------------------------------------------------

function smallFixtures() {
  const taicang = corpus('taicang-culture-2025-draft.txt').toString('utf8');
  const suzhou = corpus('suzhou-cultural-creative-2023-2025.txt').toString('utf8');
  const docx = corpus('suzhou-cultural-creative-2023-2025.docx');
  const text = (s) => Buffer.from(s, 'utf8');
  return {
    // nothing to read
    'empty.txt': Buffer.alloc(0),
    'blank-lines.txt': Buffer.from('\r\n   \r\n\t\r\n\u3000\r\n', 'utf8'),
    // an image attachment saved with the wrong extension
    'attachment-image.txt': png(96, 128),
    // encodings: GBK is accepted (a real plan re-encoded, CRLF as Notepad writes it);
    // the others are recognised and refused, never read as mojibake
    'taicang-plan-gbk.txt': encode(crlf(taicang), 'gbk'),
    'suzhou-plan-utf16le-no-bom.txt': encode(suzhou, 'utf-16le'),
    'taiwan-plan-big5.txt': encode(crlf(TAIWAN_PLAN), 'big5'),
    'japan-plan-shift-jis.txt': encode(crlf(JAPAN_PLAN), 'shift_jis'),
    // text, but not a policy plan: processed with a warning and no tasks
    'press-release-not-a-plan.txt': text(PRESS_RELEASE),
    // PDF: a download cut short; a scan without a text layer
    'taicang-plan-truncated.pdf': corpus('taicang-culture-2025-draft.pdf').subarray(0, 40000),
    'scanned-no-text-layer.pdf': scannedPdf(),
    // DOCX: a download cut short; a legacy .doc renamed; a spreadsheet renamed
    'suzhou-plan-truncated.docx': docx.subarray(0, Math.floor(docx.length / 2)),
    'legacy-doc-renamed.docx': ole2('WordDocument: 关于印发文化产业发展实施方案的通知'),
    'spreadsheet-renamed.docx': zip([
      {
        name: '[Content_Types].xml',
        method: 8,
        data: xml(
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
            '<Default Extension="xml" ContentType="application/xml"/>' +
            '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
            '</Types>',
        ),
      },
      { name: 'xl/workbook.xml', method: 8, data: xml('<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheets><sheet name="指标表" sheetId="1"/></sheets></workbook>') },
    ]),
    // a small zip bomb: the central directory declares a 1 GiB body (refused before inflating)
    'zip-bomb-declared.docx': zip([
      ...docxFrame(),
      {
        name: 'word/document.xml',
        method: 8,
        data: Buffer.alloc(0),
        compressed: zlib.deflateRawSync(Buffer.alloc(1 << 20, 0x20)),
        size: 0x40000000,
        crc: 0,
      },
    ]),
    // formats we do not read
    'plan.doc': ole2('WordDocument'),
    'plan.wps': ole2('WpsContent'),
    'targets.xls': ole2('Workbook'),
    'notice.ofd': zip([{ name: 'OFD.xml', method: 8, data: xml('<ofd:OFD xmlns:ofd="http://www.ofdspec.org/2016" Version="1.0" DocType="OFD"/>') }]),
  };
}

// --- the large and hostile ones (test time only) -------------------------------------

/**
 * Raw deflate of `head` + `unit` × `count` + `tail`, without compressing all of it: each
 * unit-run segment is compressed once after a full flush (no back-references across it),
 * so identical segments can be repeated.
 */
function deflateRepeated(head, unit, count, tail) {
  const perSegment = Math.max(1, Math.floor((4 << 20) / unit.length));
  const segmentData = Buffer.concat(Array(perSegment).fill(unit));
  const full = { finishFlush: zlib.constants.Z_FULL_FLUSH, level: 9 };
  const parts = [zlib.deflateRawSync(head, full)];
  let crc = zlib.crc32(head);
  const segment = zlib.deflateRawSync(segmentData, full);
  let left = count;
  while (left >= perSegment) {
    parts.push(segment);
    crc = zlib.crc32(segmentData, crc);
    left -= perSegment;
  }
  const rest = Buffer.concat([Buffer.concat(Array(left).fill(unit)), tail]);
  parts.push(zlib.deflateRawSync(rest));
  crc = zlib.crc32(rest, crc);
  return { compressed: Buffer.concat(parts), size: head.length + unit.length * count + tail.length, crc };
}

/** A DOCX whose body inflates to ~250 MB of 文; `lie` declares 1 MB instead. */
function zipBombDocx(lie) {
  const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
  const head = Buffer.from(`<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="${W}"><w:body><w:p><w:r><w:t>`, 'utf8');
  const tail = Buffer.from('</w:t></w:r></w:p></w:body></w:document>', 'utf8');
  const unit = Buffer.from('文化产业发展', 'utf8');
  const bomb = deflateRepeated(head, unit, Math.ceil((250 << 20) / unit.length), tail);
  return zip([
    ...docxFrame(),
    { name: 'word/document.xml', method: 8, data: Buffer.alloc(0), compressed: bomb.compressed, size: lie ? 1 << 20 : bomb.size, crc: bomb.crc },
  ]);
}

/** 5 000 A4 pages with one line of text each (over the 2 000-page limit). */
function thousandsOfPagesPdf(n = 5000) {
  const bodies = ['<< /Type /Catalog /Pages 2 0 R >>', '', pdfStream('BT /F1 12 Tf 72 770 Td (Page) Tj ET'), HELVETICA];
  const kids = [];
  for (let i = 0; i < n; i++) {
    bodies.push(`<< /Type /Page /Parent 2 0 R ${A4} /Contents 3 0 R /Resources << /Font << /F1 4 0 R >> >> >>`);
    kids.push(`${bodies.length} 0 R`);
  }
  bodies[1] = `<< /Type /Pages /Kids [${kids.join(' ')}] /Count ${n} >>`;
  return pdf(bodies);
}

/** A page whose resources nest arrays and dictionaries 100 000 levels deep. */
function deeplyNestedPdf(depth = 100000) {
  const arrays = '['.repeat(depth) + ']'.repeat(depth);
  const dicts = '<</A '.repeat(depth) + '1' + '>>'.repeat(depth);
  return pdf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    `<< /Type /Page /Parent 2 0 R ${A4} /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> /X ${arrays} /Y ${dicts} >> >>`,
    pdfStream('BT /F1 12 Tf 72 770 Td (Nested) Tj ET'),
    HELVETICA,
  ]);
}

/**
 * A page whose content stream saves the graphics state 100 000 times before its text:
 * pdf.js needs minutes for it, so only the per-document time limit stops it.
 */
function slowContentPdf(depth = 100000) {
  const content = 'q '.repeat(depth) + 'BT /F1 12 Tf 72 770 Td (Slow) Tj ET' + ' Q'.repeat(depth);
  return pdf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    `<< /Type /Page /Parent 2 0 R ${A4} /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>`,
    pdfStream(content),
    HELVETICA,
  ]);
}

/** Files written by `--large`: name → what it is. The 60 MB one is sparse (no disk, never read). */
export const LARGE = {
  'zip-bomb.docx': 'DOCX whose word/document.xml inflates to 250 MB (declared honestly)',
  'zip-bomb-lying-header.docx': 'DOCX whose word/document.xml inflates to 250 MB but declares 1 MB',
  'thousands-of-pages.pdf': 'PDF with 5 000 pages',
  'deeply-nested.pdf': 'PDF with objects nested 100 000 levels deep',
  'slow-content.pdf': 'PDF whose one page takes pdf.js minutes (100 000 nested q operators)',
  'huge-60mb.txt': 'a 60 MB file (over the default 50 MB limit)',
};

function largeFixtures(dir) {
  mkdirSync(dir, { recursive: true });
  const write = (name, bytes) => writeFileSync(path.join(dir, name), bytes);
  write('zip-bomb.docx', zipBombDocx(false));
  write('zip-bomb-lying-header.docx', zipBombDocx(true));
  write('thousands-of-pages.pdf', thousandsOfPagesPdf());
  write('deeply-nested.pdf', deeplyNestedPdf());
  write('slow-content.pdf', slowContentPdf());
  const fd = openSync(path.join(dir, 'huge-60mb.txt'), 'w');
  ftruncateSync(fd, 60 * 1024 * 1024);
  closeSync(fd);
  return Object.keys(LARGE);
}

// --- main ----------------------------------------------------------------------------

const isMain = process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const i = process.argv.indexOf('--large');
  if (i >= 0) {
    const dir = process.argv[i + 1];
    if (!dir) {
      console.error('usage: node scripts/make-bad-fixtures.mjs [--large <dir>]');
      process.exit(2);
    }
    for (const name of largeFixtures(path.resolve(dir))) console.log(path.join(dir, name));
  } else {
    const outDir = path.join(root, 'tests', 'fixtures', 'bad');
    mkdirSync(outDir, { recursive: true });
    for (const [name, bytes] of Object.entries(smallFixtures())) {
      writeFileSync(path.join(outDir, name), bytes);
      console.log(`wrote ${path.relative(root, path.join(outDir, name))} (${bytes.length} bytes)`);
    }
  }
}
