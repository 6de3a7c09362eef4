import * as fs from 'fs';
import * as path from 'path';
import { joinList } from '../collation';
import { GROUPS } from './groups';
import { frWithDe, nameFor } from './names';
import { delegations } from './registry';
import type { Delegation } from './types';

/**
 * Every delegation named in A/76/463 (session 76) must resolve and print exactly as the report prints it.
 * The report (public UN text, A/76/463, French) and the facts read from it are fixtures of this package
 * (src/testing/fixtures); without them these checks cannot run, and must not pass.
 */
const FIXTURES = path.resolve(__dirname, '../testing/fixtures');
const SEED = path.join(FIXTURES, 'A-76-463.fr.txt');
const SESSION = 76;

function readReference(file: string): string {
  if (!fs.existsSync(file)) {
    throw new Error(`Fixture missing: ${file}. The A/76/463 name checks need it.`);
  }
  return fs.readFileSync(file, 'utf8');
}

interface SpeakerDetail {
  name: string;
  qualifier?: string;
  role?: string;
  asPrinted?: string;
}
interface Statement {
  when: string;
  paragraph: number;
  speakers: string[];
  speakersDetail: SpeakerDetail[];
}
interface Draft {
  symbol: string;
  mainSponsors: string[];
  additionalSponsors: string[];
  statements: Statement[];
  rightOfReply: string[];
}
interface Report {
  session: number;
  drafts: Draft[];
  totals: { distinctSponsoringStates: number; mainSponsorsOfBothRevDrafts: string[] };
  informalMeetingAnnex: { questionsFrom: string[]; statementBy: string[] };
  anomalies: { type: string; raw?: string; fixed?: string }[];
}

const report = JSON.parse(readReference(path.join(FIXTURES, 'report-76-crime.json'))) as Report;

function resolved(name: string): Delegation {
  const r = delegations.resolve(name);
  if (!r.ok) throw new Error(`“${name}” does not resolve; suggestions: ${r.suggestions.join(', ')}`);
  return r.delegation;
}

/** Parses `de l’Australie, de la Norvège et du Royaume-Uni …` back into delegations or groups. */
const DE_FORMS: { text: string; code: string }[] = [
  ...delegations.all().map((d) => ({ text: frWithDe(d, SESSION), code: d.code })),
  ...GROUPS.map((g) => ({ text: g.frDe, code: g.code })),
].sort((a, b) => b.text.length - a.text.length);

function parseDeList(s: string): string[] {
  const codes: string[] = [];
  let rest = s;
  for (;;) {
    // Longest first, so that `du Royaume-Uni de Grande-Bretagne et d’Irlande du Nord` is not cut at « et ».
    const form = DE_FORMS.find((f) => rest.startsWith(f.text));
    if (!form) throw new Error(`No delegation or group at “${rest}”`);
    codes.push(form.code);
    rest = rest.slice(form.text.length);
    if (rest === '') return codes;
    const sep = [', ', ' et '].find((x) => rest.startsWith(x));
    if (!sep) throw new Error(`Expected « , » or « et » at “${rest}”`);
    rest = rest.slice(sep.length);
  }
}

const deList = (codes: string[]) =>
  joinList(
    codes.map((c) => {
      const d = delegations.byCode(c);
      return d ? frWithDe(d, SESSION) : delegations.groupByCode(c)!.frDe;
    }),
    'fr',
  );

/** Rebuilds a speaker's qualifier from its parsed content, so parsing and printing are checked together. */
function qualifier(text: string): { prefix: string; codes: string[] } {
  const m = /^\((également au nom |au nom de ses États membres, ainsi que |au nom )(.*)\)$/.exec(text);
  if (!m) throw new Error(`Unknown qualifier ${text}`);
  return { prefix: m[1]!, codes: parseDeList(m[2]!) };
}
const printQualifier = (q: { prefix: string; codes: string[] }) => `(${q.prefix}${deList(q.codes)})`;

const revisedDrafts = report.drafts.filter((d) => d.mainSponsors.length > 0);

