import { z } from 'zod';
import { InterfaceLanguageSchema, NewPasswordSchema } from './language';
import { safeName } from './safe-text';

export const RoleSchema = z.enum(['secretariat', 'delegate', 'observer']);
export type Role = z.infer<typeof RoleSchema>;

export const LoginRequestSchema = z
  .object({ email: z.string().email('expected an e-mail address'), password: z.string().min(1) })
  .strict();
export type LoginRequest = z.infer<typeof LoginRequestSchema>;

export const UserSchema = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  role: RoleSchema,
  /** The delegation a delegate belongs to (its code); null for other roles. */
  delegation: z.string().nullable(),
  gender: z.enum(['female', 'male']).nullable(),
  /** The interface language saved with the account; null until the user chooses one. */
  language: InterfaceLanguageSchema.nullable(),
});
export type User = z.infer<typeof UserSchema>;

export const LoginResponseSchema = z.object({
  accessToken: z.string(),
  expiresAt: z.string(),
  user: UserSchema,
});
export type LoginResponse = z.infer<typeof LoginResponseSchema>;

export const CreateUserSchema = z
  .object({
    email: z.string().email(),
    name: safeName().min(1),
    password: NewPasswordSchema,
    role: RoleSchema,
    delegation: safeName().optional(),
    gender: z.enum(['female', 'male']).optional(),
  })
  .strict()
  .refine((u) => u.role !== 'delegate' || u.delegation !== undefined, {
    message: 'a delegate belongs to a delegation: give "delegation"',
    path: ['delegation'],
  });
export type CreateUser = z.infer<typeof CreateUserSchema>;

/**
 * `error` (503): nothing can be saved (database down, disk full). `degraded` (200): every edit is still saved,
 * but clients on different server processes may not see each other's edits for a while (Redis down, documents
 * being read again from the log, a document behind its log).
 */
export const HealthSchema = z.object({
  status: z.enum(['ok', 'degraded', 'error']),
  database: z.object({
    status: z.enum(['up', 'down']),
    driver: z.enum(['postgres', 'pglite']),
    error: z.string().optional(),
  }),
  redis: z.object({ status: z.enum(['up', 'down']), error: z.string().optional() }).optional(),
  /** The last write failed for lack of space (until one succeeds). */
  disk: z.object({ status: z.literal('full'), since: z.string(), error: z.string() }).optional(),
  /** Drafts being read again from the log, and drafts holding updates they cannot integrate. */
  collab: z.object({ resyncing: z.array(z.string()), behind: z.array(z.string()) }).optional(),
});
export type Health = z.infer<typeof HealthSchema>;

export const DelegationViewSchema = z.object({
  code: z.string(),
  kind: z.enum(['member-state', 'observer-state', 'entity']),
  name: z.object({ en: z.string(), fr: z.string() }),
});
export type DelegationView = z.infer<typeof DelegationViewSchema>;

export const SessionSummarySchema = z.object({
  session: z.number(),
  committee: z.string(),
  agendaItems: z.array(
    z.object({
      number: z.string(),
      title: z.object({ fr: z.string().nullable(), en: z.string().nullable() }),
      draftCount: z.number(),
    }),
  ),
});
export type SessionSummary = z.infer<typeof SessionSummarySchema>;

export const DraftSummarySchema = z.object({
  id: z.string(),
  symbol: z.string(),
  agendaItem: z.string(),
  title: z.object({ fr: z.string().nullable(), en: z.string().nullable() }),
  status: z.string(),
  origin: z.object({ kind: z.string(), ecosocResolution: z.string().optional() }),
  revises: z.string().nullable(),
  amends: z.string().nullable(),
  mainSponsors: z.array(DelegationViewSchema),
  additionalSponsors: z.array(DelegationViewSchema),
});
export type DraftSummary = z.infer<typeof DraftSummarySchema>;
