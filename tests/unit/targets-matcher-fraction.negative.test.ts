import { describe, expect, it } from 'vitest';
import { targetsOf } from './targets-context.js';

describe('targets/fraction: not this form', () => {
  it('a quoted slogan is a name', () => {
    expect(targetsOf('全面落实“六个百分之百”扬尘管控要求。')).toEqual([]);
  });
  it('a numerator above the denominator is no fraction', () => {
    expect(targetsOf('比例为三分之五。')).toEqual([]);
  });
});
