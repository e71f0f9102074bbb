/**
 * Is a decoded text plausibly written in a language, rather than the mojibake that
 * a wrong decoder produces? Used by `txt.ts` to choose between readings of the same
 * bytes (UTF-8, GB18030, and the encodings we refuse but want to name: Big5,
 * Shift-JIS, EUC-KR, UTF-16 without a byte-order mark).
 *
 * A wrong decoding scatters characters over the whole repertoire of the encoding:
 * rare hanzi, Greek, Cyrillic, box drawing, half-width katakana, private-use and
 * replacement characters. Right text uses a few hundred common characters for most
 * of its content. So a reading's score is the share of its letters that are common
 * for the language, and anything outside the language's scripts counts against it.
 */

/** ~500 of the commonest simplified Chinese characters. */
const COMMON_HANS =
  '的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处队南给色光门即保治北造百规热领七海口东导器压志世金增争济阶油思术极交受联什认六共权收证改清己美再采转更单风切打白教速花带安场身车例真务具万每目至达走积示议声报斗完类八离华名确才科张信马节话米整空元况今集温传土许步群广石记需段研界拉林律叫且究观越织装影算低持音众书布复容儿须际商非验连断深难近矿千周委素技备半办青省列习响约支般史感劳便团往酸历市克何除消构府称太准精值号率族维划选标写存候毛亲快效斯院查江型眼王按格养易置派层片始却专状育厂京识适属圆包火住调满县局照参红细引听该铁价严龙飞';

/** Traditional forms of the characters above that differ, plus common traditional-only ones. */
const COMMON_HANT =
  '這個國們時來為發動說產種過後學經進會對實體當點從業應開還間樣與關數線麼質氣變條沒結問無軍題黨員總設長頭資邊級圖統較將組見計別論運農幾區決戰則據處隊給門規熱領東導壓爭濟階術極聯認權證採轉單風帶場車務萬達積議聲報鬥類離華確張馬節話況溫傳許廣記觀織裝眾書復兒須際驗連斷難礦備辦習響約勞團歷構稱準號維劃選標寫親養層卻專狀廠識適屬圓調滿縣參紅細聽該鐵價嚴龍飛於著裡與計畫內臺灣縣鄉鎮協會議題預算執檢討請應並';

/** Common Japanese kanji forms that differ from both sets above. */
const COMMON_JA = '国会発関経済実様対気図当学体数万円時間県区駅広芸術'; // mostly shared; kana carry Japanese

/** ~150 of the commonest Hangul syllables. */
const COMMON_HANGUL =
  '이다는에의하고을를가지한기서로사리도으자정어대인수시해적일전부있것나면들주보국제아상구회장여요조게우성거내그원동화되문관경라계생위분만신공방소연학식발세간마개반업무명실행결과단진지역산통부터까운영및과년월히며또한더중을때문에없는같은습니다였다했다할것을위한대한우리모든하여에서으로부터';

const COMMON_CJK = new Set([...COMMON_HANS, ...COMMON_HANT, ...COMMON_JA]);
const COMMON_HANGUL_SET = new Set(COMMON_HANGUL);

export type Language = 'zh' | 'ja' | 'ko';

/** Character counts over the first 20 000 characters of a reading. */
export interface TextCounts {
  /** Characters other than white space. */
  total: number;
  ascii: number;
  cjk: number;
  commonCjk: number;
  /** Full-width hiragana and katakana. */
  kana: number;
  halfwidthKana: number;
  hangul: number;
  commonHangul: number;
  /** Punctuation, symbols and full-width forms a Chinese text uses. */
  punct: number;
  /** U+FFFD, private use, C0/C1 controls other than white space: never in a right reading. */
  bad: number;
  /** Letters of other scripts (Latin-1 letters, Greek, Cyrillic, rare CJK extensions …). */
  other: number;
}

