/**
 * HTML: a print-ready page laid out like a UN document (cover block with symbol, session and agenda item; chapter
 * and section headings; numbered paragraphs with hanging numbers; footnotes after each part). The print stylesheet
 * gives an A4 PDF from the browser.
 */
import type { ComposedReport, Footnote, Inline, RecommendedDraft, SubParagraph, TextItem } from '../model';
import { VOTE_LABELS } from '../phrases';
import { escapeXml, SYMBOL_RE } from './common';

const CSS = `
@page { size: A4; margin: 25mm 20mm 25mm 20mm; }
body { font-family: "Times New Roman", Times, serif; font-size: 10pt; line-height: 1.25; max-width: 170mm; margin: 0 auto; color: #000; }
.cover { display: grid; grid-template-columns: 1fr auto; border-bottom: 2px solid #000; padding-bottom: 4pt; margin-bottom: 12pt; }
.cover .un { font-size: 10pt; } .cover .symbol { font-size: 16pt; font-weight: bold; text-align: right; }
.cover .body { font-size: 16pt; font-weight: bold; grid-column: 1 / span 2; }
.meta p { margin: 0; } .meta .title { font-weight: bold; margin-top: 8pt; } .meta .subtitle { font-size: 14pt; font-weight: bold; margin: 12pt 0; }
h2 { font-size: 12pt; font-weight: bold; margin: 14pt 0 6pt 0; padding-left: 10mm; text-indent: -10mm; }
h3 { font-size: 10pt; font-weight: bold; margin: 10pt 0 6pt 0; padding-left: 10mm; text-indent: -10mm; }
h2 .num, h3 .num { display: inline-block; width: 10mm; text-indent: 0; }
p.para { margin: 0 0 6pt 0; padding-left: 10mm; text-indent: -10mm; text-align: justify; }
p.para .num { display: inline-block; width: 10mm; text-indent: 0; }
p.item { margin: 0 0 6pt 10mm; padding-left: 10mm; text-indent: -10mm; text-align: justify; }
p.item .label { display: inline-block; width: 10mm; text-indent: 0; }
.vote dt { margin: 6pt 0 0 10mm; font-style: italic; } .vote dd { margin: 0 0 0 20mm; text-align: justify; }
.draft { margin-top: 12pt; } .draft .label { font-weight: bold; margin: 12pt 0 0 0; }
.draft .dtitle { font-weight: bold; font-size: 12pt; margin: 4pt 0 10pt 0; }
.draft p.pp { margin: 0 0 6pt 0; text-indent: 10mm; text-align: justify; }
.draft p.formula { margin: 0 0 6pt 0; text-indent: 10mm; }
.draft p.op { margin: 0 0 6pt 0; text-indent: 10mm; text-align: justify; }
.draft p.sub { margin: 0 0 6pt 10mm; text-indent: 10mm; text-align: justify; }
.draft p.chapeau { margin: 0 0 6pt 0; text-indent: 10mm; }
.draft h4 { font-size: 10pt; font-weight: bold; text-align: center; margin: 10pt 0 6pt 0; }
.draft .annex-label, .annex .annex-label { font-weight: bold; margin-top: 14pt; }
.draft .annex-title, .annex .annex-title { font-weight: bold; font-size: 12pt; margin: 4pt 0 10pt 0; }
.annex p { text-indent: 10mm; text-align: justify; margin: 0 0 6pt 0; }
.notes { border-top: 1px solid #000; width: 40mm; margin-top: 10pt; padding-top: 2pt; }
.notes p { width: 170mm; margin: 0 0 2pt 0; font-size: 8.5pt; padding-left: 6mm; text-indent: -6mm; }
.notes .fnum { display: inline-block; width: 6mm; text-indent: 0; }
sup { font-size: 70%; line-height: 0; }
a { color: inherit; text-decoration: none; }
@media print { .draft, .annex { break-before: page; } h2, h3 { break-after: avoid; } }
`;

