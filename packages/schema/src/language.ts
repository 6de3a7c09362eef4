import { z } from 'zod';

/** The interface languages an account may choose: the six official languages of the United Nations. */
export const InterfaceLanguageSchema = z.enum(['ar', 'zh', 'en', 'fr', 'ru', 'es']);
export type InterfaceLanguage = z.infer<typeof InterfaceLanguageSchema>;

/** Shortest password accepted for a new or changed password (the server also refuses common passwords). */
export const MIN_PASSWORD_LENGTH = 12;
/** Longest: argon2 hashes any length, but nobody types more and a megabyte password is only a cost. */
export const MAX_PASSWORD_LENGTH = 256;

export const NewPasswordSchema = z
  .string()
  .min(MIN_PASSWORD_LENGTH, `passwords have at least ${MIN_PASSWORD_LENGTH} characters`)
  .max(MAX_PASSWORD_LENGTH, `passwords have at most ${MAX_PASSWORD_LENGTH} characters`);
