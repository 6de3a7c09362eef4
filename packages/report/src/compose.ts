/**
 * composeReport: the Committee's report on one agenda item, from the record.
 *
 * Rules inferred from A/76/463 (templates.md) and fixed here:
 *
 * 1. Sections (chapter II) follow the order of action: the meeting of the decision on each proposal (adoption,
 *    rejection, withdrawal, deferral), ties kept in the order of the record. Recommended drafts (chapter III) are
 *    numbered I, II, … in the same order. Amendments are told inside the section of the draft they amend; a revised
 *    draft and the drafts it revises make one section.
 * 2. Paragraphs are numbered continuously over chapters I–III. Each adoption paragraph cross-refers to the paragraph
 *    of chapter III that introduces the drafts (26 in the seed).
 * 3. The first paragraph of a section that happens at a meeting opens with « À sa 7e séance, le 5 novembre, »; the
 *    following paragraphs at the same meeting open with the rotation « À la même séance » → « À la même séance
 *    également » → « Toujours à la même séance » (then again), English "At the same meeting" → "Also at the same
 *    meeting". Paragraphs that open otherwise (« Après l’adoption … ») do not move the rotation.
 * 4. Statements: timing `general` is told where it happened, as « {rotation}, le représentant du Bélarus a fait une
 *    déclaration. ». Statements `before-action` and `after-action` are told after the decision paragraph, before
 *    first. A group of statements prints in the list form of par. 20 (« des déclarations ont été faites par les
 *    représentants des pays suivants : … ») when it has observers, a speaker with a qualifier (also on behalf of,
 *    on behalf of a group or of the EU member States), or more than SENTENCE_FORM_MAX speakers; otherwise in the
 *    sentence form of par. 25, and sentence-form groups share one paragraph (« Avant l’adoption …. Après son
 *    adoption, … »). When the decision was taken by vote the statements are explanations of vote.
 * 5. An adoption without a vote states no method (the seed never writes « sans le mettre aux voix »); a vote is
 *    given with its figures, and a recorded vote with its lists in the alphabetical order of the language.
 * 6. Dates of Committee meetings have no year; the plenary's has. The general debate sentence groups the dates of
 *    the meetings that have one, by month.
 * 7. The informal-virtual-meeting paragraph, the e-deleGATE paragraph and the eStatements sentence of the second
 *    footnote (the pandemic working arrangements of the 75th–76th sessions) are printed when the item was taken up
 *    at an informal virtual meeting; they refer to the organization of work adopted at the Committee's first meeting.
 */
import { currentSponsors } from '@concordia/domain';
import type {
  ActionInput,
  AgendaItemInput,
  Dossier,
  DraftInput,
  MeetingInput,
  SpeakerInput,
} from '@concordia/schema';
import {
  atMeetings,
  capitalize,
  enOrdinal,
  enOrdinalWords,
  formatDate,
  frOrdinalWords,
  frOrdinal,
  groupDates,
  joinWords,
  letter,
  quote,
  roman,
  sessionOrdinal,
  typography,
  type Lang,
} from './lang';
import type {
  Chapter,
  ComposedReport,
  Footnote,
  HeadingBlock,
  Inline,
  Paragraph,
  RecommendedDraft,
  ReportAnnex,
  VoteGroup,
  VoteRecord,
} from './model';
import { hasQualifier, Names, type Named } from './names';
import { CHAIN, committeeNames, VOTE_LABELS, voteFigures } from './phrases';
import { adoptedText, parseParaRef, type Revision } from './text';
import { Warnings } from './warnings';

/** Up to this many speakers, with no qualifier and no observer, statements print as a sentence (par. 25). */
export const SENTENCE_FORM_MAX = 5;

type Act = ActionInput & { path: string; subject: Subject };
type StatementAct = Extract<ActionInput, { type: 'statement' }> & { path: string; subject: Subject };
type VoteAct = Extract<ActionInput, { type: 'vote' }> & { path: string; subject: Subject };

interface Subject {
  kind: 'draft' | 'amendment';
  draft: DraftInput;
  /** Path prefix for warnings: `drafts[A/C.3/76/L.2]`. */
  path: string;
}

interface RecoRefs {
  resolutions: number;
  decisions: number;
}

interface Pending {
  content: Inline[] | ((r: RecoRefs) => Inline[]);
  vote?: { groups: VoteGroup[]; voteId: string };
  votes?: VoteRecord[];
}

interface Family {
  final: DraftInput;
  versions: DraftInput[];
  amendments: DraftInput[];
  order: number;
  decisionMeeting: number;
}

export function composeReport(
  dossier: Dossier,
  opts: { agendaItem: string; lang: Lang; symbol?: string },
): ComposedReport {
  return new Composer(dossier, opts.agendaItem, opts.lang, opts.symbol).compose();
}

class Composer {
  private readonly w = new Warnings();
  private readonly names: Names;
  private readonly item: AgendaItemInput;
  private readonly formal = new Map<number, MeetingInput>();
  private readonly fr: boolean;
  private readonly com: ReturnType<typeof committeeNames>;
  private bodyFootnotes: Footnote[] = [];
  private votes: VoteRecord[] = [];
  private voteSeq = 0;

  constructor(
    private readonly dossier: Dossier,
    agendaItem: string,
    private readonly lang: Lang,
    private readonly symbol?: string,
  ) {
    const wanted = agendaItem.trim();
    const item = dossier.agendaItems.find((a) => a.number === wanted);
    if (!item) {
      const known = dossier.agendaItems.map((a) => a.number).join(', ');
      throw new Error(
        `Unknown agenda item "${agendaItem}": the dossier has item${dossier.agendaItems.length > 1 ? 's' : ''} ${known}`,
      );
    }
    this.item = item;
    this.fr = lang === 'fr';
    this.names = new Names(dossier, lang, dossier.session, this.w);
    for (const m of dossier.meetings) if (m.kind === 'formal') this.formal.set(m.number, m);
    this.com = committeeNames(dossier.committee, lang);
  }

  private t(s: string): string {
    return typography(s, this.lang);
  }

  // ───────────────────────────── helpers ─────────────────────────────

  private itemPath(): string {
    return `agendaItems[${this.item.number}]`;
  }

  private bilingual(b: { fr?: string; en?: string }, path: string): string {
    const v = b[this.lang];
    if (v !== undefined) return v;
    const other = this.fr ? 'en' : 'fr';
    this.w.add(
      `${path}.${this.lang}`,
      `no ${this.fr ? 'French' : 'English'} text in the record; the ${other === 'fr' ? 'French' : 'English'} text is printed`,
    );
    return b[other] ?? '…';
  }

  private meetingDate(n: number, from: string): string | undefined {
    const m = this.formal.get(n);
    if (!m) {
      void from;
      this.w.add(`meetings[${n}]`, `meeting ${n} is not in the record; printed without a date`);
      return undefined;
    }
    if (!m.date) {
      this.w.add(`meetings[${n}].date`, `meeting ${n} has no date in the record; printed without a date`);
      return undefined;
    }
    return m.date;
  }

  private summaryRecord(n: number): string {
    const m = this.formal.get(n);
    if (m?.summaryRecord) return m.summaryRecord;
    const sr = `A/C.${this.dossier.committee.replace(/\D/g, '')}/${this.dossier.session}/SR.${n}`;
    this.w.add(`meetings[${n}].summaryRecord`, `no summary record symbol in the record; ${sr} is assumed`);
    return sr;
  }

  private concernsItem(m: MeetingInput): boolean {
    if (m.agendaItems) return m.agendaItems.includes(this.item.number);
    return this.dossier.agendaItems.length === 1;
  }

  private ordinal(n: number): string {
    return this.fr ? frOrdinal(n, 'f') : enOrdinal(n);
  }

  /**
   * Where the session's reports print the year of a Committee meeting's date (rule 6): the dossier's setting, else
   * by session — A/76/463 prints none (75th–76th sessions); the reports of the 58th and 62nd sessions print it on
   * the dates of chapter I only; reports from the 77th session print it on every date.
   */
  private yearStyle(): 'none' | 'summary' | 'all' {
    const set = this.dossier.settings?.meetingDateYear;
    if (set) return set;
    const n = this.dossier.session;
    return n < 75 ? 'summary' : n <= 76 ? 'none' : 'all';
  }

  private opener(n: number, from: string): string {
    const date = this.meetingDate(n, from);
    const year = this.yearStyle() === 'all';
    if (this.fr)
      return `À sa ${frOrdinal(n)} séance${date ? `, le ${formatDate(date, 'fr', { year })}` : ''}`;
    return `At its ${enOrdinal(n)} meeting${date ? `, on ${formatDate(date, 'en', { year })}` : ''}`;
  }

  /** `le représentant du Bélarus` / `the representative of Belarus`, with the qualifier. */
  private speakerOne(s: SpeakerInput, path: string): string {
    const n = this.names.resolve(s.delegation, `${path}.delegation`);
    const q = this.names.qualifier(s, path);
    if (this.fr)
      return `${s.gender === 'female' ? 'la représentante' : 'le représentant'} ${this.names.of(n)}${q}`;
    return `the representative of ${this.names.of(n)}${q}`;
  }

  /**
   * Names after « les représentants » / "the representatives of": `du Mexique et du Royaume-Uni …`; English lists
   * take the list forms with « the » where the name takes it (`Iran (Islamic Republic of)`, `the Netherlands`).
   */
  private speakersOf(list: SpeakerInput[], path: string): string {
    return joinWords(
      list.map((s, i) => {
        const n = this.names.resolve(s.delegation, `${path}[${i}].delegation`);
        const name = this.fr ? this.names.of(n) : this.names.inList(n);
        return `${name}${this.names.qualifier(s, `${path}[${i}]`)}`;
      }),
      this.lang,
    );
  }

  private representatives(list: SpeakerInput[]): string {
    if (!this.fr) return 'the representatives of';
    return list.every((s) => s.gender === 'female') ? 'les représentantes' : 'les représentants';
  }

  private observersTail(obs: SpeakerInput[], path: string): string {
    if (obs.length === 0) return '';
    const ofs = obs.map((s, i) =>
      this.names.of(this.names.resolve(s.delegation, `${path}[${i}].delegation`)),
    );
    if (this.fr) {
      if (obs.length === 1)
        return `, ainsi que ${obs[0]!.gender === 'female' ? 'l’observatrice' : 'l’observateur'} ${ofs[0]}`;
      return `, ainsi que les observateurs ${joinWords(ofs, 'fr')}`;
    }
    if (obs.length === 1) return `, as well as by the observer for ${ofs[0]}`;
    return `, as well as by the observers for ${joinWords(ofs, 'en')}`;
  }

  /** Speakers bare, in speaking order, with qualifiers (par. 20). */
  private speakersBare(list: SpeakerInput[], path: string): string {
    return joinWords(
      list.map((s, i) => {
        const n = this.names.resolve(s.delegation, `${path}[${i}].delegation`);
        const name = this.fr ? this.names.bare(n) : this.names.inList(n);
        return `${name}${this.names.qualifier(s, `${path}[${i}]`)}`;
      }),
      this.lang,
    );
  }

