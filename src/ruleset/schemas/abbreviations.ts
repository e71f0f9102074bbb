import { z } from 'zod';
import { defineRuleFile } from '../define.js';

export interface AbbreviationTable {
  file: string;
  region: string | null;
  /** Department part after the level prefix → full department part. */
  aliases: Readonly<Record<string, string>>;
  /** Whole written name → canonical name. */
  canonical: Readonly<Record<string, string>>;
  /**
   * Department part → canonical name of a body of a national administration serving the region,
   * `{region}` standing for the region (`税务局: 国家税务总局{region}税务局`).
   */
  vertical: Readonly<Record<string, string>>;
  /** How a name opens → the full opening (`人民银行: 中国人民银行`). */
  openings: Readonly<Record<string, string>>;
  /** A short word inside a name → its full form (`管委会: 管理委员会`, `高新区: 高新技术产业开发区`). */
  words: Readonly<Record<string, string>>;
  /** Parts of a name that already are full, whatever short word they hold (`特别行政区政府`: Macao's government is no 人民政府). */
  keptWords: readonly string[];
  /**
   * A whole name of a form → its canonical name, `{place}` (any `{name}`) standing for the pattern's group
   * of that name, `{region}` for the plan's region and `{stem}` for its name without its level (`浙江金融监管局`
   * → `国家金融监督管理总局浙江监管局`, `地委宣传部` in a 喀什地区 plan → `喀什地委宣传部`).
   */
  forms: readonly { re: RegExp; canonical: string }[];
  /** A department part's short ending no alias covers → its full form (`委` → `委员会`), the pattern anchored at the end. */
  endings: readonly { re: RegExp; full: string }[];
}

/** `rules/abbreviations/*.yaml`: one general table (`region: null`) and one per region. */
export const abbreviations = defineRuleFile({
  path: 'abbreviations',
  dir: true,
  schema: z.object({
    region: z.string().min(2).nullable(),
    aliases: z.record(z.string().min(1), z.string().min(1)),
    canonical: z.record(z.string().min(1), z.string().min(1)),
    vertical: z.record(z.string().min(1), z.string().includes('{region}')).default({}),
    openings: z.record(z.string().min(1), z.string().min(1)).default({}),
    words: z.record(z.string().min(1), z.string().min(1)).default({}),
    keptWords: z.array(z.string().min(2)).default([]),
    forms: z.array(z.object({ pattern: z.string().min(1), canonical: z.string().min(1) })).default([]),
    endings: z.array(z.object({ pattern: z.string().min(1), full: z.string().min(1) })).default([]),
  }),
  compile: (files, t) => {
    const tables: AbbreviationTable[] = files.map(({ file, data }) => ({
      file,
      ...data,
      forms: data.forms.map((f, i) => ({ re: t.regex(`${file}: forms.${i}`, `^(?:${f.pattern})$`), canonical: f.canonical })),
      endings: data.endings.map((e, i) => ({ re: t.regex(`${file}: endings.${i}`, `(?:${e.pattern})$`), full: e.full })),
    }));
    const general = tables.filter((x) => x.region === null);
    if (general.length !== 1) t.fail('region', `expected exactly one general table (region: null), found ${general.length}`);
    const seen = new Map<string, string>();
    for (const x of tables) {
      if (x.region === null) continue;
      if (seen.has(x.region)) t.fail(`${x.file}: region`, `region ${x.region} also in ${seen.get(x.region)}`);
      seen.set(x.region, x.file);
    }
    return {
      general: general[0] ?? { file: '', region: null, aliases: {}, canonical: {}, vertical: {}, openings: {}, words: {}, keptWords: [], forms: [], endings: [] },
      byRegion: new Map(tables.filter((x) => x.region !== null).map((x) => [x.region as string, x])),
    };
  },
});