describe('A/76/463 delegations (report-76-crime.json)', () => {
  it('is the session-76 report with the two sponsored drafts', () => {
    expect(report.session).toBe(SESSION);
    expect(revisedDrafts.map((d) => d.symbol)).toEqual(['A/C.3/76/L.10/Rev.1', 'A/C.3/76/L.9/Rev.1']);
  });

  it.each(revisedDrafts.flatMap((d) => [...d.mainSponsors, ...d.additionalSponsors]))(
    'sponsor %s resolves and prints in list form',
    (name) => {
      expect(nameFor(resolved(name), 'fr', 'short', SESSION)).toBe(name);
    },
  );

  it('counts the distinct sponsoring States as the report does', () => {
    const codes = new Set(
      revisedDrafts.flatMap((d) => [...d.mainSponsors, ...d.additionalSponsors]).map((n) => resolved(n).code),
    );
    expect(codes.size).toBe(report.totals.distinctSponsoringStates);
    for (const name of report.totals.mainSponsorsOfBothRevDrafts)
      expect(codes.has(resolved(name).code)).toBe(true);
  });

  it('prints Turquie at session 76 and Türkiye today', () => {
    const tur = resolved('Turquie');
    expect(tur.code).toBe('TUR');
    expect(nameFor(tur, 'fr', 'short', 76)).toBe('Turquie');
    expect(nameFor(tur, 'en', 'short', 76)).toBe('Turkey');
    expect(nameFor(tur, 'fr', 'short', 77)).toBe('Türkiye');
    expect(nameFor(tur, 'fr', 'short')).toBe('Türkiye');
    expect(frWithDe(tur, 76)).toBe('de la Turquie');
  });

  const speakers = report.drafts.flatMap((d) => d.statements.flatMap((s) => s.speakersDetail));

  it.each(speakers.map((s) => [s.name, s]))('speaker %s resolves and prints in running form', (_, s) => {
    const d = resolved(s.name);
    expect(nameFor(d, 'fr', 'running', SESSION)).toBe(s.name);
    if (s.role === 'observer') expect(d.kind).toBe('observer-state');
    if (s.asPrinted !== undefined) {
      const de = frWithDe(d, SESSION);
      expect(['', 'le représentant ', 'la représentante ', 'l’observateur '].map((p) => p + de)).toContain(
        s.asPrinted,
      );
    }
    if (s.qualifier !== undefined) expect(printQualifier(qualifier(s.qualifier))).toBe(s.qualifier);
  });

  it('reads the qualifiers of par. 20 as the delegations they name', () => {
    const canada = speakers.find((s) => s.name === 'Canada')!;
    expect(qualifier(canada.qualifier!).codes).toEqual(['AUS', 'ISL', 'NZL', 'NOR', 'CHE', 'GBR']);
    const eu = speakers.find((s) => s.name === 'Union européenne')!;
    expect(resolved(eu.name).kind).toBe('entity');
    expect(qualifier(eu.qualifier!).codes).toEqual(['ALB', 'BIH', 'MCO', 'MNE', 'MKD', 'UKR', 'USA']);
  });

  it.each(report.drafts.flatMap((d) => d.rightOfReply))('right-of-reply speaker %s resolves', (name) => {
    expect(nameFor(resolved(name), 'fr', 'running', SESSION)).toBe(name);
  });

  it.each(report.informalMeetingAnnex.questionsFrom)('annex speaker %s resolves', (entry) => {
    const [, name, qual] = /^(.*?)(?: (\(.*\)))?$/.exec(entry)!;
    expect(nameFor(resolved(name!), 'fr', 'running', SESSION)).toBe(name);
    if (qual !== undefined) {
      const q = qualifier(qual);
      expect(q.codes).toEqual(['ASEAN']);
      expect(printQualifier(q)).toBe(qual);
    }
  });

  it('prints the annex closing statement', () => {
    expect(report.informalMeetingAnnex.statementBy).toEqual([
      `Maroc (« La représentante ${frWithDe(resolved('Maroc'), SESSION)} a fait une déclaration. »)`,
    ]);
  });
});

/**
 * The JSON is a transcription; the seed itself is the authority. These rebuild the printed sentences from
 * delegations and compare them with the seed text, after undoing the PDF artefacts listed in `anomalies`.
 */
