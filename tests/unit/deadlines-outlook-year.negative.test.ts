import { describe, expect, it } from 'vitest';
import { outlookYear } from '../../src/extract/deadlines/matchers/outlook-year.js';
import { hits } from './deadlines-context.js';

describe('matcher outlook-year: not this form', () => {
  it('展望 without a year', () => {
    expect(hits(outlookYear, '展望未来，文化产业大有可为')).toEqual([]);
  });
});
