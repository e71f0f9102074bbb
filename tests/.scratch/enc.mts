import { readFileSync, readdirSync } from 'node:fs';
import iconv from 'iconv-lite';
import { plausibility, countChars } from '../../src/ingest/text-quality.js';
const texts: Record<string,string> = {};
for (const f of readdirSync('corpus').filter(f=>f.endsWith('.txt'))) texts[f.slice(0,8)] = readFileSync('corpus/'+f,'utf8');
const src = readFileSync('scripts/make-bad-fixtures.mjs','utf8');
const grab = (name: string) => src.split('const '+name+' = `')[1].split('`;')[0];
const tw = grab('TAIWAN_PLAN'), ja = grab('JAPAN_PLAN'), pr = grab('PRESS_RELEASE');
const ko = '문화체육관광부는 지역 문화 산업의 경쟁력을 높이기 위하여 다음과 같은 계획을 수립하였다. 첫째, 지역 문화 콘텐츠 기업에 대한 지원을 확대한다. 둘째, 문화 인력 양성을 위한 교육 과정을 운영한다. 셋째, 국제 교류를 통하여 해외 시장 진출을 돕는다.';
const row = (label: string, bytes: Buffer) => {
  const out: string[] = [];
  for (const [enc, lang] of [['utf-8','zh'],['gb18030','zh'],['big5','zh'],['shift_jis','ja'],['euc-kr','ko'],['utf-16le','zh'],['utf-16be','zh']] as const) {
    const s = plausibility(iconv.decode(bytes, enc), lang);
    out.push(`${enc}=${s === null ? '-' : s.toFixed(2)}`);
  }
  console.log(label.padEnd(22), out.join(' '));
};
for (const [k, t] of Object.entries(texts)) { row(k+' gbk', iconv.encode(t, 'gb18030')); row(k + ' u16', iconv.encode(t,'utf-16le')); }
row('taiwan big5', iconv.encode(tw, 'big5'));
row('taiwan gb18030', iconv.encode(tw, 'gb18030'));
row('japan sjis', iconv.encode(ja, 'shift_jis'));
row('korean euckr', iconv.encode(ko, 'euc-kr'));
row('press gbk', iconv.encode(pr, 'gbk'));
row('short gbk', iconv.encode('关于开展文化产业调查的通知', 'gbk'));
row('latin1', iconv.encode('Café société — naïve résumé, déjà vu. Über straße.', 'latin1'));
for (const [k, t] of Object.entries(texts)) console.log(k, countChars(t));
