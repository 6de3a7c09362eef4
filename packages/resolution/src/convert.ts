import * as Y from 'yjs';
import {
  FOOTNOTE_REF,
  isChapeau,
  isHeading,
  paragraphSub,
  paragraphText,
  type Annex,
  type BodyItem,
  type Heading,
  type Language,
  type ParagraphInput,
  type ResolutionText,
} from '@concordia/schema';
import { ENACTING_FORMULA, FRAGMENT, MAX_LEVEL, META, N } from './nodes';
import { effectiveIds, ensureParagraphIds, idElements, idOf, migrationId, newParagraphId } from './ids';
import { ID_ATTR, ID_NODES } from './schema';

export interface DocMeta {
  /** Language used for the formula and labels. */
  lang: Language;
  /** The draft's title as shown at the top of the document. */
  title: string;
}

// ---------------------------------------------------------------- structured text -> Yjs

/** Inline content: text runs as Y.XmlText, `[^label]` as footnoteRef elements (how y-prosemirror stores atoms). */
function inline(text: string): (Y.XmlText | Y.XmlElement)[] {
  const out: (Y.XmlText | Y.XmlElement)[] = [];
  let last = 0;
  for (const m of text.matchAll(new RegExp(FOOTNOTE_REF.source, 'g'))) {
    if (m.index > last) out.push(new Y.XmlText(text.slice(last, m.index)));
    const ref = new Y.XmlElement(N.footnoteRef);
    ref.setAttribute('label', m[1]!);
    out.push(ref);
    last = m.index + m[0].length;
  }
  if (last < text.length) out.push(new Y.XmlText(text.slice(last)));
  return out;
}

function el(
  name: string,
  children: (Y.XmlText | Y.XmlElement)[] = [],
  attrs: Record<string, unknown> = {},
): Y.XmlElement {
  const e = new Y.XmlElement(name);
  // Attributes may be numbers: y-prosemirror writes ProseMirror attrs as they are, so the client does too.
  for (const [k, v] of Object.entries(attrs))
    if (v !== undefined && v !== null) e.setAttribute(k, v as string);
  if (children.length) e.insert(0, children);
  return e;
}

function paras(p: ParagraphInput, level: number, out: Y.XmlElement[]) {
  out.push(
    el(N.para, inline(paragraphText(p)), { level: Math.min(level, MAX_LEVEL), [ID_ATTR]: newParagraphId() }),
  );
  for (const s of paragraphSub(p)) paras(s, level + 1, out);
}

function body(items: readonly BodyItem[]): Y.XmlElement[] {
  const out: Y.XmlElement[] = [];
  for (const item of items) {
    if (isHeading(item))
      out.push(el(N.heading, inline(item.heading), { number: item.number, level: item.level }));
    else if (isChapeau(item)) out.push(el(N.chapeau, inline(item.chapeau)));
    else paras(item, 0, out);
  }
  return out;
}

function preamble(items: readonly ParagraphInput[] | undefined): Y.XmlElement[] {
  const out: Y.XmlElement[] = [];
  for (const p of items ?? []) paras(p, 0, out);
  return out;
}

export function languageOf(
  text: ResolutionText | null | undefined,
  titles?: { fr?: string | null; en?: string | null },
): Language {
  if (text?.language) return text.language;
  if (titles && !titles.fr && titles.en) return 'en';
  return 'fr';
}

/**
 * Writes a structured text into an empty document. Done in one transaction so observers see one update. Every
 * paragraph and footnote gets a fresh permanent id (ids.ts).
 * `text` may be null for a draft that has no text yet: the document then has its skeleton only.
 */
export function writeText(doc: Y.Doc, text: ResolutionText | null, meta: Partial<DocMeta> = {}): void {
  const frag = doc.getXmlFragment(FRAGMENT);
  if (frag.length > 0)
    throw new Error('writeText needs an empty document: writing twice would duplicate the text');
  const lang = meta.lang ?? languageOf(text);
  doc.transact(() => {
    const m = doc.getMap(META);
    m.set('lang', lang);
    // Keep whether the language was stated, so that the round trip gives back exactly the imported text.
    if (text?.language) m.set('language', text.language);
    const blocks: Y.XmlElement[] = [
      el(N.title, meta.title ? [new Y.XmlText(meta.title)] : []),
      el(N.formula, [new Y.XmlText(ENACTING_FORMULA[lang])]),
      el(N.preamble, preamble(text?.preamble)),
      el(N.operative, body(text?.operative ?? [])),
    ];
    if (text?.annex) blocks.push(annex(text.annex));
    const notes = Object.entries(text?.footnotes ?? {}).map(([label, note]) =>
      el(N.footnote, inline(note), { label, [ID_ATTR]: newParagraphId() }),
    );
    blocks.push(el(N.footnotes, notes));
    frag.insert(0, blocks);
  });
}

