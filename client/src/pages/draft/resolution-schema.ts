import { Extension, Node, mergeAttributes, type Attribute } from '@tiptap/core';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import type { Node as PMNode } from '@tiptap/pm/model';
import {
  ID_ATTR,
  MAX_LEVEL,
  N,
  paragraphIdsPlugin,
  RESOLUTION_NODE_SPECS,
  sectionLabels,
  type LabelBlock,
} from '@concordia/resolution';

/**
 * The TipTap schema of a draft, built from @concordia/resolution's node specs (RESOLUTION_NODE_SPECS: names,
 * content expressions, groups, attributes): the server validates and converts the Yjs document with the same
 * specs, so the two cannot drift (a node one side did not know would be deleted by the other). Only how nodes
 * look in the page and on the clipboard is decided here.
 */
const TAGS: Record<string, string> = {
  [N.title]: 'h2',
  [N.formula]: 'p',
  [N.annexTitle]: 'h3',
  [N.para]: 'p',
  [N.heading]: 'h3',
  [N.chapeau]: 'p',
  [N.footnote]: 'p',
};

/**
 * Attributes go to the page and the clipboard as data-* attributes, so a cut paragraph pasted back keeps its
 * permanent id (`data-pid`; a plain `id` would be a DOM id) and its level.
 */
function attributes(name: string): Record<string, Partial<Attribute>> {
  const spec = RESOLUTION_NODE_SPECS[name]?.attrs ?? {};
  return Object.fromEntries(
    Object.entries(spec).map(([key, { default: def }]) => {
      const data = key === ID_ATTR ? 'pid' : name === N.footnoteRef ? 'footnote' : key;
      const numeric = typeof def === 'number' || key === 'level';
      return [
        key,
        {
          default: def,
          parseHTML: (el: HTMLElement) => {
            const v = el.dataset[data];
            if (v === undefined || v === '') return def;
            return numeric ? Number(v) : v;
          },
          renderHTML: (a: Record<string, unknown>) =>
            a[key] === null || a[key] === undefined ? {} : { [`data-${data}`]: String(a[key]) },
        },
      ];
    }),
  );
}

function nodeOf(name: string): Node {
  const spec = RESOLUTION_NODE_SPECS[name]!;
  const common = {
    name,
    ...(spec.content !== undefined && { content: spec.content }),
    ...(spec.group !== undefined && { group: spec.group }),
    ...(spec.inline !== undefined && { inline: spec.inline }),
    ...(spec.atom !== undefined && { atom: spec.atom }),
    ...(spec.defining !== undefined && { defining: spec.defining }),
    ...(spec.isolating !== undefined && { isolating: spec.isolating }),
    addAttributes: () => attributes(name),
  };
  if (name === 'doc') return Node.create({ ...common, topNode: true });
  if (name === 'text') return Node.create(common);
  if (name === N.footnoteRef)
    return Node.create({
      ...common,
      parseHTML: () => [
        { tag: 'sup[data-footnote]', getAttrs: (el) => ({ label: el.dataset.footnote ?? '' }) },
      ],
      renderHTML: ({ node }) => [
        'sup',
        { 'data-footnote': node.attrs.label as string, class: 'r-fnref' },
        String(node.attrs.label),
      ],
    });
  const tag = TAGS[name] ?? 'section';
  return Node.create({
    ...common,
    parseHTML: () => [{ tag: `${tag}[data-node="${name}"]` }],
    renderHTML: ({ HTMLAttributes }) => [
      tag,
      mergeAttributes(HTMLAttributes, { 'data-node': name, class: `r-${name}` }),
      0,
    ],
    ...(name === N.para && {
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
    }),
  });
}

/** Permanent paragraph ids kept through editing (see paragraphIdsPlugin in @concordia/resolution). */
const ParagraphIds = Extension.create({
  name: 'paragraphIds',
  addProseMirrorPlugins: () => [paragraphIdsPlugin()],
});

export const RESOLUTION_NODES = [...Object.keys(RESOLUTION_NODE_SPECS).map(nodeOf), ParagraphIds];

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
