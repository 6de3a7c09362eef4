import { z } from 'zod';
import { PARAGRAPH_STATUSES, PROPOSAL_KINDS, PROPOSAL_STATUSES } from '@concordia/negotiation';
import { LanguageSchema, ResolutionTextSchema } from '@concordia/schema';

const text = z.string().trim().min(1).max(10_000);

export const ProposeSchema = z
  .object({
    paragraphId: z.string().min(1),
    kind: z.enum(PROPOSAL_KINDS),
    text: text.optional(),
    reason: z.string().trim().max(2000).optional(),
  })
  .strict()
  .refine((p) => p.kind === 'delete' || p.text !== undefined, {
    message: 'give the new wording ("text")',
    path: ['text'],
  })
  .refine((p) => p.kind !== 'delete' || p.text === undefined, {
    message: 'a deletion has no "text"',
    path: ['text'],
  });
export type ProposeBody = z.infer<typeof ProposeSchema>;

export const DecideSchema = z
  .object({
    decision: z.enum(['accepted', 'accepted-with-changes', 'rejected', 'dealt-elsewhere']),
    reason: z.string().trim().max(2000).optional(),
    text: text.optional(),
  })
  .strict()
  .refine((d) => d.decision !== 'accepted-with-changes' || d.text !== undefined, {
    message: 'give the wording as changed ("text")',
    path: ['text'],
  })
  .refine((d) => d.decision !== 'rejected' || (d.reason ?? '').length > 0, {
    message: 'give the reason for rejecting ("reason")',
    path: ['reason'],
  });
export type DecideBody = z.infer<typeof DecideSchema>;

export const StatusSchema = z.object({ status: z.enum(PARAGRAPH_STATUSES) }).strict();

export const CommentSchema = z
  .object({
    paragraphId: z.string().min(1).optional(),
    parentId: z.string().uuid().optional(),
    body: z.string().trim().min(1).max(5000),
    visibility: z.enum(['all', 'sponsors']).default('all'),
  })
  .strict()
  .refine((c) => (c.paragraphId === undefined) !== (c.parentId === undefined), {
    message: 'give either "paragraphId" (new thread) or "parentId" (reply)',
  });
export type CommentBody = z.infer<typeof CommentSchema>;

export const PredecessorSchema = z.union([
  z.object({ draftId: z.string().uuid(), label: z.string().min(1).optional() }).strict(),
  z.object({ label: z.string().min(1), text: ResolutionTextSchema }).strict(),
  z.object({ label: z.string().min(1), pasted: z.string().min(1) }).strict(),
]);
export type PredecessorBody = z.infer<typeof PredecessorSchema>;

export const CompilationQuery = z.object({
  lang: LanguageSchema.default('en'),
  delegations: z
    .string()
    .optional()
    .transform((s) =>
      s
        ? s
            .split(',')
            .map((x) => x.trim())
            .filter(Boolean)
        : undefined,
    ),
  statuses: z
    .string()
    .optional()
    .transform((s) => (s ? s.split(',').map((x) => x.trim()) : undefined))
    .pipe(z.array(z.enum(PROPOSAL_STATUSES)).optional()),
  format: z.enum(['json', 'html', 'docx']).default('json'),
});
export type CompilationQueryT = z.infer<typeof CompilationQuery>;

export const VersionSchema = z.object({ name: z.string().trim().min(1).max(200) }).strict();

export const SilenceSchema = z
  .object({
    versionId: z.string().uuid().optional(),
    /** New York wall time `2026-11-24T18:00`, or an instant with its offset. */
    deadline: z.string().min(1),
  })
  .strict();

export const BreakSchema = z
  .object({ reason: z.string().trim().min(1, 'give a reason for breaking silence').max(2000) })
  .strict();

export const CompareQuery = z.object({
  a: z.string().min(1),
  b: z.string().min(1),
  lang: LanguageSchema.default('en'),
  format: z.enum(['json', 'html', 'docx']).default('json'),
});
