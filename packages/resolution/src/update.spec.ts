import * as Y from 'yjs';
import type { ResolutionText } from '@concordia/schema';
import { canonicalText, FRAGMENT, N, textToYDoc, updateText, yDocToText } from './index';

const base: ResolutionText = {
  language: 'fr',
  preamble: [
    'Rappelant sa résolution 75/1[^1],',
    { text: 'Réaffirmant que le Plan vise à :', sub: ['promouvoir,', 'protéger,'] },
  ],
  operative: [
    { heading: 'Coopération', number: 'I', level: 1 },
    'Prie les États ;',
    'Invite les donateurs ;',
    'Prie le Secrétaire général.',
  ],
  footnotes: { '1': 'Résolution 75/1.' },
};

function operative(doc: Y.Doc): Y.XmlElement {
  return doc
    .getXmlFragment(FRAGMENT)
    .toArray()
    .find((c) => c instanceof Y.XmlElement && c.nodeName === N.operative) as Y.XmlElement;
}

describe('updateText: bringing a live document to a new text', () => {
  it('gives exactly the new text, including annex and footnote changes', () => {
    const doc = textToYDoc(base);
    const next: ResolutionText = {
      ...base,
      operative: [
        { heading: 'Coopération', number: 'I', level: 1 },
        'Prie les États ;',
        'Invite les donateurs, sans tarder ;',
        'Souligne le rôle de la société civile ;',
        'Prie le Secrétaire général.',
      ],
      annex: { title: 'Annexe', body: ['Premier paragraphe.'] },
      footnotes: { '1': 'Résolution 75/1, annexe.' },
    };
    updateText(doc, next);
    expect(yDocToText(doc)).toEqual(canonicalText(next));
    const without: ResolutionText = { ...next, annex: undefined };
    delete without.annex;
    updateText(doc, without);
    expect(yDocToText(doc)).toEqual(canonicalText(without));
  });

  it('keeps unchanged paragraphs as they are, so a concurrent edit in them survives', () => {
    const server = textToYDoc(base);
    const client = new Y.Doc();
    Y.applyUpdate(client, Y.encodeStateAsUpdate(server));
    const firstOp = operative(server).get(1) as Y.XmlElement;
    // A delegate types in OP 1 on their side while the penholder's accepted proposal changes OP 2.
    const clientOp1 = (operative(client).get(1) as Y.XmlElement).get(0) as Y.XmlText;
    clientOp1.insert(0, 'Demande et ');
    updateText(
      server,
      {
        ...base,
        operative: [
          base.operative[0]!,
          'Prie les États ;',
          'Invite les donateurs, sans tarder ;',
          'Prie le Secrétaire général.',
        ],
      },
      'penholder',
    );
    expect(operative(server).get(1)).toBe(firstOp);
    Y.applyUpdate(server, Y.encodeStateAsUpdate(client));
    Y.applyUpdate(client, Y.encodeStateAsUpdate(server));
    const text = yDocToText(server);
    expect(text.operative.slice(1)).toEqual([
      'Demande et Prie les États ;',
      'Invite les donateurs, sans tarder ;',
      'Prie le Secrétaire général.',
    ]);
    expect(yDocToText(client)).toEqual(text);
  });

  it('makes one update, attributed to its origin, and none when nothing changed', () => {
    const doc = textToYDoc(base);
    const origins: unknown[] = [];
    doc.on('update', (_u: Uint8Array, origin: unknown) => origins.push(origin));
    updateText(doc, base, 'nobody');
    expect(origins).toEqual([]);
    updateText(doc, { ...base, preamble: ['Rappelant sa résolution 75/1[^1],'] }, 'penholder');
    expect(origins).toEqual(['penholder']);
  });
});
