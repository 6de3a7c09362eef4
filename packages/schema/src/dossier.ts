import { z } from 'zod';
import { refuseControls, safeName } from './safe-text';
import { LanguageSchema, ResolutionTextSchema } from './text';

export const DOSSIER_FORMAT = 'concordia-dossier/1';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD');

/** Text given in French, English or both. */
export const BilingualSchema = z
  .object({ fr: z.string().min(1).optional(), en: z.string().min(1).optional() })
  .strict()
  .refine(
    (t) => t.fr !== undefined || t.en !== undefined,
    'give the text in French ("fr"), English ("en") or both',
  );
export type Bilingual = z.infer<typeof BilingualSchema>;

/**
 * A delegation, given by its code (ISO 3166-1 alpha-3, or a documented entity code such as `EU`) or by its
 * exact official short name in English or French. Resolved at import time.
 */
export const DelegationRefSchema = safeName().min(1, 'a delegation cannot be empty');
export type DelegationRef = z.infer<typeof DelegationRefSchema>;

export const CommitteeSchema = z.enum(['C1', 'C2', 'C3', 'C4', 'C5', 'C6']);
export type Committee = z.infer<typeof CommitteeSchema>;

export const AgendaItemNumberSchema = z
  .string()
  .regex(/^\d{1,3}( \([a-z]{1,2}\))?$/, 'expected an agenda item number such as "108" or "25 (b)"');

export const DocumentSchema = z.object({ symbol: z.string().min(1), title: BilingualSchema }).strict();

export const AgendaItemSchema = z
  .object({
    number: AgendaItemNumberSchema,
    title: BilingualSchema,
    allocation: z
      .object({
        plenaryMeeting: z.number().int().positive(),
        date: isoDate,
        /** On whose recommendation the plenary allocated the item: the General Committee (le Bureau). */
        onRecommendationOfGeneralCommittee: z.boolean().default(true),
      })
      .strict()
      .optional(),
    documents: z.array(DocumentSchema).optional(),
    /** Items considered jointly with this one (e.g. at an informal meeting). */
    relatedItems: z.array(AgendaItemNumberSchema).optional(),
    /** For a sub-item (`70 (b)`): the title of the item it belongs to, when the dossier does not hold that item. */
    parentTitle: BilingualSchema.optional(),
    /** The report on the item: issued in parts (`A/62/439` and `Add.1`–`Add.6`), with the Rapporteur named. */
    report: z
      .object({
        parts: z.number().int().min(1).max(30).optional(),
        rapporteur: z
          .object({ name: z.string().min(1), delegation: z.lazy(() => DelegationRefSchema) })
          .strict()
          .optional(),
      })
      .strict()
      .optional(),
  })
  .strict();
export type AgendaItemInput = z.infer<typeof AgendaItemSchema>;

export const MeetingKindSchema = z.enum(['formal', 'informal', 'informal-virtual']);
export const MeetingSchema = z
  .object({
    number: z.number().int().positive(),
    date: isoDate.optional(),
    kind: MeetingKindSchema,
    summaryRecord: z.string().optional(),
    /** What the meeting did on the agenda items: the general debate or action on proposals. */
    purpose: z.enum(['general-debate', 'action', 'dialogue']).optional(),
    agendaItems: z.array(AgendaItemNumberSchema).optional(),
    timeOfDay: z.enum(['morning', 'afternoon']).optional(),
    /** For informal meetings reported in an annex: who made the opening statement and who took part. */
    openingStatementBy: BilingualSchema.optional(),
    dialogueWith: z.array(z.lazy(() => SpeakerSchema)).optional(),
    statementsBy: z.array(z.lazy(() => SpeakerSchema)).optional(),
  })
  .strict();
export type MeetingInput = z.infer<typeof MeetingSchema>;

export const GenderSchema = z.enum(['female', 'male']);

export const SpeakerSchema = z
  .object({
    delegation: DelegationRefSchema,
    /** The speaker's gender decides « le représentant » / « la représentante ». Unknown: masculine form. */
    gender: GenderSchema.optional(),
    /** « également au nom de … » / "also on behalf of …" */
    alsoOnBehalfOf: z.array(DelegationRefSchema).optional(),
    /**
     * Speaking for a group: « au nom de l’Association des nations de l’Asie du Sud-Est ». A group code or name the
     * registry knows (or a delegation, such as the European Union), or the name in both languages.
     */
    onBehalfOfGroup: z.union([z.string(), BilingualSchema]).optional(),
    /** « au nom de ses États membres, ainsi que de … » (the European Union). */
    onBehalfOfMemberStatesAnd: z.array(DelegationRefSchema).optional(),
  })
  .strict();