  // ───────────────────────────── compose ─────────────────────────────

  compose(): ComposedReport {
    const d = this.dossier;
    const itemTitle = this.t(this.bilingual(this.item.title, `${this.itemPath()}.title`));
    const parent = this.parentTitle();
    // A sub-item's report is titled « item: sub-item » (« Promotion and protection of human rights: human rights
    // questions, … »).
    const coverTitle = parent ? this.t(`${parent}: ${lowerFirst(itemTitle)}`) : itemTitle;
    const families = this.families();

    const chapters: Chapter[] = [];
    let paraNo = 0;
    const number = (p: Omit<Paragraph, 'number' | 'kind'>): Paragraph => ({
      kind: 'paragraph',
      number: ++paraNo,
      ...p,
    });

    // Chapter I
    const introBlocks: (HeadingBlock | Paragraph)[] = [];
    for (const p of this.introduction(itemTitle, families)) introBlocks.push(number(p));
    chapters.push({ number: 'I', title: 'Introduction', blocks: introBlocks });

    // Chapter II (content built lazily: the cross-reference needs the number of chapter III's paragraph)
    const sections = families.map((f, i) => ({ f, letter: letter(i + 1), pending: this.section(f) }));
    const adopted = sections.filter((s) => this.isAdopted(s.f));
    const resolutions = adopted.filter((s) => s.f.final.kind !== 'decision');
    const decisions = adopted.filter((s) => s.f.final.kind === 'decision');
    const numeral = new Map<DraftInput, string>();
    resolutions.forEach((s, i) => numeral.set(s.f.final, resolutions.length === 1 ? '' : roman(i + 1)));
    decisions.forEach((s, i) => numeral.set(s.f.final, decisions.length === 1 ? '' : roman(i + 1)));

    const countII = sections.reduce((n, s) => n + s.pending.length, 0);
    const reco: RecoRefs = {
      resolutions: resolutions.length ? paraNo + countII + 1 : 0,
      decisions: decisions.length ? paraNo + countII + (resolutions.length ? 2 : 1) : 0,
    };
    this.currentNumerals = numeral;

    const allDecisions = families.every((f) => f.final.kind === 'decision');
    const allResolutions = families.every((f) => f.final.kind !== 'decision');
    const chIITitle = this.fr
      ? allResolutions
        ? families.length === 1
          ? 'Examen du projet de résolution'
          : 'Examen de projets de résolution'
        : allDecisions
          ? 'Examen de projets de décision'
          : 'Examen des propositions'
      : 'Consideration of proposals';
    const iiBlocks: (HeadingBlock | Paragraph)[] = [];
    for (const s of sections) {
      iiBlocks.push({ kind: 'heading', level: 2, number: s.letter, text: this.sectionTitle(s.f) });
      for (const p of s.pending) {
        const para = number({
          content: typeof p.content === 'function' ? p.content(reco) : p.content,
          ...(p.vote ? { vote: p.vote } : {}),
        });
        for (const v of p.votes ?? []) v.paragraph = para.number;
        iiBlocks.push(para);
      }
    }
    if (families.length > 0) chapters.push({ number: 'II', title: chIITitle, blocks: iiBlocks });

    // Chapter III
    const recoDrafts = (list: typeof adopted) =>
      list.map((s) => this.recommended(s.f, numeral.get(s.f.final) ?? ''));
    const iiiBlocks: (HeadingBlock | Paragraph)[] = [];
    const iiiDrafts: NonNullable<Chapter['drafts']> = [];
    const committee = capitalize(this.com.the);
    if (resolutions.length) {
      const p = number({
        content: [
          this.t(
            this.fr
              ? `${committee} recommande à l’Assemblée générale d’adopter ${resolutions.length > 1 ? 'les projets de résolution suivants' : 'le projet de résolution suivant'} :`
              : `${committee} recommends to the General Assembly the adoption of the following draft resolution${resolutions.length > 1 ? 's' : ''}:`,
          ),
        ],
      });
      iiiBlocks.push(p);
      iiiDrafts.push({ afterParagraph: p.number, drafts: recoDrafts(resolutions) });
    }
    if (decisions.length) {
      const also = resolutions.length ? (this.fr ? ' également' : ' also') : '';
      const p = number({
        content: [
          this.t(
            this.fr
              ? `${committee} recommande${also} à l’Assemblée générale d’adopter ${decisions.length > 1 ? 'les projets de décision suivants' : 'le projet de décision suivant'} :`
              : `${committee}${also} recommends to the General Assembly the adoption of the following draft decision${decisions.length > 1 ? 's' : ''}:`,
          ),
        ],
      });
      iiiBlocks.push(p);
      iiiDrafts.push({ afterParagraph: p.number, drafts: recoDrafts(decisions) });
    }
    if (adopted.length)
      chapters.push({
        number: 'III',
        title: this.fr ? `Recommandations ${this.com.ofThe}` : `Recommendations ${this.com.ofThe}`,
        blocks: iiiBlocks,
        drafts: iiiDrafts,
      });

    const annexes = this.annexes();
    const symbol = this.symbol ?? `A/${d.session}/…`;
    return {
      lang: this.lang,
      session: d.session,
      committee: { code: d.committee, name: this.com.name, nameShort: this.com.name },
      agendaItem: { number: this.item.number, title: coverTitle },
      symbol,
      cover: {
        body: this.fr ? 'Assemblée générale' : 'General Assembly',
        sessionLine: capitalize(`${sessionOrdinal(d.session, this.lang)} session`),
        itemLine: this.fr
          ? `Point ${this.item.number} de l’ordre du jour`
          : `Agenda item ${this.item.number}`,
        title: coverTitle,
        subtitle: this.fr ? `Rapport ${this.com.ofThe}` : `Report ${this.com.ofThe}`,
        ...this.coverExtras(symbol),
      },
      chapters,
      footnotes: this.bodyFootnotes,
      annexes,
      votes: this.votes,
      delegations: [...this.names.used.values()].map((n: Named) => ({
        code: n.code,
        name: this.names.list(n),
        kind: n.kind,
      })),
      warnings: this.w.list,
    };
  }

  private currentNumerals = new Map<DraftInput, string>();

  /** The number of the item a sub-item belongs to (`70` for `70 (b)`), or undefined for an item. */
  private parentNumber(): string | undefined {
    return /^(\d+) \([a-z]+\)$/.exec(this.item.number)?.[1];
  }

  /** The title of the item a sub-item belongs to: from the dossier's item, else the sub-item's `parentTitle`. */
  private parentTitle(): string | undefined {
    const base = this.parentNumber();
    if (base === undefined) return undefined;
    const it = this.dossier.agendaItems.find((a) => a.number === base);
    const t = it?.title ?? this.item.parentTitle;
    if (!t) {
      this.w.add(
        `${this.itemPath()}.parentTitle`,
        `the record does not give the title of item ${base}, to which the sub-item belongs; the sub-item is printed without it`,
      );
      return undefined;
    }
    return this.t(this.bilingual(t, it ? `agendaItems[${base}].title` : `${this.itemPath()}.parentTitle`));
  }

  /** The Rapporteur's line and the note of a report issued in parts (`A/62/439` and `Add.1`–`Add.6`). */
  private coverExtras(symbol: string): { rapporteur?: string; partsNote?: string } {
    const r = this.item.report;
    const out: { rapporteur?: string; partsNote?: string } = {};
    if (r?.rapporteur) {
      const n = this.names.resolve(
        r.rapporteur.delegation,
        `${this.itemPath()}.report.rapporteur.delegation`,
      );
      out.rapporteur = this.t(
        `Rapporteur${this.fr ? ' :' : ':'} ${r.rapporteur.name} (${this.names.list(n)})`,
      );
    }
    if (r?.parts !== undefined && r.parts > 1) {
      const base = symbol.replace(/\/Add\.\d+$/, '');
      const last = r.parts - 1;
      const adds = last === 1 ? 'Add.1' : this.fr ? `Add.1 à ${last}` : `Add.1-${last}`;
      out.partsNote = this.t(
        this.fr
          ? `Le rapport de la Commission sur cette question est publié en ${cardinal(r.parts, 'fr')} parties, sous la cote ${base} et ${adds}.`
          : `The report of the Committee on this item is being issued in ${cardinal(r.parts, 'en')} parts, under the symbol ${base} and ${adds}.`,
      );
    }
    return out;
  }

  // ───────────────────────────── families and order ─────────────────────────────

  private families(): Family[] {
    const drafts = this.dossier.drafts.filter((dr) => dr.agendaItem === this.item.number);
    const bySymbol = new Map(drafts.map((dr) => [dr.symbol, dr]));
    const revisedBy = new Map<string, DraftInput>();
    for (const dr of drafts) if (dr.revises) revisedBy.set(dr.revises, dr);
    const amendments = drafts.filter((dr) => dr.kind === 'amendment');
    const out: Family[] = [];
    drafts.forEach((dr, order) => {
      if (dr.kind === 'amendment' || revisedBy.has(dr.symbol)) return;
      if (dr.status === 'informal') return;
      const versions: DraftInput[] = [];
      let cur: DraftInput | undefined = dr;
      const seen = new Set<string>();
      while (cur && !seen.has(cur.symbol)) {
        seen.add(cur.symbol);
        versions.unshift(cur);
        cur = cur.revises ? bySymbol.get(cur.revises) : undefined;
      }
      const symbols = new Set(versions.map((v) => v.symbol));
      const amends = amendments.filter((a) => a.amends !== undefined && symbols.has(a.amends));
      const acts = [...versions, ...amends].flatMap((v) => v.actions ?? []);
      const path = `drafts[${dr.symbol}]`;
      if (acts.length === 0 && !['adopted', 'rejected', 'withdrawn', 'deferred'].includes(dr.status ?? '')) {
        this.w.add(`${path}.actions`, 'no action on the draft in the record; it is left out of the report');
        return;
      }
      const decisive = (dr.actions ?? []).filter(
        (a) =>
          ['adoption', 'rejection', 'withdrawal', 'deferral'].includes(a.type) ||
          (a.type === 'vote' && a.on === 'draft'),
      );
      const decisionMeeting = decisive.length
        ? Math.max(...decisive.map((a) => a.meeting))
        : acts.length
          ? Math.max(...acts.map((a) => a.meeting))
          : Number.POSITIVE_INFINITY;
      out.push({ final: dr, versions, amendments: amends, order, decisionMeeting });
    });
    for (const a of amendments) {
      if (!a.amends || !drafts.some((dr) => dr.symbol === a.amends))
        this.w.add(
          `drafts[${a.symbol}].amends`,
          `the amendment does not name a draft of this agenda item${a.amends ? ` (${a.amends})` : ''}; it is left out`,
        );
    }
    return out.sort((a, b) => a.decisionMeeting - b.decisionMeeting || a.order - b.order);
  }

