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
  out.push(el(N.para, inline(paragraphText(p)), { level: Math.min(level, MAX_LEVEL) }));
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
 * Writes a structured text into an empty document. Done in one transaction so observers see one update.
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
      el(N.footnote, inline(note), { label }),
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
function readBlocks(blocks: Y.XmlElement[], allowItems: boolean): BodyItem[] {
  const out: (Built | Heading | { chapeau: string })[] = [];
  let stack: Built[] = []; // stack[i] = last paragraph at level i
  for (const b of blocks) {
    if (b.nodeName === N.para) {
      const text = plainText(b);
      if (!text.trim()) continue;
      const level = Math.min(levelOf(b), stack.length);
      const node: Built = { text, sub: [] };
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
  const frag = doc.getXmlFragment(FRAGMENT);
  const meta = doc.getMap(META);
  const text: ResolutionText = { preamble: [], operative: [] };
  const language = meta.get('language');
  if (language === 'fr' || language === 'en') text.language = language;
  text.preamble = readBlocks(children(child(frag, N.preamble)), false) as ParagraphInput[];
  text.operative = readBlocks(children(child(frag, N.operative)), true);
  const a = child(frag, N.annex);
  if (a) {
    const pre = readBlocks(children(child(a, N.annexPreamble)), false) as ParagraphInput[];
    const bodyItems = readBlocks(children(child(a, N.annexBody)), true);
    const title = plainText(child(a, N.annexTitle) ?? new Y.XmlElement(N.annexTitle));
    if (title.trim() || pre.length || bodyItems.length) {
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
  build: () => Y.XmlElement;
}

function flatParas(p: ParagraphInput, level: number, out: FlatBlock[]) {
  const lv = Math.min(level, MAX_LEVEL);
  const text = paragraphText(p);
  out.push({
    name: N.para,
    attrs: { level: String(lv) },
    text,
    build: () => el(N.para, inline(text), { level: lv }),
  });
  for (const s of paragraphSub(p)) flatParas(s, level + 1, out);
}

function flatBody(items: readonly BodyItem[]): FlatBlock[] {
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
    } else flatParas(item, 0, out);
  }
  return out;
}

function flatPreamble(items: readonly ParagraphInput[] | undefined): FlatBlock[] {
  const out: FlatBlock[] = [];
  for (const p of items ?? []) flatParas(p, 0, out);
  return out;
}

function signatureOf(e: Y.XmlElement): string {
  const attrs = Object.fromEntries(
    Object.entries(e.getAttributes())
      .filter(([, v]) => v !== undefined && v !== null)
      .map(([k, v]): [string, string] => [k, String(v)])
      .sort(([a], [b]) => a.localeCompare(b)),
  );
  return JSON.stringify([e.nodeName, attrs, plainText(e)]);
}
function signatureOfFlat(b: FlatBlock): string {
  const attrs = Object.fromEntries(Object.entries(b.attrs).sort(([a], [c]) => a.localeCompare(c)));
  return JSON.stringify([b.name, attrs, b.text]);
}

/**
 * Replaces the children of `container` with `wanted`, touching only the run between the unchanged head and tail.
 * Paragraphs that did not change keep their Yjs identity, so a co-editor typing in them loses nothing.
 */
function replaceChildren(container: Y.XmlElement, wanted: FlatBlock[]): void {
  const old = container.toArray().filter((c): c is Y.XmlElement => c instanceof Y.XmlElement);
  const oldSig = old.map(signatureOf);
  const newSig = wanted.map(signatureOfFlat);
  let head = 0;
  while (head < old.length && head < wanted.length && oldSig[head] === newSig[head]) head++;
  let tail = 0;
  while (
    tail < old.length - head &&
    tail < wanted.length - head &&
    oldSig[old.length - 1 - tail] === newSig[wanted.length - 1 - tail]
  )
    tail++;
  const removeCount = old.length - head - tail;
  if (removeCount > 0) container.delete(head, removeCount);
  const inserted = wanted.slice(head, wanted.length - tail).map((b) => b.build());
  if (inserted.length) container.insert(head, inserted);
}

/**
 * Brings a document to `text` with the smallest change the block structure allows, in one transaction (one
 * update, attributed to `origin`). Used when a change comes from outside the editor: an accepted proposal, a
 * restored version, an oral revision.
 */
export function updateText(doc: Y.Doc, text: ResolutionText, origin: unknown = null): void {
  const frag = doc.getXmlFragment(FRAGMENT);
  if (frag.length === 0) {
    writeText(doc, text);
    return;
  }
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
    replaceChildren(ensure(frag, N.preamble), flatPreamble(text.preamble));
    replaceChildren(ensure(frag, N.operative), flatBody(text.operative));
    const existing = child(frag, N.annex);
    if (text.annex) {
      const a = existing ?? ensure(frag, N.annex, N.footnotes);
      const title = ensure(a, N.annexTitle);
      if (plainText(title) !== text.annex.title) {
        title.delete(0, title.length);
        title.insert(0, inline(text.annex.title));
      }
      replaceChildren(ensure(a, N.annexPreamble), flatPreamble(text.annex.preamble));
      replaceChildren(ensure(a, N.annexBody), flatBody(text.annex.body));
    } else if (existing) {
      const kids = frag.toArray();
      frag.delete(kids.indexOf(existing), 1);
    }
    const notes = Object.entries(text.footnotes ?? {}).map(([label, note]) => ({
      name: N.footnote,
      attrs: { label },
      text: note,
      build: () => el(N.footnote, inline(note), { label }),
    }));
    replaceChildren(ensure(frag, N.footnotes), notes);
  }, origin);
}
