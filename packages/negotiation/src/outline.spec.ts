import type { ResolutionText } from '@concordia/schema';
import { applyChange } from './apply';
import { carryIds, idEntries, outline, paragraphByLabel, trackDocumentIds } from './outline';

const TEXT: ResolutionText = {
  preamble: ['Rappelant ses résolutions antérieures,', 'Profondément préoccupée par la situation,'],
  operative: [
    { heading: 'Généralités', number: 'I' },
    'Prend note du rapport du Secrétaire général ;',
    { chapeau: 'Décide :' },
    {
      text: 'Exhorte les États Membres :',
      sub: ['a) à ratifier la Convention ;', { text: 'b) à coopérer :', sub: ['avec l’ONUDC ;'] }],
    },
    'Prie le Secrétaire général de lui présenter un rapport.',
  ],
};

describe('outline', () => {
  it('numbers paragraphs per part, skipping headings and chapeaux, with English and French labels', () => {
    const o = outline(TEXT);
    expect(o.map((p) => p.label)).toEqual([
      'PP 1',
      'PP 2',
      'OP 1',
      'OP 2',
      'OP 2 (a)',
      'OP 2 (b)',
      'OP 2 (b) (i)',
      'OP 3',
    ]);
    expect(o.map((p) => p.labelFr)).toEqual([
      'AP 1',
      'AP 2',
      'PD 1',
      'PD 2',
      'PD 2 a)',
      'PD 2 b)',
      'PD 2 b) i)',
      'PD 3',
    ]);
    expect(o[6]!.key).toBe('op.2.1.0');
  });
});

describe('carryIds', () => {
  let n = 0;
  const newId = () => `p${++n}`;
  it('keeps ids when a paragraph is inserted above and another is edited', () => {
    const first = carryIds(null, TEXT, newId);
    const byLabel = Object.fromEntries(first.map((p) => [p.label, p.id]));
    let next = applyChange(TEXT, 'op.1', {
      kind: 'insert-after',
      text: 'Souligne l’importance de la coopération internationale ;',
    });
    next = applyChange(next, 'op.4', {
      kind: 'amend',
      text: 'Prie le Secrétaire général de lui présenter à sa prochaine session un rapport.',
    });
    const second = carryIds(idEntries(first), next, newId);
    const after = Object.fromEntries(second.map((p) => [p.label, p.id]));
    expect(after['OP 1']).toBe(byLabel['OP 1']);
    expect(after['OP 2']).not.toBe(undefined);
    expect(Object.values(byLabel)).not.toContain(after['OP 2']); // the new paragraph has a new id
    expect(after['OP 3']).toBe(byLabel['OP 2']);
    expect(after['OP 3 (b) (i)']).toBe(byLabel['OP 2 (b) (i)']);
    expect(after['OP 4']).toBe(byLabel['OP 3']); // edited but the same paragraph
  });
  it('does not turn a preambular paragraph into an operative one', () => {
    const first = carryIds(null, { preamble: ['Rappelant X,'], operative: [] }, newId);
    const second = carryIds(idEntries(first), { preamble: [], operative: ['Rappelant X,'] }, newId);
    expect(second[0]!.id).not.toBe(first[0]!.id);
  });
});

describe('applyChange', () => {
  it('amends, inserts and deletes by positional key without touching the input', () => {
    const before = JSON.stringify(TEXT);
    expect(
      outline(applyChange(TEXT, 'op.2.1.0', { kind: 'amend', text: 'avec l’ONUDC et le HCDH ;' }))[6]!.text,
    ).toBe('avec l’ONUDC et le HCDH ;');
    expect(applyChange(TEXT, 'pp.1', { kind: 'delete' }).preamble).toEqual([
      'Profondément préoccupée par la situation,',
    ]);
    const deletedSub = applyChange(TEXT, 'op.2.1.0', { kind: 'delete' });
    expect(deletedSub.operative[3]).toEqual({
      text: 'Exhorte les États Membres :',
      sub: ['a) à ratifier la Convention ;', 'b) à coopérer :'],
    });
    expect(JSON.stringify(TEXT)).toBe(before);
  });
  it('refuses a key that does not exist', () => {
    expect(() => applyChange(TEXT, 'op.9', { kind: 'delete' })).toThrow('Unknown paragraph op.9');
    expect(() => applyChange(TEXT, 'op.1.0', { kind: 'delete' })).toThrow('Unknown paragraph');
  });
});