  private outcome(f: Family): 'adopted' | 'rejected' | 'withdrawn' | 'deferred' | 'pending' {
    const acts = f.final.actions ?? [];
    for (let i = acts.length - 1; i >= 0; i--) {
      const a = acts[i]!;
      if (a.type === 'adoption') return 'adopted';
      if (a.type === 'rejection') return 'rejected';
      if (a.type === 'withdrawal') return 'withdrawn';
      if (a.type === 'vote' && a.on === 'draft')
        return this.voteOutcome(a) === 'adopted' ? 'adopted' : 'rejected';
    }
    if (acts.some((a) => a.type === 'deferral')) return 'deferred';
    const st = f.final.status;
    if (st === 'adopted' || st === 'rejected' || st === 'withdrawn' || st === 'deferred') return st;
    return 'pending';
  }

  private isAdopted(f: Family): boolean {
    return this.outcome(f) === 'adopted';
  }

  private voteOutcome(
    v: Extract<ActionInput, { type: 'vote' }>,
  ): 'adopted' | 'rejected' | 'retained' | 'deleted' {
    if (v.result) return v.result;
    const c = this.counts(v);
    const passed = c.yes > c.no;
    if (v.on === 'paragraph') return passed ? 'retained' : 'deleted';
    return passed ? 'adopted' : 'rejected';
  }

  private counts(v: Extract<ActionInput, { type: 'vote' }>): { yes: number; no: number; abstain: number } {
    if (v.recorded)
      return { yes: v.recorded.yes.length, no: v.recorded.no.length, abstain: v.recorded.abstain.length };
    return v.counts ?? { yes: 0, no: 0, abstain: 0 };
  }

  private kindWord(dr: DraftInput): { fr: string; en: string } {
    return dr.kind === 'decision'
      ? { fr: 'projet de décision', en: 'draft decision' }
      : { fr: 'projet de résolution', en: 'draft resolution' };
  }

  private sectionTitle(f: Family): string {
    const k = this.kindWord(f.final);
    const shown = f.versions
      .filter((v) => v === f.final || (v.actions ?? []).length > 0)
      .map((v) => v.symbol);
    if (shown.length > 1) {
      return this.fr
        ? `${capitalize(k.fr.replace('projet', 'projets'))} ${joinWords(shown, 'fr')}`
        : `${capitalize(k.en)}s ${joinWords(shown, 'en')}`;
    }
    return this.fr ? `${capitalize(k.fr)} ${f.final.symbol}` : `${capitalize(k.en)} ${f.final.symbol}`;
  }

  // ───────────────────────────── chapter I ─────────────────────────────

