import { AlignmentType, Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import type { Compilation, ComparisonRow, DiffOp } from '@concordia/negotiation';

type Lang = 'en' | 'fr';

/** Diff runs as Word shows tracked changes: insertions underlined in colour, deletions struck through. */
function runs(ops: readonly DiffOp[]): TextRun[] {
  return ops.map((o) =>
    o.op === 'equal'
      ? new TextRun(o.text)
      : o.op === 'insert'
        ? new TextRun({ text: o.text, underline: {}, color: '00703C' })
        : new TextRun({ text: o.text, strike: true, color: 'B00000' }),
  );
}

const doc = (children: Paragraph[]) =>
  Packer.toBuffer(
    new Document({
      styles: { default: { document: { run: { font: 'Times New Roman', size: 24 } } } },
      sections: [{ children }],
    }),
  );

export function compilationDocx(
  c: Compilation,
  opts: { title: string; lang: Lang; summary: string },
): Promise<Buffer> {
  const { lang } = opts;
  const status = {
    agreed: lang === 'fr' ? ' (approuvé ad ref.)' : ' (agreed ad ref.)',
    bracketed: lang === 'fr' ? ' (entre crochets)' : ' (bracketed)',
    open: '',
  };
  const colon = lang === 'fr' ? ' : ' : ': ';
  const out: Paragraph[] = [
    new Paragraph({
      heading: HeadingLevel.HEADING_1,
      alignment: AlignmentType.CENTER,
      children: [new TextRun(opts.title)],
    }),
    new Paragraph({ children: [new TextRun({ text: opts.summary, italics: true })] }),
  ];
  for (const p of c.paragraphs) {
    out.push(
      new Paragraph({
        spacing: { before: 120 },
        children: [
          new TextRun({ text: `${lang === 'fr' ? p.labelFr : p.label}\t`, bold: true }),
          new TextRun(p.text),
          new TextRun({ text: status[p.status], italics: true }),
        ],
      }),
    );
    for (const pr of p.proposals) {
      const body =
        pr.kind === 'delete'
          ? [new TextRun(lang === 'fr' ? 'supprimer' : 'delete')]
          : pr.diff
            ? runs(pr.diff)
            : [new TextRun(pr.text ?? '')];
      out.push(
        new Paragraph({
          indent: { left: 720 },
          children: [
            new TextRun({ text: `[${pr.attribution}${colon}`, bold: true }),
            ...body,
            new TextRun({ text: ']', bold: true }),
          ],
        }),
      );
    }
    for (const ins of p.insertions) {
      out.push(
        new Paragraph({
          children: [
            new TextRun({ text: `${lang === 'fr' ? ins.labelFr : ins.label}\t`, bold: true }),
            new TextRun({ text: `[${ins.attribution}${colon}`, bold: true }),
            new TextRun({ text: ins.text ?? '', underline: {} }),
            new TextRun({ text: ']', bold: true }),
          ],
        }),
      );
    }
  }
  return doc(out);
}

export function comparisonDocx(
  rows: readonly ComparisonRow[],
  opts: { title: string; lang: Lang; left: string; right: string },
): Promise<Buffer> {
  const { lang } = opts;
  const out: Paragraph[] = [
    new Paragraph({
      heading: HeadingLevel.HEADING_1,
      alignment: AlignmentType.CENTER,
      children: [new TextRun(opts.title)],
    }),
    new Paragraph({ children: [new TextRun({ text: `${opts.left} → ${opts.right}`, italics: true })] }),
  ];
  for (const r of rows) {
    const l = r.left ? (lang === 'fr' ? r.left.labelFr : r.left.label) : '—';
    const rt = r.right ? (lang === 'fr' ? r.right.labelFr : r.right.label) : '—';
    out.push(
      new Paragraph({
        spacing: { before: 120 },
        children: [
          new TextRun({ text: l === rt ? `${rt}\t` : `${l} → ${rt}\t`, bold: true }),
          ...runs(r.diff),
        ],
      }),
    );
  }
  return doc(out);
}
