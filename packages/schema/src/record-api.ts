import { z } from 'zod';
import { DelegationViewSchema, RoleSchema } from './api';
import { ActionSchema, DraftStatusSchema } from './dossier';
import { LanguageSchema } from './text';

/** Requests and answers of the sponsorship, meeting record, audit and status endpoints. */

// --- Sponsorship -----------------------------------------------------------------------------------------------

export const SponsorshipChangeRequestSchema = z
  .object({
    change: z.enum(['join', 'withdraw']),
    /** The delegation that joins or withdraws. A delegate may omit it (their own) and may give no other. */
    delegation: z.string().min(1).optional(),
  })
  .strict();
export type SponsorshipChangeRequest = z.infer<typeof SponsorshipChangeRequestSchema>;

export const SponsorshipOpenRequestSchema = z.object({ open: z.boolean() }).strict();
export type SponsorshipOpenRequest = z.infer<typeof SponsorshipOpenRequestSchema>;

export const SponsorshipHistoryEntrySchema = z.object({
  seq: z.number(),
  delegation: DelegationViewSchema,
  kind: z.enum(['main', 'additional']),
  change: z.enum(['joined', 'withdrew']),
  at: z.string(),
  via: z.string(),
  recordedBy: z.string().nullable(),
});

export const SponsorshipViewSchema = z.object({
  draftId: z.string(),
  symbol: z.string(),
  session: z.number(),
  status: DraftStatusSchema,
  origin: z.string(),
  open: z.boolean(),
  frozen: z.boolean(),
  observersMaySponsor: z.boolean(),
  main: z.array(DelegationViewSchema),
  additional: z.array(DelegationViewSchema),
  count: z.object({ main: z.number(), additional: z.number(), total: z.number() }),
  history: z.array(SponsorshipHistoryEntrySchema),
  /** What the signed-in user may do, so the page shows the right button (the server checks again). */
  you: z.object({
    role: RoleSchema,
    delegation: DelegationViewSchema.nullable(),
    sponsor: z.enum(['main', 'additional']).nullable(),
    /** `code` names the rule that refuses (the client words it), `reason` says it in English. */
    mayJoin: z.object({ ok: z.boolean(), code: z.string().optional(), reason: z.string().optional() }),
    mayWithdraw: z.object({ ok: z.boolean(), code: z.string().optional(), reason: z.string().optional() }),
    mayOpenClose: z.boolean(),
  }),
});
export type SponsorshipView = z.infer<typeof SponsorshipViewSchema>;

export const SessionSettingsSchema = z.object({ observersMaySponsor: z.boolean() }).strict();
export type SessionSettingsView = z.infer<typeof SessionSettingsSchema>;

// --- Meetings and the record -----------------------------------------------------------------------------------

export const CreateMeetingSchema = z
  .object({
    number: z.number().int().positive(),
    date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD'),
    kind: z.enum(['formal', 'informal', 'informal-virtual']).default('formal'),
    agendaItems: z.array(z.string()).optional(),
  })
  .strict();
export type CreateMeeting = z.input<typeof CreateMeetingSchema>;

const MeetingDraftSchema = z.object({
  id: z.string(),
  symbol: z.string(),
  kind: z.string(),
  title: z.object({ fr: z.string().nullable(), en: z.string().nullable() }),
  status: DraftStatusSchema,
  agendaItem: z.string(),
  amends: z.string().nullable(),
});

export const MeetingSummarySchema = z.object({
  number: z.number(),
  kind: z.string(),
  date: z.string().nullable(),
  purpose: z.string().nullable(),
  agendaItems: z.array(z.string()),
  /** Drafts with at least one (active) action recorded at this meeting, in the order they were taken up. */
  drafts: z.array(MeetingDraftSchema),
});
export type MeetingSummary = z.infer<typeof MeetingSummarySchema>;

export const RecordedActionSchema = z.object({
  id: z.string(),
  draftId: z.string(),
  seq: z.number(),
  meeting: z.number(),
  type: z.string(),
  /** The dossier action, as recorded. */
  payload: z.record(z.string(), z.unknown()),
  supersededBy: z.string().nullable(),
  recordedBy: z.string().nullable(),
  createdAt: z.string(),
  /** Computed for recorded votes; never typed. */
  tally: z.object({ yes: z.number(), no: z.number(), abstain: z.number(), nonVoting: z.number() }).nullable(),
});
export type RecordedAction = z.infer<typeof RecordedActionSchema>;

export const MeetingDetailSchema = MeetingSummarySchema.extend({
  actions: z.array(RecordedActionSchema),
  /** Every draft of the session that can be taken up (to add one to this meeting). */
  available: z.array(MeetingDraftSchema),
});
export type MeetingDetail = z.infer<typeof MeetingDetailSchema>;

