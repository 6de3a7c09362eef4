import * as fs from 'node:fs';
import * as path from 'node:path';
import * as Y from 'yjs';
import { ResolutionTextSchema, type ResolutionText } from '@concordia/schema';
import { ALL_FIXTURES, ANNEX_KYOTO, ENGLISH, PARTS_004 } from './fixtures/texts';
import {
  canonicalText,
  FRAGMENT,
  footnoteNumbers,
  N,
  paragraphLabel,
  roman,
  sectionLabels,
  textToYDoc,
  writeText,
  yDocMeta,
  yDocToText,
} from './index';

/** Through the wire format too: what the server stores and what a client receives. */
function viaUpdate(doc: Y.Doc): Y.Doc {
  const copy = new Y.Doc();
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
  return copy;
}

const DOSSIER = path.resolve(__dirname, '../../../server/src/demo/session-76-c3.json');
function dossierTexts(): [string, ResolutionText][] {
  if (!fs.existsSync(DOSSIER)) return [];
  const d = JSON.parse(fs.readFileSync(DOSSIER, 'utf8')) as {
    drafts: { symbol: string; text?: ResolutionText }[];
  };
  return d.drafts.filter((x) => x.text).map((x) => [x.symbol, x.text!]);
}

describe('structured text <-> Yjs document', () => {
  it.each(Object.entries(ALL_FIXTURES))('round trip of %s is lossless', (_name, text) => {
    expect(ResolutionTextSchema.safeParse(text).success).toBe(true);
    const back = yDocToText(viaUpdate(textToYDoc(text, { title: 'T' })));
    expect(back).toEqual(canonicalText(text));
    // The fixtures are written in canonical form, so the round trip gives them back exactly.
    expect(back).toEqual(text);
  });

  const seeds = dossierTexts();
  (seeds.length ? it.each(seeds) : it.skip.each([['(no demo dossier yet)', PARTS_004]]))(
    'round trip of demo draft %s is lossless',
    (_symbol, text) => {
      expect(ResolutionTextSchema.safeParse(text).success).toBe(true);
      const back = yDocToText(viaUpdate(textToYDoc(text)));
      expect(back).toEqual(canonicalText(text));
      expect(ResolutionTextSchema.parse(back)).toEqual(back);
    },
  );

  it('canonical form only changes spellings', () => {
    const t: ResolutionText = {
      preamble: [{ text: 'A,' }],
      operative: [{ text: 'B.', sub: [] }],
      footnotes: {},
      annex: { title: 'X', preamble: [], body: ['c'] },
    };
    expect(yDocToText(textToYDoc(t))).toEqual({
      preamble: ['A,'],
      operative: ['B.'],
      annex: { title: 'X', body: ['c'] },
    });
  });

  it('lays the text out as ProseMirror nodes, footnote references as inline atoms', () => {
    const doc = textToYDoc(PARTS_004, { title: 'Coopération internationale' });
    const frag = doc.getXmlFragment(FRAGMENT);
    const names = frag.toArray().map((e) => (e as Y.XmlElement).nodeName);
    expect(names).toEqual([N.title, N.formula, N.preamble, N.operative, N.footnotes]);
    const formula = frag.get(1) as Y.XmlElement;
    expect(formula.toString()).toBe('<formula>L’Assemblée générale,</formula>');
    const p1 = (frag.get(2) as Y.XmlElement).get(0) as Y.XmlElement;
    expect(p1.toArray().map((c) => (c instanceof Y.XmlText ? 'text' : (c as Y.XmlElement).nodeName))).toEqual(
      ['text', N.footnoteRef, 'text'],
    );
    expect(yDocMeta(doc)).toEqual({ title: 'Coopération internationale', lang: 'fr' });
    const op = frag.get(3) as Y.XmlElement;
    expect(
      op
        .toArray()
        .map((e) => `${(e as Y.XmlElement).nodeName}:${(e as Y.XmlElement).getAttribute('level') ?? ''}`),
    ).toEqual([
      'heading:1',
      'para:0',
      'para:0',
      'para:1',
      'para:1',
      'para:2',
      'para:2',
      'heading:1',
      'para:0',
    ]);
  });

  it('reads concurrent edits made the way the editor makes them (split text runs, formatting, empty lines)', () => {
    const doc = textToYDoc(ENGLISH);
    const op = doc.getXmlFragment(FRAGMENT).get(3) as Y.XmlElement;
    const first = op.get(0) as Y.XmlElement;
    // An editor may split a run and add formatting; marks are not part of the structured text.
    first.insert(1, [new Y.XmlText(' (amended)')]);
    (first.get(0) as Y.XmlText).format(0, 5, { italic: true });
    // A fresh empty line and a sub-paragraph whose parent is gone.
    const empty = new Y.XmlElement(N.para);
    const orphan = new Y.XmlElement(N.para);
    orphan.setAttribute('level', 2 as unknown as string);
    orphan.insert(0, [new Y.XmlText('orphan;')]);
    op.insert(op.length, [empty, orphan]);
    const t = yDocToText(viaUpdate(doc));
    expect(t.operative[0]).toMatchObject({ text: 'Calls upon Member States: (amended)' });
    // The orphan (level 2 after a level-0 paragraph) becomes a sub-paragraph of it, not lost.
    expect(t.operative[1]).toEqual({ text: 'Decides to remain seized of the matter.', sub: ['orphan;'] });
    expect(t.operative).toHaveLength(2);
  });

  it('two replicas editing concurrently converge to the same structured text', () => {
    const a = textToYDoc(ANNEX_KYOTO);
    const b = viaUpdate(a);
    const opA = a.getXmlFragment(FRAGMENT).get(3) as Y.XmlElement;
    const opB = b.getXmlFragment(FRAGMENT).get(3) as Y.XmlElement;
    ((opA.get(0) as Y.XmlElement).get(0) as Y.XmlText).insert(0, 'A: ');
    const np = new Y.XmlElement(N.para);
    np.insert(0, [new Y.XmlText('Décide de rester saisie de la question.')]);
    opB.insert(opB.length, [np]);
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    expect(yDocToText(a)).toEqual(yDocToText(b));
    expect(yDocToText(a).operative).toHaveLength(3);
  });

  it('refuses to write into a document that already has text (would duplicate it)', () => {
    const doc = textToYDoc(ENGLISH);
    expect(() => writeText(doc, ENGLISH)).toThrow(/empty document/);
  });

  it('builds a skeleton for a draft without text, in the language of its title', () => {
    const doc = textToYDoc(null, { lang: 'en', title: 'Human rights' });
    expect(yDocToText(doc)).toEqual({ preamble: [], operative: [] });
    expect((doc.getXmlFragment(FRAGMENT).get(1) as Y.XmlElement).toString()).toContain(
      'The General Assembly,',
    );
  });
});

