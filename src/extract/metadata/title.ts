import type { Span } from '../../core/span.js';
import type { MetadataRules } from '../../ruleset/schemas/metadata.js';
import type { DocContext } from '../context.js';
import type { Lines } from './head.js';
import { compact, hasAny, titleKey } from './text.js';

export interface TitleBlock {
  /** The title as one clean string, without its draft marker. */
  title: string;
  /** The title block as written (one or more lines). */
  span: Span;
  /** Index of the block's first and last line. */
  first: number;
  last: number;
  /** A draft marker was written with it (`（征求意见稿）`). */
  draft: boolean;
}

/** Removes a bracketed draft marker (`（征求意见稿）`) or a trailing one; reports whether there was one. */
export function stripDraft(s: string, rules: MetadataRules): { text: string; draft: boolean } {
  let text = s.replace(new RegExp(rules.draft.bracketed.source, 'gu'), '');
  let draft = text !== s;
  for (const marker of rules.draft.markers) {
    if (text.endsWith(marker) && text.length > marker.length) {
      text = text.slice(0, -marker.length);
      draft = true;
    }
  }
  return { text: text.trim(), draft };
}

/** The document type a title names (`…三年行动计划（2023-2025年）` → `行动计划`), or null. */
export function titleType(title: string, rules: MetadataRules): string | null {
  const m = rules.title.shape.exec(title);
  return m ? m.groups!.type : null;
}

/**
 * The plan's own title line(s) among lines `from`..`to`: a block of up to `title.maxLines`
 * lines without prose punctuation. With `key` (the title a wrapping notice gives) the block
 * must read the same, spaces and brackets aside; without it the block must end in a document
 * type, and the search stops at the first sentence (a title comes before the text).
 * A leading `附件：` is not part of the title, nor is a line holding one of `landmarks` (the red
 * header, the document number); with a key, a block after the notice that does not
 * start with it wins (the notice's `附件：X` line repeats the plan's title).
 */
export function findTitleBlock(
  ctx: DocContext,
  lines: Lines,
  from: number,
  to: number,
  key: string | null,
  landmarks: readonly Span[] = [],
): TitleBlock | null {
  // With a key, the plan's own title wins over the notice's attachment line that repeats it
  // (`附件：X` … signature … `X`): attachment lines are read only when no other block reads X.
  const marked = (i: number) => landmarks.some((l) => l.start < lines.spans[i].end && lines.spans[i].start < l.end);
  if (key !== null) return titleBlockIn(ctx, lines, from, to, key, false, marked) ?? titleBlockIn(ctx, lines, from, to, key, true, marked);
  return titleBlockIn(ctx, lines, from, to, key, true, marked);
}

function titleBlockIn(
  ctx: DocContext,
  lines: Lines,
  from: number,
  to: number,
  key: string | null,
  attachments: boolean,
  marked: (line: number) => boolean,
): TitleBlock | null {
  const rules = ctx.rules.metadata;
  const want = key === null ? null : stripDraft(titleKey(key), rules).text;
  for (let i = from; i < Math.min(to, lines.spans.length); i++) {
    const first = lines.texts[i];
    const attach = rules.notice.attachment.exec(first);
    if (attach && !attachments) continue;
    // a red header or document number line is never part of the title
    if (marked(i)) continue;
    const skip = attach ? attach[0].length : 0;
    let raw = '';
    for (let k = 0; k < rules.title.maxLines && i + k < to; k++) {
      const line = k === 0 ? first.slice(skip) : lines.texts[i + k];
      if (line.length === 0 || (k > 0 && marked(i + k))) break;
      if (hasAny(line, rules.prosePunct) || rules.title.notTitle.test(line)) break;
      raw += line;
      const { text, draft } = stripDraft(compact(raw), rules);
      if (text.length > rules.title.maxLength) break;
      const ok = want !== null ? text === want : rules.title.shape.test(text);
      if (ok) {
        // A draft marker on the next line belongs to the title (`…方案\n（征求意见稿）`).
        let last = i + k;
        let isDraft = draft;
        const next = lines.texts[last + 1];
        if (next !== undefined && last + 1 < to && stripDraft(compact(next), rules).text === '') {
          last++;
          isDraft = true;
        }
        const written = ctx.text.slice(lines.spans[i].start, lines.spans[i].end);
        const lead = written.length - written.trimStart().length;
        return {
          title: text,
          span: { start: lines.spans[i].start + lead + skip, end: lines.spans[last].end },
          first: i,
          last,
          draft: isDraft,
        };
      }
    }
    // Without a key, the title comes before the text: stop at the first sentence.
    if (want === null && hasAny(first, rules.sentenceEnd)) return null;
  }
  return null;
}
