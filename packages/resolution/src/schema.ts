import { Schema, type AttributeSpec, type NodeSpec } from 'prosemirror-model';
import { N } from './nodes';

/**
 * The one ProseMirror schema of a resolution. The server validates and converts the Yjs document with it (through
 * @tiptap/y-tiptap, the y-prosemirror binding TipTap's Collaboration extension uses) and the client builds its
 * TipTap nodes from `RESOLUTION_NODE_SPECS` (names, content expressions, groups, attributes), so the editor and
 * the server cannot disagree on what a valid text is: a node one side does not know is deleted by the other.
 *
 * Only what defines the structure is here; how a node renders in the browser (tags, classes) is the client's.
 */
export interface ResolutionNodeSpec {
  content?: string;
  group?: string;
  inline?: boolean;
  atom?: boolean;
  /** Kept when the content is replaced (a paste into a paragraph keeps it a paragraph). */
  defining?: boolean;
  /** Sections: editing operations (join, lift) do not cross their boundary. */
  isolating?: boolean;
  attrs?: Record<string, { default: string | number | null }>;
}

/** Attribute carrying a paragraph's permanent id (see ids.ts). */
export const ID_ATTR = 'id';

/** Nodes that carry a permanent id: paragraphs (preambular, operative, sub-, annex) and footnotes. */
export const ID_NODES: ReadonlySet<string> = new Set([N.para, N.footnote]);

const textBlock = (attrs?: ResolutionNodeSpec['attrs']): ResolutionNodeSpec => ({
  content: 'inline*',
  defining: true,
  ...(attrs && { attrs }),
});
const section = (content: string): ResolutionNodeSpec => ({ content, isolating: true });
const BODY = `(${N.para} | ${N.heading} | ${N.chapeau})*`;

/** Node specs, in the order ProseMirror gives them priority (the first block type is the default one). */
export const RESOLUTION_NODE_SPECS: Readonly<Record<string, ResolutionNodeSpec>> = {
  doc: { content: `${N.title} ${N.formula} ${N.preamble} ${N.operative} ${N.annex}? ${N.footnotes}` },
  [N.para]: textBlock({ level: { default: 0 }, [ID_ATTR]: { default: null } }),
  [N.title]: textBlock(),
  [N.formula]: textBlock(),
  [N.preamble]: section(`${N.para}*`),
  [N.operative]: section(BODY),
  [N.annex]: section(`${N.annexTitle} ${N.annexPreamble} ${N.annexBody}`),
  [N.annexTitle]: textBlock(),
  [N.annexPreamble]: section(`${N.para}*`),
  [N.annexBody]: section(BODY),
  [N.footnotes]: section(`${N.footnote}*`),
  [N.footnote]: textBlock({ label: { default: '' }, [ID_ATTR]: { default: null } }),
  [N.heading]: textBlock({ number: { default: null }, level: { default: null } }),
  [N.chapeau]: textBlock(),
  [N.footnoteRef]: { group: 'inline', inline: true, atom: true, attrs: { label: { default: '' } } },
  text: { group: 'inline' },
};

function toNodeSpec(s: ResolutionNodeSpec): NodeSpec {
  const out: NodeSpec = { ...s };
  if (s.attrs)
    out.attrs = Object.fromEntries(
      Object.entries(s.attrs).map(([k, v]): [string, AttributeSpec] => [k, { default: v.default }]),
    );
  return out;
}

/** The schema as a plain prosemirror-model Schema (no DOM): for the server and for tests. */
export const resolutionSchema = new Schema({
  nodes: Object.fromEntries(
    Object.entries(RESOLUTION_NODE_SPECS).map(([name, s]): [string, NodeSpec] => [name, toNodeSpec(s)]),
  ),
  marks: {},
});