describe('numbering', () => {
  it('labels paragraphs as printed in French and English', () => {
    expect(paragraphLabel(12, 0, 'fr')).toBe('12.');
    expect(paragraphLabel(2, 1, 'fr')).toBe('b)');
    expect(paragraphLabel(2, 1, 'en')).toBe('(b)');
    expect(paragraphLabel(4, 2, 'fr')).toBe('iv)');
    expect(paragraphLabel(4, 2, 'en')).toBe('(iv)');
    expect(paragraphLabel(27, 1, 'fr')).toBe('aa)');
    expect(roman(28)).toBe('XXVIII');
  });

  it('numbers operative paragraphs continuously across parts and restarts sub-paragraphs under each parent', () => {
    const blocks = [
      { kind: 'heading' as const },
      { kind: 'para' as const, level: 0 },
      { kind: 'para' as const, level: 1 },
      { kind: 'para' as const, level: 2 },
      { kind: 'para' as const, level: 2 },
      { kind: 'para' as const, level: 1 },
      { kind: 'heading' as const },
      { kind: 'para' as const, level: 0 },
      { kind: 'para' as const, level: 1 },
    ];
    expect(sectionLabels(blocks, true, 'en')).toEqual([
      undefined,
      '1.',
      '(a)',
      '(i)',
      '(ii)',
      '(b)',
      undefined,
      '2.',
      '(a)',
    ]);
    expect(sectionLabels(blocks, false, 'fr')).toEqual([
      undefined,
      undefined,
      'a)',
      'i)',
      'ii)',
      'b)',
      undefined,
      undefined,
      'a)',
    ]);
  });

  it('numbers footnotes in order of first reference', () => {
    expect([...footnoteNumbers(['a[^x] b[^y]', 'c[^x] d[^z]'])]).toEqual([
      ['x', 1],
      ['y', 2],
      ['z', 3],
    ]);
  });
});
