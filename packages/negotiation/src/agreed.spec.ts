import { matchAgreedLanguage, normalizeForAgreed } from './agreed';
import { compareTexts } from './compare';
import { outline } from './outline';

const LAST_YEAR = outline({
  preamble: [
    'Rappelant ses résolutions antérieures[^1],',
    'Profondément préoccupée par les incidences de la pandémie,',
  ],
  operative: [
    'Prend note avec satisfaction du rapport du Secrétaire général ;',
    'Prie le Secrétaire général de lui présenter, à sa soixante-seizième session, un rapport sur l’application de la présente résolution.',
  ],
});
const THIS_YEAR = outline({
  preamble: [
    'Rappelant ses résolutions antérieures[^a],',
    'Se félicitant de la tenue du quatorzième Congrès,',
  ],
  operative: [
    'Prend note avec satisfaction du rapport du Secrétaire général ;',
    'Prie le Secrétaire général de lui présenter, à sa soixante-dix-septième session, un rapport sur l’application de la présente résolution ;',
    'Décide d’inscrire la question à l’ordre du jour de sa soixante-dix-septième session.',
  ],
});

describe('agreed language', () => {
  const m = matchAgreedLanguage(THIS_YEAR, LAST_YEAR);
  it('finds identical paragraphs despite footnote labels, apostrophes and final punctuation', () => {
    expect(normalizeForAgreed("l'homme[^3] ;")).toBe('l’homme');
    expect(m.get('pp.1')).toEqual({
      kind: 'identical',
      match: { key: 'pp.1', label: 'PP 1', labelFr: 'AP 1' },
    });
    expect(m.get('op.1')).toMatchObject({ kind: 'identical', match: { key: 'op.1' } });
  });
  it('shows a changed paragraph against the closest one, word by word', () => {
    const op2 = m.get('op.2');
    expect(op2?.kind).toBe('changed');
    if (op2?.kind !== 'changed') return;
    expect(op2.match.label).toBe('OP 2');
    expect(op2.diff.filter((o) => o.op !== 'equal')).toEqual([
      { op: 'delete', text: 'soixante-seizième ' },
      { op: 'insert', text: 'soixante-dix-septième ' },
      { op: 'delete', text: '.' },
      { op: 'insert', text: ';' },
    ]);
  });
  it('marks paragraphs without a close enough match as new', () => {
    expect(m.get('pp.2')).toEqual({ kind: 'new' });
    expect(m.get('op.3')).toEqual({ kind: 'new' });
  });
  it('picks the closest paragraph even when it moved to another place', () => {
    const moved = outline({
      preamble: [],
      operative: [
        'Prie le Secrétaire général de lui présenter, à sa soixante-seizième session, un rapport sur la présente résolution.',
      ],
    });
    expect(matchAgreedLanguage(moved, LAST_YEAR).get('op.1')).toMatchObject({
      kind: 'changed',
      match: { key: 'op.2' },
    });
  });
});

describe('compareTexts', () => {
  it('pairs paragraphs, shows removed ones where they stood and added ones in order', () => {
    const left = { preamble: ['A a a,', 'B b b,'], operative: ['Un deux trois quatre ;', 'Cinq six.'] };
    const right = {
      preamble: ['A a a,'],
      operative: ['Un deux trois cinq ;', 'Nouveau texte entièrement différent ;', 'Cinq six.'],
    };
    const rows = compareTexts(left, right);
    expect(rows.map((r) => `${r.kind}:${r.left?.label ?? '-'}>${r.right?.label ?? '-'}`)).toEqual([
      'same:PP 1>PP 1',
      'removed:PP 2>-',
      'changed:OP 1>OP 1',
      'added:->OP 2',
      'same:OP 2>OP 3',
    ]);
    expect(rows[2]!.diff.filter((o) => o.op !== 'equal')).toEqual([
      { op: 'delete', text: 'quatre ' },
      { op: 'insert', text: 'cinq ' },
    ]);
  });
});

describe('parsePastedText', () => {
  it('reads numbered, lettered and preambular lines', () => {
    const { parsePastedText } = jest.requireActual<typeof import('./paste')>('./paste');
    expect(
      parsePastedText(
        'L’Assemblée générale,\n\nRappelant ses résolutions,\n1. Prend note du rapport ;\n2. Exhorte les États :\na) à ratifier ;\n(b) à coopérer ;\n',
      ),
    ).toEqual({
      preamble: ['Rappelant ses résolutions,'],
      operative: [
        'Prend note du rapport ;',
        { text: 'Exhorte les États :', sub: ['à ratifier ;', 'à coopérer ;'] },
      ],
    });
  });
});