describe('A/76/463 sentences rebuilt from delegations (seed 002)', () => {
  const seed = (() => {
    const lines = readReference(SEED)
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l !== '');
    // A line ending in a hyphen was broken inside a hyphenated name (`Papouasie-Nouvelle-|Guinée`).
    let text = lines.reduce((acc, l) => (acc === '' ? l : acc.endsWith('-') ? acc + l : `${acc} ${l}`), '');
    text = text.replace(/\s+/g, ' ');
    for (const a of report.anomalies) {
      if (a.type === 'pdf-artefact-fix' && a.raw && a.fixed) text = text.split(a.raw).join(a.fixed);
    }
    return text;
  })();

  const [l10, l9] = revisedDrafts as [Draft, Draft];
  const bare = (names: string[], form: 'short' | 'running') =>
    joinList(
      names.map((n) => nameFor(resolved(n), 'fr', form, SESSION)),
      'fr',
    );
  const de = (names: string[]) =>
    joinList(
      names.map((n) => frWithDe(resolved(n), SESSION)),
      'fr',
    );

  it.each([
    ['16', l10],
    ['22', l9],
  ])('par. %s: sponsor lists', (_, draft) => {
    expect(seed).toContain(
      `déposé par les pays suivants : ${bare(draft.mainSponsors, 'short')}. Par la suite, les pays suivants se ` +
        `sont joints aux auteurs du projet de résolution : ${bare(draft.additionalSponsors, 'short')}.`,
    );
  });

  it('par. 18 and 23: single statements', () => {
    expect(seed).toContain(
      `18. À la même séance également, le représentant ${de(['Bélarus'])} a fait une déclaration.`,
    );
    expect(seed).toContain(`23. À la même séance, le représentant ${de(['Italie'])} a fait une déclaration.`);
  });

  it('par. 20: speakers after adoption, with qualifiers and the observer last', () => {
    const after = l10.statements.find((s) => s.paragraph === 20)!.speakersDetail;
    const states = after.filter((s) => s.role !== 'observer');
    const observer = after.find((s) => s.role === 'observer')!;
    const items = states.map((s) => {
      const name = nameFor(resolved(s.name), 'fr', 'running', SESSION);
      return s.qualifier === undefined ? name : `${name} ${printQualifier(qualifier(s.qualifier))}`;
    });
    expect(seed).toContain(
      `des déclarations ont été faites par les représentants des pays suivants : ${joinList(items, 'fr')}, ` +
        `ainsi que l’observateur ${frWithDe(resolved(observer.name), SESSION)}.`,
    );
  });

  it('par. 21: right of reply', () => {
    expect(seed).toContain(
      `21. À la même séance, les représentants ${de(l10.rightOfReply)} ont pris la parole pour exercer leur droit de réponse.`,
    );
  });

  it('par. 25: before and after adoption (the seed’s stray comma is a listed anomaly)', () => {
    const [before, after] = l9.statements.filter((s) => s.paragraph === 25) as [Statement, Statement];
    expect(seed).toContain(
      `25. Avant l’adoption du projet de résolution, les représentants ${de(before.speakers)} ont fait des déclarations.`,
    );
    const generated = de(after.speakers);
    expect(generated).toBe(
      'de la Fédération de Russie, de la République islamique d’Iran, de la Chine et de l’Australie',
    );
    const asPrinted = generated.replace(/ et (?!.* et )/, ', et ');
    expect(
      report.anomalies.some(
        (a) => a.type === 'punctuation' && JSON.stringify(a).includes(', et de l’Australie'),
      ),
    ).toBe(true);
    expect(seed).toContain(`Après son adoption, les représentants ${asPrinted} ont fait des déclarations.`);
  });

  it('annex: questions from the representatives, and the closing statement', () => {
    const items = report.informalMeetingAnnex.questionsFrom.map((entry) => {
      const [, name, qual] = /^(.*?)(?: (\(.*\)))?$/.exec(entry)!;
      const d = frWithDe(resolved(name!), SESSION);
      return qual === undefined ? d : `${d} ${printQualifier(qualifier(qual))}`;
    });
    expect(seed).toContain(
      `a répondu aux questions et aux observations des représentants ${joinList(items, 'fr')}.`,
    );
    expect(seed).toContain(`La représentante ${de(['Maroc'])} a fait une déclaration.`);
  });
});
