import type { Span } from '../../core/span.js';
import type { DocContext } from '../context.js';
import type { Lines } from './head.js';
import { compact, hasAny, insideCitation } from './text.js';
import { titleType } from './title.js';

/** The title of a notice that wraps the plan (`A B关于印发《X》的通知`, `关于《X》…征求意见的通知`). */
export interface NoticeTitle {
  /** From the first issuer (or 关于) to 通知. */
  span: Span;
  /** What stands before 关于: the notice's issuers as written ('' when none). */
  issuersText: string;
  /** The plan's title as the notice names it (`X`, book-title marks removed). */
  plan: string;
  /** A consultation notice (`征求意见的通知`): the plan is a draft. */
  consultation: boolean;
}

/**
 * Finds the wrapping notice's title in the head. It must start before the end of the
 * first prose line (a notice title comes first), outside a citation, and carry a verb
 * (印发, 发布…) or a consultation (`…征求意见的通知`, `关于公开征求《X》意见的通知`):
 * `关于加快…的通知` without them is itself the document.
 * `landmark` is where the red header or document number ends: issuers start after it.
 */
export function findNoticeTitle(ctx: DocContext, lines: Lines, landmark: number): NoticeTitle | null {
  const rules = ctx.rules.metadata;
  const headEnd = lines.headEnd < lines.spans.length ? lines.spans[lines.headEnd].start : ctx.text.length;
  let limit = headEnd;
  for (let i = 0; i < lines.headEnd; i++) {
    if (hasAny(lines.texts[i], rules.sentenceEnd)) {
      limit = lines.spans[i].end;
      break;
    }
  }
  const re = new RegExp(rules.notice.title.source, 'gu');
  const head = ctx.text.slice(0, headEnd);
  for (const m of head.matchAll(re)) {
    if (m.index >= limit) break;
    if (insideCitation(ctx.text, m.index)) continue;
    const g = m.groups!;
    // `关于开展…活动的通知` that attaches its plan (`附件：1．X实施方案`, X a title of its own further on) wraps X
    const attached = !g.verb && !g.bareVerb && !g.tail ? attachedPlan(ctx, lines, m.index + m[0].length) : null;
    if (!g.verb && !g.bareVerb && !g.tail && attached === null) continue;
    // `关于公开征求《X》意见的通知`: the ask before the plan, its 意见 after
    const consultation = g.tail !== undefined && (g.ask !== undefined || g.tail.includes('征求'));
    let issuersStart = issuersStartFor(ctx, m.index, landmark);
    // a web page's label before the title (`标　　题：…关于印发…的通知`) is not an issuer
    const label = Math.max(ctx.text.lastIndexOf('：', m.index - 1), ctx.text.lastIndexOf(':', m.index - 1));
    if (label >= issuersStart) issuersStart = label + 1;
    // a red header run into the title on its line (`县政府办文件武义县人民政府办公室关于…`)
    // (the prefix of a document number is cut the same way, doc-number.ts)
    const header = ctx.text.lastIndexOf('文件', m.index - 1);
    if (header >= issuersStart) issuersStart = header + 2;
    return {
      span: { start: issuersStart, end: m.index + m[0].length },
      issuersText: ctx.text.slice(issuersStart, m.index).trim(),
      plan: attached ?? citedTitle(g.plan.trim()),
      consultation,
    };
  }
  return null;

  function issuersStartFor(c: DocContext, at: number, after: number): number {
    const lineStart = c.text.lastIndexOf('\n', at - 1) + 1;
    // with no red header or number before it, the issuers start on the title's own line
    if (after > 0 && after <= at) {
      const between = c.text.slice(after, at);
      if (between.length <= 200 && !hasAny(between, rules.prosePunct)) return after + (between.length - between.trimStart().length);
    }
    return lineStart;
  }
}

/**
 * The plan a notice attaches (`附件：1．宣城市…实施方案` / `2．…推进表`): an entry of its attachment list in the
 * head, after `from`, that ends in a document type and stands again as a line of its own further on
 * (the plan's title over its text). Null when no entry does.
 */
function attachedPlan(ctx: DocContext, lines: Lines, from: number): string | null {
  const rules = ctx.rules.metadata;
  for (let i = 0; i < lines.headEnd; i++) {
    if (lines.spans[i].start < from) continue;
    const attach = rules.notice.attachment.exec(lines.texts[i]);
    if (!attach) continue;
    // the list's entries: the rest of this line, and the numbered lines under it
    for (let k = i; k < lines.headEnd; k++) {
      const entry = k === i ? lines.texts[i].slice(attach[0].length) : lines.texts[k];
      const item = rules.notice.attachmentItem.exec(entry);
      if (k > i && !item) break;
      const name = compact(item ? entry.slice(item[0].length) : entry);
      if (name === '' || titleType(name, rules) === null) continue;
      for (let j = k + 1; j < lines.texts.length; j++) if (compact(lines.texts[j]) === name) return name;
    }
  }
  return null;
}

/** `《X》` → `X`; `《A》和《B》` → `A`; a title without marks stays as it is. */
function citedTitle(s: string): string {
  const open = s.indexOf('《');
  const close = s.indexOf('》', open + 1);
  return open !== -1 && close !== -1 ? s.slice(open + 1, close) : s;
}