  private introduction(itemTitle: string, families: Family[]): Omit<Paragraph, 'number' | 'kind'>[] {
    const out: Omit<Paragraph, 'number' | 'kind'>[] = [];
    const d = this.dossier;
    const fr = this.fr;
    const session = sessionOrdinal(d.session, this.lang);
    const sub = / \(/.test(this.item.number);
    const parent = this.parentTitle();
    const al = this.item.allocation;
    if (!al)
      this.w.add(
        `${this.itemPath()}.allocation`,
        'the record does not say when the plenary allocated the item; the first paragraph is printed without the meeting and date',
      );
    const bureau = al?.onRecommendationOfGeneralCommittee !== false;
    if (fr) {
      const lead = al
        ? `À sa ${frOrdinal(al.plenaryMeeting)} séance plénière, le ${formatDate(al.date, 'fr', { year: true })}, l’Assemblée générale a décidé`
        : 'L’Assemblée générale a décidé';
      out.push({
        content: [
          this.t(
            `${lead}${bureau && al ? ', sur la recommandation du Bureau,' : ''} d’inscrire à l’ordre du jour de sa ${session} session${parent ? `, au titre de la question intitulée ${quote(parent, 'fr')},` : ''} ${sub ? 'la question subsidiaire intitulée' : 'la question intitulée'} ${quote(itemTitle, 'fr')} et de la renvoyer ${this.com.toThe}.`,
          ),
        ],
      });
    } else {
      const lead = al
        ? `At its ${enOrdinal(al.plenaryMeeting)} plenary meeting, on ${formatDate(al.date, 'en', { year: true })}, the General Assembly`
        : 'The General Assembly';
      out.push({
        content: [
          this.t(
            `${lead}${bureau && al ? ', on the recommendation of the General Committee,' : ''} decided to include in the agenda of its ${session} session${parent ? `, under the item entitled ${quote(parent, 'en')},` : ''} the ${sub ? 'sub-item' : 'item'} entitled ${quote(itemTitle, 'en')} and to allocate it ${this.com.toThe}.`,
          ),
        ],
      });
    }

    // Par. 2: meetings, summary records, general debate.
    const actionMeetings = new Set<number>();
    for (const f of families)
      for (const v of [...f.versions, ...f.amendments])
        for (const a of v.actions ?? []) actionMeetings.add(a.meeting);
    for (const m of this.formal.values())
      if (m.purpose === 'action' && this.concernsItem(m)) actionMeetings.add(m.number);
    // Interactive dialogues held at formal meetings are part of the general discussion (sub-items of « Promotion and
    // protection of human rights »: « held a general discussion … at its 22nd to 33rd meetings », the 22nd a dialogue).
    const gd = [...this.formal.values()]
      .filter((m) => (m.purpose === 'general-debate' || m.purpose === 'dialogue') && this.concernsItem(m))
      .map((m) => m.number);
    const virtual = this.dossier.meetings.filter(
      (m) => m.kind === 'informal-virtual' && this.concernsItem(m),
    );
    const firstMeeting = [...this.formal.keys()].sort((a, b) => a - b)[0];
    const orgOfWork = (withDate: boolean, article: 'sa' | 'la') => {
      if (firstMeeting === undefined)
        return fr ? 'Conformément à l’organisation des travaux' : 'Pursuant to the organization of work';
      const date = withDate ? this.meetingDate(firstMeeting, 'the organization of work') : undefined;
      return fr
        ? `Conformément à l’organisation des travaux adoptée à ${article} ${frOrdinal(firstMeeting)} séance${date ? `, le ${formatDate(date, 'fr')}` : ''}`
        : `Pursuant to the organization of work adopted at ${article === 'sa' ? 'its' : 'the'} ${enOrdinal(firstMeeting)} meeting${date ? `, on ${formatDate(date, 'en')}` : ''}`;
    };
    const year = this.yearStyle() !== 'none';
    const datesOf = (ns: number[], from: string) => {
      const dates = ns.map((n) => this.meetingDate(n, from)).filter((x): x is string => x !== undefined);
      return dates.length ? `, ${fr ? '' : 'on '}${groupDates(dates, this.lang, { year })}` : '';
    };
    const p2: Inline[] = [];
    const am = [...actionMeetings].sort((a, b) => a - b);
    const base = this.parentNumber();
    let subDone = false;
    if (base !== undefined && gd.length) {
      // A sub-item: one sentence for the general discussion (held jointly with the other sub-items debated at the
      // same meetings) and the action; one footnote for all the summary records.
      const gds = [...gd].sort((a, b) => a - b);
      const joint = [
        ...new Set(
          [...this.formal.values()]
            .filter((m) => gds.includes(m.number))
            .flatMap((m) => m.agendaItems ?? [])
            .filter((n) => n !== this.item.number && n.startsWith(`${base} (`)),
        ),
      ].sort();
      const letters = joint.map((n) => /\(([a-z]+)\)$/.exec(n)![1]!);
      const own = /\(([a-z]+)\)$/.exec(this.item.number)![1]!;
      const subLabel = (l: string) => (fr ? `${l})` : `(${l})`);
      const jointText = joint.length
        ? fr
          ? ` conjointement avec les questions subsidiaires ${base} ${joinWords(letters.map(subLabel), 'fr')}`
          : ` jointly with sub-items ${base} ${joinWords(letters.map(subLabel), 'en')}`
        : '';
      const all = [...new Set([...gds, ...am])].sort((a, b) => a - b);
      const fn = this.bodyFootnote(
        `${fr ? 'Voir' : 'See'} ${joinWords(
          all.map((n) => this.summaryRecord(n)),
          this.lang,
        )}.`,
      );
      const the = capitalize(this.com.the);
      const action = am.length
        ? fr
          ? `, et s’est prononcée sur la question subsidiaire ${subLabel(own)} ${atMeetings(am, 'fr')}${datesOf(am, 'the action on the sub-item')}`
          : `, and took action on sub-item ${subLabel(own)} ${atMeetings(am, 'en')}${datesOf(am, 'the action on the sub-item')}`
        : '';
      if (fr)
        p2.push(
          this.t(
            `${the} a tenu un débat général sur la question subsidiaire${jointText} ${atMeetings(gds, 'fr')}${datesOf(gds, 'the general debate')}${action}. Ses débats sont consignés dans les comptes rendus analytiques correspondants`,
          ),
          { fn },
          '.',
        );
      else
        p2.push(
          this.t(
            `${the} held a general discussion on the sub-item${jointText} ${atMeetings(gds, 'en')}${datesOf(gds, 'the general debate')}${action}. An account of the Committee’s consideration is contained in the relevant summary records.`,
          ),
          { fn },
        );
      subDone = true;
    }
    if (am.length && !subDone) {
      const fn = this.bodyFootnote(
        `${fr ? 'Voir' : 'See'} ${joinWords(
          am.map((n) => this.summaryRecord(n)),
          this.lang,
        )}.`,
      );
      if (fr) {
        p2.push(
          this.t(
            `La Commission a examiné un projet de texte relatif à la question et s’est prononcée à son sujet ${atMeetings(am, 'fr')}${datesOf(am, 'the consideration of the item')}. Ses débats sont consignés dans les comptes rendus analytiques correspondants`,
          ),
          { fn },
          '.',
        );
      } else {
        p2.push(
          this.t(
            `The Committee considered the item and took action on it ${atMeetings(am, 'en')}${datesOf(am, 'the consideration of the item')}. An account of the discussion is contained in the relevant summary records.`,
          ),
          { fn },
        );
      }
    }
    if (gd.length && !subDone) {
      const gds = gd.sort((a, b) => a - b);
      let note = `${fr ? 'Voir' : 'See'} ${joinWords(
        gds.map((n) => this.summaryRecord(n)),
        this.lang,
      )}.`;
      if (virtual.length) {
        note += fr
          ? ` ${orgOfWork(true, 'sa')}, les textes des déclarations reçus par le Secrétariat pour être chargés dans le référentiel eStatements sont disponibles à l’adresse suivante : https://journal.un.org/.`
          : ` ${orgOfWork(true, 'sa')}, the texts of statements received by the Secretariat for uploading to the eStatements repository are available at https://journal.un.org/.`;
      }
      const fn = this.bodyFootnote(this.t(note));
      const sentence = fr
        ? `On se référera aussi au débat général que la Commission a tenu ${atMeetings(gds, 'fr')}${datesOf(gds, 'the general debate')}`
        : `Attention is also drawn to the general debate held by the Committee ${atMeetings(gds, 'en')}${datesOf(gds, 'the general debate')}.`;
      if (p2.length) p2.push(' ');
      if (fr) p2.push(this.t(sentence), { fn }, '.');
      else p2.push(this.t(sentence), { fn });
    }
    if (p2.length) out.push({ content: p2 });

    // Par. 3–4: the informal virtual meeting and e-deleGATE (pandemic arrangements).
    if (virtual.length) {
      const related = [
        ...new Set(virtual.flatMap((m) => m.agendaItems ?? []).concat(this.item.relatedItems ?? [])),
      ].filter((n) => n !== this.item.number);
      const relTitles = related.map((n) => {
        const it = this.dossier.agendaItems.find((a) => a.number === n);
        if (!it) {
          this.w.add(
            `agendaItems[${n}]`,
            `item ${n}, taken up jointly with item ${this.item.number}, is not in the record; its title is missing`,
          );
          return quote('…', this.lang);
        }
        return quote(this.t(this.bilingual(it.title, `agendaItems[${n}].title`)), this.lang);
      });
      const plural = virtual.length > 1;
      let joint = '';
      if (related.length === 1)
        joint = fr
          ? ` en même temps que sur le point ${related[0]} de l’ordre du jour, intitulé ${relTitles[0]}`
          : `, jointly with agenda item ${related[0]}, entitled ${relTitles[0]}`;
      else if (related.length > 1)
        joint = fr
          ? ` en même temps que sur les points ${joinWords(related, 'fr')} de l’ordre du jour, respectivement intitulés ${joinWords(relTitles, 'fr')}`
          : `, jointly with agenda items ${joinWords(related, 'en')}, entitled ${joinWords(relTitles, 'en')}, respectively`;
      const text = fr
        ? `${orgOfWork(true, 'sa')}, et compte tenu des répercussions que la pandémie de maladie à coronavirus (COVID-19) a sur ses modalités de travail à la ${session} session de l’Assemblée générale et des solutions qui s’offrent à elle dans l’intervalle sur le plan technique et du point de vue de la procédure, la Commission a tenu ${plural ? 'des séances informelles virtuelles' : 'une séance informelle virtuelle'} pour entendre une déclaration liminaire et avoir un dialogue interactif sur la question${joint}. Le compte rendu de la séance informelle virtuelle figure à l’annexe du présent document.`
        : `${orgOfWork(true, 'sa')}, and in view of the impact of the coronavirus disease (COVID-19) pandemic on its working modalities at the ${session} session of the General Assembly and the interim technical and procedural solutions available to it, the Committee held ${plural ? 'informal virtual meetings' : 'an informal virtual meeting'} to hear an introductory statement and to hold an interactive dialogue on the item${joint}. The record of the informal virtual meeting is contained in the annex to the present document.`;
      out.push({ content: [this.t(text)] });
      if (gd.length) {
        out.push({
          content: [
            this.t(
              fr
                ? `Toujours ${orgOfWork(false, 'la').replace(/^Conformément/, 'conformément')}, les déclarations reçues par le Secrétariat en lieu et place de la tenue des discussions générales en présentiel au titre de ce point de l’ordre du jour peuvent être consultées sur le portail e-deleGATE, dans l’${this.com.space}.`
                : `Also ${orgOfWork(false, 'la').replace(/^Pursuant/, 'pursuant')}, statements received by the Secretariat in lieu of in-person general discussion under this agenda item are available on the e-deleGATE portal, in the ${this.com.space}.`,
            ),
          ],
        });
      }
    }

    // Par. 5: documents.
    const docs = this.item.documents ?? [];
    const partOf =
      this.symbol && /\/Add\.\d+$/.test(this.symbol) ? this.symbol.replace(/\/Add\.\d+$/, '') : undefined;
    if (docs.length === 0 && partOf) {
      // A part of a report issued in parts: the documents are listed in the first part.
      out.push({
        content: [
          this.t(
            fr
              ? `Pour les documents dont la Commission était saisie au titre de cette ${sub ? 'question subsidiaire' : 'question'}, voir ${partOf}.`
              : `For the documents before the Committee under this ${sub ? 'sub-item' : 'item'}, see ${partOf}.`,
          ),
        ],
      });
    } else if (docs.length === 0) {
      this.w.add(
        `${this.itemPath()}.documents`,
        'the record lists no documents before the Committee; the paragraph is left out',
      );
    } else {
      const intro = fr
        ? `Pour l’examen de la question, la Commission était saisie ${docs.length > 1 ? 'des documents suivants' : 'du document suivant'} :`
        : `For its consideration of the item, the Committee had before it the following document${docs.length > 1 ? 's' : ''}:`;
      out.push({
        content: [this.t(intro)],
        items: docs.map((doc, i) => {
          const last = i === docs.length - 1;
          const title = this.bilingual(doc.title, `${this.itemPath()}.documents[${doc.symbol}].title`);
          return {
            label:
              docs.length === 1
                ? ''
                : fr
                  ? `${letter(i + 1).toLowerCase()})`
                  : `(${letter(i + 1).toLowerCase()})`,
            content: [this.t(`${title} (${doc.symbol})${last ? '.' : fr ? ' ;' : ';'}`)],
          };
        }),
      });
    }
    out.push(...this.dialogues());
    return out;
  }

  /**
   * Formal meetings held for an interactive dialogue on the item (reports on sub-items of « Promotion and protection
   * of human rights »): one paragraph each, « At the 22nd meeting, on 24 October, the High Commissioner … addressed
   * the Committee and engaged in a dialogue with the representatives of … (see A/C.3/62/SR.22). » Successive
   * dialogues at one meeting open with « At the same meeting ».
   */
  private dialogues(): Omit<Paragraph, 'number' | 'kind'>[] {
    const fr = this.fr;
    const out: Omit<Paragraph, 'number' | 'kind'>[] = [];
    const list = [...this.formal.values()]
      .filter((m) => m.purpose === 'dialogue' && this.concernsItem(m))
      .sort((a, b) => a.number - b.number);
    for (const m of list) {
      const path = `meetings[${m.number}]`;
      const date = this.meetingDate(m.number, path);
      const year = this.yearStyle() === 'all';
      const lead = fr
        ? `À la ${frOrdinal(m.number, 'f')} séance${date ? `, le ${formatDate(date, 'fr', { year })}` : ''}`
        : `At the ${enOrdinal(m.number)} meeting${date ? `, on ${formatDate(date, 'en', { year })}` : ''}`;
      const who = m.openingStatementBy
        ? this.bilingual(m.openingStatementBy, `${path}.openingStatementBy`)
        : undefined;
      if (!who) {
        this.w.add(`${path}.openingStatementBy`, 'the record does not say who addressed the Committee');
        continue;
      }
      const withWhom = m.dialogueWith ?? [];
      const sr = this.summaryRecord(m.number);
      const dialogue = withWhom.length
        ? fr
          ? ` et a dialogué avec les représentants ${this.speakersOf(withWhom, `${path}.dialogueWith`)}`
          : ` and engaged in a dialogue with the representatives of ${this.speakersOf(withWhom, `${path}.dialogueWith`)}`
        : '';
      out.push({
        content: [
          this.t(
            fr
              ? `${lead}, ${who} a fait une déclaration liminaire${dialogue} (voir ${sr}).`
              : `${lead}, ${who} addressed the Committee${dialogue} (see ${sr}).`,
          ),
        ],
      });
    }
    return out;
  }

  private bodyFootnote(text: string): number {
    const n = this.bodyFootnotes.length + 1;
    this.bodyFootnotes.push({ n, text: this.t(text) });
    return n;
  }

  // ───────────────────────────── chapter II ─────────────────────────────

  private section(f: Family): Pending[] {
    const out: Pending[] = [];
    const ctx = { meeting: undefined as number | undefined, idx: 0 };
    const open = (m: number, from: string): string => {
      if (ctx.meeting === m) {
        const chain = CHAIN[this.lang];
        return chain[ctx.idx++ % chain.length]!;
      }
      ctx.meeting = m;
      ctx.idx = 0;
      return this.opener(m, from);
    };
    const fr = this.fr;
    const final = f.final;
    const fpath = `drafts[${final.symbol}]`;
    const k = this.kindWord(final);
    const kw = fr ? k.fr : k.en;

    // Earlier versions that the record shows action on, then the final version.
    f.versions.forEach((v) => {
      const isFinal = v === final;
      const vpath = `drafts[${v.symbol}]`;
      const subject: Subject = { kind: 'draft', draft: v, path: vpath };
      const acts: Act[] = (v.actions ?? [])
        .map((a, i) => ({ ...a, path: `${vpath}.actions[${i}]`, subject }))
        // In the order of the meetings; the record's order within a meeting.
        .sort((a, b) => a.meeting - b.meeting);
      if (!isFinal && acts.length === 0) return;
      const firstMeeting = acts.length ? Math.min(...acts.map((a) => a.meeting)) : undefined;
      out.push(...this.submission(v, firstMeeting, open, f.versions.indexOf(v) > 0));
      if (isFinal) {
        // Amendments come before the first decision on the draft (or at the end). Paragraphs are built in the order
        // they are printed, so that « At the same meeting » / « Also at the same meeting » follow the print order.
        const firstDecision = acts.findIndex(
          (a) =>
            a.type === 'adoption' || a.type === 'rejection' || (a.type === 'vote' && a.on !== 'paragraph'),
        );
        const before = firstDecision === -1 ? acts : acts.slice(0, firstDecision);
        const after = firstDecision === -1 ? [] : acts.slice(firstDecision);
        const buffer: StatementAct[] = [];
        out.push(...this.actions(before, subject, open, buffer, f, false));
        out.push(...this.joinedAtMeeting(v, after[0]?.meeting ?? firstMeeting, open));
        out.push(...f.amendments.flatMap((a) => this.amendmentParas(a, final, open)));
        out.push(...this.actions(after, subject, open, buffer, f, true));
        const hasDecision = acts.some(
          (a) => a.type === 'adoption' || a.type === 'rejection' || (a.type === 'vote' && a.on === 'draft'),
        );
        if (!hasDecision && (final.status === 'adopted' || final.status === 'rejected')) {
          this.w.add(
            `${fpath}.actions`,
            `the draft is ${final.status} according to its status, but the record has no ${final.status === 'adopted' ? 'adoption' : 'rejection'}; the meeting is not known`,
          );
          out.push(
            this.decisionPara(
              final,
              final.status === 'adopted' ? 'adopted' : 'rejected',
              undefined,
              undefined,
              subject,
              '',
              f,
            ),
          );
          out.push(...this.flushStatements(buffer, subject, undefined));
        } else if (buffer.length) out.push(...this.flushStatements(buffer, subject, undefined));
      } else {
        const buffer: StatementAct[] = [];
        out.push(...this.actions(acts, subject, open, buffer, f, true));
        out.push(...this.flushStatements(buffer, subject, undefined));
      }
    });
    void kw;
    return out;
  }

  /** The paragraph that says how the draft came before the Committee. */
  private submission(
    v: DraftInput,
    meeting: number | undefined,
    open: (m: number, from: string) => string,
    laterVersion: boolean,
  ): Pending[] {
    const fr = this.fr;
    const path = `drafts[${v.symbol}]`;
    const title = this.t(this.bilingual(v.title, `${path}.title`));
    const k = this.kindWord(v);
    const revised = laterVersion || v.revises !== undefined || /\/Rev\.\d+$/.test(v.symbol);
    if (v.origin.kind === 'chair-on-ecosoc-recommendation') {
      const res = v.origin.ecosocResolution;
      return [
        {
          content: [
            this.t(
              fr
                ? `Dans sa résolution ${res}, le Conseil économique et social a recommandé à l’Assemblée générale d’adopter un ${k.fr} intitulé ${quote(title, 'fr')}. Le ${k.fr} a été déposé par le Président sur la recommandation du Conseil (${v.symbol}).`
                : `In its resolution ${res}, the Economic and Social Council recommended to the General Assembly the adoption of a ${k.en} entitled ${quote(title, 'en')}. The ${k.en} was submitted by the Chair on the recommendation of the Council (${v.symbol}).`,
            ),
          ],
        },
      ];
    }
    const lead = meeting !== undefined ? `${open(meeting, path)}, ` : '';
    const kindPhrase = fr
      ? `d’un ${k.fr}${revised ? ' révisé' : ''} intitulé ${quote(title, 'fr')} (${v.symbol})`
      : `a ${revised ? 'revised ' : ''}${k.en} entitled ${quote(title, 'en')} (${v.symbol})`;
    if (v.origin.kind === 'chair') {
      return [
        {
          content: [
            this.t(
              fr
                ? `${lead ? lead + 'la' : 'La'} Commission était saisie ${kindPhrase}, déposé par le Président.`
                : `${lead ? lead + 'the' : 'The'} Committee had before it ${kindPhrase}, submitted by the Chair.`,
            ),
          ],
        },
      ];
    }
    const { main, additional } = this.sponsors(v);
    if (main.length === 0) this.w.add(`${path}.mainSponsors`, 'the record names no sponsor of the draft');
    let by: string;
    if (main.length === 1) by = this.names.subject(main[0]!);
    else
      by = fr
        ? `les pays suivants : ${joinWords(
            main.map((n) => this.names.inList(n)),
            'fr',
          )}`
        : joinWords(
            main.map((n) => this.names.inList(n)),
            'en',
          );
    if (v.onBehalfOfGroup && main.length === 1)
      by += fr
        ? `, au nom ${this.names.groupOf(v.onBehalfOfGroup, `${path}.onBehalfOfGroup`)}`
        : `, on behalf of ${this.names.groupOf(v.onBehalfOfGroup, `${path}.onBehalfOfGroup`)}`;
    let s = fr
      ? `${lead ? lead + 'la' : 'La'} Commission était saisie ${kindPhrase}, déposé par ${main.length ? by : '…'}.`
      : `${lead ? lead + 'the' : 'The'} Committee had before it ${kindPhrase}, submitted by ${main.length ? by : '…'}.`;
    if (additional.length) {
      const list = joinWords(
        additional.map((n) => this.names.inList(n)),
        this.lang,
      );
      s += fr
        ? additional.length === 1
          ? ` Par la suite, le pays suivant s’est joint aux auteurs du ${k.fr} : ${list}.`
          : ` Par la suite, les pays suivants se sont joints aux auteurs du ${k.fr} : ${list}.`
        : ` Subsequently, ${list} joined in sponsoring the ${k.en}.`;
    }
    return [{ content: [this.t(s)] }];
  }

  /**
   * Sponsors who joined at the meeting of action, in their own paragraph (« At the same meeting, … joined in
   * sponsoring the draft resolution. »), apart from those who joined subsequently.
   */
  private joinedAtMeeting(
    v: DraftInput,
    meeting: number | undefined,
    open: (m: number, from: string) => string,
  ): Pending[] {
    const path = `drafts[${v.symbol}].joinedAtMeeting`;
    const list = this.names.sort(
      (v.joinedAtMeeting ?? []).map((r, i) => this.names.resolve(r, `${path}[${i}]`)),
    );
    if (list.length === 0) return [];
    if (meeting === undefined) {
      this.w.add(path, 'the record has no meeting of action; the sponsors who joined at it are not told');
      return [];
    }
    const k = this.kindWord(v);
    const names = joinWords(
      list.map((n) => this.names.inList(n)),
      this.lang,
    );
    const s = this.fr
      ? list.length === 1
        ? `${open(meeting, path)}, ${names} s’est joint aux auteurs du ${k.fr}.`
        : `${open(meeting, path)}, les pays suivants se sont joints aux auteurs du ${k.fr} : ${names}.`
      : `${open(meeting, path)}, ${names} joined in sponsoring the ${k.en}.`;
    return [{ content: [this.t(s)] }];
  }

  /** Main and additional sponsors, sorted in the language's order (the history wins over the lists). */
  private sponsors(v: DraftInput): { main: Named[]; additional: Named[] } {
    const path = `drafts[${v.symbol}]`;
    let main: string[];
    let additional: string[];
    if (v.sponsorship && v.sponsorship.length) {
      // Resolve first so that a code and a name for the same delegation count once.
      const events = v.sponsorship.map((e, i) => ({
        ...e,
        delegation: this.names.resolve(e.delegation, `${path}.sponsorship[${i}].delegation`).code,
      }));
      ({ main, additional } = currentSponsors(events));
      const back = new Map(v.sponsorship.map((e, i) => [events[i]!.delegation, e.delegation]));
      main = main.map((c) => back.get(c) ?? c);
      additional = additional.map((c) => back.get(c) ?? c);
    } else {
      main = v.mainSponsors ?? [];
      additional = v.additionalSponsors ?? [];
    }
    const m = this.names.sort(main.map((r, i) => this.names.resolve(r, `${path}.mainSponsors[${i}]`)));
    // Those who joined at the meeting of action have their own paragraph; « subsequently » is for the others.
    const atMeeting = new Set(
      (v.joinedAtMeeting ?? []).map((r, i) => this.names.resolve(r, `${path}.joinedAtMeeting[${i}]`).code),
    );
    const a = this.names.sort(
      additional
        .map((r, i) => this.names.resolve(r, `${path}.additionalSponsors[${i}]`))
        .filter((n) => !atMeeting.has(n.code)),
    );
    return { main: m, additional: a };
  }

  private amendmentParas(
    a: DraftInput,
    parent: DraftInput,
    open: (m: number, from: string) => string,
  ): Pending[] {
    const fr = this.fr;
    const path = `drafts[${a.symbol}]`;
    const subject: Subject = { kind: 'amendment', draft: a, path };
    const acts: Act[] = (a.actions ?? []).map((x, i) => ({ ...x, path: `${path}.actions[${i}]`, subject }));
    const parentVote = (parent.actions ?? []).find(
      (x) => x.type === 'vote' && x.on === 'amendment' && x.target === a.symbol,
    );
    const meeting = acts.length ? Math.min(...acts.map((x) => x.meeting)) : parentVote?.meeting;
    // The opener is taken only when the paragraph is printed (it moves the rotation).

    const { main } = this.sponsors(a);
    const pk = this.kindWord(parent);
    const by =
      main.length === 1
        ? this.names.subject(main[0]!)
        : fr
          ? `les pays suivants : ${joinWords(
              main.map((n) => this.names.inList(n)),
              'fr',
            )}`
          : joinWords(
              main.map((n) => this.names.inList(n)),
              'en',
            );
    // An amendment is told once (rule 8): a vote recorded both on the amended draft (`on: 'amendment'`) and on the
    // amendment itself is told where the draft's record holds it, and the amendment's own vote, adoption or rejection
    // is then left out; an amendment that was only put to the vote is told in the one paragraph of the decision.
    const decisive = (x: Act) => x.type === 'vote' || x.type === 'adoption' || x.type === 'rejection';
    const own = parentVote ? acts.filter((x) => !decisive(x)) : acts;
    if (main.length) this.amendmentBy.set(a.symbol, by);
    if (own.every(decisive) && (parentVote !== undefined || own.some((x) => x.type === 'vote'))) {
      this.foldedAmendments.add(a.symbol);
      const out: Pending[] = [];
      out.push(...this.actions(own, subject, open, [], undefined, true));
      return out;
    }
    const lead = meeting !== undefined ? `${open(meeting, path)}, ` : '';
    const s = fr
      ? `${lead ? lead + 'la' : 'La'} Commission était saisie d’un projet d’amendement au ${pk.fr} ${parent.symbol} (${a.symbol})${main.length ? `, déposé par ${by}` : ''}.`
      : `${lead ? lead + 'the' : 'The'} Committee had before it a proposed amendment to ${pk.en} ${parent.symbol} (${a.symbol})${main.length ? `, submitted by ${by}` : ''}.`;
    const out: Pending[] = [{ content: [this.t(s)] }];
    const buffer: StatementAct[] = [];
    out.push(...this.actions(own, subject, open, buffer, undefined, true));
    if (!parentVote) out.push(...this.flushStatements(buffer, subject, undefined));
    else this.pendingAmendmentStatements.set(a.symbol, buffer);
    return out;
  }

  private pendingAmendmentStatements = new Map<string, StatementAct[]>();
  /** Amendments told in the one paragraph of their decision, and who submitted them. */
  private readonly foldedAmendments = new Set<string>();
  private readonly amendmentBy = new Map<string, string>();

  /** Tells a run of actions; statements before/after the decision are buffered and told after it. */
  private actions(
    acts: Act[],
    subject: Subject,
    open: (m: number, from: string) => string,
    buffer: StatementAct[],
    f: Family | undefined,
    _tail: boolean,
  ): Pending[] {
    const out: Pending[] = [];
    const fr = this.fr;
    const sk =
      subject.kind === 'amendment'
        ? { fr: 'projet d’amendement', en: 'proposed amendment' }
        : this.kindWord(subject.draft);
    const consumed = new Set<number>();
    /** Statements before/after the decision at index `i` that the record lists after it belong to it (rule 4). */
    const takeTrailing = (i: number) => {
      for (let j = i + 1; j < acts.length; j++) {
        const x = acts[j]!;
        if (x.type === 'adoption' || x.type === 'rejection' || (x.type === 'vote' && x.on === 'draft')) break;
        if (x.type === 'statement' && x.timing !== 'general') {
          buffer.push(x as StatementAct);
          consumed.add(j);
        }
      }
    };
    for (let i = 0; i < acts.length; i++) {
      if (consumed.has(i)) continue;
      const a = acts[i]!;
      switch (a.type) {
        case 'statement': {
          if (a.timing === 'general') out.push(this.generalStatement(a as StatementAct, open));
          else buffer.push(a as StatementAct);
          break;
        }
        case 'introduction': {
          const who = this.speakerOne(a.speaker, `${a.path}.speaker`);
          let behalf = '';
          if (a.onBehalfOf === 'sponsors') behalf = fr ? ' au nom des auteurs' : 'on behalf of the sponsors';
          else if (a.onBehalfOf)
            behalf = fr
              ? ` au nom ${this.names.groupOf(a.onBehalfOf, `${a.path}.onBehalfOf`)}`
              : `on behalf of ${this.names.groupOf(a.onBehalfOf, `${a.path}.onBehalfOf`)}`;
          const s = fr
            ? `${open(a.meeting, a.path)}, ${who} a présenté le ${sk.fr}${behalf}.`
            : `${open(a.meeting, a.path)}, ${who}${behalf ? `, ${behalf},` : ''} introduced the ${sk.en}.`;
          out.push({ content: [this.t(s)] });
          break;
        }
        case 'programme-budget-implications': {
          const s = a.document
            ? fr
              ? `${open(a.meeting, a.path)}, la Commission était saisie d’un état des incidences du ${sk.fr} sur le budget-programme, présenté par le Secrétaire général conformément à l’article 153 du règlement intérieur de l’Assemblée générale (${a.document}).`
              : `${open(a.meeting, a.path)}, the Committee had before it a statement of programme budget implications of the ${sk.en}, submitted by the Secretary-General in accordance with rule 153 of the rules of procedure of the General Assembly (${a.document}).`
            : fr
              ? `${open(a.meeting, a.path)}, le Secrétaire de la Commission a donné lecture d’un état des incidences du ${sk.fr} sur le budget-programme.`
              : `${open(a.meeting, a.path)}, the Secretary of the Committee read out a statement of the programme budget implications of the ${sk.en}.`;
          out.push({ content: [this.t(s)] });
          break;
        }
        case 'oral-revision': {
          // Consecutive revisions at one meeting by one speaker make one paragraph.
          let j = i;
          while (
            j + 1 < acts.length &&
            acts[j + 1]!.type === 'oral-revision' &&
            acts[j + 1]!.meeting === a.meeting &&
            (acts[j + 1] as typeof a).by?.delegation === a.by?.delegation
          )
            j++;
          i = j;
          const s = a.by
            ? fr
              ? `${open(a.meeting, a.path)}, ${this.speakerOne(a.by, `${a.path}.by`)} a révisé oralement le ${sk.fr}.`
              : `${open(a.meeting, a.path)}, ${this.speakerOne(a.by, `${a.path}.by`)} orally revised the ${sk.en}.`
            : fr
              ? `${open(a.meeting, a.path)}, le ${sk.fr} a été révisé oralement.`
              : `${open(a.meeting, a.path)}, the ${sk.en} was orally revised.`;
          out.push({ content: [this.t(s)] });
          break;
        }
        case 'vote': {
          const v = a as VoteAct;
          if (v.requestedBy) {
            const n = this.names.resolve(v.requestedBy, `${v.path}.requestedBy`);
            const on = this.voteTarget(v, subject, sk);
            const s = fr
              ? `${open(v.meeting, v.path)}, le représentant ${this.names.of(n)} a demandé ${v.recorded ? 'qu’il soit procédé à un vote enregistré sur' : 'que soit mis aux voix'} ${on}.`
              : `${open(v.meeting, v.path)}, the representative of ${this.names.of(n)} requested a ${v.recorded ? 'recorded ' : ''}vote on ${on}.`;
            out.push({ content: [this.t(s)] });
          }
          if (v.on === 'draft' && subject.kind === 'draft') {
            // Told together with the adoption or rejection that follows at the same meeting, if any.
            const next = acts.slice(i + 1).find((x) => x.type === 'adoption' || x.type === 'rejection');
            if (next && next.meeting === v.meeting) {
              const idx = acts.indexOf(next);
              // Tell actions between the vote and the decision first (rare), then the decision with the vote.
              out.push(...this.actions(acts.slice(i + 1, idx), subject, open, buffer, f, _tail));
              const outcome = next.type === 'adoption' ? 'adopted' : 'rejected';
              takeTrailing(idx);
              out.push(
                this.decisionPara(
                  subject.draft,
                  outcome,
                  next as Act,
                  v,
                  subject,
                  open(next.meeting, next.path),
                  f,
                ),
              );
              out.push(...this.flushStatements(buffer, subject, v));
              i = idx;
              break;
            }
            takeTrailing(i);
            out.push(
              this.decisionPara(
                subject.draft,
                this.voteOutcome(v) === 'adopted' ? 'adopted' : 'rejected',
                undefined,
                v,
                subject,
                open(v.meeting, v.path),
                f,
              ),
            );
            out.push(...this.flushStatements(buffer, subject, v));
            break;
          }
          if (v.on === 'amendment' || (v.on === 'draft' && subject.kind === 'amendment')) {
            out.push(this.amendmentDecision(v, subject, open));
            // The amendment's own adoption or rejection after its vote is the same decision: told once.
            if (subject.kind === 'amendment')
              for (let j = i + 1; j < acts.length; j++) {
                const x = acts[j]!;
                if (x.meeting !== v.meeting) break;
                if (x.type === 'adoption' || x.type === 'rejection') {
                  consumed.add(j);
                  break;
                }
              }
            const amd = v.on === 'amendment' ? v.target : subject.draft.symbol;
            const pending = amd ? this.pendingAmendmentStatements.get(amd) : undefined;
            if (pending && amd) {
              const amdDraft = this.dossier.drafts.find((d) => d.symbol === amd);
              out.push(
                ...this.flushStatements(
                  pending,
                  amdDraft ? { kind: 'amendment', draft: amdDraft, path: `drafts[${amd}]` } : subject,
                  v,
                ),
              );
              this.pendingAmendmentStatements.delete(amd);
            } else if (subject.kind === 'amendment') out.push(...this.flushStatements(buffer, subject, v));
            break;
          }
          // Vote on a paragraph.
          out.push(this.paragraphVote(v, subject, sk, open));
          break;
        }
        case 'adoption':
        case 'rejection': {
          takeTrailing(i);
          if (subject.kind === 'amendment') {
            const s = fr
              ? `${open(a.meeting, a.path)}, la Commission a ${a.type === 'adoption' ? 'adopté' : 'rejeté'} le projet d’amendement ${subject.draft.symbol}.`
              : `${open(a.meeting, a.path)}, the Committee ${a.type === 'adoption' ? 'adopted' : 'rejected'} the proposed amendment ${subject.draft.symbol}.`;
            out.push({ content: [this.t(s)] });
            out.push(...this.flushStatements(buffer, subject, undefined));
            break;
          }
          if (a.type === 'adoption' && a.method === 'vote')
            this.w.add(
              a.path,
              'the draft was adopted by a vote, but the record has no vote before the adoption at the same meeting; the figures are missing',
            );
          out.push(
            this.decisionPara(
              subject.draft,
              a.type === 'adoption' ? 'adopted' : 'rejected',
              a,
              undefined,
              subject,
              open(a.meeting, a.path),
              f,
            ),
          );
          out.push(
            ...this.flushStatements(buffer, subject, undefined, a.type === 'adoption' && a.method === 'vote'),
          );
          break;
        }
        case 'withdrawal': {
          const s = a.by
            ? fr
              ? `${open(a.meeting, a.path)}, ${this.speakerOne(a.by, `${a.path}.by`)} a retiré le ${sk.fr}.`
              : `${open(a.meeting, a.path)}, ${this.speakerOne(a.by, `${a.path}.by`)} withdrew the ${sk.en}.`
            : fr
              ? `${open(a.meeting, a.path)}, la Commission a été informée que le ${sk.fr} avait été retiré par ses auteurs.`
              : `${open(a.meeting, a.path)}, the Committee was informed that the ${sk.en} had been withdrawn by its sponsors.`;
          out.push({ content: [this.t(s)] });
          break;
        }
        case 'deferral': {
          const s = fr
            ? `${open(a.meeting, a.path)}, la Commission a décidé de reporter la suite à donner au ${sk.fr}${a.until ? ` à ${a.until}` : ''}.`
            : `${open(a.meeting, a.path)}, the Committee decided to defer action on the ${sk.en}${a.until ? ` until ${a.until}` : ''}.`;
          out.push({ content: [this.t(s)] });
          break;
        }
        case 'right-of-reply': {
          const sp = a.speakers;
          const s =
            sp.length === 1
              ? fr
                ? `${open(a.meeting, a.path)}, ${this.speakerOne(sp[0]!, `${a.path}.speakers[0]`)} a pris la parole pour exercer son droit de réponse.`
                : `${open(a.meeting, a.path)}, ${this.speakerOne(sp[0]!, `${a.path}.speakers[0]`)} made a statement in exercise of the right of reply.`
              : fr
                ? `${open(a.meeting, a.path)}, ${this.representatives(sp)} ${this.speakersOf(sp, `${a.path}.speakers`)} ont pris la parole pour exercer leur droit de réponse.`
                : `${open(a.meeting, a.path)}, statements in exercise of the right of reply were made by the representatives of ${this.speakersOf(sp, `${a.path}.speakers`)}.`;
          out.push({ content: [this.t(s)] });
          break;
        }
      }
    }
    return out;
  }

  private voteTarget(v: VoteAct, subject: Subject, sk: { fr: string; en: string }): string {
    const fr = this.fr;
    if (v.on === 'draft') return fr ? `le ${sk.fr}` : `the ${sk.en}`;
    if (v.on === 'amendment')
      return fr
        ? `le projet d’amendement ${v.target ?? ''}`.trim()
        : `the proposed amendment ${v.target ?? ''}`.trim();
    return this.paragraphName(v.target ?? '', subject, sk);
  }

  /** « le paragraphe 5 du dispositif du projet de résolution » / "operative paragraph 5 of the draft resolution". */
  private paragraphName(target: string, _subject: Subject, sk: { fr: string; en: string }): string {
    const ref = parseParaRef(target);
    const fr = this.fr;
    if (!ref || ref.part === 'title') return fr ? `le titre du ${sk.fr}` : `the title of the ${sk.en}`;
    const n = ref.n ?? 0;
    const subs = ref.sub.map((s, i) =>
      i % 2 === 1 ? roman(s + 1).toLowerCase() : letter(s + 1).toLowerCase(),
    );
    if (ref.part === 'PP') {
      return fr
        ? `le ${frOrdinalWords(n, 'm')} alinéa du préambule du ${sk.fr}`
        : `the ${enOrdinalWords(n)} preambular paragraph of the ${sk.en}`;
    }
    if (subs.length) {
      return fr
        ? `l’alinéa ${subs.map((s) => `${s})`).join(' ')} du paragraphe ${n} du dispositif du ${sk.fr}`
        : `operative paragraph ${n} ${subs.map((s) => `(${s})`).join(' ')} of the ${sk.en}`;
    }
    return fr ? `le paragraphe ${n} du dispositif du ${sk.fr}` : `operative paragraph ${n} of the ${sk.en}`;
  }

