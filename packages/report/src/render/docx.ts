/**
 * Word: real headings (Heading 1–4 styles), report paragraphs and operative paragraphs numbered by Word's own
 * numbering (one list for the report, one per recommended text), real Word footnotes, numbered from 1 in the
 * report body and again in each recommended draft (each draft is a section whose footnote numbering restarts).
 */
import {
  AlignmentType,
  Document,
  FootnoteReferenceRun,
  HeadingLevel,
  LevelFormat,
  NoteNumberRestart,
  Packer,
  Paragraph,
  SectionType,
  TabStopType,
  TextRun,
  type ISectionOptions,
  type ParagraphChild,
} from 'docx';
import type { ComposedReport, Footnote, Inline, RecommendedDraft, SubParagraph, TextItem } from '../model';
import { VOTE_LABELS } from '../phrases';

const CM = 567; // twips per centimetre
const PAGE = {
  size: { width: 11906, height: 16838 },
  margin: { top: 1418, bottom: 1418, left: 1134, right: 1134, header: 709, footer: 709 },
};

export async function renderReportDocx(r: ComposedReport): Promise<Buffer> {
  const fr = r.lang === 'fr';
  const footnotes: Record<string, { children: Paragraph[] }> = {};
  let nextId = 0;
  /** Word footnote ids are global; the shown number restarts per section. */
  const noteIds = (notes: Footnote[]) => {
    const ids = new Map<number, number>();
    for (const f of notes) {
      const id = ++nextId;
      ids.set(f.n, id);
      footnotes[String(id)] = {
        children: [new Paragraph({ style: 'FootnoteText', children: textRuns(f.text) })],
      };
    }
    return ids;
  };
  /** French ordinal suffixes (1re, 7e, 1er) are raised, as in the UN's documents. */
  const textRuns = (s: string, opts: { italics?: boolean; bold?: boolean } = {}): TextRun[] => {
    if (!fr) return [new TextRun({ text: s, ...opts })];
    const out: TextRun[] = [];
    let last = 0;
    for (const m of s.matchAll(/\b(\d+)(re|er|e)(?=[\s\u00A0,.;:)])/g)) {
      const at = m.index! + m[1]!.length;
      if (at > last) out.push(new TextRun({ text: s.slice(last, at), ...opts }));
      out.push(new TextRun({ text: m[2]!, superScript: true, ...opts }));
      last = at + m[2]!.length;
    }
    if (last < s.length) out.push(new TextRun({ text: s.slice(last), ...opts }));
    return out;
  };
  const runs = (rs: readonly Inline[], ids: Map<number, number>): ParagraphChild[] =>
    rs.flatMap((x) => (typeof x === 'string' ? textRuns(x) : [new FootnoteReferenceRun(ids.get(x.fn) ?? 0)]));

  const para = (
    children: ParagraphChild[],
    o: Partial<ConstructorParameters<typeof Paragraph>[0] & object> = {},
  ) => new Paragraph({ children, spacing: { after: 120 }, alignment: AlignmentType.JUSTIFIED, ...o });

  const subs = (list: SubParagraph[], depth: number, ids: Map<number, number>, out: Paragraph[]) => {
    for (const s of list) {
      out.push(
        para([new TextRun(`${s.label}\t`), ...runs(s.content, ids)], {
          indent: { left: CM * depth, firstLine: CM },
          tabStops: [{ type: TabStopType.LEFT, position: CM * (depth + 2) }],
        }),
      );
      subs(s.sub, depth + 1, ids, out);
    }
  };
  const body = (items: TextItem[], instance: number, ids: Map<number, number>, out: Paragraph[]) => {
    for (const it of items) {
      if (it.type === 'heading') {
        out.push(
          new Paragraph({
            heading: HeadingLevel.HEADING_4,
            alignment: AlignmentType.CENTER,
            children: [
              ...(it.number ? [new TextRun(it.number), new TextRun({ break: 1 })] : []),
              ...textRuns(it.text),
            ],
          }),
        );
      } else if (it.type === 'chapeau') out.push(para(runs(it.content, ids), { indent: { firstLine: CM } }));
      else if (it.type === 'paragraph') {
        out.push(para(runs(it.content, ids), { numbering: { reference: 'operative', level: 0, instance } }));
        subs(it.sub, 1, ids, out);
      } else {
        out.push(para(runs(it.content, ids), { indent: { firstLine: CM } }));
        subs(it.sub, 1, ids, out);
      }
    }
  };

  let instance = 0;
  const draftSection = (d: RecommendedDraft): ISectionOptions => {
    const ids = noteIds(d.footnotes);
    const out: Paragraph[] = [
      new Paragraph({ heading: HeadingLevel.HEADING_3, children: textRuns(d.label) }),
      new Paragraph({ heading: HeadingLevel.HEADING_4, children: textRuns(d.title) }),
      para(textRuns(d.formula, { italics: true }), { indent: { firstLine: CM } }),
    ];
    for (const p of d.preamble) {
      out.push(para(runs(p.content, ids), { indent: { firstLine: CM } }));
      subs(p.sub, 1, ids, out);
    }
    body(d.operative, ++instance, ids, out);
    if (d.annex) {
      out.push(new Paragraph({ heading: HeadingLevel.HEADING_3, children: textRuns(d.annex.label) }));
      out.push(new Paragraph({ heading: HeadingLevel.HEADING_4, children: textRuns(d.annex.title) }));
      for (const p of d.annex.preamble) {
        out.push(para(runs(p.content, ids), { indent: { firstLine: CM } }));
        subs(p.sub, 1, ids, out);
      }
      body(d.annex.body, ++instance, ids, out);
    }
    return {
      properties: {
        type: SectionType.NEXT_PAGE,
        page: PAGE,
        footnoteProperties: { restart: NoteNumberRestart.EACH_SECTION },
      },
      children: out,
    };
  };

  // Report body.
  const ids = noteIds(r.footnotes);
  const main: Paragraph[] = [
    new Paragraph({
      tabStops: [
        { type: TabStopType.RIGHT, position: PAGE.size.width - PAGE.margin.left - PAGE.margin.right },
      ],
      children: [
        new TextRun(fr ? 'Nations Unies' : 'United Nations'),
        new TextRun({ text: `\t${r.symbol}`, bold: true, size: 32 }),
      ],
    }),
    new Paragraph({
      children: [new TextRun({ text: r.cover.body, bold: true, size: 32 })],
      border: { bottom: { style: 'single', size: 12, color: '000000', space: 4 } },
      spacing: { after: 240 },
    }),
    new Paragraph({ children: [new TextRun(r.cover.sessionLine)] }),
    new Paragraph({ children: [new TextRun(r.cover.itemLine)] }),
    new Paragraph({ children: [new TextRun({ text: r.cover.title, bold: true })], spacing: { before: 120 } }),
    new Paragraph({
      heading: HeadingLevel.TITLE,
      children: [new TextRun(r.cover.subtitle)],
      spacing: { before: 240, after: 240 },
    }),
  ];
  const sections: ISectionOptions[] = [];
  const labels = VOTE_LABELS[r.lang];
  let current: Paragraph[] = main;
  for (const ch of r.chapters) {
    current.push(
      new Paragraph({
        heading: HeadingLevel.HEADING_1,
        children: textRuns(`${ch.number}.\t${ch.title}`),
        tabStops: [{ type: TabStopType.LEFT, position: CM }],
        indent: { left: CM, hanging: CM },
      }),
    );
    for (const b of ch.blocks) {
      if (b.kind === 'heading') {
        current.push(
          new Paragraph({
            heading: HeadingLevel.HEADING_2,
            children: textRuns(`${b.number ?? ''}.\t${b.text}`),
            tabStops: [{ type: TabStopType.LEFT, position: CM }],
            indent: { left: CM, hanging: CM },
          }),
        );
        continue;
      }
      current.push(para(runs(b.content, ids), { numbering: { reference: 'report', level: 0 } }));
      for (const it of b.items ?? [])
        current.push(
          para([new TextRun(`${it.label}\t`), ...runs(it.content, ids)], {
            indent: { left: CM, firstLine: CM },
            tabStops: [{ type: TabStopType.LEFT, position: CM * 3 }],
          }),
        );
      if (b.vote)
        for (const g of b.vote.groups) {
          current.push(
            para(textRuns(g.label, { italics: true }), {
              indent: { left: CM },
              spacing: { after: 60 },
              keepNext: true,
            }),
          );
          current.push(
            para(textRuns(`${g.names.length ? g.names.join(', ') : labels.none}.`), {
              indent: { left: CM * 2 },
            }),
          );
        }
      const drafts = ch.drafts?.find((x) => x.afterParagraph === b.number);
      if (drafts) {
        sections.push({
          properties: {
            type: sections.length ? SectionType.NEXT_PAGE : undefined,
            page: PAGE,
            footnoteProperties: { restart: NoteNumberRestart.EACH_SECTION },
          },
          children: current,
        });
        for (const d of drafts.drafts) sections.push(draftSection(d));
        current = [];
      }
    }
  }
  for (const a of r.annexes) {
    current.push(
      new Paragraph({ heading: HeadingLevel.HEADING_1, children: textRuns(a.label), pageBreakBefore: true }),
    );
    current.push(new Paragraph({ heading: HeadingLevel.HEADING_2, children: textRuns(a.title) }));
    for (const p of a.paragraphs) current.push(para(runs(p, ids), { indent: { firstLine: CM } }));
  }
  if (current.length)
    sections.push({
      properties: {
        type: sections.length ? SectionType.NEXT_PAGE : undefined,
        page: PAGE,
        footnoteProperties: { restart: NoteNumberRestart.EACH_SECTION },
      },
      children: current,
    });

  const heading = (size: number, extra: object = {}) => ({
    run: { font: 'Times New Roman', size, bold: true, color: '000000' },
    paragraph: { spacing: { before: 240, after: 120 }, keepNext: true, ...extra },
  });
  const doc = new Document({
    creator: 'Concordia',
    title: `${r.symbol} — ${r.cover.title}`,
    description: r.cover.subtitle,
    styles: {
      default: {
        document: { run: { font: 'Times New Roman', size: 20, language: { value: fr ? 'fr-FR' : 'en-GB' } } },
        title: heading(28),
        heading1: heading(24),
        heading2: heading(20),
        heading3: heading(20),
        heading4: heading(24, { alignment: AlignmentType.LEFT }),
      },
    },
    numbering: {
      config: [
        {
          reference: 'report',
          levels: [
            {
              level: 0,
              format: LevelFormat.DECIMAL,
              text: '%1.',
              alignment: AlignmentType.LEFT,
              style: { paragraph: { indent: { left: CM, hanging: CM } } },
            },
          ],
        },
        {
          reference: 'operative',
          levels: [
            {
              level: 0,
              format: LevelFormat.DECIMAL,
              text: '%1.',
              alignment: AlignmentType.LEFT,
              style: { paragraph: { indent: { left: 0, firstLine: CM } } },
            },
          ],
        },
      ],
    },
    footnotes,
    sections,
  });
  return Packer.toBuffer(doc);
}
