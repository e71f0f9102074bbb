#!/usr/bin/env node
/**
 * Writes tests/fixtures/docx/plan-numbering.docx: a small, realistic 实施方案 in
 * WordprocessingML that exercises what the corpus DOCX files do not:
 * - headings numbered through their paragraph style (`一、` and `（一）`, chineseCounting,
 *   level found through the abstract level's w:pStyle), restarting under each `一、`;
 * - nested task lists `1.` → `（1）` → `①` (decimal, decimal, decimalEnclosedCircle), a tab
 *   suffix, deeper levels restarting when a shallower one advances;
 * - a second w:num on the same abstract list that continues it (3., 4.) and a third with
 *   w:startOverride that restarts it (1., 2.); numId 0 removing a style's number;
 *   full-width decimals `１．`; a Symbol-font bullet;
 * - an indicator table with a vertically merged and a horizontally spanned cell;
 * - after the signature, an attachment 重点任务分工表 (序号 | 重点任务 | 牵头单位 | 配合单位 | 完成时限)
 *   with group headings spanning the row and a task cell merged down over a second row of units;
 * - a bookmark, a HYPERLINK field, a footnote reference, tracked insert/delete, a text
 *   box written twice (mc:Choice + mc:Fallback), a content control, a tab, a line break,
 *   escaped `>`; header, footer (PAGE field) and footnote text that are not body text.
 *
 * Deterministic output (fixed dates), so re-running it gives the same bytes.
 * Usage: node scripts/make-docx-fixture.mjs
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import JSZip from 'jszip';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'tests/fixtures/docx/plan-numbering.docx');

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const NS = [
  `xmlns:w="${W}"`,
  'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"',
  'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"',
  'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"',
  'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"',
  'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"',
  'xmlns:v="urn:schemas-microsoft-com:vml"',
  'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml"',
  'mc:Ignorable="w14"',
].join(' ');
const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const run = (text, rPr = '') => `<w:r>${rPr ? `<w:rPr>${rPr}</w:rPr>` : ''}<w:t xml:space="preserve">${esc(text)}</w:t></w:r>`;
const runs = (...texts) => texts.map((t) => run(t)).join('');
const pPr = ({ style, numId, ilvl } = {}) => {
  const parts = [];
  if (style) parts.push(`<w:pStyle w:val="${style}"/>`);
  if (numId !== undefined) {
    parts.push(`<w:numPr>${ilvl !== undefined ? `<w:ilvl w:val="${ilvl}"/>` : ''}<w:numId w:val="${numId}"/></w:numPr>`);
  }
  parts.push('<w:rPr><w:rFonts w:ascii="仿宋_GB2312" w:eastAsia="仿宋_GB2312"/></w:rPr>');
  return `<w:pPr>${parts.join('')}</w:pPr>`;
};
const p = (content, opts) => `<w:p>${pPr(opts)}${content}</w:p>`;
const para = (text, opts) => p(run(text), opts);
const task = (numId, ilvl, ...texts) => p(runs(...texts), { style: 'ListParagraph', numId, ilvl });

const cellBorders =
  '<w:tcBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="000000"/><w:left w:val="single" w:sz="4" w:space="0" w:color="000000"/><w:bottom w:val="single" w:sz="4" w:space="0" w:color="000000"/><w:right w:val="single" w:sz="4" w:space="0" w:color="000000"/></w:tcBorders>';
const tc = (paras, { width = 2000, vMerge, gridSpan } = {}) => {
  const props = [`<w:tcW w:w="${width}" w:type="dxa"/>`];
  if (gridSpan) props.push(`<w:gridSpan w:val="${gridSpan}"/>`);
  if (vMerge === 'restart') props.push('<w:vMerge w:val="restart"/>');
  else if (vMerge === 'continue') props.push('<w:vMerge/>');
  props.push(cellBorders, '<w:vAlign w:val="center"/>');
  const body = (Array.isArray(paras) ? paras : [paras]).map((t) => para(t, { style: 'TableText' })).join('');
  return `<w:tc><w:tcPr>${props.join('')}</w:tcPr>${body}</w:tc>`;
};
const tr = (...cells) => `<w:tr><w:trPr><w:jc w:val="center"/></w:trPr>${cells.join('')}</w:tr>`;

const indicatorTable = `<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="8800" w:type="dxa"/><w:jc w:val="center"/><w:tblLook w:val="04A0"/></w:tblPr><w:tblGrid><w:gridCol w:w="1600"/><w:gridCol w:w="3600"/><w:gridCol w:w="1800"/><w:gridCol w:w="1800"/></w:tblGrid>${[
  tr(tc('类别', { width: 1600 }), tc('指标名称', { width: 3600 }), tc(['2023年', '基期值'], { width: 1800 }), tc('2026年目标值', { width: 1800 })),
  tr(tc('产业规模', { width: 1600, vMerge: 'restart' }), tc('数字文化产业增加值（亿元）', { width: 3600 }), tc('320', { width: 1800 }), tc('500', { width: 1800 })),
  tr(tc('', { width: 1600, vMerge: 'continue' }), tc('规上数字文化企业数量（家）', { width: 3600 }), tc('410', { width: 1800 }), tc('>600', { width: 1800 })),
  tr(tc('创新能力', { width: 1600 }), tc('省级以上重点实验室（个）', { width: 3600 }), tc('8', { width: 1800 }), tc('15', { width: 1800 })),
  tr(tc('注：增加值按现价计算。', { width: 8800, gridSpan: 4 })),
].join('')}</w:tbl>`;

const taskTable = `<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="8800" w:type="dxa"/><w:jc w:val="center"/><w:tblLook w:val="04A0"/></w:tblPr><w:tblGrid><w:gridCol w:w="800"/><w:gridCol w:w="3800"/><w:gridCol w:w="1400"/><w:gridCol w:w="1600"/><w:gridCol w:w="1200"/></w:tblGrid>${[
  tr(tc('序号', { width: 800 }), tc('重点任务', { width: 3800 }), tc('牵头单位', { width: 1400 }), tc('配合单位', { width: 1600 }), tc('完成时限', { width: 1200 })),
  tr(tc('一、壮大市场主体', { width: 8800, gridSpan: 5 })),
  tr(tc('1', { width: 800, vMerge: 'restart' }), tc('培育数字文化骨干企业，规上数字文化企业达到600家。', { width: 3800, vMerge: 'restart' }), tc('市委宣传部', { width: 1400 }), tc('市工信局、市财政局', { width: 1600 }), tc('2026年底前', { width: 1200 })),
  tr(tc('', { width: 800, vMerge: 'continue' }), tc('', { width: 3800, vMerge: 'continue' }), tc('', { width: 1400 }), tc('市科技局', { width: 1600 }), tc('', { width: 1200 })),
  tr(tc('2', { width: 800 }), tc('设立中小微文化企业贷款风险补偿资金池。', { width: 3800 }), tc('市地方金融监管局', { width: 1400 }), tc('各县（市、区）人民政府', { width: 1600 }), tc('2024年6月', { width: 1200 })),
  tr(tc('二、强化要素保障', { width: 8800, gridSpan: 5 })),
  tr(tc('3', { width: 800 }), tc('每年安排数字文化产业发展专项资金不少于1亿元。', { width: 3800 }), tc('市财政局', { width: 1400 }), tc('—', { width: 1600 }), tc('每年', { width: 1200 })),
].join('')}</w:tbl>`;

const textBoxContent = `<w:txbxContent>${para('专栏1　重点园区名单')}</w:txbxContent>`;
const textBox = `<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" relativeHeight="1" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="column"><wp:posOffset>0</wp:posOffset></wp:positionH><wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV><wp:extent cx="2743200" cy="457200"/><wp:wrapTopAndBottom/><wp:docPr id="1" name="文本框 1"/><a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="2743200" cy="457200"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></wps:spPr><wps:txbx>${textBoxContent}</wps:txbx><wps:bodyPr/></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape id="文本框 1" type="#_x0000_t202" style="width:216pt;height:36pt"><v:textbox>${textBoxContent}</v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>`;

const body = [
  para('某市数字文化产业高质量发展实施方案（2024—2026年）', { style: 'Title' }),
  `<w:sdt><w:sdtPr><w:alias w:val="导语"/><w:id w:val="101"/><w:placeholder><w:docPart w:val="DefaultPlaceholder"/></w:placeholder></w:sdtPr><w:sdtContent>${p(
    runs('为加快推动数字文化产业高质量发展，结合我市实际，制定本方案。') +
      '<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteReference w:id="1"/></w:r>',
  )}</w:sdtContent></w:sdt>`,
  para('总体要求', { style: 'Heading1' }),
  para('指导思想', { style: 'Heading2' }),
  p(
    '<w:bookmarkStart w:id="0" w:name="OLE_LINK1"/>' +
      runs('坚持以习近平新时代中国特色社会主义思想为指导，政策文件详见') +
      '<w:bookmarkEnd w:id="0"/>' +
      '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> HYPERLINK "https://www.example.gov.cn/zcwj" </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>' +
      run('市政府门户网站', '<w:rStyle w:val="Hyperlink"/>') +
      '<w:r><w:fldChar w:fldCharType="end"/></w:r>' +
      run('。'),
  ),
  para('发展目标', { style: 'Heading2' }),
  p(runs('到2026年，全市数字文化产业增加值突破', '500', '亿元，年均增长10%以上。')),
  indicatorTable,
  para('重点任务', { style: 'Heading1' }),
  para('壮大市场主体', { style: 'Heading2' }),
  task(2, 0, '培育龙头企业。支持骨干企业做大做强。（责任单位：市委宣传部、市文广旅局）'),
  task(2, 1, '对首次入选全国文化企业30强的企业给予奖励；'),
  task(2, 2, '奖励标准按年度确定；'),
  task(2, 2, '同一企业不重复奖励。'),
  task(2, 1, '对新认定的国家级文化产业示范基地给予支持。'),
  task(2, 0, '扶持中小微企业。（责任单位：市工信局、市财政局）'),
  task(2, 1, '设立中小微文化企业贷款风险补偿资金池。'),
  para('建设产业载体', { style: 'Heading2' }),
  task(3, 0, '建设数字文化产业园区。到2026年建成省级以上园区5家。'),
  task(3, 0, '打造创意设计集聚区。'),
  p(run('重点发展领域包括：')),
  p(runs('数字内容；'), { style: 'ListParagraph', numId: 5, ilvl: 0 }),
  p(runs('创意设计。'), { style: 'ListParagraph', numId: 5, ilvl: 0 }),
  p(run('各地要加快项目建设。') + textBox),
  para('保障措施', { style: 'Heading1' }),
  task(4, 0, '加强组织领导。'),
  p(
    runs('强化督促检查。') +
      '<w:del w:id="11" w:author="审核人" w:date="2024-02-01T00:00:00Z"><w:r><w:delText>每半年</w:delText></w:r></w:del>' +
      '<w:ins w:id="12" w:author="审核人" w:date="2024-02-01T00:00:00Z"><w:r><w:t>每季度</w:t></w:r></w:ins>' +
      runs('通报工作进展。'),
    { style: 'ListParagraph', numId: 4, ilvl: 0 },
  ),
  p(run('联系人：张三') + '<w:r><w:tab/></w:r>' + run('联系电话：0512-12345678')),
  para('附件', { style: 'Heading1', numId: 0 }),
  para('重点项目清单', { numId: 6, ilvl: 0 }),
  para('重点园区名单', { numId: 6, ilvl: 0 }),
  p(run('某市人民政府办公室') + '<w:r><w:br/></w:r>' + run('2024年3月1日'), { style: 'Signature' }),
  para('附件1'),
  para('重点任务分工表', { style: 'Title' }),
  taskTable,
  '<w:sectPr><w:headerReference w:type="default" r:id="rId4"/><w:footerReference w:type="default" r:id="rId5"/><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1588" w:header="851" w:footer="1247" w:gutter="0"/></w:sectPr>',
].join('');

const documentXml = `${XML}<w:document ${NS}><w:body>${body}</w:body></w:document>`;

const lvl = (ilvl, { start = 1, fmt, text, suff, pStyle, font, ind = 0 }) =>
  `<w:lvl w:ilvl="${ilvl}"><w:start w:val="${start}"/><w:numFmt w:val="${fmt}"/>${pStyle ? `<w:pStyle w:val="${pStyle}"/>` : ''}${suff ? `<w:suff w:val="${suff}"/>` : ''}<w:lvlText w:val="${esc(text)}"/><w:lvlJc w:val="left"/><w:pPr><w:tabs><w:tab w:val="num" w:pos="${ind + 640}"/></w:tabs><w:ind w:left="${ind}" w:firstLine="640"/></w:pPr>${font ? `<w:rPr><w:rFonts w:ascii="${font}" w:hAnsi="${font}" w:hint="default"/></w:rPr>` : ''}</w:lvl>`;
const fillLevels = (from, make) => Array.from({ length: 9 - from }, (_, i) => make(from + i)).join('');

const numberingXml = `${XML}<w:numbering ${NS}>${[
  // 0: headings, bound to Heading1/Heading2 by style
  `<w:abstractNum w:abstractNumId="0"><w:nsid w:val="1A2B3C40"/><w:multiLevelType w:val="multilevel"/>${lvl(0, { fmt: 'chineseCounting', text: '%1、', suff: 'nothing', pStyle: 'Heading1' })}${lvl(1, { fmt: 'chineseCounting', text: '（%2）', suff: 'nothing', pStyle: 'Heading2' })}${fillLevels(2, (i) => lvl(i, { fmt: 'decimal', text: `%${i + 1}.` }))}</w:abstractNum>`,
  // 1: tasks 1. → （1） → ①
  `<w:abstractNum w:abstractNumId="1"><w:nsid w:val="1A2B3C41"/><w:multiLevelType w:val="multilevel"/>${lvl(0, { fmt: 'decimal', text: '%1.' })}${lvl(1, { fmt: 'decimal', text: '（%2）', suff: 'nothing', ind: 420 })}${lvl(2, { fmt: 'decimalEnclosedCircle', text: '%3', suff: 'nothing', ind: 840 })}${fillLevels(3, (i) => lvl(i, { fmt: 'decimal', text: `%${i + 1}.` }))}</w:abstractNum>`,
  // 2: bullets (Symbol font private-use bullet)
  `<w:abstractNum w:abstractNumId="2"><w:nsid w:val="1A2B3C42"/><w:multiLevelType w:val="hybridMultilevel"/>${lvl(0, { fmt: 'bullet', text: '\uf0b7', font: 'Symbol' })}${fillLevels(1, (i) => lvl(i, { fmt: 'bullet', text: '\uf06e', font: 'Wingdings' }))}</w:abstractNum>`,
  // 3: full-width decimals for the attachment list
  `<w:abstractNum w:abstractNumId="3"><w:nsid w:val="1A2B3C43"/><w:multiLevelType w:val="singleLevel"/>${lvl(0, { fmt: 'decimalFullWidth', text: '%1．', suff: 'nothing' })}</w:abstractNum>`,
  '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>',
  '<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>',
  '<w:num w:numId="3"><w:abstractNumId w:val="1"/></w:num>',
  '<w:num w:numId="4"><w:abstractNumId w:val="1"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>',
  '<w:num w:numId="5"><w:abstractNumId w:val="2"/></w:num>',
  '<w:num w:numId="6"><w:abstractNumId w:val="3"/></w:num>',
].join('')}</w:numbering>`;

const style = (id, name, { type = 'paragraph', basedOn, numPr, isDefault, extra = '' } = {}) =>
  `<w:style w:type="${type}"${isDefault ? ' w:default="1"' : ''} w:styleId="${id}"><w:name w:val="${name}"/>${basedOn ? `<w:basedOn w:val="${basedOn}"/>` : ''}<w:qFormat/><w:pPr>${numPr ?? ''}${extra}</w:pPr></w:style>`;

const stylesXml = `${XML}<w:styles ${NS}><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:eastAsia="仿宋_GB2312"/><w:sz w:val="32"/><w:lang w:val="en-US" w:eastAsia="zh-CN"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:line="560" w:lineRule="exact"/></w:pPr></w:pPrDefault></w:docDefaults>${[
  style('Normal', 'Normal', { isDefault: true, extra: '<w:ind w:firstLine="640"/>' }),
  style('Title', 'Title', { basedOn: 'Normal', extra: '<w:jc w:val="center"/>' }),
  // Heading1 gives only the list; its level comes from w:pStyle on abstract level 0.
  style('Heading1', 'heading 1', { basedOn: 'Normal', numPr: '<w:numPr><w:numId w:val="1"/></w:numPr>', extra: '<w:outlineLvl w:val="0"/>' }),
  // Heading2 likewise (level 1 through w:pStyle).
  style('Heading2', 'heading 2', { basedOn: 'Normal', numPr: '<w:numPr><w:numId w:val="1"/></w:numPr>', extra: '<w:outlineLvl w:val="1"/>' }),
  style('ListParagraph', 'List Paragraph', { basedOn: 'Normal', extra: '<w:ind w:firstLineChars="200" w:firstLine="640"/>' }),
  style('TableText', 'Table Text', { basedOn: 'Normal', extra: '<w:ind w:firstLine="0"/><w:jc w:val="center"/>' }),
  style('Signature', 'Signature', { basedOn: 'Normal', extra: '<w:jc w:val="right"/>' }),
  '<w:style w:type="character" w:styleId="Hyperlink"><w:name w:val="Hyperlink"/><w:rPr><w:color w:val="0563C1"/><w:u w:val="single"/></w:rPr></w:style>',
  '<w:style w:type="character" w:styleId="FootnoteReference"><w:name w:val="footnote reference"/><w:rPr><w:vertAlign w:val="superscript"/></w:rPr></w:style>',
  '<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/></w:style>',
].join('')}</w:styles>`;

const footnotesXml = `${XML}<w:footnotes ${NS}><w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote><w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote><w:footnote w:id="1"><w:p><w:r><w:footnoteRef/></w:r>${run('本方案所称数字文化产业，以国家统计局分类为准。')}</w:p></w:footnote></w:footnotes>`;
const headerXml = `${XML}<w:hdr ${NS}>${para('某市人民政府办公室文件')}</w:hdr>`;
const footerXml = `${XML}<w:ftr ${NS}><w:p><w:pPr><w:jc w:val="center"/></w:pPr>${run('— ')}<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>${run('1')}<w:r><w:fldChar w:fldCharType="end"/></w:r>${run(' —')}</w:p></w:ftr>`;

const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const documentRels = `${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/styles" Target="styles.xml"/><Relationship Id="rId2" Type="${REL}/numbering" Target="numbering.xml"/><Relationship Id="rId3" Type="${REL}/footnotes" Target="footnotes.xml"/><Relationship Id="rId4" Type="${REL}/header" Target="header1.xml"/><Relationship Id="rId5" Type="${REL}/footer" Target="footer1.xml"/><Relationship Id="rId6" Type="${REL}/hyperlink" Target="https://www.example.gov.cn/zcwj" TargetMode="External"/></Relationships>`;
const packageRels = `${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>`;
const CT = 'application/vnd.openxmlformats-officedocument.wordprocessingml';
const contentTypes = `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="${CT}.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="${CT}.styles+xml"/><Override PartName="/word/numbering.xml" ContentType="${CT}.numbering+xml"/><Override PartName="/word/footnotes.xml" ContentType="${CT}.footnotes+xml"/><Override PartName="/word/header1.xml" ContentType="${CT}.header+xml"/><Override PartName="/word/footer1.xml" ContentType="${CT}.footer+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>`;
const coreXml = `${XML}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>某市数字文化产业高质量发展实施方案（2024—2026年）</dc:title><dc:creator>某市人民政府办公室</dc:creator><dcterms:created xsi:type="dcterms:W3CDTF">2024-03-01T00:00:00Z</dcterms:created></cp:coreProperties>`;

const date = new Date(Date.UTC(2024, 2, 1));
const zip = new JSZip();
const add = (path, content) => zip.file(path, content, { date, createFolders: false });
add('[Content_Types].xml', contentTypes);
add('_rels/.rels', packageRels);
add('docProps/core.xml', coreXml);
add('word/_rels/document.xml.rels', documentRels);
add('word/document.xml', documentXml);
add('word/styles.xml', stylesXml);
add('word/numbering.xml', numberingXml);
add('word/footnotes.xml', footnotesXml);
add('word/header1.xml', headerXml);
add('word/footer1.xml', footerXml);

const bytes = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 9 } });
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, bytes);
console.log(`wrote ${out} (${bytes.length} bytes)`);