export type SpeakerInput = z.infer<typeof SpeakerSchema>;

const base = { meeting: z.number().int().positive(), note: z.string().optional() };

export const VoteListsSchema = z
  .object({
    yes: z.array(DelegationRefSchema),
    no: z.array(DelegationRefSchema),
    abstain: z.array(DelegationRefSchema),
  })
  .strict();
export type VoteLists = z.infer<typeof VoteListsSchema>;

export const VoteCountsSchema = z
  .object({ yes: z.number().int().min(0), no: z.number().int().min(0), abstain: z.number().int().min(0) })
  .strict();

export const ActionSchema = z.discriminatedUnion('type', [
  z
    .object({
      ...base,
      type: z.literal('introduction'),
      speaker: SpeakerSchema,
      /** The introducer speaks on behalf of the sponsors or a group (« au nom des auteurs »). */
      onBehalfOf: z.union([z.literal('sponsors'), z.string()]).optional(),
    })
    .strict(),
  z
    .object({
      ...base,
      type: z.literal('programme-budget-implications'),
      /** Reference of the written statement, if one was issued (A/C.3/76/L.xx). */
      document: z.string().optional(),
    })
    .strict(),
  z
    .object({
      ...base,
      type: z.literal('statement'),
      timing: z.enum(['before-action', 'after-action', 'general']),
      /**
       * A general statement or a statement in explanation of vote (before or after a vote). Unset: explanations of
       * vote when the decision was taken by vote, statements otherwise.
       */
      kind: z.enum(['statement', 'explanation-of-vote']).optional(),
      speakers: z.array(SpeakerSchema).min(1),
      observers: z.array(SpeakerSchema).optional(),
    })
    .strict(),
  z
    .object({
      ...base,
      type: z.literal('oral-revision'),
      by: SpeakerSchema.optional(),
      /** Which paragraph: `PP 3`, `OP 5`, `OP 5 (b)`, `title`. Unset when the record says only « orally revised ». */
      paragraph: z.string().min(1).optional(),
      /** The paragraph as orally revised (unset when the record does not give it). */
      text: z.string().min(1).optional(),
    })
    .strict(),
  z
    .object({
      ...base,
      type: z.literal('vote'),
      on: z.enum(['draft', 'amendment', 'paragraph']),
      /** The amendment's symbol, or the paragraph (`OP 5`), when the vote is not on the draft as a whole. */
      target: z.string().optional(),
      requestedBy: DelegationRefSchema.optional(),
      recorded: VoteListsSchema.optional(),
      counts: VoteCountsSchema.optional(),
      /** A recorded vote whose lists the record lacks (known by its counts, or only as « by a recorded vote »). */
      recordedWithoutLists: z.boolean().optional(),
      /** For votes on paragraphs: whether the paragraph was retained. */
      result: z.enum(['adopted', 'rejected', 'retained', 'deleted']).optional(),
    })
    .strict()
    .refine((v) => v.recorded !== undefined || v.counts !== undefined || v.recordedWithoutLists === true, {
      message: 'a vote needs "recorded" lists, "counts", or "recordedWithoutLists": true',
    })
    .refine((v) => v.on === 'draft' || v.target !== undefined, {
      message: 'a vote on an amendment or a paragraph needs a "target"',
      path: ['target'],
    }),
  z
    .object({
      ...base,
      type: z.literal('adoption'),
      method: z.enum(['without-vote', 'vote']),
      asOrallyRevised: z.boolean().optional(),
    })
    .strict(),
  z.object({ ...base, type: z.literal('rejection') }).strict(),
  z.object({ ...base, type: z.literal('withdrawal'), by: SpeakerSchema.optional() }).strict(),
  z.object({ ...base, type: z.literal('deferral'), until: z.string().optional() }).strict(),
  z.object({ ...base, type: z.literal('right-of-reply'), speakers: z.array(SpeakerSchema).min(1) }).strict(),
]);
export type ActionInput = z.infer<typeof ActionSchema>;
export type ActionType = ActionInput['type'];

export const DraftStatusSchema = z.enum([
  'informal',
  'tabled',
  'revised',
  'adopted',
  'rejected',
  'withdrawn',
  'deferred',
]);
export type DraftStatus = z.infer<typeof DraftStatusSchema>;