function annex(a: Annex): Y.XmlElement {
  // An annex preamble given as [] is the same text as no preamble; the reader omits it (canonical form).
  return el(N.annex, [
    el(N.annexTitle, inline(a.title)),
    el(N.annexPreamble, preamble(a.preamble)),
    el(N.annexBody, body(a.body)),
  ]);
}

/** A new document holding the text (for dossier import and first load of a draft). */
export function textToYDoc(text: ResolutionText | null, meta: Partial<DocMeta> = {}): Y.Doc {
  const doc = new Y.Doc();
  writeText(doc, text, meta);
  return doc;
}

// ---------------------------------------------------------------- Yjs -> structured text

/** Plain text of an element: text runs concatenated (formatting marks ignored), footnote refs as `[^label]`. */
export function plainText(node: Y.XmlElement | Y.XmlFragment): string {
  let s = '';
  for (const c of node.toArray()) {
    if (c instanceof Y.XmlText) {
      for (const op of c.toDelta() as { insert: unknown }[])
        if (typeof op.insert === 'string') s += op.insert;
    } else if (c instanceof Y.XmlElement && c.nodeName === N.footnoteRef) {
      const label = c.getAttribute('label');
      if (label) s += `[^${String(label)}]`;
    } else if (c instanceof Y.XmlElement) {
      s += plainText(c);
    }
  }
  return s;
}

function children(node: Y.XmlElement | Y.XmlFragment | undefined): Y.XmlElement[] {
  return (node?.toArray() ?? []).filter((c): c is Y.XmlElement => c instanceof Y.XmlElement);
}
function child(node: Y.XmlElement | Y.XmlFragment | undefined, name: string): Y.XmlElement | undefined {
  return children(node).find((c) => c.nodeName === name);
}
function levelOf(e: Y.XmlElement): number {
  const v = Number(e.getAttribute('level') ?? 0);
  return Number.isFinite(v) && v > 0 ? Math.floor(v) : 0;
}

interface Built {
  text: string;
  sub: Built[];
}
const toParagraph = (b: Built): ParagraphInput =>
  b.sub.length ? { text: b.text, sub: b.sub.map(toParagraph) } : b.text;

/**
 * Reads a flat run of blocks back into nested paragraphs. Empty paragraphs (a fresh line in the editor) are not
 * text and are skipped; a sub-paragraph whose parent is missing moves up a level rather than being lost.
 */
function readBlocks(
  blocks: Y.XmlElement[],
  allowItems: boolean,
  seen?: (paragraph: Y.XmlElement) => void,
): BodyItem[] {
  const out: (Built | Heading | { chapeau: string })[] = [];
  let stack: Built[] = []; // stack[i] = last paragraph at level i
  for (const b of blocks) {
    if (b.nodeName === N.para) {
      const text = plainText(b);
      if (!text.trim()) continue;
      const level = Math.min(levelOf(b), stack.length);
      const node: Built = { text, sub: [] };
      seen?.(b);
      if (level === 0) out.push(node);
      else stack[level - 1]!.sub.push(node);
      stack = stack.slice(0, level);
      stack.push(node);
    } else if (allowItems && (b.nodeName === N.heading || b.nodeName === N.chapeau)) {
      const text = plainText(b);
      stack = [];
      if (!text.trim()) continue;
      if (b.nodeName === N.chapeau) {
        out.push({ chapeau: text });
      } else {
        const h: Heading = { heading: text };
        const num = b.getAttribute('number');
        if (num !== undefined && num !== null && String(num) !== '') h.number = String(num);
        const lv = Number(b.getAttribute('level'));
        if (lv === 1 || lv === 2 || lv === 3) h.level = lv;
        out.push(h);
      }
    }
  }
  // Paragraphs are converted only now, once every later sub-paragraph has been attached to them.
  return out.map((i) => ('sub' in i ? toParagraph(i) : i));
}

/** The structured text of the document (the form stored in `drafts.text`, used by reports, exports and search). */
export function yDocToText(doc: Y.Doc): ResolutionText {
  return readText(doc);
}

/**
 * The structured text and the permanent id of each of its paragraphs, in reading order (preamble, operative,
 * annex preamble, annex body; a paragraph before its sub-paragraphs): the order of `outline()` in
 * @concordia/negotiation, which pairs them by index. Paragraphs that have no id yet (a document stored before ids
 * existed) read as their migration id, the one `ensureParagraphIds` writes.
 */
