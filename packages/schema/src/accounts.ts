import { z } from 'zod';
import { RoleSchema, UserSchema } from './api';
import { InterfaceLanguageSchema, NewPasswordSchema } from './language';
import { safeName } from './safe-text';

/** An account as the Secretariat manages it. */
export const AccountSchema = UserSchema.extend({
  /** When the account was disabled (sign-in refused, sessions ended); null while it may sign in. */
  disabledAt: z.string().nullable(),
  createdAt: z.string(),
});
export type Account = z.infer<typeof AccountSchema>;

/** PATCH /api/users/:id: what the Secretariat changes; a role, delegation or disable ends the account's sessions. */
export const UpdateAccountSchema = z
  .object({
    name: safeName().min(1).optional(),
    role: RoleSchema.optional(),
    /** A delegation name or code; null removes it (required for a delegate, refused for other roles). */
    delegation: safeName().nullable().optional(),
    disabled: z.boolean().optional(),
  })
  .strict()
  .refine((u) => Object.keys(u).length > 0, { message: 'nothing to change', path: [] });
export type UpdateAccount = z.infer<typeof UpdateAccountSchema>;

/** PUT /api/users/:id/password: the Secretariat sets a new password; the account's sessions end. */
export const ResetPasswordSchema = z.object({ newPassword: NewPasswordSchema }).strict();
export type ResetPassword = z.infer<typeof ResetPasswordSchema>;

/** PUT /api/account/password: a user changes their own password, proving the current one. */
export const ChangePasswordSchema = z
  .object({ currentPassword: z.string().min(1).max(1024), newPassword: NewPasswordSchema })
  .strict();
export type ChangePassword = z.infer<typeof ChangePasswordSchema>;

/** PUT /api/account/language: the interface language saved with the account. */
export const SetLanguageSchema = z.object({ language: InterfaceLanguageSchema }).strict();
export type SetLanguage = z.infer<typeof SetLanguageSchema>;