  private generalStatement(a: StatementAct, open: (m: number, from: string) => string): Pending {
    const fr = this.fr;
    const lead = open(a.meeting, a.path);
    const obs = a.observers ?? [];
    if (this.listForm(a.speakers, obs)) {
      const list =
        this.speakersBare(a.speakers, `${a.path}.speakers`) + this.observersTail(obs, `${a.path}.observers`);
      return {
        content: [
          this.t(
            fr
              ? `${lead}, des déclarations ont été faites par les représentants des pays suivants : ${list}.`
              : `${lead}, statements were made by the representatives of ${list}.`,
          ),
        ],
      };
    }
    const sp = a.speakers;
    const s =
      sp.length === 1
        ? fr
          ? `${lead}, ${this.speakerOne(sp[0]!, `${a.path}.speakers[0]`)} a fait une déclaration.`
          : `${lead}, ${this.speakerOne(sp[0]!, `${a.path}.speakers[0]`)} made a statement.`
        : fr
          ? `${lead}, ${this.representatives(sp)} ${this.speakersOf(sp, `${a.path}.speakers`)} ont fait des déclarations.`
          : `${lead}, statements were made by the representatives of ${this.speakersOf(sp, `${a.path}.speakers`)}.`;
    return { content: [this.t(s)] };
  }

