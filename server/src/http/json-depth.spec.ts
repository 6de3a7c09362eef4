import { exceedsJsonDepth } from './json-depth';

const b = (s: string) => Buffer.from(s, 'utf8');

describe('exceedsJsonDepth', () => {
  it('counts arrays and objects, not brackets inside strings', () => {
    expect(exceedsJsonDepth(b('{"a":[1,{"b":[]}]}'), 4)).toBe(false);
    expect(exceedsJsonDepth(b('{"a":[1,{"b":[]}]}'), 3)).toBe(true);
    expect(exceedsJsonDepth(b('{"a":"[[[[[[[[[["}'), 1)).toBe(false);
    expect(exceedsJsonDepth(b('{"a":"\\"[[[[[["}'), 1)).toBe(false);
    expect(exceedsJsonDepth(b('{"a":"\\\\"}'), 1)).toBe(false);
    expect(exceedsJsonDepth(b('{"a":"\\\\","b":[[[]]]}'), 3)).toBe(true);
  });

  it('scans millions of brackets without recursion', () => {
    const deep = b('['.repeat(5_000_000) + ']'.repeat(5_000_000));
    expect(exceedsJsonDepth(deep, 64)).toBe(true);
    const flat = b(`[${'[],'.repeat(1_000_000)}[]]`);
    expect(exceedsJsonDepth(flat, 64)).toBe(false);
  });
});
