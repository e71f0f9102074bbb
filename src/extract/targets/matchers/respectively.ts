/**
 * `分别下降14%和13.5%`, `分别达到20%、25%左右`: the first of the quantities listed after 分别 (rules/
 * targets.yaml `respectively`), which neither ends its clause nor follows a comparator of its own.
 * The ones after it are read as clause-final or listed counts. A first quantity written without its
 * measure shares the one of the next (`分别下降20、10个百分点`: 20 百分点).
 */
import type { TargetMatcher } from '../types.js';
import { quantity } from './quantity.js';

// opens with the word itself (a look-behind would be tried at every position of the text)
const SOURCE =
  '(?:{tgtRespectively})[^，,；;。\\n]{0,8}?(?<num>{tgtNumber})(?:{sp})(?<more>{tgtCmpBetween})?(?:{sp})(?:(?<unit>{tgtUnit})(?=(?:{sp})[和及与、])|(?=(?:{sp})[和及与、](?:{sp}){tgtNumber}(?:{sp})(?<shared>{tgtUnit})))';

export const respectively: TargetMatcher = {
  id: 'targets/respectively',
  pattern: (env) => env.lex.compile(SOURCE),
  extract: (m, env) => {
    if (m.groups && m.groups.unit === undefined) m.groups.unit = m.groups.shared;
    const q = quantity(m, env);
    // the candidate is the quantity: the words before it are its metric's
    return q && { ...q, span: { start: q.numberSpan!.start, end: q.span.end } };
  },
};