export function countChars(text: string, limit = 20000): TextCounts {
  const c: TextCounts = { total: 0, ascii: 0, cjk: 0, commonCjk: 0, kana: 0, halfwidthKana: 0, hangul: 0, commonHangul: 0, punct: 0, bad: 0, other: 0 };
  let n = 0;
  for (const ch of text) {
    if (++n > limit) break;
    const u = ch.codePointAt(0)!;
    if (u === 0x20 || u === 0x09 || u === 0x0a || u === 0x0d || u === 0x0c || u === 0x3000) continue;
    c.total++;
    if (u > 0x20 && u < 0x7f) c.ascii++;
    else if (u === 0xfffd || (u >= 0xe000 && u <= 0xf8ff) || u < 0x20 || (u >= 0x7f && u <= 0x9f)) c.bad++;
    else if (u >= 0x4e00 && u <= 0x9fff) {
      c.cjk++;
      if (COMMON_CJK.has(ch)) c.commonCjk++;
    } else if (u >= 0x3041 && u <= 0x30ff) c.kana++;
    else if (u >= 0xff61 && u <= 0xff9f) c.halfwidthKana++;
    else if (u >= 0xac00 && u <= 0xd7a3) {
      c.hangul++;
      if (COMMON_HANGUL_SET.has(ch)) c.commonHangul++;
    } else if (isPunct(u)) c.punct++;
    else c.other++;
  }
  return c;
}

function isPunct(u: number): boolean {
  return (
    (u >= 0xa0 && u <= 0xbf) || u === 0xd7 || u === 0xf7 || // Latin-1 signs: · × ÷ ° §
    (u >= 0x2000 && u <= 0x206f) || // general punctuation: “” — …
    (u >= 0x2100 && u <= 0x22ff) || // letterlike, number forms (Ⅰ), arrows, maths (≥)
    (u >= 0x2460 && u <= 0x27bf) || // ①, box drawing, shapes, dingbats
    (u >= 0x3001 && u <= 0x303f) || // 、。〈〉《》【】
    (u >= 0x3200 && u <= 0x33ff) || // ㈠, ㎡
    (u >= 0xfe30 && u <= 0xfe4f) || // vertical forms
    (u >= 0xff01 && u <= 0xff60) || (u >= 0xffe0 && u <= 0xffee) // full-width forms: （），：；％
  );
}

/**
 * How plausible a reading is as text in `lang`, from 0 (mojibake) to 1, or null when
 * it is not plausible at all. ASCII text without CJK (or only white space) scores 0.5.
 */
export function plausibility(text: string, lang: Language): number | null {
  const c = countChars(text);
  if (c.total === 0) return 0.5; // only white space: any reading will do (the caller reports it empty)
  if (c.bad / c.total > 0.01) return null;
  const foreign = c.other + c.halfwidthKana;
  switch (lang) {
    case 'zh': {
      if (c.cjk === 0) return foreign === 0 && c.bad === 0 && c.kana + c.hangul === 0 ? 0.5 : null;
      const score = c.commonCjk / (c.cjk + c.kana + c.hangul + foreign);
      if (c.cjk < 20) return c.bad === 0 && score >= 0.5 ? score * 0.9 : null;
      return score >= 0.25 ? score : null;
    }
    case 'ja': {
      const letters = c.kana + c.cjk + c.hangul + foreign;
      if (c.kana < 10 || c.kana < 0.1 * letters) return null;
      const score = (c.kana + c.commonCjk) / letters;
      return score >= 0.3 ? score : null;
    }
    case 'ko': {
      const letters = c.hangul + c.cjk + c.kana + foreign;
      if (c.hangul < 20) return null;
      const score = c.commonHangul / letters;
      return score >= 0.25 ? score : null;
    }
  }
}

/** Plausibly Chinese (or plain ASCII) prose: the GB18030 reading is accepted on this. */
export function looksLikeChinese(text: string): boolean {
  return plausibility(text, 'zh') !== null;
}
