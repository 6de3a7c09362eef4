/**
 * The seed comparison: the French report on item 108 generated from the demo dossier against chapters I–III of
 * A/76/463 (testing/fixtures/A-76-463.fr.txt, PDF-extracted), and the annex.
 *
 * Both texts are normalised: PDF lines joined, page headers (« A/76/463 », « 43/80 21-17225 ») and hyperlink lines
 * dropped, footnote blocks dropped (the seed prints them at the foot of each page; the generated report keeps them
 * apart), U+00A0 read as a space, whitespace collapsed, and the PDF's flattened superscripts (« 1 re ») closed up.
 * They are then diffed word by word; the similarity is the character-level ratio 2·M / (|seed| + |generated|), M the
 * characters of the matching words. Every remaining difference must be explained: a listed anomaly of the seed
 * (report-76-crime.json), a PDF artefact (words split by a spurious space, footnote reference numbers glued to
 * words), or a fact the record lacks and the report warns about (the dates of meetings 2–5).
 */
import * as fs from 'node:fs';
import type { Dossier } from '@concordia/schema';
import { composeReport, type ComposedReport } from './index';
import { plain } from './render/common';
import { draftLines } from './render/txt';
import { crime76, DEMO_PATH, facts, SEED_PATH } from './testing/fixtures.test';

const seedRaw = fs.readFileSync(SEED_PATH, 'utf8');

function isPageHeader(l: string): boolean {
  return (
    /^\s*A\/76\/463\s*$/.test(l) || /^\s*\d+\/80 21-17225\s*$/.test(l) || /^\s*21-17225 \d+\/80\s*$/.test(l)
  );
}

