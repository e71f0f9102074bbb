import { describe, expect, it } from 'vitest';
import { brief, targetsOf, trace } from './targets-context.js';

describe('targets/sized: kept only when it sizes the clause’s one thing', () => {
  it('an amount qualifying a counted noun gives way to the count', () => {
    const phrase = '谋划总投资10亿元以上的重大项目20个。';
    expect(targetsOf(phrase).map(brief), trace(phrase)).toEqual(['eq 20 个']);
  });
  it('a bound size before 的 is a qualifier', () => {
    expect(targetsOf('引进规模超百亿元的制造业项目。')).toEqual([]);
  });
});