export const OriginSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('delegations') }).strict(),
  z
    .object({
      kind: z.literal('chair-on-ecosoc-recommendation'),
      ecosocResolution: z
        .string()
        .regex(/^\d{4}\/\d{1,3}$/, 'expected an ECOSOC resolution number such as 2021/20'),
    })
    .strict(),
  z.object({ kind: z.literal('chair') }).strict(),
]);
export type Origin = z.infer<typeof OriginSchema>;

export const SponsorshipEventSchema = z
  .object({
    delegation: DelegationRefSchema,
    kind: z.enum(['main', 'additional']),
    change: z.enum(['joined', 'withdrew']),
    at: z.string().datetime({ offset: true }).optional(),
    /** How it was recorded: `e-sponsorship`, `form`, `floor` (announced by the Secretary), `import`. */
    via: z.string().optional(),
    recordedBy: z.string().optional(),
  })
  .strict();

export const DraftSchema = z
  .object({
    symbol: z
      .string()
      .regex(
        /^[A-Z]\/(C\.\d\/)?\d+\/[A-Z]+\.\d+(\/Rev\.\d+)?$/,
        'expected a symbol such as A/C.3/76/L.10 or A/C.3/76/L.10/Rev.1',
      ),
    /** The earlier draft this one revises (A/C.3/76/L.10 for A/C.3/76/L.10/Rev.1). */
    revises: z.string().optional(),
    /** For an amendment: the draft it amends. */
    amends: z.string().optional(),
    kind: z.enum(['resolution', 'decision', 'amendment']).default('resolution'),
    agendaItem: AgendaItemNumberSchema,
    title: BilingualSchema,
    origin: OriginSchema,
    status: DraftStatusSchema.optional(),
    mainSponsors: z.array(DelegationRefSchema).optional(),
    additionalSponsors: z.array(DelegationRefSchema).optional(),
    /** The full history (joined / withdrew). When given, it wins over the two lists above. */
    sponsorship: z.array(SponsorshipEventSchema).optional(),
    /** Main sponsor speaking on behalf of a group (« au nom du Groupe des 77 et de la Chine »). */
    onBehalfOfGroup: z.string().optional(),
    /**
     * Sponsors who joined at the meeting of action (told in their own paragraph, « At the same meeting, … joined in
     * sponsoring »), apart from those who joined subsequently (`additionalSponsors`).
     */
    joinedAtMeeting: z.array(DelegationRefSchema).optional(),
    text: ResolutionTextSchema.optional(),
    actions: z.array(ActionSchema).optional(),
  })
  .strict();
export type DraftInput = z.infer<typeof DraftSchema>;

/** A delegation that the built-in list does not know (a new entity, an intergovernmental organization). */
export const DelegationDefinitionSchema = z
  .object({
    code: z.string().regex(/^[A-Z0-9-]{2,12}$/, 'codes are 2–12 capital letters, digits or hyphens'),
    kind: z.enum(['member-state', 'observer-state', 'entity']),
    name: z.object({ en: safeName().min(1), fr: safeName().min(1) }).strict(),
    /** French: how the name takes « de » (`du`, `de la`, `de l’`, `des`, `de`). */
    frArticle: z.enum(['du', 'de la', 'de l’', 'des', 'de']).optional(),
  })
  .strict();

export const DossierSchema = z
  .object({
    format: z.literal(DOSSIER_FORMAT),
    session: z.number().int().positive(),
    committee: CommitteeSchema,
    settings: z
      .object({
        observersMaySponsor: z.boolean().optional(),
        language: LanguageSchema.optional(),
        /**
         * Where the session's reports print the year of Committee meetings' dates: `none` (A/76/463), `summary`
         * (the dates of chapter I only), `all` (every date). Unset: by session (see @concordia/report).
         */
        meetingDateYear: z.enum(['none', 'summary', 'all']).optional(),
      })
      .strict()
      .optional(),
    delegations: z.array(DelegationDefinitionSchema).optional(),
    agendaItems: z.array(AgendaItemSchema).min(1, 'a dossier needs at least one agenda item'),
    meetings: z.array(MeetingSchema),
    drafts: z.array(DraftSchema),
  })
  .strict()
  .superRefine(refuseControls);
export type Dossier = z.infer<typeof DossierSchema>;
export type DossierInput = z.input<typeof DossierSchema>;
