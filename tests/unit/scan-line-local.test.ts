/**
 * Every target matcher and every deadline form reads within one line, so a range is scanned to its
 * line's end and not to the end of the text (core/scan.ts `scanText`): one pattern that could read past
 * a line break made the targets stage ~40 % slower on the sample plans (session 13).
 */
import { describe, expect, it } from 'vitest';
import { lineLocal } from '../../src/core/scan.js';
import { MATCHERS } from '../../src/extract/targets/index.js';
import { lexicon } from '../../src/extract/targets/lexicon.js';
import { rules } from './targets-context.js';

describe('patterns are line-local', () => {
  it('every target matcher', () => {
    const env = { rules, lex: lexicon(rules) } as Parameters<(typeof MATCHERS)[number]['pattern']>[0];
    expect(MATCHERS.filter((m) => !lineLocal(m.pattern(env))).map((m) => m.id)).toEqual([]);
  });

  it('every deadline form', () => {
    expect(Object.entries(rules.deadlines.forms).filter(([, re]) => !lineLocal(re)).map(([form]) => form)).toEqual([]);
  });

  it('a line break that is not the last thing read makes a pattern unbounded', () => {
    expect(lineLocal(/(?<num>\d+)个(?=[，。\n]|$)/u)).toBe(true);
    expect(lineLocal(/(?<num>\d+)个(?=[，。\n]|$|能力)/u)).toBe(false);
  });
});
