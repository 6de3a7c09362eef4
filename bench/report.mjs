// Benchmark of @concordia/report: a synthetic session of 70 drafts (recorded votes of 193 delegations, 40–120
// sponsors each, statements, rights of reply, texts of 40 paragraphs with footnotes), composed and rendered in
// French and English in every format. Prints the median of N runs and, as a peer, a JSON.stringify/parse round
// trip of the same dossier. Run with `pnpm bench:report` (builds the packages first).
import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';

const require = createRequire(import.meta.url);
const { composeReport, renderReport, renderReportDocx } = require('../packages/report/dist');
const { delegations } = require('../packages/domain/dist');

const N = Number(process.env.RUNS ?? 15);
const DRAFTS = 70;
const states = delegations
  .all()
  .filter((d) => d.kind === 'member-state')
  .map((d) => d.code);
const pick = (seed, n) => {
  const out = [];
  for (let i = 0; i < n; i++) out.push(states[(seed * 37 + i * 11) % states.length]);
  return [...new Set(out)];
};

function dossier() {
  const meetings = [];
  for (let m = 1; m <= 60; m++) {
    const day = new Date(Date.UTC(2022, 8, 29 + m));
    meetings.push({
      number: m,
      date: day.toISOString().slice(0, 10),
      kind: 'formal',
      purpose: m <= 10 ? 'general-debate' : 'action',
      agendaItems: ['68'],
      summaryRecord: `A/C.3/77/SR.${m}`,
    });
  }
  const drafts = [];
  for (let i = 0; i < DRAFTS; i++) {
    const meeting = 11 + (i % 50);
    const yes = pick(i, 150);
    const no = pick(i + 500, 12).filter((c) => !yes.includes(c));
    const abstain = states.filter((c) => !yes.includes(c) && !no.includes(c)).slice(0, 30);
    const paras = Array.from(
      { length: 40 },
      (_, k) =>
        `Paragraphe ${k + 1} du projet ${i + 1}, qui rappelle la résolution 76/${k + 100}[^f${k}] et prie le Secrétaire général de faire rapport ;`,
    );
    drafts.push({
      symbol: `A/C.3/77/L.${i + 1}`,
      kind: 'resolution',
      agendaItem: '68',
      title: { fr: `Projet ${i + 1} sur les droits humains`, en: `Draft ${i + 1} on human rights` },
      origin: { kind: 'delegations' },
      mainSponsors: pick(i + 1, 40),
      additionalSponsors: pick(i + 2, 80),
      text: {
        language: 'fr',
        preamble: paras.slice(0, 15).map((p) => p.replace(/ ;$/, ',')),
        operative: [
          ...paras.slice(15, 39),
          {
            text: 'Décide de poursuivre l’examen de la question :',
            sub: ['à sa prochaine session ;', 'au titre du point 68.'],
          },
        ],
        footnotes: Object.fromEntries(
          Array.from({ length: 39 }, (_, k) => [`f${k}`, `Résolution 76/${k + 100}.`]),
        ),
      },
      actions: [
        {
          meeting,
          type: 'introduction',
          speaker: { delegation: pick(i, 1)[0], gender: i % 2 ? 'female' : 'male' },
          onBehalfOf: 'sponsors',
        },
        {
          meeting,
          type: 'oral-revision',
          paragraph: 'OP 3',
          text: 'Paragraphe révisé oralement[^f17] ;',
          by: { delegation: pick(i, 1)[0] },
        },
        {
          meeting,
          type: 'statement',
          timing: 'before-action',
          speakers: pick(i + 3, 8).map((delegation) => ({ delegation })),
        },
        {
          meeting,
          type: 'vote',
          on: 'draft',
          requestedBy: pick(i + 4, 1)[0],
          recorded: { yes, no, abstain },
        },
        { meeting, type: 'adoption', method: 'vote' },
        {
          meeting,
          type: 'statement',
          timing: 'after-action',
          speakers: pick(i + 5, 3).map((delegation) => ({ delegation })),
          observers: [{ delegation: 'VAT' }],
        },
        { meeting, type: 'right-of-reply', speakers: pick(i + 6, 2).map((delegation) => ({ delegation })) },
      ],
    });
  }
  return {
    format: 'concordia-dossier/1',
    session: 77,
    committee: 'C3',
    agendaItems: [
      {
        number: '68',
        title: {
          fr: 'Promotion et protection des droits humains',
          en: 'Promotion and protection of human rights',
        },
        allocation: { plenaryMeeting: 2, date: '2022-09-16' },
        documents: [{ symbol: 'A/77/100', title: { fr: 'Rapport', en: 'Report' } }],
      },
    ],
    meetings,
    drafts,
  };
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}
async function time(fn) {
  const xs = [];
  await fn(); // warm-up
  for (let i = 0; i < N; i++) {
    const t = performance.now();
    await fn();
    xs.push(performance.now() - t);
  }
  return median(xs);
}

const d = dossier();
const r0 = composeReport(d, { agendaItem: '68', lang: 'fr' });
if (r0.warnings.length) console.log('warnings:', r0.warnings.slice(0, 5));
const votes = r0.votes.length;
const size = JSON.stringify(d).length;
console.log(
  `synthetic session: ${DRAFTS} drafts, ${votes} recorded votes, dossier ${(size / 1024).toFixed(0)} KiB; median of ${N} runs`,
);

const rows = [];
const baseline = await time(() => JSON.parse(JSON.stringify(d)));
rows.push(['baseline: JSON.stringify + JSON.parse of the dossier', baseline]);
for (const lang of ['fr', 'en']) {
  const compose = await time(() => composeReport(d, { agendaItem: '68', lang }));
  rows.push([`composeReport ${lang}`, compose]);
  const r = composeReport(d, { agendaItem: '68', lang });
  for (const f of ['txt', 'html', 'akn'])
    rows.push([`  render ${f} (${lang})`, await time(() => renderReport(r, f))]);
  rows.push([`  render docx (${lang})`, await time(() => renderReportDocx(r))]);
  rows.push([
    `compose + txt + html + akn ${lang}`,
    await time(() => {
      const x = composeReport(d, { agendaItem: '68', lang });
      renderReport(x, 'txt');
      renderReport(x, 'html');
      renderReport(x, 'akn');
    }),
  ]);
  rows.push([
    `compose + all four formats ${lang}`,
    await time(async () => {
      const x = composeReport(d, { agendaItem: '68', lang });
      renderReport(x, 'txt');
      renderReport(x, 'html');
      renderReport(x, 'akn');
      await renderReportDocx(x);
    }),
  ]);
}
const w = Math.max(...rows.map((r) => r[0].length));
for (const [name, ms] of rows)
  console.log(`${name.padEnd(w)}  ${ms.toFixed(1).padStart(8)} ms   ×${(ms / baseline).toFixed(1)} baseline`);
