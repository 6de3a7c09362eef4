import { diffSequences, diffWords, sides, similarity, tokenize, words } from './diff';

describe('tokenize', () => {
  it('splits French elisions after the apostrophe and keeps punctuation as tokens', () => {
    expect(tokenize("de l’Assemblée générale, d'État").map((t) => t.key)).toEqual([
      'de',
      'l’',
      'Assemblée',
      'générale',
      ',',
      'd’',
      'État',
    ]);
  });
  it('keeps symbols, numbers and hyphenated words whole', () => {
    expect(words('résolution 70/175, A/C.3/76/L.9 et 1,2 % peut-être')).toEqual([
      'résolution',
      '70/175',
      'a/c.3/76/l.9',
      'et',
      '1,2',
      'peut-être',
    ]);
  });
  it('reconstructs the text exactly', () => {
    const s = '  Prie le Secrétaire général  de lui présenter, à sa soixante-dix-septième session ; ';
    expect(
      tokenize(s)
        .map((t) => t.raw)
        .join(''),
    ).toBe(s);
  });
});

describe('diffWords', () => {
  it('shows one changed word after an elision', () => {
    expect(diffWords('Prie l’Assemblée de noter', 'Prie l’Organisation de noter')).toEqual([
      { op: 'equal', text: 'Prie l’' },
      { op: 'delete', text: 'Assemblée ' },
      { op: 'insert', text: 'Organisation ' },
      { op: 'equal', text: 'de noter' },
    ]);
  });
  it('treats a moved comma as a change and both apostrophes as the same', () => {
    const ops = diffWords("les droits de l'homme, et", 'les droits de l’homme et');
    expect(ops.filter((o) => o.op !== 'equal')).toEqual([{ op: 'delete', text: ', ' }]);
  });
  it('round-trips both sides on random edits', () => {
    const vocab = ['a', 'b', 'c', 'd', ',', 'l’e', 'f'];
    let seed = 7;
    const rnd = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let n = 0; n < 200; n++) {
      const gen = () =>
        Array.from({ length: Math.floor(rnd() * 12) }, () => vocab[Math.floor(rnd() * vocab.length)]).join(
          ' ',
        );
      const a = gen();
      const b = gen();
      const s = sides(diffWords(a, b));
      expect(s.after).toBe(b);
      expect(s.before.replace(/\s+/g, '')).toBe(a.replace(/\s+/g, ''));
    }
  });
  it('finds a shortest script', () => {
    const ops = diffSequences([...'ABCABBA'], [...'CBABAC']);
    const edits = ops.filter((o) => o.op !== 'equal').reduce((n, o) => n + o.to - o.from, 0);
    expect(edits).toBe(5); // the classic Myers example: D = 5
  });
});

describe('similarity', () => {
  it('is 1 for the same words and 0 for disjoint ones', () => {
    expect(similarity(['a', 'b'], ['b', 'a'])).toBe(1);
    expect(similarity(['a'], ['b'])).toBe(0);
    expect(similarity(['a', 'b', 'c', 'd'], ['a', 'b', 'c', 'e'])).toBe(0.75);
  });
});
