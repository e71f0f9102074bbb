/** Text that is not a table. */
import { describe, expect, it } from 'vitest';
import { extractTables } from '../../src/extract/tables/index.js';
import { NO_OUTLINE } from './tables-context.js';
import { ctxOf } from './targets-context.js';

describe('not tables', () => {
  it.each([
    ['a letterhead of short lines', '广东省工业和信息化厅\n中共广东省委宣传部\n广东省体育局\n文件\n粤工信数字产业〔2023〕9号'],
    ['outline headings', '（一）指导思想\n（二）基本原则\n——坚持正确导向。坚持社会主义先进文化前进方向。'],
    ['a signature block', '太仓市文体广电和旅游局\n2025年5月13日'],
    ['an indicator header with no rows', '指标名称\n2020年\n实际值\n2025年\n目标值\n展望2035年，具有全球影响力的国际文化创意中心基本建成。'],
    ['a single tabbed line', '联系人：陈启洪\t联系电话：53599812'],
  ])('%s', (_name, text) => {
    expect(extractTables(ctxOf(text), NO_OUTLINE, { periodEnd: 2025 }).tables).toEqual([]);
  });
});