  private listForm(speakers: SpeakerInput[], observers: SpeakerInput[]): boolean {
    return observers.length > 0 || speakers.length > SENTENCE_FORM_MAX || speakers.some(hasQualifier);
  }

  /** Statements before and after the decision, told after it (rule 4). */
  private flushStatements(
    buffer: StatementAct[],
    subject: Subject,
    vote: VoteAct | undefined,
    votedAnyway = false,
  ): Pending[] {
    if (buffer.length === 0) return [];
    const taken = buffer.splice(0, buffer.length);
    const fr = this.fr;
    const voted = vote !== undefined || votedAnyway;
    // Statements and statements in explanation of vote are different things (rule 4): the record says which; when it
    // does not, statements around a vote are explanations of vote and statements around an adoption without a vote
    // are statements.
    const isEov = (st: StatementAct) => st.kind === 'explanation-of-vote' || (st.kind === undefined && voted);
    const groups: {
      timing: 'before-action' | 'after-action';
      eov: boolean;
      speakers: SpeakerInput[];
      observers: SpeakerInput[];
      path: string;
    }[] = [];
    for (const timing of ['before-action', 'after-action'] as const) {
      for (const eovGroup of [false, true]) {
        const of = taken.filter((st) => st.timing === timing && isEov(st) === eovGroup);
        if (!of.length) continue;
        groups.push({
          timing,
          eov: eovGroup,
          speakers: of.flatMap((st) => st.speakers),
          observers: of.flatMap((st) => st.observers ?? []),
          path: `${of[0]!.path}.speakers`,
        });
      }
    }
    const amendment = subject.kind === 'amendment';
    const k = amendment
      ? { fr: 'projet d’amendement', en: 'proposed amendment' }
      : this.kindWord(subject.draft);
    const aroundVote = voted || taken.some(isEov);
    const lead = (timing: 'before-action' | 'after-action', second: boolean): string => {
      if (aroundVote || amendment) {
        const on = amendment ? (fr ? ' sur le projet d’amendement' : ' on the proposed amendment') : '';
        return fr
          ? `${timing === 'before-action' ? 'Avant' : 'Après'} le vote${on}`
          : `${timing === 'before-action' ? 'Before' : 'After'} the vote${on}`;
      }
      if (fr)
        return timing === 'before-action'
          ? `Avant l’adoption du ${k.fr}`
          : second
            ? 'Après son adoption'
            : `Après l’adoption du ${k.fr}`;
      return timing === 'before-action'
        ? `Before the adoption of the ${k.en}`
        : second
          ? 'After its adoption'
          : `After the adoption of the ${k.en}`;
    };
    const eovWords = fr ? ' au titre des explications de vote' : ' in explanation of vote';
    const out: Pending[] = [];
    let sentencePara: string[] | undefined;
    for (const g of groups) {
      const eov = g.eov ? eovWords : '';
      if (this.listForm(g.speakers, g.observers)) {
        sentencePara = undefined;
        const list =
          this.speakersBare(g.speakers, g.path) +
          this.observersTail(g.observers, g.path.replace(/speakers$/, 'observers'));
        out.push({
          content: [
            this.t(
              fr
                ? `${lead(g.timing, false)}, des déclarations${eov} ont été faites par les représentants des pays suivants : ${list}.`
                : `${lead(g.timing, false)}, statements${eov} were made by the representatives of ${list}.`,
            ),
          ],
        });
        continue;
      }
      const second = sentencePara !== undefined && sentencePara.length > 0;
      const l = lead(g.timing, second);
      const sp = g.speakers;
      const s =
        sp.length === 1
          ? fr
            ? `${l}, ${this.speakerOne(sp[0]!, `${g.path}[0]`)} a fait une déclaration${eov}.`
            : `${l}, ${this.speakerOne(sp[0]!, `${g.path}[0]`)} made a statement${eov}.`
          : fr
            ? `${l}, ${this.representatives(sp)} ${this.speakersOf(sp, g.path)} ont fait des déclarations${eov}.`
            : `${l}, statements${eov} were made by the representatives of ${this.speakersOf(sp, g.path)}.`;
      if (sentencePara) sentencePara.push(this.t(s));
      else {
        sentencePara = [this.t(s)];
        const ref = sentencePara;
        out.push({ content: () => [ref.join(' ')] });
      }
    }
    return out;
  }