export function yDocToTextWithIds(doc: Y.Doc): { text: ResolutionText; ids: string[] } {
  const all = idElements(doc);
  const effective = new Map(effectiveIds(all).map((id, i) => [all[i]!, id]));
  const ids: string[] = [];
  const text = readText(doc, (p) => ids.push(effective.get(p)!));
  return { text, ids };
}

function readText(doc: Y.Doc, seen?: (paragraph: Y.XmlElement) => void): ResolutionText {
  const frag = doc.getXmlFragment(FRAGMENT);
  const meta = doc.getMap(META);
  const text: ResolutionText = { preamble: [], operative: [] };
  const language = meta.get('language');
  if (language === 'fr' || language === 'en') text.language = language;
  text.preamble = readBlocks(children(child(frag, N.preamble)), false, seen) as ParagraphInput[];
  text.operative = readBlocks(children(child(frag, N.operative)), true, seen);
  const a = child(frag, N.annex);
  if (a) {
    const annexSeen: Y.XmlElement[] = [];
    const pre = readBlocks(children(child(a, N.annexPreamble)), false, (p) =>
      annexSeen.push(p),
    ) as ParagraphInput[];
    const bodyItems = readBlocks(children(child(a, N.annexBody)), true, (p) => annexSeen.push(p));
    const title = plainText(child(a, N.annexTitle) ?? new Y.XmlElement(N.annexTitle));
    if (title.trim() || pre.length || bodyItems.length) {
      if (seen) annexSeen.forEach(seen);
      const lang = meta.get('lang') === 'en' ? 'en' : 'fr';
      text.annex = {
        title: title.trim() ? title : lang === 'fr' ? 'Annexe' : 'Annex',
        ...(pre.length && { preamble: pre }),
        body: bodyItems,
      };
    }
  }
  const notes: Record<string, string> = {};
  let any = false;
  for (const f of children(child(frag, N.footnotes))) {
    const label = f.getAttribute('label');
    const note = plainText(f);
    if (label === undefined || label === null || !note.trim()) continue;
    notes[String(label)] = note;
    any = true;
  }
  if (any) text.footnotes = notes;
  return text;
}

/** The title and language of the document. */
export function yDocMeta(doc: Y.Doc): DocMeta {
  const frag = doc.getXmlFragment(FRAGMENT);
  const t = child(frag, N.title);
  return { title: t ? plainText(t) : '', lang: doc.getMap(META).get('lang') === 'en' ? 'en' : 'fr' };
}

/**
 * The canonical form of a structured text: what `yDocToText(textToYDoc(t))` returns. It differs from the input
 * only in spellings of the same text: `{ text }` without sub-paragraphs becomes the bare string, empty `sub`,
 * empty annex preamble and empty `footnotes` are dropped.
 */
export function canonicalText(t: ResolutionText): ResolutionText {
  const p = (x: ParagraphInput): ParagraphInput => {
    const sub = paragraphSub(x);
    return sub.length ? { text: paragraphText(x), sub: sub.map(p) } : paragraphText(x);
  };
  const b = (x: BodyItem): BodyItem => (isHeading(x) || isChapeau(x) ? x : p(x));
  const out: ResolutionText = { preamble: t.preamble.map(p), operative: t.operative.map(b) };
  if (t.language) out.language = t.language;
  if (t.annex) {
    out.annex = {
      title: t.annex.title,
      ...(t.annex.preamble?.length && { preamble: t.annex.preamble.map(p) }),
      body: t.annex.body.map(b),
    };
  }
  if (t.footnotes && Object.keys(t.footnotes).length) out.footnotes = { ...t.footnotes };
  return out;
}

// ---------------------------------------------------------------- minimal rewrite

interface FlatBlock {
  name: string;
  attrs: Record<string, string>;
  text: string;
  /** The permanent id this block must have, when the caller knows it (see UpdateOptions.ids). */
  id?: string | null;
  build: (id: string | null) => Y.XmlElement;
}

/** Hands out the caller's ids to paragraphs in reading order (the order of `outline()`). */
type IdHints = () => string | null;

function flatParas(p: ParagraphInput, level: number, out: FlatBlock[], hint: IdHints) {
  const lv = Math.min(level, MAX_LEVEL);
  const text = paragraphText(p);
  out.push({
    name: N.para,
    attrs: { level: String(lv) },
    text,
    id: hint(),
    build: (id) => el(N.para, inline(text), { level: lv, [ID_ATTR]: id ?? newParagraphId() }),
  });
  for (const s of paragraphSub(p)) flatParas(s, level + 1, out, hint);
}

