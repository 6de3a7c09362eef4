import type { ResolutionText } from '@concordia/schema';
import { buildCompilation, renderCompilationText, type ProposalInput } from './compilation';
import { compilationHtml } from './html';
import { outline } from './outline';
import { formatCounts, statusCounts, type ParagraphStatus } from './status';

const TEXT: ResolutionText = {
  preamble: ['Rappelant ses résolutions antérieures,', 'Réaffirmant la Déclaration,'],
  operative: ['Prend note du rapport ;', 'Prie le Secrétaire général de lui présenter un rapport.'],
};
const paras = outline(TEXT);
const P: ProposalInput[] = [
  {
    id: 'a',
    paragraphId: 'op.1',
    kind: 'amend',
    text: 'Prend note avec satisfaction du rapport ;',
    delegation: 'EU',
    supporters: ['USA'],
    status: 'open',
    baseText: 'Prend note du rapport ;',
  },
  { id: 'b', paragraphId: 'op.1', kind: 'delete', delegation: 'RUS', status: 'open', reason: 'Not needed' },
  {
    id: 'c',
    paragraphId: 'op.1',
    kind: 'insert-after',
    text: 'Souligne le rôle de l’ONUDC ;',
    delegation: 'CHN',
    status: 'open',
  },
  {
    id: 'd',
    paragraphId: 'op.1',
    kind: 'insert-after',
    text: 'Encourage les États ;',
    delegation: 'GBR',
    status: 'open',
  },
  { id: 'e', paragraphId: 'pp.2', kind: 'delete', delegation: 'USA', status: 'rejected' },
  { id: 'f', paragraphId: 'gone', kind: 'delete', delegation: 'BLR', status: 'open' },
];
const statuses: Record<string, ParagraphStatus> = { 'pp.1': 'agreed', 'op.2': 'agreed', 'pp.2': 'bracketed' };
const statusOf = (id: string) => statuses[id];

describe('buildCompilation', () => {
  it('puts every open proposal in place, attributed as negotiators write it', () => {
    const c = buildCompilation(paras, P, statusOf);
    const op1 = c.paragraphs.find((p) => p.id === 'op.1')!;
    expect(op1.proposals.map((p) => p.bracket)).toEqual([
      '[EU, US: Prend note avec satisfaction du rapport ;]',
      '[RUS: delete]',
    ]);
    expect(op1.proposals[0]!.diff).toEqual([
      { op: 'equal', text: 'Prend note ' },
      { op: 'insert', text: 'avec satisfaction ' },
      { op: 'equal', text: 'du rapport ;' },
    ]);
    expect(op1.insertions.map((i) => `${i.label} ${i.bracket}`)).toEqual([
      'OP 1 bis [CHN: Souligne le rôle de l’ONUDC ;]',
      'OP 1 ter [UK: Encourage les États ;]',
    ]);
    expect(c.paragraphs.find((p) => p.id === 'pp.2')!.proposals).toEqual([]); // rejected: not on the table
    expect(c.orphans.map((o) => o.id)).toEqual(['f']);
    expect(c.shown).toBe(5);
  });
  it('filters by delegation (proposer or supporter) and by status', () => {
    const byUs = buildCompilation(paras, P, statusOf, { delegations: ['USA'] });
    expect(byUs.paragraphs.flatMap((p) => p.proposals.map((x) => x.id))).toEqual(['a']);
    const all = buildCompilation(paras, P, statusOf, {
      delegations: ['USA'],
      statuses: ['open', 'rejected'],
    });
    expect(all.paragraphs.flatMap((p) => p.proposals.map((x) => x.id))).toEqual(['e', 'a']);
  });
  it('marks a proposal stale when its paragraph changed since', () => {
    const changed = paras.map((p) =>
      p.id === 'op.1' ? { ...p, text: 'Prend note du rapport détaillé ;' } : p,
    );
    const c = buildCompilation(changed, P, statusOf);
    expect(c.paragraphs[2]!.proposals[0]!.stale).toBe(true);
    expect(buildCompilation(paras, P, statusOf).paragraphs[2]!.proposals[0]!.stale).toBe(false);
  });
  it('renders the compilation text in French and English', () => {
    const fr = renderCompilationText(buildCompilation(paras, P, statusOf, {}, 'fr'), 'fr');
    expect(fr).toContain('AP 1 (approuvé ad ref.) Rappelant ses résolutions antérieures,');
    expect(fr).toContain('    [RUS : supprimer]');
    expect(fr).toContain('PD 1 bis [CHN : Souligne le rôle de l’ONUDC ;]');
    const html = compilationHtml(buildCompilation(paras, P, statusOf), {
      title: 'L.9 <compilation>',
      lang: 'en',
    });
    expect(html).toContain('<ins>avec satisfaction </ins>');
    expect(html).toContain('&lt;compilation&gt;');
    expect(html).toContain('(Not needed)');
  });
});

describe('status counts', () => {
  it('counts top-level preambular and operative paragraphs only', () => {
    const withSubs = outline({ preamble: ['A,'], operative: [{ text: 'B :', sub: ['a) x ;', 'b) y.'] }] });
    const c = statusCounts(withSubs, (id) => (id === 'op.1' ? 'agreed' : undefined));
    expect(c).toEqual({
      preamble: { agreed: 0, bracketed: 0, total: 1 },
      operative: { agreed: 1, bracketed: 0, total: 1 },
    });
  });
  it('prints « PP 12/74 agreed, OP 40/77 agreed » and the French form', () => {
    const c = {
      preamble: { agreed: 12, bracketed: 3, total: 74 },
      operative: { agreed: 40, bracketed: 0, total: 77 },
    };
    expect(formatCounts(c, 'en')).toBe('PP 12/74 agreed, OP 40/77 agreed');
    expect(formatCounts(c, 'fr')).toBe('AP 12/74 approuvés, PD 40/77 approuvés');
    expect(formatCounts(buildCompilation(paras, P, statusOf).counts, 'en')).toBe(
      'PP 1/2 agreed, OP 1/2 agreed',
    );
  });
});
