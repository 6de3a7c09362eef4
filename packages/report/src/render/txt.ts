/**
 * Plain text: for comparison and e-mail. One blank line between blocks, footnote references as superscript
 * digits, footnotes after the chapter (report body) or after the draft (recommended texts).
 */
import type { ComposedReport, Footnote, RecommendedDraft, SubParagraph, TextItem } from '../model';
import { VOTE_LABELS } from '../phrases';
import { plain } from './common';

const RULE = '__________________';

function footnoteBlock(notes: Footnote[]): string[] {
  if (notes.length === 0) return [];
  return [RULE, ...notes.map((f) => `${f.n} ${f.text}`)];
}

function subs(list: SubParagraph[], depth: number, out: string[]): void {
  for (const s of list) {
    out.push(`${'  '.repeat(depth)}${s.label} ${plain(s.content)}`);
    subs(s.sub, depth + 1, out);
  }
}

function body(items: TextItem[], out: string[]): void {
  for (const it of items) {
    if (it.type === 'heading') {
      if (it.number) out.push(it.number);
      out.push(it.text);
    } else if (it.type === 'chapeau') out.push(plain(it.content));
    else if (it.type === 'paragraph') {
      out.push(`${it.num}. ${plain(it.content)}`);
      subs(it.sub, 1, out);
    } else {
      out.push(plain(it.content));
      subs(it.sub, 1, out);
    }
  }
}

export function draftLines(d: RecommendedDraft): string[] {
  const out: string[] = [d.label, d.title, d.formula];
  for (const p of d.preamble) {
    out.push(plain(p.content));
    subs(p.sub, 1, out);
  }
  body(d.operative, out);
  if (d.annex) {
    out.push(d.annex.label, d.annex.title);
    for (const p of d.annex.preamble) {
      out.push(plain(p.content));
      subs(p.sub, 1, out);
    }
    body(d.annex.body, out);
  }
  out.push(...footnoteBlock(d.footnotes));
  return out;
}

export function renderTxt(r: ComposedReport): string {
  const out: string[] = [
    r.symbol,
    r.cover.body,
    r.cover.sessionLine,
    r.cover.itemLine,
    r.cover.title,
    `${r.cover.subtitle}${r.cover.partsNote ? '*' : ''}`,
    ...(r.cover.rapporteur ? [r.cover.rapporteur] : []),
    ...(r.cover.partsNote ? [`* ${r.cover.partsNote}`] : []),
  ];
  const labels = VOTE_LABELS[r.lang];
  for (const ch of r.chapters) {
    out.push(`${ch.number}. ${ch.title}`);
    let notes: Footnote[] = [];
    for (const b of ch.blocks) {
      if (b.kind === 'heading') {
        out.push(`${b.number ? `${b.number}. ` : ''}${b.text}`);
        continue;
      }
      out.push(`${b.number}. ${plain(b.content)}`);
      for (const it of b.items ?? []) out.push(`  ${it.label ? `${it.label} ` : ''}${plain(it.content)}`);
      if (b.vote)
        for (const g of b.vote.groups)
          out.push(g.label, `  ${g.names.length ? g.names.join(', ') : labels.none}.`);
      for (const run of b.content) if (typeof run !== 'string') notes.push(r.footnotes[run.fn - 1]!);
      const drafts = ch.drafts?.find((x) => x.afterParagraph === b.number);
      if (drafts) {
        out.push(...footnoteBlock(notes));
        notes = [];
        for (const d of drafts.drafts) out.push(...draftLines(d));
      }
    }
    out.push(...footnoteBlock(notes));
  }
  for (const a of r.annexes) {
    out.push(a.label, a.title);
    for (const p of a.paragraphs) out.push(plain(p));
  }
  return out.join('\n\n') + '\n';
}