/** Seed → plain words, without page furniture and footnote blocks. */
function seedText(raw: string): { chapters: string; annex: string } {
  const lines = raw.split('\n');
  const kept: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    if (/^\s*https?:\/\//.test(l)) continue;
    if (isPageHeader(l)) continue;
    if (/^_{10,}\s*$/.test(l)) {
      // Footnote block: footnote starts (« 1 … »), their continuation lines (no indent), blanks and links, up to
      // the first indented line that is not a footnote start (the page text resumes).
      let j = i + 1;
      for (; j < lines.length; j++) {
        const x = lines[j]!;
        if (isPageHeader(x)) break; // a new page: the block has ended
        if (/^\s*$/.test(x) || /^\s*https?:\/\//.test(x) || /^ \d+ /.test(x) || /^\S/.test(x)) continue;
        break;
      }
      i = j - 1;
      continue;
    }
    kept.push(l);
  }
  const text = kept.join('\n');
  const at = text.lastIndexOf('\n Annexe');
  return { chapters: text.slice(0, at), annex: text.slice(at) };
}

function normalise(s: string): string {
  return s
    .replace(/[\u00A0\u202F]/g, ' ')
    .replace(/(\d) (re|er|e)\b/g, '$1$2')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The generated report as plain words: chapters I–III with the recommended texts, footnotes left out. */
function generatedText(r: ComposedReport): { chapters: string; annex: string } {
  const out: string[] = [];
  for (const ch of r.chapters) {
    out.push(`${ch.number}. ${ch.title}`);
    for (const b of ch.blocks) {
      if (b.kind === 'heading') {
        out.push(`${b.number}. ${b.text}`);
        continue;
      }
      out.push(`${b.number}. ${plain(b.content, 'drop')}`);
      for (const it of b.items ?? []) out.push(`${it.label} ${plain(it.content, 'drop')}`);
      const drafts = ch.drafts?.find((x) => x.afterParagraph === b.number);
      for (const d of drafts?.drafts ?? []) {
        const noNotes = { ...d, footnotes: [], preamble: d.preamble, operative: d.operative };
        out.push(...draftLines(noNotes).map((l) => l.replace(/[⁰¹²³⁴⁵⁶⁷⁸⁹]+/g, '')));
      }
    }
  }
  const annex = r.annexes.flatMap((a) => [a.label, a.title, ...a.paragraphs.map((p) => plain(p, 'drop'))]);
  return { chapters: out.join('\n'), annex: annex.join('\n') };
}

/** Myers diff on word arrays: the list of edits (equal runs and changed hunks). */
function diffWords(a: string[], b: string[]): { equal: boolean; a: string[]; b: string[] }[] {
  const n = a.length;
  const m = b.length;
  const max = n + m;
  const v = new Int32Array(2 * max + 2);
  const trace: Int32Array[] = [];
  let done = false;
  for (let d = 0; d <= max && !done; d++) {
    trace.push(v.slice());
    for (let k = -d; k <= d; k += 2) {
      let x =
        k === -d || (k !== d && v[max + k - 1]! < v[max + k + 1]!) ? v[max + k + 1]! : v[max + k - 1]! + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      v[max + k] = x;
      if (x >= n && y >= m) {
        done = true;
        break;
      }
    }
  }
  // Backtrack.
  const ops: ('=' | '-' | '+')[] = [];
  let x = n;
  let y = m;
  for (let d = trace.length - 1; d >= 0; d--) {
    const vv = trace[d]!;
    const k = x - y;
    const prevK = k === -d || (k !== d && vv[max + k - 1]! < vv[max + k + 1]!) ? k + 1 : k - 1;
    const prevX = vv[max + prevK]!;
    const prevY = prevX - prevK;
    while (x > prevX && y > prevY) {
      ops.push('=');
      x--;
      y--;
    }
    if (d > 0) ops.push(x === prevX ? '+' : '-');
    x = prevX;
    y = prevY;
  }
  ops.reverse();
  const hunks: { equal: boolean; a: string[]; b: string[] }[] = [];
  let i = 0;
  let j = 0;
  for (const op of ops) {
    const eq = op === '=';
    let h = hunks[hunks.length - 1];
    if (!h || h.equal !== eq) {
      h = { equal: eq, a: [], b: [] };
      hunks.push(h);
    }
    if (op === '=' || op === '-') h.a.push(a[i++]!);
    if (op === '=' || op === '+') h.b.push(b[j++]!);
  }
  return hunks;
}

interface Explained {
  seed: string;
  generated: string;
  why: string;
}

const ANOMALIES = facts() as unknown as {
  anomalies: { type: string; location: string; raw?: string; fixed?: string }[];
};

/** Why a hunk differs, or undefined if it is not explained. */
function explain(seed: string, gen: string, context: string): string | undefined {
  const s = seed.replace(/\s+/g, '');
  const g = gen.replace(/\s+/g, '');
  if (s === g)
    return 'pdf-artefact: a word split by a spurious space (anomalies: « Myanma r », « Pays -Bas », « commun auté »…)';
  // Footnote reference numbers glued to a word or standing alone (the generated text drops them).
  if (s.replace(/\d+/g, '') === g.replace(/\d+/g, '') && /\d/.test(s) && s.length > g.length)
    return 'layout: footnote reference number in the running text';
  if (/^\d+$/.test(s) && g === '') return 'layout: footnote reference number in the running text';
  if (s.replace(/(\D)\d{1,2}(?=[,.;:»)]|$)/g, '$1') === g)
    return 'layout: footnote reference number in the running text';
  if (seed === '24' && gen === '26' && context.includes('L.9/Rev.1 (voir par.'))
    return 'anomaly wrong-cross-reference (par. 24)';
  if (seed === '' && gen === 'le 5 novembre,' && context.includes('A/C.3/76/L.6'))
    return 'anomaly missing-date (par. 15)';
  if (seed === 'Chine,' && gen === 'Chine')
    return 'anomaly punctuation (par. 25, « de la Chine, et de l’Australie »)';
  if (/^les 1er, 4 et$/.test(seed) && gen === 'le')
    return 'record lacks the dates of meetings 2–5 (warned: meetings[2..5].date)';
  return undefined;
}

function compare(
  seed: string,
  gen: string,
): { similarity: number; explained: Explained[]; unexplained: Explained[] } {
  const a = seed.split(' ');
  const b = gen.split(' ');
  const hunks = diffWords(a, b);
  let same = 0;
  const explained: Explained[] = [];
  const unexplained: Explained[] = [];
  for (let h = 0; h < hunks.length; h++) {
    const hk = hunks[h]!;
    if (hk.equal) {
      same += hk.a.join(' ').length + 1; // the words, the spaces between them and the one after the run
      continue;
    }
    const before = hunks[h - 1]?.a.slice(-12).join(' ') ?? '';
    const item = { seed: hk.a.join(' '), generated: hk.b.join(' '), why: '' };
    const why = explain(item.seed, item.generated, before + ' ' + item.seed);
    if (why) explained.push({ ...item, why });
    else unexplained.push({ ...item, why: `… ${before} ⟦${item.seed}⟧ → ⟦${item.generated}⟧` });
  }
  return { similarity: (2 * same) / (seed.length + gen.length + 2), explained, unexplained };
}

const demo: Dossier | undefined = fs.existsSync(DEMO_PATH)
  ? (JSON.parse(fs.readFileSync(DEMO_PATH, 'utf8')) as Dossier)
  : undefined;
const seed = seedText(seedRaw);

describe('seed comparison: A/76/463 chapters I–III', () => {
  it('chapters I and II from the facts of the seed (report-76-crime.json) match but for listed anomalies', () => {
    const r = composeReport(crime76(), { agendaItem: '108', lang: 'fr' });
    const gen = normalise(generatedText(r).chapters.split('\nIII. ')[0]!);
    const ref = normalise(seed.chapters.split(' III. Recommandations')[0]!);
    const c = compare(ref, gen);
    console.log(
      `similarity (chapters I–II, facts fixture): ${(c.similarity * 100).toFixed(2)} %\n${c.explained.map((e) => `  explained: ⟦${e.seed}⟧ → ⟦${e.generated}⟧ — ${e.why}`).join('\n')}`,
    );
    expect(c.unexplained).toEqual([]);
    // Words hit by an artefact count as wholly different, so the figure stays below 100 % even when all is explained.
    expect(c.similarity).toBeGreaterThan(0.98);
  });

  (demo ? it : it.skip)(
    'chapters I–III and the annex from the demo dossier match but for the seed’s anomalies and layout',
    () => {
      const r = composeReport(demo!, { agendaItem: '108', lang: 'fr' });
      const gen = generatedText(r);
      const c = compare(normalise(seed.chapters), normalise(gen.chapters));
      const annex = compare(normalise(seed.annex), normalise(gen.annex));
      const byWhy = new Map<string, number>();
      for (const e of [...c.explained, ...annex.explained]) byWhy.set(e.why, (byWhy.get(e.why) ?? 0) + 1);
      console.log(
        `similarity with A/76/463, chapters I–III: ${(c.similarity * 100).toFixed(2)} % (annex: ${(annex.similarity * 100).toFixed(2)} %)\n` +
          `explained differences:\n${[...byWhy].map(([w, n]) => `  ${n} × ${w}`).join('\n')}\n` +
          `unexplained differences (${c.unexplained.length + annex.unexplained.length}):\n${[...c.unexplained, ...annex.unexplained].map((e) => `  ${e.why}`).join('\n')}`,
      );
      expect(r.warnings.map((w) => w.path)).toEqual([
        'meetings[2].date',
        'meetings[3].date',
        'meetings[4].date',
        'meetings[5].date',
      ]);
      expect(annex.unexplained).toEqual([]);
      expect(c.unexplained.length).toBeLessThanOrEqual(MAX_UNEXPLAINED);
      expect(c.similarity).toBeGreaterThan(0.99);
      expect(annex.similarity).toBeGreaterThan(0.98);
    },
  );
});

/** Differences in chapter III that come from the demo dossier's texts, not from the generator (see the report). */
const MAX_UNEXPLAINED = 0;
void ANOMALIES;
