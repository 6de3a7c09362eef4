import * as Y from 'yjs';
import { Fragment, type Node as PMNode, type NodeType, type Schema } from 'prosemirror-model';
import { ensureParagraphIds } from './ids';
import { FRAGMENT, MAX_LEVEL, N } from './nodes';
import { ID_ATTR, resolutionSchema } from './schema';

/*
 * Whether a Yjs document fits the resolution schema, and how to make it fit. Hand-written rather than through
 * y-tiptap's yXmlFragmentToProseMirrorRootNode because that function deletes, inside the shared document, every
 * node it cannot build: right for an editor, wrong for a check that must say what is wrong and change nothing.
 */

export interface FragmentIssue {
  /** Where: `operative[3]` is the fourth child of the operative section. */
  path: string;
  message: string;
}

export type FragmentCheck = { ok: true; doc: PMNode } | { ok: false; issues: FragmentIssue[] };

/** Attribute values the editor can hold, per node and attribute; anything else is refused. */
function attrProblem(node: string, key: string, value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (key === ID_ATTR)
    return typeof value === 'string' && /^[A-Za-z0-9_-]{1,64}$/.test(value)
      ? null
      : 'an id is 1 to 64 letters, digits, "_" or "-"';
  if (key === 'level') {
    const n = Number(value);
    const max = node === N.heading ? 3 : MAX_LEVEL;
    const min = node === N.heading ? 1 : 0;
    return Number.isInteger(n) && n >= min && n <= max
      ? null
      : `level is a whole number from ${min} to ${max}`;
  }
  return typeof value === 'string' || typeof value === 'number' ? null : `${key} is text`;
}

function textNodes(t: Y.XmlText, schema: Schema, path: string, issues: FragmentIssue[]): PMNode[] {
  const out: PMNode[] = [];
  for (const op of t.toDelta() as { insert: unknown; attributes?: Record<string, unknown> }[]) {
    if (typeof op.insert !== 'string') {
      issues.push({ path, message: 'embedded object in text' });
      continue;
    }
    const marks = Object.keys(op.attributes ?? {});
    if (marks.length) issues.push({ path, message: `formatting not in the schema: ${marks.join(', ')}` });
    if (op.insert) out.push(schema.text(op.insert));
  }
  return out;
}

function build(
  type: NodeType,
  attrs: Record<string, unknown>,
  kids: readonly (Y.XmlElement | Y.XmlText | Y.XmlHook)[],
  schema: Schema,
  path: string,
  issues: FragmentIssue[],
): PMNode | null {
  const before = issues.length;
  for (const [k, v] of Object.entries(attrs)) {
    if (!(k in (type.spec.attrs ?? {})))
      issues.push({ path, message: `${type.name} has no attribute "${k}"` });
    else {
      const p = attrProblem(type.name, k, v);
      if (p) issues.push({ path, message: p });
    }
  }
  const children: PMNode[] = [];
  kids.forEach((c, i) => {
    const at = `${path}[${i}]`;
    if (c instanceof Y.XmlText) {
      if (!type.inlineContent) issues.push({ path: at, message: `text directly in ${type.name}` });
      else children.push(...textNodes(c, schema, at, issues));
    } else if (c instanceof Y.XmlElement) {
      const ct = schema.nodes[c.nodeName];
      if (!ct) {
        issues.push({ path: at, message: `unknown node "${c.nodeName}"` });
        return;
      }
      const built = build(ct, c.getAttributes(), c.toArray(), schema, `${path}/${c.nodeName}[${i}]`, issues);
      if (built) children.push(built);
    } else issues.push({ path: at, message: 'unknown kind of node' });
  });
  if (issues.length > before) return null;
  const content = Fragment.from(children);
  if (!type.validContent(content)) {
    issues.push({
      path,
      message: `${type.name} must hold ${type.spec.content ?? 'nothing'}, not ${children.map((c) => c.type.name).join(' ') || 'nothing'}`,
    });
    return null;
  }
  const pmAttrs = Object.fromEntries(
    Object.entries(attrs).map(([k, v]) => [k, k === 'level' && v !== null ? Number(v) : v]),
  );
  return type.create(pmAttrs, content);
}

/**
 * Whether the document's text fits the resolution schema: every node known, in a place its parent admits, with
 * attributes the editor can hold, no formatting the schema lacks. Changes nothing.
 */