describe('idsAfterChange', () => {
  it('keeps ids by position around a known change', () => {
    const { idsAfterChange } = jest.requireActual<typeof import('./apply')>('./apply');
    const prev = outline(TEXT).map((p) => ({ id: `id-${p.key}`, key: p.key }));
    const del = applyChange(TEXT, 'op.2', { kind: 'delete' });
    expect(
      idsAfterChange(
        prev,
        'op.2',
        { kind: 'delete' },
        outline(del).map((p) => p.key),
        () => 'new',
      ),
    ).toEqual(['id-pp.1', 'id-pp.2', 'id-op.1', 'id-op.3']);
    const ins = applyChange(TEXT, 'op.2', { kind: 'insert-after', text: 'X ;' });
    expect(
      idsAfterChange(
        prev,
        'op.2',
        { kind: 'insert-after', text: 'X ;' },
        outline(ins).map((p) => p.key),
        () => 'new',
      ).slice(3),
    ).toEqual(['id-op.2', 'id-op.2.0', 'id-op.2.1', 'id-op.2.1.0', 'new', 'id-op.3']);
  });
});

describe('paragraphByLabel', () => {
  const text = {
    preamble: ['Rappelant,', 'Notant,'],
    operative: ['Prie ;', { text: 'Demande :', sub: ['de faire ;', 'de dire ;'] }, 'Décide.'],
  };
  it('finds paragraphs by English or French label, with any sub-paragraph style', () => {
    expect(paragraphByLabel(text, 'OP 3')?.text).toBe('Décide.');
    expect(paragraphByLabel(text, 'op. 2 (b)')?.text).toBe('de dire ;');
    expect(paragraphByLabel(text, 'PD 2 b)')?.text).toBe('de dire ;');
    expect(paragraphByLabel(text, 'AP 2')?.text).toBe('Notant,');
    expect(paragraphByLabel(text, 'PP 2')?.key).toBe('pp.2');
  });
  it('finds nothing for a paragraph the text does not have', () => {
    expect(paragraphByLabel(text, 'OP 4')).toBeUndefined();
    expect(paragraphByLabel(text, 'OP 2 (c)')).toBeUndefined();
  });
});

describe('trackDocumentIds: ids from the document', () => {
  const text = { preamble: ['Rappelant X,', 'Notant Y,'], operative: ['Prie Z ;', 'Invite W.'] };
  it('takes the ids as given, keeps gone paragraphs with their last text, and brings them back', () => {
    const first = trackDocumentIds(null, text, ['a', 'b', 'c', 'd']);
    expect(first.paragraphs.map((p) => [p.id, p.label])).toEqual([
      ['a', 'PP 1'],
      ['b', 'PP 2'],
      ['c', 'OP 1'],
      ['d', 'OP 2'],
    ]);
    expect(first.renamed.size).toBe(0);
    // Every paragraph deleted (select all, delete): the map keeps them all, gone, with their text.
    const empty = trackDocumentIds(first.entries, { preamble: [], operative: [] }, []);
    expect(empty.entries).toEqual(first.entries.map((e) => ({ ...e, gone: true })));
    // Undone: the same ids are back; nothing was renamed.
    const back = trackDocumentIds(empty.entries, text, ['a', 'b', 'c', 'd']);
    expect(back.entries).toEqual(first.entries);
    expect(back.renamed.size).toBe(0);
    // Moved and reworded: the document's ids are the truth, however different the text.
    const moved = trackDocumentIds(
      back.entries,
      { preamble: ['Notant Y,'], operative: ['Tout autre chose ;', 'Rappelant X,', 'Invite W.'] },
      ['b', 'c', 'a', 'd'],
    );
    expect(moved.paragraphs.map((p) => [p.id, p.label])).toEqual([
      ['b', 'PP 1'],
      ['c', 'OP 1'],
      ['a', 'OP 2'],
      ['d', 'OP 3'],
    ]);
  });

  it('moves an id map inferred by text matching onto the document ids, once', () => {
    const old = idEntries(
      carryIds(
        null,
        text,
        (() => {
          let n = 0;
          return () => `p_${++n}`;
        })(),
      ),
    );
    // The document now carries its own ids; one paragraph was deleted meanwhile.
    const t = trackDocumentIds(old, { preamble: ['Rappelant X,'], operative: ['Prie Z ;', 'Invite W.'] }, [
      'x',
      'y',
      'z',
    ]);
    expect([...t.renamed]).toEqual([
      ['p_1', 'x'],
      ['p_3', 'y'],
      ['p_4', 'z'],
    ]);
    expect(t.entries.find((e) => e.id === 'p_2')).toEqual({
      id: 'p_2',
      key: 'pp.2',
      text: 'Notant Y,',
      gone: true,
    });
    // The next read has nothing more to rename.
    expect(
      trackDocumentIds(t.entries, { preamble: ['Rappelant X,'], operative: ['Prie Z ;', 'Invite W.'] }, [
        'x',
        'y',
        'z',
      ]).renamed.size,
    ).toBe(0);
  });
});
