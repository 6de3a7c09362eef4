import { meetingRef, type StatusOfAction, type StatusRow } from '@concordia/domain';

/** Renderings of the status of action: a printable page, plain text for e-mail, CSV for spreadsheets. */

const LABELS = {
  en: {
    title: (n: number) => `Status of action on proposals — Third Committee, ${n}th session`,
    item: 'Agenda item',
    symbol: 'Symbol',
    proposal: 'Title',
    sponsors: 'Main sponsor(s)',
    pbi: 'PBI',
    pbiLong: 'Programme budget implications',
    outcome: 'Action',
    pending: 'Pending',
    amendment: 'Amendment',
    yes: 'yes',
    no: 'no',
    vote: 'Vote',
    none: 'No proposals.',
  },
  fr: {
    title: (n: number) =>
      `État d’avancement des projets de proposition — Troisième Commission, ${n}e session`,
    item: 'Point de l’ordre du jour',
    symbol: 'Cote',
    proposal: 'Titre',
    sponsors: 'Auteur(s) principal(aux)',
    pbi: 'IBP',
    pbiLong: 'Incidences sur le budget-programme',
    outcome: 'Décision',
    pending: 'En attente',
    amendment: 'Amendement',
    yes: 'oui',
    no: 'non',
    vote: 'Vote',
    none: 'Aucune proposition.',
  },
} as const;

const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

export function renderHtml(s: StatusOfAction): string {
  const l = LABELS[s.lang];
  const row = (r: StatusRow, amendment: boolean) => `
      <tr${amendment ? ' class="amendment"' : ''}>
        <td>${amendment ? `${l.amendment} ` : ''}${escapeHtml(r.symbol)}</td>
        <td>${escapeHtml(r.title)}</td>
        <td>${escapeHtml(r.sponsors)}</td>
        <td>${escapeHtml(r.pbi)}</td>
        <td>${escapeHtml(r.action || l.pending)}${r.vote ? ` (${escapeHtml(r.vote)})` : ''}${
          r.meeting === null
            ? ''
            : `<br>${escapeHtml(meetingRef(r.meeting, r.date, s.lang)).replace(', ', '<br>')}`
        }</td>
      </tr>`;
  const items = s.items
    .map(
      (i) => `
  <section>
    <h2>${l.item} ${escapeHtml(i.number)} — ${escapeHtml(i.title)}</h2>
    ${
      i.proposals.length === 0
        ? `<p>${l.none}</p>`
        : `<table>
      <thead><tr><th>${l.symbol}</th><th>${l.proposal}</th><th>${l.sponsors}</th><th><abbr title="${l.pbiLong}">${l.pbi}</abbr></th><th>${l.outcome}</th></tr></thead>
      <tbody>${i.proposals.map((p) => row(p, false) + p.amendments.map((a) => row(a, true)).join('')).join('')}
      </tbody>
    </table>`
    }
  </section>`,
    )
    .join('');
  return `<!doctype html>
<html lang="${s.lang}">
<head>
  <meta charset="utf-8">
  <title>${escapeHtml(l.title(s.session))}</title>
  <style>
    body { font-family: system-ui, sans-serif; margin: 2rem; }
    table { border-collapse: collapse; width: 100%; }
    th, td { border: 1px solid #999; padding: .3rem .5rem; text-align: left; vertical-align: top; }
    tr.amendment td:first-child { padding-left: 2rem; }
  </style>
</head>
<body>
  <h1>${escapeHtml(l.title(s.session))}</h1>${items}
</body>
</html>
`;
}

export function renderText(s: StatusOfAction): string {
  const l = LABELS[s.lang];
  const lines = [l.title(s.session), ''];
  const row = (r: StatusRow, indent: string, amendment: boolean) => {
    lines.push(`${indent}${amendment ? `${l.amendment} ` : ''}${r.symbol}${r.title ? ` — ${r.title}` : ''}`);
    if (r.sponsors) lines.push(`${indent}  ${l.sponsors}: ${r.sponsors}`);
    if (!amendment || r.programmeBudgetImplications) lines.push(`${indent}  ${l.pbiLong}: ${r.pbi}`);
    lines.push(`${indent}  ${l.outcome}: ${r.outcome || l.pending}${r.vote ? ` (${r.vote})` : ''}`);
  };
  for (const i of s.items) {
    lines.push(`${l.item} ${i.number} — ${i.title}`);
    if (i.proposals.length === 0) lines.push(`  ${l.none}`);
    for (const p of i.proposals) {
      row(p, '  ', false);
      for (const a of p.amendments) row(a, '      ', true);
    }
    lines.push('');
  }
  return lines.join('\n');
}

const csvCell = (v: string) => (/[",\n\r]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);

/** One line per proposal; amendments carry the symbol they amend. Column names are stable for scripts. */
export function renderCsv(s: StatusOfAction): string {
  const rows = [
    [
      'agenda_item',
      'symbol',
      'amends',
      'title',
      'sponsors',
      'programme_budget_implications',
      'outcome',
      'action',
      'meeting',
      'date',
      'vote',
    ],
  ];
  for (const i of s.items) {
    for (const p of i.proposals) {
      const line = (r: StatusRow, amends: string) => [
        i.number,
        r.symbol,
        amends,
        r.title,
        r.sponsors,
        r.pbi,
        r.outcome,
        r.action,
        r.meeting === null ? '' : String(r.meeting),
        r.date ?? '',
        r.vote ?? '',
      ];
      rows.push(line(p, ''));
      for (const a of p.amendments) rows.push(line(a, p.symbol));
    }
  }
  return rows.map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
