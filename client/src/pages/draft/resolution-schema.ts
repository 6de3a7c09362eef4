import { Extension, Node, mergeAttributes } from '@tiptap/core';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import type { Node as PMNode } from '@tiptap/pm/model';
import { MAX_LEVEL, N, sectionLabels, type LabelBlock } from '@concordia/resolution';

/**
 * The TipTap schema of a draft. Node names and content expressions are those of @concordia/resolution (see
 * nodes.ts there): the server writes the Yjs document in this layout, and a name that differed here would make
 * the editor drop the server's nodes and then delete them from the shared document.
 */
const textBlock = (name: string, tag: string, extra: Partial<Parameters<typeof Node.create>[0]> = {}) =>
  Node.create({
    name,
    content: 'inline*',
    defining: true,
    parseHTML: () => [{ tag: `${tag}[data-node="${name}"]` }],
    renderHTML: ({ HTMLAttributes }) => [
      tag,
      mergeAttributes(HTMLAttributes, { 'data-node': name, class: `r-${name}` }),
      0,
    ],
    ...extra,
  });

const section = (name: string, content: string) =>
  Node.create({
    name,
    content,
    isolating: true,
    parseHTML: () => [{ tag: `section[data-node="${name}"]` }],
    renderHTML: ({ HTMLAttributes }) => [
      'section',
      mergeAttributes(HTMLAttributes, { 'data-node': name, class: `r-${name}` }),
      0,
    ],
  });

const Doc = Node.create({
  name: 'doc',
  topNode: true,
  content: `${N.title} ${N.formula} ${N.preamble} ${N.operative} ${N.annex}? ${N.footnotes}`,
});
const Text = Node.create({ name: 'text', group: 'inline' });

const Para = textBlock(N.para, 'p', {
  addAttributes: () => ({
    level: {
      default: 0,
      parseHTML: (el: HTMLElement) => Number(el.dataset.level ?? 0),
      renderHTML: (a: { level: number }) => ({ 'data-level': a.level }),
    },
  }),
  addKeyboardShortcuts() {
    const shift = (d: number) => () => {
      const { $from } = this.editor.state.selection;
      const node = $from.parent;
      if (node.type.name !== N.para) return false;
      const level = Math.max(0, Math.min(MAX_LEVEL, Number(node.attrs.level ?? 0) + d));
      return this.editor.commands.updateAttributes(N.para, { level });
    };
    return { Tab: shift(1), 'Shift-Tab': shift(-1) };
  },
});
const Heading = textBlock(N.heading, 'h3', {
  addAttributes: () => ({ number: { default: null }, level: { default: null } }),
});
const FootnoteRef = Node.create({
  name: N.footnoteRef,
  group: 'inline',
  inline: true,
  atom: true,
  addAttributes: () => ({ label: { default: '' } }),
  parseHTML: () => [{ tag: 'sup[data-footnote]' }],
  renderHTML: ({ node }) => [
    'sup',
    { 'data-footnote': node.attrs.label as string, class: 'r-fnref' },
    String(node.attrs.label),
  ],
});
const Footnote = textBlock(N.footnote, 'p', { addAttributes: () => ({ label: { default: '' } }) });

export const RESOLUTION_NODES = [
  Doc,
  Text,
  textBlock(N.title, 'h2'),
  textBlock(N.formula, 'p'),
  section(N.preamble, `${N.para}*`),
  section(N.operative, `(${N.para} | ${N.heading} | ${N.chapeau})*`),
  section(N.annex, `${N.annexTitle} ${N.annexPreamble} ${N.annexBody}`),
  textBlock(N.annexTitle, 'h3'),
  section(N.annexPreamble, `${N.para}*`),
  section(N.annexBody, `(${N.para} | ${N.heading} | ${N.chapeau})*`),
  section(N.footnotes, `${N.footnote}*`),
  Footnote,
  Para,
  Heading,
  textBlock(N.chapeau, 'p'),
  FootnoteRef,
];

/**
 * Live numbering: paragraph labels (1., a) / (a), i) / (i)) as node decorations, recomputed from the document on
 * every change, so that a paragraph inserted by anyone renumbers the others at once. The labels are never
 * stored in the text: they are a function of position, as in the printed resolution.
 */
export function numbering(lang: () => 'fr' | 'en') {
  return Extension.create({
    name: 'resolutionNumbering',
    addProseMirrorPlugins() {
      const compute = (doc: PMNode) => {
        const decos: Decoration[] = [];
        const visit = (node: PMNode, pos: number) => {
          const numbered = node.type.name === N.operative || node.type.name === N.annexBody;
          const unnumbered = node.type.name === N.preamble || node.type.name === N.annexPreamble;
          if (numbered || unnumbered) {
            const blocks: LabelBlock[] = [];
            node.forEach((c) =>
              blocks.push({
                kind: c.type.name === N.para ? 'para' : c.type.name === N.heading ? 'heading' : 'chapeau',
                level: Number(c.attrs.level ?? 0),
              }),
            );
            const labels = sectionLabels(blocks, numbered, lang());
            let i = 0;
            node.forEach((c, offset) => {
              const label = labels[i++];
              if (label)
                decos.push(
                  Decoration.node(pos + 1 + offset, pos + 1 + offset + c.nodeSize, { 'data-label': label }),
                );
            });
            return;
          }
          node.forEach((c, offset) => visit(c, pos + 1 + offset));
        };
        doc.forEach((c, offset) => visit(c, offset));
        return DecorationSet.create(doc, decos);
      };
      const key = new PluginKey<DecorationSet>('resolutionNumbering');
      return [
        new Plugin<DecorationSet>({
          key,
          state: {
            init: (_, s) => compute(s.doc),
            apply: (tr, old) => (tr.docChanged ? compute(tr.doc) : old),
          },
          props: { decorations: (s) => key.getState(s) },
        }),
      ];
    },
  });
}
