import * as Y from 'yjs';
import { prosemirrorToYXmlFragment, yXmlFragmentToProseMirrorRootNode } from '@tiptap/y-tiptap';
import type { ResolutionText } from '@concordia/schema';
import { ALL_FIXTURES } from './fixtures/texts';
import {
  canonicalText,
  ensureParagraphIds,
  FRAGMENT,
  ID_ATTR,
  idElements,
  idOf,
  migrationId,
  N,
  newParagraphId,
  normalizeFragment,
  resolutionSchema,
  textToYDoc,
  updateText,
  validateFragment,
  validateUpdate,
  yDocToText,
  yDocToTextWithIds,
} from './index';

const TEXT: ResolutionText = {
  language: 'fr',
  preamble: [
    'Rappelant sa résolution 75/1[^1],',
    { text: 'Réaffirmant :', sub: ['a) promouvoir,', 'b) protéger,'] },
  ],
  operative: [
    { heading: 'Coopération', number: 'I', level: 1 },
    'Prie les États ;',
    'Invite les donateurs ;',
    'Prie le Secrétaire général.',
  ],
  annex: { title: 'Annexe', preamble: ['Considérant X,'], body: ['Premier.', 'Second.'] },
  footnotes: { '1': 'Résolution 75/1.' },
};

const section = (doc: Y.Doc, name: string) =>
  doc
    .getXmlFragment(FRAGMENT)
    .toArray()
    .find((c) => c instanceof Y.XmlElement && c.nodeName === name) as Y.XmlElement;
const paraIds = (doc: Y.Doc) => yDocToTextWithIds(doc).ids;

/** A document as stored before paragraphs had ids. */
function legacyDoc(text: ResolutionText): Y.Doc {
  const doc = textToYDoc(text);
  doc.transact(() => idElements(doc).forEach((e) => e.removeAttribute(ID_ATTR)));
  return doc;
}

describe('the one schema', () => {
  it.each(Object.entries(ALL_FIXTURES))('fits the documents the server writes (%s)', (_, text) => {
    const check = validateFragment(textToYDoc(text).getXmlFragment(FRAGMENT));
    expect(check.ok ? [] : check.issues).toEqual([]);
  });

  it.each(Object.entries(ALL_FIXTURES))(
    'survives the y-prosemirror round trip with its ids (%s)',
    (_, text) => {
      const doc = textToYDoc(text);
      const node = yXmlFragmentToProseMirrorRootNode(doc.getXmlFragment(FRAGMENT), resolutionSchema);
      node.check();
      const back = new Y.Doc();
      back.getMap('meta').set('lang', doc.getMap('meta').get('lang'));
      if (text.language) back.getMap('meta').set('language', text.language);
      prosemirrorToYXmlFragment(node, back.getXmlFragment(FRAGMENT));
      expect(yDocToText(back)).toEqual(canonicalText(text));
      expect(paraIds(back)).toEqual(paraIds(doc));
    },
  );

  it('says what does not fit, where, and changes nothing', () => {
    const doc = textToYDoc(TEXT);
    const op = section(doc, N.operative);
    const before = Y.encodeStateAsUpdate(doc);
    const bad = new Y.Doc();
    Y.applyUpdate(bad, before);
    const badOp = section(bad, N.operative);
    badOp.insert(0, [new Y.XmlElement('script')]);
    (badOp.get(2) as Y.XmlElement).setAttribute('level', '9');
    (badOp.get(3) as Y.XmlElement).setAttribute(ID_ATTR, 'no spaces allowed');
    ((badOp.get(4) as Y.XmlElement).get(0) as Y.XmlText).format(0, 3, { bold: true });
    bad.getXmlFragment(FRAGMENT).insert(0, [new Y.XmlElement(N.para)]);
    const check = validateFragment(bad.getXmlFragment(FRAGMENT));
    expect(check.ok).toBe(false);
    const messages = check.ok ? [] : check.issues.map((i) => `${i.path}: ${i.message}`);
    expect(messages).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/operative\[\d\]\[0\]: unknown node "script"/),
        expect.stringMatching(/level is a whole number from 0 to 3/),
        expect.stringMatching(/an id is 1 to 64/),
        expect.stringMatching(/formatting not in the schema: bold/),
      ]),
    );
    // Structure errors are reported once children are sound.
    const misplaced = textToYDoc(TEXT);
    misplaced.getXmlFragment(FRAGMENT).insert(0, [new Y.XmlElement(N.para)]);
    const m = validateFragment(misplaced.getXmlFragment(FRAGMENT));
    expect(m.ok ? [] : m.issues.map((i) => i.message)).toEqual([
      expect.stringContaining('doc must hold title formula preamble operative annex? footnotes'),
    ]);
    // The same checks on an update, without applying it.
    const update = Y.encodeStateAsUpdate(bad, Y.encodeStateVector(doc));
    expect(validateUpdate(doc, update).ok).toBe(false);
    expect(Y.encodeStateAsUpdate(doc)).toEqual(before);
    expect(op.length).toBe(section(doc, N.operative).length);
    const good = new Y.Doc();
    Y.applyUpdate(good, before);
    ((section(good, N.operative).get(1) as Y.XmlElement).get(0) as Y.XmlText).insert(0, 'Demande et ');
    expect(validateUpdate(doc, Y.encodeStateAsUpdate(good, Y.encodeStateVector(doc))).ok).toBe(true);
  });

  it('normalizes a document that does not fit, keeping what can be kept', () => {
    const doc = textToYDoc(TEXT);
    const frag = doc.getXmlFragment(FRAGMENT);
    const ids = paraIds(doc);
    const op = section(doc, N.operative);
    op.insert(0, [new Y.XmlElement('script')]);
    (op.get(2) as Y.XmlElement).setAttribute('level', '9');
    (op.get(3) as Y.XmlElement).setAttribute('onclick', 'x');
    ((op.get(4) as Y.XmlElement).get(0) as Y.XmlText).format(0, 3, { bold: true });
    // The formula deleted: the preamble after it must not go with it.
    frag.delete(1, 1);
    expect(normalizeFragment(doc)).toBe(true);
    const check = validateFragment(frag);
    expect(check.ok ? [] : check.issues).toEqual([]);
    expect(yDocToText(doc).preamble).toEqual(canonicalText(TEXT).preamble);
    expect(yDocToText(doc).operative).toHaveLength(4);
    expect(paraIds(doc)).toEqual(ids);
    expect(normalizeFragment(doc)).toBe(false);
  });
});