function flatBody(items: readonly BodyItem[], hint: IdHints): FlatBlock[] {
  const out: FlatBlock[] = [];
  for (const item of items) {
    if (isHeading(item)) {
      const attrs: Record<string, string> = {};
      if (item.number !== undefined) attrs.number = item.number;
      if (item.level !== undefined) attrs.level = String(item.level);
      out.push({
        name: N.heading,
        attrs,
        text: item.heading,
        build: () => el(N.heading, inline(item.heading), { number: item.number, level: item.level }),
      });
    } else if (isChapeau(item)) {
      out.push({
        name: N.chapeau,
        attrs: {},
        text: item.chapeau,
        build: () => el(N.chapeau, inline(item.chapeau)),
      });
    } else flatParas(item, 0, out, hint);
  }
  return out;
}

function flatPreamble(items: readonly ParagraphInput[] | undefined, hint: IdHints): FlatBlock[] {
  const out: FlatBlock[] = [];
  for (const p of items ?? []) flatParas(p, 0, out, hint);
  return out;
}

/** What identifies a block's content: name, attributes other than the permanent id, and text. */
function signatureOf(e: Y.XmlElement): string {
  const attrs = Object.fromEntries(
    Object.entries(e.getAttributes())
      .filter(([k, v]) => k !== ID_ATTR && v !== undefined && v !== null)
      .map(([k, v]): [string, string] => [k, String(v)])
      .sort(([a], [b]) => a.localeCompare(b)),
  );
  return JSON.stringify([e.nodeName, attrs, plainText(e)]);
}
function signatureOfFlat(b: FlatBlock): string {
  const attrs = Object.fromEntries(Object.entries(b.attrs).sort(([a], [c]) => a.localeCompare(c)));
  return JSON.stringify([b.name, attrs, b.text]);
}
const attrsKey = (sig: string) => JSON.stringify((JSON.parse(sig) as unknown[]).slice(0, 2));

const words = (sig: string) =>
  new Set(
    String((JSON.parse(sig) as unknown[])[2])
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter(Boolean),
  );
/** Share of words two texts have in common (Dice coefficient). */
function likeness(a: Set<string>, b: Set<string>): number {
  if (!a.size && !b.size) return 1;
  let common = 0;
  for (const w of a) if (b.has(w)) common++;
  return (2 * common) / (a.size + b.size);
}

/**
 * Which old paragraph's id each new block of a replaced run takes: the id the caller gave; else the id of an old
 * block of the run with the same content (a moved paragraph); else, in order, the old block of the same kind and
 * attributes whose wording is most alike, if at least half of the words are shared (a paragraph reworded, such as
 * an amendment accepted). Anything else is a new paragraph and gets a new id. Only for changes from outside the
 * editor that come without ids; the editor itself never loses them.
 */
function carriedIds(old: Y.XmlElement[], oldSig: string[], wanted: FlatBlock[], newSig: string[]) {
  const ids: (string | null)[] = wanted.map((b) => b.id ?? null);
  const given = new Set(ids.filter((x): x is string => x !== null));
  // A paragraph stored before ids existed is known by its migration id (ids.ts).
  const oldIds = old.map((e) => (ID_NODES.has(e.nodeName) ? (idOf(e) ?? migrationId(e)) : null));
  const used = new Set<number>(oldIds.flatMap((id, i) => (id !== null && given.has(id) ? [i] : [])));
  wanted.forEach((b, j) => {
    if (ids[j] !== null || !ID_NODES.has(b.name)) return;
    const i = oldSig.findIndex((s, k) => !used.has(k) && s === newSig[j] && oldIds[k] !== null);
    if (i >= 0) {
      used.add(i);
      ids[j] = oldIds[i]!;
    }
  });
  let after = -1;
  wanted.forEach((b, j) => {
    if (ids[j] !== null || !ID_NODES.has(b.name)) return;
    const wj = words(newSig[j]!);
    let best = -1;
    let bestScore = 0.5;
    for (let i = after + 1; i < old.length; i++) {
      if (used.has(i) || oldIds[i] === null || attrsKey(oldSig[i]!) !== attrsKey(newSig[j]!)) continue;
      const score = likeness(words(oldSig[i]!), wj);
      if (score >= bestScore) {
        best = i;
        bestScore = score;
      }
    }
    if (best >= 0) {
      used.add(best);
      after = best;
      ids[j] = oldIds[best]!;
    }
  });
  return ids;
}