  /** The adoption or rejection paragraph, with the vote if any. */
  private decisionPara(
    draft: DraftInput,
    outcome: 'adopted' | 'rejected',
    act: Act | undefined,
    vote: VoteAct | undefined,
    subject: Subject,
    lead: string,
    f: Family | undefined,
  ): Pending {
    const fr = this.fr;
    const k = this.kindWord(draft);
    const acts = f ? [...f.versions.flatMap((v) => v.actions ?? [])] : (draft.actions ?? []);
    const orally =
      acts.some((a) => a.type === 'oral-revision') ||
      (act?.type === 'adoption' && act.asOrallyRevised === true);
    const amended = f ? this.adoptedAmendments(f).length > 0 : false;
    const record = vote ? this.voteRecord(vote, subject, outcome) : undefined;
    // Adopted by vote, but the record has no vote: say so, without invented figures.
    const byVoteOnly = vote === undefined && act?.type === 'adoption' && act.method === 'vote';
    const head = lead ? `${lead}, ` : '';
    const isDecision = draft.kind === 'decision';
    return {
      votes: record ? [record.rec] : undefined,
      vote: record?.block,
      content: (r: RecoRefs) => {
        const num = this.currentNumerals.get(draft) ?? '';
        const para = isDecision ? r.decisions : r.resolutions;
        let s: string;
        if (fr) {
          let mods = '';
          if (amended && orally) mods = ', tel que modifié et révisé oralement';
          else if (amended) mods = ', tel que modifié';
          else if (orally) mods = ', tel que révisé oralement';
          const fig = vote ? `, ${this.figures(vote)}` : byVoteOnly ? ', par un vote' : '';
          const xref =
            outcome === 'adopted' ? ` (voir par. ${para} ci-après${num ? `, ${k.fr} ${num}` : ''})` : '';
          s = `${head ? head + 'la' : 'La'} Commission a ${outcome === 'adopted' ? 'adopté' : 'rejeté'} le ${k.fr} ${draft.symbol}${mods}${fig}${xref}.`;
          if (vote?.recorded) s += ` ${VOTE_LABELS.fr.intro}`;
        } else {
          let mods = '';
          if (amended && orally) mods = ', as amended and orally revised';
          else if (amended) mods = ', as amended';
          else if (orally) mods = ', as orally revised';
          const fig = vote
            ? `${mods ? ',' : ''} ${this.figures(vote)}`
            : byVoteOnly
              ? `${mods ? ',' : ''} by a vote`
              : '';
          const xref = outcome === 'adopted' ? ` (see para. ${para}${num ? `, ${k.en} ${num}` : ''})` : '';
          s = `${head ? head + 'the' : 'The'} Committee ${outcome === 'adopted' ? 'adopted' : 'rejected'} ${k.en} ${draft.symbol}${mods}${fig}${xref}.`;
          if (vote?.recorded) s += ` ${VOTE_LABELS.en.intro}`;
        }
        return [this.t(s)];
      },
    };
  }

  private adoptedAmendments(f: Family): string[] {
    const out: string[] = [];
    for (const a of f.amendments) {
      const parentVote = (f.final.actions ?? []).find(
        (x) => x.type === 'vote' && x.on === 'amendment' && x.target === a.symbol,
      );
      const ownVote = (a.actions ?? []).find((x) => x.type === 'vote');
      const ownAdoption = (a.actions ?? []).some((x) => x.type === 'adoption');
      const v = parentVote ?? ownVote;
      if (
        (v && v.type === 'vote' && this.voteOutcome(v) === 'adopted') ||
        ownAdoption ||
        a.status === 'adopted'
      )
        out.push(a.symbol);
    }
    // Votes on amendments not in the record as drafts.
    for (const x of f.final.actions ?? []) {
      if (
        x.type === 'vote' &&
        x.on === 'amendment' &&
        x.target &&
        !f.amendments.some((a) => a.symbol === x.target) &&
        this.voteOutcome(x) === 'adopted'
      )
        out.push(x.target);
    }
    return out;
  }

  private amendmentDecision(
    v: VoteAct,
    subject: Subject,
    open: (m: number, from: string) => string,
  ): Pending {
    const fr = this.fr;
    const symbol = v.on === 'amendment' ? (v.target ?? '') : subject.draft.symbol;
    const outcome = this.voteOutcome(v);
    const adopted = outcome === 'adopted' || outcome === 'retained';
    const record = this.voteRecord(v, subject, adopted ? 'adopted' : 'rejected');
    const fig = this.figures(v);
    const by = this.foldedAmendments.has(symbol) ? this.amendmentBy.get(symbol) : undefined;
    const s = fr
      ? `${open(v.meeting, v.path)}, la Commission a ${adopted ? 'adopté' : 'rejeté'} le projet d’amendement figurant dans le document ${symbol}${by ? `, déposé par ${by}` : ''}, ${fig}.${v.recorded ? ` ${VOTE_LABELS.fr.intro}` : ''}`
      : `${open(v.meeting, v.path)}, the Committee ${adopted ? 'adopted' : 'rejected'} the proposed amendment contained in document ${symbol}${by ? `, submitted by ${by},` : ''} ${fig}.${v.recorded ? ` ${VOTE_LABELS.en.intro}` : ''}`;
    return { content: [this.t(s)], vote: record.block, votes: [record.rec] };
  }

  private paragraphVote(
    v: VoteAct,
    subject: Subject,
    sk: { fr: string; en: string },
    open: (m: number, from: string) => string,
  ): Pending {
    const fr = this.fr;
    const outcome = this.voteOutcome(v);
    const keep = outcome === 'retained' || outcome === 'adopted';
    const record = this.voteRecord(v, subject, outcome);
    const what = this.paragraphName(v.target ?? '', subject, sk);
    const fig = this.figures(v);
    const s = fr
      ? `${open(v.meeting, v.path)}, la Commission a décidé, ${fig}, de ${keep ? 'maintenir' : 'supprimer'} ${what}.${v.recorded ? ` ${VOTE_LABELS.fr.intro}` : ''}`
      : `${open(v.meeting, v.path)}, the Committee decided to ${keep ? 'retain' : 'delete'} ${what} ${fig}.${v.recorded ? ` ${VOTE_LABELS.en.intro}` : ''}`;
    return { content: [this.t(s)], vote: record.block, votes: [record.rec] };
  }