describe('permanent paragraph ids', () => {
  it('are fresh and random', () => {
    const ids = new Set(Array.from({ length: 1000 }, newParagraphId));
    expect(ids.size).toBe(1000);
    for (const id of ids) expect(id).toMatch(/^[0-9a-z]{12}$/);
  });

  it('are given to every paragraph, sub-paragraph, annex paragraph and footnote of a text from the record', () => {
    const doc = textToYDoc(TEXT);
    const all = idElements(doc);
    expect(all.map((e) => e.nodeName)).toEqual([...Array(10).fill(N.para), N.footnote]);
    expect(new Set(all.map(idOf)).size).toBe(11);
    expect(all.every((e) => idOf(e) !== null)).toBe(true);
    // In reading order, one per paragraph of the outline (not the footnote).
    expect(paraIds(doc)).toEqual(all.slice(0, 10).map(idOf));
  });

  it('are given once, the same on every replica, to a document stored without them', () => {
    const a = legacyDoc(TEXT);
    const b = new Y.Doc();
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    // Read before migration: the ids the migration will write.
    const read = paraIds(a);
    expect(read).toEqual(idElements(a).slice(0, 10).map(migrationId));
    expect(ensureParagraphIds(a)).toBe(true);
    expect(ensureParagraphIds(b)).toBe(true);
    expect(paraIds(a)).toEqual(read);
    expect(paraIds(b)).toEqual(read);
    // Both replicas wrote the same values: merging them changes nothing.
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
    expect(paraIds(a)).toEqual(read);
    expect(ensureParagraphIds(a)).toBe(false);
  });

  it('are made unique when two paragraphs carry the same one: the first keeps it', () => {
    const doc = textToYDoc(TEXT);
    const op = section(doc, N.operative);
    const first = op.get(1) as Y.XmlElement;
    const dup = op.get(3) as Y.XmlElement;
    dup.setAttribute(ID_ATTR, idOf(first)!);
    // Read as everyone will agree on it: the later one is known by its migration id, which is then written.
    expect(paraIds(doc).slice(4, 7)).toEqual([idOf(first), paraIds(doc)[5], migrationId(dup)]);
    expect(ensureParagraphIds(doc)).toBe(true);
    expect(idOf(dup)).toBe(migrationId(dup));
    expect(paraIds(doc)[6]).toBe(migrationId(dup));
    expect(new Set(paraIds(doc)).size).toBe(10);
  });

  it('are kept by updateText: amended, moved and unchanged paragraphs keep theirs, new ones get new ones', () => {
    const doc = textToYDoc(TEXT);
    const [pp1, pp2, pp2a, pp2b, op1, op2, op3, an1, an2, an3] = paraIds(doc);
    updateText(doc, {
      ...TEXT,
      operative: [
        { heading: 'Coopération', number: 'I', level: 1 },
        'Prie les États Membres ;', // amended
        'Souligne le rôle de la société civile ;', // inserted
        'Invite les donateurs ;',
        'Prie le Secrétaire général.',
      ],
    });
    const after = paraIds(doc);
    expect(after.slice(0, 5)).toEqual([pp1, pp2, pp2a, pp2b, op1]);
    expect(after[5]).not.toEqual(expect.stringMatching(new RegExp([op1, op2, op3].join('|'))));
    expect(after.slice(6)).toEqual([op2, op3, an1, an2, an3]);
    // Two paragraphs swapped: each keeps its id.
    updateText(doc, {
      ...TEXT,
      operative: [TEXT.operative[0]!, TEXT.operative[3]!, TEXT.operative[2]!, TEXT.operative[1]!],
    });
    expect(paraIds(doc).slice(4, 7)).toEqual([op3, op2, op1]);
  });

  it('are the ones the caller gives: a restored paragraph gets its old id back', () => {
    const doc = textToYDoc(TEXT);
    const ids = paraIds(doc);
    const without: ResolutionText = {
      ...TEXT,
      operative: [TEXT.operative[0]!, TEXT.operative[1]!, TEXT.operative[3]!],
    };
    updateText(doc, without);
    expect(paraIds(doc)).toEqual([...ids.slice(0, 5), ...ids.slice(6)]);
    updateText(doc, TEXT, null, { ids });
    expect(paraIds(doc)).toEqual(ids);
    expect(yDocToText(doc)).toEqual(canonicalText(TEXT));
  });

  it('are written by updateText into a document stored without them', () => {
    const doc = legacyDoc(TEXT);
    const read = paraIds(doc);
    updateText(doc, { ...TEXT, preamble: ['Rappelant sa résolution 75/1[^1], modifié', TEXT.preamble[1]!] });
    expect(idElements(doc).every((e) => idOf(e) !== null)).toBe(true);
    expect(paraIds(doc)).toEqual(read);
  });
});
