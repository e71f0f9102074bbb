import { describe, expect, it } from 'vitest';
import { isoDate, lastDayOfMonth, resolveByDate, validDate } from '../../src/extract/deadlines/resolve/date.js';
import { readDateNumber } from '../../src/extract/deadlines/resolve/numerals.js';
import { resolveWhen } from '../../src/extract/deadlines/resolve/when.js';
import { rules } from './deadlines-context.js';

const numerals = () => rules().deadlines.numerals;
const parts = (p: Partial<{ year: string; month: string; monthPart: string; day: string; part: string }>) => ({
  year: null,
  month: null,
  monthPart: null,
  day: null,
  part: null,
  ...p,
});

describe('resolve/numerals', () => {
  it('reads Arabic, full-width and Chinese date numbers', () => {
    expect(readDateNumber('2025', numerals())).toBe(2025);
    expect(readDateNumber('２０２５', numerals())).toBe(2025);
    expect(readDateNumber('二〇二五', numerals())).toBe(2025);
    expect(readDateNumber('十', numerals())).toBe(10);
    expect(readDateNumber('十二', numerals())).toBe(12);
    expect(readDateNumber('三十一', numerals())).toBe(31);
    expect(readDateNumber('二十', numerals())).toBe(20);
  });
  it('rejects what is not a date number', () => {
    expect(readDateNumber('', numerals())).toBeNull();
    expect(readDateNumber('十十', numerals())).toBeNull();
    expect(readDateNumber('2a', numerals())).toBeNull();
  });
});

describe('resolve/date', () => {
  it('month ends and ISO dates', () => {
    expect(lastDayOfMonth(2024, 2)).toBe(29);
    expect(lastDayOfMonth(2025, 2)).toBe(28);
    expect(isoDate(2025, 5, 7)).toBe('2025-05-07');
    expect(validDate(2025, 2, 30)).toBeNull();
  });
  it('SPEC §8 dates', () => {
    const r = rules().deadlines;
    expect(resolveByDate(parts({ year: '2025' }), null, r)).toBe('2025-12-31');
    expect(resolveByDate(parts({ month: '5', day: '17' }), 2025, r)).toBe('2025-05-17');
    expect(resolveByDate(parts({ year: '2025', part: '底' }), null, r)).toBe('2025-12-31');
    expect(resolveByDate(parts({ year: '2024', month: '6', monthPart: '底' }), null, r)).toBe('2024-06-30');
    expect(resolveByDate(parts({ month: '2' }), 2024, r)).toBe('2024-02-29');
    expect(resolveByDate(parts({ part: '年底' }), 2023, r)).toBe('2023-12-31');
    expect(resolveByDate(parts({ part: '上半年' }), 2023, r)).toBe('2023-06-30');
    expect(resolveByDate(parts({ month: '6', monthPart: '中旬' }), 2023, r)).toBe('2023-06-20');
  });
  it('a date without a year needs the reference year', () => {
    expect(resolveByDate(parts({ month: '5', day: '17' }), null, rules().deadlines)).toBeNull();
  });
});

describe('resolve/when', () => {
  it('recurrences, periods and named periods', () => {
    const r = rules().deadlines;
    expect(resolveWhen({ type: 'recurring', table: 'every', word: '季度' }, null, r)).toEqual({
      kind: 'recurring',
      date: null,
      start: null,
      recurrence: 'quarterly',
    });
    expect(resolveWhen({ type: 'recurring', table: 'cadence', word: '月' }, null, r)?.recurrence).toBe('monthly');
    expect(resolveWhen({ type: 'recurring', table: 'annual', word: '年度' }, null, r)?.recurrence).toBe('yearly');
    expect(resolveWhen({ type: 'range', from: '2023', to: '2025' }, null, r)).toEqual({
      kind: 'period',
      date: '2025-12-31',
      start: '2023-01-01',
      recurrence: null,
    });
    expect(resolveWhen({ type: 'named', name: '十四五', word: '期间' }, null, r)).toEqual({
      kind: 'period',
      date: '2025-12-31',
      start: '2021-01-01',
      recurrence: null,
    });
    expect(resolveWhen({ type: 'named', name: '十五五', word: '末' }, null, r)).toEqual({
      kind: 'by',
      date: '2030-12-31',
      start: null,
      recurrence: null,
    });
  });
  it('a backwards range is not a period', () => {
    expect(resolveWhen({ type: 'range', from: '2025', to: '2023' }, null, rules().deadlines)).toBeNull();
  });
});