/** A recorded vote pasted as printed: three lists, names in French or English. */
export const PastedVoteSchema = z
  .object({
    meeting: z.number().int().positive(),
    on: z.enum(['draft', 'amendment', 'paragraph']).default('draft'),
    target: z.string().min(1).optional(),
    requestedBy: z.string().min(1).optional(),
    result: z.enum(['adopted', 'rejected', 'retained', 'deleted']).optional(),
    yes: z.string(),
    no: z.string(),
    abstain: z.string(),
    note: z.string().optional(),
  })
  .strict()
  .refine((v) => v.on === 'draft' || v.target !== undefined, {
    message: 'a vote on an amendment or a paragraph needs a "target"',
    path: ['target'],
  });
export type PastedVote = z.input<typeof PastedVoteSchema>;

export const RecordActionRequestSchema = z
  .object({ action: ActionSchema.optional(), pastedVote: PastedVoteSchema.optional() })
  .strict()
  .refine(
    (r) => (r.action === undefined) !== (r.pastedVote === undefined),
    'give either "action" or "pastedVote"',
  );
export type RecordActionRequest = z.input<typeof RecordActionRequestSchema>;

/** A correction: the new version of the action, or none to strike it from the record (it stays, superseded). */
export const SupersedeActionRequestSchema = z
  .object({ action: ActionSchema.optional(), reason: z.string().min(1).optional() })
  .strict();
export type SupersedeActionRequest = z.input<typeof SupersedeActionRequestSchema>;

export const RecordActionResponseSchema = z.object({
  action: RecordedActionSchema.nullable(),
  status: DraftStatusSchema,
});
export type RecordActionResponse = z.infer<typeof RecordActionResponseSchema>;

export const ParseVoteRequestSchema = z
  .object({ yes: z.string(), no: z.string(), abstain: z.string() })
  .strict();
export const VoteProblemSchema = z.object({
  list: z.enum(['yes', 'no', 'abstain']),
  text: z.string(),
  reason: z.enum(['unknown', 'not-a-member', 'duplicate']),
  message: z.string(),
  suggestions: z.array(z.string()),
});
export const ParseVoteResponseSchema = z.object({
  lists: z.object({
    yes: z.array(DelegationViewSchema),
    no: z.array(DelegationViewSchema),
    abstain: z.array(DelegationViewSchema),
  }),
  problems: z.array(VoteProblemSchema),
  tally: z.object({
    yes: z.number(),
    no: z.number(),
    abstain: z.number(),
    nonVoting: z.array(DelegationViewSchema),
    result: z.enum(['adopted', 'rejected']),
  }),
});
export type ParseVoteResponse = z.infer<typeof ParseVoteResponseSchema>;

export const DraftRecordSchema = z.object({
  draftId: z.string(),
  symbol: z.string(),
  status: DraftStatusSchema,
  actions: z.array(RecordedActionSchema),
});
export type DraftRecord = z.infer<typeof DraftRecordSchema>;

// --- Audit -----------------------------------------------------------------------------------------------------

export const AuditQuerySchema = z.object({
  session: z.coerce.number().int().positive().optional(),
  entityType: z.string().optional(),
  entityId: z.string().optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});
export const AuditEntrySchema = z.object({
  id: z.string(),
  at: z.string(),
  actor: z.string(),
  actorRole: z.string(),
  operation: z.string(),
  entityType: z.string(),
  entityId: z.string(),
  session: z.number().nullable(),
  summary: z.string(),
  before: z.unknown().nullable(),
  after: z.unknown().nullable(),
});
export type AuditEntry = z.infer<typeof AuditEntrySchema>;

// --- Status of action ------------------------------------------------------------------------------------------

export const StatusQuerySchema = z.object({
  lang: LanguageSchema.default('en'),
  format: z.enum(['html', 'txt', 'csv', 'json']).default('html'),
  committee: z.string().default('C3'),
});

const StatusRowSchema: z.ZodType<StatusRowView> = z.lazy(() =>
  z.object({
    symbol: z.string(),
    title: z.string(),
    sponsors: z.string(),
    programmeBudgetImplications: z.boolean(),
    pbi: z.string(),
    outcome: z.string(),
    action: z.string(),
    meeting: z.number().nullable(),
    date: z.string().nullable(),
    vote: z.string().nullable(),
    amendments: z.array(StatusRowSchema),
  }),
);
export interface StatusRowView {
  symbol: string;
  title: string;
  sponsors: string;
  programmeBudgetImplications: boolean;
  /** `None`, `Oral statement` or the symbol of the written statement, as the UN's page prints it. */
  pbi: string;
  outcome: string;
  /** The action alone, in the UN's words; `meeting` and `date` (YYYY-MM-DD) are where it was taken. */
  action: string;
  meeting: number | null;
  date: string | null;
  vote: string | null;
  amendments: StatusRowView[];
}
export const StatusOfActionSchema = z.object({
  session: z.number(),
  lang: LanguageSchema,
  items: z.array(z.object({ number: z.string(), title: z.string(), proposals: z.array(StatusRowSchema) })),
});
export type StatusOfActionView = z.infer<typeof StatusOfActionSchema>;