export function renderHtml(r: ComposedReport): string {
  const fr = r.lang === 'fr';
  const lang = r.lang;
  const ctx = { prefix: 'r' };
  const link = (s: string) => `https://undocs.org/${lang}/${s}`;
  /** Escapes text, links document symbols, raises French ordinal suffixes (1re, 7e, 1er). */
  const text = (s: string) => {
    let out = escapeXml(s).replace(SYMBOL_RE, (m) => `<a href="${link(m)}">${m}</a>`);
    if (fr) out = out.replace(/\b(\d+)(re|er|e)(?=[\s\u00A0,.;:)])/g, '$1<sup>$2</sup>');
    return out;
  };
  const runs = (rs: readonly Inline[]) =>
    rs
      .map((x) =>
        typeof x === 'string'
          ? text(x)
          : `<sup><a href="#${ctx.prefix}-fn${x.fn}" id="${ctx.prefix}-ref${x.fn}">${x.fn}</a></sup>`,
      )
      .join('');
  const notes = (fs: Footnote[]) =>
    fs.length
      ? `<div class="notes">${fs.map((f) => `<p id="${ctx.prefix}-fn${f.n}"><span class="fnum"><sup>${f.n}</sup></span>${text(f.text)}</p>`).join('')}</div>`
      : '';
  const subs = (list: SubParagraph[], depth: number): string =>
    list
      .map(
        (s) =>
          `<p class="sub" style="margin-left:${10 * depth}mm">${escapeXml(s.label)} ${runs(s.content)}</p>${subs(s.sub, depth + 1)}`,
      )
      .join('');
  const body = (items: TextItem[]) =>
    items
      .map((it) => {
        if (it.type === 'heading')
          return `<h4>${it.number ? `${escapeXml(it.number)}<br>` : ''}${text(it.text)}</h4>`;
        if (it.type === 'chapeau') return `<p class="chapeau">${runs(it.content)}</p>`;
        if (it.type === 'paragraph')
          return `<p class="op">${it.num}. ${runs(it.content)}</p>${subs(it.sub, 1)}`;
        return `<p class="pp">${runs(it.content)}</p>${subs(it.sub, 1)}`;
      })
      .join('\n');
  const draft = (d: RecommendedDraft, i: number) => {
    ctx.prefix = `d${i}`;
    const parts = [
      `<section class="draft" lang="${d.textLanguage}"><p class="label">${escapeXml(d.label)}</p>`,
      `<p class="dtitle">${text(d.title)}</p>`,
      `<p class="formula"><i>${escapeXml(d.formula)}</i></p>`,
      ...d.preamble.map((p) => `<p class="pp">${runs(p.content)}</p>${subs(p.sub, 1)}`),
      body(d.operative),
    ];
    if (d.annex) {
      parts.push(
        `<p class="annex-label">${escapeXml(d.annex.label)}</p><p class="annex-title">${text(d.annex.title)}</p>`,
      );
      parts.push(...d.annex.preamble.map((p) => `<p class="pp">${runs(p.content)}</p>${subs(p.sub, 1)}`));
      parts.push(body(d.annex.body));
    }
    parts.push(notes(d.footnotes), '</section>');
    ctx.prefix = 'r';
    return parts.join('\n');
  };

  const out: string[] = [];
  out.push(
    `<!DOCTYPE html>\n<html lang="${lang}">\n<head>\n<meta charset="utf-8">\n<title>${escapeXml(`${r.symbol} — ${r.cover.title}`)}</title>\n<style>${CSS}</style>\n</head>\n<body>`,
    `<header class="cover"><div class="un">${fr ? 'Nations Unies' : 'United Nations'}</div><div class="symbol">${escapeXml(r.symbol)}</div><div class="body">${escapeXml(r.cover.body)}</div></header>`,
    `<div class="meta"><p>${escapeXml(r.cover.sessionLine)}</p><p>${escapeXml(r.cover.itemLine)}</p><p class="title">${escapeXml(r.cover.title)}</p><p class="subtitle">${escapeXml(r.cover.subtitle)}${r.cover.partsNote ? '*' : ''}</p>${r.cover.rapporteur ? `<p class="rapporteur">${escapeXml(r.cover.rapporteur)}</p>` : ''}${r.cover.partsNote ? `<p class="note">* ${escapeXml(r.cover.partsNote)}</p>` : ''}</div>`,
  );
  let pendingNotes: Footnote[] = [];
  const labels = VOTE_LABELS[r.lang];
  let draftIndex = 0;
  for (const ch of r.chapters) {
    out.push(
      `<h2 id="chap-${ch.number}"><span class="num">${escapeXml(ch.number)}.</span>${escapeXml(ch.title)}</h2>`,
    );
    for (const b of ch.blocks) {
      if (b.kind === 'heading') {
        out.push(`<h3><span class="num">${escapeXml(b.number ?? '')}.</span>${text(b.text)}</h3>`);
        continue;
      }
      out.push(
        `<p class="para" id="para-${b.number}"><span class="num">${b.number}.</span>${runs(b.content)}</p>`,
      );
      for (const it of b.items ?? [])
        out.push(`<p class="item"><span class="label">${escapeXml(it.label)}</span>${runs(it.content)}</p>`);
      if (b.vote) {
        out.push(
          `<dl class="vote" id="${b.vote.voteId}">${b.vote.groups.map((g) => `<dt>${escapeXml(g.label)}</dt><dd>${escapeXml(g.names.length ? g.names.join(', ') : labels.none)}.</dd>`).join('')}</dl>`,
        );
      }
      for (const x of b.content) if (typeof x !== 'string') pendingNotes.push(r.footnotes[x.fn - 1]!);
      const drafts = ch.drafts?.find((x) => x.afterParagraph === b.number);
      if (drafts) {
        out.push(notes(pendingNotes));
        pendingNotes = [];
        for (const d of drafts.drafts) out.push(draft(d, ++draftIndex));
      }
    }
    out.push(notes(pendingNotes));
    pendingNotes = [];
  }
  for (const a of r.annexes) {
    out.push(
      `<section class="annex"><p class="annex-label">${escapeXml(a.label)}</p><p class="annex-title">${text(a.title)}</p>`,
    );
    for (const p of a.paragraphs) out.push(`<p>${runs(p)}</p>`);
    out.push('</section>');
  }
  out.push('</body>\n</html>\n');
  return out.join('\n');
}