/**
 * Replaces the children of `container` with `wanted`, touching only the run between the unchanged head and tail.
 * Paragraphs that did not change keep their Yjs identity, so a co-editor typing in them loses nothing; those that
 * changed keep their permanent id (carriedIds).
 */
function replaceChildren(container: Y.XmlElement, wanted: FlatBlock[]): void {
  const old = container.toArray().filter((c): c is Y.XmlElement => c instanceof Y.XmlElement);
  const oldSig = old.map(signatureOf);
  const newSig = wanted.map(signatureOfFlat);
  // Unchanged means same content and, when the caller gave an id, that id.
  const same = (i: number, j: number) =>
    oldSig[i] === newSig[j] &&
    (wanted[j]!.id == null || wanted[j]!.id === (idOf(old[i]!) ?? migrationId(old[i]!)));
  let head = 0;
  while (head < old.length && head < wanted.length && same(head, head)) head++;
  let tail = 0;
  while (
    tail < old.length - head &&
    tail < wanted.length - head &&
    same(old.length - 1 - tail, wanted.length - 1 - tail)
  )
    tail++;
  const removeCount = old.length - head - tail;
  const run = wanted.slice(head, wanted.length - tail);
  const ids = carriedIds(
    old.slice(head, old.length - tail),
    oldSig.slice(head, old.length - tail),
    run,
    newSig.slice(head, wanted.length - tail),
  );
  if (removeCount > 0) container.delete(head, removeCount);
  const inserted = run.map((b, j) => b.build(ids[j]!));
  if (inserted.length) container.insert(head, inserted);
}

export interface UpdateOptions {
  /**
   * The permanent id of each paragraph of the new text in reading order (the order of `outline()`), null for a
   * new paragraph: given when the caller knows exactly which paragraph is which (an accepted proposal, a version
   * restored from a snapshot that has ids). Without it, ids are carried by position and content (carriedIds).
   */
  ids?: readonly (string | null)[];
}

/**
 * Brings a document to `text` with the smallest change the block structure allows, in one transaction (one
 * update, attributed to `origin`). Used when a change comes from outside the editor: an accepted proposal, a
 * restored version, an oral revision. Paragraphs keep their permanent ids, and any paragraph still without one
 * (a document stored before ids existed) gets its migration id in the same update.
 */
export function updateText(
  doc: Y.Doc,
  text: ResolutionText,
  origin: unknown = null,
  options: UpdateOptions = {},
): void {
  const frag = doc.getXmlFragment(FRAGMENT);
  if (frag.length === 0) {
    writeText(doc, text);
    return;
  }
  let n = 0;
  const hint: IdHints = () => options.ids?.[n++] ?? null;
  doc.transact(() => {
    const ensure = (parent: Y.XmlElement | Y.XmlFragment, name: string, before?: string): Y.XmlElement => {
      const found = child(parent, name);
      if (found) return found;
      const e = new Y.XmlElement(name);
      const kids = parent.toArray();
      const at = before ? kids.findIndex((k) => k instanceof Y.XmlElement && k.nodeName === before) : -1;
      parent.insert(at === -1 ? kids.length : at, [e]);
      return e;
    };
    replaceChildren(ensure(frag, N.preamble), flatPreamble(text.preamble, hint));
    replaceChildren(ensure(frag, N.operative), flatBody(text.operative, hint));
    const existing = child(frag, N.annex);
    if (text.annex) {
      const a = existing ?? ensure(frag, N.annex, N.footnotes);
      const title = ensure(a, N.annexTitle);
      if (plainText(title) !== text.annex.title) {
        title.delete(0, title.length);
        title.insert(0, inline(text.annex.title));
      }
      replaceChildren(ensure(a, N.annexPreamble), flatPreamble(text.annex.preamble, hint));
      replaceChildren(ensure(a, N.annexBody), flatBody(text.annex.body, hint));
    } else if (existing) {
      const kids = frag.toArray();
      frag.delete(kids.indexOf(existing), 1);
    }
    const notes = Object.entries(text.footnotes ?? {}).map(([label, note]): FlatBlock => ({
      name: N.footnote,
      attrs: { label },
      text: note,
      build: (id) => el(N.footnote, inline(note), { label, [ID_ATTR]: id ?? newParagraphId() }),
    }));
    replaceChildren(ensure(frag, N.footnotes), notes);
    // An id given for a paragraph that is still elsewhere would now be on two: the later one gets a new id.
    ensureParagraphIds(doc);
  }, origin);
}
