/**
 * The Yjs schema of a draft's text. The text lives in one Y.XmlFragment laid out exactly as y-prosemirror lays
 * out a ProseMirror document, so TipTap's Collaboration extension binds to it directly and the server reads it
 * without a DOM. The client's TipTap schema and the server's converter both take their node names from here:
 * a name changed in one place only would make the editor drop (and then delete) the other side's nodes.
 *
 * ProseMirror schema (content expressions, for the client):
 *   doc            title formula preamble operative annex? footnotes
 *   title          text*                                 the draft's title
 *   formula        text*                                 « L’Assemblée générale, » / "The General Assembly,"
 *   preamble       para*                                 unnumbered paragraphs
 *   operative      (para | heading | chapeau)*           numbered paragraphs (continuous across headings)
 *   annex          annexTitle annexPreamble annexBody
 *   annexTitle     text*
 *   annexPreamble  para*
 *   annexBody      (para | heading | chapeau)*           numbered from 1 again
 *   footnotes      footnote*
 *   footnote       text*      attrs { label }
 *   para           inline*    attrs { level: 0 | 1 | 2 | 3 }   level > 0 = sub-paragraph of the one above
 *   heading        text*      attrs { number?: 'I', level?: 1 | 2 | 3 }
 *   chapeau        text*
 *   footnoteRef    inline atom, attrs { label }             written `[^label]` in the structured text
 *
 * Paragraphs are flat with a `level` attribute rather than nested, because that is what an editor can indent
 * and outdent with Tab without restructuring the tree, and what concurrent edits merge best.
 */
export const FRAGMENT = 'resolution';
/** Y.Map of the document that holds metadata not shown as text. */
export const META = 'meta';

export const N = {
  title: 'title',
  formula: 'formula',
  preamble: 'preamble',
  operative: 'operative',
  annex: 'annex',
  annexTitle: 'annexTitle',
  annexPreamble: 'annexPreamble',
  annexBody: 'annexBody',
  footnotes: 'footnotes',
  footnote: 'footnote',
  para: 'para',
  heading: 'heading',
  chapeau: 'chapeau',
  footnoteRef: 'footnoteRef',
} as const;
export type NodeName = (typeof N)[keyof typeof N];

/** Deepest sub-paragraph level the editor offers (a), then i), then A)). */
export const MAX_LEVEL = 3;

export const ENACTING_FORMULA = { fr: 'L’Assemblée générale,', en: 'The General Assembly,' } as const;
