import type { Compilation, CompiledProposal } from './compilation';
import type { ComparisonRow } from './compare';
import type { DiffOp } from './diff';

export const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

export function diffHtml(ops: readonly DiffOp[]): string {
  return ops
    .map((o) =>
      o.op === 'equal'
        ? escapeHtml(o.text)
        : o.op === 'insert'
          ? `<ins>${escapeHtml(o.text)}</ins>`
          : `<del>${escapeHtml(o.text)}</del>`,
    )
    .join('');
}

const STYLE =
  'body{font-family:"Times New Roman",serif;max-width:50em;margin:2em auto;line-height:1.4}' +
  'ins{color:#0a5;text-decoration:underline}del{color:#b00}.label{font-weight:bold;margin-right:.5em}' +
  '.proposal{margin-left:2em;color:#124}.status{font-size:.85em;color:#555}.reason{font-style:italic;color:#555}' +
  'table{border-collapse:collapse;width:100%}td,th{border:1px solid #ccc;padding:.3em;vertical-align:top}';

function page(title: string, lang: 'en' | 'fr', body: string): string {
  return `<!DOCTYPE html>\n<html lang="${lang}"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title><style>${STYLE}</style></head><body><h1>${escapeHtml(title)}</h1>${body}</body></html>\n`;
}

function proposalHtml(p: CompiledProposal, lang: 'en' | 'fr'): string {
  const colon = lang === 'fr' ? ' :' : ':';
  const content =
    p.kind === 'delete'
      ? lang === 'fr'
        ? 'supprimer'
        : 'delete'
      : p.diff
        ? diffHtml(p.diff)
        : escapeHtml(p.text ?? '');
  const reason = p.reason ? ` <span class="reason">(${escapeHtml(p.reason)})</span>` : '';
  return `[${escapeHtml(p.attribution)}${colon} ${content}]${reason}`;
}

/** The compilation text as a standalone HTML page (also the source of the Word export's structure). */
export function compilationHtml(
  c: Compilation,
  opts: { title: string; lang: 'en' | 'fr'; summary?: string },
): string {
  const { lang } = opts;
  const status = {
    agreed: lang === 'fr' ? 'approuvé ad ref.' : 'agreed ad ref.',
    bracketed: lang === 'fr' ? 'entre crochets' : 'bracketed',
    open: '',
  };
  let body = opts.summary ? `<p class="status">${escapeHtml(opts.summary)}</p>` : '';
  for (const p of c.paragraphs) {
    const label = lang === 'fr' ? p.labelFr : p.label;
    const st = status[p.status] ? ` <span class="status">(${status[p.status]})</span>` : '';
    body += `<p data-paragraph="${escapeHtml(p.id)}"><span class="label">${escapeHtml(label)}</span>${escapeHtml(p.text)}${st}</p>`;
    for (const pr of p.proposals) body += `<p class="proposal">${proposalHtml(pr, lang)}</p>`;
    for (const ins of p.insertions)
      body += `<p class="proposal"><span class="label">${escapeHtml(lang === 'fr' ? ins.labelFr : ins.label)}</span>${proposalHtml(ins, lang)}</p>`;
  }
  return page(opts.title, lang, body);
}

/** A comparison of two versions as a two-column table with the word diff. */
export function comparisonHtml(
  rows: readonly ComparisonRow[],
  opts: { title: string; lang: 'en' | 'fr'; left: string; right: string },
): string {
  const { lang } = opts;
  const label = (s: ComparisonRow['left']) => (s ? escapeHtml(lang === 'fr' ? s.labelFr : s.label) : '');
  let body = `<table><thead><tr><th>${escapeHtml(opts.left)}</th><th>${escapeHtml(opts.right)}</th><th></th></tr></thead><tbody>`;
  for (const r of rows)
    body += `<tr class="${r.kind}"><td>${label(r.left)}</td><td>${label(r.right)}</td><td>${diffHtml(r.diff)}</td></tr>`;
  return page(opts.title, lang, `${body}</tbody></table>`);
}
