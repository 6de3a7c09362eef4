import { colourOf, contrastWithWhite } from './colour';

describe('caret colours', () => {
  it('give white label text at least 4.5:1 for every user', () => {
    for (let i = 0; i < 2000; i++)
      expect(contrastWithWhite(colourOf(`user-${i}`))).toBeGreaterThanOrEqual(4.5);
  });

  it('are stable for a user, as #rrggbb', () => {
    expect(colourOf('abc')).toBe(colourOf('abc'));
    expect(colourOf('abc')).toMatch(/^#[0-9a-f]{6}$/);
  });
});