export function validateFragment(frag: Y.XmlFragment, schema: Schema = resolutionSchema): FragmentCheck {
  const issues: FragmentIssue[] = [];
  const doc = build(schema.topNodeType, {}, frag.toArray(), schema, FRAGMENT, issues);
  return doc && !issues.length ? { ok: true, doc } : { ok: false, issues };
}

/**
 * Whether `update` applied to `doc` leaves a text that fits the schema, checked on a copy (the document is not
 * changed): for refusing a client's update before it is applied, stored or relayed.
 */
export function validateUpdate(doc: Y.Doc, update: Uint8Array): FragmentCheck {
  const copy = new Y.Doc();
  try {
    Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
    Y.applyUpdate(copy, update);
    return validateFragment(copy.getXmlFragment(FRAGMENT));
  } finally {
    copy.destroy();
  }
}

/** A Yjs element for a node ProseMirror created to fill a gap (an empty required section). */
function toY(node: PMNode): Y.XmlElement {
  const e = new Y.XmlElement(node.type.name);
  for (const [k, v] of Object.entries(node.attrs))
    if (v !== null && v !== undefined) e.setAttribute(k, v as string);
  const kids: Y.XmlElement[] = [];
  node.forEach((c) => {
    if (!c.isText) kids.push(toY(c));
  });
  if (kids.length) e.insert(0, kids);
  return e;
}

function normalizeChildren(parent: Y.XmlElement | Y.XmlFragment, type: NodeType, schema: Schema): void {
  let match = type.contentMatch;
  const kids = parent.toArray();
  let index = 0;
  for (const c of kids) {
    const ct = c instanceof Y.XmlElement ? schema.nodes[c.nodeName] : undefined;
    if (c instanceof Y.XmlText && type.inlineContent) {
      for (const op of c.toDelta() as { insert: unknown; attributes?: Record<string, unknown> }[])
        if (op.attributes)
          c.format(0, c.length, Object.fromEntries(Object.keys(op.attributes).map((k) => [k, null])));
      index++;
      continue;
    }
    let next = ct ? match.matchType(ct) : null;
    if (ct && !next) {
      // A required node is missing before this one (a section deleted): put an empty one back, keep this one.
      const sample = ct.createAndFill();
      const fill = sample ? match.fillBefore(Fragment.from(sample)) : null;
      if (fill && fill.childCount) {
        const made: Y.XmlElement[] = [];
        fill.forEach((n) => made.push(toY(n)));
        parent.insert(index, made);
        index += made.length;
        match = match.matchFragment(fill)!;
        next = match.matchType(ct);
      }
    }
    if (!ct || !next || !(c instanceof Y.XmlElement)) {
      parent.delete(index, 1);
      continue;
    }
    match = next;
    for (const [k, v] of Object.entries(c.getAttributes()))
      if (!(k in (ct.spec.attrs ?? {}))) c.removeAttribute(k);
      else if (attrProblem(ct.name, k, v)) {
        if (k === 'level' && ct.name === N.para)
          c.setAttribute(
            k,
            Math.max(0, Math.min(MAX_LEVEL, Math.floor(Number(v)) || 0)) as unknown as string,
          );
        else c.removeAttribute(k);
      }
    normalizeChildren(c, ct, schema);
    index++;
  }
  if (!match.validEnd) {
    const fill = match.fillBefore(Fragment.empty, true);
    if (fill) {
      const made: Y.XmlElement[] = [];
      fill.forEach((n) => made.push(toY(n)));
      if (made.length) parent.insert(parent.length, made);
    }
  }
}

/**
 * Makes the document fit the schema with the smallest change, in one transaction: unknown or misplaced nodes and
 * unknown formatting are removed, a missing required section is put back empty, levels out of range are brought
 * in range, and every paragraph has a unique permanent id. Returns whether anything changed. This is what an
 * editor would do on its side (y-prosemirror deletes what it cannot show), done once for everyone.
 */
export function normalizeFragment(
  doc: Y.Doc,
  origin: unknown = null,
  schema: Schema = resolutionSchema,
): boolean {
  const frag = doc.getXmlFragment(FRAGMENT);
  if (validateFragment(frag, schema).ok) return ensureParagraphIds(doc, origin);
  let changed = false;
  const mark = () => (changed = true);
  doc.on('update', mark);
  try {
    doc.transact(() => {
      normalizeChildren(frag, schema.topNodeType, schema);
      ensureParagraphIds(doc);
    }, origin);
  } finally {
    doc.off('update', mark);
  }
  return changed;
}