  /**
   * The figures of a vote as the record knows them: with counts (« by a recorded vote of 120 to 9, with 45
   * abstentions »), or only its kind when the record lacks them (« by a recorded vote »), never invented (rule 9).
   */
  private figures(v: VoteAct): string {
    const recorded = v.recorded !== undefined || v.recordedWithoutLists === true;
    if (v.recorded || v.counts) return voteFigures(this.counts(v), recorded, this.lang);
    if (this.fr) return recorded ? 'à l’issue d’un vote enregistré' : 'à l’issue d’un vote';
    return recorded ? 'by a recorded vote' : 'by a vote';
  }

  private voteRecord(
    v: VoteAct,
    subject: Subject,
    outcome: VoteRecord['outcome'],
  ): { rec: VoteRecord; block?: Paragraph['vote'] } {
    const id = `vote_${++this.voteSeq}`;
    const c = this.counts(v);
    if (
      v.recorded &&
      v.counts &&
      (v.counts.yes !== c.yes || v.counts.no !== c.no || v.counts.abstain !== c.abstain)
    ) {
      this.w.add(
        `${v.path}.counts`,
        `the counts (${v.counts.yes}–${v.counts.no}–${v.counts.abstain}) do not match the recorded lists (${c.yes}–${c.no}–${c.abstain}); the lists are printed`,
      );
    }
    const rec: VoteRecord = {
      id,
      paragraph: 0,
      draft: subject.draft.symbol,
      on: v.on,
      ...(v.target ? { target: v.target } : {}),
      outcome,
      recorded: v.recorded !== undefined || v.recordedWithoutLists === true,
      counts: c,
    };
    this.votes.push(rec);
    if (!v.recorded) return { rec };
    const labels = VOTE_LABELS[this.lang];
    const group = (key: 'yes' | 'no' | 'abstain', label: string): VoteGroup => {
      const list = this.names.sort(
        v.recorded![key].map((r, i) => this.names.resolve(r, `${v.path}.recorded.${key}[${i}]`)),
      );
      return {
        label: this.t(label),
        names: list.map((n) => this.t(this.names.list(n))),
        codes: list.map((n) => n.code),
      };
    };
    const groups = [group('yes', labels.yes), group('no', labels.no), group('abstain', labels.abstain)];
    rec.lists = { yes: groups[0]!.codes, no: groups[1]!.codes, abstain: groups[2]!.codes };
    // Voting twice, or in two lists, is an error of the record.
    const seen = new Map<string, string>();
    for (const g of groups)
      for (const code of g.codes) {
        if (seen.has(code)) this.w.add(`${v.path}.recorded`, `${code} appears twice in the recorded vote`);
        seen.set(code, g.label);
      }
    return { rec, block: { groups, voteId: id } };
  }

  // ───────────────────────────── chapter III ─────────────────────────────

  private recommended(f: Family, numeral: string): RecommendedDraft {
    const dr = f.final;
    const path = `drafts[${dr.symbol}]`;
    const fr = this.fr;
    const k = this.kindWord(dr);
    const title = this.bilingual(dr.title, `${path}.title`);
    const label = `${capitalize(fr ? k.fr : k.en)}${numeral ? ` ${numeral}` : ''}`;
    const revisions: Revision[] = [];
    const deletions: { ref: string; path: string }[] = [];
    for (const v of f.versions) {
      (v.actions ?? []).forEach((a, i) => {
        if (v !== dr) return; // revisions of an earlier version are in the later version's text
        // A revision known only as « orally revised » changes no paragraph of the recommended text.
        if (a.type === 'oral-revision' && a.paragraph !== undefined && a.text !== undefined)
          revisions.push({ ref: a.paragraph, text: a.text, path: `${path}.actions[${i}]` });
        else if (a.type === 'oral-revision')
          this.w.add(
            `${path}.actions[${i}]`,
            'the record says the draft was orally revised but not how; the recommended text is printed unrevised',
          );
        if (a.type === 'vote' && a.on === 'paragraph' && a.target) {
          const o = this.voteOutcome(a);
          if (o === 'deleted' || o === 'rejected')
            deletions.push({ ref: a.target, path: `${path}.actions[${i}].target` });
        }
      });
    }
    for (const s of this.adoptedAmendments(f))
      this.w.add(
        `drafts[${s}]`,
        `amendment ${s} was adopted; the record does not give the text it produces, so the recommended text of ${dr.symbol} does not include it`,
      );
    const { main, additional } = this.sponsors(dr);
    const base = {
      kind: (dr.kind === 'decision' ? 'decision' : 'resolution') as 'resolution' | 'decision',
      numeral,
      symbol: dr.symbol,
      label,
      formula: fr ? 'L’Assemblée générale,' : 'The General Assembly,',
      sponsors: { main: main.map((n) => n.code), additional: additional.map((n) => n.code) },
    };
    const text = dr.text;
    if (!text) {
      this.w.add(
        `${path}.text`,
        'the record has no text of the draft; the recommendation prints its title only',
      );
      return {
        ...base,
        title: this.t(title),
        preamble: [],
        operative: [],
        footnotes: [],
        textLanguage: this.lang,
      };
    }
    const textLang: Lang =
      text.language ??
      (dr.title.fr !== undefined && dr.title.en === undefined
        ? 'fr'
        : dr.title.en !== undefined && dr.title.fr === undefined
          ? 'en'
          : (this.dossier.settings?.language ?? this.lang));
    let printedTitle = title;
    if (textLang !== this.lang) {
      this.w.add(
        `${path}.text.${this.lang}`,
        `the record has the text in ${textLang === 'fr' ? 'French' : 'English'} only; that text is printed`,
      );
      printedTitle = dr.title[textLang] ?? title;
    }
    const t = adoptedText(text, printedTitle, textLang, revisions, deletions, this.w, `${path}.text`);
    return {
      ...base,
      title: t.title,
      preamble: t.preamble,
      operative: t.operative,
      ...(t.annex ? { annex: { label: fr ? 'Annexe' : 'Annex', ...t.annex } } : {}),
      footnotes: t.footnotes,
      textLanguage: textLang,
    };
  }

  // ───────────────────────────── annex ─────────────────────────────

  private annexes(): ReportAnnex[] {
    const fr = this.fr;
    const informal = this.dossier.meetings.filter((m) => m.kind !== 'formal' && this.concernsItem(m));
    if (informal.length === 0) return [];
    const paragraphs: Inline[][] = [];
    let title = '';
    informal.forEach((m, i) => {
      const path = `meetings[${m.kind}:${m.number}]`;
      const virtual = m.kind === 'informal-virtual';
      const items = [...new Set([this.item.number, ...(m.agendaItems ?? [])])].sort(
        (a, b) => parseInt(a) - parseInt(b),
      );
      const itemsText = fr
        ? items.length > 1
          ? `des points ${joinWords(items, 'fr')} de l’ordre du jour`
          : `du point ${items[0]} de l’ordre du jour`
        : items.length > 1
          ? `agenda items ${joinWords(items, 'en')}`
          : `agenda item ${items[0]}`;
      if (i === 0)
        title = this.t(
          fr
            ? `Séance informelle${virtual ? ' virtuelle' : ''} convoquée afin d’entendre des déclarations liminaires et de tenir un dialogue interactif au sujet ${itemsText}`
            : `Informal${virtual ? ' virtual' : ''} meeting convened to hear introductory statements and to hold an interactive dialogue on ${itemsText}`,
        );
      if (!m.date)
        this.w.add(
          `${path}.date`,
          `informal meeting ${m.number} has no date in the record; printed without a date`,
        );
      const kindText = fr
        ? `séance informelle${virtual ? ' virtuelle' : ''}`
        : `informal${virtual ? ' virtual' : ''} meeting`;
      const when = m.date
        ? fr
          ? m.timeOfDay
            ? ` dans ${m.timeOfDay === 'afternoon' ? 'l’après-midi' : 'la matinée'} du ${formatDate(m.date, 'fr', { year: true })}`
            : ` le ${formatDate(m.date, 'fr', { year: true })}`
          : m.timeOfDay
            ? ` on the ${m.timeOfDay} of ${formatDate(m.date, 'en', { year: true })}`
            : ` on ${formatDate(m.date, 'en', { year: true })}`
        : '';
      let opening = m.openingStatementBy
        ? this.bilingual(m.openingStatementBy, `${path}.openingStatementBy`)
        : undefined;
      if (!opening)
        this.w.add(`${path}.openingStatementBy`, 'the record does not say who made the opening statement');
      opening = opening ?? (fr ? '…' : '…');
      const dialogue = m.dialogueWith ?? [];
      let s = fr
        ? `À la ${this.ordinal(m.number)} ${kindText} que la Commission a tenue${when}, ${opening} a fait une déclaration liminaire`
        : `At the ${this.ordinal(m.number)} ${kindText}, held by the Committee${when}, ${opening} made an introductory statement`;
      if (dialogue.length)
        s += fr
          ? ` et a répondu aux questions et aux observations des représentants ${this.speakersOf(dialogue, `${path}.dialogueWith`)}`
          : ` and responded to questions and comments from the representatives of ${this.speakersOf(dialogue, `${path}.dialogueWith`)}`;
      paragraphs.push([this.t(`${s}.`)]);
      const st = m.statementsBy ?? [];
      if (st.length === 1) {
        const one = this.speakerOne(st[0]!, `${path}.statementsBy[0]`);
        paragraphs.push([
          this.t(fr ? `${capitalize(one)} a fait une déclaration.` : `${capitalize(one)} made a statement.`),
        ]);
      } else if (st.length > 1) {
        paragraphs.push([
          this.t(
            fr
              ? `${capitalize(this.representatives(st))} ${this.speakersOf(st, `${path}.statementsBy`)} ont fait des déclarations.`
              : `Statements were made by the representatives of ${this.speakersOf(st, `${path}.statementsBy`)}.`,
          ),
        ]);
      }
    });
    return [{ label: fr ? 'Annexe' : 'Annex', title, paragraphs }];
  }
}

/** « Human rights questions, … » → « human rights questions, … » (an acronym, `UNHCR`, keeps its capitals). */
function lowerFirst(s: string): string {
  return /^\p{Lu}\p{Lu}/u.test(s) ? s : s.charAt(0).toLowerCase() + s.slice(1);
}

const CARDINALS: Record<Lang, string[]> = {
  en: ['', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'],
  fr: ['', 'une', 'deux', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit', 'neuf', 'dix'],
};

/** Numbers up to ten in words, as the UN's editorial rules print them in running text; figures beyond. */
function cardinal(n: number, lang: Lang): string {
  return CARDINALS[lang][n] ?? String(n);
}
